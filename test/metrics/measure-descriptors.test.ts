/** The measure descriptors: the data the CLI, docs and web forms read, the same as the registry's measures without their functions. */
import { describe, expect, it } from 'vitest';
import { gouldFernandez } from '../../src/metrics/brokerage/gould-fernandez.js';
import {
  BROKERAGE_DESCRIPTORS,
  CENTRALITY_DESCRIPTORS,
  COMMUNITY_DESCRIPTOR,
  ROLES,
  centralityDescriptor,
  conventionsTable,
} from '../../src/metrics/measure-descriptors.js';
import { BROKERAGE_MEASURES, CENTRALITY_MEASURES, COMMUNITY_MEASURE } from '../../src/metrics/registry.js';
import { buildView } from '../../src/metrics/view.js';
import { referenceGraph } from './reference-fixtures.js';

describe('measure descriptors', () => {
  it('are the registry measures without their functions, in the same order', () => {
    const strip = ({ compute: _compute, ...descriptor }: { compute: unknown }) => descriptor;
    expect(CENTRALITY_MEASURES.map(strip)).toEqual(CENTRALITY_DESCRIPTORS);
    expect(BROKERAGE_MEASURES.map(strip)).toEqual(BROKERAGE_DESCRIPTORS);
    expect(strip(COMMUNITY_MEASURE)).toEqual(COMMUNITY_DESCRIPTOR);
    expect(CENTRALITY_DESCRIPTORS.map((d) => d.id)).toEqual(['degree', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'hits', 'indegree', 'outdegree', 'strength', 'clustering', 'core', 'eccentricity']);
    for (const d of [...CENTRALITY_DESCRIPTORS, ...BROKERAGE_DESCRIPTORS]) expect('compute' in d, d.id).toBe(false);
  });

  it('finds a centrality descriptor by id, and nothing for another id', () => {
    expect(centralityDescriptor('pagerank')?.parameters).toEqual([{ name: 'alpha', type: 'number', default: 0.85, description: 'damping factor' }]);
    expect(centralityDescriptor('constraint')).toBeUndefined();
  });

  it('declares as Gould–Fernandez outputs the roles the function counts', async () => {
    const eco = await referenceGraph('small-ecosystem');
    const scores = gouldFernandez(buildView(eco, { directed: true }).graph, (n) => eco.getNodeAttribute(n, 'kind'));
    const first = [...scores.values()][0]!;
    expect(Object.keys(first).filter((k) => k !== 'z')).toEqual([...ROLES]);
    expect(BROKERAGE_DESCRIPTORS.find((d) => d.id === 'gould-fernandez')!.outputs).toEqual([...ROLES]);
  });

  it('gives the conventions table one row per measure, communities last', () => {
    const rows = conventionsTable();
    expect(rows.map((r) => r.id)).toEqual([...CENTRALITY_DESCRIPTORS, ...BROKERAGE_DESCRIPTORS].map((d) => d.id).concat(['brokers', 'louvain']));
    expect(rows.at(-1)).toMatchObject({ id: 'louvain', outputs: 'community, modularity', peer: 'igraph' });
  });
});
