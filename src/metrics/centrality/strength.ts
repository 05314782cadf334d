/**
 * Strength: the summed tie strengths at a node, as NetworkX `G.degree(v, weight=…)` (in plus out
 * on a directed view). On an unweighted view every tie has strength 1, so strength counts ties:
 * on an undirected view it equals the degree, on a directed view a reciprocated pair counts twice.
 * Computed by graphology-metrics' `weightedDegree` on the view's `strength` attribute, which is
 * the same sum.
 */
import * as weightedDegreeModule from 'graphology-metrics/node/weighted-degree.js';
import type { ViewGraph } from '../view.js';

export const DEFAULTS = {} as const;

type WeightedDegree = (graph: ViewGraph, node: string, getEdgeWeight: 'strength') => number;

/**
 * graphology-metrics' weightedDegree. The package is CommonJS; depending on the loader the
 * namespace holds it directly or under `default`.
 */
const graphologyWeightedDegree: WeightedDegree = (() => {
  let m: unknown = weightedDegreeModule;
  for (let depth = 0; depth < 3; depth++) {
    const f = (m as { weightedDegree?: unknown } | undefined)?.weightedDegree;
    if (typeof f === 'function') return f as WeightedDegree;
    m = (m as { default?: unknown } | undefined)?.default;
  }
  throw new Error('graphology-metrics/node/weighted-degree.js does not export weightedDegree');
})();

/**
 * Strength of every node of a view.
 *
 * @param graph - a view from `buildView` (weighted views sum tie strengths)
 * @returns strength by node id
 * @example
 * strength(buildView(eco, { weighted: 'weight', weightAs: 'strength' }).graph).get('kyoto-university');
 * @see https://networkx.org/documentation/stable/reference/classes/generated/networkx.Graph.degree.html
 */
export function strength(graph: ViewGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((node) => out.set(node, graphologyWeightedDegree(graph, node, 'strength')));
  return out;
}
