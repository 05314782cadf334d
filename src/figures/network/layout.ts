/**
 * Layout of a network figure: ForceAtlas2 from seeded initial positions (same seed, same figure),
 * node radii from a measure, and labels for the top nodes placed so that no two overlap and none
 * leaves the canvas.
 *
 * Labels are placed greedily, largest node first: the first of eight positions around the node
 * (right, left, above, below, then the diagonals) that meets no placed label and no node; failing
 * that, positions on growing rings around the node (a thin leader line then joins label and node);
 * as a last resort positions that only avoid other labels. Ring search always ends, because far
 * enough away there is free space; the canvas is then sized to hold every label.
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

/** Options of {@link layoutNetworkFigure}. */
export interface NetworkLayoutOptions {
  /** Seed of the initial positions. */
  seed: number;
  /** ForceAtlas2 iterations. */
  iterations: number;
  /** Label the top N nodes by size. */
  labels: number;
  /** Width of the drawing area for the nodes, px (the canvas grows to hold labels). */
  drawingWidth: number;
  minRadius: number;
  maxRadius: number;
  fontSize: number;
  maxLabelWidth: number;
  title: string;
  captionText: string;
}

export const DEFAULTS = {
  seed: 42,
  iterations: 600,
  labels: 10,
  drawingWidth: 760,
  minRadius: 3,
  maxRadius: 13,
  fontSize: 10,
  maxLabelWidth: 150,
  title: '',
  captionText: '',
} as const satisfies NetworkLayoutOptions;

// CommonJS package: under Node's ESM the default import is `module.exports`, the layout function.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

const MARGIN = 16;
const LABEL_PAD = 2;
const TITLE_SIZE = 15;

/** What the layout needs to know of each node. */
export interface NetworkNodeInput {
  id: string;
  label: string;
  /** Value of the size measure. */
  size: number;
  color: string;
}

export interface PlacedNetworkNode {
  id: string;
  x: number;
  y: number;
  r: number;
  color: string;
}

export interface PlacedNetworkLabel {
  id: string;
  box: LabelBox;
  baselines: number[];
  /** Text is left-aligned at box.x + LABEL_PAD. */
  textX: number;
  /** A line from the node to the label when the label sits away from it. */
  leader?: [number, number, number, number];
}

