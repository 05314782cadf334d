/** Loading measures one by one: the same functions as the registry's, each module imported on demand. */
import { describe, expect, it } from 'vitest';
import { BROKERAGE_DESCRIPTORS, CENTRALITY_DESCRIPTORS } from '../../src/metrics/measure-descriptors.js';
import { MEASURE_MODULES, loadNodeMeasures } from '../../src/metrics/measure-loaders.js';
import { BROKERAGE_MEASURES, CENTRALITY_MEASURES } from '../../src/metrics/registry.js';
import { buildView } from '../../src/metrics/view.js';
import { referenceGraph } from './reference-fixtures.js';

describe('loadNodeMeasures', () => {
  it('has a module for every descriptor and for nothing else', () => {
    expect(Object.keys(MEASURE_MODULES).sort()).toEqual([...CENTRALITY_DESCRIPTORS, ...BROKERAGE_DESCRIPTORS].map((d) => d.id).sort());
  });

  it('gives each measure its descriptor and a function returning the registry function’s values', async () => {
    const eco = await referenceGraph('small-ecosystem');
    const registry = [...CENTRALITY_MEASURES, ...BROKERAGE_MEASURES];
    const loaded = await loadNodeMeasures(registry.map((m) => m.id));
    expect(loaded.map((m) => m.id)).toEqual(registry.map((m) => m.id));
    for (const [i, m] of loaded.entries()) {
      const reference = registry[i]!;
      const { compute: _a, ...descriptor } = m;
      const { compute: _b, ...registryDescriptor } = reference;
      expect(descriptor, m.id).toEqual(registryDescriptor);
      const { graph } = buildView(eco, { directed: m.view === 'directed' });
      const context = { params: { alpha: 0.7 }, groupOf: (n: string) => eco.getNodeAttribute(n, 'kind') };
      expect(m.compute(graph, context), m.id).toEqual(reference.compute(graph, context));
    }
  });

  it('passes parameters through: PageRank with another damping factor differs', async () => {
    const [pagerank] = await loadNodeMeasures(['pagerank']);
    const { graph } = buildView(await referenceGraph('karate'));
    const at85 = pagerank!.compute(graph, { params: {} }).pagerank!;
    const at50 = pagerank!.compute(graph, { params: { alpha: 0.5 } }).pagerank!;
    expect([...at85.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(at50.get('0')).not.toBeCloseTo(at85.get('0')!, 6);
  });

  it('refuses an unknown id, naming it', async () => {
    await expect(loadNodeMeasures(['pagerank', 'fame'])).rejects.toThrow(/unknown measure "fame"/);
    await expect(loadNodeMeasures(['toString'])).rejects.toThrow(/unknown measure "toString"/);
  });
});
