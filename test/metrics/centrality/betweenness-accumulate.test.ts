/**
 * The betweenness kernel over source ranges: any split of the sources (ranges, strides) sums to the
 * all-sources result, on unweighted, weighted and directed views — what the worker threads rely on.
 */
import { describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { accumulateBetweenness, createBetweennessWorkspace } from '../../../src/metrics/centrality/betweenness-accumulate.js';
import { accumulateDistanceSums, createDistanceSums, createDistanceWorkspace } from '../../../src/metrics/paths/distance-sums.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { buildView, type ViewOptions } from '../../../src/metrics/view.js';

const VIEWS: Array<[string, ViewOptions]> = [
  ['undirected', {}],
  ['directed', { directed: true }],
  ['weighted', { weighted: 'weight' }],
  ['directed weighted', { directed: true, weighted: 'weight', weightAs: 'strength' }],
];

describe('kernels over source ranges', () => {
  const eco = generateEcosystem({ nodes: 400, seed: 9 });
  it.each(VIEWS)('%s: ranges and strides sum to the whole', (_name, view) => {
    const g = indexGraph(buildView(eco, view).graph);
    const n = g.nodes.length;
    const whole = new Float64Array(n);
    accumulateBetweenness(g, 0, n, whole, createBetweennessWorkspace(g));
    const split = new Float64Array(n);
    const ws = createBetweennessWorkspace(g);
    accumulateBetweenness(g, 0, 150, split, ws);
    accumulateBetweenness(g, 150, n, split, ws);
    const strided = new Float64Array(n);
    for (let k = 0; k < 3; k++) accumulateBetweenness(g, k, n, strided, createBetweennessWorkspace(g), 3);
    expect(whole.some((x) => x > 0)).toBe(true);
    for (let i = 0; i < n; i++) {
      expect(Math.abs(split[i]! - whole[i]!)).toBeLessThan(1e-9 * Math.max(1, whole[i]!));
      expect(Math.abs(strided[i]! - whole[i]!)).toBeLessThan(1e-9 * Math.max(1, whole[i]!));
    }
    const sums = createDistanceSums(n);
    accumulateDistanceSums(g, 'in', 0, n, sums, createDistanceWorkspace(g));
    const parts = createDistanceSums(n);
    const dws = createDistanceWorkspace(g);
    accumulateDistanceSums(g, 'in', 1, n, parts, dws, 2);
    accumulateDistanceSums(g, 'in', 0, n, parts, dws, 2);
    expect([...parts.total]).toEqual([...sums.total]);
    expect([...parts.reached]).toEqual([...sums.reached]);
    expect([...parts.inverse]).toEqual([...sums.inverse]);
  });
});
