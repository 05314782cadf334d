/**
 * The E-I index by its published formula on hand-checked graphs (NetworkX-side values on the
 * reference graphs: describe.test.ts), and the seeded permutation test against exact enumeration.
 */
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { eiIndex } from '../../../src/metrics/structure/ei-index.js';
import { smallView } from '../centrality/networkx-cases.js';

describe('E-I index by hand', () => {
  // groups x = {a, b, c}, y = {d, e}; ties a-b, b-c (internal), c-d (external), d-e (internal)
  const g = () => indexGraph(smallView(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]));
  const groups = ['x', 'x', 'x', 'y', 'y'];

  it('whole network: (E − I)/(E + I) = (1 − 3)/4', () => {
    const r = eiIndex(g(), groups, { draws: 0 });
    expect([r.internalTies, r.externalTies, r.observed]).toEqual([3, 1, -0.5]);
    expect(r.permutation).toBeNull();
  });

  it('expected value given group sizes: 10 pairs, 3 + 1 internal, 6 external → (6 − 4)/10', () => {
    expect(eiIndex(g(), groups, { draws: 0 }).expected).toBeCloseTo(0.2, 15);
  });

  it('rescaled: 4 ties can be all external (max +1) or at most 4 internal (min −1) → unchanged', () => {
    expect(eiIndex(g(), groups, { draws: 0 }).rescaled).toBeCloseTo(-0.5, 15);
  });

  it('rescaled in a dense graph: the complete graph has E-I equal to its own minimum and maximum → null', () => {
    const k4 = indexGraph(smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd']]));
    const r = eiIndex(k4, ['x', 'x', 'y', 'y'], { draws: 0 });
    expect(r.observed).toBeCloseTo((4 - 2) / 6, 15);
    expect(r.rescaled).toBeNull();
  });

  it('rescaled maps onto [−1, 1] between the possible extremes: 3 ties, 2 possible internal pairs', () => {
    // groups {a,b}, {c,d}: possible internal 2, external 4; 3 ties → E in [1, 3], E-I in [−1/3, 1]
    const path = indexGraph(smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]));
    const r = eiIndex(path, ['x', 'x', 'y', 'y'], { draws: 0 });
    expect(r.observed).toBeCloseTo(-1 / 3, 15); // E 1, I 2
    expect(r.rescaled).toBeCloseTo(-1, 15); // the least possible
  });

  it('group and node levels', () => {
    const r = eiIndex(g(), groups, { draws: 0 });
    expect(r.groups).toEqual([
      { value: 'x', nodes: 3, internalTies: 2, externalTies: 1, eiIndex: -1 / 3 },
      { value: 'y', nodes: 2, internalTies: 1, externalTies: 1, eiIndex: 0 },
    ]);
    expect([...r.nodes]).toEqual([-1, -1, 0, 0, -1]);
  });

  it('counts arcs on a directed view', () => {
    const d = indexGraph(smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['b', 'c']], { directed: true, directedTies: true }));
    const r = eiIndex(d, ['x', 'x', 'y'], { draws: 0 });
    expect([r.internalTies, r.externalTies]).toEqual([2, 1]);
    // 6 ordered pairs, 2 internal: (4 − 2)/6
    expect(r.expected).toBeCloseTo(1 / 3, 15);
  });

  it('permutation p-values match exact enumeration of the 10 labelings within Monte Carlo error', () => {
    // enumerate the placements of the 2 "y" labels among 5 nodes: E-I of each
    const graph = g();
    const values: number[] = [];
    for (let i = 0; i < 5; i++)
      for (let j = i + 1; j < 5; j++) {
        const labels = ['x', 'x', 'x', 'x', 'x'];
        labels[i] = labels[j] = 'y';
        values.push(eiIndex(graph, labels, { draws: 0 }).observed!);
      }
    const exactLess = values.filter((v) => v <= -0.5 + 1e-12).length / values.length;
    const draws = 20000;
    const r = eiIndex(graph, groups, { draws, seed: 11 });
    const estimate = (r.permutation!.lessOrEqual * (draws + 1) - 1) / draws;
    const sd = Math.sqrt((exactLess * (1 - exactLess)) / draws);
    expect(Math.abs(estimate - exactLess)).toBeLessThan(4 * sd);
    expect(eiIndex(graph, groups, { draws: 50, seed: 11 }).permutation).toEqual(eiIndex(graph, groups, { draws: 50, seed: 11 }).permutation);
  });
});
