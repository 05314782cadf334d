/**
 * modularity() computes Q through graphology-metrics and keeps ecograph's conventions around it:
 * NaN on a view without edges, a MetricError naming the node without a community, a MetricError
 * on a directed view, tie strengths on weighted views. Its values against NetworkX and igraph are
 * in test/metrics/communities.test.ts; against ecograph's own implementation below and in
 * test/metrics/oracles/graphology-metrics.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { modularity, modularityIndexed } from '../../../src/metrics/communities/modularity.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { buildView } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';

function twoTriangles() {
  const eco = createEcoGraph();
  for (const n of ['a', 'b', 'c', 'x', 'y', 'z']) eco.addNode(n, { label: n });
  const tie = (s: string, t: string, weight = 1) => eco.addUndirectedEdge(s, t, { kind: 'collaboration', weight });
  tie('a', 'b');
  tie('b', 'c');
  tie('a', 'c');
  tie('x', 'y');
  tie('y', 'z');
  tie('x', 'z');
  tie('c', 'x', 4);
  return eco;
}
const split = new Map([['a', 0], ['b', 0], ['c', 0], ['x', 1], ['y', 1], ['z', 1]]);

describe('modularity', () => {
  it('gives the hand-computed Q of two triangles joined by a tie: 2 × (3/7 − (7/14)²)', () => {
    const { graph } = buildView(twoTriangles());
    expect(modularity(graph, split)).toBeCloseTo(2 * (3 / 7 - 0.25), 15);
    expect(modularity(graph, split, 2)).toBeCloseTo(2 * (3 / 7 - 2 * 0.25), 15);
  });

  it('reads tie strengths on a weighted view (the bridge of strength 4: m = 10)', () => {
    const { graph } = buildView(twoTriangles(), { weighted: 'weight', weightAs: 'strength' });
    const expected = 2 * (3 / 10 - (10 / 20) ** 2);
    expect(modularity(graph, split)).toBeCloseTo(expected, 15);
    expect(modularityIndexed(indexGraph(graph), split)).toBeCloseTo(expected, 15);
  });

  it('is NaN on a view without edges', () => {
    const eco = createEcoGraph();
    eco.addNode('a', { label: 'a' });
    eco.addNode('b', { label: 'b' });
    const { graph } = buildView(eco);
    expect(modularity(graph, new Map([['a', 0], ['b', 1]]))).toBeNaN();
    expect(modularityIndexed(indexGraph(graph), new Map([['a', 0], ['b', 1]]))).toBeNaN();
  });

  it('names the node that has no community', () => {
    const { graph } = buildView(twoTriangles());
    const partial = new Map(split);
    partial.delete('y');
    expect(() => modularity(graph, partial)).toThrow(MetricError);
    expect(() => modularity(graph, partial)).toThrow(/node "y" has no community/);
    expect(() => modularityIndexed(indexGraph(graph), partial)).toThrow(/node "y" has no community/);
  });

  it('refuses a directed view', () => {
    const { graph } = buildView(twoTriangles(), { directed: true });
    expect(() => modularity(graph, split)).toThrow(/undirected view/);
    expect(() => modularityIndexed(indexGraph(graph), split)).toThrow(/undirected view/);
  });
});
