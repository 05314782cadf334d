/**
 * Subset betweenness, as NetworkX `betweenness_centrality_subset(G, sources, targets,
 * normalized=False, weight=…)`: the share of shortest paths from each source to each target that
 * pass through a node, summed. On an undirected view NetworkX halves the sum (its rescaling for
 * undirected graphs, although each source–target pair is counted once); ecograph does the same so
 * that the numbers equal NetworkX's.
 */
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import { createShortestPathState, singleSourceShortestPaths } from '../paths/shortest-paths.js';
import type { ViewGraph } from '../view.js';

export interface SubsetBetweennessOptions {
  /** Scale by 1/((n−1)(n−2)) as NetworkX's normalized=True. */
  normalized: boolean;
}

export const DEFAULTS: SubsetBetweennessOptions = { normalized: false };

/**
 * Betweenness restricted to shortest paths from `sources` to `targets`.
 *
 * @param graph - a view (weighted views use edge distances)
 * @param sources - node ids where paths start (ids not in the view are ignored)
 * @param targets - node ids where paths end
 * @param options - normalisation
 * @returns subset betweenness by node id
 * @example
 * subsetBetweenness(view, universities, anchors);
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.centrality.betweenness_centrality_subset.html
 */
export function subsetBetweenness(
  graph: ViewGraph,
  sources: Iterable<string>,
  targets: Iterable<string>,
  options: Partial<SubsetBetweennessOptions> = {},
): Map<string, number> {
  const { normalized } = { ...DEFAULTS, ...options };
  const g = indexGraph(graph);
  const n = g.nodes.length;
  const isTarget = new Uint8Array(n);
  for (const t of targets) {
    const i = g.index.get(t);
    if (i !== undefined) isTarget[i] = 1;
  }
  const b = new Float64Array(n);
  const delta = new Float64Array(n);
  const state = createShortestPathState(g, 'out');
  const seenSources = new Set<number>();
  for (const id of sources) {
    const s = g.index.get(id);
    if (s === undefined || seenSources.has(s)) continue;
    seenSources.add(s);
    singleSourceShortestPaths(g, s, state, 'out', g.weighted);
    const { order, sigma, pred, predStart, predCount } = state;
    for (let i = 0; i < state.count; i++) delta[order[i]!] = 0;
    for (let i = state.count - 1; i >= 0; i--) {
      const w = order[i]!;
      const coeff = (isTarget[w] && w !== s ? delta[w]! + 1 : delta[w]!) / sigma[w]!;
      for (let p = predStart[w]!; p < predStart[w]! + predCount[w]!; p++) {
        const v = pred[p]!;
        delta[v]! += sigma[v]! * coeff;
      }
      if (w !== s) b[w]! += delta[w]!;
    }
  }
  let scale: number | undefined;
  if (normalized) scale = n <= 2 ? undefined : 1 / ((n - 1) * (n - 2));
  else if (!g.directed) scale = 0.5;
  if (scale !== undefined) for (let i = 0; i < n; i++) b[i]! *= scale;
  return toNodeMap(g, b);
}
