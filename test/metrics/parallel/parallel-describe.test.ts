/**
 * describe with its path statistics on worker threads: the same digits as on one thread for any
 * number of workers (the chunks are added in a fixed order), on an undirected and a directed view.
 */
import { describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { describeGraphParallel, pathStatisticsParallel } from '../../../src/metrics/parallel/parallel-describe.js';
import { pathStatistics } from '../../../src/metrics/paths/path-statistics.js';
import { describeGraph, planDescribe } from '../../../src/metrics/structure/describe.js';

describe('describe on worker threads', () => {
  const eco = generateEcosystem({ nodes: 900, seed: 4 });

  for (const directed of [false, true]) {
    it(`${directed ? 'directed' : 'undirected'}: the path statistics equal one thread's, digit for digit, on 1, 2 and 3 workers`, async () => {
      const plan = planDescribe(eco, { directed });
      const single = pathStatistics(plan.g, plan.label, plan.core);
      for (const workers of [1, 2, 3]) {
        const threaded = await pathStatisticsParallel(plan.g, plan.label, plan.core, { workers });
        expect(Array.from(threaded.betweenness)).toEqual(Array.from(single.betweenness));
        expect(Array.from(threaded.distanceSum)).toEqual(Array.from(single.distanceSum));
        expect(Array.from(threaded.eccentricity)).toEqual(Array.from(single.eccentricity));
      }
    });
  }

  it('describeGraphParallel returns describeGraph\'s statistics', async () => {
    const one = describeGraph(eco, { by: 'sphere', draws: 50 });
    const two = await describeGraphParallel(eco, { by: 'sphere', draws: 50, workers: 2 });
    expect(two.statistics).toEqual(one.statistics);
    expect(two.notes).toEqual(one.notes);
    expect(one.statistics.averagePathLength).toBeGreaterThan(1);
  });
});
