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

  it('draws one group per tie: its path in the tie colour and width, and an arrowhead for a directed tie', () => {
    const ties = svg.split('\n').filter((l) => l.trim().startsWith('<g class="tie '));
    expect(ties).toHaveLength(layout.edges.length);
    for (const [i, e] of layout.edges.entries()) expect(ties[i]).toContain(`class="tie ${e.kind}${e.hollow ? ' hollow' : ''}"`);
    const body = svg;
    for (const e of layout.edges.filter((x) => !x.hollow)) expect(body).toContain(`<path d="${e.d}" stroke="${e.color}" stroke-width="${e.width}"`);
    for (const e of layout.edges.filter((x) => x.arrow)) expect(body).toContain(`<path d="${e.arrow}" fill="${e.color}" stroke="none"/>`);
    expect(layout.edges.some((e) => e.arrow)).toBe(true);
  });

  it('draws a hollow tie as its outline with a white core', () => {
    const g = generateEcosystem({ nodes: 12, seed: 1 });
    g.forEachEdge((e) => g.setEdgeAttribute(e, 'confidence', 'inferred'));
    const hollow = networkFigure(g, figureTextMeasurer(), { seed: 1 });
    const e = hollow.layout.edges[0]!;
    expect(e.hollow).toBe(true);
    expect(hollow.svg).toContain(`<path d="${e.d}" stroke="#FFFFFF"`);
    expect(hollow.layout.legend.entries.map((x) => x.text)).toContain('illustrative or inferred (hollow)');
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
