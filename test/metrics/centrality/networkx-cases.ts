/**
 * The NetworkX centrality fixture (test/fixtures/reference/metrics/centrality.json) and the tests
 * every centrality measure runs against it: on every reference graph and view, the measure equals
 * NetworkX to relative 1e-9, and where NetworkX cannot compute it the measure refuses with a
 * MetricError saying why. Also small hand-built views for the hand-checked values of each test.
 */
import { describe, expect, it } from 'vitest';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { buildView, type ViewGraph, type ViewOptions } from '../../../src/metrics/view.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { describeView, expectAllClose, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';

/** One reference graph and view with NetworkX's values per measure, and the measures it cannot run. */
export interface CentralityCase {
  graph: string;
  view: Record<string, unknown>;
  nodes: number;
  edges: number;
  values: Record<string, Record<string, number | null>>;
  errors: Record<string, string>;
}

export const centralityFixture = readFixture<{
  versions: Record<string, string>;
  cases: CentralityCase[];
  lesMiserablesGexfCheck: Record<string, unknown>;
}>('centrality.json');

/** A measure as the tests run it: a view in, values by node id out. */
export type Measure = (g: ViewGraph) => ReadonlyMap<string, number>;

/**
 * Declares, for every case of the fixture, one test per output that equals NetworkX and one per
 * refusal NetworkX also makes.
 *
 * @param outputs - fixture output name (`hubs`) → how ecograph computes it
 * @param refusal - for a measure NetworkX cannot always compute: the fixture's error key for this measure (`hits`), what to run, and the reason it gives
 */
export function describeAgainstNetworkX(outputs: Record<string, Measure>, refusal?: { key: string; run: (g: ViewGraph) => unknown; reason: RegExp }): void {
  describe('against NetworkX on every reference graph and view', () => {
    it('the fixture has values for these outputs on most cases', () => {
      for (const output of Object.keys(outputs)) expect(centralityFixture.cases.filter((c) => output in c.values).length, output).toBeGreaterThanOrEqual(18);
    });
    for (const c of centralityFixture.cases) {
      describe(`${c.graph} [${describeView(c.view)}]`, () => {
        for (const [output, compute] of Object.entries(outputs)) {
          const expected = c.values[output];
          if (expected === undefined) continue;
          it(`${output} equals NetworkX`, async () => {
            const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
            expectAllClose(`${c.graph} ${output}`, compute(graph), expected);
          });
        }
        const reason = refusal && c.errors[refusal.key];
        if (refusal && reason !== undefined)
          it(`${refusal.key} refuses to run, as NetworkX cannot (${reason.slice(0, 40)}…)`, async () => {
            const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
            expect(() => refusal.run(graph)).toThrow(MetricError);
            expect(() => refusal.run(graph)).toThrow(refusal.reason);
          });
      });
    }
  });
}

/** A view of a small hand-built graph: nodes by id, ties as [source, target, weight?]. */
export function smallView(nodes: string[], ties: Array<[string, string, number?]>, options: ViewOptions & { directedTies?: boolean } = {}): ViewGraph {
  const g = createEcoGraph();
  for (const n of nodes) g.addNode(n, { label: n });
  for (const [s, t, w] of ties) {
    const attributes = w === undefined ? {} : { weight: w };
    if (options.directedTies) g.addDirectedEdge(s, t, attributes);
    else g.addUndirectedEdge(s, t, attributes);
  }
  const { directedTies: _ignored, ...view } = options;
  return buildView(g, view).graph;
}

/** Values by node, as a plain object, for toEqual / toBeCloseTo comparisons. */
export function byNode(values: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries(values);
}
