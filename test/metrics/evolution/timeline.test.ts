/**
 * timeline() on the hand-made graph (see snapshot.test.ts for its elements and yearly counts):
 * rows, windows of newFirms/newSpinoffs with a step, options and errors.
 */
import { describe, expect, it } from 'vitest';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { TIMELINE_FIELDS, timeline } from '../../../src/metrics/evolution/timeline.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { loadToy } from './toy.js';

describe('timeline on the hand-made graph', () => {
  const graph = loadToy();

  it('one row per year from the first to the last year, with hand-counted values (include: undated elements from the first year)', () => {
    const t = timeline(graph, { undated: 'include' });
    expect(t.years.map((r) => r.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005, 2006]);
    expect(t.years.map((r) => r.nodes.total)).toEqual([4, 5, 6, 7, 8, 7, 7]);
    expect(t.years.map((r) => r.edges.total)).toEqual([1, 2, 5, 7, 8, 5, 6]);
    // firms: d (undated, from 2000), a 2002, b 2003–2004 (dissolved 2005), c 2004
    expect(t.years.map((r) => r.nodes.firm)).toEqual([1, 1, 2, 3, 4, 3, 3]);
    // a, b and c are new in their founding years; d has no year and is never new
    expect(t.years.map((r) => r.newFirms)).toEqual([0, 0, 1, 1, 1, 0, 0]);
    expect(t.years.map((r) => r.newSpinoffs)).toEqual([0, 0, 1, 1, 1, 0, 0]);
    // uni→a (2002), a→b (undated, from 2003 when b exists), b→c (2004); b gone in 2005
    expect(t.years.map((r) => r.maxGeneration)).toEqual([0, 0, 1, 2, 3, 1, 1]);
    // components: 2000 {uni,f} {d} {g}; 2003 all but g; 2005 b gone and e8 ended: {d} alone again
    expect(t.years.map((r) => r.components)).toEqual([3, 3, 3, 2, 2, 3, 2]);
    // density 2002: pairs uni–a (e1 and e7 merged), f–a, f–uni, d–anchor = 4 of 15
    expect(t.years[2]!.density).toBeCloseTo(4 / 15, 12);
    // only a is tied to both the university and the anchor (from 2003): 1 of 3, 4, 3, 3 firms
    expect(t.years.map((r) => r.tripleHelixShare)).toEqual([0, 0, 0, 1 / 3, 1 / 4, 1 / 3, 1 / 3]);
    expect(t.undated).toEqual({ nodes: 3, edges: 2 });
    expect(t.rules).toEqual({ undated: 'include', window: null });
  });

  it('under the default rule (bound) undated actors come in at their derived bound; dated-only rows and placement counts', () => {
    const t = timeline(graph);
    expect(t.rules).toEqual({ undated: 'bound', window: null });
    // d from 2001, f from 2000, g from 2006 (see snapshot.test.ts)
    expect(t.years.map((r) => r.nodes.total)).toEqual([2, 4, 5, 6, 7, 6, 7]);
    expect(t.years.map((r) => r.edges.total)).toEqual([1, 2, 5, 7, 8, 5, 6]);
    expect(t.years.map((r) => r.datedOnly.nodes)).toEqual([1, 2, 3, 4, 5, 4, 4]);
    expect(t.years.map((r) => r.datedOnly.edges)).toEqual([0, 0, 1, 2, 4, 3, 3]);
    // 2000: uni dated, f placed by its bound (2000), d and g not yet
    expect(t.years[0]!.dating).toEqual({ nodes: { dated: 1, bounded: 1, undated: 2 }, edges: { dated: 1, bounded: 0, undated: 0 } });
    expect(t.years[0]!.undatedShare).toBeCloseTo(3 / 5, 12);
    // dated only: a→b (undated) missing, so the deepest generation is uni→a in 2002–2003, uni→a, b→c in 2004
    expect(t.years.map((r) => r.datedOnly.maxGeneration)).toEqual([0, 0, 1, 1, 1, 1, 1]);
  });

  it('with a 2-year window the spin-off chain breaks up as its events age', () => {
    const t = timeline(graph, { window: 2 });
    expect(t.rules).toEqual({ undated: 'bound', window: 2 });
    // e1 2002–2003, e2 (bound 2003) 2003–2004, e3 2004 (b gone 2005); e4 2002–2003; e9 2006
    expect(t.years.map((r) => r.edges.total)).toEqual([1, 2, 5, 7, 6, 3, 4]); // 2005: e6 e7 e10 (lasting); 2006: + e9
    expect(t.years.map((r) => r.maxGeneration)).toEqual([0, 0, 1, 2, 2, 0, 0]);
  });

  it('counts by kind list every kind of the graph, zeros included, in schema order', () => {
    const [first] = timeline(graph, { undated: 'include' }).years;
    expect(first!.nodes).toEqual({ total: 4, founder: 1, firm: 1, anchor: 0, university: 1, government: 1 });
    expect(Object.keys(first!.edges)).toEqual(['total', 'spinoff', 'investment', 'collaboration', 'founded', 'affiliation']);
  });

  it('with a step, new firms are those founded since the previous row; the last year is always a row', () => {
    const t = timeline(graph, { from: 2001, to: 2006, step: 2 });
    expect(t.years.map((r) => r.year)).toEqual([2001, 2003, 2005, 2006]);
    // 2001: (1999, 2001] none; 2003: (2001, 2003] a, b; 2005: (2003, 2005] c; 2006: none
    expect(t.years.map((r) => r.newFirms)).toEqual([0, 2, 1, 0]);
  });

  it('rows outside the data are valid snapshots', () => {
    const t = timeline(graph, { from: 1998, to: 1999, undated: 'include' });
    expect(t.years.map((r) => [r.year, r.nodes.total, r.edges.total])).toEqual([
      [1998, 3, 0],
      [1999, 3, 0],
    ]);
    expect(t.years[0]!.modularity).toBeNull();
    expect(t.years[0]!.meanConstraint).toBeNull();
  });

  it('is deterministic (seeded Louvain) and reports progress', () => {
    const calls: number[] = [];
    const a = timeline(graph, { onProgress: (done) => calls.push(done) });
    expect(JSON.stringify(timeline(graph))).toBe(JSON.stringify(a));
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a bad range or step', () => {
    expect(() => timeline(graph, { from: 2005, to: 2001 })).toThrow(MetricError);
    expect(() => timeline(graph, { step: 0 })).toThrow(/step/);
    expect(() => timeline(graph, { from: 2000.5 })).toThrow(/whole year/);
  });

  it('a graph without years gives no rows unless a range is given', () => {
    const g = createEcoGraph();
    g.addNode('x', { label: 'x', kind: 'firm' });
    expect(timeline(g)).toEqual({ rules: { undated: 'bound', window: null }, years: [], undated: { nodes: 1, edges: 0 } });
    expect(() => timeline(g, { from: 2000 })).toThrow(/no years/);
    expect(timeline(g, { from: 2000, to: 2000, undated: 'include' }).years[0]!.nodes).toEqual({ total: 1, firm: 1 });
    // under bound an actor with no evidence at all is never placed
    expect(timeline(g, { from: 2000, to: 2000 }).years[0]!.nodes).toEqual({ total: 0, firm: 0 });
    expect(timeline(g, { from: 2000, to: 2000 }).years[0]!.dating.nodes).toEqual({ dated: 0, bounded: 0, undated: 1 });
  });

  it('every field has a definition and reads a row', () => {
    const row = timeline(graph).years[3]!;
    for (const f of TIMELINE_FIELDS) {
      expect(f.definition.length, f.id).toBeGreaterThan(20);
      expect(f.value(row), f.id).toBe(f.id === 'nodes' || f.id === 'edges' ? row[f.id].total : row[f.id as keyof typeof row]);
    }
  });
});
