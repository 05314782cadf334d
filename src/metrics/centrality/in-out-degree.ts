/**
 * In-degree and out-degree: the arcs into and out of a node of a directed view, as NetworkX
 * `G.in_degree(v)` and `G.out_degree(v)`. An undirected tie (collaboration) gives an arc each way,
 * as in every directed view. On an undirected view the measures read its directed counterpart
 * (same filters), as HITS does. Weights are not read (see `strength`).
 */
import { MetricError } from '../metric-error.js';
import { indexGraph, toNodeMap, type IndexedGraph } from '../indexed-graph.js';
import type { ViewGraph } from '../view.js';

export const DEFAULTS = {} as const;

function requireDirected(g: IndexedGraph, measure: string): void {
  if (!g.directed) throw new MetricError(measure, 'reads a directed view (its directed counterpart is built by the centrality table)');
}

/**
 * Arcs into every node, on the indexed form.
 *
 * @param g - an indexed directed view
 * @throws MetricError on an undirected view
 * @example
 * inDegreeValues(indexGraph(buildView(eco, { directed: true }).graph));
 */
export function inDegreeValues(g: IndexedGraph): Float64Array {
  requireDirected(g, 'indegree');
  const out = new Float64Array(g.nodes.length);
  for (let i = 0; i < out.length; i++) out[i] = g.inStart[i + 1]! - g.inStart[i]!;
  return out;
}

/**
 * Arcs out of every node, on the indexed form.
 *
 * @param g - an indexed directed view
 * @throws MetricError on an undirected view
 * @example
 * outDegreeValues(indexGraph(buildView(eco, { directed: true }).graph));
 */
export function outDegreeValues(g: IndexedGraph): Float64Array {
  requireDirected(g, 'outdegree');
  const out = new Float64Array(g.nodes.length);
  for (let i = 0; i < out.length; i++) out[i] = g.outStart[i + 1]! - g.outStart[i]!;
  return out;
}

/**
 * In-degree of every node of a directed view, as `G.in_degree(v)`.
 *
 * @param graph - a directed view from `buildView`
 * @returns arcs in, by node id
 * @throws MetricError on an undirected view
 * @example
 * inDegree(buildView(eco, { directed: true }).graph).get('kyoto-university');
 * @see https://networkx.org/documentation/stable/reference/classes/generated/networkx.DiGraph.in_degree.html
 */
export function inDegree(graph: ViewGraph): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, inDegreeValues(g));
}

/**
 * Out-degree of every node of a directed view, as `G.out_degree(v)`.
 *
 * @param graph - a directed view from `buildView`
 * @returns arcs out, by node id
 * @throws MetricError on an undirected view
 * @example
 * outDegree(buildView(eco, { directed: true }).graph).get('kyoto-university');
 * @see https://networkx.org/documentation/stable/reference/classes/generated/networkx.DiGraph.out_degree.html
 */
export function outDegree(graph: ViewGraph): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, outDegreeValues(g));
}
