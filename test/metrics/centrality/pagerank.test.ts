/** PageRank: against NetworkX and by hand (the stationary equations of small graphs). */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, pagerank } from '../../../src/metrics/centrality/pagerank.js';
import { byNode, describeAgainstNetworkX, smallView } from './networkx-cases.js';

describeAgainstNetworkX({ pagerank: (g) => pagerank(g) });

describe('PageRank by hand', () => {
  it('uses NetworkX defaults: damping 0.85', () => {
    expect(DEFAULTS.alpha).toBe(0.85);
  });

  it('solves x = (1−α)/n + α Σ x_j / deg_j on a path', () => {
    // a = 0.05 + 0.85·b/2, b = 0.05 + 0.85·(a + c), a = c  ⇒  a = 0.07125 / 0.2775
    const r = pagerank(smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]));
    const a = 0.07125 / 0.2775;
    expect(r.get('a')).toBeCloseTo(a, 9);
    expect(r.get('c')).toBeCloseTo(a, 9);
    expect(r.get('b')).toBeCloseTo(0.05 + 1.7 * a, 9);
  });

  it('sums to 1 and spreads a dangling node uniformly on a directed view', () => {
    // a → b, b dangling: a = (1−α)/2 + α·b/2, b = (1−α)/2 + α·(a + b/2)
    const r = pagerank(smallView(['a', 'b'], [['a', 'b']], { directed: true, directedTies: true }));
    const a = r.get('a')!;
    const b = r.get('b')!;
    expect(a + b).toBeCloseTo(1, 12);
    expect(a).toBeCloseTo(0.075 + 0.425 * b, 9);
    expect(b).toBeCloseTo(0.075 + 0.85 * (a + b / 2), 9);
  });

  it('gives every node 1/n with no damping on a regular graph, and 1 to a lone node', () => {
    const triangle = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']]);
    for (const v of pagerank(triangle, { alpha: 0.5 }).values()) expect(v).toBeCloseTo(1 / 3, 12);
    expect(byNode(pagerank(smallView(['x'], [])))).toEqual({ x: 1 });
  });

  it('follows tie strengths on a weighted view', () => {
    // a star where the tie to y is 3 times as strong as the tie to x: y ranks above x
    const r = pagerank(smallView(['c', 'x', 'y'], [['c', 'x', 1], ['c', 'y', 3]], { weighted: 'weight', weightAs: 'strength' }));
    expect(r.get('y')!).toBeGreaterThan(r.get('x')!);
  });
});
