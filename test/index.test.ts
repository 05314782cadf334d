import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as ecograph from '../src/index.js';
import * as figures from '../src/figures/index.js';

/** The files reached through static relative imports from an entry, and the packages they import. */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

const SRC = new URL('../src/', import.meta.url).pathname;
/** Packages of the figure stack: a native addon, a PDF writer, font tools and the font files. */
const FIGURE_STACK = [/^@resvg\//, /^pdfkit/, /^svg-to-pdfkit/, /^fontkit/, /^subset-font/, /^@expo-google-fonts\//];

describe('library entry (ecograph)', () => {
  it('exposes the model, I/O, metrics, lineage and generator through one import', async () => {
    const graph = await ecograph.loadGraph(new URL('../graphs/kyoto-life-science.json', import.meta.url).pathname);
    expect(graph.order).toBeGreaterThan(0);
    const view = ecograph.buildView(graph, {});
    const b = ecograph.betweennessCentrality(view.graph);
    expect(b.size).toBe(view.graph.order);
    expect(ecograph.graphSummary(graph).nodes.total).toBe(graph.order);
    expect(ecograph.lineageSummary(graph).roots.length).toBeGreaterThan(0);
    expect(ecograph.NODE_KINDS).toContain('anchor');
  });

  it('keeps internals out of the public API', () => {
    const names = Object.keys(ecograph);
    for (const internal of ['louvainIndexed', 'louvainIndexedAsync', 'worthParallel', 'betweennessParallel', 'writeFileAtomic', 'createRng', 'IndicatorContext', 'samplingPlan'])
      expect(names, internal).not.toContain(internal);
    // and the figures, which have their own entry
    for (const figure of ['treeFigure', 'networkFigure', 'svgToPng', 'writeFigure']) expect(names, figure).not.toContain(figure);
  });

  it('does not reach neo4j-driver, the figure stack nor the web app', () => {
    const { files, packages } = staticImports(join(SRC, 'index.ts'));
    expect(files.size).toBeGreaterThan(20);
    expect([...packages].filter((p) => p.startsWith('neo4j-driver'))).toEqual([]);
    expect([...packages].filter((p) => FIGURE_STACK.some((re) => re.test(p)))).toEqual([]);
    expect([...files].filter((f) => f.startsWith(join(SRC, 'figures')))).toEqual([]);
    expect([...files].filter((f) => f.includes('/web/'))).toEqual([]);
  });
});

describe('figures entry (ecograph/figures)', () => {
  it('draws a spin-off tree and renders it to PNG', async () => {
    const graph = await ecograph.loadGraph(new URL('../graphs/sapporo-valley.json', import.meta.url).pathname);
    const { svg, layout } = figures.treeFigure(graph, 'micro-computer-study-group', figures.figureTextMeasurer());
    expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
    expect(layout.width).toBeGreaterThan(0);
    const png = figures.svgToPng(svg, 72);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('is where the figure stack comes in', () => {
    const { packages } = staticImports(join(SRC, 'figures', 'index.ts'));
    expect([...packages].some((p) => p.startsWith('@resvg/'))).toBe(true);
  });
});
