/**
 * The legend of a figure: entries (a swatch and a text) flowed left to right into rows no wider
 * than the figure, each entry's box computed from the font metrics.
 */
import type { TextMeasurer } from './font.js';
import type { LabelBox } from './label-boxes.js';
import type { MarkerShape } from './markers.js';

/** What is drawn before a legend text. */
export type Swatch =
  | { shape: 'box'; fill: string; stroke: string; dash?: string }
  | { shape: 'circle'; fill: string; stroke: string; radius: number }
  | { shape: 'line'; stroke: string; width: number; dash?: string; arrow?: boolean; hollow?: boolean }
  | { shape: 'marker'; marker: MarkerShape; fill: string; stroke: string; radius: number }
  /** Circles of the given radii side by side (a size scale). */
  | { shape: 'sizes'; radii: number[]; fill: string; stroke: string }
  | { shape: 'mark'; mark: string };

export interface LegendEntry {
  swatch: Swatch;
  text: string;
}

/** A placed legend entry. */
export interface PlacedLegendEntry extends LegendEntry {
  /** Box of the swatch and the text together. */
  label: LabelBox;
  /** Centre of the swatch. */
  swatchX: number;
  swatchY: number;
  textX: number;
  baseline: number;
}

export interface LegendLayout {
  entries: PlacedLegendEntry[];
  labels: LabelBox[];
  width: number;
  /** y below the last row (the top when empty). */
  bottom: number;
  size: number;
}

/** Size of legend text, px. */
export const LEGEND_TEXT_SIZE = 10;
const SWATCH_WIDTH = 22;
const SWATCH_GAP = 5;
const ENTRY_GAP = 16;
const ROW_GAP = 6;
/** Gap between the circles of a size scale, px. */
export const SIZES_GAP = 4;

/**
 * Places legend entries in rows starting at (x, y), wrapping before `maxWidth`.
 *
 * @param entries - swatches and texts, in order
 * @param measurer - font metrics
 * @param at - top-left corner and the widest row allowed
 * @example
 * layoutLegend([{ swatch: { shape: 'mark', mark: '*' }, text: 'listed company' }], m, { x: 16, y: 400, maxWidth: 500 });
 */
export function layoutLegend(entries: readonly LegendEntry[], measurer: TextMeasurer, at: { x: number; y: number; maxWidth: number }): LegendLayout {
  const size = LEGEND_TEXT_SIZE;
  const ascent = measurer.ascent(size);
  const textHeight = Math.ceil(ascent + measurer.descent(size));
  // Rows first (entries flowed left to right), then heights: a row is as tall as its tallest swatch.
  const rows: { entry: LegendEntry; x: number; swatchWidth: number; width: number; height: number }[][] = [[]];
  let x = at.x;
  let width = 0;
  for (const entry of entries) {
    const s = entry.swatch;
    const swatchWidth =
      s.shape === 'mark'
        ? Math.ceil(measurer.width(s.mark, size + 2))
        : s.shape === 'circle' || s.shape === 'marker'
          ? Math.max(SWATCH_WIDTH, Math.ceil(2 * s.radius + 2))
          : s.shape === 'sizes'
            ? Math.ceil(s.radii.reduce((a, r) => a + 2 * r + SIZES_GAP, -SIZES_GAP) + 2)
            : SWATCH_WIDTH;
    const height =
      s.shape === 'circle' || s.shape === 'marker'
        ? Math.max(textHeight, Math.ceil(2 * s.radius + 2))
        : s.shape === 'sizes'
          ? Math.max(textHeight, Math.ceil(2 * Math.max(...s.radii) + 2))
          : textHeight;
    const entryWidth = Math.ceil(swatchWidth + SWATCH_GAP + measurer.width(entry.text, size));
    if (x > at.x && x + entryWidth > at.x + at.maxWidth) {
      x = at.x;
      rows.push([]);
    }
    rows[rows.length - 1]!.push({ entry, x, swatchWidth, width: entryWidth, height });
    width = Math.max(width, x + entryWidth - at.x);
    x += entryWidth + ENTRY_GAP;
  }
  const placed: PlacedLegendEntry[] = [];
  let y = at.y;
  for (const row of rows) {
    if (row.length === 0) continue;
    const rowHeight = Math.max(...row.map((r) => r.height));
    for (const r of row) {
      const label: LabelBox = { role: 'legend', id: r.entry.text, lines: [r.entry.text], x: r.x, y, width: r.width, height: rowHeight };
      const middle = y + rowHeight / 2;
      placed.push({ ...r.entry, label, swatchX: r.x + r.swatchWidth / 2, swatchY: middle, textX: r.x + r.swatchWidth + SWATCH_GAP, baseline: middle - textHeight / 2 + ascent });
    }
    y += rowHeight + ROW_GAP;
  }
  return { entries: placed, labels: placed.map((p) => p.label), width, bottom: placed.length ? y - ROW_GAP : at.y, size };
}
