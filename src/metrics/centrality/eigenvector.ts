/**
 * Eigenvector centrality, as NetworkX `eigenvector_centrality(G, weight=…)`: the leading
 * eigenvector of the (transposed) adjacency matrix, found by NetworkX's power iteration on A + I
 * from the uniform vector, L2-normalised. On a directed view a node's score comes from the nodes
 * pointing to it. Weighted views use tie strengths.
 *
 * NetworkX stops at a tolerance of 1e-6; ecograph iterates much tighter (1e-15 per node) so the
 * values agree with a tightly converged reference to 1e-9. When no leading eigenvector exists the
 * function throws a {@link MetricError} that says why instead of returning a half-converged vector:
 * on a directed acyclic view the adjacency matrix is nilpotent (every eigenvalue is 0), and the
 * iteration never settles.
 */
import { indexGraph, toNodeMap, type IndexedGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type CentralityAssignOptions } from '../assign.js';

export interface EigenvectorOptions {
  /** Maximum number of power iterations. */
  maxIterations: number;
  /** Convergence: the summed absolute change of an iteration is below n × tolerance. */
  tolerance: number;
}

export const DEFAULTS: EigenvectorOptions = { maxIterations: 100_000, tolerance: 1e-15 };

/** Whether a directed indexed graph has a directed cycle (Kahn's algorithm). */
function hasDirectedCycle(g: IndexedGraph): boolean {
  const n = g.nodes.length;
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = g.inStart[i + 1]! - g.inStart[i]!;
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  let removed = 0;
  while (queue.length > 0) {
    const v = queue.pop()!;
    removed++;
    for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) {
      const w = g.outTargets[e]!;
      if (--indegree[w]! === 0) queue.push(w);
    }
  }
  return removed < n;
}

/**
 * Eigenvector centrality of every node of a view.
 *
 * @param graph - a view (weighted views use tie strengths)
 * @param options - iteration limit and tolerance
 * @returns eigenvector centrality by node id (L2 norm 1); empty for an empty view
 * @throws MetricError when the iteration cannot converge (directed acyclic view, or no convergence)
 * @example
 * eigenvectorCentrality(buildView(eco).graph);
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.centrality.eigenvector_centrality.html
 */
export function eigenvectorCentrality(graph: ViewGraph, options: Partial<EigenvectorOptions> = {}): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, eigenvectorValues(g, options));
}

/**
 * Eigenvector centrality of every node of a view, written to a node attribute (graphology's
 * `assign` convention; see `src/metrics/assign.ts` for attribute names and `target`).
 *
 * @param graph - a view (weighted views use tie strengths)
 * @param options - iteration limit and tolerance as {@link eigenvectorCentrality}; attribute name
 *   (default `eigenvectorCentrality`) and target graph (default: the view)
 * @throws MetricError when the iteration cannot converge (nothing is written then), or if a node
 *   of the view is not in the target graph
 * @example
 * eigenvectorCentrality.assign(buildView(eco).graph, { target: eco });
 */
eigenvectorCentrality.assign = function assignEigenvectorCentrality(
  graph: ViewGraph,
  options: Partial<EigenvectorOptions> & CentralityAssignOptions = {},
): void {
  writeNodeValues(graph, options.target, [[options.nodeCentralityAttribute ?? ASSIGN_ATTRIBUTES.eigenvector, eigenvectorCentrality(graph, options)]]);
};

/**
 * Eigenvector centrality on the indexed form (what {@link eigenvectorCentrality} and the compact
 * CLI path call).
 *
 * @param g - the indexed view
 * @param options - iteration limit and tolerance
 * @returns values by node index
 * @throws MetricError as {@link eigenvectorCentrality}
 * @example
 * const values = eigenvectorValues(indexGraph(view));
 */
export function eigenvectorValues(g: IndexedGraph, options: Partial<EigenvectorOptions> = {}): Float64Array {
  const { maxIterations, tolerance } = { ...DEFAULTS, ...options };
  const n = g.nodes.length;
  if (n === 0) return new Float64Array(0);
  if (g.directed && g.outStart[n]! > 0 && !hasDirectedCycle(g))
    throw new MetricError(
      'eigenvector',
      'the directed view has no cycles, so its adjacency matrix is nilpotent (all eigenvalues 0) and there is no leading eigenvector; NetworkX fails to converge here too. Use the undirected view, PageRank or HITS',
    );
  let last = new Float64Array(n).fill(1 / n);
  let x = new Float64Array(n);
  let change = Infinity;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    for (let v = 0; v < n; v++) {
      let sum = last[v]!;
      for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) sum += last[g.inSources[e]!]! * g.inStrength[e]!;
      x[v] = sum;
    }
    let norm = 0;
    for (let v = 0; v < n; v++) norm += x[v]! * x[v]!;
    norm = Math.sqrt(norm) || 1;
    change = 0;
    for (let v = 0; v < n; v++) {
      x[v]! /= norm;
      change += Math.abs(x[v]! - last[v]!);
    }
    if (change < n * tolerance) return x;
    [last, x] = [x, last];
  }
  throw new MetricError(
    'eigenvector',
    `power iteration did not converge in ${maxIterations} iterations (last change ${change.toExponential(2)}, needed < ${(n * tolerance).toExponential(2)}): the leading eigenvalue of the view's adjacency matrix is not well separated from the others, so the eigenvector is not determined`,
  );
}
