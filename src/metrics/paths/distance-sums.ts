/**
 * The inner loop of closeness and harmonic centrality: for each source of a range, the distances
 * to every node it reaches and three sums per source — the distances, the nodes reached, and the
 * inverse distances. Callers split the sources (one thread, or ranges over worker threads).
 * Browser-safe.
 *
 * Unweighted views: a multi-source breadth-first search (Then et al. 2014, "The more the merrier:
 * efficient multi-source graph traversal", PVLDB 8(4)) runs 32 sources at once, one bit per source
 * in an Int32 per node, so an arc scanned once serves every source of the batch whose search
 * crosses it in that level; a source's sums come from its count of nodes per level (sum of
 * distances = Σ level × count, inverse = Σ count / level), so they do not depend on which sources
 * share its batch. Weighted views: Dijkstra per source.
 */
import { nodeCount, type AdjacencyArrays } from '../adjacency-arrays.js';
import { DistanceHeap } from './distance-heap.js';

/** Which way searches follow arcs: `out` from the source, `in` towards it (reversed arcs). */
export type SumDirection = 'out' | 'in';

/** Per-source results, indexed by source. */
export interface DistanceSums {
  /** Σ d over the nodes reached (the source excluded). */
  total: Float64Array;
  /** Number of nodes reached, the source excluded. */
  reached: Float64Array;
  /** Σ 1/d over the nodes reached. */
  inverse: Float64Array;
}

/** Buffers of one thread's searches. */
export interface DistanceWorkspace {
  order: Int32Array;
  hops: Int32Array;
  /** Multi-source BFS: per node, the batch's sources that reached it / reach it in this level / the next. */
  seen: Int32Array;
  visit: Int32Array;
  next: Int32Array;
  frontier: Int32Array;
  nextFrontier: Int32Array;
  dist?: Float64Array;
  heap?: DistanceHeap;
  done?: Uint8Array;
}

/** Allocates zeroed sums for n sources. */
export function createDistanceSums(n: number): DistanceSums {
  return { total: new Float64Array(n), reached: new Float64Array(n), inverse: new Float64Array(n) };
}

/** Allocates the buffers for searches on `g`. */
export function createDistanceWorkspace(g: AdjacencyArrays): DistanceWorkspace {
  const n = nodeCount(g);
  const ws: DistanceWorkspace = {
    order: new Int32Array(n),
    hops: new Int32Array(n).fill(-1),
    seen: new Int32Array(g.weighted ? 0 : n),
    visit: new Int32Array(g.weighted ? 0 : n),
    next: new Int32Array(g.weighted ? 0 : n),
    frontier: new Int32Array(g.weighted ? 0 : n),
    nextFrontier: new Int32Array(g.weighted ? 0 : n),
  };
  if (g.weighted) {
    ws.dist = new Float64Array(n).fill(Infinity);
    ws.heap = new DistanceHeap(n, ws.dist);
    ws.done = new Uint8Array(n);
  }
  return ws;
}

/**
 * Fills `sums[source]` for sources `first`, `first + step`, … below `end`.
 *
 * @param g - adjacency arrays of the view (weighted views read edge distances)
 * @param direction - `in` for distances *to* the source (closeness and harmonic on directed views)
 * @param first - the first source
 * @param end - sources stop before this index
 * @param sums - per-source results, written at each source's index
 * @param ws - buffers from {@link createDistanceWorkspace}
 * @param step - distance between sources
 * @example
 * const sums = createDistanceSums(n);
 * accumulateDistanceSums(g, 'in', 0, n, sums, createDistanceWorkspace(g));
 */
