/**
 * Layout of a network figure: ForceAtlas2 from seeded initial positions (same seed, same figure),
 * node radii from a measure, one curve per kind of tie between a pair (parallel ties of different
 * kinds side by side, not merged), and labels placed so that no two overlap, none covers a node and
 * none leaves the canvas.
 *
 * The canvas is as wide as the printed figure (SVG px are 1/96 in), so a label's size in the SVG is
 * its printed size. Labels are placed greedily, largest node first: the first of eight positions
 * around the node (right, left, above, below, then the diagonals) that meets no placed label and no
 * node, first at the normal size and then at smaller sizes down to the minimum; failing that,
 * positions on rings around the node up to a limited distance (a thin leader line then joins label
 * and node). A label that still finds no room is dropped and reported in `droppedLabels`.
 *
 * @see Jacomy, M., Venturini, T., Heymann, S. and Bastian, M. (2014) "ForceAtlas2, a continuous
 * graph layout algorithm for handy network visualization designed for the Gephi software",
 * PLoS ONE 9(6): e98679.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { UndirectedGraph } from 'graphology';
import type { ViewGraph } from '../../metrics/view.js';
import { connectedComponents } from 'graphology-components';
import { createRng } from '../../model/random.js';
import type { TextMeasurer } from '../font.js';
import { fitLabel } from '../label-text.js';
import { boxesOverlap, type Box, type LabelBox } from '../label-boxes.js';
import { layoutLegend, type LegendEntry, type LegendLayout } from '../legend.js';
import { layoutCaption, type CaptionLayout } from '../caption.js';
import type { MarkerShape } from '../markers.js';
import { hollowWidth, type TieStyle } from './tie-style.js';
import { svgNumber } from '../svg-writer.js';

/** SVG px per mm (96 px per inch). */
export const PX_PER_MM = 96 / 25.4;
/** px per typographic point (96 px, 72 pt per inch). */
export const PX_PER_PT = 96 / 72;

/** Which nodes to label: every node, none, the top N by size, or the listed ids. */
export type LabelChoice = 'all' | 'none' | number | readonly string[];

/** Options of {@link layoutNetworkFigure}. */
export interface NetworkLayoutOptions {
  /** Seed of the initial positions. */
  seed: number;
  /** ForceAtlas2 iterations. */
  iterations: number;
  /** Which nodes to label (a number: the top N by size). */
  labels: LabelChoice;
  /** Width of the whole figure, px: the printed width (174 mm, a two-column journal page, by default). */
  width: number;
  minRadius: number;
  maxRadius: number;
  /** Label size, px (10 px is 7.5 pt at the printed width). */
  fontSize: number;
  /** Smallest label size, px, tried before a label is dropped (6.5 pt). */
  minFontSize: number;
  maxLabelWidth: number;
  title: string;
  captionText: string;
}

export const DEFAULTS = {
  seed: 42,
  iterations: 600,
  labels: 'all',
  width: Math.round(174 * PX_PER_MM * 100) / 100,
  minRadius: 3,
  maxRadius: 13,
  fontSize: 10,
  minFontSize: 6.5 * PX_PER_PT,
  maxLabelWidth: 130,
  title: '',
  captionText: '',
} as const satisfies NetworkLayoutOptions;

// CommonJS package: under Node's ESM the default import is `module.exports`, the layout function.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

const MARGIN = 16;
const LABEL_PAD = 1.5;
const TITLE_SIZE = 14;
/** Room around the nodes where labels may go, px. */
const LABEL_BLEED = 40;
/** Least gap between a label placed away from its node and any other node, px. */
const FAR_LABEL_CLEARANCE = 5;
/** Farthest a label may sit from its node's edge (the ring search stops there), px. */
const MAX_LEADER = 70;
/** Distance between parallel curves of one pair at their middle, px. */
const PARALLEL_SPACING = 7;

/** What the layout needs to know of each node. */
export interface NetworkNodeInput {
  id: string;
  label: string;
  /** Value of the size measure. */
  size: number;
  /** Fill colour. */
  color: string;
  /** Outline colour. */
  stroke: string;
  marker: MarkerShape;
}

/** One tie to draw: one per pair, kind, direction and confidence channel (duplicates merged). */
export interface NetworkTieInput {
  source: string;
  target: string;
  /** Kind of the tie, or `untyped`. */
  kind: string;
  /** Whether an arrowhead marks `target`. */
  directed: boolean;
  /** Illustrative or inferred: drawn hollow. */
  hollow: boolean;
  style: TieStyle;
  /** Stroke colour in the chosen print mode. */
  color: string;
}

