/** NMI and ARI against igraph compare_communities (partition-agreement.json) and by hand. */
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInformation } from '../../../src/metrics/structure/partition-agreement.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { close, readFixture } from '../reference-fixtures.js';

interface AgreementCase {
  graph: string | null;
  a: number[];
  b: number[];
  nmi: number;
  ari: number;
}
const cases = readFixture<{ cases: AgreementCase[] }>('partition-agreement.json').cases;

describe('partition agreement against igraph', () => {
  it('covers attribute-against-community pairs of reference graphs and hand-made pairs', () => {
    expect(cases.filter((c) => c.graph !== null).length).toBeGreaterThanOrEqual(3);
  });
  cases.forEach((c, i) => {
    it(`case ${i} (${c.graph ?? 'hand-made'}, ${c.a.length} nodes)`, () => {
      expect(close(normalizedMutualInformation(c.a, c.b), c.nmi)).toBe(true);
      expect(close(adjustedRandIndex(c.a, c.b), c.ari)).toBe(true);
    });
  });
  it('refuses partitions of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(MetricError);
  });
  it('identical partitions under other names agree fully', () => {
    expect(normalizedMutualInformation(['p', 'p', 'q'], [7, 7, 3])).toBeCloseTo(1, 15);
    expect(adjustedRandIndex(['p', 'p', 'q'], [7, 7, 3])).toBe(1);
  });
});
