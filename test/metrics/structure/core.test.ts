/** Core numbers: against NetworkX and by hand. */
import { describe, expect, it } from 'vitest';
import { coreNumber } from '../../../src/metrics/structure/core.js';
import { byNode, smallView } from '../centrality/networkx-cases.js';
import { describeNodeMeasure } from './node-measure-cases.js';

describeNodeMeasure('core', coreNumber);

describe('core numbers by hand', () => {
  it('a 4-clique with a pendant and an isolated node: 3, 1 and 0', () => {
    const g = smallView(['a', 'b', 'c', 'd', 'e', 'z'], [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd'], ['d', 'e']]);
    expect(byNode(coreNumber(g))).toEqual({ a: 3, b: 3, c: 3, d: 3, e: 1, z: 0 });
  });

  it('counts in- plus out-degree on a directed view (a reciprocated pair twice)', () => {
    const g = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['b', 'c']], { directed: true, directedTies: true });
    expect(byNode(coreNumber(g))).toEqual({ a: 2, b: 2, c: 1 });
  });
});