export function accumulateDistanceSums(
  g: AdjacencyArrays,
  direction: SumDirection,
  first: number,
  end: number,
  sums: DistanceSums,
  ws: DistanceWorkspace,
  step = 1,
): void {
  const start = direction === 'out' ? g.outStart : g.inStart;
  const adj = direction === 'out' ? g.outTargets : g.inSources;
  if (!g.weighted) {
    const batch = new Int32Array(32);
    let size = 0;
    for (let s = first; s < end; s += step) {
      batch[size++] = s;
      if (size === 32) {
        multiSourceBatch(start, adj, batch, size, sums, ws);
        size = 0;
      }
    }
    if (size > 0) multiSourceBatch(start, adj, batch, size, sums, ws);
    return;
  }
  const len = direction === 'out' ? g.outDistance : g.inDistance;
  const { order } = ws;
  const dist = ws.dist!;
  const heap = ws.heap!;
  const done = ws.done!;
  for (let s = first; s < end; s += step) {
    dist[s] = 0;
    heap.clear();
    heap.set(s);
    let count = 0;
    let total = 0;
    let inverse = 0;
    while (heap.size > 0) {
      const v = heap.pop();
      done[v] = 1;
      order[count++] = v;
      const d = dist[v]!;
      if (d > 0) {
        total += d;
        inverse += 1 / d;
      }
      for (let e = start[v]!, stop = start[v + 1]!; e < stop; e++) {
        const w = adj[e]!;
        const vw = d + len[e]!;
        if (!done[w] && vw < dist[w]!) {
          dist[w] = vw;
          heap.set(w);
        }
      }
    }
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      dist[v] = Infinity;
      done[v] = 0;
    }
    sums.total[s] = total;
    sums.reached[s] = count - 1;
    sums.inverse[s] = inverse;
  }
}

/** One multi-source BFS over up to 32 sources (bit b of a node's masks stands for batch[b]). */
function multiSourceBatch(start: Int32Array, adj: Int32Array, batch: Int32Array, size: number, sums: DistanceSums, ws: DistanceWorkspace): void {
  const { seen, order: touched } = ws;
  let { visit, next, frontier, nextFrontier } = ws;
  const count = new Float64Array(size);
  let touchedCount = 0;
  let width = 0;
  for (let b = 0; b < size; b++) {
    const s = batch[b]!;
    if (seen[s] === 0) {
      touched[touchedCount++] = s;
      frontier[width++] = s;
    }
    seen[s]! |= 1 << b;
    visit[s]! |= 1 << b;
  }
  for (let level = 1; width > 0; level++) {
    let nextWidth = 0;
    for (let i = 0; i < width; i++) {
      const v = frontier[i]!;
      const bits = visit[v]!;
      for (let e = start[v]!, stop = start[v + 1]!; e < stop; e++) {
        const w = adj[e]!;
        const fresh = bits & ~seen[w]!;
        if (fresh !== 0) {
          if (next[w] === 0) nextFrontier[nextWidth++] = w;
          if (seen[w] === 0) touched[touchedCount++] = w;
          next[w]! |= fresh;
          seen[w]! |= fresh;
        }
      }
    }
    for (let i = 0; i < width; i++) visit[frontier[i]!] = 0;
    for (let i = 0; i < nextWidth; i++) {
      let bits = next[nextFrontier[i]!]!;
      while (bits !== 0) {
        count[31 - Math.clz32(bits & -bits)]!++;
        bits &= bits - 1;
      }
    }
    for (let b = 0; b < size; b++) {
      const c = count[b]!;
      if (c === 0) continue;
      const s = batch[b]!;
      sums.total[s]! += c * level;
      sums.reached[s]! += c;
      sums.inverse[s]! += c / level;
      count[b] = 0;
    }
    [visit, next] = [next, visit];
    [frontier, nextFrontier] = [nextFrontier, frontier];
    width = nextWidth;
  }
  for (let i = 0; i < touchedCount; i++) seen[touched[i]!] = 0;
  // the swaps may have exchanged the buffers: keep them for the next batch (all zero again)
  ws.visit = visit;
  ws.next = next;
  ws.frontier = frontier;
  ws.nextFrontier = nextFrontier;
}

/**
 * Closeness from distance sums, as NetworkX (Wasserman–Faust scaling when `wfImproved`): 0 for a
 * node no other node reaches.
 *
 * @param sums - from {@link accumulateDistanceSums} in direction `in`
 * @param wfImproved - scale by the share of nodes reached
 * @example
 * const closeness = closenessFromSums(sums, true);
 */
export function closenessFromSums(sums: DistanceSums, wfImproved: boolean): Float64Array {
  const n = sums.total.length;
  const out = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const total = sums.total[u]!;
    if (total > 0 && n > 1) {
      const reached = sums.reached[u]!;
      out[u] = reached / total;
      if (wfImproved) out[u]! *= reached / (n - 1);
    }
  }
  return out;
}
