/**
 * Graph views: the simple graph a measure runs on, made from an ecosystem graph (a mixed multi
 * graph) by the rules every metric command shares.
 *
 * - Default: the simple undirected projection; all ties between two nodes, whatever their
 *   direction, become one edge.
 * - `directed`: a directed tie keeps its direction, an undirected one (collaboration) counts both
 *   ways; one arc per ordered pair.
 * - `edgeKinds` / `nodeKinds`: only ties / nodes of those kinds (ties whose ends are filtered out
 *   go too). Untyped elements have no kind and are dropped by a kind filter.
 * - Self-loops are dropped: they lie on no shortest path, and NetworkX would otherwise count them
 *   in degree (twice), eigenvector, PageRank and constraint. The reference script drops them too.
 * - `weighted`: edge weights from attribute `weighted` (a missing value counts 1); merged ties sum
 *   their weights. Path measures read the sum as a length (`weightAs: 'distance'`, as NetworkX
 *   does; it must be > 0: a zero length makes shortest paths ambiguous and NetworkX's betweenness
 *   counts such paths inconsistently) or as a tie strength with length 1/weight
 *   (`weightAs: 'strength'`; a merged tie of strength 0 is no tie and is dropped). Eigenvector,
 *   PageRank, HITS, Louvain and Burt's measures always read the sum as a strength, as NetworkX does.
 *   Negative or non-numeric weights are refused.
 *
 * Every edge of a view carries `weight` (the sum), `strength` and `distance` (1 and 1 when the
 * view is not weighted).
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { EcoGraph } from '../model/types.js';
import { asOfGraph } from './evolution/snapshot.js';
import { DEFAULTS, describeViewOptions, tieWeight, zeroDistanceError, type ViewDescription, type ViewOptions } from './view-rules.js';

export { DEFAULTS, describeView, type ViewDescription, type ViewOptions, type WeightAs } from './view-rules.js';

export interface ViewEdgeAttributes {
  weight: number;
  strength: number;
  distance: number;
}

export interface ViewGraphAttributes {
  weighted: boolean;
}

/** The simple graph of a view (directed or undirected, no parallel edges, no self-loops). */
export type ViewGraph = AbstractGraph<Record<string, never>, ViewEdgeAttributes, ViewGraphAttributes>;

export interface GraphView {
  graph: ViewGraph;
  view: ViewDescription;
}

/**
 * Builds the view of an ecosystem graph that metrics run on.
 *
 * @param graph - the ecosystem graph
 * @param options - direction, kind filters, weights, and the year the view is taken at (`asOf`)
 * @returns the simple graph and its description
 * @throws MetricError on a negative or non-numeric weight, or a zero distance
 * @example
 * const { graph: simple, view } = buildView(graph, { weighted: 'weight', weightAs: 'strength' });
 * @see the `build_view` function of scripts/reference/metrics.py, which builds the same views for NetworkX
 */
export function buildView(graph: EcoGraph, options: ViewOptions = {}): GraphView {
  if (options.asOf !== undefined) {
    // the view of the snapshot at the end of the year, with the year and rules in its description
    const { asOf, ...rest } = options;
    const snapshot = asOfGraph(graph, asOf);
    const built = buildView(snapshot.graph, rest);
    return { graph: built.graph, view: { ...built.view, asOf: snapshot.asOf } };
  }
  const directed = options.directed ?? DEFAULTS.directed;
  const weighted = options.weighted;
  const weightAs = options.weightAs ?? DEFAULTS.weightAs;
  const nodeKinds = options.nodeKinds ? new Set(options.nodeKinds) : undefined;
  const edgeKinds = options.edgeKinds ? new Set(options.edgeKinds) : undefined;
  const view: ViewGraph = directed
    ? new DirectedGraph<Record<string, never>, ViewEdgeAttributes, ViewGraphAttributes>({ allowSelfLoops: false })
    : new UndirectedGraph<Record<string, never>, ViewEdgeAttributes, ViewGraphAttributes>({ allowSelfLoops: false });
  view.setAttribute('weighted', weighted !== undefined);
  graph.forEachNode((node, attributes) => {
    if (!nodeKinds || (attributes.kind !== undefined && nodeKinds.has(attributes.kind))) view.addNode(node);
  });
  let mergedTies = 0;
  let selfLoopsDropped = 0;
  const add = (source: string, target: string, weight: number) => {
    const existing = view.edge(source, target);
    if (existing === undefined) view.addEdge(source, target, { weight, strength: 1, distance: 1 });
    else {
      view.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + weight);
      mergedTies++;
    }
  };
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (edgeKinds && (attributes.kind === undefined || !edgeKinds.has(attributes.kind))) return;
    if (!view.hasNode(source) || !view.hasNode(target)) return;
    if (source === target) {
      selfLoopsDropped++;
      return;
    }
    const weight = weighted !== undefined ? tieWeight(graph.getEdgeAttribute(edge, weighted), weighted, () => `edge "${edge}"`) : 1;
    add(source, target, weight);
    if (directed && undirected) add(target, source, weight);
  });
  let zeroStrengthDropped = 0;
  if (weighted !== undefined) {
    for (const edge of view.edges()) {
      const weight = view.getEdgeAttribute(edge, 'weight');
      if (weightAs === 'strength') {
        if (weight === 0) {
          view.dropEdge(edge);
          zeroStrengthDropped++;
          continue;
        }
        view.mergeEdgeAttributes(edge, { strength: weight, distance: 1 / weight });
      } else {
        if (weight === 0) {
          const [s, t] = view.extremities(edge);
          throw zeroDistanceError(s, t);
        }
        view.mergeEdgeAttributes(edge, { strength: weight, distance: weight });
      }
    }
  }
  return {
    graph: view,
    view: describeViewOptions(options, { nodes: view.order, edges: view.size, mergedTies, selfLoopsDropped, zeroStrengthDropped }),
  };
}
