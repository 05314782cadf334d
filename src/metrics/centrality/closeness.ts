/**
 * Closeness centrality, as NetworkX `closeness_centrality(G, distance=…, wf_improved=True)`:
 * (r−1)/Σd × (r−1)/(n−1), where r counts the nodes that reach the node (itself included) and Σd
 * sums their distances to it (the Wasserman–Faust correction for disconnected graphs). On a
 * directed view distances are *incoming* (NetworkX reverses the graph). 0 for a node no one
 * reaches.
 */
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import { createShortestPathState, singleSourceShortestPaths } from '../paths/shortest-paths.js';
import type { ViewGraph } from '../view.js';
import type { ProgressCallback } from './progress.js';

export interface ClosenessOptions {
  /** Wasserman–Faust scaling by the share of nodes reached (NetworkX wf_improved). */
  wfImproved: boolean;
  onProgress?: ProgressCallback;
}

export const DEFAULTS: ClosenessOptions = { wfImproved: true };

/**
 * Closeness centrality of every node of a view.
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
  const out = new Float64Array(n);
  const state = createShortestPathState(g, 'in');
  for (let u = 0; u < n; u++) {
    singleSourceShortestPaths(g, u, state, 'in', g.weighted, false);
    let total = 0;
    for (let i = 0; i < state.count; i++) total += state.dist[state.order[i]!]!;
    if (total > 0 && n > 1) {
      const reached = state.count - 1;
      out[u] = reached / total;
      if (wfImproved) out[u]! *= reached / (n - 1);
    }
    if (onProgress && (u & 255) === 255) onProgress(u + 1, n);
  }
  onProgress?.(n, n);
  return toNodeMap(g, out);
}
