/**
 * Layout of a spin-off tree figure: a layered tree, one level per generation (or each firm on a
 * founding-year axis), with every label box computed from the font metrics.
 *
 * The layout guarantees that no two label boxes overlap and that every label lies inside the
 * canvas: node boxes are packed along the cross axis subtree by subtree with contours (see
 * `contour-packing.ts`), each subtree pushed just far enough that none of its boxes meets a box of
 * its elder siblings' subtrees at the same stretch of the main axis; title, year axis, legend and
 * caption sit in their own bands around the tree; the canvas is sized to hold everything.
 *
 * @see Reingold, E. M. and Tilford, J. S. (1981) "Tidier drawings of trees", IEEE Transactions on
 * Software Engineering SE-7(2), 223–228.
 */
import type { LineageTreeNode } from '../../metrics/lineage/tree.js';
import type { Confidence, NodeKind } from '../../model/schema.js';
import type { TextMeasurer } from '../font.js';
import { fitLabel } from '../label-text.js';
import type { Box, LabelBox } from '../label-boxes.js';
import { layoutLegend, type LegendEntry, type LegendLayout } from '../legend.js';
import { layoutCaption, type CaptionLayout } from '../caption.js';
import { NODE_KINDS, NODE_KIND_INFO } from '../../model/schema.js';
import { linkStyle, nodeBoxColors } from './style.js';
import { packTreeContours, type PackItem } from './contour-packing.js';
import { freeLineAcross, pathClear, routeAroundBoxes, simplify } from './connector-routing.js';

/** Options of {@link layoutTreeFigure}. */
export interface TreeFigureOptions {
  /** `vertical`: generations go down the page; `horizontal`: they go to the right. */
  orientation: 'vertical' | 'horizontal';
  /** Place each firm on a founding-year axis instead of one level per generation. */
  years: boolean;
  /** Draw at most this many generations below the root. */
  maxGenerations: number;
  /** Mark listed companies with `*` (and say so in the legend). */
  markListed: boolean;
  /** Title drawn above the tree; empty for none. */
  title: string;
  /** Font size of node names, px. */
  fontSize: number;
  /** Widest name line, px; longer names wrap (see `fitLabel`). */
  maxLabelWidth: number;
  /** Most lines of a name before it is abbreviated with `…`. */
  maxLabelLines: number;
  /** Lines of the caption (sources), already worded. */
  captionText: string;
  /**
   * Derived bounds of undated firms (from `graphDates`): the year each existed by. On a year axis
   * such a firm is placed at its bound, says `by YEAR` and gets a dashed box; firms with neither a
   * year nor a bound go to the `year unknown` band.
   */
  yearBounds: ReadonlyMap<string, number>;
  /**
   * The year scale to use on a year axis instead of one fitted to this tree: several families drawn
   * together share one (see `layoutForestFigure`). Undefined: fitted.
   */
  yearScale: YearScale | undefined;
  /**
   * The printed width the figure should keep to, px (Infinity: none). A horizontal year axis is
   * fitted into it, and the legend, caption and title wrap within it.
   */
  maxWidth: number;
  /** Label the generations along the generation axis (`root`, `1st generation`, …; without a year axis only). */
  generationLabels: boolean;
  /**
   * Least size of each generation's layer along the main axis, px: several families drawn together
   * share their layers (see `layoutForestFigure`), so that a generation is at the same place in each.
   */
  minLayerSizes: readonly number[];
  /**
   * Most children of one parent stacked in one column (one row in a vertical tree): a parent with
   * more children has them set in bands, sub-columns side by side within the generation, about
   * equally full, read down then across in the children's order; never a band of fewer than
   * {@link MIN_BAND_SIZE} (Infinity: never; not on a year axis). See {@link bandSizeForArea} for
   * one chosen to fit an area.
   */
  maxBandSize: number;
}

/** A founding-year axis scale: the first tick's year, px per year, years between ticks. */
export interface YearScale {
  first: number;
  pxPerYear: number;
  step: number;
}

export const DEFAULTS = {
  orientation: 'vertical',
  years: false,
  maxGenerations: Infinity,
  markListed: true,
  title: '',
  fontSize: 11,
  maxLabelWidth: 132,
  maxLabelLines: 3,
  captionText: '',
  yearBounds: new Map<string, number>(),
  yearScale: undefined,
  maxWidth: Infinity,
  generationLabels: true,
  minLayerSizes: [],
  maxBandSize: Infinity,
} as const satisfies TreeFigureOptions;

/** Spacing of the figure, px. */
const SPACING = {
  margin: 16,
  /** Between two boxes side by side (cross axis). */
  sibling: 10,
  /** Between generations (main axis) in the layered layout. */
  layer: 36,
  /** Least gap kept along the main axis between boxes that are considered side by side. */
  mainClearance: 6,
  boxPadX: 6,
  boxPadY: 4,
  /** Between the tree and the legend, and around the title. */
  band: 14,
  /** Between two bands of one sibling group (main axis); connectors run down the middle. */
  bandGap: 24,
} as const;

/** Fewest children in a band: smaller bands would only widen the figure. */
export const MIN_BAND_SIZE = 3;

/** Size of the year line relative to the name. */
export const YEAR_FONT_RATIO = 0.86;
const TITLE_SIZE = 15;
const AXIS_SIZE = 9;

