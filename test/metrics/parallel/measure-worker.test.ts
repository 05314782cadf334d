/**
 * The measure worker: each task it can run, started through the pool on one and on several
 * threads, gives the arrays of the same kernel run on this thread; strided ranges land each unit on
 * exactly one worker; and the module refuses to run outside a worker thread.
 */
import { describe, expect, it } from 'vitest';
import { createSamplingWorkspace, sampleShortestPaths } from '../../../src/metrics/centrality/approximate-betweenness.js';
import { accumulateBetweenness, createBetweennessWorkspace } from '../../../src/metrics/centrality/betweenness-accumulate.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { accumulateDistanceSums, createDistanceSums, createDistanceWorkspace } from '../../../src/metrics/paths/distance-sums.js';
import { runInWorkers } from '../../../src/metrics/parallel/worker-pool.js';
import { buildView } from '../../../src/metrics/view.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { drawRng } from '../../../src/metrics/significance/draws.js';
import { graphStatistic } from '../../../src/metrics/significance/graph-statistics.js';
import { drawNullGraph } from '../../../src/metrics/significance/random-graphs.js';
import { adjacencyOfSimpleGraph, canonicalTies, simpleGraphOfView } from '../../../src/metrics/significance/simple-graph.js';

const eco = generateEcosystem({ nodes: 300, seed: 8 });
const undirected = indexGraph(buildView(eco).graph);
const weightedDirected = indexGraph(buildView(eco, { directed: true, weighted: 'weight', weightAs: 'strength' }).graph);

function expectClose(actual: Float64Array, expected: Float64Array, label: string): void {
  expect(actual.length, label).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!) / Math.max(1, Math.abs(expected[i]!)));
  expect(worst, label).toBeLessThan(1e-12);
}

describe('measure worker tasks', () => {
  for (const [name, g] of [
    ['undirected', undirected],
    ['directed, weighted', weightedDirected],
  ] as const) {
    const n = g.nodes.length;

    it(`betweenness (${name}): raw sums of every source`, async () => {
      const here = new Float64Array(n);
      accumulateBetweenness(g, 0, n, here, createBetweennessWorkspace(g));
      const [one] = await runInWorkers(g, { kind: 'betweenness' }, n, { workers: 1 });
      const [three] = await runInWorkers(g, { kind: 'betweenness' }, n, { workers: 3, schedule: 'strided', rangeSize: 17 });
      expectClose(one!, here, 'one worker');
      expectClose(three!, here, 'three strided workers');
    });

    it(`distance sums (${name}): total, reached and inverse of every source`, async () => {
      const here = createDistanceSums(n);
      accumulateDistanceSums(g, 'in', 0, n, here, createDistanceWorkspace(g));
      const arrays = await runInWorkers(g, { kind: 'distance-sums', direction: 'in' }, n, { workers: 2, schedule: 'strided', rangeSize: 33 });
      expect(arrays).toHaveLength(3);
      expectClose(arrays[0]!, here.total, 'total');
      expectClose(arrays[1]!, here.reached, 'reached');
      expectClose(arrays[2]!, here.inverse, 'inverse');
    });
  }

  it('cug draws: the statistic of every draw, exactly, whichever worker draws it', async () => {
    const graph = canonicalTies(simpleGraphOfView(buildView(eco).graph).graph);
    const statistic = graphStatistic('transitivity')!;
    const here = Float64Array.from({ length: 30 }, (_v, r) => statistic.compute(drawNullGraph('degree', graph, drawRng(4, r), { swapsPerTie: 2, keepConnected: true })));
    const task = { kind: 'cug-draws', statistic: 'transitivity', null: 'degree', seed: 4, draws: 30, degree: { swapsPerTie: 2, keepConnected: true } } as const;
    const [there] = await runInWorkers(adjacencyOfSimpleGraph(graph), task, 30, { workers: 2, rangeSize: 7 });
    expect(Array.from(there!)).toEqual(Array.from(here));
  });

  it('betweenness samples: the counts of every sample chunk, exactly', async () => {
    const g = undirected;
    const plan = { samples: 1000, chunkSize: 64 };
    const chunks = Math.ceil(plan.samples / plan.chunkSize);
    const here = new Float64Array(g.nodes.length);
    const ws = createSamplingWorkspace(g);
    for (let c = 0; c < chunks; c++) sampleShortestPaths(g, c, c + 1, plan, 5, here, ws);
    const [there] = await runInWorkers(g, { kind: 'betweenness-samples', seed: 5, ...plan }, chunks, { workers: 2, schedule: 'strided', rangeSize: 4 });
    expect([...there!]).toEqual([...here]);
    expect(here.some((v) => v > 0)).toBe(true);
  });
});

describe('outside a worker thread', () => {
  it('refuses to run', async () => {
    await expect(import('../../../src/metrics/parallel/measure-worker.js')).rejects.toThrow('measure-worker.ts runs only as a worker thread');
  });
});
