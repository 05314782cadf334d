/** Opening graph files: the route from size, format and need; openView the same on both routes. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../src/generate/ecosystem.js';
import { writeCsv } from '../../src/io/csv.js';
import { writeJson } from '../../src/io/json.js';
import { COMPACT_MIN_BYTES, RouteError } from '../../src/open/route.js';
import { inputBytes, loadCompactGraph, openGraph, openView, routeFor } from '../../src/open/files.js';

const tmp = mkdtempSync(join(tmpdir(), 'ecograph-open-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const small = join(tmp, 'small.json');
const big = join(tmp, 'big.json');
const bigCsv = join(tmp, 'big-csv');
const graph = generateEcosystem({ nodes: 8000, seed: 5 });
writeFileSync(small, writeJson(generateEcosystem({ nodes: 50, seed: 5 })));
writeFileSync(big, writeJson(graph));
mkdirSync(bigCsv);
const csv = writeCsv(graph);
writeFileSync(join(bigCsv, 'nodes.csv'), csv.nodes);
writeFileSync(join(bigCsv, 'edges.csv'), csv.edges);

describe('the opener for files', () => {
  it('measures inputs: a file, a CSV directory (nodes.csv + edges.csv), 0 for a missing path', async () => {
    expect(await inputBytes(big)).toBe(Buffer.byteLength(writeJson(graph)));
    expect(await inputBytes(bigCsv)).toBe(Buffer.byteLength(csv.nodes) + Buffer.byteLength(csv.edges));
    expect(await inputBytes(join(tmp, 'nope.json'))).toBe(0);
  });

  it('routes by size and need', async () => {
    expect(await inputBytes(big)).toBeGreaterThanOrEqual(COMPACT_MIN_BYTES);
    expect(await inputBytes(bigCsv)).toBeGreaterThanOrEqual(COMPACT_MIN_BYTES);
    expect(await routeFor(small)).toBe('standard');
    expect(await routeFor(big)).toBe('compact');
    expect(await routeFor(bigCsv)).toBe('compact');
    expect(await routeFor(big, { fullGraph: 'HITS needs the full graph' })).toBe('standard');
    expect(await routeFor(small, { loader: 'compact' })).toBe('compact');
    await expect(routeFor(small, { loader: 'compact', fullGraph: 'HITS needs the full graph' })).rejects.toThrow(RouteError);
  });

  it('openGraph gives the whole graph or the compact load', async () => {
    const whole = await openGraph(small);
    expect(whole.route).toBe('standard');
    if (whole.route === 'standard') expect(whole.graph.order).toBe(50);
    const compact = await openGraph(big, { keep: { lineage: true } });
    expect(compact.route).toBe('compact');
    if (compact.route === 'compact') expect(compact.load.graph.nodes.length).toBe(8000);
  });

  it('openView: the same view, node order, labels and kinds whichever route is taken', async () => {
    const view = { weighted: 'weight', weightAs: 'strength' as const, nodeKinds: ['firm', 'university', 'investor', 'anchor'] };
    const standard = await openView(bigCsv, { view, loader: 'standard' });
    const compact = await openView(bigCsv, { view, keep: { labels: true } });
    expect([standard.route, compact.route]).toEqual(['standard', 'compact']);
    expect(compact.view).toEqual(standard.view);
    expect(compact.indexed.nodes).toEqual(standard.indexed.nodes);
    expect([...compact.indexed.outStrength]).toEqual([...standard.indexed.outStrength]);
    const n = standard.indexed.nodes.length;
    for (let i = 0; i < n; i += 97) {
      expect(compact.label(i)).toBe(standard.label(i));
      expect(compact.kind(i)).toBe(standard.kind(i));
    }
  });

  it('loadCompactGraph reports progress over all input bytes', async () => {
    const seen: number[] = [];
    await loadCompactGraph(bigCsv, { chunkBytes: 1 << 16, onProgress: (p) => void seen.push(p.bytesRead / p.totalBytes) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
