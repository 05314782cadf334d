/**
 * A network figure from a graph: simple undirected projection for layout and sizes, node sizes
 * from a measure, node colours by kind (Okabe–Ito) or by Louvain community, or marker shapes by kind
 * in black-and-white print; one curve per kind of tie between a pair, styled by kind (width, dash,
 * arrowhead, colour) and drawn hollow when illustrative or inferred; labels for every node that has
 * room, legend (kinds, ties, confidence, node size) and sources caption.
 */
import { CATEGORY_COLORS, nodeKindColor } from '../../model/palette.js';
import { EDGE_KINDS, EDGE_KIND_RULES, NODE_KINDS, NODE_KIND_INFO, type Confidence, type EdgeKind, type NodeKind } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';
import { sourcesCaption } from '../caption.js';
import type { TextMeasurer } from '../font.js';
import type { LegendEntry } from '../legend.js';
import { DEFAULTS as LAYOUT_DEFAULTS, layoutNetworkFigure, type NetworkFigureLayout, type NetworkLayoutOptions, type NetworkTieInput } from './layout.js';
import { nodeSizeMeasure, seededCommunities, simpleProjection, type SizeMeasure } from './measures.js';
import { renderNetworkSvg } from './render.js';
import { bwNodeFill, isHollow, nodeMarker, tieStyle, UNTYPED, type PrintMode } from './tie-style.js';

export interface NetworkFigureOptions extends Partial<Omit<NetworkLayoutOptions, 'captionText'>> {
  color?: 'kind' | 'community';
  size?: SizeMeasure;
  /** `color` (default) or `bw`: black and white, kinds of actor by marker shape. */
  print?: PrintMode;
  /** Whether to write the caption (sources, layout, size measure); default true. */
  caption?: boolean;
}

export const DEFAULTS = { color: 'kind', size: 'degree', print: 'color' } as const satisfies NetworkFigureOptions;

/** Communities beyond this many share one legend entry. */
const COMMUNITIES_IN_LEGEND = 8;

export interface NetworkFigure {
  layout: NetworkFigureLayout;
  svg: string;
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(2);
}

/**
 * The ties to draw: one per pair of nodes, kind, direction and confidence channel. Parallel ties of
 * different kinds stay separate; duplicates of one kind merge. Self-loops are not drawn.
 */
export function figureTies(graph: EcoGraph, print: PrintMode): NetworkTieInput[] {
  const ties = new Map<string, NetworkTieInput>();
  graph.forEachEdge((edge, a, s, t) => {
    if (s === t) return;
    const kind: EdgeKind | undefined = a.kind;
    const directed = kind ? EDGE_KIND_RULES[kind].directed && graph.isDirected(edge) : graph.isDirected(edge);
    const [source, target] = directed || s < t ? [s, t] : [t, s];
    const hollow = isHollow(a.confidence as Confidence | undefined);
    const key = [source, target, kind ?? UNTYPED, directed ? '>' : '-', hollow ? 'h' : 's'].join('\u0000');
    if (ties.has(key)) return;
    const style = tieStyle(kind);
    ties.set(key, { source, target, kind: kind ?? UNTYPED, directed, hollow, style, color: print === 'bw' ? style.bwColor : style.color });
  });
  return [...ties.values()];
}

/**
 * Lays out and renders a network figure of the whole graph.
 *
 * @param graph - an ecosystem graph (typed or untyped)
 * @param measurer - font metrics
 * @param options - colour scheme, print mode, size measure, seed, labels, width, title
 * @example
 * const { svg, layout } = networkFigure(graph, figureTextMeasurer(), { color: 'community', size: 'degree', seed: 7, labels: 'all' });
 * layout.droppedLabels; // the labels that found no room at 6.5 pt
 */
