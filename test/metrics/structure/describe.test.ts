/** describeGraph against NetworkX (describe.json) and R sna (centralization.json) on every reference case. */
import { describe, expect, it } from 'vitest';
import { graphSummary } from '../../../src/metrics/summary.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { describeGraph, groupValue } from '../../../src/metrics/structure/describe.js';
import { close, describeView, readFixture, referenceGraph } from '../reference-fixtures.js';

interface DescribeCase {
  graph: string;
  view: { directed?: boolean; edgeKinds?: string[]; nodeKinds?: string[] };
  by: string | null;
  statistics: Record<string, unknown> & {
    ei?: { internal: number; external: number; observed: number | null; expected: number | null; rescaled: number | null; groups: unknown[]; nodes: Record<string, number | null> };
  };
}
interface CentralizationCase {
  graph: string;
  view: DescribeCase['view'];
  degree: number | null;
  betweenness: number | null;
  closeness: number | null;
}
const cases = readFixture<{ cases: DescribeCase[] }>('describe.json').cases;
const sna = readFixture<{ cases: CentralizationCase[] }>('centralization.json').cases;

const SCALARS = ['nodes', 'edges', 'density', 'meanDegree', 'components', 'largestComponentShare', 'transitivity', 'averageClustering', 'averagePathLength', 'diameter', 'degreeAssortativity', 'maxCore'] as const;

describe('describe against NetworkX and R sna', () => {
  cases.forEach((c, k) => {
    it(`${c.graph} (${describeView(c.view)}${c.by ? `, by ${c.by}` : ''})`, async () => {
      const graph = await referenceGraph(c.graph);
      const result = describeGraph(graph, { ...c.view, directed: c.view.directed ?? false, ...(c.by ? { by: c.by, partition: c.by } : {}), draws: 0 });
      const s = result.statistics;
      const wrong: string[] = [];
      for (const key of SCALARS) if (!close(s[key] as number | null, c.statistics[key] as number | null)) wrong.push(`${key}: ${String(s[key])} ≠ ${String(c.statistics[key])}`);
      const wantReciprocity = c.statistics.reciprocity as Record<string, number>;
      expect(s.reciprocity ?? {}).toEqual(wantReciprocity);
      const r = sna[k]!;
      expect([r.graph, r.view]).toEqual([c.graph, c.view]);
      for (const key of ['degree', 'betweenness', 'closeness'] as const)
        if (!close(s.centralization[key], r[key])) wrong.push(`centralization.${key}: ${String(s.centralization[key])} ≠ sna ${String(r[key])}`);
      if (c.by) {
        const ei = c.statistics.ei!;
        if (!close(s.attributeAssortativity, c.statistics.attributeAssortativity as number | null)) wrong.push(`attributeAssortativity ${s.attributeAssortativity}`);
        for (const key of ['observed', 'expected', 'rescaled'] as const) if (!close(s.eiIndex![key], ei[key])) wrong.push(`ei.${key}: ${s.eiIndex![key]} ≠ ${ei[key]}`);
        expect(result.groups).toEqual(ei.groups);
        for (const row of result.nodes) if (row.group !== null && !close(row.eiIndex, ei.nodes[row.id] ?? null)) wrong.push(`node E-I ${row.id}`);
        if (!close(s.modularity, c.statistics.partitionModularity as number | null)) wrong.push(`modularity ${s.modularity}`);
      }
      expect(wrong).toEqual([]);
    });
  });

  it('shares density and components with info and timeline on the default view', async () => {
    for (const name of ['karate', 'small-ecosystem', 'disconnected']) {
      const graph = await referenceGraph(name);
      const summary = graphSummary(graph);
      const s = describeGraph(graph).statistics;
      expect(s.density).toBe(summary.density);
      expect(s.components).toBe(summary.components);
    }
  });

  it('counts the source ties behind the view: merged parallel ties, an undirected tie once on a directed view', async () => {
    const graph = await referenceGraph('small-ecosystem');
    const undirected = describeGraph(graph);
    expect(undirected.statistics.sourceTies).toBe(undirected.view.edges + undirected.view.mergedTies);
    const directed = describeGraph(graph, { directed: true });
    const loops = directed.view.selfLoopsDropped;
    expect(directed.statistics.sourceTies).toBe(graph.size - loops);
  });

  it('gives null with a reason where a statistic does not apply', async () => {
    const graph = await referenceGraph('karate');
    const r = describeGraph(graph);
    expect(r.statistics.eiIndex).toBeNull();
    expect(r.notes.eiIndex).toMatch(/--by/);
    expect(r.statistics.reciprocity).toBeNull();
    expect(r.notes.reciprocity).toMatch(/no directed ties/);
    const dag = describeGraph(await referenceGraph('dag'), { directed: true });
    expect(dag.statistics.averagePathLength).toBeNull();
    expect(dag.notes.averagePathLength).toMatch(/single node/);
  });

  it('describes a view of 200 000 nodes (more than a call can take as arguments)', () => {
    const graph = createEcoGraph();
    const n = 200_000;
    for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { label: `n${i}` });
    // a triangle, so that the largest core is 2; every other node is isolated
    graph.addUndirectedEdge('n0', 'n1', {});
    graph.addUndirectedEdge('n1', 'n2', {});
    graph.addUndirectedEdge('n2', 'n0', {});
    const r = describeGraph(graph, { approximate: { epsilon: 0.5, delta: 0.1, seed: 1 } });
    expect(r.statistics.nodes).toBe(n);
    expect(r.statistics.edges).toBe(3);
    expect(r.statistics.maxCore).toBe(2);
  });

  it('runs the E-I permutation test seeded: same seed, same p-values', async () => {
    const graph = await referenceGraph('karate');
    const a = describeGraph(graph, { by: 'club', draws: 200, seed: 3 }).statistics.eiIndex!.permutation!;
    const b = describeGraph(graph, { by: 'club', draws: 200, seed: 3 }).statistics.eiIndex!.permutation!;
    expect(a).toEqual(b);
    // the two clubs are far more internal than chance: no shuffle is as low
    expect(a.lessOrEqual).toBeCloseTo(1 / 201, 12);
    expect(a.greaterOrEqual).toBe(1);
  });

  it('derives the triple-helix sphere from the kind', () => {
    expect(groupValue({ label: 'x', kind: 'institute' }, 'sphere')).toBe('university');
    expect(groupValue({ label: 'x', kind: 'anchor' }, 'sphere')).toBe('industry');
    expect(groupValue({ label: 'x', kind: 'founder' }, 'sphere')).toBeUndefined();
    expect(groupValue({ label: 'x', kind: 'firm', sphere: 'other' }, 'sphere')).toBe('other');
  });
});

