/**
 * Several spin-off families in one figure, as NISTEP's regional spin-off charts draw them: each
 * family laid out as its own tree (see `layoutTreeFigure`), the families then set side by side in
 * lines that wrap, so that many families give a compact page instead of a strip.
 *
 * With generations going right (horizontal), families are stacked top to bottom in columns and the
 * columns set left to right; with generations going down (vertical), families are set left to right
 * in rows and the rows stacked. The number of lines is the one whose figure comes nearest a
 * landscape page (width about √2 × height) among those whose aspect ratio stays within
 * `maxAspect`. On a year axis the families share one year scale and sit in one line, their axes
 * aligned, so that a year is at the same place in every family. Families never share a connector, so no connector of one can cross a box of another.
 */
import type { LineageTreeNode } from '../../metrics/lineage/tree.js';
import type { TextMeasurer } from '../font.js';
import { fitLabel } from '../label-text.js';
import type { Box, LabelBox } from '../label-boxes.js';
import { layoutLegend } from '../legend.js';
import { layoutCaption } from '../caption.js';
import { DEFAULTS, layoutTreeFigure, sharedYearScale, textWidthWithin, treeLegendEntries, type GenerationLabel, type TreeFigureLayout, type TreeFigureOptions, type TreeYearAxis, type YearScale } from './layout.js';

/** Options of {@link layoutForestFigure}: those of a tree figure, and the largest aspect ratio wanted. */
export interface ForestFigureOptions extends TreeFigureOptions {
  /** Largest ratio of the longer side to the shorter one that the wrapping aims to keep (3 = 1:3). */
  maxAspect: number;
  /** The shape the wrapping aims for, width / height (default √2, a landscape page; a page's text block when printing on one). */
  targetRatio: number;
}

/** The default largest aspect ratio of a figure: 1:3. */
export const MAX_ASPECT = 3;

const MARGIN = 16;
const TITLE_SIZE = 15;
/** Between two families in one line, and between lines, px. */
const FAMILY_GAP = 28;
/** Between the families and the legend, px. */
const BAND = 14;
/** The page shape the wrapping aims for: landscape, width / height. */
const TARGET_RATIO = Math.SQRT2;

/** A laid-out family and the rectangle its drawing covers (in its own coordinates). */
interface Block {
  layout: TreeFigureLayout;
  bounds: Box;
}

/** The rectangle covering a tree layout's boxes, links and year axis (not its legend or caption). */
function contentBounds(layout: TreeFigureLayout): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (b: Box) => {
    xs.push(b.x, b.x + b.width);
    ys.push(b.y, b.y + b.height);
  };
  for (const n of layout.nodes) add(n.box);
  for (const l of layout.links)
    for (const [x, y] of l.points) {
      xs.push(x);
      ys.push(y);
    }
  const vertical = layout.orientation === 'vertical';
  if (layout.axis) {
    const a = layout.axis;
    for (const t of a.ticks) add(t.label);
    for (const b of a.unknownBands) {
      add(b.label);
      // The shaded band reaches 6 px beyond its firms (see render.ts).
      if (vertical) ys.push(b.from - 6, b.to + 6);
      else xs.push(b.from - 6, b.to + 6);
    }
    if (vertical) xs.push(a.gridFrom, a.gridTo);
    else ys.push(a.gridFrom, a.gridTo);
  }
  for (const g of layout.generationLabels ?? []) add(g.label);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Splits `sizes` in order into `count` lines of about equal total size (plus gaps); returns the lines' item indices. */
function splitIntoLines(sizes: readonly number[], count: number): number[][] {
  const total = sizes.reduce((s, v) => s + v, 0) + FAMILY_GAP * (sizes.length - count);
  const target = total / count;
  const lines: number[][] = [[]];
  let length = 0;
  sizes.forEach((size, i) => {
    const line = lines[lines.length - 1]!;
    const left = sizes.length - i;
    const linesLeft = count - lines.length;
    // Start a new line when this one is full, or when the items left are just enough for the lines left.
    if (line.length > 0 && linesLeft > 0 && (length + FAMILY_GAP + size / 2 > target || left <= linesLeft)) {
      lines.push([i]);
      length = size;
    } else {
      line.push(i);
      length += (line.length > 1 ? FAMILY_GAP : 0) + size;
    }
  });
  return lines;
}

