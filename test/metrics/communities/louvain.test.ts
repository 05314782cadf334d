/**
 * Louvain against igraph `community_multilevel` (fixture: best of five igraph runs per graph,
 * view and resolution). Partitions of a heuristic are not unique, so the test compares quality:
 * ecograph's modularity must be at least 99% of igraph's. The modularity function itself is exact:
 * on igraph's own partition it equals igraph's and NetworkX's modularity to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, MAX_RESTARTS, louvain } from '../../../src/metrics/communities/louvain.js';
import { modularity } from '../../../src/metrics/communities/modularity.js';
import { buildView } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { close, describeView, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';

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

describe('Louvain by hand', () => {
  /** Two triangles a-b-c and x-y-z joined by the tie c–x. */
  function twoTriangles() {
    const g = createEcoGraph();
    for (const n of ['a', 'b', 'c', 'x', 'y', 'z']) g.addNode(n, { label: n });
    const ties: Array<[string, string]> = [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y'], ['y', 'z'], ['x', 'z'], ['c', 'x']];
    for (const [s, t] of ties) g.addUndirectedEdge(s, t);
    return buildView(g).graph;
  }

  it('splits two triangles joined by one tie, with modularity 5/14', () => {
    // each community: 3 of m = 7 ties inside, degree sum 7 → 3/7 − (7/14)², twice
    const { community, count, modularity: q } = louvain(twoTriangles());
    expect(count).toBe(2);
    expect(new Set(['a', 'b', 'c'].map((n) => community.get(n))).size).toBe(1);
    expect(new Set(['x', 'y', 'z'].map((n) => community.get(n))).size).toBe(1);
    expect(community.get('a')).not.toBe(community.get('x'));
    expect(q).toBeCloseTo(5 / 14, 12);
    expect(q).toBeCloseTo(modularity(twoTriangles(), community), 12);
  });

  it('a low resolution merges everything into one community', () => {
    // γ = 0.1: one community scores 1 − 0.1·1² = 0.9, the two triangles 6/7 − 0.1·(¼ + ¼) ≈ 0.807
    const { count, modularity: q } = louvain(twoTriangles(), { resolution: 0.1 });
    expect(count).toBe(1);
    expect(q).toBeCloseTo(0.9, 12);
  });

  it('refuses a resolution that is not positive', () => {
    expect(() => louvain(twoTriangles(), { resolution: 0 })).toThrow(/the resolution must be positive, got 0/);
  });

  it('uses the defaults the CLI documents', () => {
    expect(DEFAULTS).toEqual({ resolution: 1, seed: 42, objective: 'modularity' });
    expect(MAX_RESTARTS).toBe(16);
  });
});
