/** Local clustering, average clustering and transitivity: against NetworkX and by hand. */
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { averageClustering, clustering, transitivity, trianglesOfAdjacency, undirectedTriangles } from '../../../src/metrics/structure/clustering.js';
import { byNode, smallView } from '../centrality/networkx-cases.js';
import { describeNodeMeasure } from './node-measure-cases.js';

describeNodeMeasure('clustering', clustering);

describe('trianglesOfAdjacency', () => {
  it('counts the triangles through each node of adjacency lists: a triangle with a pendant', () => {
    // 0–1, 0–2, 1–2, 2–3
    const start = Int32Array.of(0, 2, 4, 7, 8);
    const targets = Int32Array.of(1, 2, 0, 2, 0, 1, 3, 2);
    const { triangles, degree } = trianglesOfAdjacency(4, start, targets);
    expect([...triangles]).toEqual([1, 1, 1, 0]);
    expect([...degree]).toEqual([2, 2, 3, 1]);
  });
});

describe('clustering by hand', () => {
  // a triangle a-b-c with a tail c-d
  const tail = () => smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']]);

  it('is 2T / (d(d−1)) on an undirected view, 0 below degree 2', () => {
    expect(byNode(clustering(tail()))).toEqual({ a: 1, b: 1, c: 1 / 3, d: 0 });
    expect(averageClustering(indexGraph(tail()))).toBeCloseTo((1 + 1 + 1 / 3) / 4, 15);
  });

  it('transitivity is 3 × triangles / connected triples', () => {
    // one triangle; triples: a 1, b 1, c 3, d 0 = 5
    expect(transitivity(indexGraph(tail()))).toBeCloseTo(3 / 5, 15);
    expect([...undirectedTriangles(indexGraph(tail())).triangles]).toEqual([1, 1, 1, 0]);
  });

  it("is Fagiolo's directed clustering on a directed view", () => {
    // a cycle a→b→c→a: each node has d_tot 2, no reciprocated pair, and T = 2 (the triangle is seen
    // from both neighbours: b ∈ succ(a) ∩ pred(c), c ∈ pred(a) ∩ succ(b)): 2 / (2·(2·1 − 0)) = 1/2, as nx.clustering
    const cycle = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']], { directed: true, directedTies: true });
    expect(byNode(clustering(cycle))).toEqual({ a: 0.5, b: 0.5, c: 0.5 });
    // transitivity reads the undirected counterpart: a triangle
    expect(transitivity(indexGraph(cycle))).toBe(1);
  });

  it('is NaN on average for an empty view', () => {
    expect(averageClustering(indexGraph(smallView([], [])))).toBeNaN();
  });
});
