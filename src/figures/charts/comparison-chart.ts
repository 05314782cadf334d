/**
 * Comparison charts: one panel per indicator, one horizontal bar per region (the same colour for a
 * region in every panel, named in the legend and beside its bar), the value printed at the bar's
 * end. Deterministic SVG; PNG and PDF through `writeFigure`.
 */
import { CATEGORY_COLORS } from '../../model/palette.js';
import type { Comparison, IndicatorDefinition } from '../../metrics/evolution/compare.js';
import { layoutCaption } from '../caption.js';
import { figureTextMeasurer, type TextMeasurer } from '../font.js';
import { fitLabel } from '../label-text.js';
import { layoutLegend } from '../legend.js';
import { TEXT_COLOR, drawLegend } from '../legend-render.js';
import { SvgWriter } from '../svg-writer.js';
import { niceTicks, tickLabel, valueLabel } from './axis.js';
import type { ChartSvg } from './timeline-chart.js';

/** Options of {@link comparisonChartSvg}. */
export interface ComparisonChartOptions {
  /** Indicators to draw, by id; default: {@link DEFAULTS}.indicators. */
  indicators?: readonly string[];
  title?: string;
  /** Panels per row. */
  columns?: number;
  /** Font metrics (default: the embedded figure font). */
  measurer?: TextMeasurer;
}

export const DEFAULTS = {
  indicators: [
    'firms',
    'density',
    'modularity',
    'largestComponentShare',
    'tripleHelixShare',
    'meanConstraint',
    'knowledgeTieShare',
    'anchorTieShare',
    'coreStartups',
    'anchorCollaborationShare',
    'startupsPerYear',
    'maxGeneration',
  ],
  columns: 3,
} as const;

const MARGIN = 24;
const PANEL_WIDTH = 270;
const GAP_X = 28;
const GAP_Y = 20;
const BAR_HEIGHT = 13;
const BAR_GAP = 5;
const PANEL_TITLE = 30;
const AXIS_BELOW = 26;
const VALUE_ROOM = 38;
const MAX_NAME_WIDTH = 104;
const AXIS_COLOR = '#4D4D4D';
const GRID_COLOR = '#E3E3E3';
const TICK_SIZE = 9;

/** The panel title: the indicator's title, and the NISTEP condition it stands in for. */
function panelTitle(d: IndicatorDefinition): string[] {
  return d.nistep ? [d.title, `NISTEP ${d.nistep}`] : [d.title];
}

/** What the regions were measured on, and the undated rule, in words for the caption. */
function measuredOn(rules: Comparison['rules']): string {
  const what =
    rules.at === null
      ? 'Each region is measured on its whole recorded graph (dissolved actors and ended ties included)'
      : `Each region is measured as it stood at the end of ${rules.at}`;
  const undated = {
    include: 'elements without an own start date count from the first year',
    bound: 'elements without an own start date are placed by their derived bound (earliest dated tie or child; for ties, the later founding year of their ends) and left out without one',
    exclude: 'elements without an own start date are left out',
  }[rules.undated];
  return `${what}; ${undated}${rules.window === null ? '' : `; events count for ${rules.window} years`}.`;
}

/**
 * Side-by-side indicators of several regions: one panel per indicator, one bar per region, with
 * axis ticks, the value at each bar's end ("n/a" for an undefined one), a legend and a caption.
 *
 * @param comparison - the output of `compareRegions`
 * @param options - indicators, title, panels per row, font metrics
 * @returns the SVG text and its size
 * @throws Error naming an unknown indicator
 * @example
 * const { svg, width, height } = comparisonChartSvg(compareRegions(regions), { title: 'Four clusters' });
 * await writeFigure('compare.png', svg, { width, height });
 */
