import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { kindsHolding, tieMatrices } from '../../../src/metrics/significance/tie-matrices.js';
import type { EcoGraph } from '../../../src/model/types.js';

function ecosystem(): EcoGraph {
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true }) as unknown as EcoGraph;
  g.addNode('inv', { label: 'Fund', kind: 'investor' });
  g.addNode('f1', { label: 'F1', kind: 'firm' });
  g.addNode('f2', { label: 'F2', kind: 'firm' });
  g.addNode('uni', { label: 'U', kind: 'university' });
  g.addNode('p', { label: 'P', kind: 'person' });
  g.addDirectedEdgeWithKey('i1', 'inv', 'f1', { kind: 'investment' });
  g.addDirectedEdgeWithKey('i2', 'inv', 'f1', { kind: 'investment' });
  g.addUndirectedEdgeWithKey('c1', 'f1', 'f2', { kind: 'collaboration' });
  g.addUndirectedEdgeWithKey('c2', 'f2', 'uni', { kind: 'collaboration' });
  g.addUndirectedEdgeWithKey('c3', 'p', 'f2', { kind: 'collaboration' });
  g.addUndirectedEdgeWithKey('c4', 'f1', 'f1', { kind: 'collaboration' });
  g.addDirectedEdgeWithKey('s1', 'uni', 'f2', { kind: 'spinoff' });
  return g;
}

describe('tieMatrices', () => {
  it('keeps the nodes that can hold both kinds and symmetrises the undirected kind against a directed one', () => {
    const t = tieMatrices(ecosystem(), ['collaboration', 'investment']);
    // universities and people cannot hold investment ties
    expect(t.nodes).toEqual(['inv', 'f1', 'f2']);
    expect(new Set(t.nodeKinds)).toEqual(new Set(['investor', 'firm', 'anchor', 'government']));
    expect(t.mode).toBe('digraph');
    expect(t.symmetrised).toEqual(['collaboration']);
    expect(Array.from(t.matrices.collaboration!.cells)).toEqual([0, 0, 0, 0, 0, 1, 0, 1, 0]);
    // two parallel investments count once; the self-loop is left out
    expect(Array.from(t.matrices.investment!.cells)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(t.ties).toEqual({ collaboration: 1, investment: 1 });
  });
  it('runs in mode graph when every kind is undirected, and narrows to --node-kinds', () => {
    const t = tieMatrices(ecosystem(), ['collaboration', 'collaboration'], ['firm']);
    expect(t.mode).toBe('graph');
    expect(t.symmetrised).toEqual([]);
    expect(t.nodes).toEqual(['f1', 'f2']);
  });
  it('refuses kinds no node kind can hold together', () => {
    expect(() => tieMatrices(ecosystem(), ['investment', 'mentorship'], ['investor'])).toThrow(/no node kind can hold/);
    expect(kindsHolding('founded').has('person')).toBe(true);
  });
});