export interface NetworkFigureLayout {
  width: number;
  height: number;
  nodes: PlacedNetworkNode[];
  /** Pairs of node indices, one per tie of the projection. */
  edges: { source: number; target: number; color: string }[];
  labels: PlacedNetworkLabel[];
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

function circleBox(n: PlacedNetworkNode): Box {
  return { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r };
}

/**
 * Lays out a network figure.
 *
 * @param simple - simple undirected projection of the graph
 * @param inputs - label, size value and colour of each node, in graph order
 * @param edgeColors - colour of each tie of the projection, keyed `source\u0000target` (either order)
 * @param legendEntries - legend entries (kinds or communities, sizes)
 * @param measurer - font metrics
 * @param options - seed, iterations, labels, sizes, title, caption
 * @example
 * const layout = layoutNetworkFigure(simple, inputs, colors, legend, figureTextMeasurer(), { seed: 7, labels: 12 });
 */
export function layoutNetworkFigure(
  simple: ViewGraph,
  inputs: readonly NetworkNodeInput[],
  edgeColor: (source: string, target: string) => string,
  legendEntries: readonly LegendEntry[],
  measurer: TextMeasurer,
  options: Partial<NetworkLayoutOptions> = {},
): NetworkFigureLayout {
  const o: NetworkLayoutOptions = { ...DEFAULTS, ...options };
  const positions = forceAtlas2Positions(simple, o.seed, o.iterations);

  // Scale positions into the drawing area.
  const xs = inputs.map((n) => positions.get(n.id)!.x);
  const ys = inputs.map((n) => positions.get(n.id)!.y);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 0);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 0);
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min(o.drawingWidth / spanX, (o.drawingWidth * 0.8) / spanY);
  const sizes = inputs.map((n) => n.size);
  const lo = Math.min(...sizes, 0);
  const hi = Math.max(...sizes, 0);
  const radius = (v: number) => (hi > lo ? o.minRadius + (o.maxRadius - o.minRadius) * Math.sqrt((v - lo) / (hi - lo)) : (o.minRadius + o.maxRadius) / 2);
  const nodes: PlacedNetworkNode[] = inputs.map((n, i) => ({ id: n.id, x: (xs[i]! - minX) * scale, y: (ys[i]! - minY) * scale, r: radius(n.size), color: n.color }));
  const index = new Map(inputs.map((n, i) => [n.id, i]));
  const edges: NetworkFigureLayout['edges'] = [];
  simple.forEachEdge((_e, _a, source, target) => edges.push({ source: index.get(source)!, target: index.get(target)!, color: edgeColor(source, target) }));

  // Labels for the top nodes by size (ties: label, then id).
  const ranked = inputs
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.size - a.n.size || (a.n.label < b.n.label ? -1 : a.n.label > b.n.label ? 1 : 0) || (a.n.id < b.n.id ? -1 : 1))
    .slice(0, Math.max(0, o.labels));
  const nodeBoxes = nodes.map(circleBox);
  const placed: PlacedNetworkLabel[] = [];
  const ascent = measurer.ascent(o.fontSize);
  const lineHeight = o.fontSize * 1.2;
  for (const { n, i } of ranked) {
    const fitted = fitLabel(n.label, measurer, { size: o.fontSize, maxWidth: o.maxLabelWidth, maxLines: 2 });
    const w = Math.ceil(fitted.width + 2 * LABEL_PAD);
    const h = Math.ceil(ascent + measurer.descent(o.fontSize) + (fitted.lines.length - 1) * lineHeight + 2 * LABEL_PAD);
    const node = nodes[i]!;
    const gap = 3;
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
    const free = (box: Box, avoidNodes: boolean) => !placed.some((p) => boxesOverlap(p.box, box)) && (!avoidNodes || !nodeBoxes.some((b) => boxesOverlap(b, box)));
    let chosen: { x: number; y: number; far: boolean } | undefined;
    for (const [x, y] of near) if (!chosen && free({ x, y, width: w, height: h }, true)) chosen = { x, y, far: false };
    for (const avoidNodes of [true, false]) {
      for (let ring = 1; !chosen && ring <= 400; ring++) {
        const dist = node.r + gap + ring * 8;
        for (let k = 0; k < 16 && !chosen; k++) {
          const angle = (k / 16) * 2 * Math.PI;
          const cx = node.x + Math.cos(angle) * (dist + w / 2);
          const cy = node.y + Math.sin(angle) * (dist + h / 2);
          const box = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
          if (free(box, avoidNodes)) chosen = { x: box.x, y: box.y, far: true };
        }
      }
      if (chosen) break;
    }
    // Past every ring only labels can be in the way, and they are finitely many: go beyond them all.
    if (!chosen) chosen = { x: Math.max(...placed.map((p) => p.box.x + p.box.width), node.x) + 8, y: node.y - h / 2, far: true };
    const box: LabelBox = { role: 'node', id: n.id, lines: fitted.lines, x: chosen.x, y: chosen.y, width: w, height: h };
    const label: PlacedNetworkLabel = { id: n.id, box, baselines: fitted.lines.map((_, k) => chosen.y + LABEL_PAD + ascent + k * lineHeight), textX: chosen.x + LABEL_PAD };
    if (chosen.far) {
      const bx = Math.min(Math.max(node.x, box.x), box.x + w);
      const by = Math.min(Math.max(node.y, box.y), box.y + h);
      const d = Math.hypot(bx - node.x, by - node.y);
      if (d > node.r + 1) label.leader = [node.x + ((bx - node.x) * node.r) / d, node.y + ((by - node.y) * node.r) / d, bx, by];
    }
    placed.push(label);
  }

  // Shift everything so the drawing starts at the margin, below the title.
  let top = MARGIN;
  let titleLayout: NetworkFigureLayout['title'];
  const contentMinX = Math.min(...nodes.map((n) => n.x - n.r), ...placed.map((p) => p.box.x));
  const contentMaxX = Math.max(...nodes.map((n) => n.x + n.r), ...placed.map((p) => p.box.x + p.box.width));
  const contentMinY = Math.min(...nodes.map((n) => n.y - n.r), ...placed.map((p) => p.box.y));
  const contentMaxY = Math.max(...nodes.map((n) => n.y + n.r), ...placed.map((p) => p.box.y + p.box.height));
  const contentWidth = nodes.length ? contentMaxX - contentMinX : 0;
  const labelBoxes: LabelBox[] = [];
  if (o.title) {
    const fitted = fitLabel(o.title, measurer, { size: TITLE_SIZE, weight: 'bold', maxWidth: Math.max(480, contentWidth), maxLines: 2 });
    const titleAscent = measurer.ascent(TITLE_SIZE);
    const height = Math.ceil(titleAscent + measurer.descent(TITLE_SIZE) + (fitted.lines.length - 1) * TITLE_SIZE * 1.25);
    const label: LabelBox = { role: 'title', id: 'title', lines: fitted.lines, x: MARGIN, y: top, width: Math.ceil(fitted.width), height };
    titleLayout = { label, baseline: top + titleAscent, size: TITLE_SIZE };
    labelBoxes.push(label);
    top += height + 14;
  }
  const dx = nodes.length ? MARGIN - contentMinX : MARGIN;
  const dy = nodes.length ? top - contentMinY : top;
  for (const n of nodes) {
    n.x += dx;
    n.y += dy;
  }
  for (const p of placed) {
    p.box.x += dx;
    p.box.y += dy;
    p.textX += dx;
    p.baselines = p.baselines.map((b) => b + dy);
    if (p.leader) p.leader = [p.leader[0] + dx, p.leader[1] + dy, p.leader[2] + dx, p.leader[3] + dy];
    labelBoxes.push(p.box);
  }
  const drawingBottom = nodes.length ? contentMaxY + dy : top;
  const width0 = Math.max(contentWidth, 360);
  const legend = layoutLegend(legendEntries, measurer, { x: MARGIN, y: drawingBottom + 18, maxWidth: width0 });
  const caption = layoutCaption(o.captionText, measurer, { x: MARGIN, y: legend.bottom + (legend.entries.length ? 8 : 0), maxWidth: Math.max(width0, legend.width) });
  labelBoxes.push(...legend.labels, ...caption.labels);
  const width = Math.ceil(Math.max(MARGIN + contentWidth, ...labelBoxes.map((l) => l.x + l.width)) + MARGIN);
  const height = Math.ceil(Math.max(drawingBottom, legend.bottom, caption.bottom) + MARGIN);
  return {
    width,
    height,
    nodes,
    edges,
    labels: placed,
    ...(titleLayout ? { title: titleLayout } : {}),
    legend,
    caption,
    labelBoxes,
    fontSize: o.fontSize,
  };
}
