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
 *
 * Everything runs on typed arrays over the indexed graph ({@link louvainIndexed}), so the same code
 * serves a million-node view loaded by `loadCompactGraph`. On large views ({@link LARGE_VIEW_NODES},
 * {@link louvainPathFor}) the fast path runs once instead of 16 restarts, and moves nodes by a queue
 * of the nodes whose neighbours moved instead of full sweeps: the restarts cost 16 times the work
 * for a modularity gain that the benchmarks measure below 1% (docs/performance.md, "Louvain"), and late sweeps
 * on a large graph visit every node to move a few.
 */
import { createRng, type Rng } from '../../model/random.js';
import { indexGraph, type IndexedGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type LouvainAssignOptions } from '../assign.js';

export interface LouvainOptions {
  /** Resolution γ: above 1 gives smaller communities, below 1 larger ones. */
  resolution: number;
  seed: number;
  /** Seeded restarts; the partition with the highest modularity is kept. */
  restarts: number;
  /**
   * Local moving on a level stops when a sweep over all nodes raises modularity by less than this
   * (0: only when no node moves).
   */
  minSweepGain: number;
  /**
   * Local moving by a queue instead of sweeps (the fast path): after the first pass only nodes
   * whose neighbours moved are visited again, until no node moves (Ozaki, Tezuka and Inaba 2016;
   * the "fast local move" of Traag, Waltman and van Eck's Leiden algorithm, 2019).
   */
  queue: boolean;
}

export const DEFAULTS: LouvainOptions = { resolution: 1, seed: 42, restarts: 16, minSweepGain: 0, queue: false };

/** Views with more nodes than this run Louvain once unless restarts are asked for (the fast path). */
export const LARGE_VIEW_NODES = 100_000;

/**
 * The restarts to run on a view of `nodes` nodes when the caller did not choose: the default 16,
 * or one run above {@link LARGE_VIEW_NODES} nodes.
 *
 * @param nodes - node count of the view
 * @param asked - restarts the user asked for, if any (always wins)
 * @example
 * restartsFor(1_000_000); // 1
 * restartsFor(500); // 16
 */
export function restartsFor(nodes: number, asked?: number): number {
  if (asked !== undefined) return asked;
  return nodes > LARGE_VIEW_NODES ? 1 : DEFAULTS.restarts;
}

/**
 * The options of the path a view of `nodes` nodes takes: on large views one run with queue-based
 * local moving (the fast path), else the standard 16 restarts of full sweeps. Restarts given by the
 * user always win.
 *
 * @param nodes - node count of the view
 * @param asked - restarts the user asked for, if any
 * @example
 * louvainIndexed(graph, { seed: 7, ...louvainPathFor(graph.nodes.length) });
 */
export function louvainPathFor(nodes: number, asked?: number): { restarts: number; queue: boolean; fast: boolean } {
  const fast = nodes > LARGE_VIEW_NODES;
  return { restarts: restartsFor(nodes, asked), queue: fast, fast };
}

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

