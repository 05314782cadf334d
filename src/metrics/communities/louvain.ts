/**
 * Louvain communities (Blondel, Guillaume, Lambiotte and Lefebvre 2008) on the undirected view:
 * local moving of nodes to the neighbouring community with the best modularity gain (nodes visited
 * in a seeded random order), then aggregation of communities into nodes, repeated until nothing
 * moves. Modularity has a resolution γ as in NetworkX and igraph.
 *
 * Louvain is a heuristic: its partition depends on the visiting order and is not expected to equal
 * igraph's. The result is the best of a few seeded restarts (the same seed gives the same
 * partition), and the tests require its modularity to be at least 99% of igraph
 * `community_multilevel`'s on every reference graph.
 */
import { createRng, type Rng } from '../../generate/random.js';
import { indexGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import { modularity } from './modularity.js';

export interface LouvainOptions {
  /** Resolution γ: above 1 gives smaller communities, below 1 larger ones. */
  resolution: number;
  seed: number;
  /** Seeded restarts; the partition with the highest modularity is kept. */
  restarts: number;
}

export const DEFAULTS: LouvainOptions = { resolution: 1, seed: 42, restarts: 16 };

export interface LouvainResult {
  /** Modularity of the partition at the given resolution (NaN on a view without edges). */
  modularity: number;
  /** Community of every node, numbered 0.. by decreasing size (ties: first node in view order). */
  community: Map<string, number>;
  /** Number of communities. */
  count: number;
}

/** A level of the Louvain hierarchy: symmetric weighted adjacency lists (compressed), self-weights apart. */
interface Level {
  start: Int32Array;
  neighbour: Int32Array;
  weight: Float64Array;
  /** Internal weight of each node (its merged members' ties, counted from both ends). */
  self: Float64Array;
  /** Strength of each node: its row sum plus its self-weight. */
  strength: Float64Array;
}

function shuffle(order: Int32Array, rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/**
 * Local moving on one level, from singletons or from a given partition; returns each node's
 * community (renumbered 0..k-1) and whether anything moved.
 */
function moveNodes(
  level: Level,
  total: number,
  resolution: number,
  rng: Rng,
  initial?: Int32Array,
): { community: Int32Array; moved: boolean } {
  const n = level.strength.length;
  const community = initial ? Int32Array.from(initial) : Int32Array.from({ length: n }, (_, i) => i);
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) tot[community[i]!]! += level.strength[i]!;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  shuffle(order, rng);
  const links = new Float64Array(n).fill(-1); // weight from the current node to each community, -1: none
  const touched = new Int32Array(n);
  let moved = false;
  let improved = true;
  while (improved) {
    improved = false;
    for (const i of order) {
      const ci = community[i]!;
      const ki = level.strength[i]!;
      let count = 0;
      for (let e = level.start[i]!; e < level.start[i + 1]!; e++) {
        const cj = community[level.neighbour[e]!]!;
        if (links[cj] === -1) {
          links[cj] = 0;
          touched[count++] = cj;
        }
        links[cj]! += level.weight[e]!;
      }
      tot[ci]! -= ki;
      let best = ci;
      let bestGain = Math.max(links[ci]!, 0) - (resolution * tot[ci]! * ki) / total;
      for (let t = 0; t < count; t++) {
        const c = touched[t]!;
        const gain = links[c]! - (resolution * tot[c]! * ki) / total;
        if (gain > bestGain + 1e-12 * Math.abs(bestGain) + 1e-15) {
          best = c;
          bestGain = gain;
        }
      }
      for (let t = 0; t < count; t++) links[touched[t]!] = -1;
      tot[best]! += ki;
      if (best !== ci) {
        community[i] = best;
        improved = true;
        moved = true;
      }
    }
  }
  // renumber 0..k-1
  const id = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    if (id[c] === -1) id[c] = k++;
    community[i] = id[c]!;
  }
  return { community, moved };
}

