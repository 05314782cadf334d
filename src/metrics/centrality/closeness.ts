/**
 * Closeness centrality, as NetworkX `closeness_centrality(G, distance=…, wf_improved=True)`:
 * (r−1)/Σd × (r−1)/(n−1), where r counts the nodes that reach the node (itself included) and Σd
 * sums their distances to it (the Wasserman–Faust correction for disconnected graphs). On a
 * directed view distances are *incoming* (NetworkX reverses the graph). 0 for a node no one
 * reaches.
 */
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import { accumulateDistanceSums, closenessFromSums, createDistanceSums, createDistanceWorkspace } from '../paths/distance-sums.js';
import type { ViewGraph } from '../view.js';
import type { ProgressCallback } from './progress.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type CentralityAssignOptions } from '../assign.js';

export interface ClosenessOptions {
  /** Wasserman–Faust scaling by the share of nodes reached (NetworkX wf_improved). */
  wfImproved: boolean;
  onProgress?: ProgressCallback;
}

export const DEFAULTS: ClosenessOptions = { wfImproved: true };

/**
 * Closeness centrality of every node of a view, on one thread (browser-safe; the CLI splits the
 * sources over worker threads with `closenessParallel` in `src/metrics/parallel/`).
 *
 * @param graph - a view (weighted views use edge distances)
 * @param options - Wasserman–Faust correction and progress
 * @returns closeness by node id
 * @example
 * closenessCentrality(buildView(eco).graph);
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.centrality.closeness_centrality.html
 */
export function closenessCentrality(graph: ViewGraph, options: Partial<ClosenessOptions> = {}): Map<string, number> {
  const { wfImproved, onProgress } = { ...DEFAULTS, ...options };
  const g = indexGraph(graph);
  const n = g.nodes.length;
  const sums = createDistanceSums(n);
  const ws = createDistanceWorkspace(g);
  const chunk = 256;
  for (let u = 0; u < n; u += chunk) {
    accumulateDistanceSums(g, 'in', u, Math.min(n, u + chunk), sums, ws);
    onProgress?.(Math.min(n, u + chunk), n);
  }
  return toNodeMap(g, closenessFromSums(sums, wfImproved));
}

/**
 * Closeness centrality of every node of a view, written to a node attribute (graphology's
 * `assign` convention; see `src/metrics/assign.ts` for attribute names and `target`).
 *
 * @param graph - a view (weighted views use edge distances)
 * @param options - Wasserman–Faust correction and progress as {@link closenessCentrality};
 *   attribute name (default `closenessCentrality`) and target graph (default: the view)
 * @throws MetricError if a node of the view is not in the target graph
 * @example
 * closenessCentrality.assign(view, { wfImproved: false });
 * view.getNodeAttribute('kyoto-university', 'closenessCentrality');
 */
closenessCentrality.assign = function assignClosenessCentrality(graph: ViewGraph, options: Partial<ClosenessOptions> & CentralityAssignOptions = {}): void {
  writeNodeValues(graph, options.target, [[options.nodeCentralityAttribute ?? ASSIGN_ATTRIBUTES.closeness, closenessCentrality(graph, options)]]);
};
