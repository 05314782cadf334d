/**
 * Network figures: same graph and seed ⇒ byte-identical SVG; labels never overlap and stay on the
 * canvas; the top N nodes by the size measure are the labelled ones; colours come from the shared
 * palette; communities are seeded.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { boxInside, boxesOverlap, overlappingPairs } from '../../../src/figures/label-boxes.js';
import { PX_PER_MM, PX_PER_PT } from '../../../src/figures/network/layout.js';
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
  // No label covers a node.
  const nodeBoxes = layout.nodes.map((n) => ({ x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r, id: n.id }));
  const covering = layout.labels.flatMap((l) => nodeBoxes.filter((b) => boxesOverlap(b, l.box)).map((b) => `${l.id} over ${b.id}`));
  expect(covering).toEqual([]);
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

  it('labels only the top N nodes by the size measure, dropping (and reporting) those without room', () => {
    for (const size of ['degree', 'betweenness', 'pagerank'] as const) {
      const { layout } = networkFigure(graph, measurer, { size, labels: 25, seed: 3 });
      expect(layout.labels.length + layout.droppedLabels.length).toBe(25);
      expect(layout.labels.length).toBeGreaterThan(12);
      const values = nodeSizeMeasure(simpleProjection(graph), size);
      const threshold = [...values.values()].sort((x, y) => y - x)[24]!;
      for (const l of [...layout.labels, ...layout.droppedLabels]) expect(values.get(l.id)!).toBeGreaterThanOrEqual(threshold);
      expectCleanLabels(layout);
    }
  });

  it('labels every node that has room at 6.5 pt or more at the printed width, never over another label or a node', () => {
    const g = generatedSpinoffTree({ nodes: 220, seed: 9, maxChildren: 12, depthBias: 0.5 });
    for (const [mm, least] of [[85, 5], [174, 35]] as const) {
      const width = mm * PX_PER_MM;
      const { layout } = networkFigure(g, measurer, { labels: 'all', seed: 1, iterations: 200, width });
      expect(layout.width).toBe(Math.ceil(width));
      expect(layout.labels.length + layout.droppedLabels.length).toBe(220);
      expect(layout.labels.length).toBeGreaterThanOrEqual(least);
      expect(new Set([...layout.labels.map((l) => l.id), ...layout.droppedLabels.map((l) => l.id)]).size).toBe(220);
      for (const l of layout.labels) expect(l.size / PX_PER_PT).toBeGreaterThanOrEqual(6.5 - 1e-9);
      expectCleanLabels(layout);
    }
  });

  it('labels the nodes asked for by id, or none', () => {
    const ids = graph.nodes().slice(0, 3);
    expect(networkFigure(graph, measurer, { labels: ids, seed: 3 }).layout.labels.map((l) => l.id).sort()).toEqual([...ids].sort());
    expect(networkFigure(graph, measurer, { labels: 'none', seed: 3 }).layout.labels).toEqual([]);
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
    // One legend line per kind of tie drawn (every kind between distinct nodes is drawn).
    const kinds = new Set<string | undefined>();
    graph.forEachEdge((_e, a, s, t) => void (s !== t && kinds.add(a.kind)));
    expect(legend.filter((t) => t.endsWith(' tie'))).toHaveLength(kinds.size);
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
      for (const print of ['color', 'bw'] as const) {
        const { layout } = networkFigure(g, measurer, { print, title: file });
        expectCleanLabels(layout);
        // At two-column width nearly every actor of a bundled graph is named.
        expect(layout.droppedLabels.length).toBeLessThanOrEqual(Math.ceil(g.order / 10));
      }
    });
  });
}
