import { describe, expect, it } from 'vitest';
import { GRAPH_STATISTICS, graphStatistic, weakComponentSizes } from '../../../src/metrics/significance/graph-statistics.js';
import { simpleGraph } from '../../../src/metrics/significance/simple-graph.js';

const value = (id: string, g: ReturnType<typeof simpleGraph>) => graphStatistic(id)!.compute(g);

// a triangle 0-1-2 with a pendant 3 on node 2, and an isolated node 4
const kite = simpleGraph(5, [[0, 1], [1, 2], [0, 2], [2, 3]]);

describe('graph statistics, checked by hand', () => {
  it('density and mean degree', () => {
    expect(value('density', kite)).toBe(4 / 10);
    expect(value('meanDegree', kite)).toBe(8 / 5);
    const arcs = simpleGraph(3, [[0, 1], [1, 0], [1, 2]], true);
    expect(value('density', arcs)).toBe(3 / 6);
    expect(value('meanDegree', arcs)).toBe(1);
    expect(value('density', simpleGraph(1, []))).toBe(0);
  });
  it('weak components and the largest share', () => {
    expect(weakComponentSizes(kite)).toEqual([4, 1]);
    expect(value('components', kite)).toBe(2);
    expect(value('largestComponentShare', kite)).toBe(4 / 5);
    expect(value('components', simpleGraph(3, [[2, 0]], true))).toBe(2);
  });
  it('transitivity and average clustering (NetworkX: 0.6 and mean of 1, 1, 1/3, 0, 0)', () => {
    expect(value('transitivity', kite)).toBeCloseTo(0.6, 15);
    expect(value('averageClustering', kite)).toBeCloseTo((1 + 1 + 1 / 3) / 5, 15);
    expect(value('transitivity', simpleGraph(3, [[0, 1]]))).toBe(0);
  });
  it('Freeman degree centralization: 1 for an undirected star, 0.5 for a directed out-star (sna)', () => {
    const star = simpleGraph(5, [[0, 1], [0, 2], [0, 3], [0, 4]]);
    expect(value('degreeCentralization', star)).toBe(1);
    const outStar = simpleGraph(5, [[0, 1], [0, 2], [0, 3], [0, 4]], true);
    expect(value('degreeCentralization', outStar)).toBe(0.5);
    expect(value('degreeCentralization', simpleGraph(2, [[0, 1]]))).toBe(0);
  });
  it('declares each statistic once with a definition and a reference', () => {
    const ids = GRAPH_STATISTICS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of GRAPH_STATISTICS) expect(s.definition.length > 10 && s.reference.length > 5).toBe(true);
    expect(graphStatistic('nope')).toBeUndefined();
  });
});
