/**
 * Louvain communities for colouring, from the metrics library (the same partition as
 * `ecograph communities` with the same seed), on the simple undirected view.
 */
import { louvain } from '../../src/metrics/communities/louvain.js';
import { buildView } from '../../src/metrics/view.js';
import type { EcoGraph } from '../../src/model/types.js';

/**
 * Community of each node, numbered by decreasing community size (0 = largest).
 *
 * @param graph the ecosystem graph
 * @param seed Louvain's seed: the same graph and seed give the same communities
 */
export function louvainCommunities(graph: EcoGraph, seed: number): Map<string, number> {
  return louvain(buildView(graph).graph, { seed }).community;
}
