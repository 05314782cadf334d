import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { adjacencyOfSimpleGraph, canonicalTies, dyadCount, simpleGraph, simpleGraphOfAdjacency, simpleGraphOfView, tieCount, undirectedNeighbours } from '../../../src/metrics/significance/simple-graph.js';
import type { ViewGraph } from '../../../src/metrics/view.js';

describe('simpleGraphOfView', () => {
  it('numbers nodes in view order, puts the smaller end first and sorts the ties', () => {
    const view = new UndirectedGraph();
    for (const n of ['c', 'a', 'b']) view.addNode(n);
    view.addEdge('b', 'c', { weight: 1, strength: 1, distance: 1 });
    view.addEdge('a', 'c', { weight: 1, strength: 1, distance: 1 });
    const { graph, nodes } = simpleGraphOfView(view as unknown as ViewGraph);
    expect(nodes).toEqual(['c', 'a', 'b']);
    expect(graph.directed).toBe(false);
    expect(Array.from(graph.sources)).toEqual([0, 0]);
    expect(Array.from(graph.targets)).toEqual([1, 2]);
  });
  it('keeps arc directions on a directed view', () => {
    const view = new DirectedGraph();
    for (const n of ['x', 'y']) view.addNode(n);
    view.addEdge('y', 'x', { weight: 1, strength: 1, distance: 1 });
    const { graph } = simpleGraphOfView(view as unknown as ViewGraph);
    expect([graph.directed, graph.sources[0], graph.targets[0]]).toEqual([true, 1, 0]);
  });
});

describe('simpleGraph and counts', () => {
  it('counts ties and dyads', () => {
    const g = simpleGraph(4, [[1, 0], [2, 3]]);
    expect(Array.from(g.sources)).toEqual([0, 2]);
    expect(tieCount(g)).toBe(2);
    expect(dyadCount(4, false)).toBe(6);
    expect(dyadCount(4, true)).toBe(12);
  });
  it('lists neighbours ignoring direction, once each, sorted', () => {
    const g = simpleGraph(3, [[0, 1], [1, 0], [2, 1]], true);
    const { start, neighbours } = undirectedNeighbours(g);
    expect(Array.from(neighbours.slice(start[1]!, start[2]!))).toEqual([0, 2]);
    expect(Array.from(neighbours.slice(start[0]!, start[1]!))).toEqual([1]);
  });
  it('lists the neighbours of a hub of 200 000 nodes (more than a call can take as arguments)', () => {
    const n = 200_001;
    const ties: [number, number][] = [];
    for (let v = 1; v < n; v++) ties.push([0, v]);
    const { start, neighbours } = undirectedNeighbours(simpleGraph(n, ties));
    expect(start[1]).toBe(n - 1);
    expect(neighbours[0]).toBe(1);
    expect(neighbours[n - 2]).toBe(n - 1);
    expect(Array.from(neighbours.slice(start[n - 1]!, start[n]!))).toEqual([0]);
  });
});

describe('canonical ties and adjacency arrays', () => {
  it('sorts ties by source then target', () => {
    const g = canonicalTies(simpleGraph(4, [[2, 3], [0, 3], [0, 1]]));
    expect(Array.from(g.sources)).toEqual([0, 0, 2]);
    expect(Array.from(g.targets)).toEqual([1, 3, 3]);
  });
  it('goes to adjacency arrays and back unchanged (undirected and directed)', () => {
    for (const directed of [false, true]) {
      const g = canonicalTies(simpleGraph(5, [[0, 1], [3, 1], [4, 2], [1, 4]], directed));
      const arrays = adjacencyOfSimpleGraph(g);
      expect(arrays.outStart[5]).toBe(directed ? 4 : 8);
      expect(arrays.weighted).toBe(false);
      const back = simpleGraphOfAdjacency(arrays);
      expect([Array.from(back.sources), Array.from(back.targets), back.directed]).toEqual([Array.from(g.sources), Array.from(g.targets), directed]);
    }
  });
});