/** Where each block goes (top-left of its bounds), and the size of the arrangement. */
function arrange(blocks: readonly Block[], count: number, vertical: boolean, given?: number[][]): { at: [number, number][]; width: number; height: number; lines: number[][] } {
  // Along a line: the cross axis (y for horizontal trees); lines follow each other along the main axis.
  const along = (b: Block) => (vertical ? b.bounds.width : b.bounds.height);
  const across = (b: Block) => (vertical ? b.bounds.height : b.bounds.width);
  const lines = given ?? splitIntoLines(blocks.map(along), count);
  const at: [number, number][] = new Array(blocks.length);
  let lineStart = 0;
  let longest = 0;
  for (const line of lines) {
    let pos = 0;
    let thickness = 0;
    for (const i of line) {
      const b = blocks[i]!;
      at[i] = vertical ? [pos, lineStart] : [lineStart, pos];
      pos += along(b) + FAMILY_GAP;
      thickness = Math.max(thickness, across(b));
    }
    longest = Math.max(longest, pos - FAMILY_GAP);
    lineStart += thickness + FAMILY_GAP;
  }
  const depth = lineStart - FAMILY_GAP;
  return { at, width: vertical ? longest : depth, height: vertical ? depth : longest, lines };
}

/** Blocks in one line, each moved along the main axis so that their year axes start at the same place. */
function alignedOnAxis(blocks: readonly Block[], vertical: boolean): { at: [number, number][]; width: number; height: number } {
  const mainStart = (b: Block) => (vertical ? b.bounds.y : b.bounds.x);
  const mainSize = (b: Block) => (vertical ? b.bounds.height : b.bounds.width);
  const crossSize = (b: Block) => (vertical ? b.bounds.width : b.bounds.height);
  // Distance from a block's start to its axis origin (the first tick); blocks without ticks start at 0.
  const origin = (b: Block) => (b.layout.axis?.ticks[0] ? b.layout.axis.ticks[0].at - mainStart(b) : undefined);
  const lead = Math.max(0, ...blocks.map((b) => origin(b) ?? 0));
  const at: [number, number][] = [];
  let pos = 0;
  let longest = 0;
  for (const b of blocks) {
    const main = lead - (origin(b) ?? lead);
    at.push(vertical ? [pos, main] : [main, pos]);
    longest = Math.max(longest, main + mainSize(b));
    pos += crossSize(b) + FAMILY_GAP;
  }
  const across = pos - FAMILY_GAP;
  return { at, width: vertical ? across : longest, height: vertical ? longest : across };
}

const aspect = (w: number, h: number) => Math.max(w, h) / Math.max(1, Math.min(w, h));

/** Moves a tree layout's drawing (boxes, links, axis) by (dx, dy), in place. */
function translate(layout: TreeFigureLayout, dx: number, dy: number): void {
  const vertical = layout.orientation === 'vertical';
  const moveBox = (b: Box) => {
    b.x += dx;
    b.y += dy;
  };
  for (const n of layout.nodes) {
    moveBox(n.box);
    n.baselines = n.baselines.map((y) => y + dy);
    n.textX += dx;
  }
  for (const l of layout.links) l.points = l.points.map(([x, y]) => [x + dx, y + dy]);
  if (layout.axis) {
    const a = layout.axis;
    const mainShift = vertical ? dy : dx;
    const crossShift = vertical ? dx : dy;
    for (const t of a.ticks) {
      t.at += mainShift;
      moveBox(t.label);
      t.baseline += dy;
    }
    for (const b of a.unknownBands) {
      b.from += mainShift;
      b.to += mainShift;
      moveBox(b.label);
      b.baseline += dy;
    }
    a.gridFrom += crossShift;
    a.gridTo += crossShift;
  }
  for (const g of layout.generationLabels ?? []) moveBox(g.label);
  for (const g of layout.generationLabels ?? []) g.baseline += dy;
}

