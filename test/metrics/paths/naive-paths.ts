/**
 * Small random views and a plain all-pairs reference (Floyd–Warshall distances, path counts by
 * dynamic programming over the nodes in distance order) for the tests of the path kernels.
 * Weights are small integers, so path lengths are exact and ties between paths are real ties.
 */
import { indexGraph, type IndexedGraph } from '../../../src/metrics/indexed-graph.js';
import { buildView } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';

/** A deterministic pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An indexed view of a random graph: n nodes, each pair tied with probability p, weights 1–3. */
export function randomIndexed(n: number, p: number, seed: number, options: { directed?: boolean; weighted?: boolean } = {}): IndexedGraph {
  const random = seeded(seed);
  const g = createEcoGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}` });
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i === j || (!options.directed && j < i) || random() >= p) continue;
      const weight = 1 + Math.floor(random() * 3);
      if (options.directed) g.addDirectedEdge(`n${i}`, `n${j}`, { weight });
      else g.addUndirectedEdge(`n${i}`, `n${j}`, { weight });
    }
  return indexGraph(buildView(g, { directed: options.directed ?? false, ...(options.weighted ? { weighted: 'weight' } : {}) }).graph);
}

/** dist[s][t] along out-ties (hops, or edge distances when weighted) and the number of shortest paths. */
export function allPairs(g: IndexedGraph, weighted: boolean): { dist: number[][]; sigma: number[][] } {
  const n = g.nodes.length;
  const dist = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (let v = 0; v < n; v++)
    for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) dist[v]![g.outTargets[e]!] = Math.min(dist[v]![g.outTargets[e]!]!, weighted ? g.outDistance[e]! : 1);
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (dist[i]![k]! + dist[k]![j]! < dist[i]![j]!) dist[i]![j] = dist[i]![k]! + dist[k]![j]!;
  const sigma = dist.map((row, s) => {
    const counts = new Array<number>(n).fill(0);
    counts[s] = 1;
    const byDistance = [...row.keys()].filter((t) => row[t]! < Infinity).sort((x, y) => row[x]! - row[y]!);
    for (const v of byDistance)
      for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) {
        const w = g.outTargets[e]!;
        if (row[v]! + (weighted ? g.outDistance[e]! : 1) === row[w] && w !== s) counts[w]! += counts[v]!;
      }
    return counts;
  });
  return { dist, sigma };
}
