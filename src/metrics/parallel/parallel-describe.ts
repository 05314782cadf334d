/**
 * `describe` with its path statistics (average path length, diameter, closeness and betweenness
 * centralization: one Brandes search per source, `paths/path-statistics.ts`) split over worker
 * threads (Node only: the CLI's path). The sources go out in the fixed chunks of
 * {@link PATH_CHUNK} and the pool adds the chunks' betweenness in chunk order, so the result has
 * the same digits as {@link describeGraph} on one thread, for any number of workers.
 */
import { nodeCount, type AdjacencyArrays } from '../adjacency-arrays.js';
import { PATH_CHUNK, pathStatistics, type PathStatisticsTotals } from '../paths/path-statistics.js';
import { finishDescribe, planDescribe, type DescribeOptions, type DescribeResult } from '../structure/describe.js';
import { DEFAULTS as PARALLEL_DEFAULTS, worthParallel, type ParallelOptions } from './parallel-measures.js';
import { runInWorkers } from './worker-pool.js';

export const DEFAULTS: ParallelOptions = { workers: PARALLEL_DEFAULTS.workers };

/**
 * The path statistics of `describe` over worker threads: equal, digit for digit, to
 * `pathStatistics(g, label, component)`.
 *
 * @param g - adjacency arrays of the view
 * @param label - component label of each node
 * @param component - the component whose distances are summed
 * @param options - workers, abort signal, progress (sources done)
 * @returns raw betweenness and the per-source distance sums and eccentricities
 * @throws AbortedError when aborted
 * @example
 * const paths = await pathStatisticsParallel(plan.g, plan.label, plan.core, { workers: 2 });
 */
export async function pathStatisticsParallel(g: AdjacencyArrays, label: Int32Array, component: number, options: Partial<ParallelOptions> = {}): Promise<PathStatisticsTotals> {
  const n = nodeCount(g);
  if (n === 0) return { betweenness: new Float64Array(0), distanceSum: new Float64Array(0), eccentricity: new Float64Array(0) };
  const [betweenness, distanceSum, eccentricity] = await runInWorkers(g, { kind: 'path-statistics', label, component }, n, {
    ...DEFAULTS,
    ...options,
    rangeSize: PATH_CHUNK,
    schedule: 'dynamic',
  });
  return { betweenness: betweenness!, distanceSum: distanceSum!, eccentricity: eccentricity! };
}

/**
 * {@link describeGraph} with the path statistics on worker threads when the view is large enough
 * to gain from them (`worthParallel`), on this thread otherwise; the same result either way.
 *
 * @param graph - the ecosystem graph
 * @param options - as describeGraph, plus workers, abort signal and progress of the searches
 * @returns the description
 * @throws AbortedError when aborted
 * @example
 * const { statistics } = await describeGraphParallel(eco, { workers: 2 });
 */
export async function describeGraphParallel(
  graph: Parameters<typeof planDescribe>[0],
  options: Partial<DescribeOptions & ParallelOptions> = {},
): Promise<DescribeResult> {
  const { workers = DEFAULTS.workers, signal, onProgress, ...describeOptions } = options;
  const plan = planDescribe(graph, describeOptions);
  let paths: PathStatisticsTotals | undefined;
  if (plan.pathsNeeded) {
    paths =
      workers > 1 && worthParallel(plan.g)
        ? await pathStatisticsParallel(plan.g, plan.label, plan.core, { workers, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) })
        : pathStatistics(plan.g, plan.label, plan.core);
  }
  return finishDescribe(plan, paths);
}
