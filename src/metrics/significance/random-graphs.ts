/**
 * The random graphs of the conditional uniform graph tests, each drawn from one generator:
 *
 * - `size`: n nodes, each dyad a tie with probability 1/2 — every graph of that size equally likely
 *   (R `sna::cug.test(cmode="size")`, which draws `rgraph(n, tprob=0.5)`);
 * - `edges`: n nodes and exactly m ties, every such graph equally likely (`cmode="edges"`, `rgnm`);
 * - `degree`: the same degree sequence (in- and out-degrees on a directed graph), by degree-preserving
 *   double edge swaps from the observed graph. An undirected connected graph stays connected (a swap
 *   that would disconnect it is refused), so draws are connected graphs with the degree sequence,
 *   as igraph's `Degree_Sequence(method="vl")` draws them.
 */
import type { Rng } from '../../model/random.js';
import { MetricError } from '../metric-error.js';
import { weakComponentSizes } from './graph-statistics.js';
import { dyadCount, type SimpleGraph } from './simple-graph.js';

/** The null models of `cug`. */
export const NULL_MODELS = ['size', 'edges', 'degree'] as const;
export type NullModel = (typeof NULL_MODELS)[number];

/** Settings of the degree-preserving null. */
export interface DegreeNullOptions {
  /** Swap attempts per draw, as a multiple of the number of ties (default 10). */
  swapsPerTie: number;
  /** Keep an undirected connected graph connected (default true; ignored when it is not connected or directed). */
  keepConnected: boolean;
}

export const DEFAULTS: DegreeNullOptions = { swapsPerTie: 10, keepConnected: true };

/**
 * A graph on n nodes with every dyad a tie with probability 1/2.
 *
 * @param n - number of nodes
 * @param directed - draw arcs (ordered pairs) or edges
 * @param rng - the draw's generator
 * @example
 * const g = uniformBySize(10, false, createRng(1));
 */
export function uniformBySize(n: number, directed: boolean, rng: Rng): SimpleGraph {
  const sources: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = directed ? 0 : i + 1; j < n; j++) {
      if (i === j) continue;
      if (rng.next() < 0.5) {
        sources.push(i);
        targets.push(j);
      }
    }
  return { n, directed, sources: Int32Array.from(sources), targets: Int32Array.from(targets) };
}

/** The dyad with number k (0 … dyads − 1): row by row, i < j undirected, i ≠ j directed. */
export function dyadOf(k: number, n: number, directed: boolean): [number, number] {
  if (directed) {
    const i = Math.floor(k / (n - 1));
    const j = k % (n - 1);
    return [i, j >= i ? j + 1 : j];
  }
  // undirected dyads numbered by target: k = j(j−1)/2 + i with i < j
  let j = Math.floor((1 + Math.sqrt(1 + 8 * k)) / 2);
  while ((j * (j - 1)) / 2 > k) j--;
  while (((j + 1) * j) / 2 <= k) j++;
  return [k - (j * (j - 1)) / 2, j];
}

/**
 * A graph on n nodes with exactly m ties, every such graph equally likely (Floyd's sampling of
 * m distinct dyads).
 *
 * @param n - number of nodes
 * @param m - number of ties, at most the number of dyads
 * @param directed - draw arcs or edges
 * @param rng - the draw's generator
 * @throws MetricError when m exceeds the dyads
 * @example
 * const g = uniformByEdges(10, 12, false, createRng(1));
 */
