/**
 * Snapshot semantics on a hand-made graph with known yearly counts
 * (test/fixtures/evolution/toy-valley.json, made-up names).
 *
 * The graph (years 2000–2006):
 *   nodes  uni (university, founded 2000)      anchor (anchor, 2001)
 *          a (firm, 2002)                      b (firm, 2003, dissolved 2005)
 *          c (firm, 2004)                      d (firm, undated)
 *          f (founder, undated)                g (government, undated)
 *   ties   e1 uni→a spinoff 2002               e2 a→b spinoff (undated)
 *          e3 b→c spinoff 2004                 e4 f→a founded 2002
 *          e5 f→uni affiliation since 2000 until 2003
 *          e6 a–anchor collaboration 2003      e7 a–uni collaboration (undated)
 *          e8 d–anchor collaboration since 2001 until 2004
 *          e9 g→d investment 2006              e10 c–uni collaboration 2001 (before c exists)
 *
 * Derived bounds (never written into the graph):
 *   d existed by 2001 (e8 since 2001; e9 2006)      f by 2000 (e5 since 2000; e4 2002; founded a, 2002)
 *   g by 2006 (e9)                                  e2 not before 2003 (b founded 2003, a 2002)
 *   e7 not before 2002 (a 2002, uni 2000)
 * Events: e1, e2, e3 (spinoff), e4 (founded), e9 (investment); lasting: e5, e6, e7, e8, e10.
 *
 * Hand count under `include` (undated elements from the first year; the rule before bounds existed):
 *   2000  nodes uni d f g (4)                       ties e5 (1)
 *   2001  + anchor (5)                              e5 e8 (2)
 *   2002  + a (6)                                   e1 e4 e5 e7 e8 (5)
 *   2003  + b (7)                                   e1 e2 e4 e5 e6 e7 e8 (7)       e5 still there: until 2003
 *   2004  + c (8)                                   e1 e2 e3 e4 e6 e7 e8 e10 (8)   e5 ended; e10 waits for c
 *   2005  − b dissolved (7)                         e1 e4 e6 e7 e10 (5)            e2, e3 lose b; e8 ended 2004
 *   2006  (7)                                       e1 e4 e6 e7 e9 e10 (6)
 *
 * Under `bound` (the default): d from 2001, f from 2000, g from 2006, e2 from 2003, e7 from 2002:
 *   2000  uni f (2)                 e5 (1)
 *   2001  uni anchor d f (4)        e5 e8 (2)
 *   2002  + a (5)                   e1 e4 e5 e7 e8 (5)
 *   2003  + b (6)                   e1 e2 e4 e5 e6 e7 e8 (7)
 *   2004  + c (7)                   e1 e2 e3 e4 e6 e7 e8 e10 (8)
 *   2005  − b (6)                   e1 e4 e6 e7 e10 (5)
 *   2006  + g (7)                   e1 e4 e6 e7 e9 e10 (6)
 *
 * Under `exclude` (own dates only): d, f, g, e2, e7 never; e4, e5, e8, e9 lose an end:
 *   2000 uni | — ; 2001 + anchor | — ; 2002 + a | e1 ; 2003 + b | e1 e6 ; 2004 + c | e1 e3 e6 e10 ;
 *   2005 − b | e1 e6 e10 ; 2006 | e1 e6 e10
 */
import { describe, expect, it } from 'vitest';
import {
  asOfGraph,
  countUndated,
  datingCounts,
  graphDates,
  presentAt,
  presentDuring,
  presenceSpans,
  type PresenceSpans,
  snapshotAt,
  tieStartYear,
  undatedShare,
  yearSpan,
  type UndatedRule,
} from '../../../src/metrics/evolution/snapshot.js';
import { graphSummary } from '../../../src/metrics/summary.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { loadToy } from './toy.js';

type Expected = Record<number, { nodes: string[]; edges: string[] }>;

