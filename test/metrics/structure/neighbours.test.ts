/** Undirected neighbour lists of a view. */
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { undirectedNeighbours } from '../../../src/metrics/structure/neighbours.js';
import { smallView } from '../centrality/networkx-cases.js';

describe('undirectedNeighbours', () => {
  it('lists a reciprocated pair once on a directed view, sorted', () => {
    const g = indexGraph(smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'a'], ['c', 'a']], { directed: true, directedTies: true }));
    const { start, targets } = undirectedNeighbours(g);
    const list = (i: number) => [...targets.subarray(start[i]!, start[i + 1]!)];
    expect([list(0), list(1), list(2)]).toEqual([[1, 2], [0], [0]]);
  });

  it('keeps the lists of an undirected view, sorted', () => {
    const g = indexGraph(smallView(['a', 'b', 'c'], [['a', 'c'], ['a', 'b']]));
    const { start, targets } = undirectedNeighbours(g);
    expect([...targets.subarray(start[0]!, start[1]!)]).toEqual([1, 2]);
  });
});
