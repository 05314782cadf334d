import { describe, expect, it } from 'vitest';
import { drawRng } from '../../../src/metrics/significance/draws.js';
import { weakComponentSizes } from '../../../src/metrics/significance/graph-statistics.js';
import { degreePreserving, drawNullGraph, dyadOf, uniformByEdges, uniformBySize } from '../../../src/metrics/significance/random-graphs.js';
import { dyadCount, simpleGraph } from '../../../src/metrics/significance/simple-graph.js';
import { allGraphs, chiSquareBound, chiSquareUniform, degreeKey, dyads, maskOf } from './enumerate.js';

/** Frequencies of each graph (by mask) over R draws of a generator. */
function frequencies(R: number, draw: (r: number) => ReturnType<typeof simpleGraph>): Map<number, number> {
  const counts = new Map<number, number>();
  for (let r = 0; r < R; r++) {
    const mask = maskOf(draw(r));
    counts.set(mask, (counts.get(mask) ?? 0) + 1);
  }
  return counts;
}

describe('dyadOf', () => {
  it('numbers every dyad once, row by row', () => {
    for (const directed of [false, true])
      for (const n of [2, 5, 9]) {
        const seen = new Set<string>();
        for (let k = 0; k < dyadCount(n, directed); k++) {
          const [i, j] = dyadOf(k, n, directed);
          expect(i !== j && i >= 0 && j < n && (directed || i < j)).toBe(true);
          seen.add(`${i},${j}`);
        }
        expect(seen.size).toBe(dyadCount(n, directed));
      }
  });
});

describe('size null: every graph of n nodes equally likely (exact enumeration)', () => {
  it('draws the 64 graphs on 4 nodes uniformly', () => {
    const counts = frequencies(6400, (r) => uniformBySize(4, false, drawRng(1, r)));
    expect(counts.size).toBe(64);
    expect(chiSquareUniform([...counts.values()])).toBeLessThan(chiSquareBound(63));
  });
  it('draws the 64 digraphs on 3 nodes uniformly', () => {
    const counts = frequencies(6400, (r) => uniformBySize(3, true, drawRng(2, r)));
    expect(counts.size).toBe(64);
    expect(chiSquareUniform([...counts.values()])).toBeLessThan(chiSquareBound(63));
  });
});

describe('edges null: every graph with m ties equally likely (exact enumeration)', () => {
  it('draws the 20 graphs with 3 edges on 4 nodes uniformly, always with 3 edges', () => {
    const counts = frequencies(4000, (r) => {
      const g = uniformByEdges(4, 3, false, drawRng(3, r));
      expect(g.sources.length).toBe(3);
      return g;
    });
    expect(counts.size).toBe(20);
    expect(chiSquareUniform([...counts.values()])).toBeLessThan(chiSquareBound(19));
  });
  it('draws the 220 digraphs with 3 arcs on 4 nodes uniformly', () => {
    const counts = frequencies(22000, (r) => uniformByEdges(4, 3, true, drawRng(4, r)));
    expect(counts.size).toBe(220);
    expect(chiSquareUniform([...counts.values()])).toBeLessThan(chiSquareBound(219));
  });
  it('refuses more ties than dyads', () => {
    expect(() => uniformByEdges(3, 4, false, drawRng(1, 0))).toThrow(/do not fit/);
  });
});

describe('degree null: uniform over the graphs with the degree sequence (exact enumeration)', () => {
  // the path 0-1-2-3-4: degrees 1,2,2,2,1
  const path = simpleGraph(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
  const realisations = allGraphs(5, false).filter(({ graph }) => degreeKey(graph) === degreeKey(path));
  const connected = realisations.filter(({ graph }) => weakComponentSizes(graph).length === 1);

  it('has disconnected realisations to tell the two variants apart', () => {
    expect(connected.length).toBeGreaterThan(1);
    expect(realisations.length).toBeGreaterThan(connected.length);
  });
  it('keeps a connected graph connected and draws the connected realisations uniformly (as igraph vl)', () => {
    const counts = frequencies(3000, (r) => degreePreserving(path, drawRng(5, r)));
    expect(new Set(counts.keys())).toEqual(new Set(connected.map((x) => x.mask)));
    expect(chiSquareUniform([...counts.values()])).toBeLessThan(chiSquareBound(connected.length - 1));
  });
  it('draws every realisation uniformly when connectivity is not kept', () => {
    const counts = frequencies(4000, (r) => degreePreserving(path, drawRng(6, r), { keepConnected: false }));
    expect(new Set(counts.keys())).toEqual(new Set(realisations.map((x) => x.mask)));
    expect(chiSquareUniform([...counts.values()])).toBeLessThan(chiSquareBound(realisations.length - 1));
  });
  it('keeps in- and out-degrees of a digraph, without loops or parallel arcs', () => {
    const arcs = simpleGraph(5, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 1], [0, 3], [2, 4]], true);
    const reachable = new Set<number>();
    for (let r = 0; r < 300; r++) {
      const g = drawNullGraph('degree', arcs, drawRng(7, r));
      expect(degreeKey(g)).toBe(degreeKey(arcs));
      const keys = new Set<string>();
      for (let t = 0; t < g.sources.length; t++) {
        expect(g.sources[t]).not.toBe(g.targets[t]);
        keys.add(`${g.sources[t]},${g.targets[t]}`);
      }
      expect(keys.size).toBe(arcs.sources.length);
      reachable.add(maskOf(g));
    }
    expect(reachable.size).toBeGreaterThan(1);
  });
  it('returns a graph with fewer than two ties as it is', () => {
    const one = simpleGraph(3, [[0, 2]]);
    expect(Array.from(degreePreserving(one, drawRng(1, 0)).targets)).toEqual([2]);
  });
  it('dispatches each null model', () => {
    const g = simpleGraph(4, [[0, 1], [2, 3]]);
    expect(drawNullGraph('edges', g, drawRng(1, 0)).sources.length).toBe(2);
    expect(drawNullGraph('size', g, drawRng(1, 0)).n).toBe(4);
    expect(dyads(4, false)).toHaveLength(6);
  });
});
