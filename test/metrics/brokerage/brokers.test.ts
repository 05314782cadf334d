/**
 * The brokers ranking against NetworkX's betweenness_centrality_subset (to relative 1e-9), its
 * roles against R sna, and the ranking rule: start-ups tied to both sides come first.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { brokers } from '../../../src/metrics/brokerage/brokers.js';
import { ROLES } from '../../../src/metrics/brokerage/gould-fernandez.js';
import { buildView } from '../../../src/metrics/view.js';
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

  const kyoto = fileURLToPath(new URL('../../../graphs/kyoto-life-science.json', import.meta.url));
  it.runIf(existsSync(kyoto))('Kyoto life science: start-ups tied to both universities and anchors come first', async () => {
    const rows = await runBrokers(await loadGraph(kyoto), {}, 'university', 'anchor', 'firm');
    expectBothSidesFirst(rows);
  });
});
