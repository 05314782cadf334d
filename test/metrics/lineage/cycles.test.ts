/**
 * Spin-off cycles: validation (src/model/spinoff-cycles.ts via buildGraph) names the cycle, and the
 * lineage functions refuse graphs built around validation.
 */
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src/io/formats.js';
import { findSpinoffCycles } from '../../../src/model/spinoff-cycles.js';
import { SpinoffCycleError, buildSpinoffDag, inferSpinoffsFromCareers, lineageSummary, lineageTree } from '../../../src/metrics/lineage/index.js';
import { spinoffGraph } from './helpers.js';

function nativeJson(nodes: [string, string][], spinoffs: [string, string][]): string {
  return JSON.stringify(
    {
      attributes: { format: 'ecograph@1' },
      nodes: nodes.map(([key, kind]) => ({ key, attributes: { kind, sources: ['t'] } })),
      edges: spinoffs.map(([source, target], i) => ({ key: `s${i}`, source, target, attributes: { kind: 'spinoff', sources: ['t'] } })),
    },
    null,
    1,
  );
}

const cycleErrors = (text: string) =>
  parseGraph({ format: 'json', file: { file: 'g.json', text } }).problems.filter((p) => p.code === 'spinoff-cycle');

describe('validation', () => {
  it('names a three-firm cycle, starting from its first id, with a line number', () => {
    const text = nativeJson(
      [
        ['root', 'anchor'],
        ['c', 'firm'],
        ['a', 'firm'],
        ['b', 'firm'],
      ],
      [
        ['root', 'c'],
        ['c', 'a'],
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    const errors = cycleErrors(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', file: 'g.json', message: 'spin-off cycle: a → b → c → a' });
    expect(errors[0]!.line).toBeGreaterThan(1);
  });

  it('reports a self-loop and two separate cycles, one error each', () => {
    const text = nativeJson(
      [
        ['s', 'firm'],
        ['p', 'firm'],
        ['q', 'firm'],
        ['x', 'firm'],
        ['y', 'anchor'],
      ],
      [
        ['s', 's'],
        ['p', 'q'],
        ['q', 'p'],
        ['x', 'y'],
        ['y', 'x'],
      ],
    );
    expect(cycleErrors(text).map((p) => p.message).sort()).toEqual([
      'spin-off cycle: p → q → p',
      'spin-off cycle: s → s',
      'spin-off cycle: x → y → x',
    ]);
  });

  it('names a concrete cycle inside a larger strongly connected set', () => {
    // a → b → c → a and b → d → a: one component, one cycle named through "a"
    const g = spinoffGraph(
      [
        ['a', 'firm'],
        ['b', 'firm'],
        ['c', 'firm'],
        ['d', 'firm'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['b', 'd'],
        ['d', 'a'],
      ],
    );
    const cycles = findSpinoffCycles(g);
    expect(cycles).toHaveLength(1);
    const { nodes, edges } = cycles[0]!;
    expect(nodes[0]).toBe('a');
    // every consecutive pair (and the closing one) is a real spin-off edge of the cycle
    nodes.forEach((n, i) => {
      const next = nodes[(i + 1) % nodes.length]!;
      expect(g.source(edges[i]!)).toBe(n);
      expect(g.target(edges[i]!)).toBe(next);
    });
  });

  it('accepts a DAG with a multi-parent firm (no false cycle) and ignores non-spin-off loops', () => {
    const g = spinoffGraph(
      [
        ['a', 'anchor'],
        ['b', 'firm'],
        ['c', 'firm'],
        ['d', 'firm'],
      ],
      [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'd'],
        ['c', 'd'],
      ],
    );
    g.addDirectedEdge('d', 'a', { kind: 'investment' });
    expect(findSpinoffCycles(g)).toEqual([]);
    expect(() => buildSpinoffDag(g)).not.toThrow();
  });
});

describe('lineage refuses cyclic spin-off ties', () => {
  const g = spinoffGraph(
    [
      ['root', 'anchor'],
      ['m', 'firm'],
      ['n', 'firm'],
    ],
    [
      ['root', 'm'],
      ['m', 'n'],
      ['n', 'm'],
    ],
  );

  it('throws a SpinoffCycleError naming the cycle from every entry point', () => {
    for (const call of [() => buildSpinoffDag(g), () => lineageSummary(g), () => lineageTree(g, 'root'), () => inferSpinoffsFromCareers(g)]) {
      expect(call).toThrow(SpinoffCycleError);
      expect(call).toThrow('spin-off ties form a cycle: m → n → m');
    }
  });

  it('catches a spin-off self-loop', () => {
    const self = spinoffGraph([['s', 'firm']], [['s', 's']]);
    expect(() => lineageSummary(self)).toThrow('cycle: s → s');
  });
});
