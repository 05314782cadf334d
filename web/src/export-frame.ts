/**
 * The frame around an exported image of the view: a title band above the drawing, and below it a
 * legend (one swatch and name per colour drawn, wrapped into rows) and the sources line (wrapped).
 * Pure layout: the PNG and SVG exports draw what it places, so both carry the same frame.
 */

/** One legend entry: a swatch colour and its name (with the count drawn, when given). */
export interface FrameLegendEntry {
  color: string;
  label: string;
}

/** What goes around the view. */
export interface FrameContent {
  title: string;
  legend: readonly FrameLegendEntry[];
  sources: string;
}

/** A placed piece of text (baseline at `y`). */
export interface FrameText {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** The placed frame, in px of the exported image. */
export interface FrameLayout {
  width: number;
  height: number;
  /** Where the view is drawn. */
  view: { x: number; y: number; width: number; height: number };
  title: FrameText;
  legend: { swatch: { cx: number; cy: number; r: number; color: string }; text: FrameText }[];
  sources: FrameText[];
}

export const FRAME_PAD = 12;
export const TITLE_SIZE = 16;
export const LEGEND_SIZE = 12;
export const SOURCES_SIZE = 10;
const SWATCH_R = 5;
const ENTRY_GAP = 16;

/** `text` broken into lines no wider than `maxWidth` at word boundaries (a word wider than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line === '' ? w : `${line} ${w}`;
    if (line !== '' && measure(next) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Places the title above a view of `viewWidth` × `viewHeight` px, and the legend rows and source
 * lines below it, all within the view's width.
 *
 * @param measure text width in px at a font size
 */
export function layoutFrame(content: FrameContent, viewWidth: number, viewHeight: number, measure: (text: string, size: number) => number): FrameLayout {
  const inner = viewWidth - 2 * FRAME_PAD;
  const titleY = FRAME_PAD + TITLE_SIZE;
  const viewY = titleY + FRAME_PAD / 2 + 4;
  let y = viewY + viewHeight + FRAME_PAD;
  const legend: FrameLayout['legend'] = [];
  let x = FRAME_PAD;
  const rowHeight = LEGEND_SIZE + 6;
  let rows = 0;
  for (const e of content.legend) {
    const w = 2 * SWATCH_R + 4 + measure(e.label, LEGEND_SIZE);
    if (x > FRAME_PAD && x + w > FRAME_PAD + inner) {
      x = FRAME_PAD;
      rows++;
    }
    const cy = y + rows * rowHeight + rowHeight / 2;
    legend.push({ swatch: { cx: x + SWATCH_R, cy, r: SWATCH_R, color: e.color }, text: { text: e.label, x: x + 2 * SWATCH_R + 4, y: cy + LEGEND_SIZE * 0.35, size: LEGEND_SIZE } });
    x += w + ENTRY_GAP;
  }
  if (content.legend.length > 0) y += (rows + 1) * rowHeight + 4;
  const sources = wrapText(content.sources, inner, (t) => measure(t, SOURCES_SIZE)).map((text, i) => ({ text, x: FRAME_PAD, y: y + (i + 1) * (SOURCES_SIZE + 3), size: SOURCES_SIZE }));
  y += sources.length * (SOURCES_SIZE + 3) + FRAME_PAD;
  return {
    width: viewWidth,
    height: Math.ceil(y),
    view: { x: 0, y: viewY, width: viewWidth, height: viewHeight },
    title: { text: content.title, x: FRAME_PAD, y: titleY, size: TITLE_SIZE },
    legend,
    sources,
  };
}

/**
 * Legend entries for the nodes drawn: one per group (kind, community, …) with its colour and
 * count, largest group first, at most `limit` (the rest summed in a last entry).
 *
 * @example legendByGroup([{ group: 'firm', color: '#0072B2' }, { group: 'firm', color: '#0072B2' }], (g) => g)
 *   // → [{ color: '#0072B2', label: 'firm (2)' }]
 */
export function legendByGroup(items: readonly { group: string; color: string }[], titleOf: (group: string) => string, limit = 12): FrameLegendEntry[] {
  const groups = new Map<string, { color: string; count: number }>();
  for (const { group, color } of items) {
    const g = groups.get(group);
    if (g) g.count++;
    else groups.set(group, { color, count: 1 });
  }
  const ordered = [...groups].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const entries = ordered.slice(0, limit).map(([group, g]) => ({ color: g.color, label: `${titleOf(group)} (${g.count})` }));
  const rest = ordered.slice(limit).reduce((s, [, g]) => s + g.count, 0);
  if (rest > 0) entries.push({ color: '#BBBBBB', label: `${ordered.length - limit} more groups (${rest})` });
  return entries;
}
