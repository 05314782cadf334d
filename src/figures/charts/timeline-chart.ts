/**
 * Timeline charts: small multiples, one panel per indicator, each a line over the years, for one
 * timeline or several (one colour per series, named in the legend). Deterministic SVG: the same
 * timelines and options give the same bytes; PNG and PDF through `writeFigure`.
 */
import { CATEGORY_COLORS } from '../../model/palette.js';
import { TIMELINE_FIELDS, type Timeline, type TimelineField } from '../../metrics/evolution/timeline.js';
import { layoutCaption } from '../caption.js';
import { figureTextMeasurer, type TextMeasurer } from '../font.js';
import { layoutLegend } from '../legend.js';
import { TEXT_COLOR, drawLegend } from '../legend-render.js';
import { SvgWriter } from '../svg-writer.js';
import { niceTicks, tickLabel, type AxisTicks } from './axis.js';

/** A named timeline (one line per panel). */
export interface TimelineSeries {
  name: string;
  timeline: Timeline;
}

/** Options of {@link timelineChartSvg}. */
export interface TimelineChartOptions {
  /** Fields to draw, by id (see {@link TIMELINE_FIELDS}); default: {@link DEFAULTS}.indicators. */
  indicators?: readonly string[];
  /** Title above the panels. */
  title?: string;
  /** Panels per row. */
  columns?: number;
  /** Name of a single timeline in the legend. */
  name?: string;
  /** Font metrics (default: the embedded figure font). */
  measurer?: TextMeasurer;
}

export const DEFAULTS = {
  indicators: ['nodes', 'edges', 'newFirms', 'density', 'largestComponentShare', 'modularity', 'maxGeneration', 'tripleHelixShare', 'meanConstraint'],
  columns: 3,
} as const;

/** A chart: its SVG text and size in px. */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

const MARGIN = 24;
const PANEL_WIDTH = 250;
const PANEL_HEIGHT = 170;
const GAP_X = 28;
const GAP_Y = 22;
const PLOT_LEFT = 46;
const PLOT_RIGHT = 10;
const PLOT_TOP = 24;
const PLOT_BOTTOM = 36;
const AXIS_COLOR = '#4D4D4D';
const GRID_COLOR = '#E3E3E3';
const TICK_SIZE = 9;

/** The y-axis label of a field: what its values count or measure. */
const Y_LABELS: Record<string, string> = {
  nodes: 'actors',
  edges: 'ties',
  newFirms: 'firms',
  newSpinoffs: 'spin-offs',
  density: 'density',
  components: 'components',
  largestComponentShare: 'share of actors',
  modularity: 'modularity Q',
  maxGeneration: 'generations',
  tripleHelixShare: 'share of firms',
  meanConstraint: 'constraint',
};

function fieldsFor(ids: readonly string[]): TimelineField[] {
  return ids.map((id) => {
    const f = TIMELINE_FIELDS.find((d) => d.id === id);
    if (!f) throw new Error(`unknown timeline indicator "${id}" (known: ${TIMELINE_FIELDS.map((d) => d.id).join(', ')})`);
    return f;
  });
}

/** Draws a panel's frame, grid, ticks and axis labels; returns the value → px mappings. */
function drawPanelAxes(
  svg: SvgWriter,
  at: { x: number; y: number; width: number; height: number },
  x: AxisTicks & { domain: [number, number]; label: string; format?: (v: number) => string },
  y: AxisTicks & { label: string },
): { px: (v: number) => number; py: (v: number) => number } {
  const [x0, x1] = x.domain;
  const px = (v: number) => at.x + (x1 === x0 ? at.width / 2 : ((v - x0) / (x1 - x0)) * at.width);
  const py = (v: number) => at.y + at.height - ((v - y.min) / (y.max - y.min)) * at.height;
  svg.group({ class: 'axes', 'font-size': TICK_SIZE, fill: AXIS_COLOR }, () => {
    for (const t of y.ticks) {
      svg.element('path', { d: SvgWriter.polyline([[at.x, py(t)], [at.x + at.width, py(t)]]), stroke: GRID_COLOR, 'stroke-width': 0.8, fill: 'none' });
      svg.text([tickLabel(t, y.step)], { x: at.x - 5, y: py(t) + 3, 'text-anchor': 'end' });
    }
    for (const t of x.ticks) {
      if (t < x0 - 1e-9 || t > x1 + 1e-9) continue;
      svg.element('path', { d: SvgWriter.polyline([[px(t), at.y + at.height], [px(t), at.y + at.height + 4]]), stroke: AXIS_COLOR, 'stroke-width': 0.8, fill: 'none' });
      svg.text([x.format ? x.format(t) : tickLabel(t, x.step)], { x: px(t), y: at.y + at.height + 14, 'text-anchor': 'middle' });
    }
    svg.element('path', {
      d: SvgWriter.polyline([[at.x, at.y], [at.x, at.y + at.height], [at.x + at.width, at.y + at.height]]),
      stroke: AXIS_COLOR,
      'stroke-width': 1,
      fill: 'none',
    });
    svg.text([x.label], { x: at.x + at.width / 2, y: at.y + at.height + 28, 'text-anchor': 'middle' });
    const cy = at.y + at.height / 2;
    svg.text([y.label], { x: at.x - 36, y: cy, 'text-anchor': 'middle', transform: `rotate(-90 ${at.x - 36} ${cy})` });
  });
  return { px, py };
}

