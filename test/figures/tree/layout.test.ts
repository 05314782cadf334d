/**
 * Tree figures: no two labels overlap and none leaves the canvas (bundled Hamamatsu and Sapporo
 * trees, seeded 200+ node trees, both orientations, with and without the year axis); the same
 * input gives byte-identical SVG; years, listed marks, second parents and tie confidence are drawn.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { boxInside, overlappingPairs } from '../../../src/figures/label-boxes.js';
import { treeFigure } from '../../../src/figures/tree/tree-figure.js';
import { bandSizeForArea, MIN_BAND_SIZE } from '../../../src/figures/tree/layout.js';
import { loadGraph } from '../../../src/io/files.js';
import { buildSpinoffDag, lineageRoots } from '../../../src/metrics/lineage/index.js';
import { graphDates } from '../../../src/metrics/evolution/snapshot.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { generatedSpinoffTree } from '../generated-tree.js';
import { connectorsThroughBoxes, yearPositionsOutOfOrder } from '../tree-geometry.js';

const REPO = join(import.meta.dirname, '../../..');
const measurer = figureTextMeasurer();
const VARIANTS = [
  { orientation: 'vertical', years: false },
  { orientation: 'horizontal', years: false },
  { orientation: 'vertical', years: true },
  { orientation: 'horizontal', years: true },
] as const;

function expectCleanLabels(graph: EcoGraph, root: string, variant: { orientation: 'vertical' | 'horizontal'; years: boolean; maxBandSize?: number }) {
  const { layout } = treeFigure(graph, root, measurer, { ...variant, markListed: true, title: `Spin-off tree of ${root}` });
  const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };
  const overlaps = overlappingPairs(layout.labels).map(([a, b]) => `${a.role}:${a.id} × ${b.role}:${b.id}`);
  expect(overlaps).toEqual([]);
  const outside = layout.labels.filter((l) => !boxInside(l, canvas)).map((l) => `${l.role}:${l.id}`);
  expect(outside).toEqual([]);
  // Every drawn text line fits its box horizontally (boxes come from the font metrics).
  for (const node of layout.nodes)
    for (const line of node.lines) expect(measurer.width(line, layout.fontSize)).toBeLessThanOrEqual(node.box.width);
  // No connector (tree link or second parent) runs through a box it does not join.
  expect(connectorsThroughBoxes(layout)).toEqual([]);
  // On a year axis, firms are in the order of their years.
  if (variant.years) expect(yearPositionsOutOfOrder(layout)).toEqual([]);
  return layout;
}

for (const file of ['hamamatsu-spinoffs.json', 'sapporo-valley.json']) {
  const path = join(REPO, 'graphs', file);
  describe.runIf(existsSync(path))(`bundled ${file}`, () => {
    for (const variant of VARIANTS)
      it(`has no overlapping or clipped labels (${variant.orientation}${variant.years ? ', years' : ''}) for every lineage root`, async () => {
        const graph = await loadGraph(path);
        const dag = buildSpinoffDag(graph);
        const roots = lineageRoots(dag).map((r) => dag.ids[r]!);
        expect(roots.length).toBeGreaterThan(0);
        for (const root of roots) {
          const layout = expectCleanLabels(graph, root, variant);
          expect(layout.nodes[0]!.id).toBe(root);
        }
      });
  });
}

describe('generated trees of 200+ nodes', () => {
  const shapes = [
    { name: 'wide', nodes: 240, seed: 11, maxChildren: 40, depthBias: 0.1 },
    { name: 'deep', nodes: 220, seed: 12, maxChildren: 4, depthBias: 0.9 },
    { name: 'mixed', nodes: 260, seed: 13, maxChildren: 10, depthBias: 0.5 },
  ];
  for (const shape of shapes)
    for (const variant of VARIANTS)
      it(`${shape.name} tree: no overlapping or clipped labels (${variant.orientation}${variant.years ? ', years' : ''})`, () => {
        const graph = generatedSpinoffTree(shape);
        const layout = expectCleanLabels(graph, 'n0', variant);
        expect(layout.nodes).toHaveLength(shape.nodes);
        if (shape.name === 'deep') expect(layout.generations).toBeGreaterThan(20);
      });
});

describe('large sibling groups in bands', () => {
  const shapes = [
    { name: 'wide', nodes: 240, seed: 11, maxChildren: 40, depthBias: 0.1 },
    { name: 'mixed', nodes: 260, seed: 13, maxChildren: 10, depthBias: 0.5 },
  ];
  /** For each banded parent: its children's boxes in tree order, with the band each sits in. */
  function bandedGroups(layout: ReturnType<typeof treeFigure>['layout']) {
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    const children = new Map<string, string[]>();
    for (const l of layout.links) if (l.role === 'tree') children.set(l.from, [...(children.get(l.from) ?? []), l.to]);
    return layout.bandedParents.map((parent) => ({ parent, children: children.get(parent)!.map((id) => byId.get(id)!) }));
  }
  for (const shape of shapes)
    for (const orientation of ['horizontal', 'vertical'] as const)
      it(`${shape.name} tree, ${orientation}, at most 6 a band: no overlaps, no connector through a box, children read down then across`, () => {
        const graph = generatedSpinoffTree(shape);
        const layout = expectCleanLabels(graph, 'n0', { orientation, years: false, maxBandSize: 6 });
        expect(layout.nodes).toHaveLength(shape.nodes);
        const groups = bandedGroups(layout);
        expect(groups.length).toBeGreaterThan(0);
        const main = (n: (typeof layout.nodes)[number]) => (orientation === 'horizontal' ? n.box.x : n.box.y);
        const cross = (n: (typeof layout.nodes)[number]) => (orientation === 'horizontal' ? n.box.y : n.box.x);
        for (const { children } of groups) {
          expect(children.length).toBeGreaterThan(6);
          // Bands are the distinct main-axis starts; each holds at most 6, consecutive in tree order.
          const starts = [...new Set(children.map(main))].sort((a, b) => a - b);
          expect(starts.length).toBe(Math.ceil(children.length / 6));
          const bandOf = children.map((c) => starts.indexOf(main(c)));
          for (let i = 1; i < children.length; i++) {
            expect(bandOf[i]!).toBeGreaterThanOrEqual(bandOf[i - 1]!);
            // down a band: each child below (right of) the one before it
            if (bandOf[i] === bandOf[i - 1]) expect(cross(children[i]!)).toBeGreaterThan(cross(children[i - 1]!));
          }
          for (let b = 0; b < starts.length; b++) expect(bandOf.filter((x) => x === b).length).toBeLessThanOrEqual(6);
        }
      });

  it('makes a tall horizontal tree shorter, and is deterministic', () => {
    const graph = generatedSpinoffTree(shapes[0]!);
    const plain = treeFigure(graph, 'n0', measurer, { orientation: 'horizontal' });
    const banded = treeFigure(graph, 'n0', measurer, { orientation: 'horizontal', maxBandSize: 8 });
    expect(plain.layout.bandedParents).toEqual([]);
    expect(banded.layout.height).toBeLessThan(plain.layout.height * 0.6);
    expect(treeFigure(graph, 'n0', measurer, { orientation: 'horizontal', maxBandSize: 8 }).svg).toBe(banded.svg);
  });

  it('leaves a tree without a group over the band size, and any tree on a year axis, as it was', () => {
    const graph = generatedSpinoffTree({ nodes: 60, seed: 5, maxChildren: 6, depthBias: 0.5 });
    expect(treeFigure(graph, 'n0', measurer, { maxBandSize: 6 }).svg).toBe(treeFigure(graph, 'n0', measurer).svg);
    const wide = generatedSpinoffTree(shapes[0]!);
    expect(treeFigure(wide, 'n0', measurer, { years: true, maxBandSize: 6 }).svg).toBe(treeFigure(wide, 'n0', measurer, { years: true }).svg);
  });

  it('bandSizeForArea: the band size that fits the area largest, none unless bands fit 2% larger, never under 3 a band', () => {
    // A column of 36 boxes, 100 × 1000 in one band: b bands are 100·b wide and 1000 / b high.
    const bandsOf = (n: number) => (Number.isFinite(n) ? Math.ceil(36 / n) : 1);
    const lay = (n: number) => ({ width: 100 * bandsOf(n), height: 1000 / bandsOf(n) });
    // Fits 400 × 400 best with 3 bands (min(4/3, 1.2) = 1.2) of 12.
    expect(bandSizeForArea(lay, 36, { width: 400, height: 400 })).toBe(12);
    // Capped at scale 1, 3 bands already fit: no more are taken.
    expect(bandSizeForArea(lay, 36, { width: 400, height: 400 }, 1)).toBe(12);
    // Nothing helps a figure that bands do not change; a group of 5 has no band size of 3 or more but 3.
    expect(bandSizeForArea(() => ({ width: 100, height: 100 }), 36, { width: 400, height: 400 })).toBe(Infinity);
    const tried: number[] = [];
    bandSizeForArea((n) => (tried.push(n), { width: 1, height: 1 }), 5, { width: 1, height: 1 });
    expect(tried).toEqual([Infinity, 3]);
    expect(MIN_BAND_SIZE).toBe(3);
  });

  it('--band auto: on a page the tree is too tall for, bands make it fit larger; on one it fits, none', () => {
    const graph = generatedSpinoffTree(shapes[0]!);
    const page = { width: 643, height: 971 };
    const plain = treeFigure(graph, 'n0', measurer, { orientation: 'horizontal', page });
    const auto = treeFigure(graph, 'n0', measurer, { orientation: 'horizontal', page, maxBandSize: 'auto' });
    expect(plain.scale).toBeLessThan(0.6);
    expect(auto.layout.bandedParents.length).toBeGreaterThan(0);
    expect(auto.scale).toBeGreaterThan(plain.scale * 1.3);
    const small = generatedSpinoffTree({ nodes: 30, seed: 5, maxChildren: 12, depthBias: 0.3 });
    expect(treeFigure(small, 'n0', measurer, { orientation: 'horizontal', page: { width: 2000, height: 2000 }, maxBandSize: 'auto' }).layout.bandedParents).toEqual([]);
  });
});

