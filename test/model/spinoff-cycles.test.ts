/** Spin-off cycles: one concrete cycle per strongly connected set of spin-off ties, other kinds ignored. */
import { describe, expect, it } from 'vitest';
import { createEcoGraph } from '../../src/model/graph.js';
import { findSpinoffCycles } from '../../src/model/spinoff-cycles.js';
import type { EcoGraph } from '../../src/model/types.js';

function graph(ties: [string, string, string?][]): EcoGraph {
  const g = createEcoGraph();
  for (const [s, t, kind = 'spinoff'] of ties) {
    g.mergeNode(s, { label: s });
    g.mergeNode(t, { label: t });
    g.addDirectedEdgeWithKey(`${s}->${t}:${kind}`, s, t, { kind: kind as 'spinoff' });
  }
  return g;
}

/** A cycle is well formed when each edge goes from one node to the next and the last returns to the first. */
function expectClosed(g: EcoGraph, cycle: { nodes: string[]; edges: string[] }): void {
  expect(cycle.edges).toHaveLength(cycle.nodes.length);
  cycle.edges.forEach((e, i) => {
    expect(g.source(e)).toBe(cycle.nodes[i]);
    expect(g.target(e)).toBe(cycle.nodes[(i + 1) % cycle.nodes.length]);
    expect(g.getEdgeAttribute(e, 'kind')).toBe('spinoff');
  });
}

describe('findSpinoffCycles', () => {
  it('finds none in a forest of spin-offs', () => {
    expect(findSpinoffCycles(graph([['a', 'b'], ['a', 'c'], ['c', 'd'], ['x', 'd']]))).toEqual([]);
  });

  it('names the nodes and edges of a cycle, in order', () => {
    const g = graph([['root', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'a']]);
    const cycles = findSpinoffCycles(g);
    expect(cycles).toHaveLength(1);
    expect([...cycles[0]!.nodes].sort()).toEqual(['a', 'b', 'c']);
    expectClosed(g, cycles[0]!);
  });

  it('finds one cycle per separate looping set, and a firm spun off from itself', () => {
    const g = graph([['a', 'b'], ['b', 'a'], ['x', 'y'], ['y', 'z'], ['z', 'x'], ['s', 's']]);
    const cycles = findSpinoffCycles(g);
    expect(cycles.map((c) => [...c.nodes].sort().join(',')).sort()).toEqual(['a,b', 's', 'x,y,z']);
    for (const c of cycles) expectClosed(g, c);
  });

  it('ignores loops made of other kinds of ties', () => {
    expect(findSpinoffCycles(graph([['a', 'b'], ['b', 'a', 'investment']]))).toEqual([]);
  });
});
