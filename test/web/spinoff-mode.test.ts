import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { overlappingPairs } from '../../src/figures/label-boxes.js';
import type { TextMeasurer } from '../../src/figures/font.js';
import { DEFAULT_SETTINGS } from '../../web/src/settings.js';
import { FAN_FOR_THIN_TIES, naturalCompare, spinoffRoots, spinoffView, THIN_TIE_RATIO, treeLabel, TREE_FONT_SIZE } from '../../web/src/spinoff-mode.js';
import { generateEcosystem } from '../../src/generate/ecosystem.js';

/** A measurer with fixed advance widths (0.6 em a character), enough for layout tests. */
const measurer: TextMeasurer = { width: (t, size) => [...t].length * size * 0.6, ascent: (s) => s * 0.9, descent: (s) => s * 0.25, covers: () => true };

describe('treeLabel', () => {
  it('adds the founding year and keeps within the character budget', () => {
    expect(treeLabel('Hamamatsu Photonics', 1953, 28)).toBe('Hamamatsu Photonics · 1953');
    const long = treeLabel('HORIBA, Ltd. (founded as Horiba Radio Laboratory)', 1945, 28);
    expect(long.endsWith(' · 1945')).toBe(true);
    expect([...long].length).toBeLessThanOrEqual(28);
    expect(treeLabel('Undated firm', undefined, 28)).toBe('Undated firm');
  });
});

describe('spinoffView with the tree figure layout', () => {
  it('Hamamatsu, every root: generations left to right, and each name (with its year) drawn right of its node never meets another name', async () => {
    const graph = await loadGraph('graphs/hamamatsu-spinoffs.json');
    const roots = spinoffRoots(graph);
    expect(roots.length).toBeGreaterThan(0);
    for (const r of roots) {
      const { view } = spinoffView(graph, r.root, DEFAULT_SETTINGS, measurer);
      expect(view.positions.size).toBe(view.generation.size);
      // parents left of their children
      for (const e of view.edges) {
        const [s, t] = graph.extremities(e);
        if (view.generation.get(t)! === view.generation.get(s)! + 1) expect(view.positions.get(t)!.x).toBeGreaterThan(view.positions.get(s)!.x);
      }
      // labels as drawn at one px per graph unit: from the node's right, one line high
      const boxes = [...view.positions].map(([id, p]) => ({ id, x: p.x + 3, y: -p.y - TREE_FONT_SIZE / 2, width: measurer.width(view.labels.get(id)!, TREE_FONT_SIZE), height: TREE_FONT_SIZE }));
      expect(overlappingPairs(boxes).map(([a, b]) => `${a.id} × ${b.id}`)).toEqual([]);
      for (const [id, label] of view.labels) {
        const founded = graph.getNodeAttribute(id, 'founded');
        if (founded !== undefined) expect(label.endsWith(` · ${founded}`)).toBe(true);
      }
    }
  });

  it('roots are listed largest tree first, names in natural order', async () => {
    const graph = await loadGraph('graphs/hamamatsu-spinoffs.json');
    const roots = spinoffRoots(graph);
    for (let i = 1; i < roots.length; i++) {
      const a = roots[i - 1]!;
      const b = roots[i]!;
      expect(a.descendants > b.descendants || (a.descendants === b.descendants && naturalCompare(a.label, b.label) <= 0)).toBe(true);
    }
  });

  it('generated 2,000-node graph, largest tree: a fan of 37 is set in bands to fit the view, names never meet, ties thin', () => {
    const graph = generateEcosystem({ nodes: 2000, seed: 1 });
    const root = spinoffRoots(graph)[0]!.root;
    const viewSize = { width: 940, height: 756 };
    const plain = spinoffView(graph, root, DEFAULT_SETTINGS, measurer).view;
    const { view } = spinoffView(graph, root, DEFAULT_SETTINGS, measurer, viewSize);
    const extent = (positions: ReadonlyMap<string, { x: number; y: number }>) => {
      const xs = [...positions].map(([id, p]) => [p.x, p.x + measurer.width(view.labels.get(id)!, TREE_FONT_SIZE) + 12]).flat();
      const ys = [...positions.values()].map((p) => -p.y);
      return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) + 24 };
    };
    const scale = (e: { width: number; height: number }) => Math.min(viewSize.width / e.width, viewSize.height / e.height);
    // Without the view's size one column per generation; with it, bands, and the tree fits larger.
    const firstGeneration = [...view.generation].filter(([, g]) => g === 1).map(([id]) => id);
    expect(firstGeneration.length).toBe(37);
    expect(new Set(firstGeneration.map((id) => plain.positions.get(id)!.x)).size).toBe(1);
    expect(new Set(firstGeneration.map((id) => view.positions.get(id)!.x)).size).toBeGreaterThan(1);
    expect(scale(extent(view.positions))).toBeGreaterThan(1.4 * scale(extent(plain.positions)));
    const boxes = [...view.positions].map(([id, p]) => ({ id, x: p.x + 3, y: -p.y - TREE_FONT_SIZE / 2, width: measurer.width(view.labels.get(id)!, TREE_FONT_SIZE), height: TREE_FONT_SIZE }));
    expect(overlappingPairs(boxes).map(([a, b]) => `${a.id} × ${b.id}`)).toEqual([]);
    // parents left of their children
    for (const e of view.edges) {
      const [s, t] = graph.extremities(e);
      if (view.generation.get(t)! === view.generation.get(s)! + 1) expect(view.positions.get(t)!.x).toBeGreaterThan(view.positions.get(s)!.x);
    }
    expect(firstGeneration.length).toBeGreaterThan(FAN_FOR_THIN_TIES);
    expect(view.edgeSize).toBeCloseTo(DEFAULT_SETTINGS.edgeSize * THIN_TIE_RATIO, 9);
  });

  it('Hamamatsu: no fan large enough for bands or thin ties', async () => {
    const graph = await loadGraph('graphs/hamamatsu-spinoffs.json');
    for (const r of spinoffRoots(graph)) {
      const { view } = spinoffView(graph, r.root, DEFAULT_SETTINGS, measurer, { width: 940, height: 756 });
      expect(view.edgeSize).toBeUndefined();
    }
  });
});
