/**
 * The NetworkX fixture of the node measures indegree, outdegree, strength, clustering, core and
 * eccentricity (test/fixtures/reference/metrics/node-measures.json, from scripts/reference/describe.py),
 * and the test each of them runs against it on every reference graph and view.
 */
import { describe, it } from 'vitest';
import { buildView, type ViewGraph } from '../../../src/metrics/view.js';
import { describeView, expectAllClose, readFixture, referenceGraph, viewOptions } from '../reference-fixtures.js';

interface NodeMeasureCase {
  graph: string;
  view: Record<string, unknown>;
  values: Record<string, Record<string, number>>;
}

export const nodeMeasureCases = readFixture<{ cases: NodeMeasureCase[] }>('node-measures.json').cases;

/**
 * One test per reference case: the measure equals NetworkX's values.
 *
 * @param output - the fixture's name of the measure
 * @param compute - the measure on the view (`counterpart`: it is given the directed counterpart of an undirected view)
 */
export function describeNodeMeasure(output: string, compute: (g: ViewGraph) => ReadonlyMap<string, number>, counterpart: 'directed' | 'same' = 'same'): void {
  describe(`${output} against NetworkX on every reference graph and view`, () => {
    for (const c of nodeMeasureCases)
      it(`${c.graph} [${describeView(c.view)}]`, async () => {
        const options = viewOptions(c.view);
        const { graph } = buildView(await referenceGraph(c.graph), counterpart === 'directed' ? { ...options, directed: true } : options);
        expectAllClose(`${c.graph} ${output}`, compute(graph), c.values[output]!);
      });
  });
}
