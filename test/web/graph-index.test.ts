import { describe, expect, it } from 'vitest';
import { createEcoGraph } from '../../src/model/graph.js';
import { buildGraphIndex, graphIndex, structureVersion } from '../../web/src/graph-index.js';

function sample() {
  const g = createEcoGraph();
  for (const n of ['a', 'b', 'c', 'd']) g.addNode(n, { label: n.toUpperCase() });
  g.addUndirectedEdgeWithKey('ab', 'a', 'b', {});
  g.addDirectedEdgeWithKey('bc', 'b', 'c', { kind: 'spinoff' });
  g.addDirectedEdgeWithKey('cb', 'c', 'b', { kind: 'spinoff' });
  g.addUndirectedEdgeWithKey('ac', 'a', 'c', {});
  return g;
}

describe('graph index', () => {
  it('numbers nodes and ties in the graph order, with their ends, degrees and both-way adjacency', () => {
    const g = sample();
    const index = buildGraphIndex(g);
    expect(index.nodes).toEqual(g.nodes());
    expect(index.edges).toEqual(g.edges());
    g.forEachEdge((e, _a, s, t) => {
      const k = index.edgeIndex.get(e)!;
      expect(index.nodes[index.source[k]!]).toBe(s);
      expect(index.nodes[index.target[k]!]).toBe(t);
    });
    g.forEachNode((n) => {
      const i = index.nodeIndex.get(n)!;
      expect(index.degree[i]).toBe(g.degree(n));
      const around: string[] = [];
      for (let p = index.adjacencyStart[i]!; p < index.adjacencyStart[i + 1]!; p++) around.push(`${index.edges[index.adjacentEdge[p]!]}>${index.nodes[index.adjacentNode[p]!]}`);
      const expected = g.edges(n).map((e) => `${e}>${g.opposite(n, e)}`);
      expect(around.sort()).toEqual(expected.sort());
    });
  });

  it('is kept until the structure changes, then rebuilt', () => {
    const g = sample();
    const first = graphIndex(g);
    expect(graphIndex(g)).toBe(first);
    const v = structureVersion(g);
    g.setNodeAttribute('a', 'label', 'Renamed');
    expect(graphIndex(g)).toBe(first);
    g.addNode('e', { label: 'E' });
    expect(structureVersion(g)).toBe(v + 1);
    const second = graphIndex(g);
    expect(second).not.toBe(first);
    expect(second.nodes).toContain('e');
    g.dropEdge('ab');
    expect(graphIndex(g).edges).not.toContain('ab');
  });
});
