import { describe, expect, it } from 'vitest';
import { checkDrawOptions, drawRng, drawSeed, drawSummary, pValues, runDraws } from '../../../src/metrics/significance/draws.js';

describe('drawSeed', () => {
  it('depends only on the seed and the index, and differs between neighbours', () => {
    expect(drawSeed(7, 3)).toBe(drawSeed(7, 3));
    const seeds = new Set<number>();
    for (let s = 0; s < 20; s++) for (let r = 0; r < 50; r++) seeds.add(drawSeed(s, r));
    expect(seeds.size).toBe(1000);
    expect(drawRng(1, 0).next()).toBe(drawRng(1, 0).next());
    expect(drawRng(1, 0).next()).not.toBe(drawRng(1, 1).next());
  });
});

describe('runDraws', () => {
  it('gives draw r the same value whatever the number of draws (one generator per index)', () => {
    const short = runDraws({ draws: 10, seed: 5 }, (rng) => rng.next());
    const long = runDraws({ draws: 100, seed: 5 }, (rng) => rng.next());
    expect(Array.from(long.slice(0, 10))).toEqual(Array.from(short));
    // computed in any order (as threads would), each index gives the same number
    for (const r of [9, 0, 4]) expect(drawRng(5, r).next()).toBe(short[r]);
  });
  it('reports progress up to the end and stops on abort', () => {
    const seen: number[] = [];
    runDraws({ draws: 7, seed: 1, onProgress: (d, t) => seen.push(d / t) }, () => 0);
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort();
    expect(() => runDraws({ draws: 3, seed: 1, signal: controller.signal }, () => 0)).toThrow(/aborted/);
  });
  it('refuses bad settings', () => {
    expect(() => checkDrawOptions({ draws: 0, seed: 1 })).toThrow(/draws must be a positive integer/);
    expect(() => checkDrawOptions({ draws: 2.5, seed: 1 })).toThrow(/draws/);
    expect(() => checkDrawOptions({ draws: 5, seed: 0.5 })).toThrow(/seed must be an integer/);
  });
});

describe('pValues', () => {
  it('counts draws at least as extreme, as b/R and (b+1)/(R+1)', () => {
    const p = pValues(3, Float64Array.of(1, 3, 5, -4));
    expect(p.greater).toEqual({ count: 2, sna: 0.5, corrected: 3 / 5 });
    expect(p.less).toEqual({ count: 3, sna: 0.75, corrected: 4 / 5 });
    // |draw| ≥ 3: 3, 5, −4
    expect(p.twoSided).toEqual({ count: 3, sna: 0.75, corrected: 4 / 5 });
  });
  it('treats a draw within rounding of the observed value as equal', () => {
    const observed = 0.1 + 0.2;
    const p = pValues(observed, Float64Array.of(0.3));
    expect(p.greater.count).toBe(1);
    expect(p.less.count).toBe(1);
    expect(pValues(1, Float64Array.of(1 + 1e-6)).less.count).toBe(0);
  });
  it('refuses an empty set of draws', () => {
    expect(() => pValues(1, new Float64Array(0))).toThrow(/at least one draw/);
  });
});

describe('drawSummary', () => {
  it('gives mean, sample sd and range, and no spread for identical draws', () => {
    const s = drawSummary(Float64Array.of(1, 2, 3, 4));
    expect(s.mean).toBe(2.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect([s.min, s.max]).toEqual([1, 4]);
    expect(drawSummary(Float64Array.of(0.1, 0.1, 0.1))).toEqual({ mean: 0.1, sd: 0, min: 0.1, max: 0.1 });
  });
});
