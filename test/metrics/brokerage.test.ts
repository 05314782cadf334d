/**
 * Gould–Fernandez brokerage against R sna::brokerage (raw.nli and z.nli), Burt's constraint,
 * effective size and efficiency against NetworkX, and the brokers ranking against NetworkX's
 * betweenness_centrality_subset — all to relative 1e-9.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { brokers } from '../../src/metrics/brokerage/brokers.js';
import { ROLES, gouldFernandez } from '../../src/metrics/brokerage/gould-fernandez.js';
import { burtConstraint } from '../../src/metrics/structural-holes/constraint.js';
import { effectiveSize } from '../../src/metrics/structural-holes/effective-size.js';
import { buildView } from '../../src/metrics/view.js';
import type { EcoGraph } from '../../src/model/types.js';
import { close, describeView, expectAllClose, readFixture, referenceGraph, viewOptions } from './reference-fixtures.js';

type Counts = Record<(typeof ROLES)[number], number>;
interface BrokerageNode extends Counts {
  id: string;
  z: Record<string, number | null>;
}
const brokerage = readFixture<{ versions: Record<string, string>; cases: Array<{ graph: string; view: Record<string, unknown>; group: string; nodes: BrokerageNode[] }> }>(
  'brokerage.json',
);
const holes = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; values: Record<string, Record<string, number | null>> }> }>(
  'structural-holes.json',
);
interface BrokerFixtureRow {
  betweenness: number;
  between: string[];
  and: string[];
  brokeredPairs: number;
}
const brokersFixture = readFixture<{
  cases: Array<{ graph: string; view: Record<string, unknown>; between: string; and: string; via: string; rows: Record<string, BrokerFixtureRow> }>;
}>('brokers.json');

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

describe("Burt's structural holes against NetworkX", () => {
  for (const c of holes.cases) {
    it(`${c.graph} [${describeView(c.view)}]: constraint, effective size, efficiency`, async () => {
      const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
      const nan = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k, Number.isNaN(v) ? null : v]));
      expectAllClose('constraint', nan(burtConstraint(graph)), c.values.constraint!);
      const eff = effectiveSize(graph);
      expectAllClose('effectiveSize', nan(new Map([...eff].map(([k, v]) => [k, v.effectiveSize]))), c.values.effectiveSize!);
      expectAllClose('efficiency', nan(new Map([...eff].map(([k, v]) => [k, v.efficiency]))), c.values.efficiency!);
    });
  }
});

async function runBrokers(eco: EcoGraph, view: Record<string, unknown>, between: string, and: string, via: string, includeUninvolved = false) {
  const undirected = buildView(eco, viewOptions(view)).graph;
  const directed = buildView(eco, { ...viewOptions(view), directed: true }).graph;
  const kind = attribute(eco, 'kind');
  return brokers(undirected, directed, kind, kind, { between, and, via, includeUninvolved });
}

describe('brokers against NetworkX betweenness_centrality_subset', () => {
  for (const c of brokersFixture.cases) {
    it(`${c.graph} [${describeView(c.view)}] ${c.between} → ${c.and} via ${c.via}`, async () => {
      const rows = await runBrokers(await referenceGraph(c.graph), c.view, c.between, c.and, c.via, true);
      expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(c.rows).sort());
      for (const row of rows) {
        const want = c.rows[row.id]!;
        expect(close(row.betweenness, want.betweenness), `${row.id}: ${row.betweenness} vs ${want.betweenness}`).toBe(true);
        expect([row.between, row.and, row.brokeredPairs]).toEqual([want.between, want.and, want.brokeredPairs]);
      }
    });
  }

  it('roles in brokers equal sna on the directed view grouped by kind', async () => {
    const eco = await referenceGraph('small-ecosystem');
    const rows = await runBrokers(eco, {}, 'university', 'anchor', 'firm');
    const sna = brokerage.cases.find((c) => c.graph === 'small-ecosystem' && describeView(c.view) === 'directed=true')!;
    for (const row of rows) {
      const want = sna.nodes.find((n) => n.id === row.id)!;
      for (const role of ROLES) expect(row.roles[role], `${row.id} ${role}`).toBe(want[role]);
    }
  });
});

/** Acceptance 3: start-ups tied to both universities and anchors come first. */
function expectBothSidesFirst(rows: Awaited<ReturnType<typeof runBrokers>>): void {
  const both = rows.filter((r) => r.between.length > 0 && r.and.length > 0);
  expect(both.length, 'some start-up is tied to both sides').toBeGreaterThan(0);
  expect(rows.slice(0, both.length).map((r) => r.id)).toEqual(both.map((r) => r.id));
}

describe('brokers ranking (acceptance 3)', () => {
  it('small ecosystem: start-ups tied to both universities and anchors come first', async () => {
    const rows = await runBrokers(await referenceGraph('small-ecosystem'), {}, 'university', 'anchor', 'firm');
    expectBothSidesFirst(rows);
    expect(rows.every((r) => r.tiedToBoth === (r.between.length > 0 && r.and.length > 0))).toBe(true);
  });

  const kyoto = fileURLToPath(new URL('../../graphs/kyoto-life-science.json', import.meta.url));
  it.runIf(existsSync(kyoto))('Kyoto life science: start-ups tied to both universities and anchors come first', async () => {
    const rows = await runBrokers(await loadGraph(kyoto), {}, 'university', 'anchor', 'firm');
    expectBothSidesFirst(rows);
  });
});
