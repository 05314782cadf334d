import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { nodeGroups, parseGroup } from '../../../src/metrics/significance/node-groups.js';
import type { EcoGraph } from '../../../src/model/types.js';

function ecosystem(): EcoGraph {
  const g = new MultiGraph({ type: 'mixed' }) as unknown as EcoGraph;
  g.addNode('uni', { label: 'U', kind: 'university' });
  g.addNode('big', { label: 'B', kind: 'anchor', sector: 'pharma' });
  g.addNode('a', { label: 'A', kind: 'firm', sector: 'bio', sources: ['x', 'y'] });
  g.addNode('b', { label: 'B', kind: 'firm', sector: 'it' });
  g.addNode('c', { label: 'C', kind: 'firm' });
  g.addDirectedEdgeWithKey('s1', 'uni', 'a', { kind: 'spinoff' });
  g.addDirectedEdgeWithKey('s2', 'big', 'b', { kind: 'spinoff' });
  return g;
}

describe('parseGroup', () => {
  it('reads ATTR=VALUE and ATTR=A|B', () => {
    expect(parseGroup('spinoff-parent=university')).toEqual({ attribute: 'spinoff-parent', values: ['university'] });
    expect(parseGroup('sector=bio|it')).toEqual({ attribute: 'sector', values: ['bio', 'it'] });
    expect(() => parseGroup('sector')).toThrow(/ATTR=VALUE/);
    expect(() => parseGroup('=x')).toThrow(/ATTR=VALUE/);
  });
});

describe('nodeGroups', () => {
  const g = ecosystem();
  const nodes = g.nodes();
  it('derives university spin-offs and compares them with the other nodes of their kind', () => {
    const r = nodeGroups(g, nodes, parseGroup('spinoff-parent=university'));
    expect(r.comparedKinds).toEqual(['firm']);
    expect(Array.from(r.labels)).toEqual([-1, -1, 1, 0, 0]);
  });
  it('matches attributes (lists by membership) and takes the compared kinds given', () => {
    expect(Array.from(nodeGroups(g, nodes, parseGroup('sector=bio|pharma')).labels)).toEqual([-1, 1, 1, 0, 0]);
    expect(Array.from(nodeGroups(g, nodes, parseGroup('sources=y'), ['firm', 'university']).labels)).toEqual([0, -1, 1, 0, 0]);
  });
  it('refuses an attribute no node has, or a group with no node', () => {
    expect(() => nodeGroups(g, nodes, parseGroup('colour=red'))).toThrow(/no node has the attribute "colour"/);
    expect(() => nodeGroups(g, nodes, parseGroup('sector=none'))).toThrow(/no node matches sector=none/);
  });
});
