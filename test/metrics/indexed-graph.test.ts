/** The compressed adjacency lists of a view: neighbours, strengths and distances by index, cached per view. */
import { describe, expect, it } from 'vitest';
import { indexGraph, toNodeMap, type IndexedGraph } from '../../src/metrics/indexed-graph.js';
import { buildView } from '../../src/metrics/view.js';
import { createEcoGraph } from '../../src/model/graph.js';

function eco() {
  const g = createEcoGraph();
  for (const n of ['a', 'b', 'c', 'd']) g.addNode(n, { label: n });
  g.addDirectedEdge('a', 'b', { weight: 2 });
  g.addDirectedEdge('a', 'c', { weight: 4 });
  g.addDirectedEdge('c', 'b', { weight: 1 });
  return g;
}

/** Neighbour lists of node i as [neighbour key, strength, distance]. */
function outOf(g: IndexedGraph, i: number) {
  const out: Array<[string, number, number]> = [];
  for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) out.push([g.nodes[g.outTargets[e]!]!, g.outStrength[e]!, g.outDistance[e]!]);
  return out.sort();
}
function inOf(g: IndexedGraph, i: number) {
  const out: Array<[string, number, number]> = [];
  for (let e = g.inStart[i]!; e < g.inStart[i + 1]!; e++) out.push([g.nodes[g.inSources[e]!]!, g.inStrength[e]!, g.inDistance[e]!]);
  return out.sort();
}

describe('indexGraph', () => {
  it('keeps the view node order and indexes it', () => {
    const g = indexGraph(buildView(eco()).graph);
    expect(g.nodes).toEqual(['a', 'b', 'c', 'd']);
    expect([...g.index]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('on a directed weighted view, lists out- and in-ties with strengths and distances', () => {
    const g = indexGraph(buildView(eco(), { directed: true, weighted: 'weight', weightAs: 'strength' }).graph);
    expect([g.directed, g.weighted]).toEqual([true, true]);
    expect([...g.outStart]).toEqual([0, 2, 2, 3, 3]);
    expect(outOf(g, 0)).toEqual([
      ['b', 2, 0.5],
      ['c', 4, 0.25],
    ]);
    expect(outOf(g, 2)).toEqual([['b', 1, 1]]);
    expect(inOf(g, 1)).toEqual([
      ['a', 2, 0.5],
      ['c', 1, 1],
    ]);
    expect(inOf(g, 0)).toEqual([]);
    expect(g.outTargets.length).toBe(3);
  });

  it('on an undirected view, lists every tie from both ends, in-lists equal to out-lists', () => {
    const g = indexGraph(buildView(eco()).graph);
    expect([g.directed, g.weighted]).toEqual([false, false]);
    expect(g.outTargets.length).toBe(6);
    expect(outOf(g, 1)).toEqual([
      ['a', 1, 1],
      ['c', 1, 1],
    ]);
    for (let i = 0; i < 4; i++) expect(inOf(g, i)).toEqual(outOf(g, i));
    expect(outOf(g, 3)).toEqual([]);
  });

  it('is computed once per view', () => {
    const view = buildView(eco()).graph;
    expect(indexGraph(view)).toBe(indexGraph(view));
    expect(indexGraph(buildView(eco()).graph)).not.toBe(indexGraph(view));
  });

  it('handles an empty view', () => {
    const g = indexGraph(buildView(createEcoGraph()).graph);
    expect(g.nodes).toEqual([]);
    expect([...g.outStart]).toEqual([0]);
  });
});

describe('toNodeMap', () => {
  it('keys per-index values by node', () => {
    const g = indexGraph(buildView(eco()).graph);
    expect([...toNodeMap(g, [0.5, 1, 2, 3])]).toEqual([
      ['a', 0.5],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });
});