/** The hand counts above: present node and tie keys by year, per undated rule. */
const EXPECTED: Record<UndatedRule, Expected> = {
  include: {
    2000: { nodes: ['uni', 'd', 'f', 'g'], edges: ['e5'] },
    2001: { nodes: ['uni', 'anchor', 'd', 'f', 'g'], edges: ['e5', 'e8'] },
    2002: { nodes: ['uni', 'anchor', 'a', 'd', 'f', 'g'], edges: ['e1', 'e4', 'e5', 'e7', 'e8'] },
    2003: { nodes: ['uni', 'anchor', 'a', 'b', 'd', 'f', 'g'], edges: ['e1', 'e2', 'e4', 'e5', 'e6', 'e7', 'e8'] },
    2004: { nodes: ['uni', 'anchor', 'a', 'b', 'c', 'd', 'f', 'g'], edges: ['e1', 'e2', 'e3', 'e4', 'e6', 'e7', 'e8', 'e10'] },
    2005: { nodes: ['uni', 'anchor', 'a', 'c', 'd', 'f', 'g'], edges: ['e1', 'e4', 'e6', 'e7', 'e10'] },
    2006: { nodes: ['uni', 'anchor', 'a', 'c', 'd', 'f', 'g'], edges: ['e1', 'e4', 'e6', 'e7', 'e9', 'e10'] },
  },
  bound: {
    2000: { nodes: ['uni', 'f'], edges: ['e5'] },
    2001: { nodes: ['uni', 'anchor', 'd', 'f'], edges: ['e5', 'e8'] },
    2002: { nodes: ['uni', 'anchor', 'a', 'd', 'f'], edges: ['e1', 'e4', 'e5', 'e7', 'e8'] },
    2003: { nodes: ['uni', 'anchor', 'a', 'b', 'd', 'f'], edges: ['e1', 'e2', 'e4', 'e5', 'e6', 'e7', 'e8'] },
    2004: { nodes: ['uni', 'anchor', 'a', 'b', 'c', 'd', 'f'], edges: ['e1', 'e2', 'e3', 'e4', 'e6', 'e7', 'e8', 'e10'] },
    2005: { nodes: ['uni', 'anchor', 'a', 'c', 'd', 'f'], edges: ['e1', 'e4', 'e6', 'e7', 'e10'] },
    2006: { nodes: ['uni', 'anchor', 'a', 'c', 'd', 'f', 'g'], edges: ['e1', 'e4', 'e6', 'e7', 'e9', 'e10'] },
  },
  exclude: {
    2000: { nodes: ['uni'], edges: [] },
    2001: { nodes: ['uni', 'anchor'], edges: [] },
    2002: { nodes: ['uni', 'anchor', 'a'], edges: ['e1'] },
    2003: { nodes: ['uni', 'anchor', 'a', 'b'], edges: ['e1', 'e6'] },
    2004: { nodes: ['uni', 'anchor', 'a', 'b', 'c'], edges: ['e1', 'e3', 'e6', 'e10'] },
    2005: { nodes: ['uni', 'anchor', 'a', 'c'], edges: ['e1', 'e6', 'e10'] },
    2006: { nodes: ['uni', 'anchor', 'a', 'c'], edges: ['e1', 'e6', 'e10'] },
  },
};

function dates(graph: EcoGraph): string {
  const own: Record<string, unknown> = {};
  graph.forEachNode((n, a) => (own[n] = [a.founded, a.dissolved]));
  graph.forEachEdge((e, a) => (own[e] = [a.year, a.since, a.until]));
  return JSON.stringify(own);
}

