/**
 * Acceptance 3 of issue 9: the indicators of the timeline's last row (the snapshot at the graph's
 * last year) equal the same metrics computed directly — with the library's own functions, not the
 * timeline code — on the full graph.
 *
 * The snapshot at the last year is the full graph only when no element ends before or in that
 * year. Most graphs here have such elements (Sapporo: Hudson Soft, dissolved 2012, its last year;
 * Hamamatsu and Kobe: an affiliation with an `until` before the last year; the hand-made toy valley:
 * a firm dissolved and two ties ended); the corrected Kyoto graph has none, and there the last
 * snapshot must be the whole graph. So the test does two things:
 *   1. it checks that the last snapshot under `include` drops exactly those elements (and ties to
 *      dissolved nodes), and that the default `bound` snapshot drops, besides, exactly the undated
 *      elements no derived bound places (and ties to them);
 *   2. on a copy of the graph with `dissolved` and `until` removed, where the last snapshot is the
 *      full graph (under `include`), it checks every indicator of the last row against direct computation on the full
 *      graph: counts by kind and density/components from graphSummary (as `ecograph info`), Louvain
 *      modularity on buildView, Burt constraint, the spin-off depth from lineageSummary, and the
 *      triple-helix share from the neighbours of each firm.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { compareRegions } from '../../../src/metrics/evolution/compare.js';
import { graphDates, snapshotAt } from '../../../src/metrics/evolution/snapshot.js';
import { timeline } from '../../../src/metrics/evolution/timeline.js';
import { louvain } from '../../../src/metrics/communities/louvain.js';
import { lineageSummary } from '../../../src/metrics/lineage/index.js';
import { burtConstraint } from '../../../src/metrics/structural-holes/constraint.js';
import { componentSizes, graphSummary } from '../../../src/metrics/summary.js';
import { buildView } from '../../../src/metrics/view.js';
import type { EcoGraph } from '../../../src/model/types.js';

const GRAPHS = ['hamamatsu-spinoffs', 'kobe-biomedical', 'kyoto-life-science', 'sapporo-valley', 'toy-valley'];
const path = (name: string) =>
  name === 'toy-valley' ? join(import.meta.dirname, '../../fixtures/evolution/toy-valley.json') : join(import.meta.dirname, '../../../graphs', `${name}.json`);

/**
 * What ends by each graph's last year, counted by hand in the files: the nodes `dissolved` by then
 * and the ties with an `until` before it (ties touching a dissolved node are dropped besides).
 */
const ENDS: Record<string, { dissolved: string[]; tiesUntil: number }> = {
  'hamamatsu-spinoffs': { dissolved: [], tiesUntil: 1 }, // Soichiro Honda at Art Shokai until 1928; last year 2017
  'kobe-biomedical': { dissolved: [], tiesUntil: 1 }, // Masayo Takahashi at RIKEN CDB until 2019; last year 2026
  'kyoto-life-science': { dissolved: [], tiesUntil: 0 }, // no dissolved node, no `until`: the last snapshot is the whole graph
  'sapporo-valley': { dissolved: ['hudson'], tiesUntil: 0 }, // Hudson Soft dissolved 2012, the last year
  'toy-valley': { dissolved: ['b'], tiesUntil: 2 }, // b dissolved 2005; f–uni until 2003, d–anchor until 2004; last year 2006
};

/** The nodes and ties that end in or before `year`, and ties touching such nodes. */
function endedBy(graph: EcoGraph, year: number): { nodes: string[]; edges: string[] } {
  const nodes = graph.filterNodes((_n, a) => a.dissolved !== undefined && a.dissolved <= year);
  const edges = graph.filterEdges((_e, a, s, t) => (a.until !== undefined && a.until < year) || nodes.includes(s) || nodes.includes(t));
  return { nodes: nodes.sort(), edges: edges.sort() };
}

