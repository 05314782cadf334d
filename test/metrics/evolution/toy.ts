/** The hand-made evolution fixture (test/fixtures/evolution/toy-valley.json), loaded and validated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseGraph } from '../../../src/io/formats.js';
import type { EcoGraph } from '../../../src/model/types.js';

export const TOY_PATH = join(import.meta.dirname, '../../fixtures/evolution/toy-valley.json');

export function loadToy(): EcoGraph {
  const { graph, problems } = parseGraph({ format: 'json', file: { file: TOY_PATH, text: readFileSync(TOY_PATH, 'utf8') } });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return graph!;
}
