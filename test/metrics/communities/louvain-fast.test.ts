/**
 * Louvain's one engine (queue-based local moving at every size) and its restarts rule:
 * - on every reference case, the default (best of 16 restarts on these small views) reaches 99% of
 *   igraph `community_multilevel`'s best of five, and a single run 95%;
 * - one run: on a 20 000-node generated ecosystem (where run-to-run variation is small, as on the
 *   large views that get one run), at least 99% of the best of 16;
 * - the restarts follow the work budget, never rising with the size of the view.
 * `louvainIndexed` on a graph from `loadCompactGraph` gives exactly the partition and modularity of
 * `louvain` on the standard view.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompactGraph } from '../../../src/open/index.js';
import { loadGraph } from '../../../src/io/files.js';
import {
  MAX_RESTARTS,
  WORK_BUDGET_ARCS,
  defaultRestarts,
  louvain,
  louvainIndexed,
  restartPlan,
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

describe('Louvain: one engine, restarts by a work budget', () => {
  for (const c of fixture.cases)
    for (const run of c.runs)
      it(`${c.graph} [${describeView(c.view)}] resolution ${run.resolution}: one run ≥ 95% of igraph's best of five, the default ≥ 99%`, async () => {
        const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
        const g = indexGraph(graph);
        const one = louvainIndexed(g, { resolution: run.resolution, seed: 42, restarts: 1 });
        const standard = louvainIndexed(g, { resolution: run.resolution, seed: 42 });
        const community = new Map(g.nodes.map((id, i) => [id, standard.community[i]!]));
        expect(standard.modularity).toBe(modularityIndexed(indexGraph(graph), community, run.resolution));
        expect(standard.modularity / run.modularity).toBeGreaterThanOrEqual(0.99);
        expect(standard.modularity).toBeGreaterThanOrEqual(one.modularity);
        expect(one.modularity / run.modularity).toBeGreaterThanOrEqual(0.95);
      });

  it('one run on a 20 000-node generated ecosystem: ≥ 99% of the best of 16', () => {
    for (const weighted of [undefined, 'weight']) {
      const { graph } = buildView(generateEcosystem({ nodes: 20_000, seed: 5 }), weighted ? { weighted, weightAs: 'strength' } : {});
      const g = indexGraph(graph);
      const best = louvainIndexed(g, { seed: 42, restarts: MAX_RESTARTS });
      const one = louvainIndexed(g, { seed: 42, restarts: 1 });
      expect(one.modularity / best.modularity).toBeGreaterThanOrEqual(0.99);
      expect(one.modularity).toBeGreaterThan(0.3);
    }
  }, 120_000);

  it('louvainIndexed is louvain on the indexed view (same partition, same modularity bits)', async () => {
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

  it('the rule: min(16, max(1, floor(budget / arcs))) restarts unless restarts are asked for; the work stays within the budget', () => {
    expect(WORK_BUDGET_ARCS).toBe(1_000_000);
    expect(defaultRestarts(156)).toBe(16); // karate
    expect(defaultRestarts(62_500)).toBe(16);
    expect(defaultRestarts(62_501)).toBe(15);
    expect(defaultRestarts(500_000)).toBe(2);
    expect(defaultRestarts(500_001)).toBe(1);
    expect(defaultRestarts(999_950)).toBe(1); // Barabási–Albert, 100 000 nodes, m = 5
    expect(defaultRestarts(50_000_000)).toBe(1);
    expect(defaultRestarts(10, 4)).toBe(4);
    let previous = MAX_RESTARTS;
    for (let arcs = 1_000; arcs <= 2_000_000; arcs = Math.ceil(arcs * 1.01)) {
      const r = defaultRestarts(arcs);
      expect(r).toBeLessThanOrEqual(previous); // never more restarts on a larger view
      if (r > 1) expect(r * arcs).toBeLessThanOrEqual(WORK_BUDGET_ARCS);
      previous = r;
    }
    expect(restartPlan(156)).toMatchObject({ restarts: 16, path: 'budget' });
    expect(restartPlan(999_950)).toMatchObject({ restarts: 1, path: 'budget' });
    expect(restartPlan(999_950).reason).toMatch(/work budget of 1,000,000 arc visits over 999,950 arcs/);
    expect(restartPlan(999_950, 3)).toEqual({ restarts: 3, path: 'asked', reason: '3 restarts asked for' });
  });
});

function g2map(nodes: readonly string[], community: Int32Array): Map<string, number> {
  return new Map(nodes.map((id, i) => [id, community[i]!]));
}
