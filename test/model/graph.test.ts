/** Ecosystem graphs: mixed, multi, self-loops allowed, stamped with the format id. */
import { describe, expect, it } from 'vitest';
import { GRAPH_OPTIONS, attributeNamesOf, createEcoGraph, isGiven } from '../../src/model/graph.js';
import { FORMAT_ID } from '../../src/model/schema.js';

describe('createEcoGraph', () => {
  it('holds directed and undirected, parallel and self-loop ties', () => {
    const g = createEcoGraph();
    expect(GRAPH_OPTIONS).toEqual({ type: 'mixed', multi: true, allowSelfLoops: true });
    expect([g.type, g.multi, g.allowSelfLoops]).toEqual(['mixed', true, true]);
    g.addNode('a', { label: 'A' });
    g.addNode('b', { label: 'B' });
    g.addDirectedEdge('a', 'b', { kind: 'spinoff' });
    g.addDirectedEdge('a', 'b', { kind: 'investment' });
    g.addUndirectedEdge('a', 'b', { kind: 'collaboration' });
    g.addUndirectedEdge('a', 'a', {});
    expect([g.directedSize, g.undirectedSize, g.selfLoopCount]).toEqual([2, 2, 1]);
  });

  it('keeps the attributes given and stamps the format id over any other', () => {
    const g = createEcoGraph({ name: 'Kyoto', region: 'Kansai', format: 'other@9' } as never);
    expect(g.getAttributes()).toEqual({ name: 'Kyoto', region: 'Kansai', format: FORMAT_ID });
    expect(createEcoGraph().getAttributes()).toEqual({ format: FORMAT_ID });
  });

  it('gives a new graph every call', () => {
    const a = createEcoGraph();
    a.addNode('x');
    expect(createEcoGraph().order).toBe(0);
  });
});

describe('attributeNamesOf', () => {
  it('lists the attributes some node and some edge has a value for, sorted', () => {
    const g = createEcoGraph();
    g.addNode('a', { label: 'A', kind: 'firm', tooltip: '' });
    g.addNode('b', { label: 'B', sector: 'bio' });
    g.addUndirectedEdge('a', 'b', { kind: 'collaboration', weight: 2, notes: null as unknown as string });
    expect(attributeNamesOf(g)).toEqual({ nodes: ['kind', 'label', 'sector'], edges: ['kind', 'weight'] });
    expect([isGiven(0), isGiven(false), isGiven(''), isGiven(null), isGiven(undefined)]).toEqual([true, true, false, false, false]);
  });
});