/** A placed node of the figure. */
export interface TreeFigureNode {
  id: string;
  kind: NodeKind | null;
  generation: number;
  listed: boolean;
  founded?: number;
  /** The box drawn around the text. */
  box: Box;
  /** Name lines (wrapped, abbreviated, with ` *` on the last when listed and marked). */
  lines: string[];
  /** Baselines of the name lines, then of the year line when there is one. */
  baselines: number[];
  /** The founding year as drawn under the name, when known (`by YEAR` or `year unknown` on a year axis). */
  yearText?: string;
  /** Placed on the year axis by a derived bound, not by its own founding year (drawn with a dashed box). */
  bounded?: true;
  /** Centre x of the text. */
  textX: number;
}

/** A drawn link. */
export interface TreeFigureLink {
  from: string;
  to: string;
  /** `tree`: the link to the parent the node is placed under; `second-parent`: another parent. */
  role: 'tree' | 'second-parent';
  confidence: Confidence | null;
  /** Corner points of the polyline: tree links are elbows; second parents are routed around every box. */
  points: [number, number][];
}

/** Dash pattern of the box of a firm placed by a derived bound. */
export const BOUNDED_DASH = '3 2';

/** Text that heads the band of firms without a founding year. */
export const UNKNOWN_BAND_TEXT = 'year unknown';
/** Gap between the year axis and a band of firms without a founding year, px. */
const UNKNOWN_BAND_GAP = 2 * SPACING.layer;

/** A band beside the year axis holding the firms without a founding year. */
export interface UnknownYearBand {
  /** Start and end along the main axis (y for vertical trees, x for horizontal ones), figure px. */
  from: number;
  to: number;
  /** `before` the axis (an undated root) or `after` it (every other undated firm). */
  side: 'before' | 'after';
  label: LabelBox;
  baseline: number;
}

/** The label of one generation along the generation axis. */
export interface GenerationLabel {
  generation: number;
  label: LabelBox;
  baseline: number;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The label of a generation: `root` for generation 0, else `1st generation`, `2nd generation`, …;
 * the short form `G0`, `G1`, … where the long ones do not fit.
 */
export function generationText(generation: number, short: boolean): string {
  if (short) return `G${generation}`;
  return generation === 0 ? 'root' : `${ordinal(generation)} generation`;
}

/** A tick of the founding-year axis. */
export interface YearTick {
  year: number;
  /** Position along the axis (y for vertical trees, x for horizontal ones). */
  at: number;
  label: LabelBox;
  baseline: number;
}

/** A founding-year axis: ticks and bands of undated firms; grid lines run from `gridFrom` to `gridTo` across the tree. */
export interface TreeYearAxis {
  ticks: YearTick[];
  unknownBands: UnknownYearBand[];
  size: number;
  gridFrom: number;
  gridTo: number;
}

/** The finished layout: everything the renderer draws, in figure px. */
export interface TreeFigureLayout {
  width: number;
  height: number;
  orientation: 'vertical' | 'horizontal';
  nodes: TreeFigureNode[];
  links: TreeFigureLink[];
  title?: { label: LabelBox; baseline: number; size: number };
  /** The year axis: ticks, and the bands of firms without a year (before the axis for an undated root, after it for the rest). */
  axis?: TreeYearAxis;
  /** In a figure of several families (see `layoutForestFigure`), the year axes of the second and later families. */
  extraAxes?: TreeYearAxis[];
  /** Labels of the generations along the generation axis (layered layout): one per generation drawn. */
  generationLabels?: GenerationLabel[];
  /** Size of each generation's layer along the main axis, px (layered layout; empty on a year axis). */
  layerSizes: number[];
  legend: LegendLayout;
  caption: CaptionLayout;
  /** Every label's box: node boxes, title, axis ticks, legend entries and caption lines. */
  labels: LabelBox[];
  /** Drawn generations below the root, and the firms left out by `maxGenerations`. */
  generations: number;
  hiddenDescendants: number;
  /** Ids of the parents whose children are set in bands (see `maxBandSize`). */
  bandedParents: string[];
  fontSize: number;
}

interface Sized {
  node: LineageTreeNode;
  /** The year it is placed at on a year axis: its founding year, else its derived bound. */
  year?: number;
  bounded: boolean;
  lines: string[];
  yearText?: string;
  width: number;
  height: number;
  /** Offsets of the baselines from the box top. */
  baselineOffsets: number[];
  children: Sized[];
  /** Its band within its sibling group, when the group is set in bands. */
  band?: number;
  main: number;
  /** Size along the main axis and the cross axis. */
  mainSize: number;
  crossSize: number;
}

function measureNode(node: LineageTreeNode, measurer: TextMeasurer, o: TreeFigureOptions): Omit<Sized, 'children' | 'main' | 'mainSize' | 'crossSize'> {
  const bound = o.years && node.founded === undefined ? o.yearBounds.get(node.id) : undefined;
  const year = node.founded ?? bound;
  const size = o.fontSize;
  const star = o.markListed && node.listed === true ? ' *' : '';
  const starWidth = star ? measurer.width(star, size) : 0;
  const fitted = fitLabel(node.label, measurer, { size, maxWidth: o.maxLabelWidth - starWidth, maxLines: o.maxLabelLines });
  const lines = fitted.lines.map((line, i) => (i === fitted.lines.length - 1 ? line + star : line));
  const yearSize = size * YEAR_FONT_RATIO;
  const yearText = node.founded !== undefined ? String(node.founded) : bound !== undefined ? `by ${bound}` : o.years ? 'year unknown' : undefined;
  const widths = lines.map((l) => measurer.width(l, size));
  if (yearText) widths.push(measurer.width(yearText, yearSize));
  const lineStep = size * 1.25;
  const baselineOffsets: number[] = [];
  let baseline = SPACING.boxPadY + measurer.ascent(size);
  for (let i = 0; i < lines.length; i++) {
    baselineOffsets.push(baseline);
    if (i < lines.length - 1) baseline += lineStep;
  }
  let bottom = baseline + measurer.descent(size);
  if (yearText) {
    baseline += lineStep;
    baselineOffsets.push(baseline);
    bottom = baseline + measurer.descent(yearSize);
  }
  return {
    node,
    ...(year !== undefined ? { year } : {}),
    bounded: bound !== undefined,
    lines,
    ...(yearText !== undefined ? { yearText } : {}),
    width: Math.ceil(Math.max(...widths) + 2 * SPACING.boxPadX),
    height: Math.ceil(bottom + SPACING.boxPadY),
    baselineOffsets,
  };
}

/** How far a trunk sits inside its parent's stretch, or before a child's start, px. */
const TRUNK_INSET = 8;

/** Narrowest year on a horizontal axis fitted into a printed width, px. */
const MIN_PX_PER_YEAR = 1.5;

/**
 * A year scale fitted to one tree: years `first` to `first + span`, boxes about `typical` px long;
 * a horizontal axis narrowed so that the axis and a box after its last year fit `maxWidth`.
 */
function fitYearScale(first: number, span: number, typical: number, vertical: boolean, measurer: TextMeasurer, maxWidth = Infinity): YearScale {
  let pxPerYear = vertical ? Math.min(16, Math.max(4, 1600 / span)) : Math.min(28, Math.max(6, (typical * 8) / span));
  // The axis starts at a tick at or before the first year, so the earliest firm has a tick above it.
  const tickText = vertical ? measurer.ascent(AXIS_SIZE) + measurer.descent(AXIS_SIZE) : measurer.width('0000', AXIS_SIZE);
  let step = niceYearStep(pxPerYear, tickText + 8);
  if (!vertical && Number.isFinite(maxWidth)) {
    // Within the width: the years from the first tick to the last firm, then that firm's box.
    const room = maxWidth - 2 * SPACING.margin - typical - tickText;
    for (let pass = 0; pass < 3; pass++) {
      const years = first + span - Math.floor(first / step) * step;
      pxPerYear = Math.max(MIN_PX_PER_YEAR, Math.min(pxPerYear, room / years));
      step = niceYearStep(pxPerYear, tickText + 8);
    }
  }
  return { first: Math.floor(first / step) * step, pxPerYear, step };
}

/**
 * The year scale a figure of several trees shares: fitted to all their years, with the typical
 * box size of all of them.
 *
 * @param years - every placed year of every tree
 * @param typical - the longest box along the main axis, px
 */
export function sharedYearScale(years: readonly number[], typical: number, vertical: boolean, measurer: TextMeasurer, maxWidth = Infinity): YearScale | undefined {
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  return fitYearScale(first, Math.max(1, Math.max(...years) - first), typical, vertical, measurer, maxWidth);
}

function niceYearStep(pxPerYear: number, minGap: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100]) if (step * pxPerYear >= minGap) return step;
  return 100;
}

