/**
 * Figures of several spin-off families (and single trees) checked as geometry: no tree link runs
 * through a box other than its two ends, no child sits before its parent along the generation or
 * year axis, every firm is drawn once, labels never overlap, and the figure keeps an aspect ratio
 * within 1:3 (bundled Hamamatsu and Sapporo graphs, generated 40-firm trees).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { boxInside, overlappingPairs, type Box } from '../../../src/figures/label-boxes.js';
import type { TreeFigureLayout } from '../../../src/figures/tree/layout.js';
import { aspectRatio, forestFigure, treeFigure } from '../../../src/figures/tree/tree-figure.js';
import { loadGraph } from '../../../src/io/files.js';
import { buildSpinoffDag, lineageRoots } from '../../../src/metrics/lineage/index.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { generatedSpinoffTree } from '../generated-tree.js';
import { connectorsThroughBoxes, yearPositionsOutOfOrder } from '../tree-geometry.js';

const REPO = join(import.meta.dirname, '../../..');
const measurer = figureTextMeasurer();
const VARIANTS = [
  { orientation: 'horizontal', years: false },
  { orientation: 'vertical', years: false },
  { orientation: 'horizontal', years: true },
  { orientation: 'vertical', years: true },
] as const;

/** Whether the axis-parallel segment a–b passes through the inside of `box` (touching an edge is not). */
function segmentEntersBox(a: [number, number], b: [number, number], box: Box): boolean {
  const eps = 0.5;
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  return x1 > box.x + eps && x0 < box.x + box.width - eps && y1 > box.y + eps && y0 < box.y + box.height - eps;
}

/** Tree links (orthogonal polylines) running through a box other than their two ends, as "link → box". */
function linksThroughBoxes(layout: TreeFigureLayout): string[] {
  const hits: string[] = [];
  for (const link of layout.links.filter((l) => l.role === 'tree'))
    for (let i = 1; i < link.points.length; i++) {
      const [a, b] = [link.points[i - 1]!, link.points[i]!];
      expect(a[0] === b[0] || a[1] === b[1]).toBe(true); // axis-parallel
      for (const node of layout.nodes)
        if (node.id !== link.from && node.id !== link.to && segmentEntersBox(a, b, node.box)) hits.push(`${link.from}→${link.to} × ${node.id}`);
    }
  return hits;
}

/** Children whose box starts before their parent's along the main axis (a parent in the "year unknown" band excepted). */
function childrenBeforeParents(layout: TreeFigureLayout): string[] {
  const start = (b: Box) => (layout.orientation === 'vertical' ? b.y : b.x);
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const bad: string[] = [];
  for (const link of layout.links.filter((l) => l.role === 'tree')) {
    const parent = byId.get(link.from)!;
    const child = byId.get(link.to)!;
    if (parent.yearText === 'year unknown') continue;
    if (start(child.box) < start(parent.box) - 1e-9) bad.push(`${link.to} before ${link.from}`);
  }
  return bad;
}

function expectCleanFigure(layout: TreeFigureLayout): void {
  expect(overlappingPairs(layout.labels).map(([a, b]) => `${a.role}:${a.id} × ${b.role}:${b.id}`)).toEqual([]);
  const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };
  expect(layout.labels.filter((l) => !boxInside(l, canvas)).map((l) => l.id)).toEqual([]);
  expect(linksThroughBoxes(layout)).toEqual([]);
  // Second parents' links too: no connector of any kind runs through a box.
  expect(connectorsThroughBoxes(layout)).toEqual([]);
  expect(childrenBeforeParents(layout)).toEqual([]);
  if (layout.axis) expect(yearPositionsOutOfOrder(layout)).toEqual([]);
  const ids = layout.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
}

async function allRoots(graph: EcoGraph): Promise<string[]> {
  const dag = buildSpinoffDag(graph);
  return lineageRoots(dag).map((r) => dag.ids[r]!);
}

