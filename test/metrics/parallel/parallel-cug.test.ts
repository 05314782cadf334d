/** CUG draws on worker threads: the same draws, digit for digit, as on this thread, on any number of workers. */
import { describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { cugTestInWorkers } from '../../../src/metrics/parallel/parallel-cug.js';
import { AbortedError } from '../../../src/metrics/parallel/worker-pool.js';
import { cugTest } from '../../../src/metrics/significance/cug.js';
import { simpleGraphOfView } from '../../../src/metrics/significance/simple-graph.js';
import { groupValue } from '../../../src/metrics/structure/describe.js';
import { buildView } from '../../../src/metrics/view.js';

const eco = generateEcosystem({ nodes: 120, seed: 3 });

describe('cugTestInWorkers', () => {
  for (const [nullModel, directed] of [
    ['degree', false],
    ['edges', true],
  ] as const) {
    it(`${nullModel} null${directed ? ' (directed)' : ''}: equals cugTest on one and on two workers`, async () => {
      const graph = simpleGraphOfView(buildView(eco, { directed }).graph).graph;
      const options = { statistic: 'components', null: nullModel, draws: 40, seed: 9 } as const;
      const here = cugTest(graph, options);
      const progress: number[] = [];
      const one = await cugTestInWorkers(graph, { ...options, workers: 1 });
      const two = await cugTestInWorkers(graph, { ...options, workers: 2, onProgress: (d) => progress.push(d) });
      expect(Array.from(one.values)).toEqual(Array.from(here.values));
      expect(Array.from(two.values)).toEqual(Array.from(here.values));
      expect(two.p).toEqual(here.p);
      expect(two.observed).toBe(here.observed);
      expect(progress.at(-1)).toBe(40);
    });
  }
  it('attribute and path statistics: the groups reach the workers, and the draws are the same', async () => {
    const { graph, nodes } = simpleGraphOfView(buildView(eco).graph);
    const groups = nodes.map((id) => groupValue(eco.getNodeAttributes(id), 'sphere'));
    for (const statistic of ['eiIndex', 'centralization.betweenness']) {
      const options = { statistic, null: 'edges', draws: 24, seed: 4, groups } as const;
      const here = cugTest(graph, options);
      const two = await cugTestInWorkers(graph, { ...options, workers: 2 });
      expect(Array.from(two.values)).toEqual(Array.from(here.values));
      expect(two.undefinedDraws).toBe(here.undefinedDraws);
    }
  });
  it('refuses what cugTest refuses, and stops on abort', async () => {
    const graph = simpleGraphOfView(buildView(eco, { directed: true }).graph).graph;
    await expect(cugTestInWorkers(graph, { statistic: 'transitivity', null: 'edges', draws: 5, seed: 1, workers: 2 })).rejects.toThrow(/undirected views only/);
    await expect(cugTestInWorkers(graph, { statistic: 'density', null: 'edges', draws: 0, seed: 1, workers: 2 })).rejects.toThrow(/draws must be a positive integer/);
    const controller = new AbortController();
    controller.abort();
    await expect(cugTestInWorkers(graph, { statistic: 'density', null: 'edges', draws: 5, seed: 1, workers: 2, signal: controller.signal })).rejects.toThrow(AbortedError);
  });
});