/**
 * Lays out the spin-off tree below `tree` (from `lineageTree`) as a figure.
 *
 * @param tree - the hierarchy from `lineageTree(graph, root)`
 * @param measurer - font metrics (see `figureTextMeasurer`)
 * @param options - orientation, year axis, depth limit, title, caption
 * @returns positions of every node, link and label, and the canvas size
 * @example
 * const layout = layoutTreeFigure(lineageTree(graph, 'yamaha-motor'), figureTextMeasurer(), { years: true });
 * overlappingPairs(layout.labels); // [] — guaranteed
 */
export function layoutTreeFigure(tree: LineageTreeNode, measurer: TextMeasurer, options: Partial<TreeFigureOptions> = {}): TreeFigureLayout {
  const o: TreeFigureOptions = { ...DEFAULTS, ...options };
  const vertical = o.orientation === 'vertical';

  // 1. Measure the drawn nodes (breadth first, no recursion), cut at maxGenerations.
  let hiddenDescendants = 0;
  const make = (node: LineageTreeNode): Sized => {
    const m = measureNode(node, measurer, o);
    return { ...m, children: [], main: 0, mainSize: vertical ? m.height : m.width, crossSize: vertical ? m.width : m.height };
  };
  const root = make(tree);
  const all: Sized[] = [root];
  const parentOf = new Map<Sized, Sized>();
  for (let i = 0; i < all.length; i++) {
    const item = all[i]!;
    for (const child of item.node.children) {
      if (child.generation - tree.generation > o.maxGenerations) {
        hiddenDescendants += countNodes(child);
        continue;
      }
      const c = make(child);
      item.children.push(c);
      parentOf.set(c, item);
      all.push(c);
    }
  }
  const generations = Math.max(...all.map((s) => s.node.generation - tree.generation));

  // Large sibling groups in bands (layered layout only): consecutive children, about equally many
  // per band; each band's offset into the generation's layer is the widths of the bands before it.
  const bandOffset = new Map<Sized, number>();
  const banded = new Set<Sized>();
  if (!o.years && Number.isFinite(o.maxBandSize)) {
    const limit = Math.max(MIN_BAND_SIZE, Math.floor(o.maxBandSize));
    for (const s of all) {
      // As many bands as keep each within the limit, but never one of fewer than MIN_BAND_SIZE.
      const count = Math.min(Math.ceil(s.children.length / limit), Math.floor(s.children.length / MIN_BAND_SIZE));
      if (s.children.length <= limit || count < 2) continue;
      const perBand = Math.ceil(s.children.length / count);
      banded.add(s);
      const widths: number[] = [];
      s.children.forEach((c, i) => {
        c.band = Math.floor(i / perBand);
        widths[c.band] = Math.max(widths[c.band] ?? 0, c.mainSize);
      });
      const offsets: number[] = [0];
      for (let b = 1; b < widths.length; b++) offsets[b] = offsets[b - 1]! + widths[b - 1]! + SPACING.bandGap;
      for (const c of s.children) bandOffset.set(c, offsets[c.band!]!);
    }
  }

  // 2. Main-axis positions: by generation, or by founding year.
  let axisInfo:
    | { first: number; last: number; pxPerYear: number; step: number; lead: number; datedEnd: number; bands: { from: number; to: number; side: 'before' | 'after' }[] }
    | undefined;
  const layerSize: number[] = [];
  const layerStart: number[] = [];
  if (!o.years) {
    for (const s of all) {
      const g = s.node.generation - tree.generation;
      layerSize[g] = Math.max(layerSize[g] ?? 0, (bandOffset.get(s) ?? 0) + s.mainSize);
    }
    // Shared layers (several families): every generation of any family gets its place and label.
    o.minLayerSizes.forEach((size, g) => (layerSize[g] = Math.max(layerSize[g] ?? 0, size)));
    let at = 0;
    for (let g = 0; g < layerSize.length; g++) {
      layerStart[g] = at;
      at += (layerSize[g] ?? 0) + SPACING.layer;
    }
    for (const s of all) s.main = layerStart[s.node.generation - tree.generation]! + (bandOffset.get(s) ?? 0);
  } else {
    const known = all.map((s) => s.year).filter((y): y is number => y !== undefined);
    const first = known.length ? Math.min(...known) : 0;
    const last = known.length ? Math.max(...known) : 0;
    const span = Math.max(1, last - first);
    const typical = Math.max(...all.map((s) => s.mainSize));
    const scale = o.yearScale ?? fitYearScale(first, span, typical, vertical, measurer, o.maxWidth);
    const { pxPerYear, step } = scale;
    const axisFirst = o.yearScale ? Math.min(scale.first, Math.floor(first / step) * step) : scale.first;
    // Firms without a founding year are kept off the axis, in bands of their own: an undated root
    // before the axis, every other undated firm after it.
    const lead = root.year === undefined && known.length > 0 ? root.mainSize + UNKNOWN_BAND_GAP : 0;
    for (const s of all) if (s.year !== undefined) s.main = lead + (s.year - axisFirst) * pxPerYear;
    const dated = all.filter((s) => s.year !== undefined);
    const datedEnd = dated.length ? Math.max(...dated.map((s) => s.main + s.mainSize)) : lead;
    const bands: { from: number; to: number; side: 'before' | 'after' }[] = [];
    if (root.year === undefined) {
      root.main = 0;
      bands.push({ from: 0, to: root.mainSize, side: dated.length ? 'before' : 'after' });
    }
    const late = all.filter((s) => s.year === undefined && s !== root);
    if (late.length) {
      const from = Math.max(datedEnd, root.mainSize) + UNKNOWN_BAND_GAP;
      for (const s of late) s.main = from;
      bands.push({ from, to: from + Math.max(...late.map((s) => s.mainSize)), side: 'after' });
    }
    axisInfo = { first: axisFirst, last, pxPerYear, step, lead, datedEnd, bands };
  }

  // Children are never placed before their parent along the main axis: a child dated earlier than
  // its parent sits at its parent's year. (A dated child of a firm in the "year unknown" band stays
  // at its own year: the band is no point in time.)
  for (const s of all) {
    const parent = parentOf.get(s);
    if (parent && (!o.years || parent.year !== undefined) && s.main < parent.main) s.main = parent.main;
  }

  // On a year axis a parent's links leave from one trunk across the main axis, placed before every
  // child's start (`trunk`); each child's stretch is reserved back to that trunk in the packing, and
  // the parent's too, so no box can sit where a link runs.
  const trunkOf = new Map<Sized, number>();
  if (o.years)
    for (const s of all)
      if (s.children.length) trunkOf.set(s, Math.min(s.main + TRUNK_INSET, ...s.children.map((c) => c.main - TRUNK_INSET)));

  // 3. Cross-axis packing.
  const items = new Map<Sized, PackItem & { children: PackItem[] }>();
  for (const s of all) {
    const parent = parentOf.get(s);
    const reservedFrom = Math.min(s.main, trunkOf.get(s) ?? s.main, parent ? (trunkOf.get(parent) ?? s.main) : s.main);
    items.set(s, { mainStart: reservedFrom, mainEnd: s.main + s.mainSize, crossSize: s.crossSize, children: [] });
  }
  for (const s of all) {
    const item = items.get(s)!;
    item.children.push(...s.children.map((c) => items.get(c)!));
    if (banded.has(s)) item.bands = s.children.map((c) => c.band!);
  }
  const centres = packTreeContours(items.get(root)!, { sibling: SPACING.sibling, mainClearance: SPACING.mainClearance, parentAside: 2.5 * SPACING.sibling });
  const centreOf = (s: Sized) => centres.get(items.get(s)!)!;
  const minCross = Math.min(...all.map((s) => centreOf(s) - s.crossSize / 2));
  const maxCross = Math.max(...all.map((s) => centreOf(s) + s.crossSize / 2));
  const maxMain = Math.max(...all.map((s) => s.main + s.mainSize));

  // 4. Bands: title, axis gutter, tree, legend, caption.
  const labels: LabelBox[] = [];
  let titleLayout: TreeFigureLayout['title'];
  let top = SPACING.margin;
  const treeCrossExtent = maxCross - minCross;
  const treeWidthGuess = vertical ? treeCrossExtent : maxMain;
  if (o.title) {
    const fitted = fitLabel(o.title, measurer, { size: TITLE_SIZE, weight: 'bold', maxWidth: textWidthWithin(Math.max(480, treeWidthGuess), o.maxWidth), maxLines: 2 });
    const ascent = measurer.ascent(TITLE_SIZE);
    const height = ascent + measurer.descent(TITLE_SIZE) + (fitted.lines.length - 1) * TITLE_SIZE * 1.25;
    const label: LabelBox = { role: 'title', id: 'title', lines: fitted.lines, x: SPACING.margin, y: top, width: Math.ceil(fitted.width), height: Math.ceil(height) };
    titleLayout = { label, baseline: top + ascent, size: TITLE_SIZE };
    labels.push(label);
    top += label.height + SPACING.band;
  }

  // Axis gutter (left of a vertical tree, above a horizontal one).
  let axisLayout: TreeFigureLayout['axis'];
  let gutter = 0;
  const ticks: { year: number; main: number; text: string; width: number }[] = [];
  if (axisInfo) {
    const tickTextHeight = measurer.ascent(AXIS_SIZE) + measurer.descent(AXIS_SIZE);
    const tickWidth = measurer.width('0000', AXIS_SIZE);
    const step = axisInfo.step;
    const firstTick = axisInfo.first;
    const lastYear = axisInfo.first + (axisInfo.datedEnd - axisInfo.lead) / axisInfo.pxPerYear;
    const dated = all.some((s) => s.year !== undefined);
    for (let year = firstTick; dated && year <= lastYear; year += step) {
      const text = String(year);
      ticks.push({ year, main: axisInfo.lead + (year - axisInfo.first) * axisInfo.pxPerYear, text, width: measurer.width(text, AXIS_SIZE) });
    }
    const bandWidth = axisInfo.bands.length ? measurer.width(UNKNOWN_BAND_TEXT, AXIS_SIZE) : 0;
    gutter = vertical ? Math.ceil(Math.max(tickWidth, bandWidth, ...ticks.map((t) => t.width))) + 10 : Math.ceil(tickTextHeight) + 8;
  }
  // Generation labels (layered layout): in the same gutter, one per layer, long or, where a long
  // one would reach the next layer, all short.
  let generationTexts: { text: string; width: number }[] = [];
  if (!o.years && o.generationLabels) {
    const make = (short: boolean) => layerSize.map((_, g) => ({ text: generationText(g, short), width: measurer.width(generationText(g, short), AXIS_SIZE) }));
    generationTexts = make(false);
    if (!vertical && generationTexts.some((t, g) => t.width > layerSize[g]! + SPACING.layer - 6)) generationTexts = make(true);
    const textHeight = measurer.ascent(AXIS_SIZE) + measurer.descent(AXIS_SIZE);
    gutter = vertical ? Math.ceil(Math.max(...generationTexts.map((t) => t.width))) + 10 : Math.ceil(textHeight) + 8;
  }
  // Ticks are centred on their position; half a tick label may stick out before the tree starts.
  const axisOverhang = axisInfo ? Math.ceil((vertical ? measurer.ascent(AXIS_SIZE) + measurer.descent(AXIS_SIZE) : measurer.width('0000', AXIS_SIZE)) / 2) : 0;
  const treeLeft = SPACING.margin + (vertical ? gutter : axisOverhang);
  const treeTop = top + (vertical ? axisOverhang : gutter);
  const toXY = (main: number, cross: number): [number, number] =>
    vertical ? [treeLeft + (cross - minCross), treeTop + main] : [treeLeft + main, treeTop + (cross - minCross)];

  /** The last band of a banded group, and where band `b` ends along the main axis (tree coordinates). */
  const lastBand = (group: Sized) => group.children[group.children.length - 1]!.band!;
  const bandEnd = (group: Sized, b: number) => Math.max(...group.children.filter((c) => c.band === b).map((c) => c.main + c.mainSize));

  // Place nodes.
  const nodes: TreeFigureNode[] = [];
  const placed = new Map<string, TreeFigureNode>();
  for (const s of all) {
    const c = centreOf(s);
    const [x, y] = vertical ? toXY(s.main, c - s.crossSize / 2) : toXY(s.main, c - s.crossSize / 2);
    const box: Box = { x, y, width: s.width, height: s.height };
    const node: TreeFigureNode = {
      id: s.node.id,
      kind: s.node.kind,
      generation: s.node.generation - tree.generation,
      listed: s.node.listed === true,
      box,
      lines: s.lines,
      baselines: s.baselineOffsets.map((b) => y + b),
      textX: x + s.width / 2,
      ...(s.yearText !== undefined ? { yearText: s.yearText } : {}),
      ...(s.node.founded !== undefined ? { founded: s.node.founded } : {}),
      ...(s.bounded ? { bounded: true as const } : {}),
    };
    nodes.push(node);
    placed.set(node.id, node);
    labels.push({ role: 'node', id: node.id, lines: s.yearText ? [...s.lines, s.yearText] : [...s.lines], ...box });
  }

  // Links.
  const links: TreeFigureLink[] = [];
  const boxes = nodes.map((n) => n.box);
  const mainOrigin = vertical ? treeTop : treeLeft;
  for (const s of all) {
    const parent = parentOf.get(s);
    const node = placed.get(s.node.id)!;
    if (parent) {
      const trunk = trunkOf.get(parent);
      const parentBox = placed.get(parent.node.id)!.box;
      let points = trunk === undefined ? treeLinkPoints(parentBox, node.box, vertical) : trunkLinkPoints(parentBox, node.box, mainOrigin + trunk, vertical);
      if (banded.size > 0) {
        // With bands, a link may have to cross the bands between its two ends: along the bus
        // before the first band (or the gap after the parent's own band), across the bands where a
        // line is free (between two rows), down the gap before the child's band.
        const firstBand = parent.children[0]!;
        const busFrom =
          parent.band !== undefined && parentOf.get(parent) && banded.has(parentOf.get(parent)!) && parent.band < lastBand(parentOf.get(parent)!)
            ? mainOrigin + bandEnd(parentOf.get(parent)!, parent.band) + SPACING.bandGap / 2
            : undefined;
        const busTo = s.band !== undefined && s.band > 0 ? mainOrigin + s.main - SPACING.bandGap / 2 : undefined;
        if (busFrom !== undefined || busTo !== undefined) {
          const bus0 = mainOrigin + firstBand.main - Math.min(SPACING.layer / 2, (firstBand.main - parent.main - parent.mainSize) / 2);
          // Every band of a group is reached across the same line: one found clear up to the last band.
          const acrossTo = busTo !== undefined ? mainOrigin + Math.max(...parent.children.map((c) => c.main)) - SPACING.bandGap / 2 : undefined;
          points = bandLinkPoints(parentBox, node.box, busFrom ?? bus0, busTo ?? bus0, boxes, vertical, acrossTo);
        }
        points = clearOrRouted(points, parentBox, node.box, boxes, vertical);
      }
      links.push({ from: parent.node.id, to: s.node.id, role: 'tree', confidence: s.node.confidence, points });
    }
  }
  // Second parents last, routed around every box.
  for (const s of all) {
    const node = placed.get(s.node.id)!;
    for (const extra of s.node.extraParents) {
      const from = placed.get(extra.id);
      if (from) links.push({ from: extra.id, to: s.node.id, role: 'second-parent', confidence: extra.confidence, points: secondParentRoute(from.box, node.box, boxes, vertical) });
    }
  }

  const treeRight = treeLeft + (vertical ? treeCrossExtent : maxMain);
  const treeBottom = treeTop + (vertical ? maxMain : treeCrossExtent);

  let generationLabels: GenerationLabel[] | undefined;
  if (generationTexts.length) {
    const ascent = measurer.ascent(AXIS_SIZE);
    const textHeight = ascent + measurer.descent(AXIS_SIZE);
    generationLabels = generationTexts.map((t, g) => {
      const label: LabelBox = vertical
        ? { role: 'axis', id: `generation ${g}`, lines: [t.text], x: SPACING.margin + gutter - 10 - t.width, y: treeTop + layerStart[g]!, width: t.width, height: textHeight }
        : { role: 'axis', id: `generation ${g}`, lines: [t.text], x: treeLeft + layerStart[g]!, y: top, width: t.width, height: textHeight };
      return { generation: g, label, baseline: label.y + ascent };
    });
    labels.push(...generationLabels.map((l) => l.label));
  }

  if (axisInfo) {
    const ascent = measurer.ascent(AXIS_SIZE);
    const textHeight = ascent + measurer.descent(AXIS_SIZE);
    const axisTicks: YearTick[] = ticks.map((t) => {
      if (vertical) {
        const at = treeTop + t.main;
        const label: LabelBox = { role: 'axis', id: `year ${t.year}`, lines: [t.text], x: SPACING.margin + gutter - 10 - t.width, y: at - textHeight / 2, width: t.width, height: textHeight };
        return { year: t.year, at, label, baseline: label.y + ascent };
      }
      const at = treeLeft + t.main;
      const label: LabelBox = { role: 'axis', id: `year ${t.year}`, lines: [t.text], x: at - t.width / 2, y: top, width: t.width, height: textHeight };
      return { year: t.year, at, label, baseline: top + ascent };
    });
    labels.push(...axisTicks.map((t) => t.label));
    const unknownBands: UnknownYearBand[] = axisInfo.bands.map((b, k) => {
      const w = measurer.width(UNKNOWN_BAND_TEXT, AXIS_SIZE);
      const from = (vertical ? treeTop : treeLeft) + b.from;
      const to = (vertical ? treeTop : treeLeft) + b.to;
      const label: LabelBox = vertical
        ? { role: 'axis', id: `year unknown ${k + 1}`, lines: [UNKNOWN_BAND_TEXT], x: SPACING.margin + gutter - 10 - w, y: from, width: w, height: textHeight }
        : { role: 'axis', id: `year unknown ${k + 1}`, lines: [UNKNOWN_BAND_TEXT], x: from, y: top, width: w, height: textHeight };
      return { from, to, side: b.side, label, baseline: label.y + ascent };
    });
    labels.push(...unknownBands.map((b) => b.label));
    axisLayout = { ticks: axisTicks, unknownBands, size: AXIS_SIZE, gridFrom: vertical ? treeLeft : treeTop, gridTo: vertical ? treeRight : treeBottom };
  }

  // Legend and caption below the tree, as wide as the figure.
  const contentRight = Math.max(treeRight, titleLayout ? titleLayout.label.x + titleLayout.label.width : 0, ...labels.map((l) => l.x + l.width));
  const width0 = Math.max(contentRight - SPACING.margin, textWidthWithin(360, o.maxWidth));
  const legendEntries = treeLegendEntries(nodes, links, o.markListed);
  const legend = layoutLegend(legendEntries, measurer, { x: SPACING.margin, y: treeBottom + SPACING.band + 4, maxWidth: width0 });
  const caption = layoutCaption(o.captionText, measurer, { x: SPACING.margin, y: legend.bottom + (legend.entries.length ? 8 : 0), maxWidth: Math.max(width0, legend.width) });
  labels.push(...legend.labels, ...caption.labels);
  const width = Math.ceil(Math.max(...labels.map((l) => l.x + l.width), treeRight) + SPACING.margin);
  const height = Math.ceil(Math.max(caption.bottom, legend.bottom, treeBottom) + SPACING.margin);
  return {
    width,
    height,
    orientation: o.orientation,
    nodes,
    links,
    ...(titleLayout ? { title: titleLayout } : {}),
    ...(axisLayout ? { axis: axisLayout } : {}),
    ...(generationLabels ? { generationLabels } : {}),
    layerSizes: layerSize,
    legend,
    caption,
    labels,
    generations,
    hiddenDescendants,
    bandedParents: [...banded].map((s) => s.node.id),
    fontSize: o.fontSize,
  };
}

