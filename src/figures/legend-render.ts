/** Drawing a laid-out legend into an SVG. */
import type { LegendLayout } from './legend.js';
import { SvgWriter } from './svg-writer.js';

export const TEXT_COLOR = '#1A1A1A';

/** Draws the swatches and texts of a legend. */
export function drawLegend(svg: SvgWriter, legend: LegendLayout): void {
  if (legend.entries.length === 0) return;
  svg.group({ class: 'legend' }, () => {
    for (const e of legend.entries) {
      const s = e.swatch;
      if (s.shape === 'box') svg.element('rect', { x: e.swatchX - 9, y: e.swatchY - 5.5, width: 18, height: 11, rx: 2, fill: s.fill, stroke: s.stroke, 'stroke-width': 1 });
      else if (s.shape === 'circle') svg.element('circle', { cx: e.swatchX, cy: e.swatchY, r: s.radius, fill: s.fill, stroke: s.stroke, 'stroke-width': 0.8 });
      else if (s.shape === 'line')
        svg.element('path', { d: SvgWriter.polyline([[e.swatchX - 11, e.swatchY], [e.swatchX + 11, e.swatchY]]), fill: 'none', stroke: s.stroke, 'stroke-width': s.width, 'stroke-dasharray': s.dash });
      else svg.text([s.mark], { x: e.swatchX, y: e.baseline, 'font-size': legend.size + 2, 'font-weight': 700, 'text-anchor': 'middle', fill: TEXT_COLOR });
      svg.text([e.text], { x: e.textX, y: e.baseline, 'font-size': legend.size, fill: TEXT_COLOR });
    }
  });
}
