/**
 * `ecograph generate`: the size, seed and output are checked before any work; the file holds the
 * nodes asked for, the same seed gives the same bytes, and the format follows the extension or --to.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { runCapture } from '../../helpers/run-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-generate-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('ecograph generate', () => {
  it('refuses a missing or too small --nodes and a missing output, as usage errors', async () => {
    for (const [argv, message] of [
      [['-o', join(TMP, 'x.json')], '--nodes is required'],
      [['-n', '9', '-o', join(TMP, 'x.json')], '--nodes must be an integer of at least 10'],
      [['-n', '10.5', '-o', join(TMP, 'x.json')], '--nodes must be an integer of at least 10'],
      [['-n', '20'], '-o/--output is required'],
    ] as const) {
      const r = await runCapture(['generate', ...argv]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`ecograph generate: ${message}`);
    }
    expect(readdirSync(TMP)).toEqual([]);
  });

  it('writes the number of nodes asked for, valid, and says what it wrote', async () => {
    const path = join(TMP, 'g.json');
    const r = await runCapture(['generate', '--nodes', '60', '--seed', '3', '-o', path]);
    expect(r.code).toBe(0);
    const graph = await loadGraph(path);
    expect(graph.order).toBe(60);
    expect(r.stderr).toBe(`wrote 60 nodes and ${graph.size} edges (seed 3): ${path}\n`);
    expect(r.stdout).toBe('');
  });

  it('gives the same bytes for the same seed and other bytes for another seed', async () => {
    const [a, b, c] = ['a.json', 'b.json', 'c.json'].map((f) => join(TMP, f));
    await runCapture(['generate', '-n', '40', '-s', '7', '-o', a!]);
    await runCapture(['generate', '-n', '40', '-s', '7', '-o', b!]);
    await runCapture(['generate', '-n', '40', '-s', '8', '-o', c!]);
    expect(readFileSync(a!, 'utf8')).toBe(readFileSync(b!, 'utf8'));
    expect(readFileSync(a!, 'utf8')).not.toBe(readFileSync(c!, 'utf8'));
  });

  it('writes a CSV directory with --to csv', async () => {
    const dir = join(TMP, 'csv') + '/';
    const r = await runCapture(['generate', '-n', '30', '-o', dir, '--to', 'csv']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect((await loadGraph(dir)).order).toBe(30);
  });
});
