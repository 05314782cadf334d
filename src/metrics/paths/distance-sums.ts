/**
 * The inner loop of closeness and harmonic centrality: for each source of a range, one
 * single-source search (breadth-first on unweighted views, Dijkstra on weighted ones) and three
 * sums per source — the distances, the nodes reached, and the inverse distances. Callers split the
 * sources (one thread, or ranges over worker threads). Browser-safe.
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
  const ws: DistanceWorkspace = { order: new Int32Array(n), hops: new Int32Array(n).fill(-1) };
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
    const { order, hops } = ws;
    for (let s = first; s < end; s += step) {
      hops[s] = 0;
      order[0] = s;
      let head = 0;
      let tail = 1;
      let total = 0;
      let inverse = 0;
      while (head < tail) {
        const v = order[head++]!;
        const next = hops[v]! + 1;
        const inv = 1 / next;
        for (let e = start[v]!, stop = start[v + 1]!; e < stop; e++) {
          const w = adj[e]!;
          if (hops[w]! < 0) {
            hops[w] = next;
            order[tail++] = w;
            total += next;
            inverse += inv;
          }
        }
      }
      for (let i = 0; i < tail; i++) hops[order[i]!] = -1;
      sums.total[s] = total;
      sums.reached[s] = tail - 1;
      sums.inverse[s] = inverse;
    }
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
