/**
 * Approximate betweenness (Riondato–Kornaropoulos sampling) against exact betweenness on seeded
 * mid-size graphs (1–3k nodes): every value within ε for the fixed seeds; the sample size formula;
 * the vertex-diameter bound; invariants (leaves and unreachable parts are 0, the total is close,
 * the same seed gives the same values).
 */
import { describe, expect, it } from 'vitest';
import { barabasiAlbertEdges } from '../../../bench/barabasi-albert.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import type { AdjacencyArrays } from '../../../src/metrics/adjacency-arrays.js';
import {
  approximateBetweenness,
  approximateBetweennessValues,
  samplingPlan,
  vertexDiameterBound,
} from '../../../src/metrics/centrality/approximate-betweenness.js';
import { accumulateBetweenness, createBetweennessWorkspace, scaleBetweenness } from '../../../src/metrics/centrality/betweenness-accumulate.js';
import { betweennessCentrality } from '../../../src/metrics/centrality/betweenness.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { buildView, type ViewOptions } from '../../../src/metrics/view.js';

/** Undirected unweighted adjacency arrays from an edge list. */
function undirectedArrays(n: number, source: ArrayLike<number>, target: ArrayLike<number>): AdjacencyArrays {
  const degree = new Int32Array(n);
  for (let i = 0; i < source.length; i++) {
    degree[source[i]!]!++;
    degree[target[i]!]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(start[n]!);
  for (let i = 0; i < source.length; i++) {
    adj[fill[source[i]!]!++] = target[i]!;
    adj[fill[target[i]!]!++] = source[i]!;
  }
  const none = new Float64Array(0);
  return { directed: false, weighted: false, outStart: start, outTargets: adj, outDistance: none, inStart: start, inSources: adj, inDistance: none };
}

function exact(g: AdjacencyArrays): Float64Array {
  const n = g.outStart.length - 1;
  const raw = new Float64Array(n);
  accumulateBetweenness(g, 0, n, raw, createBetweennessWorkspace(g));
  return scaleBetweenness(raw, g.directed, true);
}

function maxAbsError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

describe('the sample size and the vertex-diameter bound', () => {
  it('follows r = ⌈(c/ε²)(⌊log2(VD−2)⌋ + 1 + ln(1/δ))⌉ with ε rescaled to the n(n−1) normalisation', () => {
    const plan = samplingPlan(1002, 12, 0.01, 0.1);
    const eps = (0.01 * 1000) / 1002;
    expect(plan.epsilonDrawn).toBeCloseTo(eps, 15);
    expect(plan.samples).toBe(Math.ceil((0.5 / (eps * eps)) * (3 + 1 + Math.log(10))));
    expect(samplingPlan(1000, 2, 0.01, 0.1).samples).toBe(0);
    expect(samplingPlan(2, 10, 0.01, 0.1).samples).toBe(0);
    expect(() => samplingPlan(100, 10, 0, 0.1)).toThrow(MetricError);
    expect(() => samplingPlan(100, 10, 0.1, 1)).toThrow(MetricError);
  });

  it('bounds the vertex diameter from above (path, star, two components, directed)', () => {
    // a path of 10 nodes: 10 nodes on its longest shortest path
    const path = undirectedArrays(10, [0, 1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(vertexDiameterBound(path)).toBe(10);
    const star = undirectedArrays(6, [0, 0, 0, 0, 0], [1, 2, 3, 4, 5]);
    expect(vertexDiameterBound(star)).toBeGreaterThanOrEqual(3);
    // components: a triangle and a path of 5; the bound covers the longer one
    const two = undirectedArrays(8, [0, 1, 2, 3, 4, 5, 6], [1, 2, 0, 4, 5, 6, 7]);
    expect(vertexDiameterBound(two)).toBeGreaterThanOrEqual(5);
    const eco = indexGraph(buildView(generateEcosystem({ nodes: 300, seed: 2 }), { directed: true }).graph);
    expect(vertexDiameterBound(eco)).toBeLessThanOrEqual(eco.nodes.length);
  });
});

describe('approximate betweenness against exact values on seeded mid-size graphs', () => {
  it.each([
    [1500, 1],
    [3000, 2],
  ])('Barabási–Albert %i nodes, m = 3 (seed %i): every value within ε = 0.01', (n, seed) => {
    const { source, target } = barabasiAlbertEdges(n, 3, seed);
    const g = undirectedArrays(n, source, target);
    const { values, plan } = approximateBetweennessValues(g, { epsilon: 0.01, delta: 0.1, seed });
    expect(plan.samples).toBeGreaterThan(20_000);
    const truth = exact(g);
    expect(maxAbsError(values, truth)).toBeLessThanOrEqual(0.01);
    // the total: unbiased, and close for this many samples
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    expect(Math.abs(sum(values) - sum(truth)) / sum(truth)).toBeLessThan(0.02);
  });

  const cases: Array<[string, number, number, ViewOptions, number]> = [
    ['undirected', 2000, 5, {}, 0.01],
    ['directed', 1500, 6, { directed: true }, 0.02],
    ['weighted (distances)', 800, 7, { weighted: 'weight' }, 0.03],
    ['directed weighted (strengths)', 800, 8, { directed: true, weighted: 'weight', weightAs: 'strength' }, 0.03],
  ];
  it.each(cases)('generated ecosystem, %s view (%i nodes, seed %i): every value within ε', (_name, nodes, seed, view, epsilon) => {
    const { graph } = buildView(generateEcosystem({ nodes, seed }), view);
    const estimate = approximateBetweenness(graph, { epsilon, delta: 0.1, seed });
    const truth = betweennessCentrality(graph);
    let worst = 0;
    for (const [node, value] of truth) worst = Math.max(worst, Math.abs(value - estimate.get(node)!));
    expect(worst).toBeLessThanOrEqual(epsilon);
    // nodes that no shortest path crosses (leaves, isolated nodes) are exactly 0
    const zeros = [...truth].filter(([, v]) => v === 0).map(([k]) => k);
    expect(zeros.length).toBeGreaterThan(0);
    for (const node of zeros) expect(estimate.get(node)).toBe(0);
  });

  it('gives the same values for the same seed and different ones for another seed', () => {
    const { graph } = buildView(generateEcosystem({ nodes: 500, seed: 4 }));
    const a = approximateBetweenness(graph, { epsilon: 0.05, seed: 3 });
    const b = approximateBetweenness(graph, { epsilon: 0.05, seed: 3 });
    const c = approximateBetweenness(graph, { epsilon: 0.05, seed: 4 });
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });

  it('is 0 everywhere when no shortest path has an inner node', () => {
    // a perfect matching: every path has 2 nodes
    const g = undirectedArrays(6, [0, 2, 4], [1, 3, 5]);
    const { values, plan } = approximateBetweennessValues(g, { epsilon: 0.01 });
    expect(plan.samples).toBe(0);
    expect([...values]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