describe('tree figure content', () => {
  const graph = generatedSpinoffTree({ nodes: 60, seed: 5, maxChildren: 6, depthBias: 0.5 });

  it('gives byte-identical SVG for the same input', () => {
    for (const variant of VARIANTS) {
      const a = treeFigure(graph, 'n0', figureTextMeasurer(), { ...variant, markListed: true, title: 'T' }).svg;
      const b = treeFigure(generatedSpinoffTree({ nodes: 60, seed: 5, maxChildren: 6, depthBias: 0.5 }), 'n0', figureTextMeasurer(), { ...variant, markListed: true, title: 'T' }).svg;
      expect(a).toBe(b);
    }
  });

  it('places one level per generation, or firms on the year axis with --years', () => {
    const layered = treeFigure(graph, 'n0', measurer, { orientation: 'vertical' }).layout;
    const topOf = new Map<number, Set<number>>();
    for (const n of layered.nodes) topOf.set(n.generation, (topOf.get(n.generation) ?? new Set()).add(n.box.y));
    for (const tops of topOf.values()) expect(tops.size).toBe(1);
    const levels = [...topOf.keys()].sort((a, b) => a - b).map((g) => [...topOf.get(g)!][0]!);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);

    const timed = treeFigure(graph, 'n0', measurer, { orientation: 'horizontal', years: true }).layout;
    const dated = timed.nodes.filter((n) => n.founded !== undefined);
    // x is a linear function of the founding year: same slope between any two dated firms.
    const [a, b] = [dated[0]!, dated.find((n) => n.founded !== dated[0]!.founded)!];
    const slope = (b.box.x - a.box.x) / (b.founded! - a.founded!);
    expect(slope).toBeGreaterThan(0);
    for (const n of dated) expect(n.box.x).toBeCloseTo(a.box.x + (n.founded! - a.founded!) * slope, 6);
    expect(timed.axis!.ticks.length).toBeGreaterThan(1);
  });

  it('keeps firms without a founding year off the axis, in a labelled band after it (before it for an undated root)', () => {
    for (const orientation of ['vertical', 'horizontal'] as const) {
      // Without derived bounds every undated firm is in the band.
      const { layout } = treeFigure(graph, 'n0', measurer, { orientation, years: true, yearBounds: new Map() });
      const start = (b: { x: number; y: number }) => (orientation === 'vertical' ? b.y : b.x);
      const end = (b: { x: number; y: number; width: number; height: number }) => (orientation === 'vertical' ? b.y + b.height : b.x + b.width);
      const undated = layout.nodes.filter((n) => n.founded === undefined && n.generation > 0);
      const dated = layout.nodes.filter((n) => n.founded !== undefined);
      expect(undated.length).toBeGreaterThan(0);
      const bands = layout.axis!.unknownBands;
      expect(bands.map((b) => b.side)).toEqual(['after']);
      expect(bands[0]!.label.lines).toEqual(['year unknown']);
      const lastDated = Math.max(...dated.map((n) => end(n.box)));
      for (const n of undated) {
        expect(n.yearText).toBe('year unknown');
        expect(start(n.box)).toBeGreaterThan(lastDated);
        expect(start(n.box)).toBeGreaterThanOrEqual(bands[0]!.from);
        expect(end(n.box)).toBeLessThanOrEqual(bands[0]!.to + 1e-9);
      }
      // No tick of the axis reaches into the band.
      for (const t of layout.axis!.ticks) expect(t.at).toBeLessThan(bands[0]!.from);
      // Dated firms stay linear in their year.
      const [a, b] = [dated[0]!, dated.find((n) => n.founded !== dated[0]!.founded)!];
      const slope = (start(b.box) - start(a.box)) / (b.founded! - a.founded!);
      for (const n of dated) expect(start(n.box)).toBeCloseTo(start(a.box) + (n.founded! - a.founded!) * slope, 6);
    }
    const copy = graph.copy();
    copy.removeNodeAttribute('n0', 'founded');
    const { layout } = treeFigure(copy, 'n0', measurer, { orientation: 'horizontal', years: true, yearBounds: new Map() });
    const root = layout.nodes.find((n) => n.id === 'n0')!;
    const before = layout.axis!.unknownBands.find((b) => b.side === 'before')!;
    expect(root.box.x).toBeGreaterThanOrEqual(before.from);
    expect(root.box.x + root.box.width).toBeLessThanOrEqual(before.to + 1e-9);
    for (const n of layout.nodes.filter((x) => x.founded !== undefined)) expect(n.box.x).toBeGreaterThan(before.to);
    expect(overlappingPairs(layout.labels)).toEqual([]);
  });

  it('places an undated firm with a derived bound at that year, marked "by YEAR" with a dashed box', () => {
    const bounds = graphDates(graph).nodeBounds;
    const { layout, svg } = treeFigure(graph, 'n0', measurer, { orientation: 'horizontal', years: true });
    const bounded = layout.nodes.filter((n) => n.bounded);
    expect(bounded.length).toBeGreaterThan(0);
    const dated = layout.nodes.filter((n) => n.founded !== undefined);
    const [a, b] = [dated[0]!, dated.find((n) => n.founded !== dated[0]!.founded)!];
    const slope = (b.box.x - a.box.x) / (b.founded! - a.founded!);
    for (const n of bounded) {
      expect(n.founded).toBeUndefined();
      expect(n.yearText).toBe(`by ${bounds.get(n.id)}`);
      expect(n.box.x).toBeCloseTo(a.box.x + (bounds.get(n.id)! - a.founded!) * slope, 6);
      expect(svg).toContain(`<rect x="${Math.round(n.box.x * 100) / 100}" y="${Math.round(n.box.y * 100) / 100}"`);
    }
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(layout.legend.entries.map((e) => e.text)).toContain('no founding year: placed by its earliest record');
    expect(layout.caption.lines.join(' ')).toContain('has no founding year of its own and is placed at its earliest record');
    // Undated firms with no bound at all still go to the band; without --years nothing is bounded.
    for (const n of layout.nodes.filter((x) => x.founded === undefined && !x.bounded && x.generation > 0)) expect(n.yearText).toBe('year unknown');
    expect(treeFigure(graph, 'n0', measurer).layout.nodes.some((n) => n.bounded)).toBe(false);
  });

  it('writes the founding year under each name and marks listed firms with * and a legend entry', () => {
    const { layout, svg } = treeFigure(graph, 'n0', measurer, { markListed: true });
    for (const n of layout.nodes) {
      expect(n.yearText).toBe(n.founded === undefined ? undefined : String(n.founded));
      if (n.yearText) expect(n.baselines[n.lines.length]!).toBeGreaterThan(n.baselines[n.lines.length - 1]!);
      expect(n.lines[n.lines.length - 1]!.endsWith(' *')).toBe(n.listed);
    }
    expect(layout.nodes.some((n) => n.listed)).toBe(true);
    expect(layout.legend.entries.map((e) => e.text)).toContain('listed company');
    const unmarked = treeFigure(graph, 'n0', measurer, { markListed: false }).layout;
    expect(unmarked.nodes.every((n) => !n.lines.at(-1)!.endsWith(' *'))).toBe(true);
    expect(svg).toContain('listed company');
  });

  it('draws second parents dashed and inferred and illustrative ties in their own styles, named in the legend', () => {
    const { layout, svg } = treeFigure(graph, 'n0', measurer);
    const second = layout.links.filter((l) => l.role === 'second-parent');
    expect(second.length).toBeGreaterThan(0);
    for (const l of second) expect(graph.someDirectedEdge(l.from, l.to, (_e, a) => a.kind === 'spinoff')).toBe(true);
    expect(layout.links.some((l) => l.confidence === 'inferred')).toBe(true);
    expect(layout.links.some((l) => l.confidence === 'illustrative')).toBe(true);
    const legend = layout.legend.entries.map((e) => e.text);
    expect(legend).toEqual(expect.arrayContaining(['second parent', 'inferred tie', 'illustrative tie']));
    expect(svg).toContain('stroke-dasharray="5 3"');
    expect(svg).toContain('stroke-dasharray="1.5 2.5"');
    expect(svg).toContain('stroke-dasharray="8 3 2 3"');
  });

  it('names the sources of the drawn elements in the caption', () => {
    const { layout } = treeFigure(graph, 'n0', measurer);
    const caption = layout.caption.lines.join(' ');
    expect(caption).toMatch(/^Sources: /);
    expect(caption).toContain('002_113372f276fbe30a.txt');
    expect(caption).toContain('Company history');
    expect(caption).not.toContain('https://');
  });

  it('cuts the tree at --max-generations and says how many firms are left out', () => {
    const full = treeFigure(graph, 'n0', measurer).layout;
    const cut = treeFigure(graph, 'n0', measurer, { maxGenerations: 2 }).layout;
    expect(cut.generations).toBe(2);
    expect(cut.nodes.every((n) => n.generation <= 2)).toBe(true);
    expect(cut.nodes.length + cut.hiddenDescendants).toBe(full.nodes.length);
    expect(cut.caption.lines.join(' ')).toContain(`${cut.hiddenDescendants} firms beyond generation 2 not shown`);
  });

  it('names firms that also descend from outside the drawn tree', () => {
    const g = createEcoGraph();
    g.addNode('a', { label: 'Anchor A', kind: 'anchor' });
    g.addNode('b', { label: 'Anchor B', kind: 'anchor' });
    g.addNode('c', { label: 'Joint Venture C', kind: 'firm' });
    g.addDirectedEdge('a', 'c', { kind: 'spinoff' });
    g.addDirectedEdge('b', 'c', { kind: 'spinoff' });
    const { layout } = treeFigure(g, 'a', measurer);
    expect(layout.links).toHaveLength(1);
    expect(layout.caption.lines.join(' ')).toContain('Also spun off from outside this tree: Joint Venture C (from Anchor B).');
  });

  it('refuses a root that is not a node, naming it', () => {
    expect(() => treeFigure(graph, 'no-such-firm', measurer)).toThrow(/no node "no-such-firm"/);
  });
});
