/**
 * Node measures that size the nodes of a network figure, and the communities that can colour them,
 * taken from the metrics library on its default view: the simple undirected projection (one tie
 * per pair of distinct nodes, direction and parallel ties merged, self-loops dropped). The values
 * are those of `ecograph centrality` and the partition that of `ecograph communities` with the
 * same seed.
 */
import { CENTRALITY_MEASURES, centralityMeasure } from '../../metrics/registry.js';
import { louvain } from '../../metrics/communities/louvain.js';
import { buildView, type ViewGraph } from '../../metrics/view.js';
import type { EcoGraph } from '../../model/types.js';

/** Measures a network figure can size nodes by: the centralities with one value per node on any view. */
export const SIZE_MEASURES: readonly string[] = CENTRALITY_MEASURES.filter((m) => m.view === 'any' && m.outputs.length === 1).map((m) => m.id);
export type SizeMeasure = string;

/** The simple undirected projection every figure measure runs on (the metrics library's default view). */
export function simpleProjection(graph: EcoGraph): ViewGraph {
  return buildView(graph).graph;
}

/**
 * One value per node of the projection, by measure.
 *
 * @param simple - from {@link simpleProjection}
 * @param measure - a centrality id from {@link SIZE_MEASURES} (degree, betweenness, pagerank, …)
 * @throws an `Error` naming the accepted measures for an unknown id
 * @example
 * nodeSizeMeasure(simpleProjection(graph), 'degree').get('yamaha-motor');
 */
export function nodeSizeMeasure(simple: ViewGraph, measure: SizeMeasure): Map<string, number> {
  const descriptor = centralityMeasure(measure);
  if (!descriptor || !SIZE_MEASURES.includes(measure)) throw new Error(`unknown size measure "${measure}": use one of ${SIZE_MEASURES.join(', ')}`);
  const values = descriptor.compute(simple, { params: Object.fromEntries(descriptor.parameters.map((p) => [p.name, p.default])) })[descriptor.outputs[0]!]!;
  // A measure undefined for some node (NaN) sizes it as the smallest.
  return new Map([...values].map(([id, v]) => [id, Number.isFinite(v) ? v : 0]));
}

/**
 * Louvain communities (the metrics library's, seeded), numbered 0, 1, … by decreasing size.
 *
 * @param simple - from {@link simpleProjection}
 * @param seed - Louvain's seed: the same graph and seed give the same communities
 */
export function seededCommunities(simple: ViewGraph, seed: number): Map<string, number> {
  return louvain(simple, { seed }).community;
}