/**
 * The width a title, legend or caption may take: `wanted`, but within a printed width (less the
 * margins), and never under 160 px.
 */
export function textWidthWithin(wanted: number, maxWidth: number): number {
  return Math.max(160, Math.min(wanted, maxWidth - 2 * SPACING.margin));
}

function countNodes(node: LineageTreeNode): number {
  let count = 0;
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    count++;
    stack.push(...n.children);
  }
  return count;
}

/**
 * A tree's (main, cross) frame: main runs from a parent to its children (x in a horizontal tree, y
 * in a vertical one). `m` gives a box's extent on both axes, `xy` maps a (main, cross) point back.
 */
function axisFrame(vertical: boolean): { m: (b: Box) => { start: number; end: number; cStart: number; cEnd: number }; xy: (main: number, cross: number) => [number, number] } {
  return {
    m: (b) => (vertical ? { start: b.y, end: b.y + b.height, cStart: b.x, cEnd: b.x + b.width } : { start: b.x, end: b.x + b.width, cStart: b.y, cEnd: b.y + b.height }),
    xy: (main, cross) => (vertical ? [cross, main] : [main, cross]),
  };
}

/**
 * An elbow from the parent's far edge to the child's near edge; when the child starts beside the
 * parent (a year axis, a child founded about when its parent was), from the parent's facing side to
 * the child's facing side.
 */
