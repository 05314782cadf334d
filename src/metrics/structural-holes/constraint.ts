/**
 * Burt's constraint, as NetworkX `constraint(G, weight=…)` on the undirected view:
 * c(i) = Σ_j (p_ij + Σ_q p_iq p_qj)², summed over i's neighbours j, q ranging over i's neighbours,
 * with p_ij = w_ij / Σ_k w_ik the share of i's tie strength invested in j. NaN for an isolated node.
 */
import { indexGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import { tieShares } from './tie-shares.js';

export const DEFAULTS = {} as const;

/**
 * Burt's constraint of every node.
 *
 * @param graph - an undirected view (weighted views use tie strengths)
 * @returns constraint by node id (NaN for isolated nodes)
 * @example
 * burtConstraint(buildView(eco).graph);
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.structuralholes.constraint.html
 */
export function burtConstraint(graph: ViewGraph): Map<string, number> {
  const g = indexGraph(graph);
  if (g.directed) throw new MetricError('constraint', 'Burt\'s measures read the undirected view');
  const shares = tieShares(g);
  const out = new Map<string, number>();
  g.nodes.forEach((node, i) => {
    const pi = shares.byNode[i]!;
    if (pi.size === 0) return out.set(node, NaN);
    let c = 0;
    for (const [j, pij] of pi) {
      let indirect = 0;
      for (const [q, piq] of pi) indirect += piq * (shares.byNode[q]!.get(j) ?? 0);
      c += (pij + indirect) ** 2;
    }
    return out.set(node, c);
  });
  return out;
}
