/**
 * Edge cases of the views and measures (acceptance 2): empty graph, single node, disconnected
 * graph, self-loops, isolated nodes, zero and negative weights, and measures that cannot run.
 * Disconnected graphs, isolated nodes, a zero strength and a directed acyclic graph are also in the
 * NetworkX fixtures (graphs `disconnected` and `dag`, see test/metrics/centrality/).
 */
import { describe, expect, it } from 'vitest';
import { brokers } from '../../src/metrics/brokerage/brokers.js';
import { gouldFernandez } from '../../src/metrics/brokerage/gould-fernandez.js';
import { betweennessCentrality } from '../../src/metrics/centrality/betweenness.js';
import { closenessCentrality } from '../../src/metrics/centrality/closeness.js';
import { degreeCentrality } from '../../src/metrics/centrality/degree.js';
import { eigenvectorCentrality } from '../../src/metrics/centrality/eigenvector.js';
import { harmonicCentrality } from '../../src/metrics/centrality/harmonic.js';
import { hits } from '../../src/metrics/centrality/hits.js';
import { pagerank } from '../../src/metrics/centrality/pagerank.js';
import { louvain } from '../../src/metrics/communities/louvain.js';
import { MetricError } from '../../src/metrics/metric-error.js';
import { burtConstraint } from '../../src/metrics/structural-holes/constraint.js';
import { effectiveSize } from '../../src/metrics/structural-holes/effective-size.js';
import { buildView } from '../../src/metrics/view.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';
import { referenceGraph } from './reference-fixtures.js';

function graphOf(nodes: string[], edges: Array<[string, string, Record<string, unknown>?]>, undirected = true): EcoGraph {
  const g = createEcoGraph();
  for (const n of nodes) g.addNode(n, { label: n });
  for (const [s, t, a] of edges) {
    if (undirected) g.addUndirectedEdge(s, t, { ...a });
    else g.addDirectedEdge(s, t, { ...a });
  }
  return g;
}

describe('empty graph', () => {
  const { graph, view } = buildView(graphOf([], []));
  it('every measure returns an empty result', () => {
    expect(view).toMatchObject({ nodes: 0, edges: 0 });
    for (const f of [degreeCentrality, betweennessCentrality, closenessCentrality, harmonicCentrality, eigenvectorCentrality, pagerank, burtConstraint])
      expect(f(graph).size).toBe(0);
    expect(hits(graph).hubs.size).toBe(0);
    expect(effectiveSize(graph).size).toBe(0);
    expect(louvain(graph).community.size).toBe(0);
    expect(gouldFernandez(graph, () => 'x').size).toBe(0);
  });
});

describe('single node', () => {
  const { graph } = buildView(graphOf(['a'], []));
  it('has the values NetworkX gives a one-node graph', () => {
    expect(degreeCentrality(graph).get('a')).toBe(0);
    expect(betweennessCentrality(graph).get('a')).toBe(0);
    expect(closenessCentrality(graph).get('a')).toBe(0);
    expect(harmonicCentrality(graph).get('a')).toBe(0);
    expect(eigenvectorCentrality(graph).get('a')).toBe(1);
    expect(pagerank(graph).get('a')).toBe(1);
    expect(burtConstraint(graph).get('a')).toBeNaN();
    expect(effectiveSize(graph).get('a')!.efficiency).toBeNaN();
  });
  it('HITS and modularity say why they are undefined', () => {
    expect(() => hits(graph)).toThrow(/no edges/);
    const result = louvain(graph);
    expect(result.count).toBe(1);
    expect(result.modularity).toBeNaN();
  });
});

describe('self-loops', () => {
  it('are dropped by every view and change no measure', async () => {
    const eco = await referenceGraph('small-ecosystem');
    const loops = eco.filterEdges((_e, _a, s, t) => s === t);
    expect(loops.length).toBeGreaterThan(0);
    const without = eco.copy();
    for (const e of loops) without.dropEdge(e);
    for (const options of [{}, { directed: true }, { weighted: 'weight', weightAs: 'strength' as const }]) {
      const a = buildView(eco, options);
      const b = buildView(without, options);
      expect(a.view.selfLoopsDropped).toBe(loops.length);
      expect(a.view.edges).toBe(b.view.edges);
      for (const f of [degreeCentrality, betweennessCentrality, eigenvectorCentrality, pagerank])
        expect([...f(a.graph)]).toEqual([...f(b.graph)]);
    }
  });
});

