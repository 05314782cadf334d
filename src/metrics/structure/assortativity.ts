/**
 * Degree and attribute assortativity, as NetworkX computes them.
 *
 * - `degreeAssortativity` (`nx.degree_assortativity_coefficient(G)`): Pearson's correlation of the
 *   degrees at the two ends of every tie; each edge of an undirected view counts in both
 *   directions; on a directed view the out-degree of the source against the in-degree of the
 *   target (NetworkX's defaults x="out", y="in").
 * - `attributeAssortativity` (`nx.attribute_assortativity_coefficient(G, attr)`, Newman 2003):
 *   r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i) over the normalised mixing matrix e of the
 *   attribute values at the ends of the ties (both directions on an undirected view). Ties with an
 *   end without a value are left out, as are such nodes.
 *
 * Both are NaN (undefined) where the denominator is 0: no ties, all degrees equal, one value only.
 * Weights are not read.
 */
import type { IndexedGraph } from '../indexed-graph.js';

export const DEFAULTS = {} as const;

/**
 * Degree assortativity of a view.
 *
 * @param g - an indexed view
 * @returns r in [−1, 1], or NaN where undefined
 * @example
 * degreeAssortativity(indexGraph(view));
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.assortativity.degree_assortativity_coefficient.html
 */
export function degreeAssortativity(g: IndexedGraph): number {
  const n = g.nodes.length;
  const out = new Float64Array(n);
  const inn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = g.outStart[i + 1]! - g.outStart[i]!;
    inn[i] = g.inStart[i + 1]! - g.inStart[i]!;
  }
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let u = 0; u < n; u++)
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      sx += out[u]!;
      sy += inn[g.outTargets[e]!]!;
      count++;
    }
  if (count === 0) return NaN;
  const mx = sx / count;
  const my = sy / count;
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let u = 0; u < n; u++)
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      const dx = out[u]! - mx;
      const dy = inn[g.outTargets[e]!]! - my;
      cov += dx * dy;
      vx += dx * dx;
      vy += dy * dy;
    }
  return cov / Math.sqrt(vx * vy);
}

/**
 * Attribute assortativity of a view.
 *
 * @param g - an indexed view
 * @param value - the attribute value of each node, by index (undefined: no value, left out)
 * @returns r, or NaN where undefined
 * @example
 * attributeAssortativity(g, g.nodes.map((id) => eco.getNodeAttribute(id, 'region')));
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.assortativity.attribute_assortativity_coefficient.html
 */
export function attributeAssortativity(g: IndexedGraph, value: ReadonlyArray<string | undefined>): number {
  const codes = new Map<string, number>();
  const code = value.map((v) => (v === undefined ? -1 : (codes.get(v) ?? (codes.set(v, codes.size), codes.size - 1))));
  const k = codes.size;
  const rows = new Float64Array(k);
  const columns = new Float64Array(k);
  let diagonal = 0;
  let total = 0;
  for (let u = 0; u < g.nodes.length; u++) {
    const a = code[u]!;
    if (a < 0) continue;
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      const b = code[g.outTargets[e]!]!;
      if (b < 0) continue;
      rows[a]!++;
      columns[b]!++;
      if (a === b) diagonal++;
      total++;
    }
  }
  if (total === 0) return NaN;
  let expected = 0;
  for (let i = 0; i < k; i++) expected += (rows[i]! / total) * (columns[i]! / total);
  return (diagonal / total - expected) / (1 - expected);
}