function treeLinkPoints(parent: Box, child: Box, vertical: boolean): [number, number][] {
  // Work in (main, cross) terms, then map back to (x, y).
  const { m, xy } = axisFrame(vertical);
  const p = m(parent);
  const c = m(child);
  const pc = (p.cStart + p.cEnd) / 2;
  const cc = (c.cStart + c.cEnd) / 2;
  if (c.start - p.end >= 4) {
    const mid = c.start - Math.min(SPACING.layer / 2, (c.start - p.end) / 2);
    return [xy(p.end, pc), xy(mid, pc), xy(mid, cc), xy(c.start, cc)];
  }
  const pm = (p.start + p.end) / 2;
  const cm = (c.start + c.end) / 2;
  const after = cc > pc;
  const from = after ? p.cEnd : p.cStart;
  const to = after ? c.cStart : c.cEnd;
  const mid = (from + to) / 2;
  return [xy(pm, from), xy(pm, mid), xy(cm, mid), xy(cm, to)];
}

/**
 * A link on a year axis: from the parent to its trunk (a line across the main axis at `trunk`,
 * before every child's start), along the trunk to the child's centre line, then straight to the
 * child's near edge. The trunk leaves the parent's side facing the child when it lies within the
 * parent's stretch, else the parent's near end.
 */
