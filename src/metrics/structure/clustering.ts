/**
 * Local clustering, average clustering and transitivity, as NetworkX computes them (unweighted).
 *
 * - `clustering` (NetworkX `nx.clustering(G)`): on an undirected view, the share of pairs of
 *   neighbours that are tied, 2T(v) / (d(d−1)); on a directed view Fagiolo's directed clustering,
 *   T(v) / (2 (d_tot(d_tot−1) − 2 d↔)), with T(v) the directed triangles through v, d_tot the in-
 *   plus out-degree and d↔ the reciprocated pairs. 0 for nodes of degree below 2.
 * - `averageClustering` (`nx.average_clustering(G)`): the mean over all nodes, zeros counted.
 * - `transitivity` (`nx.transitivity`): 3 × triangles / connected triples, on the undirected
 *   counterpart of the view (NetworkX's transitivity of a directed graph reads successors only,
 *   which is no published definition, so a directed view is read without direction here).
 *
 * Weights are not read.
 */
import { indexGraph, toNodeMap, type IndexedGraph } from '../indexed-graph.js';
import type { ViewGraph } from '../view.js';
import { undirectedNeighbours } from './neighbours.js';

export const DEFAULTS = {} as const;

/**
 * Triangles through every node of a simple undirected graph given as adjacency lists (each
 * neighbour of `i` in `targets[start[i]]` … `targets[start[i + 1] - 1]`, once), and its degree.
 *
 * @param n - the number of nodes
 * @param start - where each node's neighbours begin (n + 1 offsets)
 * @param targets - the neighbours
 * @example
 * // a triangle 0–1–2
 * trianglesOfAdjacency(3, Int32Array.of(0, 2, 4, 6), Int32Array.of(1, 2, 0, 2, 0, 1)).triangles; // [1, 1, 1]
 */
export function trianglesOfAdjacency(n: number, start: Int32Array, targets: Int32Array): { triangles: Float64Array; degree: Int32Array } {
  const triangles = new Float64Array(n);
  const degree = new Int32Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    degree[i] = start[i + 1]! - start[i]!;
    for (let e = start[i]!; e < start[i + 1]!; e++) mark[targets[e]!] = i;
    let pairs = 0;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const j = targets[e]!;
      for (let f = start[j]!; f < start[j + 1]!; f++) if (mark[targets[f]!] === i) pairs++;
    }
    triangles[i] = pairs / 2;
  }
  return { triangles, degree };
}

/**
 * Triangles through every node of the undirected counterpart of a view, and its degree there.
 *
 * @param g - an indexed view
 * @example
 * const { triangles, degree } = undirectedTriangles(indexGraph(view));
 */
export function undirectedTriangles(g: IndexedGraph): { triangles: Float64Array; degree: Int32Array } {
  const { start, targets } = undirectedNeighbours(g);
  return trianglesOfAdjacency(g.nodes.length, start, targets);
}

/**
 * Clustering of every node on the indexed form (see the module comment for both definitions).
 *
 * @param g - an indexed view
 * @returns clustering by node index
 * @example
 * clusteringValues(indexGraph(view));
 */
export function clusteringValues(g: IndexedGraph): Float64Array {
  const n = g.nodes.length;
  const out = new Float64Array(n);
  if (!g.directed) {
    const { triangles, degree } = undirectedTriangles(g);
    for (let i = 0; i < n; i++) {
      const d = degree[i]!;
      out[i] = triangles[i] === 0 ? 0 : (2 * triangles[i]!) / (d * (d - 1));
    }
    return out;
  }
  const isPred = new Int32Array(n).fill(-1);
  const isSucc = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let dIn = 0;
    let dOut = 0;
    let reciprocated = 0;
    for (let e = g.inStart[i]!; e < g.inStart[i + 1]!; e++) {
      isPred[g.inSources[e]!] = i;
      dIn++;
    }
    for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) {
      const j = g.outTargets[e]!;
      isSucc[j] = i;
      dOut++;
      if (isPred[j] === i) reciprocated++;
    }
    // NetworkX: for j in chain(preds, succs): |preds_i ∩ preds_j| + |preds_i ∩ succs_j| + |succs_i ∩ preds_j| + |succs_i ∩ succs_j|
    const around = (j: number): number => {
      let t = 0;
      for (let f = g.inStart[j]!; f < g.inStart[j + 1]!; f++) {
        const k = g.inSources[f]!;
        if (isPred[k] === i) t++;
        if (isSucc[k] === i) t++;
      }
      for (let f = g.outStart[j]!; f < g.outStart[j + 1]!; f++) {
        const k = g.outTargets[f]!;
        if (isPred[k] === i) t++;
        if (isSucc[k] === i) t++;
      }
      return t;
    };
    let t = 0;
    for (let e = g.inStart[i]!; e < g.inStart[i + 1]!; e++) t += around(g.inSources[e]!);
    for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) t += around(g.outTargets[e]!);
    const total = dIn + dOut;
    out[i] = t === 0 ? 0 : t / (2 * (total * (total - 1) - 2 * reciprocated));
  }
  return out;
}

/**
 * Local clustering of every node of a view, as `nx.clustering(G)`.
 *
 * @param graph - a view from `buildView`
 * @returns clustering by node id
 * @example
 * clustering(buildView(eco).graph).get('kyoto-university');
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.cluster.clustering.html
 */
export function clustering(graph: ViewGraph): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, clusteringValues(g));
}

/**
 * Mean local clustering over all nodes, zeros counted, as `nx.average_clustering(G)`.
 *
 * @param g - an indexed view
 * @returns the mean, or NaN for a view without nodes
 * @example
 * averageClustering(indexGraph(view));
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.cluster.average_clustering.html
 */
export function averageClustering(g: IndexedGraph): number {
  const values = clusteringValues(g);
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Transitivity, 3 × triangles / connected triples, of the undirected counterpart of a view, as
 * `nx.transitivity(G.to_undirected())`: 0 when there is no triangle.
 *
 * @param g - an indexed view
 * @example
 * transitivity(indexGraph(view));
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.cluster.transitivity.html
 */
export function transitivity(g: IndexedGraph): number {
  const { triangles, degree } = undirectedTriangles(g);
  let closed = 0;
  let triples = 0;
  for (let i = 0; i < triangles.length; i++) {
    closed += 2 * triangles[i]!;
    triples += degree[i]! * (degree[i]! - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}