describe('own dates', () => {
  it('a tie starts at year, else since', () => {
    expect(tieStartYear({ year: 2001, since: 1999 })).toBe(2001);
    expect(tieStartYear({ since: 1999 })).toBe(1999);
    expect(tieStartYear({})).toBeUndefined();
  });

  it('a node is there from its founding year to the year before it is dissolved; a lasting tie is still there in its until year', () => {
    const g = createEcoGraph();
    g.addNode('hudson', { label: 'Hudson', founded: 1973, dissolved: 2012 });
    g.addNode('uni', { label: 'Uni', founded: 1900 });
    g.addDirectedEdgeWithKey('t', 'hudson', 'uni', { kind: 'affiliation', since: 1980, until: 1988 });
    const at = (y: number) => presentAt(g, y);
    expect([1972, 1973, 2011, 2012].map((y) => at(y).nodes.has('hudson'))).toEqual([false, true, true, false]);
    expect([1979, 1980, 1988, 1989].map((y) => at(y).edges.has('t'))).toEqual([false, true, true, false]);
  });
});

describe('derived bounds on the hand-made graph', () => {
  const graph = loadToy();

  it('undated actors existed by their earliest dated tie or child; undated ties are not before their later-founded end', () => {
    const { nodeBounds, edgeBounds } = graphDates(graph);
    expect(Object.fromEntries([...nodeBounds].sort())).toEqual({ d: 2001, f: 2000, g: 2006 });
    expect(Object.fromEntries([...edgeBounds].sort())).toEqual({ e2: 2003, e7: 2002 });
  });

  it('a child dates its parent: an undated spin-off parent existed by its child’s founding', () => {
    const g = createEcoGraph();
    g.addNode('p', { label: 'Parent', kind: 'firm' });
    g.addNode('c', { label: 'Child', kind: 'firm', founded: 1990 });
    g.addDirectedEdgeWithKey('s', 'p', 'c', { kind: 'spinoff' });
    expect(graphDates(g).nodeBounds.get('p')).toBe(1990);
    expect(graphDates(g).edgeBounds.get('s')).toBe(1990); // one dated end is enough
    expect(presentAt(g, 1989).nodes.has('p')).toBe(false);
    expect([...presentAt(g, 1990).edges]).toEqual(['s']);
  });

  it('a derived bound never moves a recorded date, nor is written anywhere', () => {
    const before = dates(graph);
    const exported = JSON.stringify(graph.export());
    for (const rule of ['include', 'bound', 'exclude'] as const)
      for (let y = 1999; y <= 2007; y++) {
        const s = snapshotAt(graph, y, { undated: rule, window: 2 });
        s.forEachNode((n, a) => expect(a).toEqual(graph.getNodeAttributes(n)));
        s.forEachEdge((e, a) => expect(a).toEqual(graph.getEdgeAttributes(e)));
      }
    asOfGraph(graph, { year: 2003 });
    expect(dates(graph)).toBe(before);
    expect(JSON.stringify(graph.export())).toBe(exported);
  });
});

describe.each(['include', 'bound', 'exclude'] as const)('snapshotAt under %s on the hand-made graph', (rule) => {
  const graph = loadToy();
  for (const [year, expected] of Object.entries(EXPECTED[rule])) {
    it(`${year}: ${expected.nodes.length} nodes, ${expected.edges.length} ties`, () => {
      const s = snapshotAt(graph, Number(year), { undated: rule });
      expect(s.nodes().sort()).toEqual([...expected.nodes].sort());
      expect(s.edges().sort()).toEqual([...expected.edges].sort());
    });
  }
});

describe('the undated rules', () => {
  const graph = loadToy();

  it('bound is the default', () => {
    for (let y = 2000; y <= 2006; y++) expect(snapshotAt(graph, y).nodes().sort()).toEqual(EXPECTED.bound[y]!.nodes.sort());
  });

  it('an undated actor appears from its earliest evidence under bound, always under include, never under exclude', () => {
    const at = (rule: UndatedRule) => [1990, 2005, 2006, 2030].map((y) => presentAt(graph, y, { undated: rule }).nodes.has('g'));
    expect(at('bound')).toEqual([false, false, true, true]);
    expect(at('include')).toEqual([true, true, true, true]);
    expect(at('exclude')).toEqual([false, false, false, false]);
  });

  it('an undated actor with no evidence at all: always under include, never under bound or exclude', () => {
    const g = createEcoGraph();
    g.addNode('x', { label: 'X' });
    g.addNode('y', { label: 'Y', founded: 2000 });
    expect(presentAt(g, 1990, { undated: 'include' }).nodes.has('x')).toBe(true);
    expect(presentAt(g, 2020, { undated: 'bound' }).nodes.has('x')).toBe(false);
    expect(datingCounts(g, 2020).nodes).toEqual({ dated: 1, bounded: 0, undated: 1 });
  });
});

