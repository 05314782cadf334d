import { describe, expect, it } from 'vitest';
import { niceTicks, tickLabel, valueLabel } from '../../../src/figures/charts/axis.js';

describe('niceTicks', () => {
  it('covers the range with steps of 1, 2 or 5 × 10^k', () => {
    expect(niceTicks(0, 0.37).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(0, 36).ticks).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(1875, 2025, 4, true).ticks).toEqual([1850, 1900, 1950, 2000, 2050]);
    expect(niceTicks(0, 0.0794, 3).ticks).toEqual([0, 0.05, 0.1]);
  });

  it('whole-number axes never step below 1; an empty range is widened', () => {
    expect(niceTicks(0, 1, 4, true).ticks).toEqual([0, 1]);
    expect(niceTicks(0, 0, 4, true).ticks).toEqual([0, 1]);
    expect(niceTicks(5, 5).min).toBeLessThan(5);
    expect(() => niceTicks(0, NaN)).toThrow();
  });
});

describe('labels', () => {
  it('ticks get the decimals their step needs; values three significant digits', () => {
    expect(tickLabel(0.2, 0.1)).toBe('0.2');
    expect(tickLabel(0.05, 0.05)).toBe('0.05');
    expect(tickLabel(1990, 10)).toBe('1990');
    expect(valueLabel(0.123456)).toBe('0.123');
    expect(valueLabel(0.1)).toBe('0.1');
    expect(valueLabel(11)).toBe('11');
    expect(valueLabel(null)).toBe('n/a');
  });
});
