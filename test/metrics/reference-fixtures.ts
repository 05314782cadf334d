/**
 * Loading the committed reference fixtures (written by scripts/reference/generate.sh) and
 * comparing values with the project's tolerance: relative 1e-9, absolute 1e-12 near zero.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import type { EcoGraph } from '../../src/model/types.js';
import type { ViewOptions } from '../../src/metrics/view.js';

export const REFERENCE_DIR = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(`${REFERENCE_DIR}metrics/${name}`, 'utf8')) as T;
}

const graphs = new Map<string, Promise<EcoGraph>>();

/** A reference graph, loaded through the ordinary reader (once per test file). */
export function referenceGraph(name: string): Promise<EcoGraph> {
  let g = graphs.get(name);
  if (!g) {
    g = loadGraph(`${REFERENCE_DIR}graphs/${name}.json`);
    graphs.set(name, g);
  }
  return g;
}

/** The fixture's view object as `ViewOptions`. */
export function viewOptions(view: Record<string, unknown>): ViewOptions {
  return view as ViewOptions;
}

export function describeView(view: Record<string, unknown>): string {
  const parts = Object.entries(view).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`);
  return parts.length ? parts.join(',') : 'undirected';
}

export const RELATIVE = 1e-9;
export const ABSOLUTE = 1e-12;

/** Whether two numbers agree to relative 1e-9 (absolute 1e-12 near zero); null means NaN. */
export function close(actual: number | null | undefined, expected: number | null, rel = RELATIVE, abs = ABSOLUTE): boolean {
  if (expected === null) return actual === null || actual === undefined || Number.isNaN(actual);
  if (actual === null || actual === undefined) return false;
  return Math.abs(actual - expected) <= Math.max(rel * Math.max(Math.abs(actual), Math.abs(expected)), abs);
}

/** Asserts every node's value, listing the nodes that differ. */
export function expectAllClose(
  label: string,
  actual: ReadonlyMap<string, number | null>,
  expected: Record<string, number | null>,
  rel = RELATIVE,
  abs = ABSOLUTE,
): void {
  const wrong: string[] = [];
  for (const [node, want] of Object.entries(expected)) {
    const got = actual.get(node);
    if (!close(got, want, rel, abs)) wrong.push(`${node}: got ${String(got)}, NetworkX ${String(want)}`);
  }
  expect(actual.size, `${label}: node count`).toBe(Object.keys(expected).length);
  expect(wrong, label).toEqual([]);
}
