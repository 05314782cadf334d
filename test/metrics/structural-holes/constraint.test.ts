/**
 * Burt's constraint c(i) = Σ_j (p_ij + Σ_q p_iq p_qj)², worked out by hand on a triangle with a
 * tail (NetworkX `constraint` gives the same numbers), with and without tie strengths.
 */
import { describe, expect, it } from 'vitest';
import { burtConstraint } from '../../../src/metrics/structural-holes/constraint.js';
import { TRIANGLE_WITH_TAIL, WEIGHTED_TRIANGLE_WITH_TAIL, viewOf } from './fixtures.js';

describe('burtConstraint', () => {
  it('unweighted: a and b 4/9 + 9/16, the broker c 1/4 + 1/4 + 1/9, the tail d 1, an isolated node NaN', () => {
    const c = burtConstraint(viewOf(TRIANGLE_WITH_TAIL, { isolated: ['z'] }));
    expect(c.get('a')).toBeCloseTo(4 / 9 + 9 / 16, 12);
    expect(c.get('b')).toBeCloseTo(4 / 9 + 9 / 16, 12);
    expect(c.get('c')).toBeCloseTo(1 / 4 + 1 / 4 + 1 / 9, 12);
    expect(c.get('d')).toBe(1);
    expect(c.get('z')).toBeNaN();
    expect([...c.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'z']);
  });

  it('weighted: shares follow tie strengths (b: (1/2 + 1/2·3/6)² through c to a, (1/2 + 1/2·3/4)² through a to c)', () => {
    const c = burtConstraint(viewOf(WEIGHTED_TRIANGLE_WITH_TAIL, { weighted: true }));
    // NetworkX constraint(G, weight='weight'): a 0.90625, b 1.328125, c 0.536458…, d 1
    expect(c.get('b')).toBeCloseTo((1 / 2 + (1 / 2) * (3 / 6)) ** 2 + (1 / 2 + (1 / 2) * (3 / 4)) ** 2, 12);
    expect(c.get('b')).toBeCloseTo(1.328125, 12);
    expect(c.get('a')).toBeCloseTo(0.90625, 12);
    expect(c.get('c')).toBeCloseTo(0.5364583333333334, 12);
    expect(c.get('d')).toBe(1);
  });

  it('refuses a directed view', () => {
    expect(() => burtConstraint(viewOf(TRIANGLE_WITH_TAIL, { directed: true }))).toThrow("constraint: Burt's measures read the undirected view");
  });
});
