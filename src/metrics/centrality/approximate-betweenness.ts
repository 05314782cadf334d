/**
 * Approximate betweenness by shortest-path sampling (Riondato & Kornaropoulos 2016, "Fast
 * approximation of betweenness centrality through sampling", Data Mining and Knowledge Discovery
 * 30): r pairs (u, v), u ≠ v, are drawn uniformly from the n(n−1) ordered pairs; for each pair
 * joined by a path, one shortest u–v path is drawn uniformly among all of them and every node
 * strictly inside it gains 1/r. With
 *
 *   r = ⌈(c / ε'²) (⌊log2(VD − 2)⌋ + 1 + ln(1/δ))⌉,  c = 0.5,
 *
 * where VD bounds the vertex diameter (the most nodes on any shortest path), every node's estimate
 * is within ε' of its betweenness normalised by n(n−1), all at once, with probability at least
 * 1 − δ. NetworkX normalises by (n−1)(n−2) instead (the same sum over ordered pairs, on directed
 * and undirected views alike), so ecograph reports the estimate × n/(n−2) and draws with
 * ε' = ε(n−2)/n: **with probability at least 1 − δ, every value is within ε of NetworkX's
 * `betweenness_centrality(G, normalized=True)`.**
 *
 * Disconnected graphs: pairs are drawn over all ordered pairs; a pair with no path adds nothing,
 * as it adds nothing to the exact sum, so the estimate stays unbiased and the bound holds with VD
 * the largest bound over the components. VD: on an unweighted undirected view, 2 × (eccentricity
 * of one node of the component) + 1 per component (any shortest path detours at most through that
 * node); on directed or weighted views, the size of the largest weakly connected component (no
 * path repeats a node).
 *
 * A sample on an unweighted view is a balanced bidirectional breadth-first search (the side whose
 * frontier has the smaller degree sum grows by one level until the two meet), which visits far
 * fewer arcs than a full search on large graphs; weighted views run Dijkstra from u until v is
 * settled. Samples come in chunks of fixed size, chunk j drawn from `createRng` seeded with
 * (seed, j), and nodes count whole path visits, so the result depends only on the seed and not on
 * how chunks are split over threads. Browser-safe.
 */
import { createRng } from '../../model/random.js';
import { nodeCount, type AdjacencyArrays } from '../adjacency-arrays.js';
import { indexGraph, toNodeMap } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import { DistanceHeap } from '../paths/distance-heap.js';
import type { ViewGraph } from '../view.js';
import type { ProgressCallback } from './progress.js';

export interface ApproximateBetweennessOptions {
  /** Largest error allowed on every normalised value. */
  epsilon: number;
  /** Probability that some value misses by more than epsilon. */
  delta: number;
  /** Seed of the pair and path draws. */
  seed: number;
  /** Samples per chunk (each chunk has its own seeded random stream). */
  chunkSize: number;
  onProgress?: ProgressCallback;
}

export const DEFAULTS: ApproximateBetweennessOptions = { epsilon: 0.01, delta: 0.1, seed: 1, chunkSize: 256 };

/** Riondato–Kornaropoulos's constant c in the sample size. */
export const SAMPLE_CONSTANT = 0.5;

/** What a sampling run drew, beside its values. */
export interface SamplingPlan {
  /** Number of samples r. */
  samples: number;
  /** The vertex-diameter bound used. */
  vertexDiameter: number;
  /** The ε' of the draw (on the n(n−1) normalisation). */
  epsilonDrawn: number;
}

/**
 * An upper bound on the vertex diameter (most nodes on a shortest path) of a view.
 *
 * @param g - adjacency arrays
 * @returns 2 × eccentricity + 1 maximised over components (unweighted undirected), else the
 *   largest weakly connected component's size
 * @example
 * vertexDiameterBound(indexGraph(view));
 */
export function vertexDiameterBound(g: AdjacencyArrays): number {
  const n = nodeCount(g);
  const hops = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const symmetric = !g.directed && !g.weighted;
  let bound = 0;
  for (let root = 0; root < n; root++) {
    if (hops[root]! >= 0) continue;
    hops[root] = 0;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    let ecc = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = hops[v]! + 1;
      for (let pass = 0; pass < (g.directed ? 2 : 1); pass++) {
        const start = pass === 0 ? g.outStart : g.inStart;
        const adj = pass === 0 ? g.outTargets : g.inSources;
        for (let e = start[v]!; e < start[v + 1]!; e++) {
          const w = adj[e]!;
          if (hops[w]! < 0) {
            hops[w] = next;
            queue[tail++] = w;
            if (next > ecc) ecc = next;
          }
        }
      }
    }
    bound = Math.max(bound, symmetric ? Math.min(2 * ecc + 1, tail) : tail);
  }
  return bound;
}

