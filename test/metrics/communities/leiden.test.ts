/**
 * Leiden (Traag, Waltman and van Eck 2019) against igraph `community_leiden` (modularity
 * objective, n_iterations=-1; fixture: best modularity over ten seeds per graph, view and
 * resolution) and against its own guarantee: every community induces a connected subgraph, on the
 * reference graphs and on random graphs (sparse Erdős–Rényi graphs with many components and
 * near-isolated nodes, and preferential-attachment graphs), for both objectives.
 */
import { describe, expect, it } from 'vitest';
import { connectedParts, defaultIterations, leiden, leidenIndexed, leidenRestartPlan, leidenRestarts, MAX_LEIDEN_ITERATIONS } from '../../../src/metrics/communities/leiden.js';
import { baseLevel, cpmOfLabels, modularityOfLabels, renumberAndScore } from '../../../src/metrics/communities/local-moving.js';
import { louvain } from '../../../src/metrics/communities/louvain.js';
import { modularity } from '../../../src/metrics/communities/modularity.js';
import { indexGraph, type IndexedGraph } from '../../../src/metrics/indexed-graph.js';
import { buildView, type ViewGraph } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { createRng } from '../../../src/model/random.js';
import { close, describeView, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';

interface LeidenRun {
  resolution: number;
  modularity: number;
  allConnected: boolean;
  membership: Record<string, number>;
}
const fixture = readFixture<{ versions: Record<string, string>; cases: Array<{ graph: string; view: Record<string, unknown>; runs: LeidenRun[] }> }>('leiden.json');

/** The communities whose nodes do not form one connected subgraph (by breadth-first search inside each community). */
function disconnectedCommunities(g: IndexedGraph, community: Int32Array): number[] {
  const n = g.nodes.length;
  const seen = new Uint8Array(n);
  const started = new Set<number>();
  const bad: number[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    const c = community[s]!;
    if (started.has(c)) bad.push(c); // a second component of the same community
    started.add(c);
    seen[s] = 1;
    const stack = [s];
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
        const v = g.outTargets[e]!;
        if (!seen[v] && community[v] === c) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
  }
  return bad;
}

/** A view of a random graph: `n` nodes, ties drawn by `draw`. */
function randomView(n: number, ties: Array<[number, number]>, weighted: boolean, seed: number): ViewGraph {
  const rng = createRng(seed);
  const g = createEcoGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}` });
  const seen = new Set<string>();
  for (const [a, b] of ties) {
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    g.addUndirectedEdge(`n${a}`, `n${b}`, weighted ? { weight: 1 + rng.int(5) } : {});
  }
  return buildView(g, weighted ? { weighted: 'weight', weightAs: 'strength' } : {}).graph;
}

function erdosRenyi(n: number, meanDegree: number, seed: number): Array<[number, number]> {
  const rng = createRng(seed);
  const ties: Array<[number, number]> = [];
  const m = Math.round((n * meanDegree) / 2);
  for (let k = 0; k < m; k++) ties.push([rng.int(n), rng.int(n)]);
  return ties;
}

function preferential(n: number, m: number, seed: number): Array<[number, number]> {
  const rng = createRng(seed);
  const ends: number[] = [];
  const ties: Array<[number, number]> = [];
  for (let v = 1; v < n; v++)
    for (let k = 0; k < Math.min(m, v); k++) {
      const u = ends.length > 0 && rng.next() < 0.9 ? ends[rng.int(ends.length)]! : rng.int(v);
      ties.push([v, u]);
      ends.push(u, v);
    }
  return ties;
}

describe('Leiden against igraph community_leiden (modularity, n_iterations=-1, best of ten seeds)', () => {
  it('the fixture comes from igraph 0.10 and covers weighted views and several resolutions', () => {
    expect(fixture.versions.igraph).toMatch(/^0\.10\./);
    expect(fixture.cases.some((c) => c.view.weighted !== undefined)).toBe(true);
    expect(new Set(fixture.cases.flatMap((c) => c.runs.map((r) => r.resolution)))).toEqual(new Set([1, 0.5, 2]));
  });
  for (const c of fixture.cases)
    for (const run of c.runs)
      it(`${c.graph} [${describeView(c.view)}] resolution ${run.resolution}: modularity ≥ 99% of igraph's, every community connected as igraph's`, async () => {
        const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
        // igraph's best partition has the modularity recorded (the same modularity function)
        expect(close(modularity(graph, new Map(Object.entries(run.membership)), run.resolution), run.modularity)).toBe(true);
        const g = indexGraph(graph);
        const ours = leidenIndexed(g, { resolution: run.resolution, seed: 42 });
        const community = new Map(g.nodes.map((id, i) => [id, ours.community[i]!]));
        expect(close(ours.modularity, modularity(graph, community, run.resolution))).toBe(true);
        // at least 99% of igraph's (for a negative modularity: at most 1% of its size below it)
        expect(ours.modularity, `ecograph ${ours.modularity} vs igraph ${run.modularity}`).toBeGreaterThanOrEqual(run.modularity - 0.01 * Math.abs(run.modularity) - 1e-12);
        expect(run.allConnected).toBe(true);
        expect(disconnectedCommunities(g, ours.community)).toEqual([]);
      });
});

describe("Leiden's last step: the partition when its communities are connected, their parts otherwise", () => {
  // two triangles a-b-c and x-y-z joined by the bridge c–x (7 ties, 2m = 14)
  const eco = createEcoGraph();
  for (const id of ['a', 'b', 'c', 'x', 'y', 'z']) eco.addNode(id, { label: id });
  for (const [s, t] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y'], ['y', 'z'], ['x', 'z'], ['c', 'x']] as const) eco.addUndirectedEdge(s, t);
  const g = indexGraph(buildView(eco).graph);
  const { level } = baseLevel(g);
  const labels = (of: Record<string, number>) => Int32Array.from(g.nodes, (id) => of[id]!);

  it('connected communities come back as they are, with the sums of their modularity (the same bits as computed afresh)', () => {
    const split = labels({ a: 4, b: 4, c: 4, x: 1, y: 1, z: 1 });
    const result = connectedParts(level, split, true);
    expect(result.community).toBe(split);
    expect(result.sums!.total).toBe(14);
    const scored = renumberAndScore(g, result.community, 'modularity', 1, result.sums);
    expect(scored.quality).toBe(modularityOfLabels(g, scored.community, scored.count, 1));
    expect(scored.quality).toBeCloseTo(5 / 14, 15);
    expect(connectedParts(level, split, false).sums).toBeUndefined();
  });

  it('a community in two parts comes back as its parts, numbered by first appearance, without sums', () => {
    // {a, b, z}: a–b, and z apart; {c, x, y}: c–x–y
    const result = connectedParts(level, labels({ a: 0, b: 0, z: 0, c: 1, x: 1, y: 1 }), true);
    expect(result.sums).toBeUndefined();
    const part = (id: string) => result.community[g.nodes.indexOf(id)];
    expect([part('a'), part('b'), part('c'), part('x'), part('y'), part('z')]).toEqual([0, 0, 1, 1, 1, 2]);
    expect(disconnectedCommunities(g, result.community)).toEqual([]);
  });
});

describe('Leiden: connected communities on random graphs', () => {
  const graphs: Array<[string, () => ViewGraph]> = [];
  for (const seed of [1, 2, 3]) {
    graphs.push([`Erdős–Rényi 400 nodes, mean degree 1.5, seed ${seed}`, () => randomView(400, erdosRenyi(400, 1.5, seed), false, seed)]);
    graphs.push([`Erdős–Rényi 1000 nodes, mean degree 6, weighted, seed ${seed}`, () => randomView(1000, erdosRenyi(1000, 6, seed), true, seed)]);
    graphs.push([`preferential attachment 2000 nodes, m = 2, seed ${seed}`, () => randomView(2000, preferential(2000, 2, seed), false, seed)]);
  }
  for (const [name, make] of graphs)
    it(`${name}: every community induces a connected subgraph (modularity and CPM, three resolutions)`, () => {
      const view = make();
      const g = indexGraph(view);
      let checked = 0;
      for (const objective of ['modularity', 'cpm'] as const)
        for (const resolution of objective === 'cpm' ? [0.01, 0.05, 0.2] : [0.5, 1, 2]) {
          const result = leidenIndexed(g, { objective, resolution, seed: 7, restarts: 2 });
          expect(result.community).toHaveLength(g.nodes.length);
          expect(disconnectedCommunities(g, result.community), `${objective} γ ${resolution}`).toEqual([]);
          // the modularity summed on the way (or recomputed after a split) has the bits of the one computed afresh
          if (objective === 'modularity') expect(result.modularity).toBe(modularityOfLabels(g, result.community, result.count, resolution));
          checked += result.count;
        }
      expect(checked).toBeGreaterThan(6);
    });

  it('Leiden is not worse than Louvain on the preferential-attachment graphs (same restarts)', () => {
    for (const seed of [1, 2]) {
      const view = randomView(2000, preferential(2000, 2, seed), false, seed);
      const a = leiden(view, { seed: 3 });
      const b = louvain(view, { seed: 3 });
      expect(a.modularity).toBeGreaterThanOrEqual(0.99 * b.modularity);
    }
  });
});

describe('Leiden by hand', () => {
  /** Two triangles a-b-c and x-y-z joined by the tie c–x. */
  function twoTriangles() {
    const g = createEcoGraph();
    for (const n of ['a', 'b', 'c', 'x', 'y', 'z']) g.addNode(n, { label: n });
    const ties: Array<[string, string]> = [['a', 'b'], ['b', 'c'], ['a', 'c'], ['x', 'y'], ['y', 'z'], ['x', 'z'], ['c', 'x']];
    for (const [s, t] of ties) g.addUndirectedEdge(s, t);
    return buildView(g).graph;
  }

  it('modularity: two triangles, Q = 5/14', () => {
    const { community, count, modularity: q } = leiden(twoTriangles());
    expect(count).toBe(2);
    expect(community.get('a')).toBe(community.get('c'));
    expect(community.get('x')).toBe(community.get('z'));
    expect(community.get('a')).not.toBe(community.get('x'));
    expect(q).toBeCloseTo(5 / 14, 12);
  });

  it('CPM: the triangles at γ = 0.5 (H = 2 · (3 − 0.5 · 3) = 3), everything at γ = 0.1 (H = 7 − 0.1 · 15 = 5.5), singletons at γ = 2 (H = 0)', () => {
    const cases: Array<[number, number, number]> = [
      [0.5, 2, 3],
      [0.1, 1, 5.5],
      [2, 6, 0],
    ];
    for (const [resolution, count, h] of cases) {
      const view = twoTriangles();
      const g = indexGraph(view);
      const result = leidenIndexed(g, { objective: 'cpm', resolution });
      expect(result.count, `γ ${resolution}`).toBe(count);
      expect(result.quality).toBeCloseTo(h, 12);
      expect(cpmOfLabels(g, result.community, result.count, resolution)).toBe(result.quality);
    }
  });

  it('the same seed gives the same partition; iterations and options are checked', async () => {
    const { graph } = buildView(await referenceGraph('lesmis'), { weighted: 'weight', weightAs: 'strength' });
    const a = leiden(graph, { seed: 7 });
    leiden(graph, { seed: 8 });
    const b = leiden(graph, { seed: 7 });
    expect([...b.community]).toEqual([...a.community]);
    expect(b.modularity).toBe(a.modularity);
    expect(MAX_LEIDEN_ITERATIONS).toBe(20);
    // a pass counts two visits of every arc: min(20, max(1, ⌊1,000,000 / (2 × arcs × restarts)⌋))
    expect(defaultIterations(156, 16)).toBe(20);
    expect(defaultIterations(62_500, 16)).toBe(1);
    expect(defaultIterations(999_950, 1)).toBe(1);
    expect(defaultIterations(487_732, 1)).toBe(1);
    expect(defaultIterations(200_000, 1)).toBe(2);
    expect(defaultIterations(10_000, 4)).toBe(12);
    expect(defaultIterations(100_000, 2)).toBe(2);
    expect(defaultIterations(999_950, 1, 7)).toBe(7);
    expect(leiden(graph, { seed: 7, iterations: 1 }).modularity).toBeLessThanOrEqual(a.modularity + 1e-12);
    expect(() => leiden(graph, { iterations: 0 })).toThrow(/iterations must be a positive integer, got 0/);
    expect(() => leiden(graph, { resolution: -1 })).toThrow(/resolution must be positive/);
  });

  it('restarts by the work budget, a pass counting two visits of every arc: 16 on small views, one from 250,001 arcs', () => {
    expect(leidenRestarts(156)).toBe(16);
    expect(leidenRestarts(31_250)).toBe(16);
    expect(leidenRestarts(62_500)).toBe(8);
    expect(leidenRestarts(250_000)).toBe(2);
    expect(leidenRestarts(250_001)).toBe(1);
    expect(leidenRestarts(487_732)).toBe(1);
    expect(leidenRestarts(487_732, 3)).toBe(3);
    // one pass (two visits of every arc) of every restart fits in the budget of 1,000,000 arc visits (one run at least)
    for (const arcs of [156, 10_000, 31_250, 62_500, 250_000]) expect(leidenRestarts(arcs) * 2 * arcs).toBeLessThanOrEqual(1_000_000);
    expect(leidenRestartPlan(156)).toMatchObject({ restarts: 16, path: 'budget' });
    expect(leidenRestartPlan(487_732)).toMatchObject({ restarts: 1, path: 'budget' });
    expect(leidenRestartPlan(487_732).reason).toMatch(/work budget of 1,000,000 arc visits over 487,732 arcs, 2 visits a pass and at least one pass a restart/);
    expect(leidenRestartPlan(487_732, 2)).toEqual({ restarts: 2, path: 'asked', reason: '2 restarts asked for' });
  });
});
