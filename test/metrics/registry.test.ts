/** The metric registry drives the CLI and the docs: its descriptors must match what the functions return and what docs/statistics.md states. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROKERAGE_MEASURES, CENTRALITY_MEASURES, conventionsTable } from '../../src/metrics/registry.js';
import { buildView } from '../../src/metrics/view.js';
import { referenceGraph } from './reference-fixtures.js';

describe('metric registry', () => {
  it('every measure returns exactly its declared outputs, one value per node', async () => {
    const eco = await referenceGraph('small-ecosystem');
    for (const m of [...CENTRALITY_MEASURES, ...BROKERAGE_MEASURES]) {
      const { graph } = buildView(eco, { directed: m.view === 'directed' });
      const out = m.compute(graph, { params: {}, groupOf: (n) => eco.getNodeAttribute(n, 'kind') });
      const names = Object.keys(out).filter((k) => !k.startsWith('z.'));
      expect(names, m.id).toEqual([...m.outputs]);
      for (const values of Object.values(out)) expect(values.size).toBe(graph.order);
    }
  });

  it('ids are unique and every measure names its peer and the reference call', () => {
    const rows = conventionsTable();
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(['NetworkX', 'igraph', 'R sna']).toContain(r.peer);
      expect(r.call.length).toBeGreaterThan(5);
    }
  });

  it("docs/statistics.md's conventions table lists every measure with its peer and call", () => {
    const statistics = readFileSync(new URL('../../docs/statistics.md', import.meta.url), 'utf8');
    const section = statistics.split('<!-- section:conventions -->')[1]?.split('<!-- /section:conventions -->')[0] ?? '';
    expect(section.length, 'docs/statistics.md has a conventions section').toBeGreaterThan(1000);
    for (const r of conventionsTable()) expect(section, r.id).toContain(`| \`${r.id}\` | ${r.outputs} | ${r.peer} | \`${r.call}\` | ${r.convention} |`);
  });
});
