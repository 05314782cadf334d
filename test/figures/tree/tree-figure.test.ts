/**
 * The spin-off tree figure below a root: refuses an unknown root, draws the root and its
 * descendants, notes firms hidden beyond a generation limit and those with a second parent outside
 * the tree, and cites the sources of what is drawn.
 */
import { describe, expect, it } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';
import { treeFigure } from '../../../src/figures/tree/tree-figure.js';
import { SpinoffCycleError } from '../../../src/metrics/lineage/index.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import type { EcoGraph } from '../../../src/model/types.js';

const measurer = figureTextMeasurer();

/** root → a → b → c, outsider → b, plus an unrelated firm. */
function chain(): EcoGraph {
  const g = createEcoGraph({ name: 'chain' });
  g.addNode('root', { label: 'Root Corp', kind: 'anchor', founded: 1950, sources: ['Root history 1990'] });
  g.addNode('a', { label: 'Alpha', kind: 'firm', founded: 1970, sources: ['Alpha filing'] });
  g.addNode('b', { label: 'Beta', kind: 'firm', founded: 1985 });
  g.addNode('c', { label: 'Gamma', kind: 'firm' });
  g.addNode('outsider', { label: 'Outsider Inc', kind: 'firm' });
  g.addNode('unrelated', { label: 'Unrelated', kind: 'firm', sources: ['Never cited'] });
  g.addDirectedEdge('root', 'a', { kind: 'spinoff', sources: ['Spin-off article'] });
  g.addDirectedEdge('a', 'b', { kind: 'spinoff' });
  g.addDirectedEdge('b', 'c', { kind: 'spinoff' });
  g.addDirectedEdge('outsider', 'b', { kind: 'spinoff' });
  return g;
}

describe('treeFigure', () => {
  it('refuses a root that is not a node, naming it', () => {
    expect(() => treeFigure(chain(), 'nobody', measurer)).toThrow('no node "nobody" in the graph (--root takes a node id)');
  });

  it('draws the root and its descendants only, and is deterministic', () => {
    const { layout, svg } = treeFigure(chain(), 'root', measurer, { title: 'Chain' });
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'root']);
    expect(layout.generations).toBe(3);
    expect(treeFigure(chain(), 'root', measurer, { title: 'Chain' }).svg).toBe(svg);
    expect(svg).toContain('<title>Chain</title>');
  });

  it('cites the sources of drawn nodes and ties only, and names a second parent from outside the tree', () => {
    const caption = treeFigure(chain(), 'root', measurer).layout.caption.lines.join(' ');
    for (const source of ['Root history 1990', 'Alpha filing', 'Spin-off article']) expect(caption).toContain(source);
    expect(caption).not.toContain('Never cited');
    expect(caption).toContain('Also spun off from outside this tree: Beta (from Outsider Inc).');
  });

  it('notes the firms hidden beyond the generation limit', () => {
    const { layout } = treeFigure(chain(), 'root', measurer, { maxGenerations: 1 });
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'root']);
    expect(layout.hiddenDescendants).toBe(2);
    expect(layout.caption.lines.join(' ')).toContain('2 firms beyond generation 1 not shown.');
  });

  it('notes firms without a founding year on a year axis', () => {
    const caption = treeFigure(chain(), 'root', measurer, { years: true }).layout.caption.lines.join(' ');
    expect(caption).toContain('Firms without a founding year are drawn off the axis, in the shaded "year unknown" band.');
  });

  it('refuses spin-off ties that loop', () => {
    const g = chain();
    g.addDirectedEdge('c', 'a', { kind: 'spinoff' });
    expect(() => treeFigure(g, 'root', measurer)).toThrow(SpinoffCycleError);
  });

  it('prints Japanese or short names when asked, falling back to the label', () => {
    const g = chain();
    g.setNodeAttribute('root', 'labelJa', 'ルート株式会社');
    g.setNodeAttribute('a', 'label', 'Alpha Holdings Co., Ltd. (AHC)');
    const ja = treeFigure(g, 'root', measurer, { labelLanguage: 'ja' }).layout;
    expect(ja.nodes.find((n) => n.id === 'root')!.lines).toEqual(['ルート株式会社']);
    expect(ja.nodes.find((n) => n.id === 'b')!.lines).toEqual(['Beta']);
    const short = treeFigure(g, 'root', measurer, { labelLanguage: 'short' }).layout;
    expect(short.nodes.find((n) => n.id === 'a')!.lines).toEqual(['AHC']);
    expect(short.caption.lines.join(' ')).toContain('Beta (from Outsider)');
  });

  it('prints private sources of the drawn firms and spin-off ties marked as private, as text', () => {
    const g = chain();
    g.setNodeAttribute('b', 'sources', ['private: interview K-07, 2026-03']);
    g.setEdgeAttribute(g.edges('a', 'b')[0]!, 'sources', ['private: survey Q12']);
    const { layout, svg } = treeFigure(g, 'root', measurer);
    const caption = layout.caption.lines.join(' ');
    expect(caption).toContain('private source: interview K-07, 2026-03');
    expect(caption).toContain('private source: survey Q12');
    expect(caption).toContain('Root history 1990');
    expect(svg).not.toMatch(/<a[ >]/);
  });
});
