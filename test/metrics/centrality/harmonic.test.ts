/** Harmonic centrality (sum of inverse distances): against NetworkX and by hand. */
import { describe, expect, it } from 'vitest';
import { harmonicCentrality } from '../../../src/metrics/centrality/harmonic.js';
import { byNode, describeAgainstNetworkX, smallView } from './networkx-cases.js';

describeAgainstNetworkX({ harmonic: (g) => harmonicCentrality(g) });

describe('harmonic centrality by hand', () => {
  it('sums inverse distances, an unreachable node adding nothing', () => {
    const g = smallView(['a', 'b', 'c', 'lonely'], [['a', 'b'], ['b', 'c']]);
    expect(byNode(harmonicCentrality(g))).toEqual({ a: 1.5, b: 2, c: 1.5, lonely: 0 });
  });

  it('uses incoming distances on a directed view, and tie lengths on a weighted one', () => {
    const directed = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']], { directed: true, directedTies: true });
    expect(byNode(harmonicCentrality(directed))).toEqual({ a: 0, b: 1, c: 1.5 });
    const weighted = smallView(['a', 'b', 'c'], [['a', 'b', 2], ['b', 'c', 2]], { weighted: 'weight' });
    expect(byNode(harmonicCentrality(weighted))).toEqual({ a: 0.75, b: 1, c: 0.75 });
  });
});
