/**
 * A network figure of a whole graph: deterministic for a seed, nodes coloured by kind (legend in
 * schema order) or by community, tie colours by kind, size legend from the measure's range, and a
 * caption naming the layout, seed and size measure.
 */
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { DEFAULTS, networkFigure } from '../../../src/figures/network/network-figure.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { CATEGORY_COLORS, NODE_KIND_COLORS, UNTYPED_NODE_COLOR } from '../../../src/model/palette.js';
import { TIE_STYLES } from '../../../src/figures/network/tie-style.js';
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
    expect(DEFAULTS).toEqual({ color: 'kind', size: 'degree', print: 'color' });
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
    expect(layout.legend.entries.map((e) => e.text)).toEqual(['Firm', 'University', 'untyped', 'Spin-off tie', 'Collaboration tie', 'untyped tie', 'node size: degree 1, 2, 3']);
    const sizes = layout.legend.entries.at(-1)!.swatch;
    expect(sizes).toMatchObject({ shape: 'sizes', radii: [3, expect.any(Number), 13] });
    expect(layout.edges.map((e) => e.color).sort()).toEqual([TIE_STYLES.spinoff.color, TIE_STYLES.spinoff.color, TIE_STYLES.collaboration.color, TIE_STYLES.untyped.color].sort());
  });

  it('draws parallel ties of different kinds as separate curves, and duplicates of one kind once', () => {
    const g = graph();
    g.addDirectedEdge('ku', 's1', { kind: 'investment' });
    g.addUndirectedEdge('ku', 's1', { kind: 'collaboration' });
    g.addDirectedEdge('ku', 's1', { kind: 'spinoff' }); // a duplicate of the first spin-off tie
    const { layout } = networkFigure(g, measurer, { seed: 1 });
    const [ku, s1] = [layout.nodes.findIndex((n) => n.id === 'ku'), layout.nodes.findIndex((n) => n.id === 's1')];
    const pair = layout.edges.filter((e) => (e.source === ku && e.target === s1) || (e.source === s1 && e.target === ku));
    expect(pair.map((e) => e.kind).sort()).toEqual(['collaboration', 'investment', 'spinoff']);
    // Three different curves: distinct control points, the middle one straight and the outer two on either side.
    const controls = pair.map((e) => e.control.map((v) => Math.round(v * 10) / 10).join(','));
    expect(new Set(controls).size).toBe(3);
    expect(pair.filter((e) => e.d.includes(' Q')).length).toBe(2);
    const [a, b] = [layout.nodes[ku]!, layout.nodes[s1]!];
    const side = (p: [number, number]) => Math.sign((b.x - a.x) * (p[1] - a.y) - (b.y - a.y) * (p[0] - a.x));
    expect(new Set(pair.filter((e) => e.d.includes(' Q')).map((e) => side(e.control)))).toEqual(new Set([1, -1]));
    // Directed kinds carry arrowheads pointing at the target; collaboration none.
    expect(pair.find((e) => e.kind === 'collaboration')!.arrow).toBeUndefined();
    for (const e of pair.filter((x) => x.kind !== 'collaboration')) {
      expect(e.arrow).toBeDefined();
      expect(layout.nodes[e.target]!.id).toBe('s1');
    }
  });

  it('gives each tie kind a distinct stroke in colour and in bw, and kinds of actor distinct markers in bw', () => {
    const g = createEcoGraph();
    g.addNode('p', { label: 'P', kind: 'founder' });
    g.addNode('q', { label: 'Q', kind: 'person' });
    g.addNode('u', { label: 'U', kind: 'university' });
    g.addNode('f', { label: 'F', kind: 'firm' });
    g.addNode('v', { label: 'V', kind: 'investor' });
    g.addDirectedEdge('u', 'f', { kind: 'spinoff' });
    g.addDirectedEdge('v', 'f', { kind: 'investment' });
    g.addUndirectedEdge('u', 'v', { kind: 'collaboration' });
    g.addDirectedEdge('p', 'f', { kind: 'founded' });
    g.addDirectedEdge('p', 'u', { kind: 'affiliation' });
    g.addDirectedEdge('q', 'p', { kind: 'mentorship' });
    for (const print of ['color', 'bw'] as const) {
      const { layout } = networkFigure(g, measurer, { seed: 2, print });
      const strokes = layout.edges.map((e) => `${e.color}|${e.width}|${e.dash ?? ''}|${Boolean(e.arrow)}`);
      expect(new Set(strokes).size).toBe(6);
      // Without colour: width, dash and arrowhead alone still tell them apart.
      expect(new Set(strokes.map((x) => x.split('|').slice(1).join('|'))).size).toBe(6);
      if (print === 'bw') {
        for (const e of layout.edges) expect(e.color).toMatch(/^#([0-9A-F]{2})\1\1$/);
        for (const n of layout.nodes) expect(n.color).toMatch(/^#([0-9A-F]{2})\1\1$/);
        expect(new Set(layout.nodes.map((n) => n.marker)).size).toBe(5);
        expect(layout.legend.entries.filter((e) => e.swatch.shape === 'marker')).toHaveLength(5);
      } else expect(new Set(layout.nodes.map((n) => n.marker))).toEqual(new Set(['circle']));
    }
  });

  it('draws illustrative and inferred ties hollow, whatever their kind', () => {
    const g = graph();
    g.forEachEdge((e, a) => {
      if (a.kind === 'spinoff') g.setEdgeAttribute(e, 'confidence', 'illustrative');
    });
    const { layout } = networkFigure(g, measurer, { seed: 1 });
    expect(layout.edges.filter((e) => e.hollow).map((e) => e.kind)).toEqual(['spinoff', 'spinoff']);
    expect(layout.edges.filter((e) => !e.hollow).map((e) => e.kind).sort()).toEqual(['collaboration', 'untyped']);
    expect(layout.legend.entries.find((e) => e.text === 'illustrative or inferred (hollow)')!.swatch).toMatchObject({ shape: 'line', hollow: true });
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

  it('prints private sources of nodes and ties in the caption marked as private, as text', () => {
    const g = graph();
    g.setNodeAttribute('s1', 'sources', ['private: interview K-07, 2026-03']);
    g.setEdgeAttribute(g.edges('s1', 's2')[0]!, 'sources', ['Private:survey Q12 — https://intranet.example/q12']);
    const { layout, svg } = networkFigure(g, measurer, { seed: 9 });
    const caption = layout.caption.lines.join(' ');
    expect(caption).toContain('private source: interview K-07, 2026-03');
    expect(caption).toContain('private source: survey Q12');
    expect(caption).toContain('Annual report 2020');
    expect(caption).not.toMatch(/(^|[ ;:])private:/);
    expect(svg).not.toContain('intranet.example');
    expect(svg).not.toMatch(/<a[ >]/);
  });

  it('refuses an unknown size measure', () => {
    expect(() => networkFigure(graph(), measurer, { size: 'fame' })).toThrow(/unknown size measure "fame"/);
  });
});