describe('events and lasting ties', () => {
  const graph = loadToy();

  it('without a window an event counts from its year on', () => {
    expect(presentAt(graph, 2030).edges.has('e1')).toBe(true);
  });

  it('an event drops out after its window; a lasting tie does not', () => {
    const window = 2;
    const e1 = [2001, 2002, 2003, 2004].map((y) => presentAt(graph, y, { window }).edges.has('e1'));
    expect(e1).toEqual([false, true, true, false]); // spin-off 2002: 2002 and 2003
    // e2 (undated spin-off) counts from its bound, 2003
    expect([2002, 2003, 2004].map((y) => presentAt(graph, y, { window }).edges.has('e2'))).toEqual([false, true, true]);
    expect(presentAt(graph, 2005, { window }).edges.has('e2')).toBe(false); // b dissolved anyway
    // e6 is a collaboration (lasting, no until): still there in 2030
    expect(presentAt(graph, 2030, { window }).edges.has('e6')).toBe(true);
    // under include an undated event has no date to count from and stays
    expect(presentAt(graph, 2004, { window: 1, undated: 'include' }).edges.has('e2')).toBe(true);
  });

  it('a window of 5 keeps the investment of 2006 to 2010', () => {
    const present = [2005, 2006, 2010, 2011].map((y) => presentAt(graph, y, { window: 5 }).edges.has('e9'));
    expect(present).toEqual([false, true, true, false]);
  });

  it('refuses a window that is not a whole number of years ≥ 1, and unknown rules', () => {
    expect(() => presentAt(graph, 2000, { window: 0 })).toThrow(/window/);
    expect(() => presentAt(graph, 2000, { window: 1.5 })).toThrow(/window/);
    expect(() => presentAt(graph, 2000, { undated: 'maybe' as UndatedRule })).toThrow(/undated rule/);
  });
});

describe('dating counts', () => {
  const graph = loadToy();

  it('the three counts add up to the include snapshot, every year', () => {
    for (let y = 1999; y <= 2007; y++) {
      const { nodes, edges } = datingCounts(graph, y);
      const all = snapshotAt(graph, y, { undated: 'include' });
      expect(nodes.dated + nodes.bounded + nodes.undated, String(y)).toBe(all.order);
      expect(edges.dated + edges.bounded + edges.undated, String(y)).toBe(all.size);
      // the bound snapshot: dated + bounded nodes
      expect(snapshotAt(graph, y).order, String(y)).toBe(nodes.dated + nodes.bounded);
    }
  });

  it('2000: uni dated, f placed by its bound, d and g not yet placed; 2006: every undated actor placed', () => {
    expect(datingCounts(graph, 2000)).toEqual({ nodes: { dated: 1, bounded: 1, undated: 2 }, edges: { dated: 1, bounded: 0, undated: 0 } });
    expect(datingCounts(graph, 2006)).toEqual({ nodes: { dated: 4, bounded: 3, undated: 0 }, edges: { dated: 5, bounded: 1, undated: 0 } });
    expect(undatedShare(datingCounts(graph, 2006))).toBeCloseTo(4 / 13, 12);
    expect(datingCounts(graph, null)).toEqual({ nodes: { dated: 5, bounded: 3, undated: 0 }, edges: { dated: 8, bounded: 2, undated: 0 } });
  });

  it('asOfGraph records the year, the window, the rule and the counts', () => {
    const { graph: s, asOf } = asOfGraph(graph, { year: 2003, window: 5 });
    expect(asOf).toEqual({ year: 2003, window: 5, undated: 'bound', counts: datingCounts(graph, 2003, { window: 5 }) });
    expect(s.nodes().sort()).toEqual(EXPECTED.bound[2003]!.nodes.sort());
  });

  it('counts the undated elements: d, f, g and ties e2, e7', () => {
    expect(countUndated(graph)).toEqual({ nodes: 3, edges: 2 });
  });
});

