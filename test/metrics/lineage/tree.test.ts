/** lineageTree: nesting, child order, the longest-path placement of multi-parent firms, extra links. */
import { describe, expect, it } from 'vitest';
import { lineageTree, type LineageTreeNode } from '../../../src/metrics/lineage/index.js';
import { spinoffGraph } from './helpers.js';

const ids = (nodes: LineageTreeNode[]) => nodes.map((n) => n.id);

describe('lineageTree', () => {
  // a → b → c → d, a → d (shortcut), x → d (another root), b → e, d → f twice
  const graph = spinoffGraph(
    [
      ['a', 'anchor', { founded: 1950, confidence: 'sourced' }],
      ['b', 'firm', { founded: 1960, listed: true }],
      ['c', 'firm', { founded: 1970 }],
      ['d', 'firm', { founded: 1980 }],
      ['e', 'firm', { founded: 1965 }],
      ['f', 'firm'],
      ['x', 'university'],
    ],
    [
      ['a', 'b', { confidence: 'sourced' }],
      ['b', 'c', { confidence: 'illustrative' }],
      ['c', 'd', { confidence: 'inferred' }],
      ['a', 'd', { confidence: 'sourced' }],
      ['x', 'd'],
      ['b', 'e'],
      ['d', 'f', { confidence: 'inferred' }],
      ['d', 'f', { confidence: 'illustrative' }],
    ],
  );

  it('nests children under parents with generations and node attributes', () => {
    const tree = lineageTree(graph, 'a');
    expect(tree).toMatchObject({ id: 'a', label: 'A', kind: 'anchor', founded: 1950, generation: 0, confidence: 'sourced' });
    expect(ids(tree.children)).toEqual(['b']);
    const b = tree.children[0]!;
    expect(b).toMatchObject({ generation: 1, listed: true, confidence: 'sourced' });
    expect(ids(b.children)).toEqual(['e', 'c']); // by founding year: e 1965, c 1970
    expect('founded' in b.children[0]!.children).toBe(false);
  });

  it('puts a multi-parent firm once, under the parent on its longest path, and lists the other links', () => {
    const tree = lineageTree(graph, 'a');
    const c = tree.children[0]!.children[1]!;
    expect(c.id).toBe('c');
    expect(ids(c.children)).toEqual(['d']);
    const d = c.children[0]!;
    expect(d).toMatchObject({ generation: 3, confidence: 'inferred' });
    expect(d.extraParents).toEqual([{ id: 'a', label: 'A', confidence: 'sourced' }]);
    expect(d.outsideParents).toEqual([{ id: 'x', label: 'X', confidence: null }]);
    expect(tree.children.some((n) => n.id === 'd')).toBe(false);
  });

  it('keeps the strongest confidence of parallel ties', () => {
    const f = lineageTree(graph, 'a').children[0]!.children[1]!.children[0]!.children[0]!;
    expect(f).toMatchObject({ id: 'f', generation: 4, confidence: 'illustrative', extraParents: [] });
  });

  it('orders children by founding year, then label, unknown years last', () => {
    const g = spinoffGraph(
      [
        ['r', 'anchor'],
        ['k1', 'firm', { label: 'Zeta', founded: 1990 }],
        ['k2', 'firm', { label: 'Alpha' }],
        ['k3', 'firm', { label: 'Beta', founded: 1990 }],
        ['k4', 'firm', { label: 'Gamma', founded: 1975 }],
        ['k5', 'firm', { label: 'Aardvark' }],
      ],
      [
        ['r', 'k1'],
        ['r', 'k2'],
        ['r', 'k3'],
        ['r', 'k4'],
        ['r', 'k5'],
      ],
    );
    expect(lineageTree(g, 'r').children.map((c) => c.label)).toEqual(['Gamma', 'Beta', 'Zeta', 'Aardvark', 'Alpha']);
  });

  it('breaks ties between equally long paths by the parent founded first', () => {
    const g = spinoffGraph(
      [
        ['r', 'anchor'],
        ['late', 'firm', { founded: 1980 }],
        ['early', 'firm', { founded: 1970 }],
        ['kid', 'firm'],
      ],
      [
        ['r', 'late'],
        ['r', 'early'],
        ['late', 'kid'],
        ['early', 'kid'],
      ],
    );
    const tree = lineageTree(g, 'r');
    expect(ids(tree.children)).toEqual(['early', 'late']);
    expect(ids(tree.children[0]!.children)).toEqual(['kid']);
    expect(tree.children[0]!.children[0]!.extraParents.map((p) => p.id)).toEqual(['late']);
    expect(tree.children[1]!.children).toEqual([]);
  });

  it('gives a single-node tree for a root without children, and refuses unknown roots', () => {
    expect(lineageTree(graph, 'f')).toEqual({
      id: 'f',
      label: 'F',
      kind: 'firm',
      generation: 0,
      confidence: null,
      children: [],
      extraParents: [],
      outsideParents: [],
    });
    expect(() => lineageTree(graph, 'nope')).toThrow('no node "nope"');
  });

  it('is plain data (JSON round-trips)', () => {
    const tree = lineageTree(graph, 'x');
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    expect(ids(tree.children)).toEqual(['d']);
    expect(tree.children[0]!.outsideParents.map((p) => p.id)).toEqual(['a', 'c']);
  });
});
