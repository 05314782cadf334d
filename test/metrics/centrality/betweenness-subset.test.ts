/**
 * Subset betweenness (NetworkX betweenness_centrality_subset): by hand, and against the reference
 * values in brokers.json, which hold NetworkX's subset betweenness between two kinds.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, subsetBetweenness } from '../../../src/metrics/centrality/betweenness-subset.js';
import { betweennessCentrality } from '../../../src/metrics/centrality/betweenness.js';
import { buildView } from '../../../src/metrics/view.js';
import { close, describeView, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';
import { byNode, smallView } from './networkx-cases.js';

const brokersFixture = readFixture<{
  cases: Array<{ graph: string; view: Record<string, unknown>; between: string; and: string; via: string; rows: Record<string, { betweenness: number }> }>;
}>('brokers.json');

describe('subsetBetweenness against NetworkX', () => {
  for (const c of brokersFixture.cases)
    it(`${c.graph} [${describeView(c.view)}] from ${c.between} to ${c.and}`, async () => {
      const eco = await referenceGraph(c.graph);
      const { graph } = buildView(eco, viewOptions(c.view));
      const ofKind = (kind: string) => graph.filterNodes((n) => eco.getNodeAttribute(n, 'kind') === kind);
      const values = subsetBetweenness(graph, ofKind(c.between), ofKind(c.and));
      for (const [id, row] of Object.entries(c.rows)) expect(close(values.get(id), row.betweenness), `${id}: ${values.get(id)} vs ${row.betweenness}`).toBe(true);
    });
});

describe('subsetBetweenness by hand', () => {
  // s – m – t, and s – x – y – t: only m lies on the shortest s–t path
  const g = smallView(['s', 'm', 't', 'x', 'y'], [['s', 'm'], ['m', 't'], ['s', 'x'], ['x', 'y'], ['y', 't']]);

  it('counts only paths from the sources to the targets, halved on an undirected view as NetworkX does', () => {
    expect(DEFAULTS).toEqual({ normalized: false });
    expect(byNode(subsetBetweenness(g, ['s'], ['t']))).toEqual({ s: 0, m: 0.5, t: 0, x: 0, y: 0 });
    expect(byNode(subsetBetweenness(g, ['x'], ['t']))).toEqual({ s: 0, m: 0, t: 0, x: 0, y: 0.5 });
  });

  it('splits a pair between equally short paths, counts repeated sources once and ignores unknown ids', () => {
    const square = smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd']]);
    expect(byNode(subsetBetweenness(square, ['a', 'a', 'nobody'], ['d', 'nobody']))).toEqual({ a: 0, b: 0.25, c: 0.25, d: 0 });
  });

  it('is not halved on a directed view, and normalised by 1/((n−1)(n−2)) on request', () => {
    const path = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']], { directed: true, directedTies: true });
    expect(subsetBetweenness(path, ['a'], ['c']).get('b')).toBe(1);
    expect(subsetBetweenness(path, ['c'], ['a']).get('b')).toBe(0);
    expect(subsetBetweenness(path, ['a'], ['c'], { normalized: true }).get('b')).toBe(0.5);
  });

  it('with every node as source and target equals betweenness (unnormalised)', () => {
    const all = g.nodes();
    const subset = subsetBetweenness(g, all, all);
    const full = betweennessCentrality(g, { normalized: false });
    for (const n of all) expect(subset.get(n)).toBeCloseTo(full.get(n)!, 12);
  });

  it('uses tie lengths on a weighted view', () => {
    const w = smallView(['a', 'b', 'c'], [['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 5]], { weighted: 'weight', directed: true });
    expect(subsetBetweenness(w, ['a'], ['c']).get('b')).toBe(1);
  });
});
