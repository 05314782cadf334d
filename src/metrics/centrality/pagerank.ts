/**
 * PageRank, as NetworkX `pagerank(G, alpha=0.85, weight=…)`: a random surfer follows an out-tie
 * (chosen in proportion to tie strength) with probability alpha and jumps to a uniformly chosen
 * node otherwise; from a node without out-ties (dangling) it jumps uniformly. An undirected view
 * counts each edge both ways.
 *
 * The iteration is NetworkX's (Jacobi power iteration), written as a pull over in-arcs on typed
 * arrays, started from a blend of the uniform vector and the strength distribution
 * ((1 − alpha)/n + alpha × in-strength / total strength; the fixed point does not depend on the
 * start, only the number of iterations does). Convergence: it stops when no node's value changes
 * by more than `tolerance` (default 1e-11) times its value in one iteration. Per node the remaining
 * error is then a small multiple of that relative change (the change shrinks geometrically, at
 * most by alpha per iteration), so values agree with the exact solution of the linear system far
 * below the 1e-9 the tests require; the reference values (scripts/reference/metrics.py) are
 * NetworkX's iteration run to 1e-15 and checked against that exact solution. The criterion is
 * per-node relative rather than NetworkX's summed absolute change (n × 1e-6) because a summed
 * criterion lets the smallest values of a large graph stay wrong in their leading digits.
 */
import { indexGraph, toNodeMap, type IndexedGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type PagerankAssignOptions } from '../assign.js';

export interface PageRankOptions {
  /** Damping factor: the probability of following a tie. */
  alpha: number;
  maxIterations: number;
  /** Convergence: every node's change in one iteration is at most tolerance × its value. */
  tolerance: number;
}

export const DEFAULTS: PageRankOptions = { alpha: 0.85, maxIterations: 10_000, tolerance: 1e-11 };

/**
 * PageRank of every node of a view.
 *
 * @param graph - a view (weighted views use tie strengths)
 * @param options - damping factor, iteration limit, tolerance
 * @returns PageRank by node id (sums to 1); empty for an empty view
 * @throws MetricError if the iteration does not converge
 * @example
 * pagerank(buildView(eco, { directed: true }).graph);
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.link_analysis.pagerank_alg.pagerank.html
 */
export function pagerank(graph: ViewGraph, options: Partial<PageRankOptions> = {}): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, pagerankValues(g, options));
}

/**
 * PageRank of every node of a view, written to a node attribute (graphology's `assign`
 * convention; see `src/metrics/assign.ts` for attribute names and `target`).
 *
 * @param graph - a view (weighted views use tie strengths)
 * @param options - damping factor, iteration limit, tolerance as {@link pagerank}; attribute name
 *   (`nodePagerankAttribute`, default `pagerank`) and target graph (default: the view)
 * @throws MetricError if the iteration does not converge (nothing is written then), or if a node
 *   of the view is not in the target graph
 * @example
 * pagerank.assign(buildView(eco, { directed: true }).graph, { target: eco });
 */
pagerank.assign = function assignPagerank(graph: ViewGraph, options: Partial<PageRankOptions> & PagerankAssignOptions = {}): void {
  writeNodeValues(graph, options.target, [[options.nodePagerankAttribute ?? ASSIGN_ATTRIBUTES.pagerank, pagerank(graph, options)]]);
};

/**
 * PageRank on the indexed form (what {@link pagerank} and the compact CLI path call).
 *
 * @param g - the indexed view
 * @param options - damping factor, iteration limit, tolerance
 * @returns PageRank by node index
 * @throws MetricError if the iteration does not converge
 * @example
 * const values = pagerankValues(indexGraph(view));
 */
export function pagerankValues(
  g: Pick<IndexedGraph, 'weighted' | 'outStart' | 'outStrength' | 'inStart' | 'inSources' | 'inStrength'>,
  options: Partial<PageRankOptions> = {},
): Float64Array {
  const { alpha, maxIterations, tolerance } = { ...DEFAULTS, ...options };
  if (!(alpha >= 0 && alpha < 1)) throw new MetricError('pagerank', `alpha must be in [0, 1), got ${alpha}`);
  const n = g.outStart.length - 1;
  if (n <= 0) return new Float64Array(0);
  const { inStart, inSources, inStrength } = g;
  // unweighted views have strength 1 on every arc: the loop skips reading it
  const unit = !g.weighted;
  // 1 / out-strength (0 for dangling nodes), and in-strength for the starting vector
  const inverseOut = new Float64Array(n);
  const inTotal = new Float64Array(n);
  let total = 0;
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) s += g.outStrength[e]!;
    inverseOut[u] = s > 0 ? 1 / s : 0;
    for (let e = inStart[u]!; e < inStart[u + 1]!; e++) inTotal[u]! += inStrength[e]!;
    total += s;
  }
  let x = new Float64Array(n);
  for (let u = 0; u < n; u++) x[u] = total > 0 ? (1 - alpha) / n + (alpha * inTotal[u]!) / total : 1 / n;
  let next = new Float64Array(n);
  // share[u] = x[u] / out-strength(u): what u passes along each unit of strength
  let share = new Float64Array(n);
  let nextShare = new Float64Array(n);
  let dangling = 0;
  for (let u = 0; u < n; u++) {
    share[u] = x[u]! * inverseOut[u]!;
    if (inverseOut[u] === 0) dangling += x[u]!;
  }
  let change = Infinity;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const jump = (alpha * dangling + 1 - alpha) / n;
    dangling = 0;
    change = 0;
    let e = inStart[0]!;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      const stop = inStart[v + 1]!;
      if (unit) for (; e < stop; e++) sum += share[inSources[e]!]!;
      else for (; e < stop; e++) sum += share[inSources[e]!]! * inStrength[e]!;
      const value = alpha * sum + jump;
      const diff = Math.abs(value - x[v]!);
      if (diff > change * value) change = diff / value;
      next[v] = value;
      const inv = inverseOut[v]!;
      if (inv === 0) dangling += value;
      nextShare[v] = value * inv;
    }
    [x, next] = [next, x];
    [share, nextShare] = [nextShare, share];
    if (change <= tolerance) return x;
  }
  throw new MetricError('pagerank', `did not converge in ${maxIterations} iterations (last relative change ${change.toExponential(2)})`);
}