function withoutEndDates(graph: EcoGraph): EcoGraph {
  const copy = graph.copy();
  copy.forEachNode((n) => copy.removeNodeAttribute(n, 'dissolved'));
  copy.forEachEdge((e) => copy.removeEdgeAttribute(e, 'until'));
  return copy;
}

describe.each(GRAPHS)('%s', (name) => {
  it('the last snapshot drops exactly the elements that ended by the last year', async () => {
    const graph = await loadGraph(path(name));
    const last = graphSummary(graph).years.last!;
    const snapshot = snapshotAt(graph, last, { undated: 'include' });
    const ended = endedBy(graph, last);
    expect(ended.nodes).toEqual(ENDS[name]!.dissolved);
    expect(graph.filterEdges((_e, a) => a.until !== undefined && a.until < last)).toHaveLength(ENDS[name]!.tiesUntil);
    if (name === 'kyoto-life-science') expect(snapshot.order + snapshot.size).toBe(graph.order + graph.size);
    expect(graph.filterNodes((n) => !snapshot.hasNode(n)).sort()).toEqual(ended.nodes);
    expect(graph.filterEdges((e) => !snapshot.hasEdge(e)).sort()).toEqual(ended.edges);
    // bound: also the undated elements with no bound, and ties to such nodes
    const { nodeBounds, edgeBounds } = graphDates(graph);
    const unplaced = graph.filterNodes((n, a) => a.founded === undefined && !nodeBounds.has(n));
    const bound = snapshotAt(graph, last);
    expect(graph.filterNodes((n) => !bound.hasNode(n)).sort()).toEqual([...new Set([...ended.nodes, ...unplaced])].sort());
    const lost = graph.filterEdges(
      (e, a, s, t) => ended.edges.includes(e) || unplaced.includes(s) || unplaced.includes(t) || (a.year === undefined && a.since === undefined && !edgeBounds.has(e)),
    );
    expect(graph.filterEdges((e) => !bound.hasEdge(e)).sort()).toEqual(lost.sort());
  });

  it('without end dates, the last row equals the metrics of the full graph', async () => {
    const graph = withoutEndDates(await loadGraph(path(name)));
    const rows = timeline(graph, { undated: 'include' }).years;
    const row = rows[rows.length - 1]!;
    const summary = graphSummary(graph);
    expect(row.year).toBe(summary.years.last);
    expect(row.nodes).toEqual({ total: summary.nodes.total, ...summary.nodes.byKind });
    expect(row.edges).toEqual({ total: summary.edges.total, ...summary.edges.byKind });
    expect(row.density).toBe(summary.density);
    expect(row.components).toBe(summary.components);
    expect(row.largestComponentShare).toBe(componentSizes(graph)[0]! / graph.order);

    const view = buildView(graph).graph;
    expect(row.modularity).toBe(louvain(view, { seed: 42 }).modularity);
    const firms = graph.filterNodes((_n, a) => a.kind === 'firm');
    const constraint = burtConstraint(view);
    const tied = firms.map((f) => constraint.get(f)!).filter(Number.isFinite);
    expect(row.meanConstraint).toBeCloseTo(tied.reduce((a, b) => a + b, 0) / tied.length, 14);
    expect(row.maxGeneration).toBe(Math.max(0, ...lineageSummary(graph).firms.map((f) => f.generation)));
    const helix = firms.filter((f) => {
      const kinds = new Set(graph.neighbors(f).map((n) => graph.getNodeAttribute(n, 'kind')));
      return (kinds.has('university') || kinds.has('institute')) && kinds.has('anchor');
    });
    expect(row.tripleHelixShare).toBe(helix.length / firms.length);

    // compare measures the full graph: the shared indicators agree with the last row
    const values = compareRegions([{ name, graph }], { undated: 'include' }).regions[0]!.values;
    for (const id of ['density', 'components', 'largestComponentShare', 'modularity', 'maxGeneration', 'tripleHelixShare', 'meanConstraint'] as const)
      expect(values[id], id).toBe(row[id]);
    expect(values.nodes).toBe(row.nodes.total);
    expect(values.edges).toBe(row.edges.total);
  });
});
