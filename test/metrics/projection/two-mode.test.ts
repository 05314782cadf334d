/** Two-mode projection against NetworkX bipartite projections (project.json) and, for --concurrent, by hand. */
import { describe, expect, it } from 'vitest';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { projectTwoMode } from '../../../src/metrics/projection/two-mode.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { close, readFixture, referenceGraph } from '../reference-fixtures.js';

interface ProjectCase {
  graph: string;
  via: string[];
  onto: string[];
  edgeKinds: string[] | null;
  nodes: string[];
  count: Record<string, number>;
  newman: Record<string, number>;
}
const cases = readFixture<{ cases: ProjectCase[] }>('project.json').cases;

describe('projection against NetworkX bipartite projections', () => {
  for (const c of cases)
    for (const method of ['count', 'newman'] as const)
      it(`${c.via.join('+')} onto ${c.onto.join('+')}${c.edgeKinds ? ` via ${c.edgeKinds.join('+')}` : ''}: ${method}`, async () => {
        const graph = await referenceGraph(c.graph);
        const p = projectTwoMode(graph, { via: c.via, onto: c.onto, ...(c.edgeKinds ? { edgeKinds: c.edgeKinds } : {}), method, concurrent: false });
        expect(p.graph.nodes().sort()).toEqual(c.nodes);
        const got = Object.fromEntries(p.ties.map((t) => [[t.source, t.target].sort().join('\t'), t.weight]));
        const want = c[method];
        expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
        for (const [pair, w] of Object.entries(want)) expect(close(got[pair], w), `${pair}: ${got[pair]} vs ${w}`).toBe(true);
        expect(Object.keys(want).length).toBeGreaterThan(0);
      });
});

describe('projection by hand', () => {
  /** p1 at A 2000–2005 and at B 2010– (no overlap); p2 at A and B 2003–2004 and 2004– (overlap); p3 at B and C without years. */
  const graph = (): EcoGraph => {
    const g = createEcoGraph();
    for (const id of ['A', 'B', 'C']) g.addNode(id, { label: id, kind: 'firm' });
    for (const id of ['p1', 'p2', 'p3']) g.addNode(id, { label: id, kind: 'person' });
    g.addDirectedEdgeWithKey('a1', 'p1', 'A', { kind: 'affiliation', since: 2000, until: 2005, sources: ['s1'] });
    g.addDirectedEdgeWithKey('a2', 'p1', 'B', { kind: 'affiliation', since: 2010, sources: ['s2'] });
    g.addDirectedEdgeWithKey('a3', 'p2', 'A', { kind: 'affiliation', since: 2003, until: 2004, sources: ['s3'] });
    g.addDirectedEdgeWithKey('a4', 'p2', 'B', { kind: 'affiliation', since: 2004, sources: ['s4'] });
    g.addDirectedEdgeWithKey('a5', 'p2', 'B', { kind: 'affiliation', role: 'board', sources: ['s5'] }); // parallel: one pair
    g.addDirectedEdgeWithKey('a6', 'p3', 'B', { kind: 'affiliation' });
    g.addDirectedEdgeWithKey('a7', 'p3', 'C', { kind: 'affiliation' });
    return g;
  };

  it('counts shared people, one tie per person–organisation pair, with their sources', () => {
    const p = projectTwoMode(graph(), { via: ['person'], onto: ['firm'] });
    expect(p.bipartite).toEqual({ people: 3, organisations: 3, ties: 6 });
    expect(p.ties).toEqual([
      { source: 'A', target: 'B', weight: 2, people: ['p1', 'p2'], sources: ['s1', 's2', 's3', 's4', 's5'] },
      { source: 'B', target: 'C', weight: 1, people: ['p3'], sources: [] },
    ]);
    expect(p.graph.size).toBe(2);
  });

  it('--concurrent keeps only overlapping spans (p2: 2003–2004 and 2004– overlap; p1 does not); an open span overlaps', () => {
    const p = projectTwoMode(graph(), { via: ['person'], onto: ['firm'], concurrent: true });
    expect(p.ties.map((t) => [t.source, t.target, t.weight, t.people])).toEqual([
      ['A', 'B', 1, ['p2']],
      ['B', 'C', 1, ['p3']],
    ]);
  });

  it('refuses a kind in both modes', () => {
    expect(() => projectTwoMode(graph(), { via: ['person'], onto: ['person', 'firm'] })).toThrow(MetricError);
  });
});
