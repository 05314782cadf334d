/**
 * Burt's effective size and efficiency: unweighted n − 2t/n (n neighbours, t ties among them),
 * weighted Σ_j (1 − Σ_q p_iq m_jq); values as NetworkX `effective_size` gives them.
 */
import { describe, expect, it } from 'vitest';
import { effectiveSize } from '../../../src/metrics/structural-holes/effective-size.js';
import { TRIANGLE_WITH_TAIL, WEIGHTED_TRIANGLE_WITH_TAIL, viewOf } from './fixtures.js';

describe('effectiveSize', () => {
  it('unweighted: c has 3 neighbours with one tie among them (3 − 2/3), a has 2 with one (2 − 1)', () => {
    const e = effectiveSize(viewOf(TRIANGLE_WITH_TAIL, { isolated: ['z'] }));
    expect(e.get('c')!.effectiveSize).toBeCloseTo(3 - 2 / 3, 12);
    expect(e.get('c')!.efficiency).toBeCloseTo((3 - 2 / 3) / 3, 12);
    expect(e.get('a')).toEqual({ effectiveSize: 1, efficiency: 0.5 });
    expect(e.get('d')).toEqual({ effectiveSize: 1, efficiency: 1 });
    expect(e.get('z')!.effectiveSize).toBeNaN();
    expect(e.get('z')!.efficiency).toBeNaN();
  });

  it('weighted: redundancy follows shares of strength (NetworkX: a 7/6, b 1, c 22/9, d 1)', () => {
    const e = effectiveSize(viewOf(WEIGHTED_TRIANGLE_WITH_TAIL, { weighted: true }));
    expect(e.get('a')!.effectiveSize).toBeCloseTo(7 / 6, 12);
    expect(e.get('b')!.effectiveSize).toBeCloseTo(1, 12);
    expect(e.get('c')!.effectiveSize).toBeCloseTo(22 / 9, 12);
    expect(e.get('c')!.efficiency).toBeCloseTo(22 / 27, 12);
    expect(e.get('d')!.effectiveSize).toBeCloseTo(1, 12);
  });

  it('refuses a directed view', () => {
    expect(() => effectiveSize(viewOf(TRIANGLE_WITH_TAIL, { directed: true }))).toThrow("effectiveSize: Burt's measures read the undirected view");
  });
});