/**
 * The Riondato–Kornaropoulos sample size for NetworkX-normalised error ε.
 *
 * @param n - number of nodes
 * @param vertexDiameter - a vertex-diameter bound ({@link vertexDiameterBound})
 * @param epsilon - error bound on NetworkX's normalisation
 * @param delta - failure probability
 * @returns the plan (0 samples when no shortest path has an inner node: every value is 0)
 * @example
 * samplingPlan(10_000, 15, 0.01, 0.1).samples;
 */
export function samplingPlan(n: number, vertexDiameter: number, epsilon: number, delta: number): SamplingPlan {
  if (!(epsilon > 0 && epsilon < 1)) throw new MetricError('betweenness', `epsilon must be in (0, 1), got ${epsilon}`);
  if (!(delta > 0 && delta < 1)) throw new MetricError('betweenness', `delta must be in (0, 1), got ${delta}`);
  const epsilonDrawn = n > 2 ? (epsilon * (n - 2)) / n : epsilon;
  if (n <= 2 || vertexDiameter < 3) return { samples: 0, vertexDiameter, epsilonDrawn };
  const samples = Math.ceil((SAMPLE_CONSTANT / (epsilonDrawn * epsilonDrawn)) * (Math.floor(Math.log2(vertexDiameter - 2)) + 1 + Math.log(1 / delta)));
  return { samples, vertexDiameter, epsilonDrawn };
}

/** Buffers of one thread's samples. */
export interface SamplingWorkspace {
  distS: Int32Array;
  distT: Int32Array;
  sigmaS: Float64Array;
  sigmaT: Float64Array;
  orderS: Int32Array;
  orderT: Int32Array;
  meet: Int32Array;
  dist?: Float64Array;
  done?: Uint8Array;
  heap?: DistanceHeap;
}

/** Allocates the buffers for sampling on `g`. */
export function createSamplingWorkspace(g: AdjacencyArrays): SamplingWorkspace {
  const n = nodeCount(g);
  const ws: SamplingWorkspace = {
    distS: new Int32Array(n).fill(-1),
    distT: new Int32Array(n).fill(-1),
    sigmaS: new Float64Array(n),
    sigmaT: new Float64Array(n),
    orderS: new Int32Array(n),
    orderT: new Int32Array(n),
    meet: new Int32Array(n),
  };
  if (g.weighted) {
    ws.dist = new Float64Array(n).fill(Infinity);
    ws.done = new Uint8Array(n);
    ws.heap = new DistanceHeap(n, ws.dist);
  }
  return ws;
}

