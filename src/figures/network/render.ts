/** The SVG of a network figure, written deterministically from its layout. */
import { drawLegend, TEXT_COLOR } from '../legend-render.js';
import { SvgWriter } from '../svg-writer.js';
import type { NetworkFigureLayout } from './layout.js';

/**
 * Renders a laid-out network as an SVG document: ties, nodes, leader lines, labels (on a white
 * halo), legend and caption.
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
  svg.group({ class: 'edges', fill: 'none', 'stroke-width': 0.7, 'stroke-opacity': 0.55 }, () => {
    for (const e of layout.edges) {
      const a = layout.nodes[e.source]!;
      const b = layout.nodes[e.target]!;
      svg.element('path', { d: SvgWriter.polyline([[a.x, a.y], [b.x, b.y]]), stroke: e.color });
    }
  });
  svg.group({ class: 'nodes', stroke: '#FFFFFF', 'stroke-width': 0.8 }, () => {
    for (const n of layout.nodes) svg.element('circle', { cx: n.x, cy: n.y, r: n.r, fill: n.color });
  });
  svg.group({ class: 'labels' }, () => {
    for (const l of layout.labels) {
      if (l.leader) svg.element('path', { d: SvgWriter.polyline([[l.leader[0], l.leader[1]], [l.leader[2], l.leader[3]]]), fill: 'none', stroke: '#777777', 'stroke-width': 0.6 });
      svg.element('rect', { x: l.box.x, y: l.box.y, width: l.box.width, height: l.box.height, rx: 2, fill: '#FFFFFF', 'fill-opacity': 0.8 });
      l.box.lines.forEach((line, i) => svg.text([line], { x: l.textX, y: l.baselines[i]!, 'font-size': layout.fontSize, fill: TEXT_COLOR }));
    }
  });
  drawLegend(svg, layout.legend);
  if (layout.caption.lines.length) {
    const c = layout.caption;
    svg.text(c.lines, { x: c.x, y: c.baselines[0]!, 'font-size': c.size, fill: '#555555' }, c.size * 1.35);
  }
  return svg.toString();
}