describe('segment and box geometry of the test itself', () => {
  it('tells a segment through a box from one along its edge or outside it', () => {
    const box = { x: 10, y: 10, width: 20, height: 10 };
    expect(segmentEntersBox([0, 15], [40, 15], box)).toBe(true);
    expect(segmentEntersBox([0, 10], [40, 10], box)).toBe(false);
    expect(segmentEntersBox([0, 15], [10, 15], box)).toBe(false);
    expect(segmentEntersBox([20, 0], [20, 40], box)).toBe(true);
  });
});

for (const file of ['hamamatsu-spinoffs.json', 'sapporo-valley.json']) {
  const path = join(REPO, 'graphs', file);
  describe.runIf(existsSync(path))(`every family of ${file} in one figure`, () => {
    for (const variant of VARIANTS)
      it(`draws each firm once, no link through a box, no child before its parent, within 1:3 (${variant.orientation}${variant.years ? ', years' : ''})`, async () => {
        const graph = await loadGraph(path);
        const roots = await allRoots(graph);
        expect(roots.length).toBeGreaterThan(1);
        const { layout, svg } = forestFigure(graph, roots, measurer, { ...variant, markListed: true, title: 'Families' });
        expectCleanFigure(layout);
        for (const root of roots) expect(layout.nodes.some((n) => n.id === root)).toBe(true);
        expect(layout.nodes.length).toBeGreaterThan(roots.length);
        expect(aspectRatio(layout)).toBeLessThanOrEqual(3);
        // Names and founding years are drawn.
        const dated = layout.nodes.find((n) => n.founded !== undefined)!;
        expect(svg).toContain(`>${dated.founded}</text>`);
        if (variant.years) expect(layout.extraAxes?.length).toBe(layout.nodes.filter((n) => roots.includes(n.id)).length - 1);
      });

    it('is horizontal by default for several roots', async () => {
      const graph = await loadGraph(path);
      const { layout } = forestFigure(graph, await allRoots(graph), measurer);
      expect(layout.orientation).toBe('horizontal');
      // Generations run left to right: every child starts right of its parent's box.
      const byId = new Map(layout.nodes.map((n) => [n.id, n]));
      for (const l of layout.links.filter((k) => k.role === 'tree')) expect(byId.get(l.to)!.box.x).toBeGreaterThan(byId.get(l.from)!.box.x + byId.get(l.from)!.box.width);
    });
  });
}

describe('families sharing a firm', () => {
  it('draws a firm with parents in two families once, in the first, and names the other parent in the caption', () => {
    const graph = generatedSpinoffTree({ nodes: 12, seed: 3, maxChildren: 3, depthBias: 0.5 });
    graph.addNode('other-root', { label: 'Other Root', kind: 'firm', founded: 1940 });
    graph.addDirectedEdge('other-root', 'n5', { kind: 'spinoff' });
    graph.addNode('other-child', { label: 'Other Child', kind: 'firm', founded: 1960 });
    graph.addDirectedEdge('other-root', 'other-child', { kind: 'spinoff' });
    const { layout } = forestFigure(graph, ['n0', 'other-root'], measurer, {});
    expect(layout.nodes.filter((n) => n.id === 'n5')).toHaveLength(1);
    expect(layout.links.some((l) => l.from === 'other-root' && l.to === 'n5')).toBe(false);
    expect(layout.caption.lines.join(' ')).toContain('Also spun off from another family');
    expect(layout.caption.lines.join(' ')).toContain('Other Root');
    expectCleanFigure(layout);
  });

  it('refuses an unknown root and an empty list', () => {
    const graph = generatedSpinoffTree({ nodes: 5, seed: 1, maxChildren: 2, depthBias: 0.5 });
    expect(() => forestFigure(graph, ['n0', 'zz'], measurer)).toThrow('no node "zz"');
    expect(() => forestFigure(graph, [], measurer)).toThrow('no roots');
  });
});

