/**
 * The CLI's fast path for the path-based centrality measures (betweenness, closeness, harmonic) on
 * an indexed view: on worker threads when the graph has enough work ({@link worthParallel}), on
 * this thread otherwise, and betweenness by sampling when an (ε, δ) approximation is asked for.
 * Node only. Values equal the single-thread functions (exact measures to rounding, sampled ones
 * exactly for the same seed).
 */
import { approximateBetweennessValues, type SamplingPlan } from '../centrality/approximate-betweenness.js';
import { accumulateBetweenness, createBetweennessWorkspace, scaleBetweenness } from '../centrality/betweenness-accumulate.js';
import type { ProgressCallback } from '../centrality/progress.js';
import type { IndexedGraph } from '../indexed-graph.js';
import { accumulateDistanceSums, closenessFromSums, createDistanceSums, createDistanceWorkspace, type DistanceSums } from '../paths/distance-sums.js';
import { DEFAULTS as PARALLEL_DEFAULTS, approximateBetweennessParallel, betweennessParallel, distanceSumsParallel, worthParallel } from './parallel-measures.js';
import { PATH_MEASURES } from './thresholds.js';
import { AbortedError } from './worker-pool.js';

// the measures this module computes, declared where they can be read without loading it
export { PATH_MEASURES };

/** Sampling runs on worker threads from this many nodes on (below, one thread is faster). */
export const APPROXIMATE_PARALLEL_MIN_NODES = 20_000;

export interface FastCentralityOptions {
  /** Worker threads when the graph is big enough (default: os.availableParallelism()). */
  workers: number;
  /** Betweenness by Riondato–Kornaropoulos sampling instead of exactly. */
  approximate?: { epsilon: number; delta: number; seed: number };
  signal?: AbortSignal;
  /** Progress per measure id. */
  onProgress?: (measure: string) => ProgressCallback;
}

export const DEFAULTS: FastCentralityOptions = { workers: PARALLEL_DEFAULTS.workers };

/** What a sampled betweenness drew (reported beside the values). */
export interface ApproximationReport extends SamplingPlan {
  measure: 'betweenness';
  epsilon: number;
  delta: number;
  seed: number;
}

export interface PathMeasureResult {
  /** Values by node index, per measure id. */
  values: Record<string, Float64Array>;
  /** Whether worker threads ran (and how many). */
  threads: number;
  approximation?: ApproximationReport;
}

/**
 * Betweenness, closeness and/or harmonic centrality of an indexed view, by the fastest route.
 *
 * @param g - the indexed view
 * @param ids - measure ids among {@link PATH_MEASURES} (others are ignored)
 * @param options - workers, approximation, abort signal, progress
 * @returns values by node index per measure
 * @throws AbortedError when the signal aborts
 * @example
 * const { values } = await pathMeasures(indexGraph(view), ['betweenness'], { workers: 2 });
 */
export async function pathMeasures(g: IndexedGraph, ids: readonly string[], options: Partial<FastCentralityOptions> = {}): Promise<PathMeasureResult> {
  const { workers, approximate, signal, onProgress } = { ...DEFAULTS, ...options };
  const n = g.nodes.length;
  const wanted = new Set(ids);
  const values: Record<string, Float64Array> = {};
  const parallel = worthParallel(g, 'betweenness');
  let threads = 0;
  let approximation: ApproximationReport | undefined;
  const check = () => {
    if (signal?.aborted) throw new AbortedError();
  };
  const common = (id: string) => ({ workers, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress: onProgress(id) } : {}) });
  if (wanted.has('betweenness')) {
    check();
    if (approximate) {
      const run =
        n >= APPROXIMATE_PARALLEL_MIN_NODES
          ? await approximateBetweennessParallel(g, { ...approximate, ...common('betweenness') })
          : approximateBetweennessValues(g, { ...approximate, ...(onProgress ? { onProgress: onProgress('betweenness') } : {}) });
      if (n >= APPROXIMATE_PARALLEL_MIN_NODES) threads = workers;
      values.betweenness = run.values;
      approximation = { measure: 'betweenness', ...approximate, ...run.plan };
    } else if (parallel) {
      values.betweenness = await betweennessParallel(g, common('betweenness'));
      threads = workers;
    } else {
      const raw = new Float64Array(n);
      const ws = createBetweennessWorkspace(g);
      inChunks(n, onProgress?.('betweenness'), (first, end) => accumulateBetweenness(g, first, end, raw, ws));
      values.betweenness = scaleBetweenness(raw, g.directed, true);
    }
  }
  if (wanted.has('closeness') || wanted.has('harmonic')) {
    check();
    const id = wanted.has('closeness') ? 'closeness' : 'harmonic';
    let sums: DistanceSums;
    if (worthParallel(g, 'distances')) {
      sums = await distanceSumsParallel(g, 'in', common(id));
      threads = workers;
    } else {
      const into = createDistanceSums(n);
      const ws = createDistanceWorkspace(g);
      inChunks(n, onProgress?.(id), (first, end) => accumulateDistanceSums(g, 'in', first, end, into, ws));
      sums = into;
    }
    if (wanted.has('closeness')) values.closeness = closenessFromSums(sums, true);
    if (wanted.has('harmonic')) values.harmonic = sums.inverse;
  }
  return { values, threads, ...(approximation ? { approximation } : {}) };
}

/** Runs `work` over 0 … n − 1 in chunks of 256, reporting progress after each. */
function inChunks(n: number, onProgress: ProgressCallback | undefined, work: (first: number, end: number) => void): void {
  for (let first = 0; first < n; first += 256) {
    const end = Math.min(n, first + 256);
    work(first, end);
    onProgress?.(end, n);
  }
}
