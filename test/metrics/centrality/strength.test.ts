/** Strength: against NetworkX's weighted degree on every reference view, and by hand. */
import { describe, expect, it } from 'vitest';
import { strength } from '../../../src/metrics/centrality/strength.js';
import { describeNodeMeasure } from '../structure/node-measure-cases.js';
import { byNode, smallView } from './networkx-cases.js';

describeNodeMeasure('strength', strength);

describe('strength by hand', () => {
  it('sums merged tie strengths; counts ties on an unweighted view', () => {
    const weighted = smallView(['a', 'b', 'c'], [['a', 'b', 2], ['a', 'b', 1.5], ['b', 'c', 4]], { weighted: 'weight', weightAs: 'strength' });
    expect(byNode(strength(weighted))).toEqual({ a: 3.5, b: 7.5, c: 4 });
    const directed = smallView(['a', 'b'], [['a', 'b'], ['b', 'a']], { directed: true, directedTies: true });
    expect(byNode(strength(directed))).toEqual({ a: 2, b: 2 });
  });
});
