/**
 * Appearance by any field, without the DOM: categorical colours (the shared palette, Okabe–Ito
 * first, as the figures use) with a legend, continuous colour ramps with a scale, node sizes
 * between a minimum and a maximum, and labels from any field. Each mapping is computed once per
 * change and read by sigma's node reducer.
 */
import { CATEGORY_COLORS } from '../../src/model/palette.js';
import { cellText } from './table-model.js';
import type { FieldValue } from './node-fields.js';
import { naturalCompare } from './spinoff-mode.js';

/** Colour of nodes whose field is empty. */
export const MISSING_COLOR = '#D0D0D0';
/** Colour of the categories beyond the palette ("other"). */
export const OTHER_COLOR = '#8C8C8C';

/** One legend row of a categorical colouring. */
export interface CategoryEntry {
  /** The category's text; `null` for "other" and `undefined` for empty values. */
  value: string | null | undefined;
  color: string;
  /** Nodes in the category. */
  count: number;
}

/** Colours of a categorical colouring and its legend (commonest category first). */
export interface CategoricalColors {
  type: 'category';
  colors: Map<string, string>;
  legend: CategoryEntry[];
}

/**
 * Categorical colours: categories ordered by size (then natural order of their text), the first
 * ones get the palette's colours, the rest share "other"; empty values get their own grey.
 *
 * @param nodes - the nodes coloured
 * @param value - each node's value (lists and objects by their text)
 * @param palette - the colours, in order of use (default: Okabe–Ito, then Paul Tol's muted scheme)
 * @example categoricalColors(['a', 'b'], (n) => kindOf(n)).legend[0] // → { value: 'firm', color: '#0072B2', count: … }
 */
export function categoricalColors(nodes: Iterable<string>, value: (node: string) => FieldValue, palette: readonly string[] = CATEGORY_COLORS): CategoricalColors {
  const byNode = new Map<string, string | undefined>();
  const counts = new Map<string, number>();
  let missing = 0;
  for (const node of nodes) {
    const text = cellText(value(node));
    if (text === '') {
      byNode.set(node, undefined);
      missing++;
      continue;
    }
    byNode.set(node, text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || naturalCompare(a[0], b[0]));
  // When the categories outnumber the palette, its last colour slot goes to "other".
  const named = ordered.length > palette.length ? palette.length - 1 : ordered.length;
  const colorOf = new Map(ordered.slice(0, named).map(([c], i) => [c, palette[i]!]));
  const colors = new Map<string, string>();
  for (const [node, text] of byNode) colors.set(node, text === undefined ? MISSING_COLOR : (colorOf.get(text) ?? OTHER_COLOR));
  const legend: CategoryEntry[] = ordered.slice(0, named).map(([c, count]) => ({ value: c, color: colorOf.get(c)!, count }));
  const other = ordered.slice(named).reduce((s, [, n]) => s + n, 0);
  if (other > 0) legend.push({ value: null, color: OTHER_COLOR, count: other });
  if (missing > 0) legend.push({ value: undefined, color: MISSING_COLOR, count: missing });
  return { type: 'category', colors, legend };
}

/** Continuous colour ramps by name: stops from the low to the high end. */
export const RAMPS: Readonly<Record<string, readonly string[]>> = {
  /** Viridis (matplotlib), five stops: perceptually even and readable in greyscale. */
  viridis: ['#440154', '#3B528B', '#21918C', '#5EC962', '#FDE725'],
  /** Light to dark blue, for printing on white. */
  blues: ['#DEEBF7', '#9ECAE1', '#4292C6', '#08519C', '#08306B'],
  /** Okabe–Ito blue to vermillion through light grey: below and above the middle. */
  diverging: ['#0072B2', '#7FB2D5', '#EEEEEE', '#EBAE80', '#D55E00'],
};

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const toHex = (rgb: number[]) => '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0').toUpperCase()).join('');

/**
 * The colour at `t` (0–1) of a ramp, interpolated linearly in RGB between its stops.
 *
 * @example rampColor(RAMPS.viridis!, 0) // → '#440154'
 */
export function rampColor(stops: readonly string[], t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const pos = clamped * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(pos));
  const f = pos - i;
  const a = hex(stops[i]!);
  const b = hex(stops[i + 1]!);
  return toHex(a.map((v, k) => v + (b[k]! - v) * f));
}

/** Colours of a continuous colouring and its scale. */
export interface ContinuousColors {
  type: 'number';
  colors: Map<string, string>;
  min: number;
  max: number;
  stops: readonly string[];
  /** Nodes with no number (drawn in `MISSING_COLOR`). */
  missing: number;
}

/** The finite numbers of a field over the nodes, and their range (null when none). */
export function numericRange(nodes: Iterable<string>, value: (node: string) => FieldValue): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const n of nodes) {
    const v = value(n);
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

/**
 * Continuous colours: each number placed linearly between the field's minimum and maximum on the
 * ramp (every node at the low end when all values are equal); nodes without a number are grey.
 *
 * @param nodes - the nodes coloured
 * @param value - each node's value
 * @param stops - the ramp
 */
export function continuousColors(nodes: Iterable<string>, value: (node: string) => FieldValue, stops: readonly string[] = RAMPS.viridis!): ContinuousColors {
  const list = [...nodes];
  const range = numericRange(list, value) ?? { min: 0, max: 0 };
  const colors = new Map<string, string>();
  // one interpolation per distinct value (a measure or a year repeats across many nodes)
  const byValue = new Map<number, string>();
  let missing = 0;
  for (const n of list) {
    const v = value(n);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      colors.set(n, MISSING_COLOR);
      missing++;
      continue;
    }
    let color = byValue.get(v);
    if (color === undefined) byValue.set(v, (color = rampColor(stops, range.max === range.min ? 0 : (v - range.min) / (range.max - range.min))));
    colors.set(n, color);
  }
  return { type: 'number', colors, min: range.min, max: range.max, stops, missing };
}

/**
 * Node sizes (radius, px) by a numeric field: linear from `minSize` at the field's minimum to
 * `maxSize` at its maximum; nodes without a number, and every node when all values are equal, get
 * `minSize`.
 *
 * @example sizesBy(['a', 'b'], (n) => (n === 'a' ? 1 : 3), 2, 10) // → Map { a → 2, b → 10 }
 */
export function sizesBy(nodes: Iterable<string>, value: (node: string) => FieldValue, minSize: number, maxSize: number): Map<string, number> {
  const list = [...nodes];
  const range = numericRange(list, value);
  const sizes = new Map<string, number>();
  for (const n of list) {
    const v = value(n);
    const t = range && range.max > range.min && typeof v === 'number' && Number.isFinite(v) ? (v - range.min) / (range.max - range.min) : 0;
    sizes.set(n, minSize + t * (maxSize - minSize));
  }
  return sizes;
}

/**
 * Labels from a field: each node's value as text (measures rounded to 4 significant digits);
 * nodes with an empty value get no label.
 */
export function labelsBy(nodes: Iterable<string>, value: (node: string) => FieldValue): Map<string, string> {
  const labels = new Map<string, string>();
  for (const n of nodes) labels.set(n, cellText(value(n), true));
  return labels;
}
