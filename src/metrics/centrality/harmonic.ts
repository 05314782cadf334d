/**
 * Harmonic centrality, as NetworkX `harmonic_centrality(G, distance=…)`: the sum of 1/d over the
 * other nodes, d being their distance *to* the node (on a directed view, incoming paths, as
 * NetworkX sums 1/d(v, u) into u); unreachable nodes add 0. Not normalised.
 */
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import { accumulateDistanceSums, createDistanceSums, createDistanceWorkspace } from '../paths/distance-sums.js';
import type { ViewGraph } from '../view.js';
import type { ProgressCallback } from './progress.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type CentralityAssignOptions } from '../assign.js';

export interface HarmonicOptions {
  onProgress?: ProgressCallback;
}

export const DEFAULTS: HarmonicOptions = {};

/**
 * Harmonic centrality of every node of a view, on one thread (browser-safe; the CLI splits the
 * sources over worker threads with `harmonicParallel` in `src/metrics/parallel/`).
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
  const sums = createDistanceSums(n);
  const ws = createDistanceWorkspace(g);
  const chunk = 256;
  for (let u = 0; u < n; u += chunk) {
    accumulateDistanceSums(g, 'in', u, Math.min(n, u + chunk), sums, ws);
    onProgress?.(Math.min(n, u + chunk), n);
  }
  return toNodeMap(g, sums.inverse);
}

/**
 * Harmonic centrality of every node of a view, written to a node attribute (graphology's
 * `assign` convention; see `src/metrics/assign.ts` for attribute names and `target`).
 *
 * @param graph - a view (weighted views use edge distances)
 * @param options - progress as {@link harmonicCentrality}; attribute name (default
 *   `harmonicCentrality`) and target graph (default: the view)
 * @throws MetricError if a node of the view is not in the target graph
 * @example
 * harmonicCentrality.assign(buildView(eco).graph, { target: eco });
 */
harmonicCentrality.assign = function assignHarmonicCentrality(graph: ViewGraph, options: Partial<HarmonicOptions> & CentralityAssignOptions = {}): void {
  writeNodeValues(graph, options.target, [[options.nodeCentralityAttribute ?? ASSIGN_ATTRIBUTES.harmonic, harmonicCentrality(graph, options)]]);
};
