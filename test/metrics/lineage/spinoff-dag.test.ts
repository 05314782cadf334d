/** The spin-off DAG: children and parents by index, merged parallel ties, roots, topological order, rooted sub-DAGs. */
import { describe, expect, it } from 'vitest';
import {
  SpinoffCycleError,
  buildSpinoffDag,
  lineageRoots,
  requireNode,
  rootedSubDag,
  topologicalOrder,
  type SpinoffDag,
} from '../../../src/metrics/lineage/spinoff-dag.js';
import { spinoffGraph } from './helpers.js';

/**
 * u → a → c → d and u → b → c (a diamond under u), a → d (a shortcut: d is still at generation 3,
 * by the longest path), and a second tree r → x. f has no spin-off ties; the collaboration tie
 * u – b is not a spin-off.
 */
function sample() {
  const g = spinoffGraph(
    [
      ['u', 'university'],
      ['a', 'firm'],
      ['b', 'firm'],
      ['c', 'firm'],
      ['d', 'firm'],
      ['f', 'firm'],
      ['r', 'anchor'],
      ['x', 'firm'],
    ],
    [
      ['u', 'a'],
      ['u', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'd'],
      ['a', 'd'],
      ['r', 'x'],
    ],
  );
  g.addUndirectedEdgeWithKey('k', 'u', 'b', { kind: 'collaboration', sources: ['t'] });
  return g;
}

const names = (dag: SpinoffDag, list: readonly number[]) => list.map((i) => dag.ids[i]);

describe('buildSpinoffDag', () => {
  it('indexes every node in graph order and lists distinct children and parents', () => {
    const dag = buildSpinoffDag(sample());
    expect(dag.ids).toEqual(['u', 'a', 'b', 'c', 'd', 'f', 'r', 'x']);
    expect(dag.index.get('d')).toBe(4);
    expect(names(dag, dag.children[requireNode(dag, 'u')]!)).toEqual(['a', 'b']);
    expect(names(dag, dag.children[requireNode(dag, 'a')]!).sort()).toEqual(['c', 'd']);
    expect(names(dag, dag.parents[requireNode(dag, 'c')]!).sort()).toEqual(['a', 'b']);
    expect(dag.children[requireNode(dag, 'f')]).toEqual([]);
    expect(dag.parents[requireNode(dag, 'u')]).toEqual([]);
  });

  it('reads only spin-off ties', () => {
    const dag = buildSpinoffDag(sample());
    expect(names(dag, dag.parents[requireNode(dag, 'b')]!)).toEqual(['u']);
  });

  it('merges parallel spin-off ties into one link keeping the strongest confidence', () => {
    const g = spinoffGraph(
      [
        ['p', 'anchor'],
        ['q', 'firm'],
        ['s', 'firm'],
      ],
      [
        ['p', 'q', { confidence: 'inferred' }],
        ['p', 'q', { confidence: 'sourced' }],
        ['p', 'q', { confidence: 'illustrative' }],
        ['p', 's'],
      ],
    );
    const dag = buildSpinoffDag(g);
    expect(names(dag, dag.children[0]!)).toEqual(['q', 's']);
    expect(dag.parents[1]).toEqual([0]);
    expect(dag.parentConfidence[1]).toEqual(['sourced']);
    expect(dag.parentConfidence[2]).toEqual([null]);
  });

  it('refuses a cycle, naming it', () => {
    const g = spinoffGraph(
      [
        ['a', 'firm'],
        ['b', 'firm'],
      ],
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
    );
    expect(() => buildSpinoffDag(g)).toThrow(SpinoffCycleError);
    expect(() => buildSpinoffDag(g)).toThrow(/spin-off ties form a cycle: (a → b → a|b → a → b); lineage needs an acyclic spin-off graph/);
  });

  it('refuses a spin-off self-loop', () => {
    const g = spinoffGraph([['a', 'firm']], [['a', 'a']]);
    expect(() => buildSpinoffDag(g)).toThrow(SpinoffCycleError);
  });
});

describe('SpinoffCycleError', () => {
  it('names the cycle, closing it on its first node, and counts the others', () => {
    const one = new SpinoffCycleError(['a', 'b', 'c'], 1);
    expect(one.message).toBe('spin-off ties form a cycle: a → b → c → a; lineage needs an acyclic spin-off graph');
    expect(one.cycle).toEqual(['a', 'b', 'c']);
    expect(one.name).toBe('SpinoffCycleError');
    expect(new SpinoffCycleError(['a', 'b'], 2).message).toContain('(and 1 more cycle)');
    expect(new SpinoffCycleError(['a', 'b'], 4).message).toContain('(and 3 more cycles)');
  });
});

describe('topologicalOrder', () => {
  it('puts every parent before its children', () => {
    const dag = buildSpinoffDag(sample());
    const order = topologicalOrder(dag);
    expect(order.length).toBe(dag.ids.length);
    const at = new Map(order.map((v, i) => [v, i]));
    for (let v = 0; v < dag.ids.length; v++) for (const c of dag.children[v]!) expect(at.get(v)!).toBeLessThan(at.get(c)!);
  });

  it('is shorter than the node count when links form a cycle', () => {
    expect(topologicalOrder({ children: [[1], [0], []], parents: [[1], [0], []] })).toEqual([2]);
  });
});

describe('requireNode and lineageRoots', () => {
  it('requireNode gives the index, or an error naming the missing id', () => {
    const dag = buildSpinoffDag(sample());
    expect(requireNode(dag, 'x')).toBe(7);
    expect(() => requireNode(dag, 'nobody')).toThrow('no node "nobody" in the graph');
  });

  it('roots are nodes with children and no parent, in graph order (a node without ties is none)', () => {
    const dag = buildSpinoffDag(sample());
    expect(names(dag, lineageRoots(dag))).toEqual(['u', 'r']);
  });
});

describe('rootedSubDag', () => {
  it('lists the root and its descendants in topological order, with longest-path generations', () => {
    const dag = buildSpinoffDag(sample());
    const sub = rootedSubDag(dag, requireNode(dag, 'u'));
    expect(sub.root).toBe(0);
    expect(names(dag, sub.order)[0]).toBe('u');
    expect(names(dag, sub.order).sort()).toEqual(['a', 'b', 'c', 'd', 'u']);
    const generationOf = (id: string) => sub.generation[sub.position.get(requireNode(dag, id))!];
    // d: u → a → c → d (3) beats u → a → d (2)
    expect(['u', 'a', 'b', 'c', 'd'].map(generationOf)).toEqual([0, 1, 1, 2, 3]);
    for (let i = 0; i < sub.order.length; i++) expect(sub.position.get(sub.order[i]!)).toBe(i);
  });

  it('is the root alone for a node without children', () => {
    const dag = buildSpinoffDag(sample());
    const sub = rootedSubDag(dag, requireNode(dag, 'x'));
    expect(names(dag, sub.order)).toEqual(['x']);
    expect([...sub.generation]).toEqual([0]);
  });

  it('walks a long chain without recursion', () => {
    const n = 50_000;
    const nodes = Array.from({ length: n }, (_, i) => [`n${i}`, i === 0 ? 'anchor' : 'firm'] as [string, 'anchor' | 'firm']);
    const ties = Array.from({ length: n - 1 }, (_, i) => [`n${i}`, `n${i + 1}`] as [string, string]);
    const dag = buildSpinoffDag(spinoffGraph(nodes, ties));
    const sub = rootedSubDag(dag, 0);
    expect(sub.order.length).toBe(n);
    expect(sub.generation[n - 1]).toBe(n - 1);
  });
});