function trunkLinkPoints(parent: Box, child: Box, trunk: number, vertical: boolean): [number, number][] {
  const { m, xy } = axisFrame(vertical);
  const p = m(parent);
  const c = m(child);
  const pc = (p.cStart + p.cEnd) / 2;
  const cc = (c.cStart + c.cEnd) / 2;
  if (trunk >= p.start + 4) {
    const side = cc >= pc ? p.cEnd : p.cStart;
    return [xy(trunk, side), xy(trunk, cc), xy(c.start, cc)];
  }
  return [xy(p.start, pc), xy(trunk, pc), xy(trunk, cc), xy(c.start, cc)];
}

/**
 * A tree link that crosses bands: from the parent's far edge along its centre line to the channel
 * at `busFrom` (the bus before the first band, or the gap after the parent's own band), along it to
 * a line across that no box meets up to `acrossTo` (between two rows of the bands, nearest the
 * parent's centre; the same for every band of a group),
 * along that line to the channel at `busTo` (the gap before the child's band, or the bus before the
 * child's layer), along it to the child's centre line, then into the child's near edge.
 */
function bandLinkPoints(parent: Box, child: Box, busFrom: number, busTo: number, boxes: readonly Box[], vertical: boolean, acrossTo = busTo): [number, number][] {
  const { m, xy } = axisFrame(vertical);
  const p = m(parent);
  const c = m(child);
  const pc = (p.cStart + p.cEnd) / 2;
  const cc = (c.cStart + c.cEnd) / 2;
  const others = boxes.filter((b) => b !== parent && b !== child);
  // A line along the main axis (horizontal in a horizontal tree) from busFrom to busTo.
  const across = busTo > busFrom ? freeLineAcross(busFrom, Math.max(busTo, acrossTo), pc, others, !vertical) : pc;
  return simplify([xy(p.end, pc), xy(busFrom, pc), xy(busFrom, across), xy(busTo, across), xy(busTo, cc), xy(c.start, cc)]);
}