export interface PlacedNetworkNode {
  id: string;
  x: number;
  y: number;
  r: number;
  color: string;
  stroke: string;
  marker: MarkerShape;
}

/** A tie laid out: its path and, for a directed tie, its arrowhead. */
export interface PlacedNetworkTie {
  source: number;
  target: number;
  kind: string;
  color: string;
  width: number;
  dash?: string;
  hollow: boolean;
  /** SVG path: a straight line or a quadratic curve, from node edge to arrowhead base. */
  d: string;
  /** Control point of the curve (the midpoint for a straight tie); curves of a pair differ here. */
  control: [number, number];
  /** Closed SVG path of the arrowhead, for directed ties. */
  arrow?: string;
}

export interface PlacedNetworkLabel {
  id: string;
  box: LabelBox;
  baselines: number[];
  /** Text is left-aligned at box.x + LABEL_PAD. */
  textX: number;
  /** Font size of this label, px. */
  size: number;
  /** A line from the node to the label when the label sits away from it. */
  leader?: [number, number, number, number];
}

export interface NetworkFigureLayout {
  width: number;
  height: number;
  nodes: PlacedNetworkNode[];
  /** The ties drawn, bottom layer first. */
  edges: PlacedNetworkTie[];
  labels: PlacedNetworkLabel[];
  /** Nodes asked to be labelled whose label found no room at the minimum size. */
  droppedLabels: { id: string; label: string }[];
  title?: { label: LabelBox; baseline: number; size: number };
  legend: LegendLayout;
  caption: CaptionLayout;
  /** Every label box of the figure: node labels, title, legend, caption. */
  labelBoxes: LabelBox[];
  fontSize: number;
}

/**
 * Positions the nodes of `simple` with ForceAtlas2 from seeded random starting positions.
 *
 * @param simple - the simple undirected projection (node order fixes the result)
 * @param seed - seed of the starting positions
 * @param iterations - ForceAtlas2 iterations
 * @returns x and y of each node, in graph order
 */
export function forceAtlas2Positions(simple: ViewGraph, seed: number, iterations: number): Map<string, { x: number; y: number }> {
  const rng = createRng(seed);
  const spread = Math.sqrt(Math.max(1, simple.order)) * 10;
  // Node positions live on a plain copy: the view's nodes carry no attributes.
  const positioned = new UndirectedGraph<{ x: number; y: number }>();
  simple.forEachNode((id) => positioned.addNode(id, { x: (rng.next() - 0.5) * spread, y: (rng.next() - 0.5) * spread }));
  simple.forEachEdge((_edge, _attrs, source, target) => void positioned.mergeEdge(source, target));
  if (positioned.order > 1 && iterations > 0) {
    const settings = { ...forceAtlas2.inferSettings(positioned), barnesHutOptimize: false, adjustSizes: false };
    forceAtlas2.assign(positioned, { iterations, settings, getEdgeWeight: null });
  }
  const positions = new Map<string, { x: number; y: number }>();
  positioned.forEachNode((id, attrs) => positions.set(id, { x: attrs.x, y: attrs.y }));
  alignPrincipalAxis(positions);
  packComponents(simple, positions);
  return positions;
}

/**
 * Rotates the layout so its longest extent (the principal axis of the positions) runs across the
 * page: a landscape figure. A direction is fixed by the sign rule below, so the result stays
 * deterministic.
 */
function alignPrincipalAxis(positions: Map<string, { x: number; y: number }>): void {
  const points = [...positions.values()];
  if (points.length < 2) return;
  const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  for (const [id, p] of positions) {
    const x = p.x - mx;
    const y = p.y - my;
    positions.set(id, { x: x * cos - y * sin, y: x * sin + y * cos });
  }
}

/**
 * ForceAtlas2 lets separate components drift apart. Keep the largest where it is and shelve the
 * others in rows below it, largest first, each kept in its own shape.
 */
