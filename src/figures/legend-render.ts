/** Drawing a laid-out legend into an SVG. */
import { SIZES_GAP, type LegendLayout } from './legend.js';
import { markerPath } from './markers.js';
import { SvgWriter } from './svg-writer.js';

export const TEXT_COLOR = '#1A1A1A';

/** Draws the swatches and texts of a legend. */
export function drawLegend(svg: SvgWriter, legend: LegendLayout): void {
  if (legend.entries.length === 0) return;
  svg.group({ class: 'legend' }, () => {
    for (const e of legend.entries) {
      const s = e.swatch;
      if (s.shape === 'box') svg.element('rect', { x: e.swatchX - 9, y: e.swatchY - 5.5, width: 18, height: 11, rx: 2, fill: s.fill, stroke: s.stroke, 'stroke-width': 1, 'stroke-dasharray': s.dash });
      else if (s.shape === 'circle') svg.element('circle', { cx: e.swatchX, cy: e.swatchY, r: s.radius, fill: s.fill, stroke: s.stroke, 'stroke-width': 0.8 });
      else if (s.shape === 'marker') svg.element('path', { d: markerPath(s.marker, e.swatchX, e.swatchY, s.radius), fill: s.fill, stroke: s.stroke, 'stroke-width': 0.8 });
      else if (s.shape === 'sizes') {
        let x = e.swatchX - (s.radii.reduce((a, r) => a + 2 * r + SIZES_GAP, -SIZES_GAP)) / 2;
        for (const r of s.radii) {
          svg.element('circle', { cx: x + r, cy: e.swatchY, r, fill: s.fill, stroke: s.stroke, 'stroke-width': 0.8 });
          x += 2 * r + SIZES_GAP;
        }
      } else if (s.shape === 'line') {
        const end = s.arrow ? e.swatchX + 11 - 4 - s.width : e.swatchX + 11;
        const d = SvgWriter.polyline([[e.swatchX - 11, e.swatchY], [end, e.swatchY]]);
        if (s.hollow) {
          const outer = Math.max(s.width + 1.6, 2.4);
          svg.element('path', { d, fill: 'none', stroke: s.stroke, 'stroke-width': outer, 'stroke-dasharray': s.dash });
          svg.element('path', { d, fill: 'none', stroke: '#FFFFFF', 'stroke-width': outer - 1.2, 'stroke-dasharray': s.dash });
        } else svg.element('path', { d, fill: 'none', stroke: s.stroke, 'stroke-width': s.width, 'stroke-dasharray': s.dash });
        if (s.arrow) {
          const length = 4 + s.width * 1.5;
          const half = length * 0.45;
          const tip = e.swatchX + 11;
          svg.element('path', { d: SvgWriter.polyline([[tip, e.swatchY], [tip - length, e.swatchY - half], [tip - length, e.swatchY + half]]) + ' Z', fill: s.stroke, stroke: 'none' });
        }
      }
      else svg.text([s.mark], { x: e.swatchX, y: e.baseline, 'font-size': legend.size + 2, 'font-weight': 700, 'text-anchor': 'middle', fill: TEXT_COLOR });
      svg.text([e.text], { x: e.textX, y: e.baseline, 'font-size': legend.size, fill: TEXT_COLOR });
    }
  });
}