function aggregate(level: Level, community: Int32Array): Level {
  const k = community.reduce((m, c) => Math.max(m, c), -1) + 1;
  const rows = Array.from({ length: k }, () => new Map<number, number>());
  const self = new Float64Array(k);
  const strength = new Float64Array(k);
  for (let i = 0; i < community.length; i++) {
    const ci = community[i]!;
    self[ci]! += level.self[i]!;
    strength[ci]! += level.strength[i]!;
    const row = rows[ci]!;
    for (let e = level.start[i]!; e < level.start[i + 1]!; e++) {
      const cj = community[level.neighbour[e]!]!;
      const w = level.weight[e]!;
      if (cj === ci) self[ci]! += w;
      else row.set(cj, (row.get(cj) ?? 0) + w);
    }
  }
  const start = new Int32Array(k + 1);
  for (let c = 0; c < k; c++) start[c + 1] = start[c]! + rows[c]!.size;
  const neighbour = new Int32Array(start[k]!);
  const weight = new Float64Array(start[k]!);
  rows.forEach((row, c) => {
    let e = start[c]!;
    for (const [d, w] of row) {
      neighbour[e] = d;
      weight[e++] = w;
    }
  });
  return { start, neighbour, weight, self, strength };
}

/**
 * One Louvain run, followed by multi-level refinement (Rotta and Noack 2011): going back down the
 * levels, nodes of each level (groups of the level below) may move again, starting from the final
 * partition. It only accepts improving moves, and repairs groups that the first pass settled too
 * early.
 */
function louvainOnce(base: Level, total: number, resolution: number, rng: Rng): Int32Array {
  const levels: Level[] = [base];
  const maps: Int32Array[] = []; // maps[l][i]: the level-(l+1) node that level-l node i became
  while (true) {
    const level = levels[levels.length - 1]!;
    const { community, moved } = moveNodes(level, total, resolution, rng);
    if (!moved) break;
    maps.push(community);
    levels.push(aggregate(level, community));
  }
  // the partition of the top level is one community per node; refine downwards
  let membership: Int32Array = Int32Array.from({ length: levels[levels.length - 1]!.strength.length }, (_, i) => i);
  for (let l = levels.length - 2; l >= 0; l--) {
    const map = maps[l]!;
    const projected = Int32Array.from(map, (next) => membership[next]!);
    membership = moveNodes(levels[l]!, total, resolution, rng, projected).community;
  }
  return membership;
}

/** Renumbers communities 0.. by decreasing size, ties by first appearance in node order. */
function renumber(nodes: readonly string[], raw: Int32Array): Map<string, number> {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((c, i) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  });
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const rank = new Map(order.map((c, i) => [c, i]));
  return new Map(nodes.map((node, i) => [node, rank.get(raw[i]!)!]));
}

/**
 * Louvain communities of an undirected view.
 *
 * @param graph - an undirected view (weighted views use tie strengths)
 * @param options - resolution, seed, restarts
 * @returns the partition and its modularity
 * @example
 * const { community, modularity } = louvain(buildView(eco).graph, { seed: 7 });
 * @see https://igraph.org/python/api/latest/igraph.Graph.html#community_multilevel
 */
export function louvain(graph: ViewGraph, options: Partial<LouvainOptions> = {}): LouvainResult {
  const { resolution, seed, restarts } = { ...DEFAULTS, ...options };
  if (graph.type !== 'undirected') throw new MetricError('communities', 'Louvain runs on the undirected view');
  if (!(resolution > 0)) throw new MetricError('communities', `the resolution must be positive, got ${resolution}`);
  const g = indexGraph(graph);
  const n = g.nodes.length;
  if (graph.size === 0) {
    const community = new Map(g.nodes.map((node, i) => [node, i]));
    return { modularity: NaN, community, count: n };
  }
  const strength = new Float64Array(n);
  let total = 0;
  for (let u = 0; u < n; u++)
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      strength[u]! += g.outStrength[e]!;
      total += g.outStrength[e]!;
    }
  const base: Level = { start: g.outStart, neighbour: g.outTargets, weight: g.outStrength, self: new Float64Array(n), strength };
  const rng = createRng(seed);
  let best: LouvainResult | undefined;
  for (let run = 0; run < Math.max(1, restarts); run++) {
    const community = renumber(g.nodes, louvainOnce(base, total, resolution, rng));
    const q = modularity(graph, community, resolution);
    if (!best || q > best.modularity) best = { modularity: q, community, count: new Set(community.values()).size };
  }
  return best!;
}
