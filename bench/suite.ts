/**
 * The shape of a benchmark suite. Each suite is one file `bench/<name>.bench.ts` whose default
 * export is a {@link BenchSuite}; `bench/run.ts` finds and runs them.
 */

export interface BenchOptions {
  /** Graph size the suite should use (suites choose their own default). */
  nodes?: number;
  seed: number;
  /** Skip external baselines (igraph, Python). */
  noExternal: boolean;
  /** Interleaved rounds a suite repeats its measurements for (suites choose their own default). */
  rounds?: number;
  /** `--sizes a,b,…`: the graph sizes of a suite that runs several (communities, limits). */
  sizes?: number[];
  /** `--tools a,b,…`: only these tools' rows (ids a suite lists; communities). */
  tools?: string[];
  /** `--standard-sizes a,b,…`: graph sizes for the commands that load the whole graph (limits). */
  standardSizes?: number[];
}

export interface BenchContext {
  options: BenchOptions;
  /** Prints a line of the report. */
  log(line: string): void;
}

export interface BenchSuite {
  name: string;
  description: string;
  run(context: BenchContext): Promise<void>;
}

/** Runs `fn` once and returns its wall time in milliseconds and its result. */
export function timeOnce<T>(fn: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/**
 * Median wall time of `fn` over `runs` runs (after one warm-up run when `warmUp`), in ms.
 * Slow functions (over two seconds) are run once.
 */
export function timeMedian(fn: () => unknown, runs = 3, warmUp = true): number {
  const first = timeOnce(fn).ms;
  if (first > 2000) return first;
  const times: number[] = warmUp ? [] : [first];
  while (times.length < runs) times.push(timeOnce(fn).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

export function formatRatio(ours: number, baseline: number | undefined): string {
  return baseline === undefined ? '—' : `${(ours / baseline).toFixed(2)}×`;
}
