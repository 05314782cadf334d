/** The SVG of a network figure, written deterministically from its layout. */
import { drawLegend, TEXT_COLOR } from '../legend-render.js';
import { markerPath } from '../markers.js';
import { SvgWriter } from '../svg-writer.js';
import type { NetworkFigureLayout } from './layout.js';
import { HOLLOW_EDGE, hollowWidth } from './tie-style.js';

const LEADER_COLOR = '#333333';

/**
 * Renders a laid-out network as an SVG document: ties (bottom layer first; hollow ties as an outline
 * with a white core; arrowheads filled), nodes, leader lines (ending in a dot on the node), labels (on a white halo), legend and
 * caption.
 *
 * @param layout - from `layoutNetworkFigure`
 * @returns the SVG text
 */
export function renderNetworkSvg(layout: NetworkFigureLayout): string {
  const svg = new SvgWriter(layout.width, layout.height, layout.title?.label.lines.join(' '));
  if (layout.title) {
    const t = layout.title;
    svg.text(t.label.lines, { x: t.label.x, y: t.baseline, 'font-size': t.size, 'font-weight': 700, fill: TEXT_COLOR }, t.size * 1.25);
  }
  svg.group({ class: 'edges', fill: 'none', 'stroke-linecap': 'butt' }, () => {
    for (const e of layout.edges) {
      svg.group({ class: `tie ${e.kind}${e.hollow ? ' hollow' : ''}` }, () => {
        if (e.hollow) {
          const outer = hollowWidth(e.width);
          svg.element('path', { d: e.d, stroke: e.color, 'stroke-width': outer, 'stroke-dasharray': e.dash });
          svg.element('path', { d: e.d, stroke: '#FFFFFF', 'stroke-width': outer - 2 * HOLLOW_EDGE, 'stroke-dasharray': e.dash });
        } else svg.element('path', { d: e.d, stroke: e.color, 'stroke-width': e.width, 'stroke-dasharray': e.dash });
        if (e.arrow) svg.element('path', { d: e.arrow, fill: e.color, stroke: 'none' });
      });
    }
  });
  svg.group({ class: 'nodes', 'stroke-width': 0.6 }, () => {
    for (const n of layout.nodes) {
      if (n.marker === 'circle') svg.element('circle', { cx: n.x, cy: n.y, r: n.r, fill: n.color, stroke: n.stroke });
      else svg.element('path', { d: markerPath(n.marker, n.x, n.y, n.r), fill: n.color, stroke: n.stroke });
    }
  });
  svg.group({ class: 'labels' }, () => {
    for (const l of layout.labels) {
      // A leader line ends in a small dot on its node, which no tie has: it cannot be read as a tie.
      if (l.leader) {
        svg.element('path', { d: SvgWriter.polyline([[l.leader[0], l.leader[1]], [l.leader[2], l.leader[3]]]), fill: 'none', stroke: LEADER_COLOR, 'stroke-width': 0.45 });
        svg.element('circle', { cx: l.leader[0], cy: l.leader[1], r: 1.3, fill: LEADER_COLOR });
      }
      svg.element('rect', { x: l.box.x, y: l.box.y, width: l.box.width, height: l.box.height, rx: 1.5, fill: '#FFFFFF', 'fill-opacity': 0.85 });
      l.box.lines.forEach((line, i) => svg.text([line], { x: l.textX, y: l.baselines[i]!, 'font-size': l.size, fill: TEXT_COLOR }));
    }
  });
  drawLegend(svg, layout.legend);
  if (layout.caption.lines.length) {
    const c = layout.caption;
    svg.text(c.lines, { x: c.x, y: c.baselines[0]!, 'font-size': c.size, fill: '#555555' }, c.size * 1.35);
  }
  return svg.toString();
}
