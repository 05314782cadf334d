/**
 * Per-source distance sums (the inner loop of closeness and harmonic centrality): the batched
 * multi-source BFS and the weighted Dijkstra against an all-pairs reference, source ranges and
 * steps, and closeness from the sums.
 */
import { describe, expect, it } from 'vitest';
import { accumulateDistanceSums, closenessFromSums, createDistanceSums, createDistanceWorkspace, type SumDirection } from '../../../src/metrics/paths/distance-sums.js';
import type { IndexedGraph } from '../../../src/metrics/indexed-graph.js';
import { allPairs, randomIndexed } from './naive-paths.js';

/** The sums of every source from the all-pairs reference; `in` reads the transposed distances. */
function expected(g: IndexedGraph, weighted: boolean, direction: SumDirection) {
  const { dist } = allPairs(g, weighted);
  const n = g.nodes.length;
  const total: number[] = [];
  const reached: number[] = [];
  const inverse: number[] = [];
  for (let s = 0; s < n; s++) {
    let t = 0;
    let r = 0;
    let inv = 0;
    for (let u = 0; u < n; u++) {
      const d = direction === 'out' ? dist[s]![u]! : dist[u]![s]!;
      if (u === s || d === Infinity) continue;
      t += d;
      r++;
      inv += 1 / d;
    }
    total.push(t);
    reached.push(r);
    inverse.push(inv);
  }
  return { total, reached, inverse };
}

function close(actual: Float64Array, want: number[], label: string) {
  expect(actual.length, label).toBe(want.length);
  for (let i = 0; i < want.length; i++) expect(Math.abs(actual[i]! - want[i]!), `${label}[${i}]: ${actual[i]} vs ${want[i]}`).toBeLessThanOrEqual(1e-12 * Math.max(1, want[i]!));
}

describe('accumulateDistanceSums against all-pairs distances', () => {
  // 70 nodes: two full batches of 32 sources and a partial one
  const cases = [
    { directed: false, weighted: false },
    { directed: true, weighted: false },
    { directed: false, weighted: true },
    { directed: true, weighted: true },
  ];
  for (const c of cases)
    for (const direction of ['out', 'in'] as const)
      it(`${c.directed ? 'directed' : 'undirected'}, ${c.weighted ? 'weighted' : 'hops'}, direction ${direction}`, () => {
        const g = randomIndexed(70, 0.04, c.directed ? 11 : 12, c);
        const want = expected(g, c.weighted, direction);
        const sums = createDistanceSums(70);
        accumulateDistanceSums(g, direction, 0, 70, sums, createDistanceWorkspace(g));
        close(sums.total, want.total, 'total');
        close(sums.reached, want.reached, 'reached');
        close(sums.inverse, want.inverse, 'inverse');
        expect(want.reached.some((r) => r > 0 && r < 69), 'the graph has partial reach').toBe(true);
      });

  it('fills only the sources of a range with a step, the same as a full run', () => {
    for (const weighted of [false, true]) {
      const g = randomIndexed(70, 0.05, 5, { weighted });
      const full = createDistanceSums(70);
      accumulateDistanceSums(g, 'out', 0, 70, full, createDistanceWorkspace(g));
      const part = createDistanceSums(70);
      const ws = createDistanceWorkspace(g);
      accumulateDistanceSums(g, 'out', 1, 65, part, ws, 3);
      for (let s = 0; s < 70; s++) {
        const filled = s >= 1 && s < 65 && (s - 1) % 3 === 0;
        expect([part.total[s], part.reached[s], part.inverse[s]], `source ${s}`).toEqual(filled ? [full.total[s], full.reached[s], full.inverse[s]] : [0, 0, 0]);
      }
      // the workspace is reusable: the remaining sources complete the run
      for (const first of [0, 2]) accumulateDistanceSums(g, 'out', first, 65, part, ws, 3);
      accumulateDistanceSums(g, 'out', 65, 70, part, ws);
      expect([...part.total]).toEqual([...full.total]);
    }
  });
});

describe('closenessFromSums', () => {
  it('is reached/total, scaled by reached/(n−1) with the Wasserman–Faust correction; 0 when nothing is reached', () => {
    const sums = { total: Float64Array.from([4, 0, 2]), reached: Float64Array.from([2, 0, 1]), inverse: new Float64Array(3) };
    expect([...closenessFromSums(sums, false)]).toEqual([0.5, 0, 0.5]);
    expect([...closenessFromSums(sums, true)]).toEqual([0.5, 0, 0.25]);
  });

  it('is 0 for a single node', () => {
    expect([...closenessFromSums(createDistanceSums(1), true)]).toEqual([0]);
  });
});