describe('generated 40-firm trees', () => {
  const shapes = [
    { nodes: 40, seed: 2, maxChildren: 40, depthBias: 0.1 }, // wide: 3,495 × 450 px when drawn vertically
    { nodes: 40, seed: 1, maxChildren: 8, depthBias: 0.5 },
    { nodes: 40, seed: 4, maxChildren: 12, depthBias: 0.3 },
  ];
  for (const shape of shapes) {
    it(`seed ${shape.seed}: the default orientation keeps the figure within 1:3`, () => {
      const graph = generatedSpinoffTree(shape);
      const { layout } = treeFigure(graph, 'n0', measurer, { markListed: true, title: 'T' });
      expect(aspectRatio(layout)).toBeLessThanOrEqual(3);
      expectCleanFigure(layout);
    });
    for (const variant of VARIANTS)
      it(`seed ${shape.seed}: no link through a box, no child before its parent (${variant.orientation}${variant.years ? ', years' : ''})`, () => {
        const { layout } = treeFigure(generatedSpinoffTree(shape), 'n0', measurer, { ...variant, markListed: true });
        expectCleanFigure(layout);
      });
  }

  it('keeps the generated wide tree vertical when asked, and then it is wider than 1:3 (the default turns it)', () => {
    const graph = generatedSpinoffTree(shapes[0]!);
    expect(aspectRatio(treeFigure(graph, 'n0', measurer, { orientation: 'vertical' }).layout)).toBeGreaterThan(3);
    expect(treeFigure(graph, 'n0', measurer).layout.orientation).toBe('horizontal');
  });

  it('wraps many families into several columns instead of one tall strip', () => {
    // Twelve separate families of four firms each.
    const graph = generatedSpinoffTree({ nodes: 4, seed: 9, maxChildren: 3, depthBias: 0.5 });
    const roots = ['n0'];
    for (let f = 1; f < 12; f++) {
      const root = `f${f}`;
      graph.addNode(root, { label: `Family ${f} Root Company`, kind: 'firm', founded: 1950 + f });
      for (let c = 0; c < 3; c++) {
        graph.addNode(`${root}c${c}`, { label: `Family ${f} Spin-off ${c}`, kind: 'firm', founded: 1960 + f + c });
        graph.addDirectedEdge(root, `${root}c${c}`, { kind: 'spinoff' });
      }
      roots.push(root);
    }
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const { layout } = forestFigure(graph, roots, measurer, { orientation });
      expect(aspectRatio(layout)).toBeLessThanOrEqual(3);
      const starts = new Set(layout.nodes.filter((n) => roots.includes(n.id)).map((n) => Math.round(orientation === 'horizontal' ? n.box.x : n.box.y)));
      expect(starts.size).toBeGreaterThan(1); // more than one column (row)
      expectCleanFigure(layout);
    }
  });
});

describe('generation labels', () => {
  it('labels each generation along the generation axis, once per column of families, never over a box', () => {
    const graph = generatedSpinoffTree({ nodes: 4, seed: 9, maxChildren: 3, depthBias: 0.5 });
    const roots = ['n0'];
    for (let f = 1; f < 8; f++) {
      graph.addNode(`f${f}`, { label: `Family ${f}`, kind: 'firm', founded: 1950 + f });
      graph.addNode(`f${f}c`, { label: `Child ${f}`, kind: 'firm', founded: 1960 + f });
      graph.addNode(`f${f}g`, { label: `Grandchild ${f}`, kind: 'firm', founded: 1970 + f });
      graph.addDirectedEdge(`f${f}`, `f${f}c`, { kind: 'spinoff' });
      graph.addDirectedEdge(`f${f}c`, `f${f}g`, { kind: 'spinoff' });
      roots.push(`f${f}`);
    }
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const { layout, svg } = forestFigure(graph, roots, measurer, { orientation });
      const labels = layout.generationLabels!;
      const texts = new Set(labels.map((g) => g.label.lines[0]));
      expect(texts).toEqual(new Set(['root', '1st generation', '2nd generation']));
      // One set per line of families: as many "root" labels as columns (rows).
      const lineStarts = new Set(layout.nodes.filter((n) => roots.includes(n.id)).map((n) => Math.round(orientation === 'horizontal' ? n.box.x : n.box.y)));
      expect(labels.filter((g) => g.generation === 0)).toHaveLength(orientation === 'horizontal' ? lineStarts.size : new Set(layout.nodes.filter((n) => roots.includes(n.id)).map((n) => Math.round(n.box.y))).size);
      // Each label sits at its generation's layer: every firm of generation g starts where its label does (horizontal: x; vertical: y).
      const start = (b: Box) => (orientation === 'horizontal' ? b.x : b.y);
      const gens = new Set(labels.map((g) => g.generation));
      for (const g of gens) {
        const at = new Set(labels.filter((l) => l.generation === g).map((l) => Math.round(start(l.label))));
        const firms = new Set(layout.nodes.filter((n) => n.generation === g).map((n) => Math.round(start(n.box))));
        for (const a of at) expect(firms.has(a)).toBe(true);
      }
      expect(svg).toContain('>1st generation</text>');
      expectCleanFigure(layout);
    }
  });

  it('has none on a year axis', () => {
    const graph = generatedSpinoffTree({ nodes: 20, seed: 3, maxChildren: 4, depthBias: 0.5 });
    expect(treeFigure(graph, 'n0', measurer, { years: true }).layout.generationLabels).toBeUndefined();
    expect(treeFigure(graph, 'n0', measurer).layout.generationLabels!.map((g) => g.generation)).toEqual([...Array(treeFigure(graph, 'n0', measurer).layout.generations + 1).keys()]);
  });
});

