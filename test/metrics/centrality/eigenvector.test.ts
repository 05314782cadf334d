/** Eigenvector centrality: against NetworkX, the refusals where it does not exist, and by hand. */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, eigenvectorCentrality, eigenvectorValues } from '../../../src/metrics/centrality/eigenvector.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { describeAgainstNetworkX, smallView } from './networkx-cases.js';

describeAgainstNetworkX(
  { eigenvector: (g) => eigenvectorCentrality(g) },
  { key: 'eigenvector', run: (g) => eigenvectorCentrality(g), reason: /no cycles|did not converge/ },
);

describe('eigenvector centrality by hand', () => {
  it('is (1, √2, 1)/2 on a three-node path (L2-normalised)', () => {
    const e = eigenvectorCentrality(smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]));
    expect(e.get('a')).toBeCloseTo(0.5, 12);
    expect(e.get('b')).toBeCloseTo(Math.SQRT1_2, 12);
    expect(e.get('c')).toBeCloseTo(0.5, 12);
  });

  it('eigenvectorValues gives the same numbers by index', () => {
    const g = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]);
    const values = eigenvectorValues(indexGraph(g));
    expect(values[1]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(DEFAULTS).toEqual({ maxIterations: 100_000, tolerance: 1e-15 });
  });

  it('refuses a directed acyclic view, saying why', () => {
    const dag = smallView(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']], { directed: true, directedTies: true });
    expect(() => eigenvectorCentrality(dag)).toThrow(MetricError);
    expect(() => eigenvectorCentrality(dag)).toThrow(/no cycles.*nilpotent/);
  });

  it('refuses to return a half-converged vector', () => {
    const g = smallView(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 'c']]);
    expect(() => eigenvectorCentrality(g, { maxIterations: 3 })).toThrow(/did not converge in 3 iterations/);
  });
});
