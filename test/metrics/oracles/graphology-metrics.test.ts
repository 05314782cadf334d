/**
 * graphology-metrics as a second oracle, beside NetworkX: on every reference graph and view of
 * test/fixtures/reference/metrics/centrality.json (and the partitions of communities.json), each
 * ecograph measure equals the graphology-metrics function with matching settings, to relative 1e-9
 * (absolute 1e-12 near zero, the project's tolerance).
 *
 * Matching settings: betweenness reads the view's `distance` on weighted views (`getEdgeWeight`),
 * nothing on unweighted ones; eigenvector, PageRank, HITS and modularity read `strength`, as ecograph
 * does. Where the conventions differ the test says so and compares what can be compared:
 * - degree: graphology gives degree / (n − 1) and, on a directed graph, in-degree + out-degree (a
 *   reciprocated pair counts twice); ecograph counts distinct neighbours. So undirected views
 *   compare graphology × (n − 1) directly, and directed views compare with graphology on the
 *   undirected view of the same graph and filters (where both count distinct neighbours).
 * - closeness: graphology-metrics has no weighted closeness, so only unweighted views compare.
 * - harmonic closeness, Burt's measures and brokerage have no graphology-metrics counterpart.
 * - HITS where the leading singular value is not unique (the undirected DAG view is bipartite):
 *   ecograph refuses, graphology returns one of infinitely many solutions; nothing to compare.
 *
 * Iterative measures. graphology's defaults stop early (eigenvector and PageRank when the summed
 * change is below n × 1e-6, HITS below 1e-8), which leaves errors near 1e-6; the oracle runs are
 * tightened to the floor of double precision instead:
 * - eigenvector and PageRank: tolerance 1e-15, i.e. a mean change per node under 1e-15 (a few ulps
 *   of values of order 1/n … 1); reachable, and the converged vectors agree with ecograph's to
 *   about 1e-11 (PageRank: ecograph's own stopping rule, a relative change of 1e-11 per node).
 * - HITS: tolerance 1e-14. graphology's HITS criterion is the *summed* change (not scaled by n) of
 *   max-normalised hubs, whose rounding noise alone is about n × 1.1e-16 (≈ 8.5e-15 on the 77-node
 *   Les Misérables graph): 1e-15 never converges there, 1e-14 does and agrees to about 1e-12.
 * The comparison tolerance stays the project's 1e-9, three orders above those residues.
 */
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../../src/metrics/centrality/betweenness.js';
import { closenessCentrality } from '../../../src/metrics/centrality/closeness.js';
import { degreeCentrality } from '../../../src/metrics/centrality/degree.js';
import { eigenvectorCentrality } from '../../../src/metrics/centrality/eigenvector.js';
import { hits } from '../../../src/metrics/centrality/hits.js';
import { pagerank } from '../../../src/metrics/centrality/pagerank.js';
import { louvain } from '../../../src/metrics/communities/louvain.js';
import { modularity, modularityIndexed } from '../../../src/metrics/communities/modularity.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { graphSummary } from '../../../src/metrics/summary.js';
import { buildView, type ViewGraph, type ViewOptions } from '../../../src/metrics/view.js';
import { close, describeView, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';
import { asMap, graphology } from './graphology.js';

interface CentralityCase {
  graph: string;
  view: Record<string, unknown>;
  errors: Record<string, string>;
}
interface CommunityCase {
  graph: string;
  view: Record<string, unknown>;
  runs: Array<{ resolution: number; membership: Record<string, number> }>;
}

const centralityCases = readFixture<{ cases: CentralityCase[] }>('centrality.json').cases;
const communityCases = readFixture<{ cases: CommunityCase[] }>('communities.json').cases;

/** Tolerances of the graphology runs (see the file comment for why). */
const EIGENVECTOR_TOLERANCE = 1e-15;
const PAGERANK_TOLERANCE = 1e-15;
const HITS_TOLERANCE = 1e-14;
const MAX_ITERATIONS = 100_000;

/** Asserts that ecograph's value equals graphology's on every node (and both cover the same nodes). */
function expectSame(label: string, ecograph: ReadonlyMap<string, number>, oracle: ReadonlyMap<string, number>): void {
  expect([...ecograph.keys()].sort(), `${label}: nodes`).toEqual([...oracle.keys()].sort());
  const wrong: string[] = [];
  for (const [node, want] of oracle) {
    const got = ecograph.get(node)!;
    if (!close(got, want)) wrong.push(`${node}: ecograph ${got}, graphology ${want}`);
  }
  expect(wrong, label).toEqual([]);
}

const distanceWeight = (view: Record<string, unknown>) => (view.weighted !== undefined ? 'distance' : null);
const strengthWeight = (view: Record<string, unknown>) => (view.weighted !== undefined ? 'strength' : null);

async function viewOf(c: { graph: string; view: Record<string, unknown> }, extra: ViewOptions = {}): Promise<ViewGraph> {
  return buildView(await referenceGraph(c.graph), { ...viewOptions(c.view), ...extra }).graph;
}

describe('centrality against graphology-metrics', () => {
  it('covers directed, weighted (distance and strength) and filtered views', () => {
    const views = new Set(centralityCases.map((c) => describeView(c.view)));
    for (const v of ['undirected', 'directed=true', 'weighted=weight', 'weighted=weight,weightAs=strength']) expect(views).toContain(v);
  });

  for (const c of centralityCases) {
    const name = `${c.graph} [${describeView(c.view)}]`;
    const directed = c.view.directed === true;
    const weighted = c.view.weighted !== undefined;

    it(`${name}: degree equals graphology degreeCentrality × (n − 1)${directed ? ' on the undirected view' : ''}`, async () => {
      const graph = await viewOf(c);
      // directed: graphology counts in + out arcs; both count distinct neighbours on the undirected view
      const counterpart = directed ? await viewOf(c, { directed: false }) : graph;
      const n = counterpart.order;
      const oracle = new Map(Object.entries(graphology.degree(counterpart)).map(([node, d]) => [node, d * (n - 1)]));
      expectSame(`${name} degree`, degreeCentrality(graph), oracle);
    });

    it(`${name}: betweenness equals graphology's, normalised and not`, async () => {
      const graph = await viewOf(c);
      const getEdgeWeight = distanceWeight(c.view);
      expectSame(`${name} betweenness`, betweennessCentrality(graph), asMap(graphology.betweenness(graph, { getEdgeWeight, normalized: true })));
      expectSame(
        `${name} betweenness (not normalised)`,
        betweennessCentrality(graph, { normalized: false }),
        asMap(graphology.betweenness(graph, { getEdgeWeight, normalized: false })),
      );
    });

    if (!weighted) {
      it(`${name}: closeness equals graphology's, with and without the Wasserman–Faust scaling`, async () => {
        const graph = await viewOf(c);
        expectSame(`${name} closeness`, closenessCentrality(graph), asMap(graphology.closeness(graph, { wassermanFaust: true })));
        expectSame(
          `${name} closeness (no Wasserman–Faust)`,
          closenessCentrality(graph, { wfImproved: false }),
          asMap(graphology.closeness(graph, { wassermanFaust: false })),
        );
      });
    }

    if (c.errors.eigenvector) {
      it(`${name}: eigenvector: ecograph refuses and graphology does not converge either`, async () => {
        const graph = await viewOf(c);
        expect(() => eigenvectorCentrality(graph)).toThrow(MetricError);
        expect(() =>
          graphology.eigenvector(graph, { getEdgeWeight: strengthWeight(c.view), tolerance: EIGENVECTOR_TOLERANCE, maxIterations: 10_000 }),
        ).toThrow(/failed to converge/);
      });
    } else {
      it(`${name}: eigenvector equals graphology's (tolerance ${EIGENVECTOR_TOLERANCE})`, async () => {
        const graph = await viewOf(c);
        const oracle = graphology.eigenvector(graph, {
          getEdgeWeight: strengthWeight(c.view),
          tolerance: EIGENVECTOR_TOLERANCE,
          maxIterations: MAX_ITERATIONS,
        });
        expectSame(`${name} eigenvector`, eigenvectorCentrality(graph), asMap(oracle));
      });
    }

    it(`${name}: PageRank equals graphology's (alpha 0.85 and 0.6, tolerance ${PAGERANK_TOLERANCE})`, async () => {
      const graph = await viewOf(c);
      for (const alpha of [0.85, 0.6]) {
        const oracle = graphology.pagerank(graph, {
          getEdgeWeight: strengthWeight(c.view),
          alpha,
          tolerance: PAGERANK_TOLERANCE,
          maxIterations: MAX_ITERATIONS,
        });
        expectSame(`${name} pagerank alpha ${alpha}`, pagerank(graph, { alpha }), asMap(oracle));
      }
    });

    if (!c.errors.hits) {
      it(`${name}: HITS hubs and authorities equal graphology's (tolerance ${HITS_TOLERANCE})`, async () => {
        const graph = await viewOf(c);
        const ours = hits(graph);
        const oracle = graphology.hits(graph, { getEdgeWeight: strengthWeight(c.view), tolerance: HITS_TOLERANCE, maxIterations: MAX_ITERATIONS });
        expectSame(`${name} hubs`, ours.hubs, asMap(oracle.hubs));
        expectSame(`${name} authorities`, ours.authorities, asMap(oracle.authorities));
      });
    }
  }

  it('the default graphology tolerances would not pass the 1e-9 comparison (why the oracle runs are tightened)', async () => {
    const graph = await viewOf({ graph: 'lesmis', view: {} });
    const loose = asMap(graphology.pagerank(graph, { getEdgeWeight: null }));
    const ours = pagerank(graph);
    const worst = Math.max(...[...ours].map(([node, v]) => Math.abs(v - loose.get(node)!) / v));
    expect(worst).toBeGreaterThan(1e-9);
  });
});

describe('modularity against graphology-metrics', () => {
  for (const c of communityCases) {
    const name = `${c.graph} [${describeView(c.view)}]`;
    for (const run of c.runs) {
      it(`${name} resolution ${run.resolution}: equals graphology's on igraph's partition and on ecograph's Louvain partition`, async () => {
        const graph = await viewOf(c);
        const getEdgeWeight = strengthWeight(c.view);
        const igraphPartition = new Map(Object.entries(run.membership));
        const ours = louvain(graph, { resolution: run.resolution }).community;
        for (const [label, partition] of [
          ['igraph partition', igraphPartition],
          ['ecograph partition', ours],
        ] as const) {
          // ecograph's own implementation (modularity() itself calls graphology-metrics)
          const q = modularityIndexed(indexGraph(graph), partition, run.resolution);
          const oracle = graphology.modularity(graph, { getNodeCommunity: (node) => partition.get(node)!, getEdgeWeight, resolution: run.resolution });
          expect(close(q, oracle), `${name} ${label}: ecograph ${q}, graphology ${oracle}`).toBe(true);
          expect(modularity(graph, partition, run.resolution)).toBe(oracle);
        }
      });
    }
  }
});

describe('density against graphology-metrics', () => {
  const graphs = [...new Set(centralityCases.map((c) => c.graph))];
  for (const name of graphs) {
    it(`${name}: graphSummary density equals graphology undirectedDensity of the simple undirected view`, async () => {
      const eco = await referenceGraph(name);
      const { graph } = buildView(eco);
      // graphology's density(eco) would read the mixed multigraph (mixed/multi conventions); the
      // summary's definition is linked pairs of the simple undirected projection, i.e. the view
      expect(close(graphSummary(eco).density, graphology.undirectedDensity(graph))).toBe(true);
      expect(graphSummary(eco).density).toBeGreaterThan(0);
    });
  }
});
