/**
 * Every centrality measure against NetworkX on every reference graph and view of
 * test/fixtures/reference/metrics/centrality.json, to relative 1e-9.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/files.js';
import { betweennessCentrality } from '../../src/metrics/centrality/betweenness.js';
import { closenessCentrality } from '../../src/metrics/centrality/closeness.js';
import { degreeCentrality } from '../../src/metrics/centrality/degree.js';
import { eigenvectorCentrality } from '../../src/metrics/centrality/eigenvector.js';
import { harmonicCentrality } from '../../src/metrics/centrality/harmonic.js';
import { hits } from '../../src/metrics/centrality/hits.js';
import { pagerank } from '../../src/metrics/centrality/pagerank.js';
import { MetricError } from '../../src/metrics/metric-error.js';
import { buildView, type ViewGraph } from '../../src/metrics/view.js';
import { describeView, expectAllClose, readFixture, referenceGraph, viewOptions } from './reference-fixtures.js';

interface CentralityCase {
  graph: string;
  view: Record<string, unknown>;
  nodes: number;
  edges: number;
  values: Record<string, Record<string, number | null>>;
  errors: Record<string, string>;
}

const fixture = readFixture<{ versions: Record<string, string>; cases: CentralityCase[]; lesMiserablesGexfCheck: Record<string, unknown> }>(
  'centrality.json',
);

const MEASURES: Record<string, (g: ViewGraph) => Map<string, number>> = {
  degree: degreeCentrality,
  betweenness: (g) => betweennessCentrality(g),
  closeness: (g) => closenessCentrality(g),
  harmonic: (g) => harmonicCentrality(g),
  eigenvector: (g) => eigenvectorCentrality(g),
  pagerank: (g) => pagerank(g),
  hubs: (g) => hits(g).hubs,
  authorities: (g) => hits(g).authorities,
};

describe('centrality against NetworkX', () => {
  it('covers every reference graph and the views the issue names', () => {
    const graphs = new Set(fixture.cases.map((c) => c.graph));
    expect([...graphs].sort()).toEqual(['dag', 'disconnected', 'florentine', 'karate', 'kite', 'lesmis', 'random-directed', 'small-ecosystem']);
    const views = new Set(fixture.cases.map((c) => describeView(c.view)));
    expect(views).toContain('undirected');
    expect(views).toContain('directed=true');
    expect(views).toContain('weighted=weight');
    expect(views).toContain('weighted=weight,weightAs=strength');
  });

  it("NetworkX's Les Misérables equals the Gephi GEXF (names, ties and weights)", () => {
    const check = fixture.lesMiserablesGexfCheck;
    expect(check.checked).toBe(true);
    expect(check.labelsEqual).toBe(true);
    expect(check.edgesOnlyInNetworkX).toEqual([]);
    expect(check.edgesOnlyInGexf).toEqual([]);
    expect(check.weightsDiffering).toEqual([]);
  });

  for (const c of fixture.cases) {
    describe(`${c.graph} [${describeView(c.view)}]`, () => {
      it('builds the same view as the reference script', async () => {
        const { view } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
        expect([view.nodes, view.edges]).toEqual([c.nodes, c.edges]);
      });
      for (const [measure, expected] of Object.entries(c.values)) {
        it(`${measure} equals NetworkX`, async () => {
          const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
          expectAllClose(`${c.graph} ${measure}`, MEASURES[measure]!(graph), expected);
        });
      }
      for (const [measure, reason] of Object.entries(c.errors)) {
        it(`${measure} refuses to run, as NetworkX cannot (${reason.slice(0, 40)}…)`, async () => {
          const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
          const run = measure === 'hits' ? () => hits(graph) : () => MEASURES[measure]!(graph);
          expect(run).toThrow(MetricError);
          expect(run).toThrow(measure === 'eigenvector' ? /no cycles|did not converge/ : /not unique|no edges|not determined/);
        });
      }
    });
  }
});

const GEPHI_GEXF = fileURLToPath(new URL('../fixtures/interop/les-miserables.gexf', import.meta.url));

describe("Gephi's Les Misérables GEXF", () => {
  it('read by ecograph, gives NetworkX les_miserables_graph() values (matched by label)', async () => {
    const gexf = await loadGraph(GEPHI_GEXF);
    const c = fixture.cases.find((x) => x.graph === 'lesmis' && describeView(x.view) === 'weighted=weight')!;
    const { graph } = buildView(gexf, { weighted: 'weight' });
    for (const [measure, compute] of [
      ['betweenness', (g: ViewGraph) => betweennessCentrality(g)],
      ['eigenvector', (g: ViewGraph) => eigenvectorCentrality(g)],
    ] as const) {
      const byLabel = new Map([...compute(graph)].map(([id, v]) => [gexf.getNodeAttribute(id, 'label'), v]));
      expectAllClose(`gexf ${measure}`, byLabel, c.values[measure]!);
    }
  });
});