/**
 * `points` when no box but the two ends comes within 1 px of them; else a route around every box
 * from the parent's far edge to the child's near edge.
 */
function clearOrRouted(points: [number, number][], parent: Box, child: Box, boxes: readonly Box[], vertical: boolean): [number, number][] {
  const others = boxes.filter((b) => b !== parent && b !== child);
  if (pathClear(points, others, 1)) return points;
  const s: [number, number] = vertical ? [parent.x + parent.width / 2, parent.y + parent.height] : [parent.x + parent.width, parent.y + parent.height / 2];
  const e: [number, number] = vertical ? [child.x + child.width / 2, child.y] : [child.x, child.y + child.height / 2];
  const s1: [number, number] = vertical ? [s[0], s[1] + STUB] : [s[0] + STUB, s[1]];
  const e1: [number, number] = vertical ? [e[0], e[1] - STUB] : [e[0] - STUB, e[1]];
  const route = routeAroundBoxes(s1, e1, others);
  return route ? simplify([s, ...route, e]) : points;
}

/** Length of the stub a second-parent link leaves and enters a box with, px. */
const STUB = 7;

/**
 * A second parent's link: from the parent's far edge (three quarters across, clear of the tree
 * link leaving its middle) to the child's near edge (a quarter across), routed around every box.
 */
