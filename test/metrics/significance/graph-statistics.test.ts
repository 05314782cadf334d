import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { GRAPH_STATISTICS, graphStatistic, weakComponentSizes } from '../../../src/metrics/significance/graph-statistics.js';
import { simpleGraph, simpleGraphOfView } from '../../../src/metrics/significance/simple-graph.js';
import { describeGraph, groupValue } from '../../../src/metrics/structure/describe.js';
import { buildView } from '../../../src/metrics/view.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

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
    expect(value('centralization.degree', star)).toBe(1);
    const outStar = simpleGraph(5, [[0, 1], [0, 2], [0, 3], [0, 4]], true);
    expect(value('centralization.degree', outStar)).toBe(0.5);
    expect(value('centralization.degree', simpleGraph(2, [[0, 1]]))).toBe(0);
  });
  it('declares each statistic once with a definition and a reference', () => {
    const ids = GRAPH_STATISTICS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of GRAPH_STATISTICS) expect(s.definition.length > 10 && s.reference.length > 5).toBe(true);
    expect(graphStatistic('nope')).toBeUndefined();
  });
  it('accepts the former name degreeCentralization for centralization.degree', () => {
    expect(graphStatistic('degreeCentralization')!.id).toBe('centralization.degree');
  });
  it('reciprocity: the share of arcs whose reverse exists (sna grecip edgewise)', () => {
    expect(value('reciprocity', simpleGraph(3, [[0, 1], [1, 0], [1, 2]], true))).toBeCloseTo(2 / 3, 15);
    expect(value('reciprocity', simpleGraph(3, [], true))).toBeNaN();
  });
  it('path statistics of a path 0-1-2-3 plus an isolated node: on the component of four', () => {
    const path = simpleGraph(5, [[0, 1], [1, 2], [2, 3]]);
    // distances 1,2,3,1,2,1 each twice over 12 ordered pairs
    expect(value('averagePathLength', path)).toBeCloseTo(20 / 12, 15);
    expect(value('diameter', path)).toBe(3);
    // NetworkX-normalised betweenness over n = 5: nodes 1 and 2 each lie on 2 pairs → 2 · 2/(4 · 3) = 1/3;
    // Freeman: Σ(1/3 − b) over the other three nodes / (n − 1) = 1/4
    expect(value('centralization.betweenness', path)).toBeCloseTo(1 / 4, 15);
    expect(value('maxCore', path)).toBe(1);
    expect(value('averagePathLength', simpleGraph(3, []))).toBeNaN();
  });
  it('attribute statistics read the groups of the context, and need them', () => {
    const g = simpleGraph(4, [[0, 1], [1, 2], [2, 3]]);
    const groups = ['a', 'a', 'b', 'b'];
    expect(graphStatistic('eiIndex')!.compute(g, { groups })).toBeCloseTo((1 - 2) / 3, 15);
    expect(() => graphStatistic('eiIndex')!.compute(g)).toThrow(/--by/);
  });
});

describe('every cug statistic equals describe on the same view', () => {
  const cases = [
    { path: 'graphs/kyoto-life-science.json', directed: false },
    { path: 'graphs/hamamatsu-spinoffs.json', directed: false },
    { path: 'graphs/sapporo-valley.json', directed: true },
    { path: 'graphs/kobe-biomedical.json', directed: true },
  ];
  for (const c of cases) {
    it(`${c.path}${c.directed ? ' (directed)' : ''}`, async () => {
      const eco = await loadGraph(join(ROOT, c.path));
      const d = describeGraph(eco, { directed: c.directed, by: 'sphere', draws: 0 });
      const { graph, nodes } = simpleGraphOfView(buildView(eco, { directed: c.directed }).graph);
      const groups = nodes.map((id) => groupValue(eco.getNodeAttributes(id), 'sphere'));
      const s = d.statistics;
      const expected: Record<string, number | null> = {
        density: s.density,
        meanDegree: s.meanDegree,
        components: s.components,
        largestComponentShare: s.largestComponentShare,
        averagePathLength: s.averagePathLength,
        diameter: s.diameter,
        'centralization.degree': s.centralization.degree,
        'centralization.betweenness': s.centralization.betweenness,
        'centralization.closeness': s.centralization.closeness,
        degreeAssortativity: s.degreeAssortativity,
        attributeAssortativity: s.attributeAssortativity,
        eiIndex: s.eiIndex!.observed,
        maxCore: s.maxCore,
        ...(c.directed ? {} : { transitivity: s.transitivity, averageClustering: s.averageClustering }),
      };
      for (const [id, want] of Object.entries(expected)) {
        const got = graphStatistic(id)!.compute(graph, { groups });
        expect(want, id).not.toBeNull();
        expect(Math.abs(got - want!), `${id}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want!)));
      }
      if (c.directed) {
        // describe reports reciprocity per tie kind; over all arcs of the view it is the arcs' share with a reverse
        const r = graphStatistic('reciprocity')!.compute(graph);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
      }
      const listed = GRAPH_STATISTICS.map((x) => x.id);
      for (const id of Object.keys(expected)) expect(listed).toContain(id);
    });
  }
});