/** Fields counting events in a row's window (not states): drawn as bars, one per row. */
const EVENT_FIELDS: ReadonlySet<string> = new Set(['newFirms', 'newSpinoffs']);

/** Pieces of a line between nulls. */
function segments(points: ReadonlyArray<[number, number | null]>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  for (const [x, y] of points) {
    if (y === null || !Number.isFinite(y)) {
      if (current.length) out.push(current);
      current = [];
    } else current.push([x, y]);
  }
  if (current.length) out.push(current);
  return out;
}

/** What the timelines' undated rule and event window did, in one sentence for the caption. */
function undatedRuleSentence(series: readonly TimelineSeries[]): string {
  const rules = series.map((s) => s.timeline.rules);
  const same = rules.every((r) => r.undated === rules[0]?.undated && r.window === rules[0]?.window);
  const said = (r: Timeline['rules']) =>
    `${{ include: 'Elements without an own start date count from the first year', bound: 'Elements without an own start date count from their derived bound (earliest dated tie or child; for ties, the later founding year of their ends) and are left out without one', exclude: 'Elements without an own start date are left out' }[r.undated]}${r.window === null ? '' : `; events count for ${r.window} years`}`;
  if (rules.length === 0) return '';
  return same ? said(rules[0]!) : series.map((s) => `${s.name}: ${said(s.timeline.rules)}`).join('; ');
}

/**
 * Small multiples of timeline indicators: one panel per indicator with the years on the x axis,
 * one line per series (a gap where a value is null), a legend naming the series and a caption
 * with the snapshot rule and the undated elements.
 *
 * @param timelines - one timeline, or several named ones (e.g. regions)
 * @param options - indicators, title, panels per row, series name, font metrics
 * @returns the SVG text and its size
 * @throws Error naming an unknown indicator
 * @example
 * const { svg, width, height } = timelineChartSvg(timeline(graph), { title: 'Sapporo Valley', indicators: ['nodes', 'density'] });
 * await writeFigure('sapporo-timeline.png', svg, { width, height });
 */