function packComponents(simple: ViewGraph, positions: Map<string, { x: number; y: number }>): void {
  const components = connectedComponents(simple);
  if (components.length < 2) return;
  const order = new Map<string, number>();
  simple.forEachNode((id) => order.set(id, order.size));
  components.sort((a, b) => b.length - a.length || order.get(a[0]!)! - order.get(b[0]!)!);
  const bbox = (ids: string[]) => {
    const xs = ids.map((id) => positions.get(id)!.x);
    const ys = ids.map((id) => positions.get(id)!.y);
    return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  };
  const main = bbox(components[0]!);
  const gap = Math.max(1, 0.06 * Math.max(main.maxX - main.minX, main.maxY - main.minY));
  const rowWidth = Math.max(main.maxX - main.minX, gap * 6);
  let x = main.minX;
  let y = main.maxY + gap;
  let rowHeight = 0;
  for (const component of components.slice(1)) {
    const b = bbox(component);
    const w = b.maxX - b.minX;
    const h = b.maxY - b.minY;
    if (x > main.minX && x + w > main.minX + rowWidth) {
      x = main.minX;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    for (const id of component) {
      const p = positions.get(id)!;
      positions.set(id, { x: p.x - b.minX + x, y: p.y - b.minY + y });
    }
    x += w + gap;
    rowHeight = Math.max(rowHeight, h);
  }
}

function circleBox(n: { x: number; y: number; r: number }): Box {
  return { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r };
}

/** The nodes to label, in placement order (largest first; ties by label, then id). */
function labelOrder(inputs: readonly NetworkNodeInput[], choice: LabelChoice): number[] {
  const ranked = inputs
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.size - a.n.size || (a.n.label < b.n.label ? -1 : a.n.label > b.n.label ? 1 : 0) || (a.n.id < b.n.id ? -1 : 1))
    .map((r) => r.i);
  if (choice === 'all') return ranked;
  if (choice === 'none') return [];
  if (typeof choice === 'number') return ranked.slice(0, Math.max(0, choice));
  const wanted = new Set(choice);
  return ranked.filter((i) => wanted.has(inputs[i]!.id));
}

/** Graphs up to this many nodes are spread apart after scaling (the pass is quadratic). */
const SPREAD_MAX_NODES = 800;
/** Room kept between the edges of two nodes by {@link spreadNodes}, px. */
const SPREAD_GAP = 12;

/**
 * Pushes apart nodes closer than their radii plus {@link SPREAD_GAP}, keeping x within
 * [minX, maxX]: ForceAtlas2 packs hubs' neighbourhoods tight, and at print width that leaves no room
 * for labels. Deterministic (fixed order, fixed number of rounds); a pair on the same spot is
 * separated along the x axis.
 */
function spreadNodes(nodes: PlacedNetworkNode[], minX: number, maxX: number): void {
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const want = a.r + b.r + SPREAD_GAP;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= want) continue;
        const [ux, uy] = d > 1e-9 ? [dx / d, dy / d] : [1, 0];
        const push = (want - d) / 2;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    for (const n of nodes) n.x = Math.min(maxX, Math.max(minX, n.x));
    if (!moved) break;
  }
}

/**
 * Path and arrowhead of one tie from a to b bent by `offset` px at its middle (0: straight).
 * The line starts at a's edge and ends at the base of the arrowhead, whose tip touches b's edge.
 */
function tieGeometry(a: PlacedNetworkNode, b: PlacedNetworkNode, offset: number, width: number, directed: boolean): { d: string; control: [number, number]; arrow?: string } {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = -(b.y - a.y) / len;
  const ny = (b.x - a.x) / len;
  // A quadratic curve passes its control point's offset halfway: bend twice as far.
  const cx = mx + nx * offset * 2;
  const cy = my + ny * offset * 2;
  const unit = (fx: number, fy: number, tx: number, ty: number) => {
    const l = Math.hypot(tx - fx, ty - fy) || 1;
    return [(tx - fx) / l, (ty - fy) / l] as const;
  };
  const [ux, uy] = unit(a.x, a.y, cx, cy);
  const start: [number, number] = [a.x + ux * (a.r + 0.5), a.y + uy * (a.r + 0.5)];
  const [vx, vy] = unit(cx, cy, b.x, b.y);
  const tip: [number, number] = [b.x - vx * (b.r + 0.8), b.y - vy * (b.r + 0.8)];
  const arrowLength = 4 + width * 1.5;
  const end: [number, number] = directed ? [tip[0] - vx * arrowLength * 0.8, tip[1] - vy * arrowLength * 0.8] : tip;
  const d = offset === 0 ? `M${svgNumber(start[0])} ${svgNumber(start[1])} L${svgNumber(end[0])} ${svgNumber(end[1])}` : `M${svgNumber(start[0])} ${svgNumber(start[1])} Q${svgNumber(cx)} ${svgNumber(cy)} ${svgNumber(end[0])} ${svgNumber(end[1])}`;
  const geometry: { d: string; control: [number, number]; arrow?: string } = { d, control: [cx, cy] };
  if (directed) {
    const half = arrowLength * 0.45;
    const bx = tip[0] - vx * arrowLength;
    const by = tip[1] - vy * arrowLength;
    geometry.arrow = `M${svgNumber(tip[0])} ${svgNumber(tip[1])} L${svgNumber(bx - vy * half)} ${svgNumber(by + vx * half)} L${svgNumber(bx + vy * half)} ${svgNumber(by - vx * half)} Z`;
  }
  return geometry;
}