export function networkFigure(graph: EcoGraph, measurer: TextMeasurer, options: NetworkFigureOptions = {}): NetworkFigure {
  const color = options.color ?? DEFAULTS.color;
  const size = options.size ?? DEFAULTS.size;
  const print = options.print ?? DEFAULTS.print;
  const seed = options.seed ?? 42;
  const simple = simpleProjection(graph);
  const values = nodeSizeMeasure(simple, size);
  const community = color === 'community' ? seededCommunities(simple, seed) : undefined;
  const bw = print === 'bw';
  const fillOf = (id: string, kind: NodeKind | undefined): string =>
    bw ? bwNodeFill(kind) : community ? CATEGORY_COLORS[community.get(id)! % CATEGORY_COLORS.length]! : nodeKindColor(kind);
  // A dark outline keeps pale fills (yellow) visible on white paper.
  const stroke = bw ? '#000000' : '#4D4D4D';
  const inputs = graph.mapNodes((id, a) => ({
    id,
    label: a.label ?? id,
    size: values.get(id) ?? 0,
    color: fillOf(id, a.kind),
    stroke,
    // Shapes carry the kinds in bw; in colour, fill does and every node is a circle.
    marker: bw ? nodeMarker(a.kind) : nodeMarker(undefined),
  }));
  const ties = figureTies(graph, print);

  const legend: LegendEntry[] = [];
  const kinds = new Set<NodeKind | undefined>(graph.mapNodes((_id, a) => a.kind));
  if (bw) {
    for (const k of NODE_KINDS) if (kinds.has(k)) legend.push({ swatch: { shape: 'marker', marker: nodeMarker(k), fill: bwNodeFill(k), stroke, radius: 5 }, text: NODE_KIND_INFO[k].title });
    if (kinds.has(undefined)) legend.push({ swatch: { shape: 'marker', marker: nodeMarker(undefined), fill: bwNodeFill(undefined), stroke, radius: 5 }, text: 'untyped' });
  } else if (community) {
    const sizes = new Map<number, number>();
    for (const c of community.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    const ids = [...sizes.keys()].sort((a, b) => a - b);
    for (const c of ids.slice(0, COMMUNITIES_IN_LEGEND))
      legend.push({ swatch: { shape: 'circle', fill: CATEGORY_COLORS[c % CATEGORY_COLORS.length]!, stroke, radius: 5 }, text: `community ${c + 1} (${sizes.get(c)})` });
    if (ids.length > COMMUNITIES_IN_LEGEND) legend.push({ swatch: { shape: 'mark', mark: '…' }, text: `${ids.length - COMMUNITIES_IN_LEGEND} smaller communities` });
  } else {
    for (const k of NODE_KINDS) if (kinds.has(k)) legend.push({ swatch: { shape: 'circle', fill: nodeKindColor(k), stroke, radius: 5 }, text: NODE_KIND_INFO[k].title });
    if (kinds.has(undefined)) legend.push({ swatch: { shape: 'circle', fill: nodeKindColor(undefined), stroke, radius: 5 }, text: 'untyped' });
  }
  // Tie kinds drawn, in schema order (untyped last), each with its stroke; then confidence.
  const drawnKinds = new Set(ties.map((t) => t.kind));
  for (const k of [...EDGE_KINDS, UNTYPED] as const) {
    if (!drawnKinds.has(k)) continue;
    const style = tieStyle(k === UNTYPED ? undefined : k);
    const text = k === UNTYPED ? 'untyped tie' : `${EDGE_KIND_RULES[k].title} tie`;
    legend.push({ swatch: { shape: 'line', stroke: bw ? style.bwColor : style.color, width: style.width, ...(style.dash ? { dash: style.dash } : {}), arrow: style.arrow }, text });
  }
  if (ties.some((t) => t.hollow)) legend.push({ swatch: { shape: 'line', stroke: '#000000', width: 1, hollow: true }, text: 'illustrative or inferred (hollow)' });
  const all = [...values.values()];
  // Narrower than two columns, nodes shrink with the square root of the width (so one-column maps keep room for labels).
  const shrink = Math.min(1, Math.sqrt((options.width ?? LAYOUT_DEFAULTS.width) / LAYOUT_DEFAULTS.width));
  const minRadius = options.minRadius ?? Math.max(2.5, LAYOUT_DEFAULTS.minRadius * shrink);
  const maxRadius = options.maxRadius ?? LAYOUT_DEFAULTS.maxRadius * shrink;
  if (all.length) {
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const mid = (lo + hi) / 2;
    const midRadius = minRadius + (maxRadius - minRadius) * Math.sqrt(0.5);
    const sizeFill = bw ? '#FFFFFF' : '#BBBBBB';
    const sizeStroke = stroke;
    legend.push(
      hi > lo
        ? { swatch: { shape: 'sizes', radii: [minRadius, midRadius, maxRadius], fill: sizeFill, stroke: sizeStroke }, text: `node size: ${size} ${formatValue(lo)}, ${formatValue(mid)}, ${formatValue(hi)}` }
        : { swatch: { shape: 'sizes', radii: [(minRadius + maxRadius) / 2], fill: sizeFill, stroke: sizeStroke }, text: `node size: ${size} ${formatValue(lo)} (all nodes)` },
    );
  }
  const sourceLists: (string[] | undefined)[] = graph.mapNodes((_id, a) => a.sources);
  graph.forEachEdge((_e, a) => sourceLists.push(a.sources));
  const captionText = options.caption === false ? '' : sourcesCaption(sourceLists, [`Layout: ForceAtlas2, seed ${seed}. Node size: ${size}.`]);
  const layout = layoutNetworkFigure(simple, inputs, ties, legend, measurer, { ...options, minRadius, maxRadius, seed, captionText });
  return { layout, svg: renderNetworkSvg(layout) };
}
