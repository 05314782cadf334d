/**
 * Louvain communities of the explorer's graph. Louvain needs a simple graph of one direction type,
 * so ties are projected to an undirected simple graph first (parallel ties add up as weight).
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { EcoGraph } from '../../src/model/types.js';
import { seededRandom } from './seeded-random.js';

/**
 * Community of each node, numbered by decreasing community size (0 = largest).
 *
 * @param graph the ecosystem graph
 * @param seed seed of Louvain's node order, so the same graph gives the same communities
 * @see Blondel et al. (2008) "Fast unfolding of communities in large networks", J. Stat. Mech.
 */
export function louvainCommunities(graph: EcoGraph, seed: number): Map<string, number> {
  const projection = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((n) => projection.addNode(n));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    projection.updateEdge(s, t, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + 1 }));
  });
  const raw = louvain(projection, { rng: seededRandom(seed), getEdgeWeight: 'weight' });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  const out = new Map<string, number>();
  graph.forEachNode((n) => out.set(n, rank.get(raw[n]!)!));
  return out;
}
