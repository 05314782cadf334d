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
 * Hand count, year by year (present = founded ≤ Y and not dissolved ≤ Y; a tie needs both ends,
 * start ≤ Y and until ≥ Y; undated elements are there from the first year):
 *   2000  nodes uni d f g (4)                       ties e5 (1)
 *   2001  + anchor (5)                              e5 e8 (2)
 *   2002  + a (6)                                   e1 e4 e5 e7 e8 (5)
 *   2003  + b (7)                                   e1 e2 e4 e5 e6 e7 e8 (7)       e5 still there: until 2003
 *   2004  + c (8)                                   e1 e2 e3 e4 e6 e7 e8 e10 (8)   e5 ended; e10 waits for c
 *   2005  − b dissolved (7)                         e1 e4 e6 e7 e10 (5)            e2, e3 lose b; e8 ended 2004
 *   2006  (7)                                       e1 e4 e6 e7 e9 e10 (6)
 */
import { describe, expect, it } from 'vitest';
import { countUndated, isEdgePresent, isNodePresent, snapshotAt, tieStartYear, yearSpan } from '../../../src/metrics/evolution/snapshot.js';
import { graphSummary } from '../../../src/metrics/summary.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { loadToy } from './toy.js';

/** The hand count above: present node and tie keys by year. */
const EXPECTED: Record<number, { nodes: string[]; edges: string[] }> = {
  2000: { nodes: ['uni', 'd', 'f', 'g'], edges: ['e5'] },
  2001: { nodes: ['uni', 'anchor', 'd', 'f', 'g'], edges: ['e5', 'e8'] },
  2002: { nodes: ['uni', 'anchor', 'a', 'd', 'f', 'g'], edges: ['e1', 'e4', 'e5', 'e7', 'e8'] },
  2003: { nodes: ['uni', 'anchor', 'a', 'b', 'd', 'f', 'g'], edges: ['e1', 'e2', 'e4', 'e5', 'e6', 'e7', 'e8'] },
  2004: { nodes: ['uni', 'anchor', 'a', 'b', 'c', 'd', 'f', 'g'], edges: ['e1', 'e2', 'e3', 'e4', 'e6', 'e7', 'e8', 'e10'] },
  2005: { nodes: ['uni', 'anchor', 'a', 'c', 'd', 'f', 'g'], edges: ['e1', 'e4', 'e6', 'e7', 'e10'] },
  2006: { nodes: ['uni', 'anchor', 'a', 'c', 'd', 'f', 'g'], edges: ['e1', 'e4', 'e6', 'e7', 'e9', 'e10'] },
};

describe('presence predicates', () => {
  it('a node is there from its founding year to the year before it is dissolved', () => {
    const hudson = { founded: 1973, dissolved: 2012 };
    expect([1972, 1973, 2011, 2012, 2013].map((y) => isNodePresent(hudson, y))).toEqual([false, true, true, false, false]);
  });

  it('an undated node is always there; a node with only a dissolution year is there before it', () => {
    expect(isNodePresent({}, 1000)).toBe(true);
    expect(isNodePresent({ dissolved: 1990 }, 1989)).toBe(true);
    expect(isNodePresent({ dissolved: 1990 }, 1990)).toBe(false);
  });

  it('a tie starts at year, else since, and is still there in its until year', () => {
    expect(tieStartYear({ year: 2001, since: 1999 })).toBe(2001);
    expect(tieStartYear({ since: 1999 })).toBe(1999);
    expect(tieStartYear({})).toBeUndefined();
    const lasting = { since: 1922, until: 1928 };
    expect([1921, 1922, 1928, 1929].map((y) => isEdgePresent(lasting, y, true, true))).toEqual([false, true, true, false]);
    expect(isEdgePresent({ until: 1945 }, 1800, true, true)).toBe(true);
  });

  it('a tie needs both ends, whatever its own years say', () => {
    expect(isEdgePresent({ year: 2000 }, 2005, true, false)).toBe(false);
    expect(isEdgePresent({ year: 2000 }, 2005, false, true)).toBe(false);
    expect(isEdgePresent({}, 2005, true, true)).toBe(true);
  });
});

describe('snapshotAt on the hand-made graph', () => {
  const graph = loadToy();

  for (const [year, expected] of Object.entries(EXPECTED)) {
    it(`${year}: ${expected.nodes.length} nodes, ${expected.edges.length} ties`, () => {
      const s = snapshotAt(graph, Number(year));
      expect(s.nodes().sort()).toEqual([...expected.nodes].sort());
      expect(s.edges().sort()).toEqual([...expected.edges].sort());
    });
  }

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

  it('counts the undated elements: d, f, g and ties e2, e7', () => {
    expect(countUndated(graph)).toEqual({ nodes: 3, edges: 2 });
  });

  it('a year before every date keeps only the undated nodes and the undated ties between them', () => {
    const s = snapshotAt(graph, 1990);
    expect(s.nodes().sort()).toEqual(['d', 'f', 'g']);
    expect(s.size).toBe(0);
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
