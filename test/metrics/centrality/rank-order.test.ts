/**
 * The table order from typed values equals a comparison sort by the same rule (value descending,
 * NaN last, −0 equal to 0, ties by the caller's comparison), on both sides of the radix threshold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RADIX_MIN_ROWS, rankOrder } from '../../../src/metrics/centrality/rank-order.js';

/** The rule, written as the comparison sort of the standard route (sortCentralityRows). */
function byComparison(key: Float64Array, tie: (a: number, b: number) => number): number[] {
  const v = (i: number) => (Number.isNaN(key[i]!) ? -Infinity : key[i]!);
  return Array.from({ length: key.length }, (_, i) => i).sort((a, b) => (v(b) !== v(a) ? v(b) - v(a) : tie(a, b)));
}

/** Ties by a label (compared as the CLI does, with localeCompare), then by index. */
const labelled = (labels: string[]) => (a: number, b: number) => labels[a]!.localeCompare(labels[b]!) || a - b;

describe('rankOrder', () => {
  it('puts the highest first, NaN last, -0 with 0, and breaks ties by the comparison', () => {
    const key = Float64Array.of(0.2, NaN, 0.5, 0.2, -0, 0, -1, Infinity, -Infinity);
    const labels = ['b', 'x', 'c', 'a', 'z', 'y', 'd', 'e', 'w'];
    // 0.2: a (3) before b (0); 0: y (5) before z (4); −∞ and NaN tie: w (8) before x (1)
    expect([...rankOrder(key, labelled(labels))]).toEqual([7, 2, 3, 0, 5, 4, 6, 8, 1]);
  });

  it('gives the comparison sort`s order on small and on radix-sorted tables, with many ties and every kind of double', () => {
    const special = [0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, 0.5];
    const value = fc.oneof(fc.double(), fc.constantFrom(...special), fc.integer({ min: 0, max: 20 }).map((k) => k / 7));
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (values, repeat) => {
        // repeat the values past the radix threshold (every value then ties with its copies)
        const long = repeat * values.length >= RADIX_MIN_ROWS ? Array.from({ length: repeat }, () => values).flat() : values;
        for (const list of [values, long]) {
          const key = Float64Array.from(list);
          const labels = list.map((_, i) => String.fromCharCode(97 + ((i * 7) % 26)));
          expect([...rankOrder(key, labelled(labels))]).toEqual(byComparison(key, labelled(labels)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('orders 100 000 distinct values as the comparison sort does', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const key = Float64Array.from({ length: 100_000 }, () => random() * 1e-4 - 2e-5);
    const tie = (a: number, b: number) => a - b;
    const order = [...rankOrder(key, tie)];
    expect(order).toEqual(byComparison(key, tie));
    expect(new Set(order).size).toBe(100_000);
  });
});
