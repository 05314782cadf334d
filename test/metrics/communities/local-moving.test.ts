/**
 * The pieces Louvain and Leiden share, checked by hand on two triangles a-b-c and x-y-z joined by
 * the bridge c–x (7 ties, 2m = 14): modularity of the split 2 × (3/7 − (7/14)²) = 5/14, CPM quality
 * at γ = 0.5 of the split 2 × (3 − 0.5 · 3) = 3.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_RESTARTS,
  WORK_BUDGET_ARCS,
  aggregate,
  baseLevel,
  communityCount,
  communityTotals,
  compact,
  cpmOfLabels,
  defaultRestarts,
  groupDigits,
  identity,
  massOf,
  modularityOfLabels,
  penaltyScale,
  qualityOfLabels,
  renumberAndScore,
  renumberBySize,
  shuffle,
  visitingOrder,
} from '../../../src/metrics/communities/local-moving.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { buildView } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { createRng } from '../../../src/model/random.js';

function twoTriangles() {
  const g = createEcoGraph();
  for (const n of ['a', 'b', 'c', 'x', 'y', 'z']) g.addNode(n, { label: n });
  const ties: Array<[string, string]> = [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y'], ['y', 'z'], ['x', 'z'], ['c', 'x']];
  for (const [s, t] of ties) g.addUndirectedEdge(s, t);
  return indexGraph(buildView(g).graph);
}

describe('the shared pieces of local moving', () => {
  const g = twoTriangles();
  const index = (id: string) => g.nodes.indexOf(id);
  const split = Int32Array.from(g.nodes, (id) => (['a', 'b', 'c'].includes(id) ? 0 : 1));

  it('the base level: one node per view node, strengths = degrees, total 2m', () => {
    const { level, total } = baseLevel(g);
    expect(total).toBe(14);
    expect(level.strength[index('c')]).toBe(3);
    expect(level.strength[index('a')]).toBe(2);
    expect([...level.size]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(massOf(level, 'modularity')).toBe(level.strength);
    expect(massOf(level, 'cpm')).toBe(level.size);
    expect(penaltyScale('modularity', 1, 14)).toBe(1 / 14);
    expect(penaltyScale('cpm', 0.5, 14)).toBe(0.5);
  });

  it('aggregation keeps the weight inside a community as its self-loop and between them as one tie', () => {
    const { level } = baseLevel(g);
    const next = aggregate(level, split);
    // inside each triangle: 3 ties counted from both ends = 6; the bridge once each way
    expect([...next.self]).toEqual([6, 6]);
    expect([...next.strength]).toEqual([7, 7]);
    expect([...next.size]).toEqual([3, 3]);
    expect([...next.start]).toEqual([0, 1, 2]);
    expect([...next.neighbour]).toEqual([1, 0]);
    expect([...next.weight]).toEqual([1, 1]);
  });

  it('aggregation of communities whose members are scattered: rows in order of first meeting, weights added, ties inside as self-weight', () => {
    const { level } = baseLevel(g);
    // {a, c}, {b, x}, {y, z}: a–c and y–z inside; a–b, b–c, c–x between the first two; x–y, x–z between the last two
    const of: Record<string, number> = { a: 0, c: 0, b: 1, x: 1, y: 2, z: 2 };
    const partition = Int32Array.from(g.nodes, (id) => of[id]!);
    expect(communityCount(partition)).toBe(3);
    expect([...communityTotals(partition, level.strength, 3)]).toEqual([5, 5, 4]);
    const next = aggregate(level, partition);
    expect([...next.self]).toEqual([2, 0, 2]);
    expect([...next.strength]).toEqual([5, 5, 4]);
    expect([...next.size]).toEqual([2, 2, 2]);
    expect([...next.start]).toEqual([0, 1, 3, 4]);
    // {b, x} meets {a, c} first (through b), then {y, z} (through x)
    expect([...next.neighbour]).toEqual([1, 0, 2, 1]);
    expect([...next.weight]).toEqual([3, 3, 2, 2]);
    // a second aggregation of the weighted level: everything in one node, all weight inside
    const top = aggregate(next, new Int32Array(3));
    expect([...top.self]).toEqual([14]);
    expect([...top.strength]).toEqual([14]);
    expect([...top.size]).toEqual([6]);
    expect([...top.start]).toEqual([0, 0]);
    expect(top.neighbour.length).toBe(0);
  });

  it('modularity and CPM of a partition, by hand', () => {
    expect(modularityOfLabels(g, split, 2, 1)).toBeCloseTo(5 / 14, 15);
    expect(qualityOfLabels(g, split, 2, 'modularity', 1)).toBe(modularityOfLabels(g, split, 2, 1));
    // everything in one community: 1 − 1 = 0
    expect(modularityOfLabels(g, new Int32Array(6), 1, 1)).toBe(0);
    expect(cpmOfLabels(g, split, 2, 0.5)).toBe(3);
    expect(qualityOfLabels(g, split, 2, 'cpm', 0.5)).toBe(3);
  });

  it('renumbering: first appearance (compact), or decreasing size with ties by first appearance', () => {
    // community ids are node indices (below n), as local moving makes them
    const labels = Int32Array.of(5, 5, 2, 4, 2, 2);
    expect(compact(labels)).toBe(3);
    expect([...labels]).toEqual([0, 0, 1, 2, 1, 1]);
    const bySize = renumberBySize(Int32Array.of(4, 4, 7, 1, 7, 7));
    expect(bySize.count).toBe(3);
    expect([...bySize.community]).toEqual([1, 1, 0, 2, 0, 0]);
  });

  it('renumbering and scoring in one pass gives the numbers renumberBySize and qualityOfLabels give, to the bit', () => {
    // a partition numbered out of order: {a, c} as 5, {b, x} as 2, {y, z} as 0
    const of: Record<string, number> = { a: 5, c: 5, b: 2, x: 2, y: 0, z: 0 };
    const raw = Int32Array.from(g.nodes, (id) => of[id]!);
    const { community, count } = renumberBySize(raw);
    for (const [objective, resolution] of [['modularity', 1], ['modularity', 0.37], ['cpm', 0.5]] as const) {
      const scored = renumberAndScore(g, raw, objective, resolution);
      expect([...scored.community]).toEqual([...community]);
      expect(scored.count).toBe(count);
      expect(scored.quality).toBe(qualityOfLabels(g, community, count, objective, resolution));
    }
    expect(renumberAndScore(g, split, 'modularity', 1).quality).toBe(modularityOfLabels(g, split, 2, 1));
  });

  it('seeded orders: identity, and a shuffle that is a permutation and repeats with the seed', () => {
    expect([...identity(4)]).toEqual([0, 1, 2, 3]);
    // copies of one table of ascending numbers that grows: each call returns a new array of its own
    const small = identity(3);
    small[0] = 9;
    expect([...identity(2)]).toEqual([0, 1]);
    expect([...identity(11)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(identity(0).length).toBe(0);
    const a = identity(50);
    const b = identity(50);
    shuffle(a, createRng(3));
    shuffle(b, createRng(3));
    expect([...a]).toEqual([...b]);
    expect([...a].sort((x, y) => x - y)).toEqual([...identity(50)]);
    expect([...a]).not.toEqual([...identity(50)]);
  });

  it('restarts follow the work budget: 16 on small views, fewer as they grow, one from half the budget on', () => {
    expect(MAX_RESTARTS).toBe(16);
    expect(WORK_BUDGET_ARCS).toBe(1_000_000);
    expect(defaultRestarts(156)).toBe(16);
    expect(defaultRestarts(62_500)).toBe(16);
    expect(defaultRestarts(62_501)).toBe(15);
    expect(defaultRestarts(400_000)).toBe(2);
    expect(defaultRestarts(500_001)).toBe(1);
    expect(defaultRestarts(5_000_000)).toBe(1);
    expect(defaultRestarts(0)).toBe(16);
    expect(defaultRestarts(5_000_000, 8)).toBe(8);
  });

  it('groupDigits writes integers as toLocaleString("en") does', () => {
    for (const value of [0, 7, 999, 1_000, 12_345, 487_732, 1_000_000, 1_955_233_001]) expect(groupDigits(value)).toBe(value.toLocaleString('en'));
  });

  it('visitingOrder is a seeded permutation: plain random on small levels, shuffled runs of consecutive nodes on large ones', () => {
    for (const n of [0, 1, 34, 4_095, 8_192, 100_003, 200_000]) {
      const order = visitingOrder(n, createRng(5));
      expect(order.length).toBe(n);
      expect([...order].sort((a, b) => a - b)).toEqual([...identity(n)]);
      expect([...visitingOrder(n, createRng(5))]).toEqual([...order]);
    }
    // 100,003 nodes: blocks of min(32, ⌊100,003 / 4096⌋) = 24 consecutive nodes, the last one shorter
    const order = visitingOrder(100_003, createRng(9));
    let runs = 0;
    for (let p = 0; p < order.length; p++) if (p === 0 || order[p] !== order[p - 1]! + 1) runs++;
    expect(runs).toBeLessThanOrEqual(Math.ceil(100_003 / 24));
    expect(runs).toBeGreaterThan(Math.ceil(100_003 / 24) / 2);
    expect(order[0]! % 24).toBe(0);
  });
});
