/** HITS hubs and authorities: against NetworkX, the refusals where they are not determined, and by hand. */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, hits } from '../../../src/metrics/centrality/hits.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { byNode, describeAgainstNetworkX, smallView } from './networkx-cases.js';

describeAgainstNetworkX(
  { hubs: (g) => hits(g).hubs, authorities: (g) => hits(g).authorities },
  { key: 'hits', run: (g) => hits(g), reason: /not unique|no edges|not determined/ },
);

describe('HITS by hand', () => {
  it('a node pointing to two others is the only hub; they share the authority', () => {
    const { hubs, authorities } = hits(smallView(['a', 'b', 'c'], [['a', 'b'], ['a', 'c']], { directed: true, directedTies: true }));
    expect(byNode(hubs)).toEqual({ a: 1, b: 0, c: 0 });
    expect(authorities.get('a')).toBe(0);
    expect(authorities.get('b')).toBeCloseTo(0.5, 12);
    expect(authorities.get('c')).toBeCloseTo(0.5, 12);
    expect(DEFAULTS.tolerance).toBe(1e-15);
  });

  it('normalises hubs and authorities to sum 1', () => {
    const g = smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['a', 'c'], ['d', 'c'], ['b', 'c']], { directed: true, directedTies: true });
    const { hubs, authorities } = hits(g);
    expect([...hubs.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect([...authorities.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect(authorities.get('c')!).toBeGreaterThan(authorities.get('b')!);
  });

  it('refuses two equally strong components and a view without edges', () => {
    const twin = smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['c', 'd']], { directed: true, directedTies: true });
    expect(() => hits(twin)).toThrow(MetricError);
    expect(() => hits(twin)).toThrow(/not unique/);
    expect(() => hits(smallView(['a'], []))).toThrow(/no edges/);
  });
});
