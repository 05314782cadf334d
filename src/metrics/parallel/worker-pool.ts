/**
 * Runs a {@link WorkerTask} over worker threads (Node only; the web app never imports this): the
 * graph's adjacency arrays are copied once into shared memory and seen by every worker without
 * further copies; the workers' arrays are summed at the end, in worker order. Units (sources,
 * sample chunks) go out in ranges: `dynamic` hands the next range to whichever worker finished,
 * so fast and slow ranges balance; `strided` gives worker k the units ≡ k (mod workers) of every
 * range, so each unit's worker, and thus every floating-point sum, depends only on the number of
 * workers (betweenness uses it: the same run prints the same digits).
 * Tasks whose worker sends each range's arrays (`path-statistics`) are reduced in range order
 * instead: ranges have fixed boundaries (multiples of `rangeSize`), and the pool adds each range's
 * arrays to the total in order of their first unit, holding a range that arrives early until its
 * predecessors have, so those sums have the same digits on any number of workers. Their arrays
 * come first in the result, followed by the per-worker arrays summed at the end.
 * Aborting (e.g. on Ctrl-C) terminates every worker and rejects with an {@link AbortedError}.
 *
 * Starting the worker: from the compiled package (`dist/`, this module is JavaScript) threads start
 * the compiled `measure-worker.js` beside it, with nothing but Node. From the TypeScript sources (the
 * tests run them through vitest) threads do not inherit the loader of the thread that starts them,
 * so by default the worker module is bundled once per process with esbuild (a devDependency) into one
 * CommonJS script and started from that text (about 0.1 s, then ~0.05 s per thread). The `tsx`
 * loader instead starts `worker-entry.mjs`, which loads the TypeScript module through tsx's API
 * (about 0.5 s per thread); it is also the fallback when esbuild cannot run.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AdjacencyArrays } from '../adjacency-arrays.js';
import type { ProgressCallback } from '../centrality/progress.js';
import type { FromWorker, ToWorker, WorkerTask } from './tasks.js';
import { AbortedError } from './aborted-error.js';

/** Whether this module runs from the TypeScript sources (tests) rather than the compiled package. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
/** The compiled worker, beside this module in `dist/`. */
const COMPILED_WORKER = new URL('./measure-worker.js', import.meta.url);
const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const WORKER_SOURCE = fileURLToPath(new URL('./measure-worker.ts', import.meta.url));

/**
 * How worker threads load the TypeScript worker module when running from the sources (the compiled
 * package always starts its compiled worker and ignores this).
 */
export type WorkerLoader = 'bundle' | 'tsx';

let bundled: string | undefined;

/** The worker module as one CommonJS script (bundled on first use), or undefined when esbuild is unavailable. */
function bundledWorker(): string | undefined {
  if (bundled !== undefined) return bundled || undefined;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const out = esbuild.buildSync({ entryPoints: [WORKER_SOURCE], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false });
    bundled = out.outputFiles[0]!.text;
  } catch {
    bundled = '';
  }
  return bundled || undefined;
}

function startWorker(loader: WorkerLoader): Worker {
  if (!FROM_SOURCE) return new Worker(COMPILED_WORKER);
  const code = loader === 'bundle' ? bundledWorker() : undefined;
  return code !== undefined ? new Worker(code, { eval: true }) : new Worker(ENTRY);
}

export { AbortedError };

export interface WorkerPoolOptions {
  /** Number of worker threads (default: os.availableParallelism()). */
  workers: number;
  /** Units per range handed to a worker (default: about 64 ranges per worker, at least 1). */
  rangeSize?: number;
  /** How units are assigned (default: dynamic). */
  schedule: 'dynamic' | 'strided';
  /** How threads load the worker module (default: an esbuild bundle, falling back to tsx). */
  loader: WorkerLoader;
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
}

export const DEFAULTS: WorkerPoolOptions = { workers: availableParallelism(), schedule: 'dynamic', loader: 'bundle' };

type Shareable = Int32Array | Float64Array;

/** Copies typed arrays into SharedArrayBuffers (arrays that are the same object stay the same). */
export function shareAdjacency(g: AdjacencyArrays): AdjacencyArrays {
  const copies = new Map<Shareable, Shareable>();
  const share = <T extends Shareable>(a: T): T => {
    if (a.buffer instanceof SharedArrayBuffer) return a;
    let copy = copies.get(a);
    if (!copy) {
      const Ctor = a.constructor as new (buffer: SharedArrayBuffer) => T;
      copy = new Ctor(new SharedArrayBuffer(a.byteLength));
      copy.set(a as never);
      copies.set(a, copy);
    }
    return copy as T;
  };
  // unweighted views never read distances: send empty ones
  const empty = new Float64Array(0);
  return {
    directed: g.directed,
    weighted: g.weighted,
    outStart: share(g.outStart),
    outTargets: share(g.outTargets),
    outDistance: g.weighted ? share(g.outDistance) : empty,
    inStart: share(g.inStart),
    inSources: share(g.inSources),
    inDistance: g.weighted ? share(g.inDistance) : empty,
  };
}

