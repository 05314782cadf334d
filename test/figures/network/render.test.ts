/** The SVG of a network layout: one path per tie, one circle per node, label halos, legend and caption. */
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { networkFigure } from '../../../src/figures/network/network-figure.js';
import { renderNetworkSvg } from '../../../src/figures/network/render.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';

const { layout } = networkFigure(generateEcosystem({ nodes: 40, seed: 2 }), figureTextMeasurer(), { seed: 5, labels: 6, title: 'Forty actors' });

/** The lines of one `<g class="…">` group of the SVG. */
function group(svg: string, name: string): string[] {
  const lines = svg.split('\n');
  const start = lines.findIndex((l) => l.trim().startsWith(`<g class="${name}"`));
  expect(start, `group ${name}`).toBeGreaterThan(-1);
  const out: string[] = [];
  for (let i = start + 1; lines[i]!.trim() !== '</g>'; i++) out.push(lines[i]!.trim());
  return out;
}

describe('renderNetworkSvg', () => {
  const svg = renderNetworkSvg(layout);

  it('is deterministic and sized like the layout, with the title', () => {
    expect(renderNetworkSvg(layout)).toBe(svg);
    expect(svg).toContain(`width="${Math.round(layout.width * 100) / 100}"`);
    expect(svg).toContain('<title>Forty actors</title>');
  });

  it('draws one path per tie between its nodes, in the tie colour', () => {
    const edges = group(svg, 'edges');
    expect(edges).toHaveLength(layout.edges.length);
    const e = layout.edges[0]!;
    const [a, b] = [layout.nodes[e.source]!, layout.nodes[e.target]!];
    const r = (v: number) => String(Math.round(v * 100) / 100);
    expect(edges[0]).toBe(`<path d="M${r(a.x)} ${r(a.y)} L${r(b.x)} ${r(b.y)}" stroke="${e.color}"/>`);
  });

  it('draws one circle per node with its radius and colour', () => {
    const nodes = group(svg, 'nodes');
    expect(nodes).toHaveLength(layout.nodes.length);
    for (const [i, n] of layout.nodes.entries()) expect(nodes[i]).toContain(`fill="${n.color}"`);
  });

  it('draws each label on a white halo, with its text', () => {
    const labels = group(svg, 'labels');
    expect(labels.filter((l) => l.startsWith('<rect'))).toHaveLength(layout.labels.length);
    for (const l of layout.labels) for (const line of l.box.lines) expect(labels.some((x) => x.includes(`>${line.replace(/&/g, '&amp;')}</text>`)), line).toBe(true);
  });

  it('draws the legend and the caption', () => {
    expect(group(svg, 'legend').length).toBeGreaterThan(0);
    expect(svg).toContain('Layout: ForceAtlas2, seed 5.');
  });
});