export function comparisonChartSvg(comparison: Comparison, options: ComparisonChartOptions = {}): ChartSvg {
  const ids = options.indicators ?? DEFAULTS.indicators;
  const indicators = ids.map((id) => {
    const d = comparison.indicators.find((i) => i.id === id);
    if (!d) throw new Error(`unknown comparison indicator "${id}" (known: ${comparison.indicators.map((i) => i.id).join(', ')})`);
    return d;
  });
  if (indicators.length === 0) throw new Error('no indicators to draw');
  const measurer = options.measurer ?? figureTextMeasurer();
  const regions = comparison.regions;
  const columns = Math.max(1, Math.min(options.columns ?? DEFAULTS.columns, indicators.length));
  const rows = Math.ceil(indicators.length / columns);
  const width = MARGIN * 2 + columns * PANEL_WIDTH + (columns - 1) * GAP_X;
  const contentWidth = width - 2 * MARGIN;
  const nameWidth = Math.min(MAX_NAME_WIDTH + 6, Math.ceil(Math.max(0, ...regions.map((r) => measurer.width(r.name, TICK_SIZE))) + 6));
  // long region names are cut with an ellipsis beside the bars (the legend keeps them whole)
  const shortNames = regions.map((r) => fitLabel(r.name, measurer, { size: TICK_SIZE, maxWidth: nameWidth - 6, maxLines: 1 }).lines[0] ?? '');
  const panelHeight = PANEL_TITLE + Math.max(1, regions.length) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + AXIS_BELOW;

  let y = MARGIN;
  const title = options.title ?? '';
  const titleBaseline = y + measurer.ascent(16);
  if (title) y = Math.ceil(titleBaseline + measurer.descent(16)) + 8;
  const color = (i: number) => CATEGORY_COLORS[i % CATEGORY_COLORS.length]!;
  const legend = layoutLegend(
    regions.map((r, i) => ({ swatch: { shape: 'box', fill: color(i), stroke: color(i) }, text: r.name })),
    measurer,
    { x: MARGIN, y, maxWidth: contentWidth },
  );
  y = legend.bottom + 12;
  const panelsTop = y;
  const panelsBottom = panelsTop + rows * panelHeight + (rows - 1) * GAP_Y;
  const caption = layoutCaption(
    `${measuredOn(comparison.rules)} Definitions of every indicator: docs/statistics.md of ecograph, and the JSON output of ecograph compare.`,
    measurer,
    { x: MARGIN, y: panelsBottom + 12, maxWidth: contentWidth },
  );
  const height = Math.ceil(caption.bottom + MARGIN);

  const svg = new SvgWriter(width, height, title || 'Comparison');
  if (title) svg.text([title], { x: MARGIN, y: titleBaseline, 'font-size': 16, 'font-weight': 700, fill: TEXT_COLOR });
  drawLegend(svg, legend);

  indicators.forEach((d, k) => {
    const left = MARGIN + (k % columns) * (PANEL_WIDTH + GAP_X);
    const top = panelsTop + Math.floor(k / columns) * (panelHeight + GAP_Y);
    const values = regions.map((r) => r.values[d.id] ?? null);
    const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
    const lo = Math.min(0, ...finite);
    const hi = finite.length ? Math.max(0, ...finite) : 1;
    const ticks = niceTicks(lo, hi, 3, finite.every(Number.isInteger) && d.unit === 'count');
    const plotX = left + nameWidth;
    const plotW = PANEL_WIDTH - nameWidth - VALUE_ROOM;
    const plotTop = top + PANEL_TITLE;
    const plotBottom = plotTop + regions.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
    const px = (v: number) => plotX + ((v - ticks.min) / (ticks.max - ticks.min)) * plotW;
    svg.group({ class: 'panel', 'data-indicator': d.id }, () => {
      const lines = panelTitle(d);
      svg.text([lines[0]!], { x: left, y: top + 11, 'font-size': 11, 'font-weight': 700, fill: TEXT_COLOR });
      if (lines[1]) svg.text([lines[1]], { x: left, y: top + 23, 'font-size': 8.5, fill: AXIS_COLOR });
      svg.group({ class: 'axes', 'font-size': TICK_SIZE, fill: AXIS_COLOR }, () => {
        for (const t of ticks.ticks) {
          svg.element('path', { d: SvgWriter.polyline([[px(t), plotTop - 2], [px(t), plotBottom + 3]]), stroke: GRID_COLOR, 'stroke-width': 0.8, fill: 'none' });
          svg.text([tickLabel(t, ticks.step)], { x: px(t), y: plotBottom + 14, 'text-anchor': 'middle' });
        }
        svg.element('path', { d: SvgWriter.polyline([[px(0), plotTop - 2], [px(0), plotBottom + 3]]), stroke: AXIS_COLOR, 'stroke-width': 1, fill: 'none' });
      });
      regions.forEach((r, i) => {
        const barTop = plotTop + i * (BAR_HEIGHT + BAR_GAP);
        const mid = barTop + BAR_HEIGHT / 2 + 3;
        svg.text([shortNames[i]!], { x: plotX - 6, y: mid, 'font-size': TICK_SIZE, 'text-anchor': 'end', fill: TEXT_COLOR });
        const v = values[i]!;
        if (v !== null && Number.isFinite(v)) {
          const a = px(Math.min(0, v));
          const b = px(Math.max(0, v));
          svg.element('rect', { x: a, y: barTop, width: Math.max(b - a, 0.8), height: BAR_HEIGHT, fill: color(i) });
        }
        svg.text([valueLabel(v)], { x: px(Math.max(0, v ?? 0)) + 4, y: mid, 'font-size': TICK_SIZE, fill: TEXT_COLOR });
      });
    });
  });
  svg.group({ class: 'caption', 'font-size': caption.size, fill: AXIS_COLOR }, () => {
    caption.lines.forEach((line, i) => svg.text([line], { x: caption.x, y: caption.baselines[i]! }));
  });
  return { svg: svg.toString(), width, height };
}
