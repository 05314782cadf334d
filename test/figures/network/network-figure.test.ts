/**
 * A network figure of a whole graph: deterministic for a seed, nodes coloured by kind (legend in
 * schema order) or by community, tie colours by kind, size legend from the measure's range, and a
 * caption naming the layout, seed and size measure.
 */
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { DEFAULTS, networkFigure } from '../../../src/figures/network/network-figure.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { CATEGORY_COLORS, EDGE_KIND_COLORS, NODE_KIND_COLORS, UNTYPED_NODE_COLOR } from '../../../src/model/palette.js';
import type { EcoGraph } from '../../../src/model/types.js';

const measurer = figureTextMeasurer();

function graph(): EcoGraph {
  const g = createEcoGraph({ name: 'figure test' });
  g.addNode('ku', { label: 'Kyoto University', kind: 'university', sources: ['Annual report 2020'] });
  g.addNode('s1', { label: 'Start-up One', kind: 'firm' });
  g.addNode('s2', { label: 'Start-up Two', kind: 'firm' });
  g.addNode('x', { label: 'Somebody' });
  g.addDirectedEdge('ku', 's1', { kind: 'spinoff' });
  g.addDirectedEdge('ku', 's2', { kind: 'spinoff' });
  g.addUndirectedEdge('s1', 's2', { kind: 'collaboration' });
  g.addUndirectedEdge('s2', 'x', {});
  return g;
}

describe('networkFigure', () => {
  it('colours by kind and sizes by degree by default', () => {
    expect(DEFAULTS).toEqual({ color: 'kind', size: 'degree' });
  });

  it('gives the same SVG for the same graph and seed, and moves the nodes with another seed', () => {
    const a = networkFigure(graph(), measurer, { seed: 3 });
    expect(networkFigure(graph(), measurer, { seed: 3 }).svg).toBe(a.svg);
    const b = networkFigure(graph(), measurer, { seed: 4 });
    expect(b.layout.nodes.map((n) => [n.x, n.y])).not.toEqual(a.layout.nodes.map((n) => [n.x, n.y]));
  });

  it('colours nodes by kind, untyped grey, and lists kinds, tie kinds and the size range in the legend', () => {
    const { layout } = networkFigure(graph(), measurer, { seed: 1 });
    expect(layout.nodes.map((n) => n.color)).toEqual([NODE_KIND_COLORS.university, NODE_KIND_COLORS.firm, NODE_KIND_COLORS.firm, UNTYPED_NODE_COLOR]);
    expect(layout.legend.entries.map((e) => e.text)).toEqual(['Firm', 'University', 'untyped', 'Spin-off tie', 'Collaboration tie', 'untyped tie', 'degree 1', 'degree 3']);
    expect(layout.edges.map((e) => e.color).sort()).toEqual(
      [EDGE_KIND_COLORS.spinoff, EDGE_KIND_COLORS.spinoff, EDGE_KIND_COLORS.collaboration, expect.any(String)].sort(),
    );
  });

  it('colours nodes by community with one legend entry per community', () => {
    const { layout } = networkFigure(graph(), measurer, { seed: 1, color: 'community' });
    for (const n of layout.nodes) expect(CATEGORY_COLORS).toContain(n.color);
    expect(layout.legend.entries.filter((e) => e.text.startsWith('community ')).length).toBeGreaterThanOrEqual(1);
  });

  it('writes a caption with the sources, the layout seed and the size measure', () => {
    const { layout, svg } = networkFigure(graph(), measurer, { seed: 9, size: 'pagerank' });
    const caption = layout.caption.lines.join(' ');
    expect(caption).toContain('Annual report 2020');
    expect(caption).toContain('Layout: ForceAtlas2, seed 9. Node size: pagerank.');
    expect(svg).toContain('Layout: ForceAtlas2, seed 9.');
  });

  it('refuses an unknown size measure', () => {
    expect(() => networkFigure(graph(), measurer, { size: 'fame' })).toThrow(/unknown size measure "fame"/);
  });
});
