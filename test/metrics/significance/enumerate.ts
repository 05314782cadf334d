/** Exact enumeration for the significance tests: every graph on a few nodes, every labelling. */
import { simpleGraph, type SimpleGraph } from '../../../src/metrics/significance/simple-graph.js';

/** The dyads of n nodes: i < j (undirected) or i ≠ j (directed), in a fixed order. */
export function dyads(n: number, directed: boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = directed ? 0 : i + 1; j < n; j++) if (i !== j) out.push([i, j]);
  return out;
}

/** Every simple graph on n nodes (2^dyads of them), with its bit mask. */
export function allGraphs(n: number, directed: boolean): { mask: number; graph: SimpleGraph }[] {
  const ds = dyads(n, directed);
  const out: { mask: number; graph: SimpleGraph }[] = [];
  for (let mask = 0; mask < 1 << ds.length; mask++)
    out.push({ mask, graph: simpleGraph(n, ds.filter((_d, k) => (mask >> k) & 1), directed) });
  return out;
}

/** The bit mask of a graph (the key enumeration uses). */
export function maskOf(g: SimpleGraph): number {
  const ds = dyads(g.n, g.directed);
  const index = new Map(ds.map(([i, j], k) => [`${i},${j}`, k]));
  let mask = 0;
  for (let t = 0; t < g.sources.length; t++) mask |= 1 << index.get(`${g.sources[t]},${g.targets[t]}`)!;
  return mask;
}

/** Degrees of a graph (total degree when directed), as a string key. */
export function degreeKey(g: SimpleGraph): string {
  const out = new Array<number>(g.n).fill(0);
  const inn = new Array<number>(g.n).fill(0);
  for (let t = 0; t < g.sources.length; t++) {
    out[g.sources[t]!]!++;
    if (g.directed) inn[g.targets[t]!]!++;
    else out[g.targets[t]!]!++;
  }
  return g.directed ? `${out.join(',')}|${inn.join(',')}` : out.join(',');
}

/** Pearson's chi-square of observed counts against equal expected counts. */
export function chiSquareUniform(counts: readonly number[]): number {
  const total = counts.reduce((s, c) => s + c, 0);
  const expected = total / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

/** Upper bound a chi-square with df degrees of freedom stays under except with tiny probability (mean + 5 sd). */
export function chiSquareBound(df: number): number {
  return df + 5 * Math.sqrt(2 * df);
}

/** Every permutation of 0 … n − 1. */
export function allPermutations(n: number): number[][] {
  if (n === 0) return [[]];
  return allPermutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, k) => [...p.slice(0, k), n - 1, ...p.slice(k)]));
}

/** A Monte Carlo p-value agrees with the exact one: within 4.5 standard errors of R draws (plus one draw). */
export function withinMonteCarlo(estimate: number, exact: number, draws: number): boolean {
  return Math.abs(estimate - exact) <= 4.5 * Math.sqrt((exact * (1 - exact)) / draws) + 1 / draws;
}
