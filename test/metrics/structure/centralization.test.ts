/** Freeman centralization by hand: a star is 1, a cycle is 0 (sna's values on the reference graphs: describe.test.ts). */
import { describe, expect, it } from 'vitest';
import { betweennessCentralization, closenessCentralization, degreeCentralization } from '../../../src/metrics/structure/centralization.js';

describe('centralization', () => {
  it('is 1 on a star of five nodes and 0 on a cycle', () => {
    expect(degreeCentralization([4, 1, 1, 1, 1], false)).toBe(1);
    expect(degreeCentralization([2, 2, 2, 2, 2], false)).toBe(0);
    // NetworkX-normalised betweenness of a star: the hub 1, leaves 0
    expect(betweennessCentralization([1, 0, 0, 0, 0])).toBe(1);
    // distance sums of a star: hub 4, leaves 1 + 2·3 = 7
    expect(closenessCentralization([4, 7, 7, 7, 7], false)).toBeCloseTo(1, 14);
  });

  it('uses the directed normalisers on a directed view (a reciprocated star is 1)', () => {
    expect(degreeCentralization([8, 2, 2, 2, 2], true)).toBe(1);
    // an out-star that reaches everything from the hub: only the hub has finite out-distances in sna's
    // strongly connected case, so use the reciprocated star: hub sum 4, leaves 7
    expect(closenessCentralization([4, 7, 7, 7, 7], true)).toBeCloseTo((4 * (1 - 4 / 7)) / (4 * (1 - 1 / 5)), 14);
  });

  it('is NaN below three nodes (closeness: two)', () => {
    expect(degreeCentralization([1, 1], false)).toBeNaN();
    expect(betweennessCentralization([0, 0])).toBeNaN();
    expect(closenessCentralization([0], false)).toBeNaN();
  });
});
