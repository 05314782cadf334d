/** measureTable: the centrality table from measures given with their functions (loaded one by one), equal to the registry's table. */
import { describe, expect, it } from 'vitest';
import { centralityTable } from '../../../src/metrics/centrality/centrality-table.js';
import { measureTable } from '../../../src/metrics/centrality/measure-table.js';
import { centralityDescriptor } from '../../../src/metrics/measure-descriptors.js';
import { loadNodeMeasures } from '../../../src/metrics/measure-loaders.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { referenceGraph } from '../reference-fixtures.js';

describe('measureTable', () => {
  it('with loaded measures gives the rows, order and view of centralityTable', async () => {
    const kite = await referenceGraph('kite');
    const ids = ['pagerank', 'hits', 'degree'];
    const loaded = await loadNodeMeasures(ids);
    const t = measureTable(kite, (id) => loaded.find((m) => m.id === id), { measures: ids });
    expect(t).toEqual(centralityTable(kite, { measures: ids }));
    expect(t.outputs).toEqual(['pagerank', 'hubs', 'authorities', 'degree']);
    expect(t.view.directedCounterpart).toEqual(['hits']);
    expect(t.rows[0]!.values.pagerank).toBeGreaterThan(t.rows.at(-1)!.values.pagerank!);
  });

  it('takes precomputed values for a measure given by its descriptor alone', async () => {
    const kite = await referenceGraph('kite');
    const reference = centralityTable(kite, { measures: ['betweenness'] });
    const betweenness = new Map(reference.rows.map((r) => [r.id, r.values.betweenness!]));
    const t = measureTable(kite, centralityDescriptor, { measures: ['betweenness'], precomputed: { betweenness: { betweenness } } });
    expect(t).toEqual(reference);
  });

  it('refuses a descriptor without its function and values, and an unknown id', async () => {
    const kite = await referenceGraph('kite');
    expect(() => measureTable(kite, centralityDescriptor, { measures: ['pagerank'] })).toThrow(/"pagerank" came without its function/);
    expect(() => measureTable(kite, centralityDescriptor, { measures: ['fame'] })).toThrow(MetricError);
  });
});
