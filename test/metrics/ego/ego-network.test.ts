/** Ego networks against NetworkX ego_graph (ego.json) and R sna::brokerage (brokerage.json), and by hand. */
import { describe, expect, it } from 'vitest';
import { egoNetwork, egoSubgraph, type EgoDirection } from '../../../src/metrics/ego/ego-network.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { close, describeView, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';

interface EgoCase {
  graph: string;
  view: Record<string, unknown>;
  ego: string;
  radius: number;
  direction: EgoDirection;
  nodes: string[];
  size: number;
  ties: number;
  egoTies: number;
  densityWithEgo: number;
  densityWithoutEgo: number | null;
  effectiveSize: number | null;
  efficiency: number | null;
  constraint: number | null;
}
const cases = readFixture<{ cases: EgoCase[] }>('ego.json').cases;
const sna = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; group: string; nodes: Array<Record<string, unknown> & { id: string }> }> }>('brokerage.json').cases;

describe('ego networks against NetworkX', () => {
  for (const c of cases)
    it(`${c.graph} [${describeView(c.view)}] ego ${c.ego}, radius ${c.radius}, ${c.direction}`, async () => {
      const r = egoNetwork(await referenceGraph(c.graph), c.ego, { radius: c.radius, direction: c.direction, view: viewOptions(c.view) });
      expect([...r.nodes].sort()).toEqual(c.nodes);
      const m = r.measures;
      expect([m.size, m.ties, m.egoTies]).toEqual([c.size, c.ties, c.egoTies]);
      for (const key of ['densityWithEgo', 'densityWithoutEgo', 'effectiveSize', 'efficiency', 'constraint'] as const)
        expect(close(m[key], c[key]), `${key}: ${m[key]} vs ${c[key]}`).toBe(true);
    });
});

describe('the ego’s Gould–Fernandez roles against R sna', () => {
  it('equal sna::brokerage on the directed view with groups by kind', async () => {
    const graph = await referenceGraph('small-ecosystem');
    const want = sna.find((c) => c.graph === 'small-ecosystem' && JSON.stringify(c.view) === '{"directed":true}')!;
    for (const ego of ['u-north', 'f0', 'a-pharma']) {
      const row = want.nodes.find((n) => n.id === ego)!;
      const b = egoNetwork(graph, ego, { view: { directed: true } }).measures.brokerage;
      for (const role of ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'] as const) expect(b[role], `${ego} ${role}`).toBe(row[role]);
    }
  });
});

describe('ego networks by hand', () => {
  const graph = () => {
    const g = createEcoGraph();
    for (const id of ['e', 'a', 'b', 'c', 'far']) g.addNode(id, { label: id.toUpperCase(), kind: 'firm' });
    g.addDirectedEdgeWithKey('t1', 'e', 'a', { kind: 'investment' });
    g.addDirectedEdgeWithKey('t2', 'b', 'e', { kind: 'investment' });
    g.addUndirectedEdgeWithKey('t3', 'a', 'b', { kind: 'collaboration' });
    g.addDirectedEdgeWithKey('t4', 'a', 'c', { kind: 'spinoff' });
    g.addDirectedEdgeWithKey('t5', 'c', 'far', { kind: 'spinoff' });
    return g;
  };

  it('radius 1 on the undirected view: alters a, b; one tie among them; UCINET density 1, NetworkX density 1', () => {
    const r = egoNetwork(graph(), 'e');
    expect(r.nodes).toEqual(['e', 'a', 'b']);
    expect(r.measures).toMatchObject({ size: 2, ties: 1, egoTies: 2, densityWithEgo: 1, densityWithoutEgo: 1 });
  });

  it('follows out- or in-arcs on a directed view', () => {
    expect(egoNetwork(graph(), 'e', { view: { directed: true }, direction: 'out', radius: 2 }).nodes).toEqual(['e', 'a', 'b', 'c']);
    expect(egoNetwork(graph(), 'e', { view: { directed: true }, direction: 'in' }).nodes).toEqual(['e', 'b']);
  });

  it('writes the members with their ties and attributes as a graph', () => {
    const g = graph();
    const sub = egoSubgraph(g, egoNetwork(g, 'e', { radius: 2 }));
    expect(sub.nodes().sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(sub.edges().sort()).toEqual(['t1', 't2', 't3', 't4']);
    expect(sub.getEdgeAttribute('t3', 'kind')).toBe('collaboration');
    expect(sub.isUndirected('t3')).toBe(true);
    const onlySpinoffs = egoSubgraph(g, egoNetwork(g, 'e', { radius: 2 }), ['spinoff']);
    expect(onlySpinoffs.edges()).toEqual(['t4']);
  });

  it('refuses an unknown node and a radius below 1', () => {
    expect(() => egoNetwork(graph(), 'nobody')).toThrow(MetricError);
    expect(() => egoNetwork(graph(), 'e', { radius: 0 })).toThrow(/radius/);
  });
});
