/** Gould–Fernandez brokerage roles against R sna::brokerage (raw.nli and z.nli) to relative 1e-9, and by hand. */
import { describe, expect, it } from 'vitest';
import { ROLES, gouldFernandez } from '../../../src/metrics/brokerage/gould-fernandez.js';
import { buildView } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { close, describeView, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';

type Counts = Record<(typeof ROLES)[number], number>;
interface BrokerageNode extends Counts {
  id: string;
  z: Record<string, number | null>;
}
const brokerage = readFixture<{ versions: Record<string, string>; cases: Array<{ graph: string; view: Record<string, unknown>; group: string; nodes: BrokerageNode[] }> }>(
  'brokerage.json',
);

const attribute = (graph: EcoGraph, name: string) => (node: string) => {
  const v: unknown = graph.getNodeAttribute(node, name);
  return v === undefined ? undefined : String(v);
};

describe('Gould–Fernandez brokerage against R sna', () => {
  it('the fixture comes from sna', () => {
    expect(brokerage.versions.sna).toMatch(/^\d/);
    expect(brokerage.cases.length).toBeGreaterThanOrEqual(4);
  });
  for (const c of brokerage.cases) {
    it(`${c.graph} [${describeView(c.view)}] groups by ${c.group}: raw counts and z-scores equal sna`, async () => {
      const eco = await referenceGraph(c.graph);
      const { graph } = buildView(eco, viewOptions(c.view));
      const result = gouldFernandez(graph, attribute(eco, c.group));
      expect(result.size).toBe(c.nodes.length);
      const wrong: string[] = [];
      let brokers = 0;
      for (const want of c.nodes) {
        const got = result.get(want.id)!;
        for (const role of ROLES) {
          if (got[role] !== want[role]) wrong.push(`${want.id} ${role}: ${got[role]} vs sna ${want[role]}`);
          if (!close(Number.isNaN(got.z[role]) ? null : got.z[role], want.z[role] ?? null))
            wrong.push(`${want.id} z.${role}: ${got.z[role]} vs sna ${want.z[role]}`);
        }
        if (want.total > 0) brokers++;
      }
      expect(wrong).toEqual([]);
      expect(brokers, 'the case has brokers at all').toBeGreaterThan(0);
    });
  }
});

describe('Gould–Fernandez roles by hand', () => {
  /** Directed view of arcs among nodes with groups. */
  function view(groups: Record<string, string>, arcs: Array<[string, string]>) {
    const g = createEcoGraph();
    for (const n of Object.keys(groups)) g.addNode(n, { label: n });
    for (const [s, t] of arcs) g.addDirectedEdge(s, t);
    return buildView(g, { directed: true }).graph;
  }

  it('counts each open two-path a → v → b in the role the groups give', () => {
    const groups = { a: 'x', v: 'x', b: 'x', c: 'y', d: 'y', e: 'z' };
    const g = view(groups, [['a', 'v'], ['v', 'b'], ['c', 'v'], ['v', 'd'], ['v', 'e']]);
    const r = gouldFernandez(g, (n) => groups[n as keyof typeof groups]).get('v')!;
    // sources {a (x), c (y)}, targets {b (x), d (y), e (z)}
    // a→b: coordinator; a→d: representative; a→e: representative;
    // c→b: gatekeeper; c→d: itinerant; c→e: liaison
    expect([r.coordinator, r.itinerant, r.representative, r.gatekeeper, r.liaison, r.total]).toEqual([1, 1, 2, 1, 1, 6]);
  });

  it('does not count a two-path closed by a direct arc, nor a → v → a', () => {
    const groups = { a: 'x', v: 'y', b: 'z' };
    const closed = view(groups, [['a', 'v'], ['v', 'b'], ['a', 'b'], ['v', 'a']]);
    expect(gouldFernandez(closed, (n) => groups[n as keyof typeof groups]).get('v')!.total).toBe(0);
    const open = view(groups, [['a', 'v'], ['v', 'b']]);
    const r = gouldFernandez(open, (n) => groups[n as keyof typeof groups]);
    expect(r.get('v')!.liaison).toBe(1);
    expect(r.get('a')!.total).toBe(0);
  });

  it('gives every node a score with z-scores for every role', () => {
    const groups = { a: 'x', v: 'y', b: 'z' };
    const r = gouldFernandez(view(groups, [['a', 'v'], ['v', 'b']]), (n) => groups[n as keyof typeof groups]);
    expect([...r.keys()].sort()).toEqual(['a', 'b', 'v']);
    for (const s of r.values()) expect(Object.keys(s.z).sort()).toEqual([...ROLES].sort());
    // a group of one has no coordinator pairs: sd 0, z NaN as in sna
    expect(r.get('v')!.z.coordinator).toBeNaN();
  });
});
