/** Spin-off types in analyses: parsing --types, the per-type tally, the filtered copy and the report sentence. */
import { describe, expect, it } from 'vitest';
import { lineageSummary } from '../../../src/metrics/lineage/summary.js';
import { keepSpinoffTypes, parseSpinoffTypes, spinoffTypeReport, spinoffTypesSentence } from '../../../src/metrics/lineage/spinoff-types.js';
import { spinoffGraph } from './helpers.js';

/**
 * u → a (academic) → b (employee) → c (subsidiary); u → d (untyped); a → e (employee); and one
 * collaboration tie that no filter may touch.
 */
function typedTree() {
  const graph = spinoffGraph(
    [['u', 'university'], ['a', 'firm'], ['b', 'firm'], ['c', 'firm'], ['d', 'firm'], ['e', 'firm']],
    [
      ['u', 'a', { type: 'academic' }],
      ['a', 'b', { type: 'employee' }],
      ['b', 'c', { type: 'subsidiary' }],
      ['u', 'd'],
      ['a', 'e', { type: 'employee' }],
    ],
  );
  graph.addUndirectedEdgeWithKey('k', 'u', 'c', { kind: 'collaboration', sources: ['test'] });
  return graph;
}

describe('parseSpinoffTypes', () => {
  it('reads a comma-separated list in the canonical order, ignoring spaces, case and repeats', () => {
    expect(parseSpinoffTypes('academic, Employee,academic')).toEqual(['employee', 'academic']);
    expect(parseSpinoffTypes('joint-venture,carve-out')).toEqual(['carve-out', 'joint-venture']);
  });
  it('names every unknown value and the allowed ones; refuses an empty list', () => {
    expect(() => parseSpinoffTypes('employee,spinout,startup')).toThrow(
      'unknown spin-off types "spinout", "startup": use some of employee, academic, carve-out, subsidiary, joint-venture',
    );
    expect(() => parseSpinoffTypes(' , ')).toThrow(/no spin-off type given/);
  });
});

describe('spinoffTypeReport', () => {
  it('tallies every spin-off tie by type, untyped ones apart, and counts what a filter keeps', () => {
    const graph = typedTree();
    expect(spinoffTypeReport(graph)).toEqual({
      counted: 'all',
      ties: { employee: 2, academic: 1, 'carve-out': 0, subsidiary: 1, 'joint-venture': 0, untyped: 1 },
      countedTies: 5,
      totalTies: 5,
    });
    const both = spinoffTypeReport(graph, ['academic', 'employee']);
    expect(both.counted).toEqual(['employee', 'academic']);
    expect(both.countedTies).toBe(3);
    expect(both.totalTies).toBe(5);
  });
});

describe('keepSpinoffTypes', () => {
  it('drops spin-off ties of other types and untyped ones, keeps every node and other tie, and leaves the input alone', () => {
    const graph = typedTree();
    const kept = keepSpinoffTypes(graph, ['employee', 'academic']);
    expect(kept.order).toBe(graph.order);
    expect(kept.hasEdge('k')).toBe(true);
    expect(kept.edges().filter((e) => kept.getEdgeAttribute(e, 'kind') === 'spinoff').sort()).toEqual(['s0', 's1', 's4']);
    expect(graph.size).toBe(6);
    // The tree below u: u → a → b, a → e (c and d are cut off): 2 generations, 3 descendants.
    const root = lineageSummary(kept, { roots: ['u'] }).roots[0]!;
    expect([root.generations, root.descendants]).toEqual([2, 3]);
    const employeeOnly = lineageSummary(keepSpinoffTypes(graph, ['employee'])).roots.map((r) => [r.root, r.generations, r.descendants]);
    expect(employeeOnly).toEqual([['a', 1, 2]]);
  });
});

describe('spinoffTypesSentence', () => {
  it('says which types were counted, how many ties, and what the graph has', () => {
    const graph = typedTree();
    expect(spinoffTypesSentence(spinoffTypeReport(graph))).toBe(
      'Spin-off ties counted: all types (5; in the graph: employee 2, academic 1, subsidiary 1, untyped 1).',
    );
    expect(spinoffTypesSentence(spinoffTypeReport(graph, ['employee', 'academic']))).toBe(
      'Spin-off ties counted: employee, academic (3 of 5; in the graph: employee 2, academic 1, subsidiary 1, untyped 1).',
    );
    expect(spinoffTypesSentence(spinoffTypeReport(spinoffGraph([['x', 'firm']], []), ['employee']))).toBe(
      'Spin-off ties counted: employee (0 of 0; none in the graph).',
    );
  });
});