/**
 * Lays out several spin-off families in one figure, wrapped into lines so that the figure keeps a
 * page-like shape.
 *
 * @param trees - one hierarchy per family, from `lineageTree`, in the order to draw them; no node
 *   should appear in two of them (see `forestFigure`, which prunes repeats)
 * @param measurer - font metrics (see `figureTextMeasurer`)
 * @param options - those of `layoutTreeFigure` (the title and caption are the figure's), and `maxAspect`
 * @returns one layout holding every family, with the axes of the second and later families in `extraAxes`
 * @throws an `Error` when `trees` is empty
 * @example
 * const layout = layoutForestFigure(roots.map((r) => lineageTree(graph, r)), figureTextMeasurer(), { orientation: 'horizontal' });
 */
export function layoutForestFigure(trees: readonly LineageTreeNode[], measurer: TextMeasurer, options: Partial<ForestFigureOptions> = {}): TreeFigureLayout {
  if (trees.length === 0) throw new Error('a forest figure needs at least one tree');
  const o: ForestFigureOptions = { ...DEFAULTS, maxAspect: MAX_ASPECT, targetRatio: TARGET_RATIO, ...options };
  const vertical = o.orientation === 'vertical';
  const layOutOne = (tree: LineageTreeNode, yearScale: YearScale | undefined, extra: Partial<TreeFigureOptions> = {}): Block => {
    const layout = layoutTreeFigure(tree, measurer, { ...o, title: '', captionText: '', yearScale, ...extra });
    return { layout, bounds: contentBounds(layout) };
  };
  const layOut = (yearScale: YearScale | undefined, extra: Partial<TreeFigureOptions> = {}): Block[] => trees.map((tree) => layOutOne(tree, yearScale, extra));
  let blocks = layOut(o.yearScale, o.years ? {} : { generationLabels: false });
  let arrangement: { at: [number, number][]; width: number; height: number };
  if (o.years) {
    // One year scale for every family, families in one line with their axes aligned, so a year is
    // at the same place in every family.
    const years = blocks.flatMap((b) => b.layout.nodes.map((n) => n.founded ?? (n.bounded ? o.yearBounds.get(n.id) : undefined)).filter((y): y is number => y !== undefined));
    const typical = Math.max(...blocks.flatMap((b) => b.layout.nodes.map((n) => (vertical ? n.box.height : n.box.width))));
    const scale = o.yearScale ?? sharedYearScale(years, typical, vertical, measurer, o.maxWidth);
    if (scale) blocks = layOut(scale);
    arrangement = alignedOnAxis(blocks, vertical);
  } else {
    // Every family's generations share layers, so that a generation is at one place in a line.
    const shared: number[] = [];
    for (const b of blocks) b.layout.layerSizes.forEach((size, g) => (shared[g] = Math.max(shared[g] ?? 0, size)));
    blocks = layOut(undefined, { generationLabels: false, minLayerSizes: shared });
    // The number of lines: among the arrangements that fit the printed width (if any do), those
    // within maxAspect, then the one nearest the target shape.
    let best = { count: 1, score: Infinity, within: false, fits: false };
    for (let count = 1; count <= blocks.length; count++) {
      const { width, height } = arrange(blocks, count, vertical);
      const fits = width + 2 * MARGIN <= o.maxWidth;
      const within = aspect(width, height) <= o.maxAspect;
      const score = Math.abs(Math.log(width / Math.max(1, height) / o.targetRatio));
      const better = fits !== best.fits ? fits : within !== best.within ? within : score < best.score;
      if (better) best = { count, score, within, fits };
    }
    const chosen = arrange(blocks, best.count, vertical);
    arrangement = chosen;
    // The generation labels once per line, along its first family.
    if (o.generationLabels) {
      // Labelled up to the deepest family of the line: no empty layer is labelled (or reserved).
      for (const line of chosen.lines) {
        const depth = Math.max(...line.map((i) => blocks[i]!.layout.generations));
        blocks[line[0]!] = layOutOne(trees[line[0]!]!, undefined, { minLayerSizes: shared.slice(0, depth + 1) });
      }
      arrangement = arrange(blocks, best.count, vertical, chosen.lines);
    }
  }

  const labels: LabelBox[] = [];
  let top = MARGIN;
  let title: TreeFigureLayout['title'];
  if (o.title) {
    const fitted = fitLabel(o.title, measurer, { size: TITLE_SIZE, weight: 'bold', maxWidth: textWidthWithin(Math.max(480, arrangement.width), o.maxWidth), maxLines: 2 });
    const ascent = measurer.ascent(TITLE_SIZE);
    const height = ascent + measurer.descent(TITLE_SIZE) + (fitted.lines.length - 1) * TITLE_SIZE * 1.25;
    const label: LabelBox = { role: 'title', id: 'title', lines: fitted.lines, x: MARGIN, y: top, width: Math.ceil(fitted.width), height: Math.ceil(height) };
    title = { label, baseline: top + ascent, size: TITLE_SIZE };
    labels.push(label);
    top += label.height + BAND;
  }

  const nodes: TreeFigureLayout['nodes'] = [];
  const links: TreeFigureLayout['links'] = [];
  const axes: TreeYearAxis[] = [];
  const generationLabels: GenerationLabel[] = [];
  blocks.forEach((block, i) => {
    const [x, y] = arrangement.at[i]!;
    translate(block.layout, MARGIN + x - block.bounds.x, top + y - block.bounds.y);
    nodes.push(...block.layout.nodes);
    links.push(...block.layout.links);
    if (block.layout.axis) axes.push(block.layout.axis);
    generationLabels.push(...(block.layout.generationLabels ?? []));
    labels.push(...(block.layout.generationLabels ?? []).map((g) => g.label));
    for (const n of block.layout.nodes) labels.push({ role: 'node', id: n.id, lines: n.yearText !== undefined ? [...n.lines, n.yearText] : [...n.lines], ...n.box });
    if (block.layout.axis) labels.push(...block.layout.axis.ticks.map((t) => t.label), ...block.layout.axis.unknownBands.map((b) => b.label));
  });

  const treeBottom = top + arrangement.height;
  const treeRight = MARGIN + arrangement.width;
  const width0 = Math.max(treeRight - MARGIN, title ? title.label.width : 0, textWidthWithin(360, o.maxWidth));
  const legend = layoutLegend(treeLegendEntries(nodes, links, o.markListed), measurer, { x: MARGIN, y: treeBottom + BAND + 4, maxWidth: width0 });
  const caption = layoutCaption(o.captionText, measurer, { x: MARGIN, y: legend.bottom + (legend.entries.length ? 8 : 0), maxWidth: Math.max(width0, legend.width) });
  labels.push(...legend.labels, ...caption.labels);
  const [firstAxis, ...extraAxes] = axes;
  return {
    width: Math.ceil(Math.max(...labels.map((l) => l.x + l.width), treeRight) + MARGIN),
    height: Math.ceil(Math.max(caption.bottom, legend.bottom, treeBottom) + MARGIN),
    orientation: o.orientation,
    nodes,
    links,
    ...(title ? { title } : {}),
    ...(firstAxis ? { axis: firstAxis } : {}),
    ...(extraAxes.length ? { extraAxes } : {}),
    ...(generationLabels.length ? { generationLabels } : {}),
    layerSizes: blocks[0]!.layout.layerSizes,
    legend,
    caption,
    labels,
    generations: Math.max(...blocks.map((b) => b.layout.generations)),
    hiddenDescendants: blocks.reduce((s, b) => s + b.layout.hiddenDescendants, 0),
    bandedParents: blocks.flatMap((b) => b.layout.bandedParents),
    fontSize: o.fontSize,
  };
}