describe('printed width and page', () => {
  const families = () => {
    const graph = generatedSpinoffTree({ nodes: 4, seed: 9, maxChildren: 3, depthBias: 0.5 });
    const roots = ['n0'];
    for (let f = 1; f < 14; f++) {
      graph.addNode(`f${f}`, { label: `Family ${f} Root Company`, kind: 'firm', founded: 1900 + 8 * f });
      for (let c = 0; c < 2; c++) {
        graph.addNode(`f${f}c${c}`, { label: `Family ${f} Spin-off ${c}`, kind: 'firm', founded: 1910 + 8 * f + c });
        graph.addDirectedEdge(`f${f}`, `f${f}c${c}`, { kind: 'spinoff' });
      }
      roots.push(`f${f}`);
    }
    return { graph, roots };
  };
  const MM = 96 / 25.4;

  it('wraps families to fit 174 mm unscaled and 85 mm nearly so', () => {
    const { graph, roots } = families();
    for (const mm of [174, 85]) {
      const figure = forestFigure(graph, roots, measurer, { width: mm * MM });
      expect(figure.width).toBeLessThanOrEqual(mm * MM + 1e-9);
      // Two columns hold the families as drawn; one column at most a little scaled.
      expect(figure.scale).toBeGreaterThanOrEqual(mm === 174 ? 1 : 0.9);
      expect(figure.width).toBeCloseTo(figure.layout.width * figure.scale, 9);
      expectCleanFigure(figure.layout);
    }
  });

  it('narrows a year axis to the width, keeping years in order', () => {
    const { graph, roots } = families();
    const natural = forestFigure(graph, roots, measurer, { years: true, orientation: 'horizontal' });
    expect(natural.layout.width).toBeGreaterThan(174 * MM);
    const fitted = forestFigure(graph, roots, measurer, { years: true, orientation: 'horizontal', width: 174 * MM });
    expect(fitted.layout.width).toBeLessThanOrEqual(174 * MM + 1e-9);
    expect(fitted.scale).toBe(1);
    expectCleanFigure(fitted.layout);
  });

  it('scales down what cannot be wrapped, and the SVG says the printed size with the layout in its viewBox', () => {
    const graph = generatedSpinoffTree({ nodes: 60, seed: 12, maxChildren: 4, depthBias: 0.9 });
    const page = { width: 170 * MM, height: 257 * MM };
    const figure = forestFigure(graph, ['n0'], measurer, { page });
    expect(figure.scale).toBeLessThan(1);
    expect(figure.width).toBeLessThanOrEqual(page.width + 1e-6);
    expect(figure.height).toBeLessThanOrEqual(page.height + 1e-6);
    const open = /<svg[^>]*>/.exec(figure.svg)![0];
    expect(open).toContain(`width="${Math.round(figure.width * 100) / 100}"`);
    expect(open).toContain(`viewBox="0 0 ${figure.layout.width} ${figure.layout.height}"`);
  });
});

