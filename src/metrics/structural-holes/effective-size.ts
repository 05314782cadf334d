/**
 * Burt's effective size and efficiency, as NetworkX `effective_size(G, weight=…)` on the
 * undirected view: effective size = Σ_j (1 − Σ_q p_iq m_jq), summed over i's neighbours j, q
 * ranging over i's neighbours (p: share of i's strength, m: tie strength relative to j's strongest
 * tie). Unweighted, this is NetworkX's n − 2t/n (n neighbours, t ties among them). Efficiency is
 * effective size / degree. Both NaN for an isolated node.
 */
import { indexGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import { tieShares } from './tie-shares.js';

export const DEFAULTS = {} as const;

export interface EffectiveSize {
  effectiveSize: number;
  efficiency: number;
}

/**
 * Effective size and efficiency of every node.
 *
 * @param graph - an undirected view (weighted views use tie strengths)
 * @returns effective size and efficiency by node id (NaN for isolated nodes)
 * @example
 * effectiveSize(buildView(eco).graph).get('f0')?.efficiency;
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.structuralholes.effective_size.html
 */
export function effectiveSize(graph: ViewGraph): Map<string, EffectiveSize> {
  const g = indexGraph(graph);
  if (g.directed) throw new MetricError('effectiveSize', 'Burt\'s measures read the undirected view');
  const out = new Map<string, EffectiveSize>();
  if (!g.weighted) {
    // NetworkX's unweighted formula: n − 2t/n, t = ties among the n neighbours
    const mark = new Int32Array(g.nodes.length).fill(-1);
    g.nodes.forEach((node, i) => {
      const degree = g.outStart[i + 1]! - g.outStart[i]!;
      if (degree === 0) return out.set(node, { effectiveSize: NaN, efficiency: NaN });
      for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) mark[g.outTargets[e]!] = i;
      let twice = 0;
      for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) {
        const j = g.outTargets[e]!;
        for (let f = g.outStart[j]!; f < g.outStart[j + 1]!; f++) if (mark[g.outTargets[f]!] === i) twice++;
      }
      const size = degree - twice / degree;
      return out.set(node, { effectiveSize: size, efficiency: size / degree });
    });
    return out;
  }
  const shares = tieShares(g);
  g.nodes.forEach((node, i) => {
    const pi = shares.byNode[i]!;
    const degree = pi.size;
    if (degree === 0) return out.set(node, { effectiveSize: NaN, efficiency: NaN });
    let size = 0;
    for (const j of pi.keys()) {
      let redundancy = 0;
      const mj = shares.byNodeOfMax[j]!;
      for (const [q, piq] of pi) redundancy += piq * (mj.get(q) ?? 0);
      size += 1 - redundancy;
    }
    return out.set(node, { effectiveSize: size, efficiency: size / degree });
  });
  return out;
}
