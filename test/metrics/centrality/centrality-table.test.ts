/** centralityTable: several measures at once, sorted rows, skipped measures. Values against NetworkX: the measure's own test beside this one. */
import { describe, expect, it } from 'vitest';
import { centralityTable, sortCentralityRows, type CentralityRow } from '../../../src/metrics/centrality/centrality-table.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { close, readFixture, referenceGraph } from '../reference-fixtures.js';

const fixture = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; values: Record<string, Record<string, number>> }> }>('centrality.json');

describe('centralityTable', () => {
  it('rows hold every output, sorted by the first, with NetworkX values', async () => {
    const t = centralityTable(await referenceGraph('kite'), { measures: ['betweenness', 'hits'] });
    expect(t.outputs).toEqual(['betweenness', 'hubs', 'authorities']);
    expect(t.view.hitsView).toBe('directed');
    const b = t.rows.map((r) => r.values.betweenness!);
    expect(b).toEqual([...b].sort((x, y) => y - x));
    const want = fixture.cases.find((c) => c.graph === 'kite')!.values;
    expect(t.rows[0]!.id).toBe('Heather');
    for (const r of t.rows) expect(close(r.values.betweenness!, want.betweenness![r.id]!)).toBe(true);
  });

  it('skipFailures records why a measure could not run and nulls its values', async () => {
    const t = centralityTable(await referenceGraph('dag'), { measures: ['eigenvector', 'degree'], view: { directed: true }, skipFailures: true });
    expect(t.skipped.eigenvector).toMatch(/no cycles/);
    expect(t.rows.every((r) => r.values.eigenvector === null && r.values.degree! > 0)).toBe(true);
    await expect(async () => centralityTable(await referenceGraph('dag'), { measures: ['eigenvector'], view: { directed: true } })).rejects.toThrow(MetricError);
  });

  it('an unknown measure is refused with the known ones', async () => {
    await expect(async () => centralityTable(await referenceGraph('kite'), { measures: ['fame'] })).rejects.toThrow(/unknown measure "fame"/);
  });
});

describe('sortCentralityRows', () => {
  const row = (id: string, label: string, value: number | null): CentralityRow => ({ id, label, kind: null, values: { x: value } });

  it('sorts by the output descending, nulls last, then by label, then by id', () => {
    const rows = [row('b', 'Beta', 1), row('n', 'Null', null), row('a2', 'Alpha', 2), row('a1', 'Alpha', 2), row('c', 'Able', 2)];
    expect(sortCentralityRows(rows, 'x').map((r) => r.id)).toEqual(['c', 'a1', 'a2', 'b', 'n']);
  });

  it('sorts in place and returns the same array', () => {
    const rows = [row('a', 'A', 0), row('b', 'B', 5)];
    expect(sortCentralityRows(rows, 'x')).toBe(rows);
    expect(rows[0]!.id).toBe('b');
  });
});
