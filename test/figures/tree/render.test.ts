/**
 * The SVG of a tree layout: one box per node in its kind colours with its name lines and year, one
 * path per link in its line style, the year axis when asked, legend and caption.
 */
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { svgNumber, xmlEscape } from '../../../src/figures/svg-writer.js';
import { renderTreeSvg } from '../../../src/figures/tree/render.js';
import { linkStyle, nodeBoxColors } from '../../../src/figures/tree/style.js';
import { treeFigure } from '../../../src/figures/tree/tree-figure.js';
import { generatedSpinoffTree } from '../generated-tree.js';

const graph = generatedSpinoffTree({ nodes: 40, seed: 4, maxChildren: 4, depthBias: 0.4 });

function group(svg: string, name: string): string[] {
  const lines = svg.split('\n');
  const start = lines.findIndex((l) => l.trim().startsWith(`<g class="${name}"`));
  if (start < 0) return [];
  const out: string[] = [];
  for (let i = start + 1; lines[i]!.trim() !== '</g>'; i++) out.push(lines[i]!.trim());
  return out;
}

describe('renderTreeSvg', () => {
  const { layout } = treeFigure(graph, 'n0', figureTextMeasurer(), { title: 'Generated' });
  const svg = renderTreeSvg(layout);

  it('is deterministic, with the title', () => {
    expect(renderTreeSvg(layout)).toBe(svg);
    expect(svg).toContain('<title>Generated</title>');
  });

  it('draws one box per node in its kind colours, with every name line', () => {
    const nodes = group(svg, 'nodes');
    const boxes = nodes.filter((l) => l.startsWith('<rect'));
    expect(boxes).toHaveLength(layout.nodes.length);
    for (const [i, node] of layout.nodes.entries()) {
      const c = nodeBoxColors(node.kind);
      expect(boxes[i]).toContain(`x="${svgNumber(node.box.x)}" y="${svgNumber(node.box.y)}"`);
      expect(boxes[i]).toContain(`fill="${c.fill}" stroke="${c.stroke}"`);
      for (const line of node.lines) expect(nodes.some((l) => l.endsWith(`>${xmlEscape(line)}</text>`)), line).toBe(true);
    }
  });

  it('draws one polyline per link in its line style, second parents routed as polylines too', () => {
    const links = group(svg, 'links');
    expect(links).toHaveLength(layout.links.length);
    for (const [i, link] of layout.links.entries()) {
      const style = linkStyle(link.role, link.confidence);
      expect(links[i]).toContain(`stroke="${style.stroke}" stroke-width="${style.width}"`);
      if (style.dash) expect(links[i]).toContain(`stroke-dasharray="${style.dash}"`);
      expect(links[i]).toMatch(/d="M[\d. ]+(?: L[\d. ]+)+"/);
      expect((links[i]!.match(/ d="[^"]*"/)![0].match(/[ML]/g) ?? []).length).toBe(link.points.length);
    }
    expect(layout.links.some((l) => l.role === 'second-parent')).toBe(true);
  });

  it('draws the year axis only for a year layout', () => {
    expect(group(svg, 'year-axis')).toEqual([]);
    const years = treeFigure(graph, 'n0', figureTextMeasurer(), { years: true }).layout;
    const axis = group(renderTreeSvg(years), 'year-axis');
    // One grid line per tick, and one dashed rule per band of undated firms.
    expect(axis.filter((l) => l.startsWith('<path'))).toHaveLength(years.axis!.ticks.length + years.axis!.unknownBands.length);
    for (const tick of years.axis!.ticks) expect(axis.some((l) => l.endsWith(`>${tick.label.lines[0]}</text>`))).toBe(true);
    expect(years.axis!.unknownBands.length).toBeGreaterThan(0);
    expect(axis.filter((l) => l.startsWith('<rect'))).toHaveLength(years.axis!.unknownBands.length);
    expect(axis.filter((l) => l.includes('stroke-dasharray="4 3"'))).toHaveLength(years.axis!.unknownBands.length);
    expect(axis.some((l) => l.endsWith('>year unknown</text>'))).toBe(true);
  });
});
