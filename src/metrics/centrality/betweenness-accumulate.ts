/**
 * The inner loop of exact betweenness (Brandes 2001): for each source of a range, one
 * single-source search and the dependency accumulation, added into an array of raw (unscaled)
 * betweenness. Callers split the sources (one thread, or ranges over worker threads) and sum.
 *
 * Unweighted views: breadth-first search with hop counts in an Int32Array; the search records, in
 * BFS order, each node's successors (out-neighbours one hop further away), and the backward pass
 * walks that record in reverse, pulling each successor's coefficient (1 + δ(w)) / σ(w): no
 * predecessor lists and no second scan of the adjacency (a successor block is contiguous). Weighted views: Dijkstra's algorithm on a typed-array heap
 * with NetworkX's tie rule (two paths are equally short when their float lengths are exactly equal)
 * and predecessor lists. All buffers live in a {@link BetweennessWorkspace} reused across sources.
 * Browser-safe.
 */
import { nodeCount, type AdjacencyArrays } from '../adjacency-arrays.js';
import { DistanceHeap } from '../paths/distance-heap.js';

/** Buffers of one thread's searches (allocate once, reuse for every source). */
export interface BetweennessWorkspace {
  order: Int32Array;
  hops: Int32Array;
  sigma: Float64Array;
  /** (1 + δ) / σ per node, unweighted; δ per node, weighted. */
  coefficient: Float64Array;
  /** Unweighted: successors of order[i] are succ[succStart[i] .. succStart[i + 1]). */
  succ: Int32Array;
  succStart: Int32Array;
  /** Weighted only: distances, Dijkstra heap, predecessor lists and the arc that set each distance. */
  dist?: Float64Array;
  heap?: DistanceHeap;
  pred?: Int32Array;
  predCount?: Int32Array;
  from?: Int32Array;
  done?: Uint8Array;
}

/** Allocates the buffers for searches on `g`. */
export function createBetweennessWorkspace(g: AdjacencyArrays): BetweennessWorkspace {
  const n = nodeCount(g);
  const ws: BetweennessWorkspace = {
    order: new Int32Array(n),
    hops: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coefficient: new Float64Array(n),
    succ: new Int32Array(g.weighted ? 0 : Math.max(g.outStart[n]!, 1)),
    succStart: new Int32Array(g.weighted ? 0 : n + 1),
  };
  if (g.weighted) {
    ws.dist = new Float64Array(n).fill(Infinity);
    ws.heap = new DistanceHeap(n, ws.dist);
    ws.pred = new Int32Array(Math.max(g.inStart[n]!, 1));
    ws.predCount = new Int32Array(n);
    ws.from = new Int32Array(n);
    ws.done = new Uint8Array(n);
  }
  return ws;
}

/**
 * Adds the dependencies of sources `first`, `first + step`, … (below `end`) to `out`.
 *
 * @param g - adjacency arrays of the view (weighted views read `outDistance`)
 * @param first - the first source index
 * @param end - sources stop before this index
 * @param out - raw betweenness, added to (length n)
 * @param ws - buffers from {@link createBetweennessWorkspace}
 * @param step - distance between sources (1: every source of the range)
 * @example
 * const b = new Float64Array(n);
 * accumulateBetweenness(g, 0, n, b, createBetweennessWorkspace(g));
 */
export function accumulateBetweenness(g: AdjacencyArrays, first: number, end: number, out: Float64Array, ws: BetweennessWorkspace, step = 1): void {
  if (g.weighted) for (let s = first; s < end; s += step) weightedSource(g, s, out, ws);
  else for (let s = first; s < end; s += step) unweightedSource(g, s, out, ws);
}

/** The buffers Brandes' unweighted search and backward pass use (a part of {@link BetweennessWorkspace}). */
export type HopSearchBuffers = Pick<BetweennessWorkspace, 'order' | 'hops' | 'sigma' | 'coefficient' | 'succ' | 'succStart'>;

/**
 * Brandes' forward search on an unweighted view: a breadth-first search from `s` that fills, in
 * BFS order, `order`, the hop counts, the numbers of shortest paths σ and each node's successors.
 * `hops` must be −1 everywhere on entry ({@link addDependencies} restores that).
 *
 * @param g - adjacency arrays (out-arcs are followed)
 * @param s - the source
 * @param ws - the buffers
 * @returns how many nodes the search reached (the source included): `order[0 .. tail)`
 * @example
 * const tail = hopSearch(g, s, ws); // then read hops[order[i]], then addDependencies(ws, tail, out)
 */