/**
 * Processes units 0 … units − 1 of `task` on worker threads and sums their arrays.
 *
 * @param graph - adjacency arrays (copied into shared memory unless they already are)
 * @param task - what each unit is
 * @param units - number of units
 * @param options - workers, range size, abort signal, progress (units done of units)
 * @returns the element-wise sums of the workers' arrays
 * @throws AbortedError when the signal aborts; the worker's error when one fails
 * @example
 * const [raw] = await runInWorkers(g, { kind: 'betweenness' }, n, { workers: 2 });
 */
export async function runInWorkers(graph: AdjacencyArrays, task: WorkerTask, units: number, options: Partial<WorkerPoolOptions> = {}): Promise<Float64Array[]> {
  const { workers: requested, rangeSize: givenRange, schedule, loader, signal, onProgress } = { ...DEFAULTS, ...options };
  if (signal?.aborted) throw new AbortedError();
  const count = Math.max(1, Math.min(Math.floor(requested), units));
  const rangeSize = givenRange ?? Math.max(1, Math.ceil(units / (count * 64)));
  const shared = shareAdjacency(graph);
  const threads: Worker[] = [];
  const strided = schedule === 'strided';
  // dynamic: one shared cursor; strided: each worker walks every range
  const cursors = new Array<number>(count).fill(0);
  let next = 0;
  let done = 0;
  const results: Float64Array[][] = new Array(count);
  // ranges reduced in order: the running totals, the next range to add, and ranges that came early
  let ordered: Float64Array[] | undefined;
  let nextOrdered = 0;
  const early = new Map<number, Float64Array[]>();
  const addOrdered = (first: number, arrays: Float64Array[]) => {
    early.set(first, arrays);
    for (let part = early.get(nextOrdered); part; part = early.get(nextOrdered)) {
      early.delete(nextOrdered);
      if (!ordered) ordered = part;
      else for (let k = 0; k < ordered.length; k++) {
        const into = ordered[k]!;
        const from = part[k]!;
        for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
      }
      nextOrdered = Math.min(units, nextOrdered + rangeSize);
    }
  };
  try {
    return await new Promise<Float64Array[]>((resolve, reject) => {
      let finished = 0;
      let failed = false;
      const fail = (err: unknown) => {
        if (failed) return;
        failed = true;
        reject(err);
      };
      signal?.addEventListener('abort', () => fail(new AbortedError()), { once: true });
      const hand = (worker: Worker, k: number) => {
        const first = strided ? cursors[k]! : next;
        if (first < units) {
          const end = Math.min(units, first + rangeSize);
          if (strided) cursors[k] = end;
          else next = end;
          worker.postMessage({ type: 'range', first, end, stride: strided ? count : 1, offset: strided ? k : 0 } satisfies ToWorker);
        } else worker.postMessage({ type: 'finish' } satisfies ToWorker);
      };
      for (let k = 0; k < count; k++) {
        const worker = startWorker(loader);
        threads.push(worker);
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0 && !failed) fail(new Error(`a measure worker exited with code ${code}`));
        });
        worker.on('message', (message: FromWorker) => {
          if (failed) return;
          if (message.type === 'done') {
            if (message.arrays) {
              if (strided) return fail(new Error('ranges reduced in order need the dynamic schedule'));
              addOrdered(message.first, message.arrays);
            }
            // strided: every worker covers each range, doing 1/count of its units
            done += strided ? message.units / count : message.units;
            onProgress?.(Math.min(units, Math.round(done)), units);
            hand(worker, k);
          } else {
            results[k] = message.arrays;
            if (++finished === count) resolve([...(ordered ?? []), ...sumArrays(results)]);
          }
        });
        worker.postMessage({ type: 'init', graph: shared, task } satisfies ToWorker);
        hand(worker, k);
      }
    });
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
}

function sumArrays(parts: Float64Array[][]): Float64Array[] {
  const [first, ...rest] = parts;
  for (const arrays of rest) for (let k = 0; k < first!.length; k++) {
    const into = first![k]!;
    const from = arrays[k]!;
    for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
  }
  return first!;
}
