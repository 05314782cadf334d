/**
 * Louvain against igraph `community_multilevel` (fixture: best of five igraph runs per graph,
 * view and resolution). Partitions of a heuristic are not unique, so the test compares quality:
 * ecograph's modularity must be at least 99% of igraph's. The modularity function itself is exact:
 * on igraph's own partition it equals igraph's and NetworkX's modularity to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { louvain } from '../../src/metrics/communities/louvain.js';
import { modularity } from '../../src/metrics/communities/modularity.js';
import { buildView } from '../../src/metrics/view.js';
import { close, describeView, readFixture, referenceGraph, viewOptions } from './reference-fixtures.js';

interface Run {
  resolution: number;
  modularity: number;
  networkxModularity: number;
  membership: Record<string, number>;
}
const fixture = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; runs: Run[] }> }>('communities.json');

describe('Louvain against igraph community_multilevel', () => {
  for (const c of fixture.cases) {
    for (const run of c.runs) {
      const name = `${c.graph} [${describeView(c.view)}] resolution ${run.resolution}`;
      it(`${name}: modularity function equals igraph and NetworkX on igraph's partition`, async () => {
        const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
        const q = modularity(graph, new Map(Object.entries(run.membership)), run.resolution);
        expect(close(q, run.modularity), `${q} vs igraph ${run.modularity}`).toBe(true);
        expect(close(q, run.networkxModularity), `${q} vs NetworkX ${run.networkxModularity}`).toBe(true);
      });
      it(`${name}: modularity ≥ 99% of igraph's`, async () => {
        const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
        const result = louvain(graph, { resolution: run.resolution, seed: 42 });
        expect(result.community.size).toBe(graph.order);
        expect(close(result.modularity, modularity(graph, result.community, run.resolution))).toBe(true);
        expect(result.modularity / run.modularity).toBeGreaterThanOrEqual(0.99);
      });
    }
  }

  it('the same seed gives the same partition; the partition does not depend on earlier runs', async () => {
    const { graph } = buildView(await referenceGraph('lesmis'), { weighted: 'weight', weightAs: 'strength' });
    const a = louvain(graph, { seed: 7 });
    louvain(graph, { seed: 8 });
    const b = louvain(graph, { seed: 7 });
    expect([...b.community]).toEqual([...a.community]);
    expect(b.modularity).toBe(a.modularity);
  });

  it('numbers communities by decreasing size', async () => {
    const { graph } = buildView(await referenceGraph('karate'));
    const { community, count } = louvain(graph);
    const sizes = Array.from({ length: count }, (_, c) => [...community.values()].filter((x) => x === c).length);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    expect(count).toBeGreaterThan(1);
  });
});
