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

/** A level of the Louvain hierarchy: symmetric weighted adjacency, self-weights included. */
interface Level {
  /** adjacency[i]: neighbour → weight (i's own entry holds its internal weight, counted from both ends). */
  adjacency: Array<Map<number, number>>;
  /** Strength of each node: the sum of its row. */
  strength: Float64Array;
}

function shuffle(order: number[], rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
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
  const order = Array.from({ length: n }, (_, i) => i);
  shuffle(order, rng);
  let moved = false;
  const links = new Map<number, number>();
  let improved = true;
  while (improved) {
    improved = false;
    for (const i of order) {
      const ci = community[i]!;
      const ki = level.strength[i]!;
      links.clear();
      for (const [j, w] of level.adjacency[i]!) {
        if (j === i) continue;
        const cj = community[j]!;
        links.set(cj, (links.get(cj) ?? 0) + w);
      }
      tot[ci]! -= ki;
      let best = ci;
      let bestGain = (links.get(ci) ?? 0) - (resolution * tot[ci]! * ki) / total;
      for (const [c, w] of links) {
        const gain = w - (resolution * tot[c]! * ki) / total;
        if (gain > bestGain + 1e-12 * Math.abs(bestGain) + 1e-15) {
          best = c;
          bestGain = gain;
        }
      }
      tot[best]! += ki;
      if (best !== ci) {
        community[i] = best;
        improved = true;
        moved = true;
      }
    }
  }
  // renumber 0..k-1
  const id = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    if (!id.has(c)) id.set(c, id.size);
    community[i] = id.get(c)!;
  }
  return { community, moved };
}

function aggregate(level: Level, community: Int32Array): Level {
  const k = Math.max(-1, ...community) + 1;
  const adjacency = Array.from({ length: k }, () => new Map<number, number>());
  const strength = new Float64Array(k);
  level.adjacency.forEach((row, i) => {
    const ci = community[i]!;
    const target = adjacency[ci]!;
    for (const [j, w] of row) {
      const cj = community[j]!;
      target.set(cj, (target.get(cj) ?? 0) + w);
      strength[ci]! += w;
    }
  });
  return { adjacency, strength };
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
  const adjacency = Array.from({ length: n }, () => new Map<number, number>());
  const strength = new Float64Array(n);
  let total = 0;
  for (let u = 0; u < n; u++)
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      const w = g.outStrength[e]!;
      adjacency[u]!.set(g.outTargets[e]!, w);
      strength[u]! += w;
      total += w;
    }
  const base: Level = { adjacency, strength };
  const rng = createRng(seed);
  let best: LouvainResult | undefined;
  for (let run = 0; run < Math.max(1, restarts); run++) {
    const community = renumber(g.nodes, louvainOnce(base, total, resolution, rng));
    const q = modularity(graph, community, resolution);
    if (!best || q > best.modularity) best = { modularity: q, community, count: new Set(community.values()).size };
  }
  return best!;
}
