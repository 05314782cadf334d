/**
 * What sizes and colours the nodes of a network figure: centralities on the simple undirected
 * projection (parallel and directed ties merged, self-loops dropped), undefined values as 0, and
 * seeded Louvain communities.
 */
import { describe, expect, it } from 'vitest';
import { SIZE_MEASURES, nodeSizeMeasure, seededCommunities, simpleProjection } from '../../../src/figures/network/measures.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import type { EcoGraph } from '../../../src/model/types.js';

/** u → a (spin-off and collaboration), a → b, b – c, a self-loop on c. */
function smallGraph(): EcoGraph {
  const g = createEcoGraph({ name: 'small' });
  g.addNode('u', { label: 'Uni', kind: 'university' });
  for (const id of ['a', 'b', 'c']) g.addNode(id, { label: id.toUpperCase(), kind: 'firm' });
  g.addDirectedEdge('u', 'a', { kind: 'spinoff' });
  g.addUndirectedEdge('u', 'a', { kind: 'collaboration' });
  g.addDirectedEdge('a', 'b', { kind: 'spinoff' });
  g.addUndirectedEdge('b', 'c', { kind: 'collaboration' });
  g.addUndirectedEdge('c', 'c', { kind: 'collaboration' });
  return g;
}

/** Two triangles joined by one tie. */
function twoTriangles(): EcoGraph {
  const g = createEcoGraph();
  for (const id of ['a1', 'a2', 'a3', 'b1', 'b2', 'b3']) g.addNode(id, { label: id, kind: 'firm' });
  for (const [s, t] of [['a1', 'a2'], ['a2', 'a3'], ['a1', 'a3'], ['b1', 'b2'], ['b2', 'b3'], ['b1', 'b3'], ['a1', 'b1']] as const) g.addUndirectedEdge(s, t, { kind: 'collaboration' });
  return g;
}

describe('simpleProjection', () => {
  it('merges parallel and directed ties into one undirected tie per pair and drops self-loops', () => {
    const simple = simpleProjection(smallGraph());
    expect(simple.order).toBe(4);
    expect(simple.size).toBe(3);
    expect(simple.type).toBe('undirected');
  });
});

describe('nodeSizeMeasure', () => {
  it('offers the one-value centralities that run on any view', () => {
    expect(SIZE_MEASURES).toEqual(expect.arrayContaining(['degree', 'betweenness', 'pagerank']));
    expect(SIZE_MEASURES).not.toContain('hits');
  });

  it('gives each node its degree on the projection (merged ties count once, self-loops not at all)', () => {
    const degree = nodeSizeMeasure(simpleProjection(smallGraph()), 'degree');
    expect(Object.fromEntries(degree)).toEqual({ u: 1, a: 2, b: 2, c: 1 });
  });

  it('gives betweenness on the projection: the path u–a–b–c passes a and b twice each', () => {
    const betweenness = nodeSizeMeasure(simpleProjection(smallGraph()), 'betweenness');
    expect(betweenness.get('u')).toBe(0);
    expect(betweenness.get('a')).toBeCloseTo(2 / 3, 12);
    expect(betweenness.get('b')).toBeCloseTo(2 / 3, 12);
  });

  it('refuses a measure it cannot size by, listing those it can', () => {
    expect(() => nodeSizeMeasure(simpleProjection(smallGraph()), 'hits')).toThrow(`unknown size measure "hits": use one of ${SIZE_MEASURES.join(', ')}`);
    expect(() => nodeSizeMeasure(simpleProjection(smallGraph()), 'fame')).toThrow(/^unknown size measure "fame"/);
  });
});

describe('seededCommunities', () => {
  it('finds the two triangles, numbered from 0, the same for the same seed', () => {
    const simple = simpleProjection(twoTriangles());
    const communities = seededCommunities(simple, 7);
    expect(new Set(communities.values())).toEqual(new Set([0, 1]));
    expect(communities.get('a1')).toBe(communities.get('a3'));
    expect(communities.get('b1')).toBe(communities.get('b2'));
    expect(communities.get('a1')).not.toBe(communities.get('b1'));
    expect(seededCommunities(simple, 7)).toEqual(communities);
  });
});
