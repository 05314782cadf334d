/**
 * The worker-thread measures against NetworkX on every reference graph and view (1e-9, as the
 * single-thread functions), against the single-thread functions themselves (1e-12), determinism of
 * sampling over worker counts, and when work is worth threads. The pool itself (loaders, progress,
 * abort): worker-pool.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { approximateBetweennessValues } from '../../../src/metrics/centrality/approximate-betweenness.js';
import { betweennessCentrality } from '../../../src/metrics/centrality/betweenness.js';
import { closenessCentrality } from '../../../src/metrics/centrality/closeness.js';
import { harmonicCentrality } from '../../../src/metrics/centrality/harmonic.js';
import { indexGraph, toNodeMap } from '../../../src/metrics/indexed-graph.js';
import {
  approximateBetweennessParallel,
  betweennessParallel,
  distanceSumsParallel,
  worthParallel,
} from '../../../src/metrics/parallel/parallel-measures.js';
import { closenessFromSums } from '../../../src/metrics/paths/distance-sums.js';
import { buildView } from '../../../src/metrics/view.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { describeView, expectAllClose, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';

interface CentralityCase {
  graph: string;
  view: Record<string, unknown>;
  values: Record<string, Record<string, number | null>>;
}

const fixture = readFixture<{ cases: CentralityCase[] }>('centrality.json');

function maxDifference(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let worst = 0;
  for (const [k, v] of a) worst = Math.max(worst, Math.abs(v - b.get(k)!));
  return worst;
}

describe('worker-thread measures equal NetworkX and the single-thread path on every reference fixture', () => {
  for (const c of fixture.cases) {
    it(`${c.graph} [${describeView(c.view)}]: betweenness, closeness, harmonic`, async () => {
      const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
      const g = indexGraph(graph);
      // small ranges, so that every worker gets several
      const b = toNodeMap(g, await betweennessParallel(g, { workers: 2 }));
      const sums = await distanceSumsParallel(g, 'in', { workers: 2 });
      const closeness = toNodeMap(g, closenessFromSums(sums, true));
      const harmonic = toNodeMap(g, sums.inverse);
      expectAllClose(`${c.graph} betweenness`, b, c.values.betweenness!);
      expectAllClose(`${c.graph} closeness`, closeness, c.values.closeness!);
      expectAllClose(`${c.graph} harmonic`, harmonic, c.values.harmonic!);
      expect(maxDifference(b, betweennessCentrality(graph))).toBeLessThan(1e-12);
      expect(maxDifference(closeness, closenessCentrality(graph))).toBeLessThan(1e-12);
      expect(maxDifference(harmonic, harmonicCentrality(graph))).toBeLessThan(1e-12);
    });
  }
});

describe('the parallel measures', () => {
  const eco = generateEcosystem({ nodes: 600, seed: 3 });
  const g = indexGraph(buildView(eco).graph);
  const n = g.nodes.length;

  it('approximate betweenness is the same for 1, 2 and 3 workers and equals the single-thread run', async () => {
    const options = { epsilon: 0.05, delta: 0.1, seed: 11, chunkSize: 64 };
    const single = approximateBetweennessValues(g, options);
    expect(single.plan.samples).toBeGreaterThan(1000);
    for (const workers of [1, 2, 3]) {
      const { values, plan } = await approximateBetweennessParallel(g, { ...options, workers });
      expect(plan).toEqual(single.plan);
      expect([...values]).toEqual([...single.values]);
    }
  });

  it('splits only graphs with enough work over threads', () => {
    expect(worthParallel(g)).toBe(false);
    const big = { ...g, outStart: new Int32Array(20_001).map((_, i) => i * 5) };
    expect(worthParallel(big)).toBe(true);
  });
});
