/**
 * A network figure from a graph: simple undirected projection, node sizes from a measure, colours
 * by kind (the palette shared with the web explorer) or by Louvain community, ForceAtlas2 layout
 * from a seed, labels for the top nodes, legend and sources caption.
 */
import { CATEGORY_COLORS, edgeKindColor, nodeKindColor } from '../../model/palette.js';
import { EDGE_KINDS, EDGE_KIND_RULES, NODE_KINDS, NODE_KIND_INFO, type EdgeKind, type NodeKind } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';
import { sourcesCaption } from '../caption.js';
import type { TextMeasurer } from '../font.js';
import type { LegendEntry } from '../legend.js';
import { layoutNetworkFigure, type NetworkFigureLayout, type NetworkLayoutOptions } from './layout.js';
import { nodeSizeMeasure, seededCommunities, simpleProjection, type SizeMeasure } from './measures.js';
import { renderNetworkSvg } from './render.js';

export interface NetworkFigureOptions extends Partial<Omit<NetworkLayoutOptions, 'captionText'>> {
  color?: 'kind' | 'community';
  size?: SizeMeasure;
}

export const DEFAULTS = { color: 'kind', size: 'degree' } as const satisfies NetworkFigureOptions;

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
 * Lays out and renders a network figure of the whole graph.
 *
 * @param graph - an ecosystem graph (typed or untyped)
 * @param measurer - font metrics
 * @param options - colour scheme, size measure, seed, number of labels, title
 * @example
 * const { svg } = networkFigure(graph, figureTextMeasurer(), { color: 'community', size: 'degree', seed: 7, labels: 12 });
 */
export function networkFigure(graph: EcoGraph, measurer: TextMeasurer, options: NetworkFigureOptions = {}): NetworkFigure {
  const color = options.color ?? DEFAULTS.color;
  const size = options.size ?? DEFAULTS.size;
  const seed = options.seed ?? 42;
  const simple = simpleProjection(graph);
  const values = nodeSizeMeasure(simple, size);
  const community = color === 'community' ? seededCommunities(simple, seed) : undefined;
  const colorOf = (id: string): string =>
    community ? CATEGORY_COLORS[community.get(id)! % CATEGORY_COLORS.length]! : nodeKindColor(graph.getNodeAttribute(id, 'kind'));
  const inputs = graph.mapNodes((id, a) => ({ id, label: a.label ?? id, size: values.get(id) ?? 0, color: colorOf(id) }));

  // A tie's colour: the kind of the first edge between the pair, in graph order.
  const pairKind = new Map<string, EdgeKind | undefined>();
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t) return; // self-loops are not drawn
    const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    if (!pairKind.has(key)) pairKind.set(key, a.kind);
  });
  const edgeColor = (s: string, t: string) => edgeKindColor(pairKind.get(s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`));

  const legend: LegendEntry[] = [];
  if (community) {
    const sizes = new Map<number, number>();
    for (const c of community.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    const ids = [...sizes.keys()].sort((a, b) => a - b);
    for (const c of ids.slice(0, COMMUNITIES_IN_LEGEND))
      legend.push({ swatch: { shape: 'circle', fill: CATEGORY_COLORS[c % CATEGORY_COLORS.length]!, stroke: '#FFFFFF', radius: 5 }, text: `community ${c + 1} (${sizes.get(c)})` });
    if (ids.length > COMMUNITIES_IN_LEGEND) legend.push({ swatch: { shape: 'mark', mark: '…' }, text: `${ids.length - COMMUNITIES_IN_LEGEND} smaller communities` });
  } else {
    const kinds = new Set<NodeKind | undefined>(graph.mapNodes((_id, a) => a.kind));
    for (const k of NODE_KINDS) if (kinds.has(k)) legend.push({ swatch: { shape: 'circle', fill: nodeKindColor(k), stroke: '#FFFFFF', radius: 5 }, text: NODE_KIND_INFO[k].title });
    if (kinds.has(undefined)) legend.push({ swatch: { shape: 'circle', fill: nodeKindColor(undefined), stroke: '#FFFFFF', radius: 5 }, text: 'untyped' });
  }
  // Tie colours: the kinds of the drawn ties, in schema order (untyped last).
  const drawnKinds = new Set(pairKind.values());
  for (const k of EDGE_KINDS) if (drawnKinds.has(k)) legend.push({ swatch: { shape: 'line', stroke: edgeKindColor(k), width: 1.5 }, text: `${EDGE_KIND_RULES[k].title} tie` });
  if (drawnKinds.has(undefined)) legend.push({ swatch: { shape: 'line', stroke: edgeKindColor(undefined), width: 1.5 }, text: 'untyped tie' });
  const all = [...values.values()];
  if (all.length) {
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const o = { minRadius: options.minRadius ?? 3, maxRadius: options.maxRadius ?? 13 };
    legend.push({ swatch: { shape: 'circle', fill: '#BBBBBB', stroke: '#FFFFFF', radius: o.minRadius }, text: `${size} ${formatValue(lo)}` });
    if (hi > lo) legend.push({ swatch: { shape: 'circle', fill: '#BBBBBB', stroke: '#FFFFFF', radius: o.maxRadius }, text: `${size} ${formatValue(hi)}` });
  }
  const sourceLists: (string[] | undefined)[] = graph.mapNodes((_id, a) => a.sources);
  graph.forEachEdge((_e, a) => sourceLists.push(a.sources));
  const captionText = sourcesCaption(sourceLists, [`Layout: ForceAtlas2, seed ${seed}. Node size: ${size}.`]);
  const layout = layoutNetworkFigure(simple, inputs, edgeColor, legend, measurer, { ...options, seed, captionText });
  return { layout, svg: renderNetworkSvg(layout) };
}