export function uniformByEdges(n: number, m: number, directed: boolean, rng: Rng): SimpleGraph {
  const dyads = dyadCount(n, directed);
  if (m > dyads) throw new MetricError('cug', `${m} ties do not fit in ${dyads} dyads`);
  const chosen = new Set<number>();
  for (let j = dyads - m; j < dyads; j++) {
    const t = Math.floor(rng.next() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  let i = 0;
  for (const k of [...chosen].sort((a, b) => a - b)) {
    const [s, t] = dyadOf(k, n, directed);
    sources[i] = s;
    targets[i] = t;
    i++;
  }
  return { n, directed, sources, targets };
}

/** Whether b can be reached from a over the undirected adjacency sets. */
function reaches(adjacency: Set<number>[], a: number, b: number, seen: Int32Array, stamp: number, queue: Int32Array): boolean {
  if (a === b) return true;
  let head = 0;
  let tail = 0;
  queue[tail++] = a;
  seen[a] = stamp;
  while (head < tail) {
    const v = queue[head++]!;
    for (const w of adjacency[v]!) {
      if (seen[w] === stamp) continue;
      if (w === b) return true;
      seen[w] = stamp;
      queue[tail++] = w;
    }
  }
  return false;
}

/**
 * A graph with the degree sequence of `observed`, by degree-preserving double edge swaps started
 * from it: `swapsPerTie × m` attempts, each picking two ties at random (and, undirected, one of the
 * two ways to rewire them); an attempt that would create a loop or a parallel tie, or disconnect a
 * connected undirected graph when `keepConnected`, is refused. Refusing keeps the chain symmetric,
 * so its draws approach the uniform distribution over the graphs allowed.
 *
 * @param observed - the graph whose degrees are kept
 * @param rng - the draw's generator
 * @param options - swap attempts and connectivity
 * @example
 * const g = degreePreserving(observed, createRng(3));
 */
export function degreePreserving(observed: SimpleGraph, rng: Rng, options: Partial<DegreeNullOptions> = {}): SimpleGraph {
  const { swapsPerTie, keepConnected } = { ...DEFAULTS, ...options };
  const { n, directed } = observed;
  const m = observed.sources.length;
  const sources = Int32Array.from(observed.sources);
  const targets = Int32Array.from(observed.targets);
  if (m < 2) return { n, directed, sources, targets };
  const key = (a: number, b: number) => (directed || a < b ? a * n + b : b * n + a);
  const present = new Set<number>();
  for (let i = 0; i < m; i++) present.add(key(sources[i]!, targets[i]!));
  const connected = !directed && keepConnected && weakComponentSizes(observed).length === 1;
  const adjacency: Set<number>[] = connected ? Array.from({ length: n }, () => new Set<number>()) : [];
  if (connected)
    for (let i = 0; i < m; i++) {
      adjacency[sources[i]!]!.add(targets[i]!);
      adjacency[targets[i]!]!.add(sources[i]!);
    }
  const seen = new Int32Array(connected ? n : 0);
  const queue = new Int32Array(connected ? n : 0);
  let stamp = 0;
  const attempts = Math.round(swapsPerTie * m);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const e = rng.int(m);
    let f = rng.int(m - 1);
    if (f >= e) f++;
    const a = sources[e]!;
    const b = targets[e]!;
    let c = sources[f]!;
    let d = targets[f]!;
    // undirected: rewire (a–b, c–d) to (a–d, c–b) or, flipping f, to (a–c, d–b)
    if (!directed && rng.next() < 0.5) [c, d] = [d, c];
    if (a === d || c === b) continue;
    const ad = key(a, d);
    const cb = key(c, b);
    if (present.has(ad) || present.has(cb)) continue;
    present.delete(key(a, b));
    present.delete(key(c, d));
    present.add(ad);
    present.add(cb);
    if (connected) {
      adjacency[a]!.delete(b);
      adjacency[b]!.delete(a);
      adjacency[c]!.delete(d);
      adjacency[d]!.delete(c);
      adjacency[a]!.add(d);
      adjacency[d]!.add(a);
      adjacency[c]!.add(b);
      adjacency[b]!.add(c);
      // the graph stays connected iff the ends of both removed ties are still joined
      if (!reaches(adjacency, a, b, seen, ++stamp, queue) || !reaches(adjacency, c, d, seen, ++stamp, queue)) {
        adjacency[a]!.delete(d);
        adjacency[d]!.delete(a);
        adjacency[c]!.delete(b);
        adjacency[b]!.delete(c);
        adjacency[a]!.add(b);
        adjacency[b]!.add(a);
        adjacency[c]!.add(d);
        adjacency[d]!.add(c);
        present.delete(ad);
        present.delete(cb);
        present.add(key(a, b));
        present.add(key(c, d));
        continue;
      }
    }
    if (directed) {
      targets[e] = d;
      targets[f] = b;
    } else {
      sources[e] = Math.min(a, d);
      targets[e] = Math.max(a, d);
      sources[f] = Math.min(c, b);
      targets[f] = Math.max(c, b);
    }
  }
  return { n, directed, sources, targets };
}

/**
 * One draw of a null model.
 *
 * @param model - size, edges or degree
 * @param observed - the observed graph (its size, tie count or degrees are kept)
 * @param rng - the draw's generator
 * @param degreeOptions - settings of the degree null
 */
export function drawNullGraph(model: NullModel, observed: SimpleGraph, rng: Rng, degreeOptions: Partial<DegreeNullOptions> = {}): SimpleGraph {
  switch (model) {
    case 'size':
      return uniformBySize(observed.n, observed.directed, rng);
    case 'edges':
      return uniformByEdges(observed.n, observed.sources.length, observed.directed, rng);
    case 'degree':
      return degreePreserving(observed, rng, degreeOptions);
  }
}
