/**
 * The fast path of the path-based measures: the values of the single-thread functions, on this
 * thread for small views and on worker threads when the work is large enough; sampled betweenness
 * with its report; progress per measure; abort.
 */
import { describe, expect, it } from 'vitest';
import { approximateBetweennessValues } from '../../../src/metrics/centrality/approximate-betweenness.js';
import { betweennessCentrality } from '../../../src/metrics/centrality/betweenness.js';
import { closenessCentrality } from '../../../src/metrics/centrality/closeness.js';
import { harmonicCentrality } from '../../../src/metrics/centrality/harmonic.js';
import { indexGraph, toNodeMap } from '../../../src/metrics/indexed-graph.js';
import { APPROXIMATE_PARALLEL_MIN_NODES, PATH_MEASURES, pathMeasures } from '../../../src/metrics/parallel/fast-centrality.js';
import { worthParallel } from '../../../src/metrics/parallel/parallel-measures.js';
import { AbortedError } from '../../../src/metrics/parallel/worker-pool.js';
import { buildView } from '../../../src/metrics/view.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';

function maxDifference(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let worst = 0;
  for (const [k, v] of a) worst = Math.max(worst, Math.abs(v - b.get(k)!));
  return worst;
}

describe('pathMeasures on a small view (this thread)', () => {
  const view = buildView(generateEcosystem({ nodes: 400, seed: 2 }), { directed: true }).graph;
  const g = indexGraph(view);

  it('equals betweenness, closeness and harmonic centrality, without threads', async () => {
    expect(PATH_MEASURES).toEqual(['betweenness', 'closeness', 'harmonic']);
    const { values, threads, approximation } = await pathMeasures(g, PATH_MEASURES, { workers: 2 });
    expect(threads).toBe(0);
    expect(approximation).toBeUndefined();
    expect(maxDifference(toNodeMap(g, values.betweenness!), betweennessCentrality(view))).toBeLessThan(1e-12);
    expect(maxDifference(toNodeMap(g, values.closeness!), closenessCentrality(view))).toBeLessThan(1e-12);
    expect(maxDifference(toNodeMap(g, values.harmonic!), harmonicCentrality(view))).toBeLessThan(1e-12);
  });

  it('computes only the measures asked for and ignores other ids', async () => {
    const { values } = await pathMeasures(g, ['harmonic', 'pagerank']);
    expect(Object.keys(values)).toEqual(['harmonic']);
  });

  it('samples betweenness when asked, reporting the plan, with the values of the single-thread sampler', async () => {
    const approximate = { epsilon: 0.1, delta: 0.1, seed: 3 };
    expect(g.nodes.length).toBeLessThan(APPROXIMATE_PARALLEL_MIN_NODES);
    const { values, approximation, threads } = await pathMeasures(g, ['betweenness'], { approximate });
    const single = approximateBetweennessValues(g, approximate);
    expect([...values.betweenness!]).toEqual([...single.values]);
    expect(approximation).toEqual({ measure: 'betweenness', ...approximate, ...single.plan });
    expect(threads).toBe(0);
  });

  it('reports progress per measure up to the node count', async () => {
    const seen: Record<string, number[]> = {};
    await pathMeasures(g, ['betweenness', 'closeness'], { onProgress: (measure) => (done, total) => (seen[measure] ??= []).push(done / total) });
    expect(Object.keys(seen).sort()).toEqual(['betweenness', 'closeness']);
    expect(seen.betweenness!.at(-1)).toBe(1);
    expect(seen.closeness!.at(-1)).toBe(1);
  });

  it('rejects with AbortedError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(pathMeasures(g, ['closeness'], { signal: controller.signal })).rejects.toBeInstanceOf(AbortedError);
  });
});

describe('pathMeasures on a view with enough work for threads', () => {
  it('runs betweenness on worker threads with the single-thread values', async () => {
    const view = buildView(generateEcosystem({ nodes: 3000, seed: 4 })).graph;
    const g = indexGraph(view);
    expect(worthParallel(g, 'betweenness')).toBe(true);
    const { values, threads } = await pathMeasures(g, ['betweenness'], { workers: 2 });
    expect(threads).toBe(2);
    expect(maxDifference(toNodeMap(g, values.betweenness!), betweennessCentrality(view))).toBeLessThan(1e-12);
  });
});
