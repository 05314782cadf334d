/**
 * buildView: the simple graph metrics run on — direction, kind filters, merged parallel ties,
 * dropped self-loops, weights as lengths or strengths — equal to the views the NetworkX reference
 * script builds. The shared weight rules and messages are tested in view-rules.test.ts; edge cases
 * of views and measures together in edge-cases.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MetricError } from '../../src/metrics/metric-error.js';
import { buildView } from '../../src/metrics/view.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';
import { centralityFixture } from './centrality/networkx-cases.js';
import { describeView, referenceGraph, viewOptions } from './reference-fixtures.js';

describe('views of the reference graphs', () => {
  it('cover every reference graph and the views the reference script builds', () => {
    const graphs = new Set(centralityFixture.cases.map((c) => c.graph));
    expect([...graphs].sort()).toEqual(['dag', 'disconnected', 'florentine', 'karate', 'kite', 'lesmis', 'random-directed', 'small-ecosystem']);
    const views = new Set(centralityFixture.cases.map((c) => describeView(c.view)));
    expect(views).toContain('undirected');
    expect(views).toContain('directed=true');
    expect(views).toContain('weighted=weight');
    expect(views).toContain('weighted=weight,weightAs=strength');
  });

  for (const c of centralityFixture.cases) {
    it(`${c.graph} [${describeView(c.view)}]: builds the same view as the reference script`, async () => {
      const { view } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
      expect([view.nodes, view.edges]).toEqual([c.nodes, c.edges]);
    });
  }
});

/** a (firm) → b (university) spinoff, b – c collaboration twice, a → a, c → d investment. */
function toy(): EcoGraph {
  const g = createEcoGraph();
  g.addNode('a', { label: 'A', kind: 'firm' });
  g.addNode('b', { label: 'B', kind: 'university' });
  g.addNode('c', { label: 'C', kind: 'firm' });
  g.addNode('d', { label: 'D', kind: 'investor' });
  g.addNode('e', { label: 'E' });
  g.addDirectedEdgeWithKey('s', 'b', 'a', { kind: 'spinoff', weight: 2 });
  g.addUndirectedEdgeWithKey('k1', 'b', 'c', { kind: 'collaboration', weight: 1 });
  g.addUndirectedEdgeWithKey('k2', 'c', 'b', { kind: 'collaboration', weight: 3 });
  g.addDirectedEdgeWithKey('loop', 'a', 'a', { kind: 'spinoff' });
  g.addDirectedEdgeWithKey('i', 'd', 'c', { kind: 'investment' });
  return g;
}

describe('buildView', () => {
  it('is undirected and unweighted by default: every node, parallel ties merged, self-loops dropped', () => {
    const { graph, view } = buildView(toy());
    expect(graph.type).toBe('undirected');
    expect(graph.getAttribute('weighted')).toBe(false);
    expect(graph.nodes()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(graph.size).toBe(3);
    expect(view).toMatchObject({ nodes: 5, edges: 3, mergedTies: 1, selfLoopsDropped: 1, zeroStrengthDropped: 0 });
    expect(graph.getEdgeAttributes(graph.edge('b', 'c')!)).toEqual({ weight: 2, strength: 1, distance: 1 });
  });

  it('on a directed view keeps directed ties one way and gives undirected ties both ways', () => {
    const { graph, view } = buildView(toy(), { directed: true });
    expect(graph.type).toBe('directed');
    expect(graph.hasEdge('b', 'a')).toBe(true);
    expect(graph.hasEdge('a', 'b')).toBe(false);
    expect(graph.hasEdge('b', 'c') && graph.hasEdge('c', 'b')).toBe(true);
    // k1 and k2 each add b→c and c→b: two merges
    expect(view).toMatchObject({ edges: 4, mergedTies: 2 });
  });

  it('keeps only the node kinds asked for (a node without a kind is left out) and the ties among them', () => {
    const { graph } = buildView(toy(), { nodeKinds: ['firm', 'investor'] });
    expect(graph.nodes()).toEqual(['a', 'c', 'd']);
    expect(graph.edges().map((e) => graph.extremities(e).sort().join('-'))).toEqual(['c-d']);
  });

  it('keeps only the edge kinds asked for, and every node', () => {
    const { graph } = buildView(toy(), { edgeKinds: ['spinoff'] });
    expect(graph.order).toBe(5);
    expect(graph.edges().map((e) => graph.extremities(e).sort().join('-'))).toEqual(['a-b']);
  });

  it('sums the weights of merged ties; as lengths by default, as strengths with 1/weight as length', () => {
    const asLength = buildView(toy(), { weighted: 'weight' }).graph;
    expect(asLength.getAttribute('weighted')).toBe(true);
    // b–c: 1 + 3; c–d: no weight counts 1
    expect(asLength.getEdgeAttributes(asLength.edge('b', 'c')!)).toEqual({ weight: 4, strength: 4, distance: 4 });
    expect(asLength.getEdgeAttributes(asLength.edge('c', 'd')!)).toEqual({ weight: 1, strength: 1, distance: 1 });
    const asStrength = buildView(toy(), { weighted: 'weight', weightAs: 'strength' }).graph;
    expect(asStrength.getEdgeAttributes(asStrength.edge('b', 'c')!)).toEqual({ weight: 4, strength: 4, distance: 0.25 });
  });

  it('describes the options it was built with', () => {
    const { view } = buildView(toy(), { directed: true, weighted: 'weight', weightAs: 'strength', edgeKinds: ['collaboration'] });
    expect(view).toEqual({
      directed: true,
      edgeKinds: ['collaboration'],
      nodeKinds: null,
      weight: 'weight',
      weightAs: 'strength',
      nodes: 5,
      edges: 2,
      mergedTies: 2,
      selfLoopsDropped: 0,
      zeroStrengthDropped: 0,
    });
  });

  it('refuses a zero length with a MetricError naming the tie', () => {
    const g = toy();
    g.setEdgeAttribute('i', 'weight', 0);
    expect(() => buildView(g, { weighted: 'weight' })).toThrow(MetricError);
    expect(() => buildView(g, { weighted: 'weight' })).toThrow(/"c" and "d"|"d" and "c"/);
    expect(buildView(g, { weighted: 'weight', weightAs: 'strength' }).view.zeroStrengthDropped).toBe(1);
  });

  it('names the edge whose weight is not a number', () => {
    const g = toy();
    const level: Record<string, unknown> = { level: 'heavy' };
    g.addUndirectedEdgeWithKey('w', 'a', 'e', { ...level });
    expect(() => buildView(g, { weighted: 'level' })).toThrow(/edge "w".*must be a finite number, got "heavy"/);
  });

  it('leaves the ecosystem graph as it was', () => {
    const g = toy();
    const before = JSON.stringify(g.export());
    buildView(g, { directed: true, weighted: 'weight', nodeKinds: ['firm'] });
    expect(JSON.stringify(g.export())).toBe(before);
  });
});