export function timelineChartSvg(timelines: Timeline | readonly TimelineSeries[], options: TimelineChartOptions = {}): ChartSvg {
  const series: readonly TimelineSeries[] = Array.isArray(timelines)
    ? (timelines as readonly TimelineSeries[])
    : [{ name: options.name ?? 'timeline', timeline: timelines as Timeline }];
  const fields = fieldsFor(options.indicators ?? DEFAULTS.indicators);
  if (fields.length === 0) throw new Error('no indicators to draw');
  const measurer = options.measurer ?? figureTextMeasurer();
  const columns = Math.max(1, Math.min(options.columns ?? DEFAULTS.columns, fields.length));
  const rows = Math.ceil(fields.length / columns);
  const width = MARGIN * 2 + columns * PANEL_WIDTH + (columns - 1) * GAP_X;
  const contentWidth = width - 2 * MARGIN;

  let y = MARGIN;
  const title = options.title ?? '';
  const titleBaseline = y + measurer.ascent(16);
  if (title) y = Math.ceil(titleBaseline + measurer.descent(16)) + 8;
  const legend = layoutLegend(
    series.map((s, i) => ({ swatch: { shape: 'line', stroke: CATEGORY_COLORS[i % CATEGORY_COLORS.length]!, width: 2.5 }, text: s.name })),
    measurer,
    { x: MARGIN, y, maxWidth: contentWidth },
  );
  y = legend.bottom + 12;
  const panelsTop = y;
  const panelsBottom = panelsTop + rows * PANEL_HEIGHT + (rows - 1) * GAP_Y;
  const undated = series.map((s) => `${series.length > 1 ? `${s.name}: ` : ''}${s.timeline.undated.nodes} actors and ${s.timeline.undated.edges} ties without a year`);
  const caption = layoutCaption(
    `Each point is the ecosystem as of the end of the year: actors founded by then and not dissolved, ties begun by then and not ended, between present actors. ${undatedRuleSentence(series)} (${undated.join('; ')}).`,
    measurer,
    { x: MARGIN, y: panelsBottom + 12, maxWidth: contentWidth },
  );
  const height = Math.ceil(caption.bottom + MARGIN);

  const svg = new SvgWriter(width, height, title || 'Timeline');
  if (title) svg.text([title], { x: MARGIN, y: titleBaseline, 'font-size': 16, 'font-weight': 700, fill: TEXT_COLOR });
  drawLegend(svg, legend);

  const allYears = series.flatMap((s) => s.timeline.years.map((r) => r.year));
  const firstYear = allYears.length ? Math.min(...allYears) : 0;
  const lastYear = allYears.length ? Math.max(...allYears) : 1;
  const xTicks = niceTicks(firstYear, lastYear, 4, true);
  fields.forEach((field, k) => {
    const col = k % columns;
    const row = Math.floor(k / columns);
    const left = MARGIN + col * (PANEL_WIDTH + GAP_X);
    const top = panelsTop + row * (PANEL_HEIGHT + GAP_Y);
    const values = series.flatMap((s) => s.timeline.years.map((r) => field.value(r))).filter((v): v is number => v !== null && Number.isFinite(v));
    const lo = Math.min(0, ...values);
    const hi = values.length ? Math.max(...values) : 1;
    const integer = values.every(Number.isInteger);
    const yTicks = niceTicks(lo, hi, 4, integer);
    const plot = { x: left + PLOT_LEFT, y: top + PLOT_TOP, width: PANEL_WIDTH - PLOT_LEFT - PLOT_RIGHT, height: PANEL_HEIGHT - PLOT_TOP - PLOT_BOTTOM };
    svg.group({ class: 'panel', 'data-indicator': field.id }, () => {
      svg.text([field.title], { x: left, y: top + 12, 'font-size': 11, 'font-weight': 700, fill: TEXT_COLOR });
      const { px, py } = drawPanelAxes(
        svg,
        plot,
        { ...xTicks, domain: [firstYear, lastYear], label: 'year', format: (v) => String(v) },
        { ...yTicks, label: Y_LABELS[field.id] ?? field.id },
      );
      if (EVENT_FIELDS.has(field.id)) {
        // one thin bar per row and series, side by side around the year
        const rowsShown = Math.max(1, ...series.map((s) => s.timeline.years.length));
        const slot = Math.min(8, (plot.width / rowsShown) * 0.8);
        const bar = Math.max(0.8, slot / series.length);
        series.forEach((s, i) => {
          const color = CATEGORY_COLORS[i % CATEGORY_COLORS.length]!;
          for (const r of s.timeline.years) {
            const v = field.value(r);
            if (v === null || !Number.isFinite(v) || v === 0) continue;
            const x = px(r.year) - slot / 2 + i * bar;
            svg.element('rect', { x, y: py(v), width: bar, height: py(0) - py(v), fill: color });
          }
        });
        return;
      }
      series.forEach((s, i) => {
        const color = CATEGORY_COLORS[i % CATEGORY_COLORS.length]!;
        const points = s.timeline.years.map((r): [number, number | null] => [r.year, field.value(r)]);
        for (const part of segments(points)) {
          const pts = part.map(([yr, v]) => [px(yr), py(v)] as [number, number]);
          if (pts.length === 1) svg.element('circle', { cx: pts[0]![0], cy: pts[0]![1], r: 2.2, fill: color });
          else svg.element('path', { d: SvgWriter.polyline(pts), fill: 'none', stroke: color, 'stroke-width': 1.8, 'stroke-linejoin': 'round' });
        }
        if (s.timeline.years.length <= 30)
          for (const [yr, v] of points) if (v !== null && Number.isFinite(v)) svg.element('circle', { cx: px(yr), cy: py(v), r: 1.8, fill: color });
      });
    });
  });
  svg.group({ class: 'caption', 'font-size': caption.size, fill: AXIS_COLOR }, () => {
    caption.lines.forEach((line, i) => svg.text([line], { x: caption.x, y: caption.baselines[i]! }));
  });
  return { svg: svg.toString(), width, height };
}