/** 0, 1, …, n − 1. */
function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
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
function* moveNodes(
  level: Level,
  total: number,
  resolution: number,
  rng: Rng,
  options: { minSweepGain: number; queue: boolean },
  initial?: Int32Array,
): Generator<LouvainStep, { community: Int32Array; moved: boolean }> {
  const n = level.strength.length;
  const { start, neighbour, weight, strength } = level;
  const community = initial ? Int32Array.from(initial) : identity(n);
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) tot[community[i]!]! += strength[i]!;
  const order = identity(n);
  shuffle(order, rng);
  const links = new Float64Array(n).fill(-1); // weight from the current node to each community, -1: none
  const touched = new Int32Array(n);
  let moveGain = 0;
  /** Moves node i to its best community (staying unless a move gains); sets moveGain. */
  const moveBest = (i: number): number => {
    const ci = community[i]!;
    const ki = strength[i]!;
    let count = 0;
    for (let e = start[i]!, end = start[i + 1]!; e < end; e++) {
      const cj = community[neighbour[e]!]!;
      if (links[cj] === -1) {
        links[cj] = 0;
        touched[count++] = cj;
      }
      links[cj]! += weight[e]!;
    }
    tot[ci]! -= ki;
    let best = ci;
    const stayGain = Math.max(links[ci]!, 0) - (resolution * tot[ci]! * ki) / total;
    let bestGain = stayGain;
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
    community[i] = best;
    moveGain = bestGain - stayGain;
    return best;
  };
  let moved = false;
  if (options.queue) {
    // Only nodes whose neighbourhood changed are visited again (a queue in visiting order, each
    // node at most once in it): the work follows the moves instead of full sweeps.
    const queue = order;
    const queued = new Uint8Array(n).fill(1);
    let head = 0;
    let size = n;
    let visits = 0;
    while (size > 0) {
      const i = queue[head]!;
      head = head + 1 === n ? 0 : head + 1;
      size--;
      queued[i] = 0;
      const ci = community[i]!;
      const best = moveBest(i);
      if (best !== ci) {
        moved = true;
        for (let e = start[i]!, end = start[i + 1]!; e < end; e++) {
          const j = neighbour[e]!;
          if (queued[j] === 0 && community[j] !== best) {
            queued[j] = 1;
            const slot = head + size;
            queue[slot >= n ? slot - n : slot] = j;
            size++;
          }
        }
      }
      if (++visits === n) {
        visits = 0;
        yield { nodes: n };
      }
    }
  } else {
    let improved = true;
    while (improved) {
      improved = false;
      let sweepGain = 0;
      for (let o = 0; o < n; o++) {
        const i = order[o]!;
        const ci = community[i]!;
        if (moveBest(i) !== ci) {
          improved = true;
          moved = true;
          sweepGain += moveGain;
        }
      }
      // the sweep's modularity gain is 2 Σ(gain − stay) / total
      if (options.minSweepGain > 0 && (2 * sweepGain) / total < options.minSweepGain) improved = false;
      yield { nodes: n };
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

/**
 * The next level: one node per community. Neighbour lists keep the order in which each community
 * first meets a neighbouring one (members in node order, their ties in order), so that weights add
 * up in a fixed order.
 */
function aggregate(level: Level, community: Int32Array): Level {
  const n = community.length;
  let k = 0;
  for (let i = 0; i < n; i++) if (community[i]! >= k) k = community[i]! + 1;
  // members of each community, in node order (counting sort)
  const memberStart = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) memberStart[community[i]! + 1]!++;
  for (let c = 0; c < k; c++) memberStart[c + 1]! += memberStart[c]!;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, k);
  for (let i = 0; i < n; i++) members[fill[community[i]!]!++] = i;
  const self = new Float64Array(k);
  const strength = new Float64Array(k);
  const acc = new Float64Array(k);
  const seen = new Int32Array(k).fill(-1);
  const touched = new Int32Array(k);
  const start = new Int32Array(k + 1);
  let neighbour = new Int32Array(Math.max(16, level.neighbour.length >> 1));
  let weight = new Float64Array(neighbour.length);
  let arcs = 0;
  for (let c = 0; c < k; c++) {
    let count = 0;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) {
      const i = members[m]!;
      self[c]! += level.self[i]!;
      strength[c]! += level.strength[i]!;
      for (let e = level.start[i]!; e < level.start[i + 1]!; e++) {
        const cj = community[level.neighbour[e]!]!;
        const w = level.weight[e]!;
        if (cj === c) self[c]! += w;
        else {
          if (seen[cj] !== c) {
            seen[cj] = c;
            acc[cj] = 0;
            touched[count++] = cj;
          }
          acc[cj]! += w;
        }
      }
    }
    if (arcs + count > neighbour.length) {
      const size = Math.max(2 * neighbour.length, arcs + count);
      const bigger = new Int32Array(size);
      bigger.set(neighbour);
      neighbour = bigger;
      const heavier = new Float64Array(size);
      heavier.set(weight);
      weight = heavier;
    }
    for (let t = 0; t < count; t++) {
      const d = touched[t]!;
      neighbour[arcs] = d;
      weight[arcs++] = acc[d]!;
    }
    start[c + 1] = arcs;
  }
  return { start, neighbour: neighbour.slice(0, arcs), weight: weight.slice(0, arcs), self, strength };
}

