/**
 * Core numbers (k-cores), as NetworkX `nx.core_number(G)`: the largest k such that the node lies
 * in a subgraph where every node has degree at least k. On a directed view the degree is in- plus
 * out-degree (a reciprocated pair counts twice), as NetworkX reads a directed graph. Computed by
 * Batagelj and Zaveršnik's bucket algorithm (O(m)). Weights are not read.
 */
import { indexGraph, toNodeMap, type IndexedGraph } from '../indexed-graph.js';
import type { ViewGraph } from '../view.js';

export const DEFAULTS = {} as const;

/**
 * Core number of every node on the indexed form.
 *
 * @param g - an indexed view
 * @returns core numbers by node index
 * @example
 * Math.max(...coreValues(indexGraph(view))); // the maximum k-core
 * @see Batagelj, V. and Zaveršnik, M. (2003) An O(m) algorithm for cores decomposition of networks, arXiv:cs/0310049
 */
export function coreValues(g: IndexedGraph): Int32Array {
  const n = g.nodes.length;
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) degree[i] = g.outStart[i + 1]! - g.outStart[i]! + (g.directed ? g.inStart[i + 1]! - g.inStart[i]! : 0);
  let maxDegree = 0;
  for (const d of degree) if (d > maxDegree) maxDegree = d;
  const bin = new Int32Array(maxDegree + 2);
  for (const d of degree) bin[d]!++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    position[v] = bin[degree[v]!]!;
    order[position[v]!] = v;
    bin[degree[v]!]!++;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  const visit = (v: number, u: number) => {
    if (degree[u]! > degree[v]!) {
      const du = degree[u]!;
      const pu = position[u]!;
      const pw = bin[du]!;
      const w = order[pw]!;
      if (u !== w) {
        position[u] = pw;
        order[pu] = w;
        position[w] = pu;
        order[pw] = u;
      }
      bin[du]!++;
      degree[u]!--;
    }
  };
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) visit(v, g.outTargets[e]!);
    if (g.directed) for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) visit(v, g.inSources[e]!);
  }
  return degree;
}

/**
 * Core number of every node of a view, as `nx.core_number(G)`.
 *
 * @param graph - a view from `buildView`
 * @returns core number by node id
 * @example
 * coreNumber(buildView(eco).graph).get('kyoto-university');
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.core.core_number.html
 */
export function coreNumber(graph: ViewGraph): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, coreValues(g));
}