/**
 * Lays out a network figure.
 *
 * @param simple - simple undirected projection of the graph (it fixes the layout)
 * @param inputs - label, size value, fill, outline and marker of each node, in graph order
 * @param ties - the ties to draw (several per pair when they differ in kind, direction or confidence)
 * @param legendEntries - legend entries (kinds or communities, ties, sizes)
 * @param measurer - font metrics
 * @param options - seed, iterations, labels, width, sizes, title, caption
 * @example
 * const layout = layoutNetworkFigure(simple, inputs, ties, legend, figureTextMeasurer(), { seed: 7, labels: 'all' });
 */
export function layoutNetworkFigure(
  simple: ViewGraph,
  inputs: readonly NetworkNodeInput[],
  ties: readonly NetworkTieInput[],
  legendEntries: readonly LegendEntry[],
  measurer: TextMeasurer,
  options: Partial<NetworkLayoutOptions> = {},
): NetworkFigureLayout {
  const o: NetworkLayoutOptions = { ...DEFAULTS, ...options };
  if (!(o.width >= 120)) throw new Error(`a network figure needs a width of at least 120 px (32 mm), got ${o.width}`);
  const positions = forceAtlas2Positions(simple, o.seed, o.iterations);

  // Scale positions into the drawing area: the page width less margins and room for labels at the sides.
  const inset = o.maxRadius + 2;
  const drawWidth = Math.max(20, o.width - 2 * MARGIN - 2 * inset);
  const xs = inputs.map((n) => positions.get(n.id)!.x);
  const ys = inputs.map((n) => positions.get(n.id)!.y);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 0);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 0);
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min(drawWidth / spanX, (drawWidth * 0.8) / spanY);
  const offsetX = MARGIN + inset + (drawWidth - spanX * scale) / 2;
  const sizes = inputs.map((n) => n.size);
  const lo = Math.min(...sizes, 0);
  const hi = Math.max(...sizes, 0);
  const radius = (v: number) => (hi > lo ? o.minRadius + (o.maxRadius - o.minRadius) * Math.sqrt((v - lo) / (hi - lo)) : (o.minRadius + o.maxRadius) / 2);
  const nodes: PlacedNetworkNode[] = inputs.map((n, i) => ({
    id: n.id,
    x: offsetX + (xs[i]! - minX) * scale,
    y: (ys[i]! - minY) * scale,
    r: radius(n.size),
    color: n.color,
    stroke: n.stroke,
    marker: n.marker,
  }));
  const index = new Map(inputs.map((n, i) => [n.id, i]));
  if (nodes.length <= SPREAD_MAX_NODES) spreadNodes(nodes, MARGIN + inset, MARGIN + inset + drawWidth);

  // Labels, inside the page width and a band above and below the nodes.
  const nodeBoxes = nodes.map(circleBox);
  const area: Box = nodes.length
    ? {
        x: MARGIN,
        y: Math.min(...nodeBoxes.map((b) => b.y)) - LABEL_BLEED,
        width: o.width - 2 * MARGIN,
        height: Math.max(...nodeBoxes.map((b) => b.y + b.height)) - Math.min(...nodeBoxes.map((b) => b.y)) + 2 * LABEL_BLEED,
      }
    : { x: MARGIN, y: 0, width: o.width - 2 * MARGIN, height: 0 };
  const inArea = (b: Box) => b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height;
  const labelSizes = [o.fontSize, (o.fontSize + o.minFontSize) / 2, o.minFontSize].filter((s, k, all) => k === 0 || s < all[k - 1]!);
  const placed: PlacedNetworkLabel[] = [];
  const droppedLabels: NetworkFigureLayout['droppedLabels'] = [];
  // Gap between a box and a node's circle (0 when they touch or overlap).
  const gapTo = (box: Box, n: PlacedNetworkNode) => {
    const dx = Math.max(box.x - n.x, 0, n.x - (box.x + box.width));
    const dy = Math.max(box.y - n.y, 0, n.y - (box.y + box.height));
    return Math.max(0, Math.hypot(dx, dy) - n.r);
  };
  // A label beside its node must sit closer to it than to any other node, or readers would pin it on
  // the wrong one; a label away from its node (joined by a leader line) must keep clear of other nodes.
  const unambiguous = (box: Box, own: PlacedNetworkNode, far: boolean) => {
    const mine = gapTo(box, own);
    return nodes.every((n) => n === own || gapTo(box, n) > (far ? FAR_LABEL_CLEARANCE : mine + 1));
  };
  const free = (box: Box, own: PlacedNetworkNode, far: boolean) =>
    inArea(box) && !placed.some((p) => boxesOverlap(p.box, box)) && !nodeBoxes.some((b) => boxesOverlap(b, box)) && unambiguous(box, own, far);
  for (const i of labelOrder(inputs, o.labels)) {
    const n = inputs[i]!;
    const node = nodes[i]!;
    const shapes = labelSizes.map((size) => {
      const fitted = fitLabel(n.label, measurer, { size, maxWidth: o.maxLabelWidth, maxLines: 3 });
      const lineHeight = size * 1.15;
      const w = Math.ceil(fitted.width + 2 * LABEL_PAD);
      const h = Math.ceil(measurer.ascent(size) + measurer.descent(size) + (fitted.lines.length - 1) * lineHeight + 2 * LABEL_PAD);
      return { size, fitted, w, h, lineHeight };
    });
    let chosen: { x: number; y: number; far: boolean; shape: (typeof shapes)[number] } | undefined;
    const gap = 2;
    for (const shape of shapes) {
      const { w, h } = shape;
      const near: [number, number][] = [
        [node.x + node.r + gap, node.y - h / 2],
        [node.x - node.r - gap - w, node.y - h / 2],
        [node.x - w / 2, node.y - node.r - gap - h],
        [node.x - w / 2, node.y + node.r + gap],
        [node.x + node.r * 0.7 + gap, node.y - node.r * 0.7 - gap - h],
        [node.x - node.r * 0.7 - gap - w, node.y - node.r * 0.7 - gap - h],
        [node.x + node.r * 0.7 + gap, node.y + node.r * 0.7 + gap],
        [node.x - node.r * 0.7 - gap - w, node.y + node.r * 0.7 + gap],
      ];
      for (const [x, y] of near) if (!chosen && free({ x, y, width: w, height: h }, node, false)) chosen = { x, y, far: false, shape };
      if (chosen) break;
    }
    for (const shape of shapes) {
      if (chosen) break;
      const { w, h } = shape;
      for (let dist = node.r + gap + 6; !chosen && dist <= node.r + MAX_LEADER; dist += 6) {
        for (let k = 0; k < 24 && !chosen; k++) {
          const angle = (k / 24) * 2 * Math.PI;
          // The box's nearest point to the node lies `dist` away along the ray.
          const cx = node.x + Math.cos(angle) * (dist + (Math.abs(Math.cos(angle)) * w) / 2);
          const cy = node.y + Math.sin(angle) * (dist + (Math.abs(Math.sin(angle)) * h) / 2);
          const box = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
          if (free(box, node, true)) chosen = { x: box.x, y: box.y, far: true, shape };
        }
      }
    }
    if (!chosen) {
      droppedLabels.push({ id: n.id, label: n.label });
      continue;
    }
    const { w, h, size, fitted, lineHeight } = chosen.shape;
    const ascent = measurer.ascent(size);
    const box: LabelBox = { role: 'node', id: n.id, lines: fitted.lines, x: chosen.x, y: chosen.y, width: w, height: h };
    const label: PlacedNetworkLabel = { id: n.id, box, size, baselines: fitted.lines.map((_, k) => chosen.y + LABEL_PAD + ascent + k * lineHeight), textX: chosen.x + LABEL_PAD };
    if (chosen.far) {
      const bx = Math.min(Math.max(node.x, box.x), box.x + w);
      const by = Math.min(Math.max(node.y, box.y), box.y + h);
      const d = Math.hypot(bx - node.x, by - node.y);
      if (d > node.r + 1) label.leader = [node.x + ((bx - node.x) * node.r) / d, node.y + ((by - node.y) * node.r) / d, bx, by];
    }
    placed.push(label);
  }

  // Shift everything down so the drawing starts below the title.
  let top = MARGIN;
  let titleLayout: NetworkFigureLayout['title'];
  const labelBoxes: LabelBox[] = [];
  const innerWidth = o.width - 2 * MARGIN;
  if (o.title) {
    const fitted = fitLabel(o.title, measurer, { size: TITLE_SIZE, weight: 'bold', maxWidth: innerWidth, maxLines: 2 });
    const titleAscent = measurer.ascent(TITLE_SIZE);
    const height = Math.ceil(titleAscent + measurer.descent(TITLE_SIZE) + (fitted.lines.length - 1) * TITLE_SIZE * 1.25);
    const label: LabelBox = { role: 'title', id: 'title', lines: fitted.lines, x: MARGIN, y: top, width: Math.ceil(fitted.width), height };
    titleLayout = { label, baseline: top + titleAscent, size: TITLE_SIZE };
    labelBoxes.push(label);
    top += height + 10;
  }
  const contentMinY = nodes.length ? Math.min(...nodeBoxes.map((b) => b.y), ...placed.map((p) => p.box.y)) : 0;
  const contentMaxY = nodes.length ? Math.max(...nodeBoxes.map((b) => b.y + b.height), ...placed.map((p) => p.box.y + p.box.height)) : 0;
  const dy = top - contentMinY;
  for (const n of nodes) n.y += dy;
  for (const p of placed) {
    p.box.y += dy;
    p.baselines = p.baselines.map((b) => b + dy);
    if (p.leader) p.leader = [p.leader[0], p.leader[1] + dy, p.leader[2], p.leader[3] + dy];
    labelBoxes.push(p.box);
  }

  // Ties: the curves of one pair fan out symmetrically, the pair's straight line in the middle.
  const pairOf = (t: NetworkTieInput) => (t.source < t.target ? `${t.source}\u0000${t.target}` : `${t.target}\u0000${t.source}`);
  const byPair = new Map<string, NetworkTieInput[]>();
  for (const t of ties) {
    if (t.source === t.target) continue;
    const key = pairOf(t);
    byPair.set(key, [...(byPair.get(key) ?? []), t]);
  }
  const edges: PlacedNetworkTie[] = [];
  for (const group of byPair.values()) {
    group.forEach((t, k) => {
      // Offsets measured along the normal of the pair's canonical direction (smaller id first).
      const sign = t.source < t.target ? 1 : -1;
      const offset = (k - (group.length - 1) / 2) * PARALLEL_SPACING * sign;
      const a = index.get(t.source)!;
      const b = index.get(t.target)!;
      const width = t.hollow ? hollowWidth(t.style.width) : t.style.width;
      const geometry = tieGeometry(nodes[a]!, nodes[b]!, offset, width, t.directed);
      edges.push({ source: a, target: b, kind: t.kind, color: t.color, width: t.style.width, ...(t.style.dash ? { dash: t.style.dash } : {}), hollow: t.hollow, ...geometry });
    });
  }
  const layerOf = new Map(ties.map((t) => [t.kind, t.style.layer]));
  edges.sort((x, y) => layerOf.get(x.kind)! - layerOf.get(y.kind)!);

  const drawingBottom = nodes.length ? contentMaxY + dy : top;
  const legend = layoutLegend(legendEntries, measurer, { x: MARGIN, y: drawingBottom + 14, maxWidth: innerWidth });
  const caption = layoutCaption(o.captionText, measurer, { x: MARGIN, y: legend.bottom + (legend.entries.length ? 8 : 0), maxWidth: innerWidth });
  labelBoxes.push(...legend.labels, ...caption.labels);
  const width = Math.ceil(Math.max(o.width, ...labelBoxes.map((l) => l.x + l.width + MARGIN)));
  const height = Math.ceil(Math.max(drawingBottom, legend.bottom, caption.bottom) + MARGIN);
  return {
    width,
    height,
    nodes,
    edges,
    labels: placed,
    droppedLabels,
    ...(titleLayout ? { title: titleLayout } : {}),
    legend,
    caption,
    labelBoxes,
    fontSize: o.fontSize,
  };
}
