/** The measures' adapters: each turns its implementation module into the registry's `compute`, with the declared outputs. */
import { describe, expect, it } from 'vitest';
import * as gouldFernandezModule from '../../src/metrics/brokerage/gould-fernandez.js';
import * as hitsModule from '../../src/metrics/centrality/hits.js';
import * as pagerankModule from '../../src/metrics/centrality/pagerank.js';
import { BROKERAGE_DESCRIPTORS, CENTRALITY_DESCRIPTORS, ROLES } from '../../src/metrics/measure-descriptors.js';
import { MEASURE_FUNCTIONS } from '../../src/metrics/measure-functions.js';
import { buildView } from '../../src/metrics/view.js';
import { referenceGraph } from './reference-fixtures.js';

describe('MEASURE_FUNCTIONS', () => {
  it('has an adapter for every descriptor and for nothing else', () => {
    expect(Object.keys(MEASURE_FUNCTIONS).sort()).toEqual([...CENTRALITY_DESCRIPTORS, ...BROKERAGE_DESCRIPTORS].map((d) => d.id).sort());
  });

  it('PageRank: passes alpha (0.85 by default) to the implementation', async () => {
    const { graph } = buildView(await referenceGraph('karate'));
    const compute = MEASURE_FUNCTIONS.pagerank(pagerankModule);
    expect(compute(graph, { params: {} })).toEqual({ pagerank: pagerankModule.pagerank(graph, { alpha: 0.85 }) });
    expect(compute(graph, { params: { alpha: 0.6 } })).toEqual({ pagerank: pagerankModule.pagerank(graph, { alpha: 0.6 }) });
  });

  it('HITS and Gould–Fernandez: one output per declared name (z-scores under z.)', async () => {
    const eco = await referenceGraph('small-ecosystem');
    const { graph } = buildView(eco, { directed: true });
    const hits = MEASURE_FUNCTIONS.hits(hitsModule)(graph, { params: {} });
    expect(hits).toEqual({ hubs: hitsModule.hits(graph).hubs, authorities: hitsModule.hits(graph).authorities });
    const groupOf = (n: string) => eco.getNodeAttribute(n, 'kind');
    const roles = MEASURE_FUNCTIONS['gould-fernandez'](gouldFernandezModule)(graph, { params: {}, groupOf });
    expect(Object.keys(roles)).toEqual(ROLES.flatMap((r) => [r, `z.${r}`]));
    const scores = gouldFernandezModule.gouldFernandez(graph, groupOf);
    for (const [node, s] of scores) expect(roles.total!.get(node)).toBe(s.total);
  });
});
