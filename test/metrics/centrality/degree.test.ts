/** Degree: distinct neighbours in the view; against NetworkX and by hand. */
import { describe, expect, it } from 'vitest';
import { degreeCentrality, degreeValues } from '../../../src/metrics/centrality/degree.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { byNode, describeAgainstNetworkX, smallView } from './networkx-cases.js';

describeAgainstNetworkX({ degree: degreeCentrality });

describe('degree by hand', () => {
  it('counts neighbours on an undirected view (parallel ties merged, self-loops dropped)', () => {
    const g = smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['a', 'b'], ['c', 'c']]);
    expect(byNode(degreeCentrality(g))).toEqual({ a: 1, b: 2, c: 1, d: 0 });
  });

  it('counts a reciprocated pair once on a directed view', () => {
    const g = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['a', 'c']], { directed: true, directedTies: true });
    expect(byNode(degreeCentrality(g))).toEqual({ a: 2, b: 1, c: 1 });
  });

  it('degreeValues gives the same numbers by node index', () => {
    const g = smallView(['a', 'b', 'c'], [['a', 'b'], ['a', 'c']]);
    expect([...degreeValues(indexGraph(g))]).toEqual([2, 1, 1]);
  });
});
