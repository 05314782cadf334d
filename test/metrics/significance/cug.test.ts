import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { cugTest } from '../../../src/metrics/significance/cug.js';
import { graphStatistic } from '../../../src/metrics/significance/graph-statistics.js';
import { simpleGraph, simpleGraphOfView, type SimpleGraph } from '../../../src/metrics/significance/simple-graph.js';
import { buildView } from '../../../src/metrics/view.js';
import { allGraphs, withinMonteCarlo } from './enumerate.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'reference', 'significance');
const sna = JSON.parse(readFileSync(join(FIXTURES, 'sna.json'), 'utf8')) as {
  cug: { graph: string; view: { directed?: boolean }; statistic: string; null: 'size' | 'edges'; draws: number; observed: number; tolerant: { greater: number; less: number } }[];
};
const igraph = JSON.parse(readFileSync(join(FIXTURES, 'igraph.json'), 'utf8')) as {
  degreeNull: { graph: string; method: string; draws: number; transitivity: Moments; components: Moments }[];
};
interface Moments {
  observed: number;
  mean: number;
  sd: number;
  pGreater: number;
  pLess: number;
}

async function viewOf(path: string, directed = false): Promise<SimpleGraph> {
  return simpleGraphOfView(buildView(await loadGraph(join(ROOT, path)), { directed }).graph).graph;
}

/** Two Monte Carlo p-values (R1 and R2 draws) agree within 4.5 standard errors of their difference. */
function pAgree(a: number, r1: number, b: number, r2: number): boolean {
  const p = (a * r1 + b * r2) / (r1 + r2);
  return Math.abs(a - b) <= 4.5 * Math.sqrt(p * (1 - p) * (1 / r1 + 1 / r2)) + 1 / r1 + 1 / r2;
}

describe('cugTest against exact enumeration', () => {
  // a triangle with a pendant on 4 nodes: transitivity 0.6, one component
  const observed = simpleGraph(4, [[0, 1], [1, 2], [0, 2], [2, 3]]);
  const graphs = allGraphs(4, false).map((x) => x.graph);

  for (const statistic of ['transitivity', 'components', 'centralization.degree']) {
    it(`size null, ${statistic}: the exact share of all 64 graphs`, () => {
      const s = graphStatistic(statistic)!;
      const obs = s.compute(observed);
      const values = graphs.map((g) => s.compute(g));
      const exactGreater = values.filter((v) => v >= obs - 1e-12).length / values.length;
      const exactLess = values.filter((v) => v <= obs + 1e-12).length / values.length;
      const r = cugTest(observed, { statistic, null: 'size', draws: 4000, seed: 11 });
      expect(r.observed).toBe(obs);
      expect(withinMonteCarlo(r.p.greater.sna, exactGreater, 4000)).toBe(true);
      expect(withinMonteCarlo(r.p.less.sna, exactLess, 4000)).toBe(true);
    });
  }
  it('edges null, transitivity: the exact share of the 15 graphs with 4 edges', () => {
    const s = graphStatistic('transitivity')!;
    const same = graphs.filter((g) => g.sources.length === 4).map((g) => s.compute(g));
    expect(same).toHaveLength(15);
    const exact = same.filter((v) => v >= 0.6 - 1e-12).length / 15;
    const r = cugTest(observed, { statistic: 'transitivity', null: 'edges', draws: 4000, seed: 12 });
    expect(withinMonteCarlo(r.p.greater.sna, exact, 4000)).toBe(true);
    expect(r.p.greater.corrected).toBe((r.p.greater.count + 1) / 4001);
  });
  it('gives the same p-values for the same seed, and refuses what it cannot test', () => {
    const a = cugTest(observed, { statistic: 'transitivity', null: 'edges', draws: 50, seed: 3 });
    const b = cugTest(observed, { statistic: 'transitivity', null: 'edges', draws: 50, seed: 3 });
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(() => cugTest(observed, { statistic: 'nope', null: 'edges', draws: 5, seed: 1 })).toThrow(/unknown statistic "nope"/);
    const arcs = simpleGraph(3, [[0, 1]], true);
    expect(() => cugTest(arcs, { statistic: 'transitivity', null: 'edges', draws: 5, seed: 1 })).toThrow(/undirected views only/);
  });
});

