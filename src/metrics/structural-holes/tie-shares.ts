/**
 * Proportional tie strengths for Burt's measures: p_ij = w_ij / Σ_k w_ik (NetworkX's
 * `normalized_mutual_weight` with norm=sum) and m_ij = w_ij / max_k w_ik (norm=max). On an
 * undirected view NetworkX's mutual weight is 2·w_ij, which both normalisations cancel.
 */
import type { IndexedGraph } from '../indexed-graph.js';

export interface TieShares {
  /** p_ij by node: neighbour index → share of the node's total strength. */
  byNode: Array<Map<number, number>>;
  /** m_ij by node: neighbour index → strength relative to the node's strongest tie. */
  byNodeOfMax: Array<Map<number, number>>;
}

/** The proportional tie strengths of every node of an undirected indexed view. */
export function tieShares(g: IndexedGraph): TieShares {
  const n = g.nodes.length;
  const byNode: Array<Map<number, number>> = [];
  const byNodeOfMax: Array<Map<number, number>> = [];
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let max = 0;
    for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) {
      sum += g.outStrength[e]!;
      max = Math.max(max, g.outStrength[e]!);
    }
    const p = new Map<number, number>();
    const m = new Map<number, number>();
    for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) {
      const j = g.outTargets[e]!;
      const w = g.outStrength[e]!;
      p.set(j, sum === 0 ? 0 : w / sum);
      m.set(j, max === 0 ? 0 : w / max);
    }
    byNode.push(p);
    byNodeOfMax.push(m);
  }
  return { byNode, byNodeOfMax };
}
