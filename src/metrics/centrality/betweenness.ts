/**
 * Betweenness centrality (Brandes 2001), as NetworkX `betweenness_centrality(G, normalized=True,
 * weight=…)`: the sum over ordered source–target pairs of the share of shortest paths through a
 * node, scaled by 1/((n−1)(n−2)) (which for an undirected view is 2/((n−1)(n−2)) per unordered
 * pair); no scaling when n ≤ 2. Weighted views read edge lengths (`distance`).
 */
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import { createShortestPathState, singleSourceShortestPaths } from '../paths/shortest-paths.js';
import type { ViewGraph } from '../view.js';
import type { ProgressCallback } from './progress.js';

export interface BetweennessOptions {
  /** Scale to [0, 1] as NetworkX's normalized=True. */
  normalized: boolean;
  onProgress?: ProgressCallback;
}

export const DEFAULTS: BetweennessOptions = { normalized: true };

/**
 * Betweenness centrality of every node of a view.
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
  const delta = new Float64Array(n);
  const state = createShortestPathState(g, 'out');
  for (let s = 0; s < n; s++) {
    singleSourceShortestPaths(g, s, state, 'out', g.weighted);
    const { order, sigma, pred, predStart, predCount } = state;
    for (let i = 0; i < state.count; i++) delta[order[i]!] = 0;
    for (let i = state.count - 1; i >= 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (let p = predStart[w]!; p < predStart[w]! + predCount[w]!; p++) {
        const v = pred[p]!;
        delta[v]! += sigma[v]! * coeff;
      }
      if (w !== s) b[w]! += delta[w]!;
    }
    if (onProgress && (s & 255) === 255) onProgress(s + 1, n);
  }
  let scale: number | undefined;
  if (normalized) scale = n <= 2 ? undefined : 1 / ((n - 1) * (n - 2));
  else if (!g.directed) scale = 0.5;
  if (scale !== undefined) for (let i = 0; i < n; i++) b[i]! *= scale;
  onProgress?.(n, n);
  return toNodeMap(g, b);
}
