/** In- and out-degree: against NetworkX on the directed counterpart of every reference view, and by hand. */
import { describe, expect, it } from 'vitest';
import { inDegree, outDegree } from '../../../src/metrics/centrality/in-out-degree.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { describeNodeMeasure } from '../structure/node-measure-cases.js';
import { byNode, smallView } from './networkx-cases.js';

describeNodeMeasure('indegree', inDegree, 'directed');
describeNodeMeasure('outdegree', outDegree, 'directed');

describe('in- and out-degree by hand', () => {
  it('count arcs; an undirected tie gives one each way', () => {
    const g = smallView(['a', 'b', 'c'], [['a', 'b'], ['a', 'c']], { directed: true, directedTies: true });
    expect(byNode(inDegree(g))).toEqual({ a: 0, b: 1, c: 1 });
    expect(byNode(outDegree(g))).toEqual({ a: 2, b: 0, c: 0 });
    const u = smallView(['a', 'b'], [['a', 'b']], { directed: true });
    expect(byNode(inDegree(u))).toEqual({ a: 1, b: 1 });
  });

  it('refuse an undirected view', () => {
    expect(() => inDegree(smallView(['a'], []))).toThrow(MetricError);
    expect(() => outDegree(smallView(['a'], []))).toThrow(/directed view/);
  });
});
