import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { cellVector, correlation, isSymmetric, leastSquares, qapCorrelation, qapRegression, randomPermutation, type TieMatrix } from '../../../src/metrics/significance/qap.js';
import { drawRng } from '../../../src/metrics/significance/draws.js';
import { tieMatrices } from '../../../src/metrics/significance/tie-matrices.js';
import type { EdgeKind } from '../../../src/model/schema.js';
import { allPermutations, withinMonteCarlo } from './enumerate.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'reference', 'significance');
/** p-values counting draws within a relative 1e-9 of the observed value as equal, as ecograph does (sna compares exactly). */
interface Tolerant {
  greater: number;
  less: number;
  twoSided: number;
}
interface SnaTerm {
  name: string;
  coefficient: number;
  tValue: number;
  tolerant: Tolerant;
}
interface SnaQap {
  graph: string | null;
  kinds: string[];
  test: 'correlation' | 'regression';
  mode: 'graph' | 'digraph';
  draws: number;
  observed?: number;
  tolerant?: Tolerant;
  terms?: SnaTerm[];
}
const sna = JSON.parse(readFileSync(join(FIXTURES, 'sna.json'), 'utf8')) as { qap: SnaQap[] };
const input = JSON.parse(readFileSync(join(FIXTURES, 'input.json'), 'utf8')) as { qap: { matrices: number[][][] }[] };

const matrix = (rows: number[][]): TieMatrix => ({ n: rows.length, cells: Float64Array.from(rows.flat()) });

