/**
 * Single-source shortest paths with path counts and predecessors (Brandes 2001), by breadth-first
 * search on unweighted views and Dijkstra's algorithm on weighted ones. Betweenness, subset
 * betweenness, closeness and harmonic centrality are built on it.
 *
 * The Dijkstra variant follows NetworkX's `_single_source_dijkstra_path_basic`: a heap ordered by
 * (distance, insertion count), and two paths are equally short when their float lengths are
 * exactly equal, each length summed along the path from the source.
 */
import type { IndexedGraph } from '../indexed-graph.js';

/** Which way a search follows arcs: `out` from the source, `in` towards it (reversed arcs). */
export type SearchDirection = 'out' | 'in';

/** Reusable buffers of one search (allocate once per measure, reuse for every source). */
export interface ShortestPathState {
  /** Nodes in order of non-decreasing distance; `count` of them are valid. */
  order: Int32Array;
  count: number;
  /** Distance from the source, Infinity when unreached. */
  dist: Float64Array;
  /** Number of shortest paths from the source. */
  sigma: Float64Array;
  /** Predecessors of node w: pred[predStart[w] .. predStart[w] + predCount[w]). */
  pred: Int32Array;
  predStart: Int32Array;
  predCount: Int32Array;
}

/** Allocates buffers for searches on `g` in the given direction. */
export function createShortestPathState(g: IndexedGraph, direction: SearchDirection = 'out'): ShortestPathState {
  const n = g.nodes.length;
  // predecessors of w in an out-search are among its in-neighbours, and vice versa
  const predStart = direction === 'out' ? g.inStart : g.outStart;
  return {
    order: new Int32Array(n),
    count: 0,
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    pred: new Int32Array(Math.max(predStart[n] ?? 0, 1)),
    predStart,
    predCount: new Int32Array(n),
  };
}

function reset(state: ShortestPathState): void {
  for (let i = 0; i < state.count; i++) {
    const v = state.order[i]!;
    state.dist[v] = Infinity;
    state.sigma[v] = 0;
    state.predCount[v] = 0;
  }
  state.count = 0;
}

/** A binary min-heap of (distance, sequence, node, predecessor) entries. */
class DistanceHeap {
  private dist: number[] = [];
  private seq: number[] = [];
  private node: number[] = [];
  private from: number[] = [];
  private counter = 0;

  get size(): number {
    return this.dist.length;
  }

  private less(a: number, b: number): boolean {
    const da = this.dist[a]!;
    const db = this.dist[b]!;
    return da < db || (da === db && this.seq[a]! < this.seq[b]!);
  }

  private swap(a: number, b: number): void {
    for (const arr of [this.dist, this.seq, this.node, this.from]) {
      const t = arr[a]!;
      arr[a] = arr[b]!;
      arr[b] = t;
    }
  }

  push(dist: number, node: number, from: number): void {
    this.dist.push(dist);
    this.seq.push(this.counter++);
    this.node.push(node);
    this.from.push(from);
    let i = this.dist.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the smallest entry and returns [dist, node, from]. */
  pop(): [number, number, number] {
    const top: [number, number, number] = [this.dist[0]!, this.node[0]!, this.from[0]!];
    const last = this.dist.length - 1;
    this.swap(0, last);
    this.dist.pop();
    this.seq.pop();
    this.node.pop();
    this.from.pop();
    let i = 0;
    const n = this.dist.length;
    while (true) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }
}

/**
 * Runs one single-source search from `source`, filling `state` (which is reset first).
 *
 * @param g - the indexed view
 * @param source - index of the source node
 * @param state - buffers from {@link createShortestPathState} for the same direction
 * @param direction - `out` follows arcs, `in` follows them backwards (distances *to* the source)
 * @param weighted - read edge distances (Dijkstra) or count hops (BFS)
 * @param counting - also count shortest paths and record predecessors (betweenness needs them;
 *   closeness and harmonic centrality only need distances)
 * @example
 * const state = createShortestPathState(g);
 * singleSourceShortestPaths(g, 0, state, 'out', g.weighted);
 */
export function singleSourceShortestPaths(
  g: IndexedGraph,
  source: number,
  state: ShortestPathState,
  direction: SearchDirection,
  weighted: boolean,
  counting = true,
): void {
  reset(state);
  const start = direction === 'out' ? g.outStart : g.inStart;
  const adj = direction === 'out' ? g.outTargets : g.inSources;
  const len = direction === 'out' ? g.outDistance : g.inDistance;
  const { order, dist, sigma, pred, predStart, predCount } = state;
  const addPred = (w: number, v: number) => {
    pred[predStart[w]! + predCount[w]!] = v;
    predCount[w]!++;
  };
  if (!weighted) {
    dist[source] = 0;
    sigma[source] = 1;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let e = start[v]!, end = start[v + 1]!; e < end; e++) {
        const w = adj[e]!;
        if (dist[w] === Infinity) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (counting && dist[w] === dv) {
          sigma[w]! += sv;
          pred[predStart[w]! + predCount[w]!] = v;
          predCount[w]!++;
        }
      }
    }
    state.count = tail;
    return;
  }
  // Dijkstra, as NetworkX: `seen` holds tentative distances, `dist` the final ones
  const seen = state.dist; // tentative and final distances share one array
  const done = new Uint8Array(g.nodes.length);
  const heap = new DistanceHeap();
  seen[source] = 0;
  sigma[source] = 1;
  heap.push(0, source, source);
  let count = 0;
  while (heap.size > 0) {
    const [d, v, from] = heap.pop();
    if (done[v]) continue;
    if (v !== source) sigma[v]! += sigma[from]!;
    done[v] = 1;
    order[count++] = v;
    seen[v] = d;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = adj[e]!;
      const vw = d + len[e]!;
      if (!done[w] && vw < seen[w]!) {
        seen[w] = vw;
        heap.push(vw, w, v);
        sigma[w] = 0;
        predCount[w] = 0;
        addPred(w, v);
      } else if (vw === seen[w]) {
        sigma[w]! += sigma[v]!;
        addPred(w, v);
      }
    }
  }
  state.count = count; // every node given a distance is popped, so `order` lists all that reset() must clear
}
