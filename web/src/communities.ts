/**
 * Louvain communities for colouring, from the metrics library (the same partition as
 * `ecograph communities` with the same seed), on the simple undirected view. Graphs above
 * `SINGLE_RUN_ABOVE_NODES` nodes get one Louvain run instead of the library's best of several
 * seeded restarts, so colouring a large graph takes seconds, not a minute.
 */
import { MAX_RESTARTS, louvain } from '../../src/metrics/communities/louvain.js';
import { buildView } from '../../src/metrics/view.js';
import type { EcoGraph } from '../../src/model/types.js';

export const SINGLE_RUN_ABOVE_NODES = 5000;

/** How many seeded Louvain runs the explorer makes on a graph of this size. */
export function louvainRestarts(order: number): number {
  return order > SINGLE_RUN_ABOVE_NODES ? 1 : MAX_RESTARTS;
}

/**
 * Community of each node, numbered by decreasing community size (0 = largest).
 *
 * @param graph the ecosystem graph
 * @param seed Louvain's seed: the same graph and seed give the same communities
 */
export function louvainCommunities(graph: EcoGraph, seed: number): Map<string, number> {
  return louvain(buildView(graph).graph, { seed, restarts: louvainRestarts(graph.order) }).community;
}
