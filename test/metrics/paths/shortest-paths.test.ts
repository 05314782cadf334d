/** Single-source shortest paths with counts and predecessors: by hand and against an all-pairs reference. */
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { createShortestPathState, singleSourceShortestPaths, type ShortestPathState } from '../../../src/metrics/paths/shortest-paths.js';
import { buildView } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { allPairs, randomIndexed } from './naive-paths.js';

function square(directed = false) {
  // a–b–d and a–c–d, and an isolated e
  const g = createEcoGraph();
  for (const n of ['a', 'b', 'c', 'd', 'e']) g.addNode(n, { label: n });
  for (const [s, t] of [['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd']] as const) g.addDirectedEdge(s, t, { weight: 1 });
  return indexGraph(buildView(g, { directed }).graph);
}

const preds = (state: ShortestPathState, w: number) => [...state.pred.subarray(state.predStart[w]!, state.predStart[w]! + state.predCount[w]!)].sort();

describe('singleSourceShortestPaths by hand', () => {
  it('counts the two shortest paths of a square and records both predecessors', () => {
    const g = square();
    const state = createShortestPathState(g);
    singleSourceShortestPaths(g, 0, state, 'out', false);
    expect(state.count).toBe(4);
    expect([...state.dist]).toEqual([0, 1, 1, 2, Infinity]);
    expect([...state.sigma]).toEqual([1, 1, 1, 2, 0]);
    expect(preds(state, 3)).toEqual([1, 2]);
    expect(preds(state, 0)).toEqual([]);
    const order = [...state.order.subarray(0, state.count)];
    expect(order[0]).toBe(0);
    expect(order.map((v) => state.dist[v]!)).toEqual([0, 1, 1, 2]);
  });

  it("follows arcs backwards with direction 'in' (distances to the source)", () => {
    const g = square(true);
    const out = createShortestPathState(g, 'out');
    singleSourceShortestPaths(g, 3, out, 'out', false);
    expect(out.count).toBe(1);
    const back = createShortestPathState(g, 'in');
    singleSourceShortestPaths(g, 3, back, 'in', false);
    expect([...back.dist]).toEqual([2, 1, 1, 0, Infinity]);
    expect(back.sigma[0]).toBe(2);
  });

  it('resets the state between sources', () => {
    const g = square();
    const state = createShortestPathState(g);
    singleSourceShortestPaths(g, 0, state, 'out', false);
    singleSourceShortestPaths(g, 4, state, 'out', false);
    expect(state.count).toBe(1);
    expect([...state.dist]).toEqual([Infinity, Infinity, Infinity, Infinity, 0]);
    expect([...state.predCount]).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives distances without counting when counting is off', () => {
    const g = square();
    const state = createShortestPathState(g);
    singleSourceShortestPaths(g, 0, state, 'out', false, false);
    expect([...state.dist]).toEqual([0, 1, 1, 2, Infinity]);
    expect(state.predCount[3]).toBe(0);
  });
});

describe('singleSourceShortestPaths against all-pairs distances and path counts', () => {
  const cases = [
    { name: 'undirected, hops', directed: false, weighted: false },
    { name: 'directed, hops', directed: true, weighted: false },
    { name: 'undirected, weighted (Dijkstra)', directed: false, weighted: true },
    { name: 'directed, weighted (Dijkstra)', directed: true, weighted: true },
  ];
  for (const c of cases)
    it(c.name, () => {
      for (const seed of [1, 2, 3]) {
        const g = randomIndexed(25, 0.15, seed, c);
        const { dist, sigma } = allPairs(g, c.weighted);
        const state = createShortestPathState(g);
        for (let s = 0; s < g.nodes.length; s++) {
          singleSourceShortestPaths(g, s, state, 'out', c.weighted);
          expect([...state.dist], `seed ${seed} source ${s}`).toEqual(dist[s]);
          expect([...state.sigma], `seed ${seed} source ${s}`).toEqual(sigma[s]);
          expect(state.count).toBe(dist[s]!.filter((d) => d < Infinity).length);
        }
      }
    });
});