/**
 * One Louvain run, followed by multi-level refinement (Rotta and Noack 2011): going back down the
 * levels, nodes of each level (groups of the level below) may move again, starting from the final
 * partition. It only accepts improving moves, and repairs groups that the first pass settled too
 * early.
 */
function* louvainOnce(
  base: Level,
  total: number,
  resolution: number,
  rng: Rng,
  moving: { minSweepGain: number; queue: boolean },
): Generator<LouvainStep, Int32Array> {
  const levels: Level[] = [base];
  const maps: Int32Array[] = []; // maps[l][i]: the level-(l+1) node that level-l node i became
  while (true) {
    const level = levels[levels.length - 1]!;
    const { community, moved } = yield* moveNodes(level, total, resolution, rng, moving);
    if (!moved) break;
    maps.push(community);
    levels.push(aggregate(level, community));
  }
  // the partition of the top level is one community per node; refine downwards
  let membership: Int32Array = Int32Array.from({ length: levels[levels.length - 1]!.strength.length }, (_, i) => i);
  for (let l = levels.length - 2; l >= 0; l--) {
    const map = maps[l]!;
    const projected = Int32Array.from(map, (next) => membership[next]!);
    membership = (yield* moveNodes(levels[l]!, total, resolution, rng, moving, projected)).community;
  }
  return membership;
}

/** Renumbers communities 0.. by decreasing size, ties by first appearance in node order. */
function renumber(raw: Int32Array): { community: Int32Array; count: number } {
  const n = raw.length;
  let k = 0;
  for (let i = 0; i < n; i++) if (raw[i]! >= k) k = raw[i]! + 1;
  const size = new Int32Array(k);
  const first = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = raw[i]!;
    size[c]!++;
    if (first[c] === -1) first[c] = i;
  }
  const present: number[] = [];
  for (let c = 0; c < k; c++) if (size[c]! > 0) present.push(c);
  present.sort((a, b) => size[b]! - size[a]! || first[a]! - first[b]!);
  const rank = new Int32Array(k);
  present.forEach((c, r) => (rank[c] = r));
  const community = new Int32Array(n);
  for (let i = 0; i < n; i++) community[i] = rank[raw[i]!]!;
  return { community, count: present.length };
}

/**
 * Modularity of a partition of an indexed undirected view, summed over communities in order of
 * first appearance (the order `modularity` of `./modularity.ts` uses, so both give the same bits).
 */
function modularityOf(g: IndexedGraph, labels: Int32Array, count: number, resolution: number): number {
  const inside = new Float64Array(count);
  const degree = new Float64Array(count);
  const order: number[] = [];
  const met = new Uint8Array(count);
  let total = 0;
  for (let u = 0; u < g.nodes.length; u++) {
    const cu = labels[u]!;
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) {
      const w = g.outStrength[e]!;
      total += w;
      if (met[cu] === 0) {
        met[cu] = 1;
        order.push(cu);
      }
      degree[cu]! += w;
      if (labels[g.outTargets[e]!] === cu) inside[cu]! += w;
    }
  }
  if (total === 0) return NaN;
  let q = 0;
  for (const c of order) q += inside[c]! / total - resolution * (degree[c]! / total) ** 2;
  return q;
}

/** The result of {@link louvainIndexed}: communities by node index. */
export interface IndexedLouvainResult {
  modularity: number;
  /** Community of node i (numbered 0.. by decreasing size, ties: first node in view order). */
  community: Int32Array;
  count: number;
}

/** One sweep of local moving done (the unit of work between two checks of an abort signal). */
interface LouvainStep {
  /** Nodes of the level swept. */
  nodes: number;
}

