/**
 * The SVG of a tree figure, written from its layout. Deterministic: the same layout gives the same
 * bytes (see `SvgWriter`).
 */
import { drawLegend, TEXT_COLOR } from '../legend-render.js';
import { SvgWriter } from '../svg-writer.js';
import { BOUNDED_DASH, YEAR_FONT_RATIO, type TreeFigureLayout } from './layout.js';
import { linkStyle, nodeBoxColors } from './style.js';

const YEAR_COLOR = '#555555';
/** Size of generation labels (as the year axis), px. */
const AXIS_LABEL_SIZE = 9;
const GRID_COLOR = '#E4E4E4';
/** Shade of the band of firms without a founding year. */
const UNKNOWN_BAND_FILL = '#F3F3F3';

/**
 * Renders a laid-out spin-off tree as an SVG document.
 *
 * @param layout - from `layoutTreeFigure`
 * @param scale - printed size over laid-out size (the SVG's width and height; its viewBox stays the layout's)
 * @returns the SVG text
 * @example
 * const svg = renderTreeSvg(layoutTreeFigure(lineageTree(graph, 'yamaha-motor'), figureTextMeasurer()));
 */
export function renderTreeSvg(layout: TreeFigureLayout, scale = 1): string {
  const svg = new SvgWriter(layout.width, layout.height, layout.title?.label.lines.join(' '), scale);
  const vertical = layout.orientation === 'vertical';
  if (layout.title) {
    const t = layout.title;
    svg.text(t.label.lines, { x: t.label.x, y: t.baseline, 'font-size': t.size, 'font-weight': 700, fill: TEXT_COLOR }, t.size * 1.25);
  }
  for (const axis of [...(layout.axis ? [layout.axis] : []), ...(layout.extraAxes ?? [])]) {
    svg.group({ class: 'year-axis' }, () => {
      for (const tick of axis.ticks) {
        const line: [number, number][] = vertical ? [[axis.gridFrom, tick.at], [axis.gridTo, tick.at]] : [[tick.at, axis.gridFrom], [tick.at, axis.gridTo]];
        svg.element('path', { d: SvgWriter.polyline(line), fill: 'none', stroke: GRID_COLOR, 'stroke-width': 0.8 });
        svg.text(tick.label.lines, {
          x: vertical ? tick.label.x + tick.label.width : tick.label.x + tick.label.width / 2,
          y: tick.baseline,
          'font-size': axis.size,
          'text-anchor': vertical ? 'end' : 'middle',
          fill: YEAR_COLOR,
        });
      }
      // Firms without a year: a shaded band set off from the axis by a dashed rule, labelled.
      for (const band of axis.unknownBands) {
        const [from, to] = [band.from - 6, band.to + 6];
        const span = axis.gridTo - axis.gridFrom;
        svg.element(
          'rect',
          vertical ? { x: axis.gridFrom, y: from, width: span, height: to - from, fill: UNKNOWN_BAND_FILL } : { x: from, y: axis.gridFrom, width: to - from, height: span, fill: UNKNOWN_BAND_FILL },
        );
        const at = band.side === 'before' ? to : from;
        const rule: [number, number][] = vertical ? [[axis.gridFrom, at], [axis.gridTo, at]] : [[at, axis.gridFrom], [at, axis.gridTo]];
        svg.element('path', { d: SvgWriter.polyline(rule), fill: 'none', stroke: YEAR_COLOR, 'stroke-width': 0.8, 'stroke-dasharray': '4 3' });
        svg.text(band.label.lines, {
          x: vertical ? band.label.x + band.label.width : band.label.x,
          y: band.baseline,
          'font-size': axis.size,
          'text-anchor': vertical ? 'end' : 'start',
          fill: YEAR_COLOR,
        });
      }
    });
  }
  if (layout.generationLabels?.length)
    svg.group({ class: 'generations' }, () => {
      for (const g of layout.generationLabels!)
        svg.text(g.label.lines, {
          x: vertical ? g.label.x + g.label.width : g.label.x,
          y: g.baseline,
          'font-size': AXIS_LABEL_SIZE,
          'text-anchor': vertical ? 'end' : 'start',
          fill: YEAR_COLOR,
        });
    });
  svg.group({ class: 'links', fill: 'none' }, () => {
    for (const link of layout.links) {
      const style = linkStyle(link.role, link.confidence);
      svg.element('path', { d: SvgWriter.polyline(link.points), stroke: style.stroke, 'stroke-width': style.width, 'stroke-dasharray': style.dash });
    }
  });
  svg.group({ class: 'nodes' }, () => {
    for (const node of layout.nodes) {
      const colors = nodeBoxColors(node.kind);
      svg.element('rect', { x: node.box.x, y: node.box.y, width: node.box.width, height: node.box.height, rx: 3, fill: colors.fill, stroke: colors.stroke, 'stroke-width': 1, 'stroke-dasharray': node.bounded ? BOUNDED_DASH : undefined });
      const nameBaselines = node.baselines.slice(0, node.lines.length);
      node.lines.forEach((line, i) => svg.text([line], { x: node.textX, y: nameBaselines[i]!, 'font-size': layout.fontSize, 'text-anchor': 'middle', fill: TEXT_COLOR }));
      if (node.yearText !== undefined)
        svg.text([node.yearText], { x: node.textX, y: node.baselines[node.lines.length]!, 'font-size': layout.fontSize * YEAR_FONT_RATIO, 'text-anchor': 'middle', fill: YEAR_COLOR });
    }
  });
  drawLegend(svg, layout.legend);
  if (layout.caption.lines.length) {
    const c = layout.caption;
    svg.text(c.lines, { x: c.x, y: c.baselines[0]!, 'font-size': c.size, fill: YEAR_COLOR }, c.size * 1.35);
  }
  return svg.toString();
}
