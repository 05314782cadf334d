/**
 * The conditional uniform graph test with its draws split over worker threads (Node only: the
 * CLI's `cug --workers`). Draw r is made from its own seed wherever it runs, so the result equals
 * {@link cugTest}'s digit for digit, on any number of workers.
 */
import { checkDrawOptions } from '../significance/draws.js';
import { cugResult, prepareCug, type CugOptions, type CugResult } from '../significance/cug.js';
import { DEFAULTS as DEGREE_DEFAULTS } from '../significance/random-graphs.js';
import { adjacencyOfSimpleGraph, type SimpleGraph } from '../significance/simple-graph.js';
import { runInWorkers, type WorkerLoader } from './worker-pool.js';

export interface ParallelCugOptions extends CugOptions {
  /** Worker threads (at least 1). */
  workers: number;
  /** How threads load the worker from the TypeScript sources (tests); the package ignores it. */
  loader?: WorkerLoader;
}

/**
 * Runs a CUG test on worker threads.
 *
 * @param graph - the observed graph
 * @param options - statistic, null model, draws, seed, workers, progress, abort signal
 * @returns the same result as `cugTest(graph, options)`
 * @throws MetricError for a request cugTest refuses; AbortedError when aborted
 * @example
 * const r = await cugTestInWorkers(g, { statistic: 'transitivity', null: 'degree', draws: 10000, seed: 1, workers: 4 });
 */
export async function cugTestInWorkers(graph: SimpleGraph, options: ParallelCugOptions): Promise<CugResult> {
  checkDrawOptions(options);
  const { observed, graph: canonical } = prepareCug(graph, options);
  const [values] = await runInWorkers(
    adjacencyOfSimpleGraph(canonical),
    { kind: 'cug-draws', statistic: options.statistic, null: options.null, seed: options.seed, draws: options.draws, degree: { ...DEGREE_DEFAULTS, ...options.degree }, ...(options.groups ? { groups: options.groups } : {}) },
    options.draws,
    {
      workers: options.workers,
      schedule: 'dynamic',
      ...(options.loader ? { loader: options.loader } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  return cugResult(options, observed, values!);
}