export function hopSearch(g: AdjacencyArrays, s: number, ws: HopSearchBuffers): number {
  const { outStart: start, outTargets: adj } = g;
  const { order, hops, sigma, succ, succStart } = ws;
  hops[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  let top = 0;
  while (head < tail) {
    succStart[head] = top;
    const v = order[head++]!;
    const next = hops[v]! + 1;
    const sv = sigma[v]!;
    for (let e = start[v]!, stop = start[v + 1]!; e < stop; e++) {
      const w = adj[e]!;
      const hw = hops[w]!;
      if (hw < 0) {
        hops[w] = next;
        sigma[w] = sv;
        order[tail++] = w;
        succ[top++] = w;
      } else if (hw === next) {
        sigma[w]! += sv;
        succ[top++] = w;
      }
    }
  }
  succStart[tail] = top;
  return tail;
}

/**
 * Brandes' backward pass after {@link hopSearch}: adds each reached node's dependency δ to `out`,
 * then sets `hops` back to −1 for the next search.
 *
 * @param ws - the buffers the search filled
 * @param tail - what the search returned
 * @param out - raw betweenness, added to
 * @example
 * addDependencies(ws, hopSearch(g, s, ws), out);
 */
export function addDependencies(ws: HopSearchBuffers, tail: number, out: Float64Array): void {
  const { order, hops, sigma, coefficient, succ, succStart } = ws;
  // δ(v) = σ(v) Σ_{w ∈ succ(v)} (1 + δ(w)) / σ(w); `coefficient` holds (1 + δ) / σ
  for (let i = tail - 1; i > 0; i--) {
    const v = order[i]!;
    let sum = 0;
    for (let k = succStart[i]!, stop = succStart[i + 1]!; k < stop; k++) sum += coefficient[succ[k]!]!;
    const delta = sigma[v]! * sum;
    out[v]! += delta;
    coefficient[v] = (1 + delta) / sigma[v]!;
  }
  for (let i = 0; i < tail; i++) hops[order[i]!] = -1;
}

function unweightedSource(g: AdjacencyArrays, s: number, out: Float64Array, ws: BetweennessWorkspace): void {
  addDependencies(ws, hopSearch(g, s, ws), out);
}

function weightedSource(g: AdjacencyArrays, s: number, out: Float64Array, ws: BetweennessWorkspace): void {
  const { outStart: start, outTargets: adj, outDistance: len, inStart: predStart } = g;
  const { order, sigma, coefficient: delta } = ws;
  const dist = ws.dist!;
  const heap = ws.heap!;
  const pred = ws.pred!;
  const predCount = ws.predCount!;
  const from = ws.from!;
  const done = ws.done!;
  // as NetworkX's _single_source_dijkstra_path_basic: σ(v) gains σ(from) when v is settled
  dist[s] = 0;
  sigma[s] = 1;
  from[s] = s;
  heap.clear();
  heap.set(s);
  let count = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    if (v !== s) sigma[v]! += sigma[from[v]!]!;
    done[v] = 1;
    order[count++] = v;
    const d = dist[v]!;
    for (let e = start[v]!, stop = start[v + 1]!; e < stop; e++) {
      const w = adj[e]!;
      const vw = d + len[e]!;
      if (!done[w] && vw < dist[w]!) {
        dist[w] = vw;
        heap.set(w);
        sigma[w] = 0;
        from[w] = v;
        pred[predStart[w]!] = v;
        predCount[w] = 1;
      } else if (vw === dist[w]) {
        sigma[w]! += sigma[v]!;
        pred[predStart[w]! + predCount[w]!] = v;
        predCount[w]!++;
      }
    }
  }
  for (let i = 0; i < count; i++) delta[order[i]!] = 0;
  for (let i = count - 1; i >= 0; i--) {
    const w = order[i]!;
    const coeff = (1 + delta[w]!) / sigma[w]!;
    for (let p = predStart[w]!, stop = p + predCount[w]!; p < stop; p++) {
      const v = pred[p]!;
      delta[v]! += sigma[v]! * coeff;
    }
    if (w !== s) out[w]! += delta[w]!;
  }
  for (let i = 0; i < count; i++) {
    const v = order[i]!;
    dist[v] = Infinity;
    sigma[v] = 0;
    predCount[v] = 0;
    done[v] = 0;
  }
}

/**
 * Scales raw betweenness in place as NetworkX: normalised by 1/((n−1)(n−2)) (none when n ≤ 2), or
 * halved on undirected views when not normalised.
 *
 * @param raw - sums from {@link accumulateBetweenness} over all sources
 * @param directed - whether the view is directed
 * @param normalized - NetworkX's normalized=True
 * @example
 * scaleBetweenness(b, g.directed, true);
 */
export function scaleBetweenness(raw: Float64Array, directed: boolean, normalized: boolean): Float64Array {
  const n = raw.length;
  let scale: number | undefined;
  if (normalized) scale = n <= 2 ? undefined : 1 / ((n - 1) * (n - 2));
  else if (!directed) scale = 0.5;
  if (scale !== undefined) for (let i = 0; i < n; i++) raw[i]! *= scale;
  return raw;
}
