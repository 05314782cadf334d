/**
 * What the significance commands (`cug`, `permute`, `qap`) share on the command line: the draws and
 * seed flags, and the p-value rows each prints — every p-value both as R `sna` reports it (b / R)
 * and as (b + 1) / (R + 1).
 */
import type { PValue, PValues } from '../metrics/significance/draws.js';
import { UsageError, type OptionSpec } from './command.js';
import type { Column } from './output.js';

export const drawsOption = {
  type: 'number',
  valueName: 'N',
  default: 1000,
  description: 'random draws (graphs or permutations)',
} as const satisfies OptionSpec;

export const seedOption = {
  type: 'number',
  valueName: 'S',
  default: 1,
  description: 'seed; draw r uses its own generator seeded from (S, r), so results do not depend on how draws are scheduled',
} as const satisfies OptionSpec;

/** Checks --draws and --seed. */
export function checkDraws(options: { draws: number; seed: number }): void {
  if (!Number.isInteger(options.draws) || options.draws < 1) throw new UsageError(`--draws expects a positive integer, got ${options.draws}`);
  if (!Number.isInteger(options.seed)) throw new UsageError(`--seed expects an integer, got ${options.seed}`);
}

/** One printed p-value. */
export interface PValueRow {
  /** What is tested, e.g. `transitivity` or a regression term. */
  term: string;
  /** greater, less or two-sided. */
  alternative: string;
  /** The event counted, e.g. `draw ≥ observed`. */
  event: string;
  pValue: PValue;
}

const EVENTS: Record<keyof PValues, string> = {
  greater: 'draw ≥ observed',
  less: 'draw ≤ observed',
  twoSided: '|draw| ≥ |observed|',
};

/**
 * The p-value rows of one test.
 *
 * @param term - the name of what is tested
 * @param p - its p-values
 * @param which - the alternatives to show, in order
 * @example
 * pValueRows('density', result.p, ['greater', 'less']);
 */
export function pValueRows(term: string, p: PValues, which: readonly (keyof PValues)[]): PValueRow[] {
  return which.map((alternative) => ({ term, alternative, event: EVENTS[alternative], pValue: p[alternative] }));
}

/** Table / CSV columns of p-value rows. */
export function pValueColumns(): Column<PValueRow>[] {
  return [
    { header: 'term', value: (r) => r.term },
    { header: 'alternative', value: (r) => r.alternative },
    { header: 'event', value: (r) => r.event },
    { header: 'count', numeric: true, value: (r) => r.pValue.count },
    { header: 'p (b/R, sna)', numeric: true, value: (r) => r.pValue.sna },
    { header: 'p ((b+1)/(R+1))', numeric: true, value: (r) => r.pValue.corrected },
  ];
}

/** A number for a title line: up to 6 significant digits. */
export function shortNumber(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}