describe('snapshotAt copies', () => {
  const graph = loadToy();
  it('keeps keys, directions and attributes, copies list attributes, and never changes the input', () => {
    const before = JSON.stringify(graph.export());
    const s = snapshotAt(graph, 2004);
    expect(s.getAttribute('name')).toBe('Toy Valley');
    expect(s.isUndirected('e6')).toBe(true);
    expect(s.isDirected('e1')).toBe(true);
    expect(s.extremities('e1')).toEqual(['uni', 'a']);
    expect(s.getNodeAttributes('b')).toEqual(graph.getNodeAttributes('b'));
    expect(s.getEdgeAttributes('e8')).toEqual(graph.getEdgeAttributes('e8'));
    s.getNodeAttribute('a', 'sources')!.push('changed');
    s.setNodeAttribute('a', 'label', 'changed');
    s.dropNode('uni');
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('a year before every date keeps only the undated nodes under include, nothing under bound', () => {
    const s = snapshotAt(graph, 1990, { undated: 'include' });
    expect(s.nodes().sort()).toEqual(['d', 'f', 'g']);
    expect(s.size).toBe(0);
    expect(snapshotAt(graph, 1990).order).toBe(0);
  });
});

describe('yearSpan', () => {
  it('is the range of every year attribute, equal to graphSummary', () => {
    const graph = loadToy();
    expect(yearSpan(graph)).toEqual({ first: 2000, last: 2006 });
    expect(yearSpan(graph)).toEqual(graphSummary(graph).years);
    graph.setEdgeAttribute('e5', 'until', 2010); // an end year counts too
    expect(yearSpan(graph)).toEqual({ first: 2000, last: 2010 });
    expect(yearSpan(createEcoGraph())).toBeNull();
  });
});

describe('presentDuring', () => {
  const graph = loadToy();
  const span = yearSpan(graph)!;
  const spansByRule = new Map<string, PresenceSpans>();
  for (const undated of ['include', 'bound', 'exclude'] as const) for (const window of [null, 1, 3]) spansByRule.set(`${undated} ${window}`, presenceSpans(graph, { undated, window }));

  it('is the union of presentAt over every year of the range, under every rule and window', () => {
    for (const undated of ['include', 'bound', 'exclude'] as const)
      for (const window of [null, 1, 3])
        for (let from = span.first - 1; from <= span.last + 1; from += 2)
          for (const length of [0, 1, 4, 12]) {
            const to = from + length;
            const nodes = new Set<string>();
            const edges = new Set<string>();
            for (let y = from; y <= to; y++) {
              const p = presentAt(graph, y, { undated, window });
              p.nodes.forEach((n) => nodes.add(n));
              p.edges.forEach((e) => edges.add(e));
            }
            const got = presentDuring(graph, to, from, { undated, window });
            expect([[...got.nodes].sort(), [...got.edges].sort()], `${undated} ${window} ${from}–${to}`).toEqual([[...nodes].sort(), [...edges].sort()]);
            // the same from spans computed once for many ranges
            const reused = presentDuring(graph, from, to, { undated, window }, undefined, spansByRule.get(`${undated} ${window}`));
            expect([[...reused.nodes].sort(), [...reused.edges].sort()]).toEqual([[...nodes].sort(), [...edges].sort()]);
          }
  });

  it('keeps a firm dissolved inside the range', () => {
    const dissolved = graph.filterNodes((_n, a) => a.dissolved === 2005)[0]!;
    expect(presentAt(graph, 2010).nodes.has(dissolved)).toBe(false);
    expect(presentDuring(graph, 2000, 2010).nodes.has(dissolved)).toBe(true);
  });
});