/** A 32-bit seed for chunk j of a run seeded `seed`. */
function chunkSeed(seed: number, chunk: number): number {
  let h = (Math.floor(seed) ^ Math.imul(chunk + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Draws the samples of chunks `first` … `end − 1` and adds, per node, how many sampled paths pass
 * strictly through it.
 *
 * @param g - adjacency arrays
 * @param first - first chunk
 * @param end - chunks stop before this one
 * @param plan - total samples (the last chunk may be short) and chunk size
 * @param seed - the run's seed
 * @param counts - per-node counts, added to
 * @param ws - buffers from {@link createSamplingWorkspace}
 * @example
 * sampleShortestPaths(g, 0, chunks, { samples: r, chunkSize: 256 }, 1, counts, ws);
 */
export function sampleShortestPaths(
  g: AdjacencyArrays,
  first: number,
  end: number,
  plan: { samples: number; chunkSize: number },
  seed: number,
  counts: Float64Array,
  ws: SamplingWorkspace,
): void {
  const n = nodeCount(g);
  for (let chunk = first; chunk < end; chunk++) {
    const rng = createRng(chunkSeed(seed, chunk));
    const stop = Math.min(plan.samples, (chunk + 1) * plan.chunkSize);
    for (let i = chunk * plan.chunkSize; i < stop; i++) {
      const u = Math.floor(rng.next() * n);
      let v = Math.floor(rng.next() * (n - 1));
      if (v >= u) v++;
      if (g.weighted) weightedSample(g, u, v, rng.next, counts, ws);
      else bidirectionalSample(g, u, v, rng.next, counts, ws);
    }
  }
}

/** Picks index i of `items` with probability weight(i) / Σ weight. */
function pickWeighted(count: number, weight: (i: number) => number, total: number, random: () => number): number {
  let target = random() * total;
  for (let i = 0; i < count - 1; i++) {
    target -= weight(i);
    if (target < 0) return i;
  }
  return count - 1;
}

function bidirectionalSample(g: AdjacencyArrays, s: number, t: number, random: () => number, counts: Float64Array, ws: SamplingWorkspace): void {
  const { outStart, outTargets, inStart, inSources } = g;
  const { distS, distT, sigmaS, sigmaT, orderS, orderT, meet } = ws;
  distS[s] = 0;
  sigmaS[s] = 1;
  orderS[0] = s;
  distT[t] = 0;
  sigmaT[t] = 1;
  orderT[0] = t;
  // frontier of each side: order[front .. end); its level; the degree sum it would expand
  let frontS = 0;
  let endS = 1;
  let levelS = 0;
  let costS = outStart[s + 1]! - outStart[s]!;
  let frontT = 0;
  let endT = 1;
  let levelT = 0;
  let costT = inStart[t + 1]! - inStart[t]!;
  let meetCount = 0;
  while (frontS < endS && frontT < endT) {
    if (costS <= costT) {
      const next = levelS + 1;
      let tail = endS;
      let cost = 0;
      for (let i = frontS; i < endS; i++) {
        const x = orderS[i]!;
        const sx = sigmaS[x]!;
        for (let e = outStart[x]!, stop = outStart[x + 1]!; e < stop; e++) {
          const y = outTargets[e]!;
          const dy = distS[y]!;
          if (dy < 0) {
            distS[y] = next;
            sigmaS[y] = sx;
            orderS[tail++] = y;
            cost += outStart[y + 1]! - outStart[y]!;
          } else if (dy === next) sigmaS[y]! += sx;
        }
      }
      frontS = endS;
      endS = tail;
      levelS = next;
      costS = cost;
      for (let i = frontS; i < endS; i++) if (distT[orderS[i]!]! >= 0) meet[meetCount++] = orderS[i]!;
    } else {
      const next = levelT + 1;
      let tail = endT;
      let cost = 0;
      for (let i = frontT; i < endT; i++) {
        const x = orderT[i]!;
        const sx = sigmaT[x]!;
        for (let e = inStart[x]!, stop = inStart[x + 1]!; e < stop; e++) {
          const y = inSources[e]!;
          const dy = distT[y]!;
          if (dy < 0) {
            distT[y] = next;
            sigmaT[y] = sx;
            orderT[tail++] = y;
            cost += inStart[y + 1]! - inStart[y]!;
          } else if (dy === next) sigmaT[y]! += sx;
        }
      }
      frontT = endT;
      endT = tail;
      levelT = next;
      costT = cost;
      for (let i = frontT; i < endT; i++) if (distS[orderT[i]!]! >= 0) meet[meetCount++] = orderT[i]!;
    }
    if (meetCount > 0) break;
  }
  if (meetCount > 0) {
    // every shortest path crosses exactly one meeting node w, in σs(w)·σt(w) ways
    let total = 0;
    for (let i = 0; i < meetCount; i++) total += sigmaS[meet[i]!]! * sigmaT[meet[i]!]!;
    const w = meet[pickWeighted(meetCount, (i) => sigmaS[meet[i]!]! * sigmaT[meet[i]!]!, total, random)]!;
    if (w !== s && w !== t) counts[w]!++;
    // towards s: a predecessor p of x (arc p → x, one level closer) with probability σs(p)/σs(x)
    let x = w;
    while (distS[x]! > 0) {
      const level = distS[x]! - 1;
      let target = random() * sigmaS[x]!;
      let chosen = -1;
      for (let e = inStart[x]!, stop = inStart[x + 1]!; e < stop; e++) {
        const p = inSources[e]!;
        if (distS[p] !== level) continue;
        chosen = p;
        target -= sigmaS[p]!;
        if (target < 0) break;
      }
      x = chosen;
      if (x !== s) counts[x]!++;
    }
    // towards t: a successor q of x (arc x → q, one level closer to t) with probability σt(q)/σt(x)
    x = w;
    while (distT[x]! > 0) {
      const level = distT[x]! - 1;
      let target = random() * sigmaT[x]!;
      let chosen = -1;
      for (let e = outStart[x]!, stop = outStart[x + 1]!; e < stop; e++) {
        const q = outTargets[e]!;
        if (distT[q] !== level) continue;
        chosen = q;
        target -= sigmaT[q]!;
        if (target < 0) break;
      }
      x = chosen;
      if (x !== t) counts[x]!++;
    }
  }
  for (let i = 0; i < endS; i++) distS[orderS[i]!] = -1;
  for (let i = 0; i < endT; i++) distT[orderT[i]!] = -1;
}

function weightedSample(g: AdjacencyArrays, s: number, t: number, random: () => number, counts: Float64Array, ws: SamplingWorkspace): void {
  const { outStart, outTargets, outDistance, inStart, inSources, inDistance } = g;
  const { sigmaS: sigma, orderS: order } = ws;
  const dist = ws.dist!;
  const done = ws.done!;
  const heap = ws.heap!;
  // touched nodes (given a distance) are kept in orderT for the reset
  const touched = ws.orderT;
  let touchedCount = 0;
  dist[s] = 0;
  sigma[s] = 1;
  touched[touchedCount++] = s;
  heap.clear();
  heap.set(s);
  let count = 0;
  let reached = false;
  while (heap.size > 0) {
    const v = heap.pop();
    done[v] = 1;
    order[count++] = v;
    if (v === t) {
      reached = true;
      break;
    }
    const d = dist[v]!;
    for (let e = outStart[v]!, stop = outStart[v + 1]!; e < stop; e++) {
      const w = outTargets[e]!;
      if (done[w]) continue;
      const vw = d + outDistance[e]!;
      if (vw < dist[w]!) {
        if (dist[w] === Infinity) touched[touchedCount++] = w;
        dist[w] = vw;
        sigma[w] = sigma[v]!;
        heap.set(w);
      } else if (vw === dist[w]) sigma[w]! += sigma[v]!;
    }
  }
  if (reached) {
    let x = t;
    while (x !== s) {
      let target = random() * sigma[x]!;
      let chosen = -1;
      for (let e = inStart[x]!, stop = inStart[x + 1]!; e < stop; e++) {
        const p = inSources[e]!;
        if (!done[p] || dist[p]! + inDistance[e]! !== dist[x]) continue;
        chosen = p;
        target -= sigma[p]!;
        if (target < 0) break;
      }
      x = chosen;
      if (x !== s) counts[x]!++;
    }
  }
  for (let i = 0; i < touchedCount; i++) {
    const v = touched[i]!;
    dist[v] = Infinity;
    sigma[v] = 0;
    done[v] = 0;
  }
}

/**
 * Turns path counts into NetworkX-normalised betweenness estimates (count / r × n/(n−2)).
 *
 * @param counts - per-node counts over all r samples
 * @param samples - r
 * @returns the estimates (in place)
 * @example
 * scaleSampleCounts(counts, plan.samples);
 */
export function scaleSampleCounts(counts: Float64Array, samples: number): Float64Array {
  const n = counts.length;
  if (samples === 0) return counts.fill(0);
  const scale = n / (n - 2) / samples;
  for (let i = 0; i < n; i++) counts[i]! *= scale;
  return counts;
}

/**
 * Approximate betweenness on the indexed form, on one thread.
 *
 * @param g - adjacency arrays
 * @param options - ε, δ, seed, chunk size, progress
 * @returns the estimates by node index and the sampling plan
 * @throws MetricError for ε or δ outside (0, 1)
 * @example
 * const { values, plan } = approximateBetweennessValues(indexGraph(view), { epsilon: 0.02 });
 */
export function approximateBetweennessValues(g: AdjacencyArrays, options: Partial<ApproximateBetweennessOptions> = {}): { values: Float64Array; plan: SamplingPlan } {
  const { epsilon, delta, seed, chunkSize, onProgress } = { ...DEFAULTS, ...options };
  const n = nodeCount(g);
  const plan = samplingPlan(n, n > 2 ? vertexDiameterBound(g) : 0, epsilon, delta);
  const counts = new Float64Array(n);
  const ws = createSamplingWorkspace(g);
  const chunks = Math.ceil(plan.samples / chunkSize);
  for (let c = 0; c < chunks; c++) {
    sampleShortestPaths(g, c, c + 1, { samples: plan.samples, chunkSize }, seed, counts, ws);
    onProgress?.(c + 1, chunks);
  }
  return { values: scaleSampleCounts(counts, plan.samples), plan };
}

/**
 * Approximate betweenness of every node of a view: within ε of NetworkX's normalised betweenness
 * for all nodes at once with probability at least 1 − δ.
 *
 * @param graph - a view (weighted views use edge distances)
 * @param options - ε, δ, seed, progress
 * @returns estimates by node id
 * @example
 * approximateBetweenness(buildView(eco).graph, { epsilon: 0.01, delta: 0.1, seed: 7 });
 * @see https://doi.org/10.1007/s10618-015-0423-0 (Riondato & Kornaropoulos 2016)
 */
export function approximateBetweenness(graph: ViewGraph, options: Partial<ApproximateBetweennessOptions> = {}): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, approximateBetweennessValues(g, options).values);
}
