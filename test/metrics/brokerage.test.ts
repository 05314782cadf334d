/**
 * Burt's constraint, effective size and efficiency against NetworkX, to relative 1e-9. (The
 * Gould–Fernandez and brokers tests are in test/metrics/brokerage/.)
 */
import { describe, it } from 'vitest';
import { burtConstraint } from '../../src/metrics/structural-holes/constraint.js';
import { effectiveSize } from '../../src/metrics/structural-holes/effective-size.js';
import { buildView } from '../../src/metrics/view.js';
import { describeView, expectAllClose, readFixture, referenceGraph, viewOptions } from './reference-fixtures.js';

const holes = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; values: Record<string, Record<string, number | null>> }> }>(
  'structural-holes.json',
);

describe("Burt's structural holes against NetworkX", () => {
  for (const c of holes.cases) {
    it(`${c.graph} [${describeView(c.view)}]: constraint, effective size, efficiency`, async () => {
      const { graph } = buildView(await referenceGraph(c.graph), viewOptions(c.view));
      const nan = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k, Number.isNaN(v) ? null : v]));
      expectAllClose('constraint', nan(burtConstraint(graph)), c.values.constraint!);
      const eff = effectiveSize(graph);
      expectAllClose('effectiveSize', nan(new Map([...eff].map(([k, v]) => [k, v.effectiveSize]))), c.values.effectiveSize!);
      expectAllClose('efficiency', nan(new Map([...eff].map(([k, v]) => [k, v.efficiency]))), c.values.efficiency!);
    });
  }
});

