/**
 * Freeman centralization (Freeman 1979) of degree, betweenness and closeness, as R
 * `sna::centralization(g, FUN, mode=…)` computes it with `normalize=TRUE`: Σ_i (max − c_i) divided
 * by the largest value that sum takes on any graph of n nodes (sna's `tmaxdev`, the star graph).
 * mode is "digraph" on a directed view and "graph" on an undirected one; the cmodes are sna's
 * defaults for that mode:
 *
 * - degree: cmode "freeman", in- plus out-degree on a directed view; normaliser (n−1)(2(n−1)−2),
 *   which on an undirected view (where sna counts each tie from both ends) is the classic
 *   Σ(max − d_i) / ((n−1)(n−2));
 * - betweenness: cmode "directed" / "undirected"; normaliser (n−1)²(n−2) / (n−1)²(n−2)/2, so
 *   with NetworkX's normalised betweenness b_i the centralization is Σ(max − b_i) / (n−1);
 * - closeness: sna's (n−1)/Σ_j d(i, j) (out-distances on a directed view), cmode "directed" /
 *   "undirected"; normaliser (n−1)(1 − 1/n) / (n−1)(n−2)/(2n−3). sna gives every node closeness 0
 *   on a graph that is not (strongly) connected, which makes the index meaningless there, so the
 *   caller passes the largest (strongly) connected component.
 *
 * Undefined (NaN) below three nodes (two for closeness), where the normaliser is 0. Weights are
 * not read.
 */
export const DEFAULTS = {} as const;

function spread(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += max - values[i]!;
  return sum;
}

/**
 * Degree centralization.
 *
 * @param degree - each node's degree as sna counts it: in + out arcs on a directed view, the number of neighbours on an undirected one
 * @param directed - whether the view is directed
 * @returns the centralization in [0, 1], NaN below three nodes
 * @example
 * degreeCentralization([3, 1, 1, 1], false); // 1 (a star)
 * @see https://cran.r-project.org/package=sna (centralization, degree)
 */
export function degreeCentralization(degree: ArrayLike<number>, directed: boolean): number {
  const n = degree.length;
  if (n < 3) return NaN;
  // sna counts an undirected tie from both ends (doubling every degree and the normaliser alike)
  const max = directed ? (n - 1) * (2 * (n - 1) - 2) : (n - 1) * (n - 2);
  return spread(degree) / max;
}

/**
 * Betweenness centralization from NetworkX-normalised betweenness values.
 *
 * @param normalised - each node's betweenness, normalised as `nx.betweenness_centrality(G, normalized=True)`
 * @returns the centralization in [0, 1], NaN below three nodes
 * @example
 * betweennessCentralization([1, 0, 0, 0]); // 1 (a star)
 * @see https://cran.r-project.org/package=sna (centralization, betweenness)
 */
export function betweennessCentralization(normalised: ArrayLike<number>): number {
  const n = normalised.length;
  if (n < 3) return NaN;
  return spread(normalised) / (n - 1);
}

/**
 * Closeness centralization of a (strongly) connected graph.
 *
 * @param distanceSums - for each node the sum of its (out-)distances to the other nodes
 * @param directed - whether the view is directed
 * @returns the centralization, NaN below two nodes
 * @example
 * closenessCentralization([3, 5, 5, 5], false); // 1 (a star)
 * @see https://cran.r-project.org/package=sna (centralization, closeness)
 */
export function closenessCentralization(distanceSums: ArrayLike<number>, directed: boolean): number {
  const n = distanceSums.length;
  if (n < 2) return NaN;
  const closeness = Float64Array.from({ length: n }, (_, i) => (n - 1) / distanceSums[i]!);
  const max = directed ? (n - 1) * (1 - 1 / n) : ((n - 2) * (n - 1)) / (2 * n - 3);
  return max === 0 ? NaN : spread(closeness) / max;
}
