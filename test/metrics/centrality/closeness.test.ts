/** Closeness (Wasserman–Faust corrected, incoming distances on directed views): against NetworkX and by hand. */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, closenessCentrality } from '../../../src/metrics/centrality/closeness.js';
import { byNode, describeAgainstNetworkX, smallView } from './networkx-cases.js';

describeAgainstNetworkX({ closeness: (g) => closenessCentrality(g) });

describe('closeness by hand', () => {
  it('is (n−1)/Σd on a connected path', () => {
    const path = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]);
    const c = closenessCentrality(path);
    expect(c.get('b')).toBe(1);
    expect(c.get('a')).toBeCloseTo(2 / 3, 15);
    expect(c.get('c')).toBeCloseTo(2 / 3, 15);
  });

  it('scales by the share of nodes reached unless wfImproved is off', () => {
    expect(DEFAULTS.wfImproved).toBe(true);
    // a–b and an isolated c: a reaches 1 of 2 others at distance 1 → (1/1) × (1/2)
    const g = smallView(['a', 'b', 'c'], [['a', 'b']]);
    expect(byNode(closenessCentrality(g))).toEqual({ a: 0.5, b: 0.5, c: 0 });
    expect(byNode(closenessCentrality(g, { wfImproved: false }))).toEqual({ a: 1, b: 1, c: 0 });
  });

  it('uses incoming distances on a directed view', () => {
    // a → b → c: c is reached by b (1) and a (2); a by no one
    const g = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']], { directed: true, directedTies: true });
    const c = closenessCentrality(g);
    expect(c.get('a')).toBe(0);
    expect(c.get('b')).toBeCloseTo((1 / 1) * (1 / 2), 15);
    expect(c.get('c')).toBeCloseTo((2 / 3) * (2 / 2), 15);
  });

  it('uses tie lengths on a weighted view', () => {
    const g = smallView(['a', 'b'], [['a', 'b', 4]], { weighted: 'weight' });
    expect(byNode(closenessCentrality(g))).toEqual({ a: 0.25, b: 0.25 });
  });

  it('reports progress up to the number of nodes', () => {
    const seen: number[] = [];
    closenessCentrality(smallView(['a', 'b', 'c'], [['a', 'b']]), { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
  });
});
