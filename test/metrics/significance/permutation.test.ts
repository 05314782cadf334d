import { describe, expect, it } from 'vitest';
import { permutationTest } from '../../../src/metrics/significance/permutation.js';
import { withinMonteCarlo } from './enumerate.js';

/** Every way to choose k of the positions (as label arrays of 0/1). */
function labellings(size: number, k: number): number[][] {
  const out: number[][] = [];
  for (let mask = 0; mask < 1 << size; mask++) {
    const bits = Array.from({ length: size }, (_, i) => (mask >> i) & 1);
    if (bits.reduce((s, b) => s + b, 0) === k) out.push(bits);
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('permutationTest against exact enumeration of the labellings', () => {
  it('one stratum: every choice of the first group is equally likely', () => {
    const values = [5, 3, 8, 1, 2, 7, 4];
    const groups = [1, 1, 1, 0, 0, 0, 0];
    const observed = mean([5, 3, 8]) - mean([1, 2, 7, 4]);
    const diffs = labellings(7, 3).map((l) => mean(values.filter((_v, i) => l[i])) - mean(values.filter((_v, i) => !l[i])));
    expect(diffs).toHaveLength(35);
    const exact = {
      greater: diffs.filter((d) => d >= observed - 1e-12).length / 35,
      less: diffs.filter((d) => d <= observed + 1e-12).length / 35,
      twoSided: diffs.filter((d) => Math.abs(d) >= Math.abs(observed) - 1e-12).length / 35,
    };
    const r = permutationTest({ values, groups, strata: [0, 0, 0, 0, 0, 0, 0] }, { draws: 5000, seed: 2 });
    expect(r.observed).toBeCloseTo(observed, 14);
    expect(r.sizes).toEqual({ first: 3, second: 4 });
    expect(r.means.first).toBeCloseTo(16 / 3, 14);
    for (const side of ['greater', 'less', 'twoSided'] as const) expect(withinMonteCarlo(r.p[side].sna, exact[side], 5000)).toBe(true);
  });
  it('two strata: labels move only within a stratum, keeping each stratum’s group count', () => {
    // stratum 0: nodes 0-3 (two in the first group); stratum 1: nodes 4-6 (one); node 7 not compared
    const values = [10, 12, 1, 2, 50, 40, 45, 999];
    const groups = [1, 1, 0, 0, 1, 0, 0, -1];
    const strata = [0, 0, 0, 0, 1, 1, 1, 0];
    const diffs: number[] = [];
    for (const a of labellings(4, 2))
      for (const b of labellings(3, 1)) {
        const l = [...a, ...b];
        const first = values.slice(0, 7).filter((_v, i) => l[i]);
        const second = values.slice(0, 7).filter((_v, i) => !l[i]);
        diffs.push(mean(first) - mean(second));
      }
    expect(diffs).toHaveLength(18);
    const r = permutationTest({ values, groups, strata }, { draws: 5000, seed: 3 });
    const exact = diffs.filter((d) => d >= r.observed - 1e-12).length / 18;
    expect(withinMonteCarlo(r.p.greater.sna, exact, 5000)).toBe(true);
    // a shuffle across strata would reach differences beyond the within-strata extremes
    expect(r.distribution.max).toBeLessThanOrEqual(Math.max(...diffs) + 1e-12);
    expect(r.distribution.min).toBeGreaterThanOrEqual(Math.min(...diffs) - 1e-12);
    expect(r.sizes).toEqual({ first: 3, second: 4 });
  });
  it('refuses an empty group or a missing value', () => {
    expect(() => permutationTest({ values: [1, 2], groups: [1, 1], strata: [0, 0] }, { draws: 5, seed: 1 })).toThrow(/both groups need nodes/);
    expect(() => permutationTest({ values: [1, NaN], groups: [1, 0], strata: [0, 0] }, { draws: 5, seed: 1 })).toThrow(/no finite value/);
    expect(() => permutationTest({ values: [1], groups: [1, 0], strata: [0, 0] }, { draws: 5, seed: 1 })).toThrow(/differ in length/);
  });
});