describe('cugTest against exact enumeration: every describe statistic sna has no cug reference for, and the rest', () => {
  // a triangle 0-1-2 with a tail 2-3-4; groups a a b b a
  const observed = simpleGraph(5, [[0, 1], [1, 2], [0, 2], [2, 3], [3, 4]]);
  const groups = ['a', 'a', 'b', 'b', 'a'];
  const all = allGraphs(5, false).map((x) => x.graph);
  const ids = [
    'meanDegree', 'averageClustering', 'largestComponentShare', 'degreeAssortativity', 'attributeAssortativity', 'eiIndex',
    'averagePathLength', 'diameter', 'centralization.betweenness', 'centralization.closeness', 'maxCore',
  ];
  for (const statistic of ids) {
    for (const model of ['size', 'edges'] as const) {
      it(`${model} null, ${statistic}: the exact shares over the graphs where it is defined`, () => {
        const s = graphStatistic(statistic)!;
        const obs = s.compute(observed, { groups });
        const pool = model === 'size' ? all : all.filter((g) => g.sources.length === observed.sources.length);
        const values = pool.map((g) => s.compute(g, { groups })).filter((v) => !Number.isNaN(v));
        const tol = 1e-9 * Math.max(1, Math.abs(obs));
        const exactGreater = values.filter((v) => v >= obs - tol).length / values.length;
        const exactLess = values.filter((v) => v <= obs + tol).length / values.length;
        const draws = 3000;
        const r = cugTest(observed, { statistic, null: model, draws, seed: 21, groups });
        expect(r.observed).toBe(obs);
        const defined = draws - r.undefinedDraws;
        const undefinedShare = 1 - values.length / pool.length;
        expect(withinMonteCarlo(r.undefinedDraws / draws, undefinedShare, draws)).toBe(true);
        expect(withinMonteCarlo(r.p.greater.sna, exactGreater, defined)).toBe(true);
        expect(withinMonteCarlo(r.p.less.sna, exactLess, defined)).toBe(true);
      });
    }
  }
  it('directed reciprocity under the edges null: the exact share over the 3-node digraphs with as many arcs', () => {
    const arcs = simpleGraph(3, [[0, 1], [1, 0], [1, 2]], true);
    const s = graphStatistic('reciprocity')!;
    const obs = s.compute(arcs);
    const pool = allGraphs(3, true).map((x) => x.graph).filter((g) => g.sources.length === 3).map((g) => s.compute(g));
    const exact = pool.filter((v) => v >= obs - 1e-12).length / pool.length;
    const r = cugTest(arcs, { statistic: 'reciprocity', null: 'edges', draws: 3000, seed: 5 });
    expect(withinMonteCarlo(r.p.greater.sna, exact, 3000)).toBe(true);
    expect(() => cugTest(observed, { statistic: 'reciprocity', null: 'edges', draws: 5, seed: 1 })).toThrow(/directed views only/);
    expect(() => cugTest(observed, { statistic: 'eiIndex', null: 'edges', draws: 5, seed: 1 })).toThrow(/--by/);
    expect(() => cugTest(simpleGraph(4, []), { statistic: 'averagePathLength', null: 'edges', draws: 5, seed: 1 })).toThrow(/undefined on the observed graph/);
  });
});

describe('cugTest against R sna::cug.test (5,000 draws)', () => {
  const DRAWS = 1500;
  for (const c of sna.cug) {
    it(`${c.graph}${c.view.directed ? ' (directed)' : ''}: ${c.statistic}, ${c.null}`, async () => {
      const g = await viewOf(c.graph, c.view.directed === true);
      const r = cugTest(g, { statistic: c.statistic, null: c.null, draws: DRAWS, seed: 1 });
      expect(Math.abs(r.observed - c.observed)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(c.observed)));
      // sna compares exactly; the fixture's tolerant p-values count draws within 1e-9 as ecograph does
      expect(pAgree(r.p.greater.sna, DRAWS, c.tolerant.greater, c.draws)).toBe(true);
      expect(pAgree(r.p.less.sna, DRAWS, c.tolerant.less, c.draws)).toBe(true);
    });
  }
});

describe('degree null against igraph Degree_Sequence draws (5,000)', () => {
  for (const ref of igraph.degreeNull) {
    it(`${ref.graph} (${ref.method}): transitivity and components`, async () => {
      const g = await viewOf(ref.graph);
      const draws = ref.method === 'vl' ? 600 : 1500;
      for (const statistic of ['transitivity', 'components'] as const) {
        const expected = ref[statistic];
        const r = cugTest(g, { statistic, null: 'degree', draws, seed: 9 });
        expect(Math.abs(r.observed - expected.observed)).toBeLessThan(1e-12);
        const se = Math.sqrt(expected.sd ** 2 / ref.draws + r.distribution.sd ** 2 / draws);
        expect(Math.abs(r.distribution.mean - expected.mean)).toBeLessThanOrEqual(4.5 * se + 1e-12);
        if (expected.sd > 0) expect(Math.abs(r.distribution.sd / expected.sd - 1)).toBeLessThan(0.2);
        expect(pAgree(r.p.greater.sna, draws, expected.pGreater, ref.draws)).toBe(true);
        expect(pAgree(r.p.less.sna, draws, expected.pLess, ref.draws)).toBe(true);
      }
    });
  }
});