function secondParentRoute(parent: Box, child: Box, boxes: readonly Box[], vertical: boolean): [number, number][] {
  const s: [number, number] = vertical ? [parent.x + parent.width * 0.75, parent.y + parent.height] : [parent.x + parent.width, parent.y + parent.height * 0.75];
  const e: [number, number] = vertical ? [child.x + child.width * 0.25, child.y] : [child.x, child.y + child.height * 0.25];
  const s1: [number, number] = vertical ? [s[0], s[1] + STUB] : [s[0] + STUB, s[1]];
  const e1: [number, number] = vertical ? [e[0], e[1] - STUB] : [e[0] - STUB, e[1]];
  const route = routeAroundBoxes(s1, e1, boxes);
  return route ? [s, ...route, e] : [s, s1, e1, e];
}

/**
 * The legend entries a tree figure needs: the kinds of the drawn nodes, the listed mark, dashed
 * boxes of firms placed by a bound, and the line styles of the drawn links.
 */
export function treeLegendEntries(nodes: TreeFigureNode[], links: TreeFigureLink[], markListed: boolean): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const kinds = new Set(nodes.map((n) => n.kind));
  const ordered: (NodeKind | null)[] = NODE_KINDS.filter((k) => kinds.has(k));
  if (kinds.has(null)) ordered.push(null);
  for (const kind of ordered) entries.push({ swatch: { shape: 'box', ...nodeBoxColors(kind) }, text: kind === null ? 'untyped' : NODE_KIND_INFO[kind].title });
  if (markListed && nodes.some((n) => n.listed)) entries.push({ swatch: { shape: 'mark', mark: '*' }, text: 'listed company' });
  if (nodes.some((n) => n.bounded)) entries.push({ swatch: { shape: 'box', fill: '#FFFFFF', stroke: '#555555', dash: BOUNDED_DASH }, text: 'no founding year: placed by its earliest record' });
  const line = (role: 'tree' | 'second-parent', confidence: Confidence | null, text: string): LegendEntry => ({ swatch: { shape: 'line', ...linkStyle(role, confidence) }, text });
  if (links.some((l) => l.role === 'second-parent')) entries.push(line('second-parent', null, 'second parent'));
  if (links.some((l) => l.confidence === 'inferred')) entries.push(line('tree', 'inferred', 'inferred tie'));
  if (links.some((l) => l.confidence === 'illustrative')) entries.push(line('tree', 'illustrative', 'illustrative tie'));
  return entries;
}

/** Most bands one sibling group is split into by {@link bandSizeForArea}. */
const MAX_BANDS = 8;

/** The most children of any one parent in `tree`. */
export function largestSiblingGroup(tree: LineageTreeNode): number {
  let most = 0;
  const stack = [tree];
  while (stack.length) {
    const n = stack.pop()!;
    most = Math.max(most, n.children.length);
    stack.push(...n.children);
  }
  return most;
}

/**
 * The band size (see `maxBandSize`) whose figure fits an area largest: each candidate (no bands,
 * then the largest sibling group split into 2, 3, … 8 bands, never under {@link MIN_BAND_SIZE} a
 * band) is laid out by `lay`, scored by the scale at which it fits `area` (the smaller of the
 * width and height ratios), and the best kept; more bands only when they fit at least 2% larger.
 *
 * @param lay - lays the figure out with a band size and gives its size (any unit, the area's)
 * @param largestGroup - the most children of one parent (see {@link largestSiblingGroup})
 * @param area - the width and height to fit (only their ratio and scale matter; Infinity: no limit that way)
 * @param largestScale - a scale beyond which fitting larger gains nothing (1 for a printed figure, which is never enlarged)
 * @returns the band size, Infinity when bands do not help
 * @example
 * const size = bandSizeForArea((n) => layoutTreeFigure(tree, measurer, { orientation: 'horizontal', maxBandSize: n }), largestSiblingGroup(tree), { width: 940, height: 700 });
 */
export function bandSizeForArea(lay: (maxBandSize: number) => { width: number; height: number }, largestGroup: number, area: { width: number; height: number }, largestScale = Infinity): number {
  const fit = (size: { width: number; height: number }) => Math.min(largestScale, area.width / Math.max(1, size.width), area.height / Math.max(1, size.height));
  let best = { size: Infinity, fit: fit(lay(Infinity)) };
  const tried = new Set<number>();
  for (let bands = 2; bands <= MAX_BANDS; bands++) {
    const size = Math.ceil(largestGroup / bands);
    if (size < MIN_BAND_SIZE || tried.has(size)) continue;
    tried.add(size);
    const score = fit(lay(size));
    if (score > best.fit * 1.02) best = { size, fit: score };
  }
  return best.size;
}
