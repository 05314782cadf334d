/**
 * Exact betweenness, closeness and harmonic centrality and approximate betweenness with their
 * sources (or samples) split over worker threads (Node only: the CLI's fast path). Each returns
 * exactly what the single-thread function returns (values by node index), up to the order of
 * floating-point additions; approximate betweenness returns the same values for any number of
 * workers.
 */
import { availableParallelism } from 'node:os';
import { nodeCount, type AdjacencyArrays } from '../adjacency-arrays.js';
import {
  DEFAULTS as APPROXIMATE_DEFAULTS,
  samplingPlan,
  scaleSampleCounts,
  vertexDiameterBound,
  type ApproximateBetweennessOptions,
  type SamplingPlan,
} from '../centrality/approximate-betweenness.js';
import { scaleBetweenness } from '../centrality/betweenness-accumulate.js';
import type { ProgressCallback } from '../centrality/progress.js';
import { closenessFromSums, type DistanceSums, type SumDirection } from '../paths/distance-sums.js';
import { PARALLEL_MIN_WORK, PARALLEL_MIN_WORK_DISTANCES } from './thresholds.js';
import { runInWorkers } from './worker-pool.js';

export interface ParallelOptions {
  /** Worker threads (default: os.availableParallelism()). */
  workers: number;
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
}

export const DEFAULTS: ParallelOptions = { workers: availableParallelism() };

// the cut-offs live with the measure names, readable without this module's imports (the CLI's help)
export { PARALLEL_MIN_WORK, PARALLEL_MIN_WORK_DISTANCES };

/**
 * Whether an all-sources measure on `g` is worth splitting over threads.
 *
 * @param g - adjacency arrays
 * @param measure - `betweenness`, or `distances` for closeness and harmonic centrality
 * @returns true when nodes × arcs reaches {@link PARALLEL_MIN_WORK} (or {@link PARALLEL_MIN_WORK_DISTANCES})
 * @example
 * if (worthParallel(g)) values = await betweennessParallel(g);
 */
export function worthParallel(g: AdjacencyArrays, measure: 'betweenness' | 'distances' = 'betweenness'): boolean {
  const n = nodeCount(g);
  return n * Math.max(1, g.outStart[n]!) >= (measure === 'betweenness' ? PARALLEL_MIN_WORK : PARALLEL_MIN_WORK_DISTANCES);
}

/**
 * Exact betweenness (NetworkX's `betweenness_centrality`) over worker threads.
 *
 * @param g - adjacency arrays of the view
 * @param options - workers, normalisation, abort signal, progress (sources done)
 * @returns betweenness by node index
 * @throws AbortedError when aborted
 * @example
 * const b = await betweennessParallel(indexGraph(view), { workers: 2 });
 */
export async function betweennessParallel(g: AdjacencyArrays, options: Partial<ParallelOptions & { normalized: boolean }> = {}): Promise<Float64Array> {
  const { normalized = true, ...rest } = options;
  const n = nodeCount(g);
  if (n === 0) return new Float64Array(0);
  // strided: the same digits on every run with the same number of workers
  const [raw] = await runInWorkers(g, { kind: 'betweenness' }, n, { ...DEFAULTS, ...rest, schedule: 'strided' });
  return scaleBetweenness(raw!, g.directed, normalized);
}

/**
 * Per-source distance sums over worker threads (closeness and harmonic centrality read them).
 *
 * @param g - adjacency arrays of the view
 * @param direction - `in` for closeness and harmonic centrality (distances to the node)
 * @param options - workers, abort signal, progress (sources done)
 * @returns sums by node index
 * @throws AbortedError when aborted
 * @example
 * const sums = await distanceSumsParallel(g, 'in');
 * const harmonic = sums.inverse;
 */
export async function distanceSumsParallel(g: AdjacencyArrays, direction: SumDirection, options: Partial<ParallelOptions> = {}): Promise<DistanceSums> {
  const n = nodeCount(g);
  if (n === 0) return { total: new Float64Array(0), reached: new Float64Array(0), inverse: new Float64Array(0) };
  const settings = { ...DEFAULTS, ...options };
  // whole batches of 32 sources per range (the multi-source search runs 32 at once)
  const rangeSize = 32 * Math.max(1, Math.ceil(n / (settings.workers * 16 * 32)));
  const [total, reached, inverse] = await runInWorkers(g, { kind: 'distance-sums', direction }, n, { ...settings, rangeSize });
  return { total: total!, reached: reached!, inverse: inverse! };
}

/**
 * Closeness centrality (NetworkX, Wasserman–Faust) over worker threads.
 *
 * @param g - adjacency arrays of the view
 * @param options - workers, abort signal, progress
 * @returns closeness by node index
 * @example
 * const c = await closenessParallel(g);
 */
export async function closenessParallel(g: AdjacencyArrays, options: Partial<ParallelOptions> = {}): Promise<Float64Array> {
  return closenessFromSums(await distanceSumsParallel(g, 'in', options), true);
}

/**
 * Harmonic centrality (NetworkX) over worker threads.
 *
 * @param g - adjacency arrays of the view
 * @param options - workers, abort signal, progress
 * @returns harmonic centrality by node index
 * @example
 * const h = await harmonicParallel(g);
 */
export async function harmonicParallel(g: AdjacencyArrays, options: Partial<ParallelOptions> = {}): Promise<Float64Array> {
  return (await distanceSumsParallel(g, 'in', options)).inverse;
}

/**
 * Approximate betweenness (Riondato–Kornaropoulos sampling, see `approximateBetweenness`) with the
 * sample chunks split over worker threads; equal to the single-thread result for the same seed.
 *
 * @param g - adjacency arrays of the view
 * @param options - ε, δ, seed, chunk size, workers, abort signal, progress (chunks done)
 * @returns estimates by node index and the sampling plan
 * @throws AbortedError when aborted
 * @example
 * const { values, plan } = await approximateBetweennessParallel(g, { epsilon: 0.01, delta: 0.1, seed: 1 });
 */
export async function approximateBetweennessParallel(
  g: AdjacencyArrays,
  options: Partial<ApproximateBetweennessOptions & ParallelOptions> = {},
): Promise<{ values: Float64Array; plan: SamplingPlan }> {
  const { epsilon, delta, seed, chunkSize, workers, signal, onProgress } = { ...APPROXIMATE_DEFAULTS, ...DEFAULTS, ...options };
  const n = nodeCount(g);
  const plan = samplingPlan(n, n > 2 ? vertexDiameterBound(g) : 0, epsilon, delta);
  const chunks = Math.ceil(plan.samples / chunkSize);
  if (chunks === 0) return { values: new Float64Array(n), plan };
  const [counts] = await runInWorkers(g, { kind: 'betweenness-samples', seed, samples: plan.samples, chunkSize }, chunks, {
    workers,
    rangeSize: 1,
    ...(signal ? { signal } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  return { values: scaleSampleCounts(counts!, plan.samples), plan };
}
