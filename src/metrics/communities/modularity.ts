/**
 * Modularity of a partition of an undirected view, as NetworkX
 * `community.modularity(G, communities, weight=…, resolution=γ)`:
 * Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with L_c the (strength of the) edges inside community c,
 * d_c the summed (strength) degree of its nodes and m the total edge strength. igraph's
 * `Graph.modularity` gives the same number.
 */
import { indexGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';

/**
 * Modularity of a partition.
 *
 * @param graph - an undirected view (weighted views use tie strengths)
 * @param community - the community of every node
 * @param resolution - γ, 1 for the classic definition
 * @returns Q, or NaN for a view without edges (modularity is undefined there)
 * @example
 * modularity(view, new Map([['a', 0], ['b', 0], ['c', 1]]));
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.community.quality.modularity.html
 */
export function modularity(graph: ViewGraph, community: ReadonlyMap<string, number>, resolution = 1): number {
  const g = indexGraph(graph);
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
