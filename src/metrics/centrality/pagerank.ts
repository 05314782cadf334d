/**
 * PageRank, as NetworkX `pagerank(G, alpha=0.85, weight=…)`: a random surfer follows an out-tie
 * (chosen in proportion to tie strength) with probability alpha and jumps to a uniformly chosen
 * node otherwise; from a node without out-ties (dangling) it jumps uniformly. An undirected view
 * counts each edge both ways.
 *
 * NetworkX stops when the summed change is below n × 1e-6; ecograph iterates to n × 1e-15, and the
 * reference values are NetworkX's run to the same tolerance, checked against the exact solution of
 * the linear system (scripts/reference/metrics.py).
 */
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';

export interface PageRankOptions {
  /** Damping factor: the probability of following a tie. */
  alpha: number;
  maxIterations: number;
  /** Convergence: the summed absolute change of an iteration is below n × tolerance. */
  tolerance: number;
}

export const DEFAULTS: PageRankOptions = { alpha: 0.85, maxIterations: 10_000, tolerance: 1e-15 };

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
  const { alpha, maxIterations, tolerance } = { ...DEFAULTS, ...options };
  if (!(alpha >= 0 && alpha < 1)) throw new MetricError('pagerank', `alpha must be in [0, 1), got ${alpha}`);
  const g = indexGraph(graph);
  const n = g.nodes.length;
  if (n === 0) return new Map();
  const outStrength = new Float64Array(n);
  for (let u = 0; u < n; u++) for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) outStrength[u]! += g.outStrength[e]!;
  let last = new Float64Array(n).fill(1 / n);
  let x = new Float64Array(n);
  let change = Infinity;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    x.fill(0);
    for (let u = 0; u < n; u++) {
      const s = outStrength[u]!;
      if (s === 0) {
        dangling += last[u]!;
        continue;
      }
      const share = last[u]! / s;
      for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) x[g.outTargets[e]!]! += share * g.outStrength[e]!;
    }
    const jump = (alpha * dangling) / n + (1 - alpha) / n;
    change = 0;
    for (let v = 0; v < n; v++) {
      x[v] = alpha * x[v]! + jump;
      change += Math.abs(x[v]! - last[v]!);
    }
    if (change < n * tolerance) return toNodeMap(g, x);
    [last, x] = [x, last];
  }
  throw new MetricError('pagerank', `did not converge in ${maxIterations} iterations (last change ${change.toExponential(2)})`);
}
