/**
 * A graph opened by either route, as the callers of the opener see it: the whole graph (standard
 * route) or its compact form (compact route), and the indexed view metrics run on, with each view
 * node's label and kind whichever route was taken.
 *
 * Browser-safe: no Node imports.
 */
import type { KeepOptions } from '../io/stream/compact-builder.js';
import type { CompactLoad } from '../metrics/compact-view.js';
import { indexGraph, type IndexedGraph } from '../metrics/indexed-graph.js';
import { asOfGraph } from '../metrics/evolution/snapshot.js';
import { buildView, type GraphView } from '../metrics/view.js';
import type { ViewDescription, ViewOptions } from '../metrics/view-rules.js';
import { NO_CONFIDENCE, UNTYPED } from '../model/compact-graph.js';
import { CONFIDENCE_LEVELS, NODE_KINDS, type NodeKind } from '../model/schema.js';
import { attributeNamesOf } from '../model/graph.js';
import type { EcoGraph } from '../model/types.js';
import { viewOfLoad } from './compact-opened.js';
import type { Route } from './route.js';

export type { KeepOptions };
export { viewOfLoad };

/** A graph opened by one route. */
export type OpenedGraph = { route: 'standard'; graph: EcoGraph } | { route: 'compact'; load: CompactLoad };

/** The view of an opened graph, the same on either route. */
export interface OpenedView {
  route: Route;
  /** The indexed view metrics run on. */
  indexed: IndexedGraph;
  /** Its description, as every metric output states it. */
  view: ViewDescription;
  /** The whole graph (standard route). */
  graph?: EcoGraph;
  /** The graphology view (standard route). */
  graphView?: GraphView;
  /** The compact load (compact route). */
  load?: CompactLoad;
  /** Attributes of the graph itself. */
  attributes: Record<string, unknown>;
  /** Label of view node `i` (its id when unknown). */
  label(i: number): string;
  /** Kind of view node `i` (undefined when untyped). */
  kind(i: number): NodeKind | undefined;
}

/**
 * The view of a whole graph (standard route).
 *
 * @param graph - a validated ecosystem graph
 * @param options - the view to build
 * @example
 * const { indexed, view } = viewOfGraph(graph, { weighted: 'weight' });
 */
export function viewOfGraph(graph: EcoGraph, options: ViewOptions = {}): OpenedView {
  const graphView = buildView(graph, options);
  const indexed = indexGraph(graphView.graph);
  return {
    route: 'standard',
    indexed,
    view: graphView.view,
    graph,
    graphView,
    attributes: graph.getAttributes(),
    label: (i) => graph.getNodeAttribute(indexed.nodes[i]!, 'label') ?? indexed.nodes[i]!,
    kind: (i) => graph.getNodeAttribute(indexed.nodes[i]!, 'kind'),
  };
}

/**
 * The view of a graph opened by either route.
 *
 * @param opened - a whole graph (standard route) or a compact load (compact route)
 * @param options - the view to build from a whole graph (a compact load already holds its view)
 * @example
 * const { indexed, view } = viewOfOpened(await openGraph('eco.json'), { directed: true });
 */
export function viewOfOpened(opened: OpenedGraph, options: ViewOptions = {}): OpenedView {
  return opened.route === 'standard' ? viewOfGraph(opened.graph, options) : viewOfLoad(opened.load);
}

/**
 * The compact load of a whole graph: what `loadCompactGraph` gives for the same file, from a graph
 * already read (how the compact route reads GEXF and GraphML, which it does not stream).
 *
 * @param graph - a validated ecosystem graph
 * @param options - the view, and the node attributes to keep
 * @example
 * const load = compactLoadOfGraph(await loadGraph('eco.gexf'), { keep: { labels: true } });
 */
export function compactLoadOfGraph(whole: EcoGraph, options: { view?: ViewOptions | undefined; keep?: KeepOptions | undefined } = {}): CompactLoad {
  // as of a year: the arrays (view, kinds, spin-off ties) are made from the snapshot
  const { asOf: year, ...viewOptions } = options.view ?? {};
  const snapshot = year !== undefined ? asOfGraph(whole, year) : undefined;
  const graph = snapshot?.graph ?? whole;
  const built = buildView(graph, viewOptions);
  const viewGraph = built.graph;
  const view = snapshot ? { ...built.view, asOf: snapshot.asOf } : built.view;
  const indexed = indexGraph(viewGraph);
  const n = indexed.nodes.length;
  const nodeKinds = new Uint8Array(n);
  indexed.nodes.forEach((id, i) => {
    const kind = graph.getNodeAttribute(id, 'kind');
    nodeKinds[i] = kind !== undefined ? NODE_KINDS.indexOf(kind) : UNTYPED;
  });
  const result: CompactLoad = { graph: indexed, view, nodeKinds, attributes: { ...graph.getAttributes() }, warnings: [], warningCount: 0, ties: whole.size, attributeNames: attributeNamesOf(whole) };
  if (options.keep?.labels) result.labels = indexed.nodes.map((id) => graph.getNodeAttribute(id, 'label'));
  if (options.keep?.lineage) {
    const founded = new Float64Array(n);
    const listed = new Uint8Array(n);
    indexed.nodes.forEach((id, i) => {
      const y = graph.getNodeAttribute(id, 'founded');
      founded[i] = typeof y === 'number' ? y : NaN;
      listed[i] = graph.getNodeAttribute(id, 'listed') === true ? 1 : 0;
    });
    const source: number[] = [];
    const target: number[] = [];
    const confidence: number[] = [];
    graph.forEachDirectedEdge((_e, attrs, s, t) => {
      if (attrs.kind !== 'spinoff') return;
      const a = indexed.index.get(s);
      const b = indexed.index.get(t);
      if (a === undefined || b === undefined) return;
      source.push(a);
      target.push(b);
      const c = attrs.confidence !== undefined ? CONFIDENCE_LEVELS.indexOf(attrs.confidence) : -1;
      confidence.push(c < 0 ? NO_CONFIDENCE : c);
    });
    result.founded = founded;
    result.listed = listed;
    result.spinoffs = { source: Int32Array.from(source), target: Int32Array.from(target), confidence: Uint8Array.from(confidence) };
  }
  return result;
}
