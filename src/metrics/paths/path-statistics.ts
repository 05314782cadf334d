/**
 * The path statistics of `describe` from one pass over the sources: for each source, one
 * breadth-first search of Brandes' algorithm (2001) gives the hop distances to every node it
 * reaches and the numbers of shortest paths; its backward pass gives the source's dependencies,
 * added into raw betweenness. The same search yields, when the source lies in the chosen component
 * (the largest connected, or strongly connected, component), the sum of its distances to the other
 * nodes of that component and its eccentricity there: the average shortest-path length, the
 * diameter and closeness centralization read those. Inside a strongly connected component every
 * shortest path between two of its nodes stays in it (each node on such a path is reached from the
 * first end and reaches the second, which reaches the first), so the distances of the whole view
 * are the component's. Hops only: weights are not read.
 *
 * Sources are processed in fixed chunks of {@link PATH_CHUNK} (0–255, 256–511, …): each chunk's
 * betweenness is accumulated into a zeroed array and the chunks are added to the total in chunk
 * order, so the digits do not depend on how many threads processed the chunks. Browser-safe.
 */
import { nodeCount, type AdjacencyArrays } from '../adjacency-arrays.js';
import { addDependencies, hopSearch, type HopSearchBuffers } from '../centrality/betweenness-accumulate.js';

/** Sources per chunk; chunk boundaries fix the order of the floating-point sums. */
export const PATH_CHUNK = 256;

/** Per-source results (indexed by source) and raw betweenness (indexed by node). */
export interface PathStatisticsTotals {
  /** Brandes' raw betweenness: the dependencies summed over every source (undirected views count each pair twice). */
  betweenness: Float64Array;
  /** For sources in the component: Σ hops to the other nodes of the component; 0 elsewhere. */
  distanceSum: Float64Array;
  /** For sources in the component: the largest hop count to a node of the component; 0 elsewhere. */
  eccentricity: Float64Array;
}

/** Buffers of one thread's searches (allocate once, reuse for every source). */
export type PathStatisticsWorkspace = HopSearchBuffers;

/** Allocates zeroed totals for a graph of n nodes. */
export function createPathStatisticsTotals(n: number): PathStatisticsTotals {
  return { betweenness: new Float64Array(n), distanceSum: new Float64Array(n), eccentricity: new Float64Array(n) };
}

/** Allocates the buffers for searches on `g`. */
export function createPathStatisticsWorkspace(g: AdjacencyArrays): PathStatisticsWorkspace {
  const n = nodeCount(g);
  return {
    order: new Int32Array(n),
    hops: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coefficient: new Float64Array(n),
    succ: new Int32Array(Math.max(g.outStart[n]!, 1)),
    succStart: new Int32Array(n + 1),
  };
}

/**
 * Searches from sources `first`, `first + step`, … below `end`: adds their dependencies to
 * `betweenness` and writes `distanceSum` and `eccentricity` at each source of the component.
 *
 * @param g - adjacency arrays of the view (out-arcs are followed; distances are hops)
 * @param label - component label of each node
 * @param component - the label of the component whose distances are summed
 * @param first - the first source
 * @param end - sources stop before this index
 * @param out - betweenness added to; per-source arrays written
 * @param ws - buffers from {@link createPathStatisticsWorkspace}
 * @param step - distance between sources
 * @example
 * const out = createPathStatisticsTotals(n);
 * accumulatePathStatistics(g, label, core, 0, n, out, createPathStatisticsWorkspace(g));
 */
export function accumulatePathStatistics(
  g: AdjacencyArrays,
  label: Int32Array,
  component: number,
  first: number,
  end: number,
  out: PathStatisticsTotals,
  ws: PathStatisticsWorkspace,
  step = 1,
): void {
  const { order, hops } = ws;
  const raw = out.betweenness;
  // on an undirected view a search never leaves its component: no label test per node
  const bounded = g.directed;
  for (let s = first; s < end; s += step) {
    const tail = hopSearch(g, s, ws);
    if (label[s] === component) {
      // BFS order: hops never decrease along `order`
      let sum = 0;
      let far = 0;
      if (bounded) {
        for (let i = 1; i < tail; i++) {
          const v = order[i]!;
          if (label[v] === component) {
            const h = hops[v]!;
            sum += h;
            far = h;
          }
        }
      } else {
        for (let i = 1; i < tail; i++) sum += hops[order[i]!]!;
        far = tail > 1 ? hops[order[tail - 1]!]! : 0;
      }
      out.distanceSum[s] = sum;
      out.eccentricity[s] = far;
    }
    addDependencies(ws, tail, raw);
  }
}

/**
 * The path statistics from every source on this thread, chunk by chunk in the fixed order that
 * the worker-thread version ({@link PATH_CHUNK}) also sums in.
 *
 * @param g - adjacency arrays of the view
 * @param label - component label of each node
 * @param component - the label of the component whose distances are summed
 * @returns raw betweenness and the per-source sums and eccentricities
 * @example
 * const { betweenness, distanceSum, eccentricity } = pathStatistics(g, strong.label, core);
 */
export function pathStatistics(g: AdjacencyArrays, label: Int32Array, component: number): PathStatisticsTotals {
  const n = nodeCount(g);
  const totals = createPathStatisticsTotals(n);
  const ws = createPathStatisticsWorkspace(g);
  const chunk = createPathStatisticsTotals(n);
  const shared = { betweenness: chunk.betweenness, distanceSum: totals.distanceSum, eccentricity: totals.eccentricity };
  for (let first = 0; first < n; first += PATH_CHUNK) {
    chunk.betweenness.fill(0);
    accumulatePathStatistics(g, label, component, first, Math.min(n, first + PATH_CHUNK), shared, ws);
    addInto(totals.betweenness, chunk.betweenness);
  }
  return totals;
}

/**
 * Adds `from` into `into`, element by element (the chunk reduction).
 *
 * @param into - the running total
 * @param from - one chunk's array
 * @example
 * addInto(total, chunk);
 */
export function addInto(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
}
