/**
 * The work a measure worker can do, shared by the pool (main thread) and the worker: each task
 * processes numbered units (sources, or chunks of samples) in ranges handed out by the pool, and
 * returns arrays of length n that the pool sums over workers. Browser-safe types only.
 */
import type { AdjacencyArrays } from '../adjacency-arrays.js';
import type { SumDirection } from '../paths/distance-sums.js';
import type { DegreeNullOptions, NullModel } from '../significance/random-graphs.js';

export type WorkerTask =
  /** Raw Brandes betweenness of the sources in the ranges: one array. */
  | { kind: 'betweenness' }
  /** Distance sums of the sources in the ranges: total, reached, inverse. */
  | { kind: 'distance-sums'; direction: SumDirection }
  /** Path-sample counts of the sample chunks in the ranges: one array. */
  | { kind: 'betweenness-samples'; seed: number; samples: number; chunkSize: number }
  /**
   * describe's path statistics (`paths/path-statistics.ts`) of the sources in the ranges: per range,
   * that range's raw betweenness (the pool adds ranges in range order); at the end, the per-source
   * distance sums and eccentricities in the component labelled `component`.
   */
  | { kind: 'path-statistics'; label: Int32Array; component: number }
  /** A statistic on random graphs of a null model, one unit per draw: one array of length draws. */
  | { kind: 'cug-draws'; statistic: string; null: NullModel; seed: number; draws: number; degree: DegreeNullOptions; groups?: ReadonlyArray<string | undefined> };

/** Main thread → worker. */
export type ToWorker =
  | { type: 'init'; graph: AdjacencyArrays; task: WorkerTask }
  /** Units first … end − 1 that are ≡ offset (mod stride). */
  | { type: 'range'; first: number; end: number; stride: number; offset: number }
  | { type: 'finish' };

/** Worker → main thread. */
export type FromWorker =
  /** A range is done; tasks reduced in range order also send that range's arrays. */
  | { type: 'done'; units: number; first: number; arrays?: Float64Array[] }
  | { type: 'result'; arrays: Float64Array[] };
