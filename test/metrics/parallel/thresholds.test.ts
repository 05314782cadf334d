/** The path measures' names and thread cut-offs, read without the search code: the values parallel-measures and fast-centrality use. */
import { describe, expect, it } from 'vitest';
import { pathMeasures } from '../../../src/metrics/parallel/fast-centrality.js';
import { worthParallel } from '../../../src/metrics/parallel/parallel-measures.js';
import { PARALLEL_MIN_WORK, PARALLEL_MIN_WORK_DISTANCES, PATH_MEASURES } from '../../../src/metrics/parallel/thresholds.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { buildView } from '../../../src/metrics/view.js';
import { referenceGraph } from '../reference-fixtures.js';

/** Adjacency arrays of n nodes with `arcs` arcs in all (only the counts matter to worthParallel). */
const sized = (n: number, arcs: number) => ({ outStart: Int32Array.from({ length: n + 1 }, (_, i) => (i === n ? arcs : 0)), outTarget: new Int32Array(arcs), outWeight: new Float64Array(arcs) });

describe('path measure thresholds', () => {
  it('worthParallel switches exactly at the cut-offs', () => {
    expect(PARALLEL_MIN_WORK).toBe(3e7);
    expect(PARALLEL_MIN_WORK_DISTANCES).toBe(1.5e8);
    const n = 10_000;
    const g = sized(n, PARALLEL_MIN_WORK / n) as unknown as Parameters<typeof worthParallel>[0];
    const below = sized(n, PARALLEL_MIN_WORK / n - 1) as unknown as Parameters<typeof worthParallel>[0];
    expect(worthParallel(g)).toBe(true);
    expect(worthParallel(below)).toBe(false);
    expect(worthParallel(g, 'distances')).toBe(false);
    expect(worthParallel(sized(n, PARALLEL_MIN_WORK_DISTANCES / n) as unknown as Parameters<typeof worthParallel>[0], 'distances')).toBe(true);
  });

  it('PATH_MEASURES are the measures pathMeasures computes', async () => {
    const g = indexGraph(buildView(await referenceGraph('kite')).graph);
    const { values } = await pathMeasures(g, [...PATH_MEASURES, 'pagerank'], { workers: 1 });
    expect(Object.keys(values).sort()).toEqual([...PATH_MEASURES].sort());
  });
});