/** The whole computation as a generator that pauses after every sweep. */
function* louvainSteps(
  g: IndexedGraph,
  options: Partial<LouvainOptions>,
  onRun?: (done: number, total: number) => void,
): Generator<LouvainStep, IndexedLouvainResult> {
  const { resolution, seed, restarts, minSweepGain, queue } = { ...DEFAULTS, ...options };
  if (g.directed) throw new MetricError('communities', 'Louvain runs on the undirected view');
  if (!(resolution > 0)) throw new MetricError('communities', `the resolution must be positive, got ${resolution}`);
  const n = g.nodes.length;
  if (g.outTargets.length === 0) {
    const community = new Int32Array(n);
    for (let i = 0; i < n; i++) community[i] = i;
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
  const runs = Math.max(1, restarts);
  let best: IndexedLouvainResult | undefined;
  onRun?.(0, runs);
  for (let run = 0; run < runs; run++) {
    const { community, count } = renumber(yield* louvainOnce(base, total, resolution, rng, { minSweepGain, queue }));
    const q = modularityOf(g, community, count, resolution);
    if (!best || q > best.modularity) best = { modularity: q, community, count };
    onRun?.(run + 1, runs);
  }
  return best!;
}

/**
 * Louvain communities of an indexed undirected view (typed arrays throughout: the path for large
 * views, e.g. from `loadCompactGraph`).
 *
 * @param g - an undirected indexed view (weighted views use tie strengths)
 * @param options - resolution, seed, restarts, local moving (see {@link louvainPathFor} for large views)
 * @param onRun - called before the first run and after each run (for progress)
 * @returns the partition by node index and its modularity
 * @example
 * const { graph } = await loadCompactGraph('big-csv/');
 * const { community, modularity } = louvainIndexed(graph, louvainPathFor(graph.nodes.length));
 * @see https://igraph.org/python/api/latest/igraph.Graph.html#community_multilevel
 */
export function louvainIndexed(
  g: IndexedGraph,
  options: Partial<LouvainOptions> = {},
  onRun?: (done: number, total: number) => void,
): IndexedLouvainResult {
  const steps = louvainSteps(g, options, onRun);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * {@link louvainIndexed} that gives the event loop a turn every 100 ms or so (between sweeps), so
 * that Ctrl-C and progress output get through during a long run.
 *
 * @param g - an undirected indexed view
 * @param options - resolution, seed, restarts, local moving
 * @param control - abort signal (checked between sweeps; the promise rejects with its reason) and run progress
 * @example
 * await louvainIndexedAsync(graph, louvainPathFor(graph.nodes.length), { signal });
 */
export async function louvainIndexedAsync(
  g: IndexedGraph,
  options: Partial<LouvainOptions> = {},
  control: { signal?: AbortSignal | undefined; onRun?: ((done: number, total: number) => void) | undefined } = {},
): Promise<IndexedLouvainResult> {
  const steps = louvainSteps(g, options, control.onRun);
  let last = Date.now();
  let step = steps.next();
  while (!step.done) {
    if (Date.now() - last > 100) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      control.signal?.throwIfAborted();
      last = Date.now();
    }
    step = steps.next();
  }
  control.signal?.throwIfAborted();
  return step.value;
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
  if (graph.type !== 'undirected') throw new MetricError('communities', 'Louvain runs on the undirected view');
  const g = indexGraph(graph);
  const result = louvainIndexed(g, options);
  const community = new Map<string, number>();
  for (let i = 0; i < g.nodes.length; i++) community.set(g.nodes[i]!, result.community[i]!);
  return { modularity: result.modularity, community, count: result.count };
}

/**
 * Louvain communities written to a node attribute (graphology's `assign` convention; see
 * `src/metrics/assign.ts` for attribute names and `target`): each node gets the number of its
 * community, as {@link louvain} returns it (0 for the largest).
 *
 * @param graph - an undirected view (weighted views use tie strengths)
 * @param options - resolution, seed and restarts as {@link louvain}; attribute name
 *   (`nodeCommunityAttribute`, default `community`) and target graph (default: the view)
 * @throws MetricError on a directed view, or if a node of the view is not in the target graph
 * @example
 * louvain.assign(buildView(eco).graph, { target: eco, seed: 7 });
 * eco.getNodeAttribute('kyoto-university', 'community');
 */
louvain.assign = function assignLouvain(graph: ViewGraph, options: Partial<LouvainOptions> & LouvainAssignOptions = {}): void {
  writeNodeValues(graph, options.target, [[options.nodeCommunityAttribute ?? ASSIGN_ATTRIBUTES.community, louvain(graph, options).community]]);
};
