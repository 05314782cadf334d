/**
 * Axes of the charts: "nice" tick values (1, 2 or 5 times a power of ten) covering a range, and
 * their labels. Pure and deterministic.
 */

/** Ticks of an axis: its domain (the ticks' span) and the tick values. */
export interface AxisTicks {
  min: number;
  max: number;
  ticks: number[];
  /** Distance between ticks. */
  step: number;
}

/**
 * Tick values covering [lo, hi] with about `count` steps of 1, 2 or 5 × 10^k.
 *
 * @param lo - smallest value to cover
 * @param hi - largest value to cover
 * @param count - about how many steps (default 4)
 * @param integer - whether ticks must be whole numbers (counts, years)
 * @example
 * niceTicks(0, 0.37).ticks; // [0, 0.1, 0.2, 0.3, 0.4]
 */
export function niceTicks(lo: number, hi: number, count = 4, integer = false): AxisTicks {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new Error(`cannot make ticks for [${lo}, ${hi}]`);
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.5;
    hi = lo + pad;
    lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
  }
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.999) ?? 10 * power;
  if (integer) step = Math.max(1, Math.round(step));
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step * 1e-9; i++) ticks.push(roundTo(min + i * step, step));
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, ticks, step };
}

/** Rounds away floating noise (0.30000000000000004) at the precision of the step. */
function roundTo(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(Math.min(12, digits)));
}

/**
 * The label of a tick: as many decimals as the step needs, no more.
 *
 * @param value - the tick value
 * @param step - the distance between ticks
 * @example
 * tickLabel(0.2, 0.1); // "0.2"
 * tickLabel(1990, 10); // "1990"
 */
export function tickLabel(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  const text = value.toFixed(decimals);
  return text === '-0' || /^-0\.0*$/.test(text) ? text.slice(1) : text;
}

/**
 * A value as printed beside a bar: whole numbers as they are, others with three significant digits.
 *
 * @param value - the value, or null when undefined
 * @example
 * valueLabel(0.123456); // "0.123"
 * valueLabel(null); // "n/a"
 */
export function valueLabel(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  if (Number.isInteger(value)) return String(value);
  return value.toPrecision(3).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}
