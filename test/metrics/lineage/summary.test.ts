/** Acceptance 2 (library side): missing years, isolated roots, multi-parent firms, parallel ties. */
import { describe, expect, it } from 'vitest';
import { lineageSummary, summariseRoots, firmLineages } from '../../../src/metrics/lineage/index.js';
import { spinoffGraph } from './helpers.js';

describe('missing years', () => {
  it('medianGapYears and span are null when no founding year is known', () => {
    const g = spinoffGraph(
      [
        ['a', 'anchor'],
        ['b', 'firm'],
        ['c', 'firm'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    const [r] = summariseRoots(g);
    expect(r).toMatchObject({ root: 'a', generations: 2, descendants: 2, medianGapYears: null, span: { first: null, last: null } });
  });

  it('skips links with a missing year at either end', () => {
    // gaps with both years: a→b 10, b→d 4, a→e 30; a→c (c unknown) and c→f (c unknown) are skipped
    const g = spinoffGraph(
      [
        ['a', 'anchor', { founded: 1950 }],
        ['b', 'firm', { founded: 1960 }],
        ['c', 'firm'],
        ['d', 'firm', { founded: 1964 }],
        ['e', 'firm', { founded: 1980 }],
        ['f', 'firm', { founded: 2001 }],
      ],
      [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'd'],
        ['a', 'e'],
        ['c', 'f'],
      ],
    );
    const [r] = summariseRoots(g);
    expect(r!.medianGapYears).toBe(10);
    expect(r!.span).toEqual({ first: 1950, last: 2001 });
  });

  it('takes the mean of the two middle gaps for an even count', () => {
    const g = spinoffGraph(
      [
        ['a', 'anchor', { founded: 1950 }],
        ['b', 'firm', { founded: 1953 }],
        ['c', 'firm', { founded: 1958 }],
      ],
      [
        ['a', 'b'],
        ['a', 'c'],
      ],
    );
    expect(summariseRoots(g)[0]!.medianGapYears).toBe(5.5);
  });

  it('span uses the root year even when no descendant has one', () => {
    const g = spinoffGraph([['a', 'university', { founded: 1918 }], ['b', 'firm']], [['a', 'b']]);
    expect(summariseRoots(g)[0]!.span).toEqual({ first: 1918, last: 1918 });
  });
});

describe('isolated roots', () => {
  it('a given root without children has 0 generations and 0 descendants', () => {
    const g = spinoffGraph([['lonely', 'firm', { founded: 1990 }], ['a', 'anchor'], ['b', 'firm']], [['a', 'b']]);
    const { roots, firms } = lineageSummary(g, { roots: ['lonely'] });
    expect(roots).toEqual([
      {
        root: 'lonely',
        label: 'LONELY',
        generations: 0,
        descendants: 0,
        byGeneration: [],
        listedDescendants: 0,
        leaves: 0,
        meanChildren: null,
        maxChildren: 0,
        span: { first: 1990, last: 1990 },
        medianGapYears: null,
      },
    ]);
    expect(firms).toEqual([{ id: 'lonely', generation: 0, roots: ['lonely'], generationByRoot: { lonely: 0 }, parents: [] }]);
  });

  it('is not a natural root, and a graph without spin-offs has no roots', () => {
    const g = spinoffGraph([['lonely', 'firm'], ['a', 'anchor'], ['b', 'firm']], [['a', 'b']]);
    expect(summariseRoots(g).map((r) => r.root)).toEqual(['a']);
    expect(lineageSummary(spinoffGraph([['x', 'firm']], []))).toEqual({ roots: [], firms: [] });
  });

  it('an unknown root is an error naming it', () => {
    const g = spinoffGraph([['a', 'anchor']], []);
    expect(() => lineageSummary(g, { roots: ['nope'] })).toThrow('no node "nope" in the graph');
  });
});

describe('multi-parent firms', () => {
  // a → b → c → d and a → d: d has two parents; its generation is 3 (the longest path)
  const g = spinoffGraph(
    [
      ['a', 'anchor', { founded: 1950 }],
      ['b', 'firm', { founded: 1960 }],
      ['c', 'firm', { founded: 1970, listed: true }],
      ['d', 'firm', { founded: 1980, listed: true }],
      ['x', 'university'],
    ],
    [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['a', 'd'],
      ['x', 'd'],
    ],
  );

  it('counts a firm with two parents once, at its longest-path generation', () => {
    const [a, x] = summariseRoots(g);
    expect(a).toMatchObject({ root: 'a', generations: 3, descendants: 3, byGeneration: [1, 1, 1], listedDescendants: 2, leaves: 1, maxChildren: 2 });
    expect(a!.meanChildren).toBeCloseTo(4 / 3, 12);
    // gaps a→b 10, b→c 10, c→d 10, a→d 30 (x has no year)
    expect(a!.medianGapYears).toBe(10);
    expect(x).toMatchObject({ root: 'x', generations: 1, descendants: 1, byGeneration: [1] });
  });

  it('gives the firm the larger of its per-root generations and lists every parent', () => {
    const d = firmLineages(g).find((f) => f.id === 'd');
    expect(d).toEqual({ id: 'd', generation: 3, roots: ['a', 'x'], generationByRoot: { a: 3, x: 1 }, parents: ['a', 'c', 'x'] });
  });

  it('sorts firms by generation, then id', () => {
    expect(firmLineages(g).map((f) => `${f.id}:${f.generation}`)).toEqual(['a:0', 'x:0', 'b:1', 'c:2', 'd:3']);
  });

  it('counts parallel spin-off ties between the same two nodes once', () => {
    const dup = spinoffGraph(
      [
        ['a', 'anchor', { founded: 1950 }],
        ['b', 'firm', { founded: 1956 }],
      ],
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
    );
    expect(summariseRoots(dup)[0]).toMatchObject({ descendants: 1, maxChildren: 1, meanChildren: 1, medianGapYears: 6 });
  });
});

it('ignores other kinds of ties', () => {
  const g = spinoffGraph(
    [
      ['a', 'anchor'],
      ['b', 'firm'],
      ['i', 'investor'],
    ],
    [['a', 'b']],
  );
  g.addDirectedEdge('i', 'b', { kind: 'investment' });
  g.addDirectedEdge('a', 'b', { kind: 'investment' });
  g.addUndirectedEdge('b', 'a', { kind: 'collaboration' });
  expect(summariseRoots(g).map((r) => [r.root, r.descendants])).toEqual([['a', 1]]);
});

it('handles a 20 000-generation chain without deep recursion', () => {
  const n = 20_000;
  const nodes: [string, 'firm'][] = Array.from({ length: n }, (_, i) => [`f${i}`, 'firm']);
  const edges: [string, string][] = Array.from({ length: n - 1 }, (_, i) => [`f${i}`, `f${i + 1}`]);
  const [r] = summariseRoots(spinoffGraph(nodes, edges));
  expect(r).toMatchObject({ root: 'f0', generations: n - 1, descendants: n - 1, leaves: 1, maxChildren: 1 });
  expect(r!.byGeneration.every((c) => c === 1)).toBe(true);
});
