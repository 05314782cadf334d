import { connectedComponents } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { CENTRALITY_MEASURES } from '../../src/metrics/registry.js';
import { buildView } from '../../src/metrics/view.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { componentsBySize, edgeFields, nodeFields, NodeMeasures } from '../../web/src/node-fields.js';

describe('componentsBySize', () => {
  it('numbers graphology-components’ components by decreasing size', async () => {
    const g = await loadGraph('graphs/hamamatsu-spinoffs.json');
    const ours = componentsBySize(g);
    const reference = connectedComponents(g).sort((a, b) => b.length - a.length);
    expect(new Set(ours.values()).size).toBe(reference.length);
    // every reference component is one of ours, and the largest is number 0
    for (const members of reference) expect(new Set(members.map((n) => ours.get(n))).size).toBe(1);
    expect(ours.get(reference[0]![0]!)).toBe(0);
    const sizes = [...new Set(ours.values())].sort((a, b) => a - b).map((c) => [...ours.values()].filter((v) => v === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

describe('nodeFields', () => {
  it('lists id, label, kind, the other attributes (no layout ones), then the measures, computed on first read', async () => {
    const g = await loadGraph('graphs/kyoto-life-science.json');
    g.forEachNode((n) => g.mergeNodeAttributes(n, { x: 1, y: 2 }));
    let louvainCalls = 0;
    const measures = new NodeMeasures(g, () => {
      louvainCalls++;
      return new Map(g.nodes().map((n, i) => [n, i % 2] as const));
    });
    const fields = nodeFields(g, measures);
    const ids = fields.map((f) => f.id);
    expect(ids.slice(0, 3)).toEqual(['id', 'attr:label', 'attr:kind']);
    expect(ids).not.toContain('attr:x');
    expect(ids).toContain('attr:founded');
    expect(fields.find((f) => f.id === 'attr:founded')!.type).toBe('number');
    expect(fields.find((f) => f.id === 'attr:sources')!.type).toBe('category');
    expect(ids.indexOf('metric:degree')).toBeGreaterThan(ids.indexOf('attr:founded'));
    // every centrality of the registry is offered (Kyoto is small enough for the slow ones)
    for (const m of CENTRALITY_MEASURES) expect(ids.some((id) => id === `metric:${m.id}` || id.startsWith(`metric:${m.id}:`))).toBe(true);
    const node = g.nodes()[0]!;
    expect(fields.find((f) => f.id === 'metric:degree')!.value(node)).toBe(g.degree(node));
    expect(louvainCalls).toBe(0);
    const community = fields.find((f) => f.id === 'metric:community')!;
    expect(community.type).toBe('category');
    expect(community.value(g.nodes()[1]!)).toBe('Community 2');
    community.value(node);
    expect(louvainCalls).toBe(1);
    // PageRank as the registry computes it on the undirected view
    const pagerank = CENTRALITY_MEASURES.find((m) => m.id === 'pagerank')!;
    const params = Object.fromEntries(pagerank.parameters.map((p) => [p.name, p.default]));
    const expected = pagerank.compute(buildView(g).graph, { params })[pagerank.outputs[0]!]!;
    expect(fields.find((f) => f.id === 'metric:pagerank')!.value(node)).toBeCloseTo(expected.get(node)!, 12);
  });

  it('leaves the slow measures out of large graphs and reports a measure that fails', () => {
    const g = createEcoGraph();
    for (let i = 0; i < 5001; i++) g.addNode(`n${i}`, { label: `n${i}` });
    const measures = new NodeMeasures(g, () => new Map());
    expect(measures.available().some((m) => m.id === 'betweenness')).toBe(false);
    expect(measures.available().some((m) => m.id === 'pagerank')).toBe(true);
    expect(measures.values('no-such-measure').size).toBe(0);
    expect(measures.error('no-such-measure')).toMatch(/no measure/);
  });
});

describe('edgeFields', () => {
  it('lists id, ends with labels, direction, kind and the other attributes', async () => {
    const g = await loadGraph('graphs/kyoto-life-science.json');
    const fields = edgeFields(g);
    expect(fields.slice(0, 7).map((f) => f.title)).toEqual(['id', 'source', 'source label', 'target', 'target label', 'directed', 'kind']);
    const e = g.edges()[0]!;
    expect(fields.find((f) => f.id === 'target-label')!.value(e)).toBe(g.getNodeAttribute(g.target(e), 'label'));
    expect(fields.find((f) => f.id === 'attr:sources')!.value(e)).toEqual(g.getEdgeAttribute(e, 'sources'));
  });
});