describe('isolated nodes and disconnected graphs', () => {
  const { graph } = buildView(graphOf(['a', 'b', 'c', 'x', 'y', 'lonely'], [['a', 'b'], ['b', 'c'], ['x', 'y']]));
  it('an isolated node scores 0 on path measures and NaN on Burt measures', () => {
    expect(betweennessCentrality(graph).get('lonely')).toBe(0);
    expect(closenessCentrality(graph).get('lonely')).toBe(0);
    expect(harmonicCentrality(graph).get('lonely')).toBe(0);
    expect(burtConstraint(graph).get('lonely')).toBeNaN();
    // dangling: its own rank is spread uniformly, so x = 0.15/6 + 0.85·x/6
    expect(pagerank(graph).get('lonely')).toBeCloseTo(0.15 / 6 / (1 - 0.85 / 6), 12);
  });
  it('closeness is scaled by the share of nodes reached (Wasserman–Faust)', () => {
    // b reaches a and c at distance 1: (2/2) × (2/5)
    expect(closenessCentrality(graph).get('b')).toBeCloseTo(0.4, 15);
  });
  it('Louvain puts each component in its own communities', () => {
    const { community } = louvain(graph);
    expect(community.get('a')).not.toBe(community.get('x'));
    expect(community.get('x')).toBe(community.get('y'));
  });
});

describe('weights', () => {
  const triangle = (w: number) => graphOf(['a', 'b', 'c'], [['a', 'b', { weight: w }], ['b', 'c', { weight: 2 }], ['a', 'c']]);
  it('a missing weight counts 1 and parallel ties sum their weights', () => {
    const g = graphOf(['a', 'b'], [['a', 'b', { weight: 2 }], ['a', 'b', { weight: 3 }], ['b', 'a']]);
    const { graph, view } = buildView(g, { weighted: 'weight' });
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'weight')).toBe(6);
    expect(view.mergedTies).toBe(2);
  });
  it('a zero weight is refused as a distance, with the tie named', () => {
    expect(() => buildView(triangle(0), { weighted: 'weight' })).toThrow(MetricError);
    expect(() => buildView(triangle(0), { weighted: 'weight' })).toThrow(/"a" and "b" has weight 0.*--weight-as strength/);
  });
  it('a zero strength drops the tie', () => {
    const { graph, view } = buildView(triangle(0), { weighted: 'weight', weightAs: 'strength' });
    expect(view.zeroStrengthDropped).toBe(1);
    expect(graph.hasEdge('a', 'b')).toBe(false);
    expect(betweennessCentrality(graph).get('c')).toBe(1);
  });
  it('negative and non-numeric weights are refused', () => {
    expect(() => buildView(triangle(-1), { weighted: 'weight' })).toThrow(/negative/);
    const g = graphOf(['a', 'b'], [['a', 'b', { strength: 'high' }]]);
    expect(() => buildView(g, { weighted: 'strength' })).toThrow(/must be a finite number, got "high"/);
  });
  it('strength reads 1/weight as the length of a tie', () => {
    // a–b strength 10 (length 0.1) + b–c strength 2 (0.5) beats a–c strength 1 (length 1)
    const { graph } = buildView(triangle(10), { weighted: 'weight', weightAs: 'strength' });
    expect(betweennessCentrality(graph).get('b')).toBe(1);
    const asDistance = buildView(triangle(10), { weighted: 'weight' }).graph;
    expect(betweennessCentrality(asDistance).get('b')).toBe(0);
  });
});

describe('measures that cannot run say why', () => {
  it('eigenvector on a directed acyclic view', () => {
    const { graph } = buildView(graphOf(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']], false), { directed: true });
    expect(() => eigenvectorCentrality(graph)).toThrow(/no cycles.*nilpotent/);
  });
  it('eigenvector that does not converge within the iteration limit', () => {
    const { graph } = buildView(graphOf(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 'c']]));
    expect(() => eigenvectorCentrality(graph, { maxIterations: 3 })).toThrow(/did not converge in 3 iterations/);
  });
  it('HITS with two equally strong components', () => {
    const { graph } = buildView(graphOf(['a', 'b', 'c', 'd'], [['a', 'b'], ['c', 'd']], false), { directed: true });
    expect(() => hits(graph)).toThrow(/not unique/);
  });
  it('Louvain refuses a directed view', () => {
    const { graph } = buildView(graphOf(['a', 'b'], [['a', 'b']]), { directed: true });
    expect(() => louvain(graph)).toThrow(/undirected view/);
  });
  it('brokers with no node of a side returns no brokered pairs', () => {
    const g = graphOf(['u', 'f'], [['u', 'f']]);
    g.setNodeAttribute('u', 'kind', 'university');
    g.setNodeAttribute('f', 'kind', 'firm');
    const kind = (n: string) => g.getNodeAttribute(n, 'kind');
    const rows = brokers(buildView(g).graph, buildView(g, { directed: true }).graph, kind, kind, { between: 'university', and: 'anchor' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'f', betweenness: 0, brokeredPairs: 0, tiedToBoth: false, and: [] });
  });
});
