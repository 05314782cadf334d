/**
 * Betweenness centrality (Brandes 2001), as NetworkX `betweenness_centrality(G, normalized=True,
 * weight=…)`: the sum over ordered source–target pairs of the share of shortest paths through a
 * node, scaled by 1/((n−1)(n−2)) (which for an undirected view is 2/((n−1)(n−2)) per unordered
 * pair); no scaling when n ≤ 2. Weighted views read edge lengths (`distance`).
 */
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import type { ViewGraph } from '../view.js';
import { accumulateBetweenness, createBetweennessWorkspace, scaleBetweenness } from './betweenness-accumulate.js';
import type { ProgressCallback } from './progress.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type CentralityAssignOptions } from '../assign.js';

export interface BetweennessOptions {
  /** Scale to [0, 1] as NetworkX's normalized=True. */
  normalized: boolean;
  onProgress?: ProgressCallback;
}

export const DEFAULTS: BetweennessOptions = { normalized: true };

/**
 * Betweenness centrality of every node of a view, on one thread (browser-safe; the CLI splits the
 * sources over worker threads with `betweennessParallel` in `src/metrics/parallel/`).
 *
 * @param graph - a view from `buildView` (weighted views use edge distances)
 * @param options - normalisation and progress
 * @returns betweenness by node id
 * @example
 * const b = betweennessCentrality(buildView(eco).graph);
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.centrality.betweenness_centrality.html
 */
export function betweennessCentrality(graph: ViewGraph, options: Partial<BetweennessOptions> = {}): Map<string, number> {
  const { normalized, onProgress } = { ...DEFAULTS, ...options };
  const g = indexGraph(graph);
  const n = g.nodes.length;
  const b = new Float64Array(n);
  const ws = createBetweennessWorkspace(g);
  const chunk = 256;
  for (let s = 0; s < n; s += chunk) {
    accumulateBetweenness(g, s, Math.min(n, s + chunk), b, ws);
    onProgress?.(Math.min(n, s + chunk), n);
  }
  if (n === 0) onProgress?.(0, 0);
  return toNodeMap(g, scaleBetweenness(b, g.directed, normalized));
}

/**
 * Betweenness centrality of every node of a view, written to a node attribute (graphology's
 * `assign` convention; see `src/metrics/assign.ts` for attribute names and `target`).
 *
 * @param graph - a view from `buildView` (weighted views use edge distances)
 * @param options - normalisation and progress as {@link betweennessCentrality}; attribute name
 *   (default `betweennessCentrality`) and target graph (default: the view)
 * @throws MetricError if a node of the view is not in the target graph
 * @example
 * const { graph: view } = buildView(eco);
 * betweennessCentrality.assign(view, { target: eco, nodeCentralityAttribute: 'betweenness' });
 */
betweennessCentrality.assign = function assignBetweennessCentrality(
  graph: ViewGraph,
  options: Partial<BetweennessOptions> & CentralityAssignOptions = {},
): void {
  writeNodeValues(graph, options.target, [[options.nodeCentralityAttribute ?? ASSIGN_ATTRIBUTES.betweenness, betweennessCentrality(graph, options)]]);
};
