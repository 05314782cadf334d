/**
 * The worker pool: both ways of loading the TypeScript worker, progress, abort, ranges and
 * schedules, shared memory, and sums over workers equal to one thread's.
 */
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../src/metrics/centrality/betweenness.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { AbortedError, DEFAULTS, runInWorkers, shareAdjacency } from '../../../src/metrics/parallel/worker-pool.js';
import { buildView } from '../../../src/metrics/view.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';

describe('the worker pool', () => {
  const eco = generateEcosystem({ nodes: 600, seed: 3 });
  const g = indexGraph(buildView(eco).graph);
  const n = g.nodes.length;

  it('loads the TypeScript worker through tsx as well as through the esbuild bundle', async () => {
    const [viaBundle] = await runInWorkers(g, { kind: 'betweenness' }, n, { workers: 2, loader: 'bundle' });
    const [viaTsx] = await runInWorkers(g, { kind: 'betweenness' }, n, { workers: 2, loader: 'tsx' });
    const single = betweennessCentrality(buildView(eco).graph, { normalized: false });
    // raw sums; undirected: NetworkX halves them
    for (let i = 0; i < n; i++) {
      expect(Math.abs(viaBundle![i]! - viaTsx![i]!)).toBeLessThan(1e-9);
      expect(Math.abs(viaBundle![i]! / 2 - single.get(g.nodes[i]!)!)).toBeLessThan(1e-9);
    }
  });

  it('reports progress up to every unit and hands out ranges to all workers', async () => {
    const seen: number[] = [];
    await runInWorkers(g, { kind: 'distance-sums', direction: 'in' }, n, { workers: 3, rangeSize: 7, onProgress: (done, total) => (expect(total).toBe(n), seen.push(done)) });
    expect(seen.at(-1)).toBe(n);
    expect(seen.length).toBe(Math.ceil(n / 7));
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('stops every worker and rejects with AbortedError when aborted', async () => {
    const controller = new AbortController();
    const run = runInWorkers(g, { kind: 'betweenness' }, n, {
      workers: 2,
      rangeSize: 1,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 5) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    const already = new AbortController();
    already.abort();
    await expect(runInWorkers(g, { kind: 'betweenness' }, n, { signal: already.signal })).rejects.toBeInstanceOf(AbortedError);
  });

  it('gives the same sums whatever the schedule, range size and number of workers (to rounding)', async () => {
    const [one] = await runInWorkers(g, { kind: 'betweenness' }, n, { workers: 1 });
    const [strided] = await runInWorkers(g, { kind: 'betweenness' }, n, { workers: 3, schedule: 'strided', rangeSize: 50 });
    const [dynamic] = await runInWorkers(g, { kind: 'betweenness' }, n, { workers: 2, rangeSize: 13 });
    for (let i = 0; i < n; i++) {
      expect(Math.abs(strided![i]! - one![i]!)).toBeLessThan(1e-9);
      expect(Math.abs(dynamic![i]! - one![i]!)).toBeLessThan(1e-9);
    }
  });

  it('strided runs give the same digits each time for the same number of workers', async () => {
    const options = { workers: 3, schedule: 'strided' as const, rangeSize: 40 };
    const [a] = await runInWorkers(g, { kind: 'betweenness' }, n, options);
    const [b] = await runInWorkers(g, { kind: 'betweenness' }, n, options);
    expect([...b!]).toEqual([...a!]);
  });

  it('starts no more workers than units, and reports progress for a strided run', async () => {
    const seen: number[] = [];
    const [raw] = await runInWorkers(g, { kind: 'betweenness' }, 2, { workers: 8, schedule: 'strided', onProgress: (done) => seen.push(done) });
    expect(raw!.length).toBe(n);
    expect(seen.at(-1)).toBe(2);
  });

  it('uses every available core by default, dynamic ranges and the esbuild bundle', () => {
    expect(DEFAULTS.workers).toBeGreaterThanOrEqual(1);
    expect([DEFAULTS.schedule, DEFAULTS.loader]).toEqual(['dynamic', 'bundle']);
    expect(new AbortedError()).toMatchObject({ name: 'AbortedError', message: 'aborted' });
  });
});

describe('shareAdjacency', () => {
  const directed = indexGraph(buildView(generateEcosystem({ nodes: 50, seed: 1 }), { directed: true, weighted: 'weight' }).graph);
  const undirected = indexGraph(buildView(generateEcosystem({ nodes: 50, seed: 1 })).graph);

  it('copies every array into shared memory with the same contents', () => {
    const shared = shareAdjacency(directed);
    for (const key of ['outStart', 'outTargets', 'outDistance', 'inStart', 'inSources', 'inDistance'] as const) {
      expect(shared[key].buffer, key).toBeInstanceOf(SharedArrayBuffer);
      expect([...shared[key]], key).toEqual([...directed[key]]);
    }
    expect([shared.directed, shared.weighted]).toEqual([true, true]);
  });

  it('keeps one copy of arrays that are the same object, and sends no distances for an unweighted view', () => {
    const start = Int32Array.from([0, 1, 2]);
    const ends = Int32Array.from([1, 0]);
    const lengths = Float64Array.from([1, 1]);
    const symmetric = { directed: false, weighted: false, outStart: start, outTargets: ends, outDistance: lengths, inStart: start, inSources: ends, inDistance: lengths };
    const shared = shareAdjacency(symmetric);
    expect(shared.inStart).toBe(shared.outStart);
    expect(shared.inSources).toBe(shared.outTargets);
    expect(shared.outDistance.length).toBe(0);
    expect(shared.inDistance.length).toBe(0);
    expect(shareAdjacency(undirected).outDistance.length).toBe(0);
  });

  it('leaves arrays already shared as they are', () => {
    const once = shareAdjacency(directed);
    const twice = shareAdjacency(once);
    expect(twice.outTargets).toBe(once.outTargets);
    expect(twice.inDistance).toBe(once.inDistance);
  });
});