describe('describe with sampled path statistics', () => {
  it('stays within its stated bounds of the exact values (Les Misérables, ε = 0.5: 6 of 77 sources)', async () => {
    const graph = await referenceGraph('lesmis');
    const exact = describeGraph(graph).statistics;
    const r = describeGraph(graph, { approximate: { epsilon: 0.5, delta: 0.1, seed: 4 } });
    const a = r.approximation!;
    expect(a.sources).toBe(Math.ceil(Math.log(20) / 0.5));
    expect(Math.abs(r.statistics.averagePathLength! - exact.averagePathLength!)).toBeLessThanOrEqual(a.averagePathLengthBound!);
    expect(a.diameter!.atLeast).toBeLessThanOrEqual(exact.diameter!);
    expect(a.diameter!.atMost).toBeGreaterThanOrEqual(exact.diameter!);
    expect(r.statistics.diameter).toBeNull();
    expect(r.statistics.centralization.closeness).toBeNull();
    expect(Math.abs(r.statistics.centralization.betweenness! - exact.centralization.betweenness!)).toBeLessThanOrEqual(a.betweennessCentralizationBound!);
    expect(r.notes.averagePathLength).toMatch(/sampled sources/);
    // seeded: the same seed, the same estimate
    expect(describeGraph(graph, { approximate: { epsilon: 0.5, delta: 0.1, seed: 4 } }).statistics).toEqual(r.statistics);
  });

  it('is exact when the sample would cover the component, and on a directed view brackets the diameter', async () => {
    const graph = await referenceGraph('karate');
    const r = describeGraph(graph, { approximate: { epsilon: 0.05, delta: 0.1, seed: 1 } });
    expect(r.approximation!.sources).toBe(0);
    expect(r.statistics.averagePathLength).toBe(describeGraph(graph).statistics.averagePathLength);
    const directed = await referenceGraph('random-directed');
    const exact = describeGraph(directed, { directed: true }).statistics;
    const d = describeGraph(directed, { directed: true, approximate: { epsilon: 0.6, delta: 0.2, seed: 2 } }).approximation!;
    expect(d.sources).toBeGreaterThan(0);
    expect(d.diameter!.atLeast).toBeLessThanOrEqual(exact.diameter!);
    expect(d.diameter!.atMost).toBeGreaterThanOrEqual(exact.diameter!);
  });
});
