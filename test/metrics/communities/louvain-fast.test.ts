/**
 * The Louvain fast path of large views (one run; queue-based local moving: after the first pass
 * only nodes whose neighbours moved are visited again) against the standard path (16 restarts of
 * full sweeps) and igraph `community_multilevel`:
 * - queue-based moving: on every reference case, modularity at least 99% of igraph's and of the
 *   standard path's (tiny graphs vary a lot from run to run, so the restarts are kept here);
 * - one run: on a 20 000-node generated ecosystem (where run-to-run variation is small, as on the
 *   large views the fast path is for), at least 99% of the standard path's modularity.
 * `louvainIndexed` on a graph from `loadCompactGraph` gives exactly the partition and modularity of
 * `louvain` on the standard view.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompactGraph } from '../../../src/open/index.js';
import { loadGraph } from '../../../src/io/files.js';
import {
  LARGE_VIEW_NODES,
  louvain,
  louvainIndexed,
  louvainPathFor,
  restartsFor,
} from '../../../src/metrics/communities/louvain.js';
import { modularityIndexed } from '../../../src/metrics/communities/modularity.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { buildView, type ViewOptions } from '../../../src/metrics/view.js';
import { REFERENCE_DIR, describeView, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';

interface Run {
  resolution: number;
  modularity: number;
}
const fixture = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; runs: Run[] }> }>('communities.json');
const QUEUE = { queue: true };

describe('Louvain fast path', () => {
  for (const c of fixture.cases)
    for (const run of c.runs)
      it(`${c.graph} [${describeView(c.view)}] resolution ${run.resolution}: queue ≥ 99% of igraph and of the standard path`, async () => {
        const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
        const g = indexGraph(graph);
        const fast = louvainIndexed(g, { ...QUEUE, resolution: run.resolution, seed: 42 });
        const standard = louvain(graph, { resolution: run.resolution, seed: 42 });
        const community = new Map(g.nodes.map((id, i) => [id, fast.community[i]!]));
        expect(fast.modularity).toBe(modularityIndexed(indexGraph(graph), community, run.resolution));
        expect(fast.modularity / run.modularity).toBeGreaterThanOrEqual(0.99);
        expect(fast.modularity / standard.modularity).toBeGreaterThanOrEqual(0.99);
      });

  it('one run with the queue on a 20 000-node generated ecosystem: ≥ 99% of the standard path', () => {
    for (const weighted of [undefined, 'weight']) {
      const { graph } = buildView(generateEcosystem({ nodes: 20_000, seed: 5 }), weighted ? { weighted, weightAs: 'strength' } : {});
      const g = indexGraph(graph);
      const standard = louvainIndexed(g, { seed: 42 });
      const fast = louvainIndexed(g, { seed: 42, ...louvainPathFor(LARGE_VIEW_NODES + 1) });
      expect(fast.modularity / standard.modularity).toBeGreaterThanOrEqual(0.99);
      expect(fast.modularity).toBeGreaterThan(0.3);
    }
  }, 120_000);

  it('louvainIndexed with the standard options is the standard path (same partition, same modularity bits)', async () => {
    for (const name of ['karate', 'lesmis', 'florentine', 'small-ecosystem']) {
      for (const view of [{}, { weighted: 'weight', weightAs: 'strength' }] as ViewOptions[]) {
        const { graph } = buildView(await referenceGraph(name), view);
        const a = louvain(graph, { seed: 9 });
        const b = louvainIndexed(indexGraph(graph), { seed: 9 });
        expect(g2map(indexGraph(graph).nodes, b.community)).toEqual(a.community);
        expect(b.modularity).toBe(a.modularity);
        expect(b.count).toBe(a.count);
      }
    }
  });

  it('on a graph from loadCompactGraph: the partition of louvain on the standard view', async () => {
    const paths = [
      join(REFERENCE_DIR, 'graphs/lesmis.json'),
      join(import.meta.dirname, '../../../graphs/kyoto-life-science.json'),
      join(import.meta.dirname, '../../../graphs/hamamatsu-spinoffs.json'),
    ];
    for (const path of paths) {
      const { graph } = buildView(await loadGraph(path));
      const standard = louvain(graph, { seed: 3 });
      const compact = await loadCompactGraph(path);
      const fast = louvainIndexed(compact.graph, { seed: 3 });
      expect(g2map(compact.graph.nodes, fast.community)).toEqual(standard.community);
      expect(fast.modularity).toBe(standard.modularity);
    }
  });

  it('the rule: one run with the queue above LARGE_VIEW_NODES nodes, unless restarts are asked for', () => {
    expect(restartsFor(LARGE_VIEW_NODES)).toBe(16);
    expect(restartsFor(LARGE_VIEW_NODES + 1)).toBe(1);
    expect(restartsFor(LARGE_VIEW_NODES + 1, 4)).toBe(4);
    expect(louvainPathFor(10)).toEqual({ restarts: 16, queue: false, fast: false });
    expect(louvainPathFor(2_000_000)).toEqual({ restarts: 1, queue: true, fast: true });
  });
});

function g2map(nodes: readonly string[], community: Int32Array): Map<string, number> {
  return new Map(nodes.map((id, i) => [id, community[i]!]));
}
