/**
 * What every significance test shares: one seed per draw index (so a draw's graph or permutation
 * depends only on the run's seed and the draw's number, never on which thread drew it or in which
 * order), the p-values computed from the draws, and the draws loop with its progress and abort.
 */
import { createRng, type Rng } from '../../model/random.js';
import { MetricError } from '../metric-error.js';

/** Settings every test shares. */
export interface DrawOptions {
  /** Number of random draws (graphs or permutations), at least 1. */
  draws: number;
  /** Seed of the run; draw r uses the generator seeded by {@link drawSeed}(seed, r). */
  seed: number;
  /** Called with (draws done, draws) now and then. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the run (the test throws a MetricError "aborted"). */
  signal?: AbortSignal;
}

/** Default settings of the significance tests. */
export const DEFAULTS = { draws: 1000, seed: 1 } as const;

/**
 * The seed of draw `index` of a run seeded with `seed`: a 32-bit hash of both (Murmur3's finaliser
 * over a combination of the two), so that neighbouring runs and draws get unrelated streams.
 *
 * @param seed - the run's seed (an integer)
 * @param index - the draw's number, 0 … draws − 1
 * @returns a 32-bit unsigned seed for {@link createRng}
 * @example
 * const rng = createRng(drawSeed(7, 0)); // the first draw of a run seeded with 7
 */
export function drawSeed(seed: number, index: number): number {
  let h = (Math.imul(Math.floor(seed) >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The generator of one draw. */
export function drawRng(seed: number, index: number): Rng {
  return createRng(drawSeed(seed, index));
}

/**
 * One p-value, given both ways: as R `sna` reports it, the share of draws at least as extreme
 * (b / R), and as (b + 1) / (R + 1), which counts the observed value as one more draw and is never 0.
 */
export interface PValue {
  /** Draws at least as extreme as the observed value. */
  count: number;
  /** b / R, as sna's `cug.test`, `qaptest` and `netlm` report it. */
  sna: number;
  /** (b + 1) / (R + 1). */
  corrected: number;
}

/** The p-values of an observed value against its draws. */
export interface PValues {
  /** P(draw ≥ observed). */
  greater: PValue;
  /** P(draw ≤ observed). */
  less: PValue;
  /** P(|draw| ≥ |observed|), for statistics centred on 0 under the null (differences, correlations, coefficients). */
  twoSided: PValue;
}

/** Relative tolerance under which a draw counts as equal to the observed value (floating-point noise). */
export const TIE_TOLERANCE = 1e-9;

function pValue(count: number, draws: number): PValue {
  return { count, sna: count / draws, corrected: (count + 1) / (draws + 1) };
}

/**
 * p-values of an observed value against its draws. A draw within {@link TIE_TOLERANCE} (relative)
 * of the observed value counts as equal, so that the same number reached by a different order of
 * floating-point sums is not a strict inequality.
 *
 * @param observed - the statistic on the data
 * @param draws - the statistic on each draw (NaN draws are not allowed)
 * @returns P(≥), P(≤) and P(|·| ≥ |observed|), each as b/R and (b+1)/(R+1)
 * @example
 * pValues(3, Float64Array.of(1, 3, 5)).greater.sna; // 2/3
 */
export function pValues(observed: number, draws: ArrayLike<number>): PValues {
  const n = draws.length;
  if (n === 0) throw new MetricError('significance', 'p-values need at least one draw');
  const tol = TIE_TOLERANCE * Math.max(1, Math.abs(observed));
  let greater = 0;
  let less = 0;
  let twoSided = 0;
  const absObserved = Math.abs(observed);
  for (let i = 0; i < n; i++) {
    const x = draws[i]!;
    if (x >= observed - tol) greater++;
    if (x <= observed + tol) less++;
    if (Math.abs(x) >= absObserved - tol) twoSided++;
  }
  return { greater: pValue(greater, n), less: pValue(less, n), twoSided: pValue(twoSided, n) };
}

/**
 * Checks draw settings: a positive integer number of draws and an integer seed.
 *
 * @throws MetricError naming the bad setting
 */
export function checkDrawOptions(options: DrawOptions): void {
  if (!Number.isInteger(options.draws) || options.draws < 1) throw new MetricError('significance', `draws must be a positive integer, got ${options.draws}`);
  if (!Number.isInteger(options.seed)) throw new MetricError('significance', `seed must be an integer, got ${options.seed}`);
}

/**
 * Runs `draw(rng, index)` for every draw index with that index's own generator and collects the
 * numbers it returns. Draws are independent, so any split of the indices over threads gives the
 * same array.
 *
 * @param options - draws, seed, progress and abort signal
 * @param draw - computes the statistic of one draw
 * @returns the statistic of each draw, by index
 * @throws MetricError "aborted" when the signal aborts
 * @example
 * const values = runDraws({ draws: 100, seed: 1 }, (rng) => rng.next());
 */
export function runDraws(options: DrawOptions, draw: (rng: Rng, index: number) => number): Float64Array {
  checkDrawOptions(options);
  const out = new Float64Array(options.draws);
  const step = Math.max(1, Math.floor(options.draws / 200));
  for (let r = 0; r < options.draws; r++) {
    if (options.signal?.aborted) throw new MetricError('significance', 'aborted');
    out[r] = draw(drawRng(options.seed, r), r);
    if (options.onProgress && (r % step === 0 || r === options.draws - 1)) options.onProgress(r + 1, options.draws);
  }
  return out;
}

/** Mean and standard deviation (n − 1) of the draws, as summaries of the null distribution. */
export function drawSummary(draws: ArrayLike<number>): { mean: number; sd: number; min: number; max: number } {
  const n = draws.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    sum += draws[i]!;
    min = Math.min(min, draws[i]!);
    max = Math.max(max, draws[i]!);
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (draws[i]! - mean) ** 2;
  // identical draws have no spread (rather than rounding noise)
  return { mean: min === max ? min : mean, sd: n > 1 && min !== max ? Math.sqrt(ss / (n - 1)) : 0, min, max };
}
