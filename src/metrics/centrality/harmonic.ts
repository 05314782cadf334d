/**
 * Harmonic centrality, as NetworkX `harmonic_centrality(G, distance=…)`: the sum of 1/d over the
 * other nodes, d being their distance *to* the node (on a directed view, incoming paths, as
 * NetworkX sums 1/d(v, u) into u); unreachable nodes add 0. Not normalised.
 */
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import { createShortestPathState, singleSourceShortestPaths } from '../paths/shortest-paths.js';
import type { ViewGraph } from '../view.js';
import type { ProgressCallback } from './progress.js';

export interface HarmonicOptions {
  onProgress?: ProgressCallback;
}

export const DEFAULTS: HarmonicOptions = {};

/**
 * Harmonic centrality of every node of a view.
 *
 * @param graph - a view (weighted views use edge distances)
 * @param options - progress
 * @returns harmonic centrality by node id
 * @example
 * harmonicCentrality(buildView(eco).graph);
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.centrality.harmonic_centrality.html
 */
export function harmonicCentrality(graph: ViewGraph, options: Partial<HarmonicOptions> = {}): Map<string, number> {
  const { onProgress } = { ...DEFAULTS, ...options };
  const g = indexGraph(graph);
  const n = g.nodes.length;
  const out = new Float64Array(n);
  const state = createShortestPathState(g, 'in');
  for (let u = 0; u < n; u++) {
    singleSourceShortestPaths(g, u, state, 'in', g.weighted, false);
    let sum = 0;
    for (let i = 0; i < state.count; i++) {
      const d = state.dist[state.order[i]!]!;
      if (d > 0) sum += 1 / d;
    }
    out[u] = sum;
    if (onProgress && (u & 255) === 255) onProgress(u + 1, n);
  }
  onProgress?.(n, n);
  return toNodeMap(g, out);
}
