/**
 * Modularity of a partition of an undirected view, as NetworkX
 * `community.modularity(G, communities, weight=…, resolution=γ)`:
 * Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with L_c the (strength of the) edges inside community c,
 * d_c the summed (strength) degree of its nodes and m the total edge strength. igraph's
 * `Graph.modularity` gives the same number.
 *
 * {@link modularity} computes Q with graphology-metrics' sparse modularity, which gives the
 * reference's number (equal to NetworkX, igraph and {@link modularityIndexed} to 1e-9 on every
 * reference graph) and is as fast as ecograph's own loop once the view is indexed, faster when it
 * is not (the `oracles` benchmark); ecograph adds only the checks and the conventions stated below.
 * {@link modularityIndexed} is ecograph's own implementation on the indexed form, for callers that
 * hold one.
 */
import * as graphologyModularityModule from 'graphology-metrics/graph/modularity.js';
import type { IndexedGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';

type GraphologyModularity = (
  graph: ViewGraph,
  options: { getNodeCommunity: (node: string) => number; getEdgeWeight: 'strength'; resolution: number },
) => number;

/**
 * graphology-metrics' modularity function. The package is CommonJS (`module.exports = fn`) while
 * its declarations say `export default`; depending on the loader the namespace holds the function
 * as `default` or `default.default`.
 */
const graphologyModularity: GraphologyModularity = (() => {
  let m: unknown = graphologyModularityModule;
  for (let depth = 0; depth < 3 && typeof m !== 'function'; depth++) m = (m as { default?: unknown } | undefined)?.default;
  if (typeof m !== 'function') throw new Error('graphology-metrics/graph/modularity.js does not export a function');
  return m as GraphologyModularity;
})();

/**
 * Modularity of a partition.
 *
 * @param graph - an undirected view (weighted views use tie strengths)
 * @param community - the community of every node
 * @param resolution - γ, 1 for the classic definition
 * @returns Q, or NaN for a view without edges (modularity is undefined there)
 * @throws MetricError on a directed view or a node without a community
 * @example
 * modularity(view, new Map([['a', 0], ['b', 0], ['c', 1]]));
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.community.quality.modularity.html
 */
export function modularity(graph: ViewGraph, community: ReadonlyMap<string, number>, resolution = 1): number {
  if (graph.type === 'directed') throw new MetricError('modularity', 'this implementation reads an undirected view');
  graph.forEachNode((node) => {
    if (community.get(node) === undefined) throw new MetricError('modularity', `node "${node}" has no community`);
  });
  // every edge of a view has a positive strength (a strength of 0 drops the tie), so no edges means m = 0
  if (graph.size === 0) return NaN;
  return graphologyModularity(graph, { getNodeCommunity: (node) => community.get(node)!, getEdgeWeight: 'strength', resolution });
}

/**
 * Modularity on the indexed form (ecograph's own implementation; {@link modularity} gives the same
 * number through graphology-metrics).
 *
 * @param g - an indexed undirected view
 * @param community - the community of every node
 * @param resolution - γ, 1 for the classic definition
 * @returns Q, or NaN for a view without edges
 * @throws MetricError on a directed view or a node without a community
 * @example
 * modularityIndexed(indexGraph(view), louvain(view).community);
 */
export function modularityIndexed(g: IndexedGraph, community: ReadonlyMap<string, number>, resolution = 1): number {
  if (g.directed) throw new MetricError('modularity', 'this implementation reads an undirected view');
  const n = g.nodes.length;
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = community.get(g.nodes[i]!);
    if (c === undefined) throw new MetricError('modularity', `node "${g.nodes[i]}" has no community`);
    labels[i] = c;
  }
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  let total = 0;
  for (let u = 0; u < n; u++) {
    const cu = labels[u]!;
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      const w = g.outStrength[e]!;
      total += w;
      degree.set(cu, (degree.get(cu) ?? 0) + w);
      if (labels[g.outTargets[e]!] === cu) inside.set(cu, (inside.get(cu) ?? 0) + w);
    }
  }
  // every edge was seen from both ends: total = 2m, inside = 2 L_c
  if (total === 0) return NaN;
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / total - resolution * (d / total) ** 2;
  return q;
}
