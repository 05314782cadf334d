/**
 * Network figures: same graph and seed ⇒ byte-identical SVG; labels never overlap and stay on the
 * canvas; the top N nodes by the size measure are the labelled ones; colours come from the shared
 * palette; communities are seeded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { boxInside, overlappingPairs } from '../../../src/figures/label-boxes.js';
import { nodeSizeMeasure, seededCommunities, simpleProjection } from '../../../src/figures/network/measures.js';
import { networkFigure } from '../../../src/figures/network/network-figure.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { loadGraph } from '../../../src/io/files.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { CATEGORY_COLORS, NODE_KIND_COLORS } from '../../../src/model/palette.js';
import { louvain } from '../../../src/metrics/communities/louvain.js';
import { centralityMeasure } from '../../../src/metrics/registry.js';
import { buildView } from '../../../src/metrics/view.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { generatedSpinoffTree } from '../generated-tree.js';

const REPO = join(import.meta.dirname, '../../..');
const measurer = figureTextMeasurer();

function expectCleanLabels(layout: ReturnType<typeof networkFigure>['layout']) {
  const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };
  expect(overlappingPairs(layout.labelBoxes).map(([a, b]) => `${a.role}:${a.id} × ${b.role}:${b.id}`)).toEqual([]);
  expect(layout.labelBoxes.filter((l) => !boxInside(l, canvas)).map((l) => l.id)).toEqual([]);
  for (const n of layout.nodes) {
    expect(n.x - n.r).toBeGreaterThanOrEqual(0);
    expect(n.y + n.r).toBeLessThanOrEqual(layout.height);
    expect(n.x + n.r).toBeLessThanOrEqual(layout.width);
  }
}

describe('network figure', () => {
  const graph = generateEcosystem({ nodes: 150, seed: 4 });

  it('gives byte-identical SVG for the same graph and seed, and a different layout for another seed', () => {
    const a = networkFigure(graph, measurer, { seed: 7, labels: 12 }).svg;
    const b = networkFigure(generateEcosystem({ nodes: 150, seed: 4 }), figureTextMeasurer(), { seed: 7, labels: 12 }).svg;
    expect(a).toBe(b);
    const c = networkFigure(graph, measurer, { seed: 8, labels: 12 }).svg;
    expect(c).not.toBe(a);
    const d1 = networkFigure(graph, measurer, { seed: 7, color: 'community' }).svg;
    const d2 = networkFigure(graph, measurer, { seed: 7, color: 'community' }).svg;
    expect(d1).toBe(d2);
  });

  it('labels exactly the top N nodes by the size measure, without overlaps or clipping', () => {
    for (const size of ['degree', 'betweenness', 'pagerank'] as const) {
      const { layout } = networkFigure(graph, measurer, { size, labels: 25, seed: 3 });
      expect(layout.labels).toHaveLength(25);
      const values = nodeSizeMeasure(simpleProjection(graph), size);
      const threshold = [...values.values()].sort((x, y) => y - x)[24]!;
      for (const l of layout.labels) expect(values.get(l.id)!).toBeGreaterThanOrEqual(threshold);
      expectCleanLabels(layout);
    }
  });

  it('keeps labels apart even when every node of a dense graph is labelled (long and Japanese names)', () => {
    const g = generatedSpinoffTree({ nodes: 220, seed: 9, maxChildren: 12, depthBias: 0.5 });
    const { layout } = networkFigure(g, measurer, { labels: 220, seed: 1, iterations: 200 });
    expect(layout.labels).toHaveLength(220);
    expectCleanLabels(layout);
  });

  it('sizes nodes by the measure and colours them with the shared kind palette', () => {
    const { layout } = networkFigure(graph, measurer, { size: 'degree' });
    const degree = nodeSizeMeasure(simpleProjection(graph), 'degree');
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    const ids = graph.nodes();
    for (const a of ids.slice(0, 40))
      for (const b of ids.slice(0, 40)) if (degree.get(a)! > degree.get(b)!) expect(byId.get(a)!.r).toBeGreaterThan(byId.get(b)!.r);
    graph.forEachNode((id, attrs) => expect(byId.get(id)!.color).toBe(NODE_KIND_COLORS[attrs.kind!]));
    const legend = layout.legend.entries.map((e) => e.text);
    expect(legend).toContain('Firm');
    // One legend line per kind of tie drawn (a pair of nodes is drawn in the kind of its first tie).
    const first = new Map<string, string | undefined>();
    graph.forEachEdge((_e, a, s, t) => {
      const key = [s, t].sort().join('|');
      if (!first.has(key) && s !== t) first.set(key, a.kind);
    });
    expect(legend.filter((t) => t.endsWith(' tie'))).toHaveLength(new Set(first.values()).size);
    expect(legend).toContain('Spin-off tie');
  });

  it('colours by the metrics library\'s Louvain communities (same seed, same partition as `ecograph communities`)', () => {
    const simple = simpleProjection(graph);
    const a = seededCommunities(simple, 5);
    expect(a).toEqual(louvain(buildView(graph).graph, { seed: 5 }).community);
    expect(new Set(a.values()).size).toBeGreaterThan(1);
    const { layout } = networkFigure(graph, measurer, { color: 'community', seed: 5 });
    for (const n of layout.nodes) expect(n.color).toBe(CATEGORY_COLORS[a.get(n.id)! % CATEGORY_COLORS.length]);
    expect(layout.legend.entries[0]!.text).toBe(`community 1 (${[...a.values()].filter((c) => c === 0).length})`);
  });

  it('sizes by the metrics library\'s centralities', () => {
    const view = buildView(graph).graph;
    expect(nodeSizeMeasure(simpleProjection(graph), 'pagerank')).toEqual(centralityMeasure('pagerank')!.compute(view, { params: { alpha: 0.85 } }).pagerank);
    expect(() => nodeSizeMeasure(simpleProjection(graph), 'hits')).toThrow(/unknown size measure "hits"/);
  });

  it('draws untyped graphs with the fallback colour', () => {
    const g: EcoGraph = createEcoGraph();
    g.addNode('a', { label: 'A' });
    g.addNode('b', { label: 'B' });
    g.addNode('c', { label: 'C' });
    g.addUndirectedEdge('a', 'b');
    const { layout, svg } = networkFigure(g, measurer, { labels: 3 });
    expect(layout.legend.entries.map((e) => e.text)).toContain('untyped');
    expect(svg).toContain('Sources: none recorded in the data.');
    expectCleanLabels(layout);
  });
});

for (const file of ['hamamatsu-spinoffs.json', 'sapporo-valley.json', 'kyoto-life-science.json']) {
  const path = join(REPO, 'graphs', file);
  describe.runIf(existsSync(path))(`bundled ${file}`, () => {
    it('has no overlapping or clipped labels, by kind and by community', async () => {
      const g = await loadGraph(path);
      for (const color of ['kind', 'community'] as const) expectCleanLabels(networkFigure(g, measurer, { color, labels: 15, title: file }).layout);
    });
  });
}