function pAgree(a: number, r1: number, b: number, r2: number): boolean {
  const p = (a * r1 + b * r2) / (r1 + r2);
  return Math.abs(a - b) <= 4.5 * Math.sqrt(p * (1 - p) * (1 / r1 + 1 / r2)) + 1 / r1 + 1 / r2;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('cells, correlation and least squares', () => {
  const m = matrix([
    [0, 1, 2],
    [3, 0, 4],
    [5, 6, 0],
  ]);
  it('reads off-diagonal cells (digraph) or the upper triangle (graph), optionally relabelled', () => {
    expect(Array.from(cellVector(m, 'digraph'))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(cellVector(m, 'graph'))).toEqual([1, 2, 4]);
    // order [2, 0, 1]: cell (i, j) reads (order[i], order[j])
    expect(Array.from(cellVector(m, 'digraph', Int32Array.of(2, 0, 1)))).toEqual([5, 6, 2, 1, 4, 3]);
    expect(isSymmetric(m)).toBe(false);
    expect(isSymmetric(matrix([[0, 1], [1, 0]]))).toBe(true);
  });
  it('correlates as Pearson, NaN for a constant vector', () => {
    expect(correlation([0, 1, 1], [0, 1, 0])).toBeCloseTo(0.5, 15);
    expect(correlation([1, 1, 1], [0, 1, 0])).toBeNaN();
  });
  it('fits least squares with t-values (hand-checked line)', () => {
    const one = Float64Array.of(1, 1, 1, 1);
    const x = Float64Array.of(0, 1, 2, 3);
    const fit = leastSquares([one, x], Float64Array.of(1, 3, 2, 5));
    expect(fit.coefficients[0]).toBeCloseTo(1.1, 12);
    expect(fit.coefficients[1]).toBeCloseTo(1.1, 12);
    // residuals −0.1, 0.8, −1.3, 0.6: RSS 2.7, σ² 1.35, var(b) 1.35/5
    expect(fit.tValues[1]).toBeCloseTo(1.1 / Math.sqrt(1.35 / 5), 12);
    expect(fit.residualDf).toBe(2);
    expect(() => leastSquares([one, one], Float64Array.of(1, 2, 3, 4))).toThrow(/collinear/);
  });
  it('draws permutations of every element', () => {
    expect(Array.from(randomPermutation(6, drawRng(1, 0))).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('QAP against exact enumeration of all 5! relabellings', () => {
  const y = matrix([
    [0, 1, 1, 0, 0],
    [1, 0, 1, 0, 1],
    [0, 0, 0, 1, 0],
    [1, 0, 1, 0, 0],
    [0, 1, 0, 0, 0],
  ]);
  const x = matrix([
    [0, 1, 0, 0, 1],
    [1, 0, 1, 0, 0],
    [1, 1, 0, 1, 0],
    [0, 0, 1, 0, 0],
    [0, 0, 0, 1, 0],
  ]);
  it('correlation: the exact share of relabellings', () => {
    const yv = cellVector(y, 'digraph');
    const observed = correlation(yv, cellVector(x, 'digraph'));
    const all = allPermutations(5).map((p) => correlation(yv, cellVector(x, 'digraph', Int32Array.from(p))));
    expect(all).toHaveLength(120);
    const exactGreater = all.filter((v) => v >= observed - 1e-12).length / 120;
    const exactTwo = all.filter((v) => Math.abs(v) >= Math.abs(observed) - 1e-12).length / 120;
    const r = qapCorrelation(y, x, 'digraph', { draws: 4000, seed: 5 });
    expect(r.observed).toBe(observed);
    expect(withinMonteCarlo(r.p.greater.sna, exactGreater, 4000)).toBe(true);
    expect(withinMonteCarlo(r.p.twoSided.sna, exactTwo, 4000)).toBe(true);
  });
  it('regression (semi-partialling): the exact share of relabelled residuals', () => {
    const z = matrix([
      [0, 0, 1, 1, 0],
      [0, 0, 0, 1, 1],
      [1, 0, 0, 0, 1],
      [0, 1, 0, 0, 0],
      [1, 1, 0, 1, 0],
    ]);
    const r = qapRegression(y, [{ name: 'x', matrix: x }, { name: 'z', matrix: z }], 'digraph', { draws: 3000, seed: 6 });
    const yv = cellVector(y, 'digraph');
    const one = new Float64Array(20).fill(1);
    const xv = cellVector(x, 'digraph');
    const zv = cellVector(z, 'digraph');
    // term x: residuals of x on (1, z), relabelled, refitted after (1, z)
    const fitX = leastSquares([one, zv], xv);
    const res = Float64Array.from(xv, (v, i) => v - fitX.coefficients[0]! - fitX.coefficients[1]! * zv[i]!);
    const resMatrix: TieMatrix = { n: 5, cells: new Float64Array(25) };
    let c = 0;
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) if (i !== j) resMatrix.cells[i * 5 + j] = res[c++]!;
    const all = allPermutations(5).map((p) => leastSquares([one, zv, cellVector(resMatrix, 'digraph', Int32Array.from(p))], yv).tValues[2]!);
    const t = r.terms[1]!;
    expect(t.name).toBe('x');
    expect(close(t.tValue, leastSquares([one, xv, zv], yv).tValues[1]!)).toBe(true);
    const exact = all.filter((v) => Math.abs(v) >= Math.abs(t.tValue) - 1e-9).length / 120;
    expect(withinMonteCarlo(t.p.twoSided.sna, exact, 3000)).toBe(true);
    expect(r.terms.map((term) => term.name)).toEqual(['(intercept)', 'x', 'z']);
  });
  it('refuses a constant matrix, too few nodes and no predictors', () => {
    const empty = matrix(Array.from({ length: 4 }, () => [0, 0, 0, 0]));
    expect(() => qapCorrelation(empty, empty, 'digraph', { draws: 5, seed: 1 })).toThrow(/same value in every cell/);
    expect(() => qapCorrelation(matrix([[0, 1], [1, 0]]), matrix([[0, 1], [1, 0]]), 'graph', { draws: 5, seed: 1 })).toThrow(/at least 3 nodes/);
    expect(() => qapRegression(y, [], 'digraph', { draws: 5, seed: 1 })).toThrow(/at least one predictor/);
  });
});

describe('QAP against R sna qaptest / netlm (5,000 draws)', () => {
  const DRAWS = 1000;
  sna.qap.forEach((ref, i) => {
    it(`${ref.graph ?? 'seeded symmetric pair'}: ${ref.test} of ${ref.kinds.join(', ')} (mode ${ref.mode})`, async () => {
      let matrices: TieMatrix[];
      if (ref.graph !== null) {
        const built = tieMatrices(await loadGraph(join(ROOT, ref.graph)), ref.kinds as EdgeKind[]);
        expect(built.mode).toBe(ref.mode);
        matrices = ref.kinds.map((k) => built.matrices[k]!);
      } else matrices = input.qap[i]!.matrices.map(matrix);
      if (ref.test === 'correlation') {
        const r = qapCorrelation(matrices[0]!, matrices[1]!, ref.mode, { draws: DRAWS, seed: 4 });
        expect(close(r.observed, ref.observed!)).toBe(true);
        for (const side of ['greater', 'less', 'twoSided'] as const) expect(pAgree(r.p[side].sna, DRAWS, ref.tolerant![side], ref.draws)).toBe(true);
      } else {
        const r = qapRegression(matrices[0]!, matrices.slice(1).map((m, k) => ({ name: ref.kinds[k + 1]!, matrix: m })), ref.mode, { draws: DRAWS / 2, seed: 4 });
        ref.terms!.forEach((expected, k) => {
          const term = r.terms[k]!;
          expect(term.name).toBe(expected.name);
          expect(close(term.coefficient, expected.coefficient)).toBe(true);
          expect(close(term.tValue, expected.tValue)).toBe(true);
          for (const side of ['greater', 'less', 'twoSided'] as const) expect(pAgree(term.p[side].sna, DRAWS / 2, expected.tolerant[side], ref.draws)).toBe(true);
        });
      }
    });
  });
});
