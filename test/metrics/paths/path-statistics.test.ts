/**
 * describe's one-pass path statistics: per-source distance sums and eccentricities inside the
 * chosen component against an all-pairs reference, raw betweenness against the Brandes kernel of
 * the centrality measures, on undirected and directed random graphs, and the chunked sum.
 */
import { describe, expect, it } from 'vitest';
import { accumulateBetweenness, createBetweennessWorkspace } from '../../../src/metrics/centrality/betweenness-accumulate.js';
import { accumulatePathStatistics, addInto, createPathStatisticsTotals, createPathStatisticsWorkspace, PATH_CHUNK, pathStatistics } from '../../../src/metrics/paths/path-statistics.js';
import { largestComponent, strongComponents, weakComponents } from '../../../src/metrics/structure/components.js';
import { allPairs, randomIndexed } from './naive-paths.js';

describe('path statistics in one pass', () => {
  for (const directed of [false, true]) {
    it(`${directed ? 'directed' : 'undirected'}: sums and eccentricities in the largest component, and Brandes betweenness`, () => {
      for (let seed = 1; seed <= 6; seed++) {
        const g = randomIndexed(40, directed ? 0.06 : 0.05, seed, { directed });
        const n = g.nodes.length;
        const components = directed ? strongComponents(g) : weakComponents(g);
        const core = largestComponent(components);
        const { dist } = allPairs(g, false);
        const out = pathStatistics(g, components.label, core);
        for (let s = 0; s < n; s++) {
          let sum = 0;
          let far = 0;
          if (components.label[s] === core)
            for (let t = 0; t < n; t++)
              if (t !== s && components.label[t] === core) {
                expect(dist[s]![t]).toBeLessThan(Infinity);
                sum += dist[s]![t]!;
                far = Math.max(far, dist[s]![t]!);
              }
          expect(out.distanceSum[s], `sum from ${s}`).toBe(sum);
          expect(out.eccentricity[s], `eccentricity of ${s}`).toBe(far);
        }
        const brandes = new Float64Array(n);
        accumulateBetweenness(g, 0, n, brandes, createBetweennessWorkspace(g));
        for (let v = 0; v < n; v++) expect(Math.abs(out.betweenness[v]! - brandes[v]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, brandes[v]!));
      }
    });
  }

  it('sums betweenness chunk by chunk, so a range run alone and added gives the same digits', () => {
    const g = randomIndexed(2 * PATH_CHUNK + 17, 0.01, 5);
    const n = g.nodes.length;
    const { label } = weakComponents(g);
    const core = largestComponent(weakComponents(g));
    const whole = pathStatistics(g, label, core);
    // the same chunks run in another order, each into its own array, then added in chunk order
    const ws = createPathStatisticsWorkspace(g);
    const chunks: Float64Array[] = [];
    const perSource = createPathStatisticsTotals(n);
    for (let first = n - (n % PATH_CHUNK || PATH_CHUNK); first >= 0; first -= PATH_CHUNK) {
      const part = { ...perSource, betweenness: new Float64Array(n) };
      accumulatePathStatistics(g, label, core, first, Math.min(n, first + PATH_CHUNK), part, ws);
      chunks[first / PATH_CHUNK] = part.betweenness;
    }
    const total = new Float64Array(n);
    for (const part of chunks) addInto(total, part);
    expect(Array.from(total)).toEqual(Array.from(whole.betweenness));
    expect(Array.from(perSource.distanceSum)).toEqual(Array.from(whole.distanceSum));
  });
});
