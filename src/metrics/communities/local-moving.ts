/**
 * The local-moving engine shared by Louvain ({@link ./louvain.ts}) and Leiden ({@link ./leiden.ts}):
 * levels as compressed weighted adjacency lists on typed arrays, queue-based local moving (after a
 * first pass over every node in a seeded random order, only nodes whose neighbours moved are
 * visited again, until no node moves: Ozaki, Tezuka and Inaba 2016; the "fast local move" of
 * Traag, Waltman and van Eck 2019), aggregation of communities into nodes, and the two objectives.
 *
 * Both objectives have the same move gain: moving node i into community C gains
 * w(i, C) − scale · mass(i) · mass(C), where for modularity mass is the strength and
 * scale = γ / 2m, and for CPM (the constant Potts model) mass is the number of nodes and scale = γ.
 */
import type { Rng } from '../../model/random.js';
import type { IndexedGraph } from '../indexed-graph.js';

/** The objective a partition maximises. */
export type CommunityObjective = 'modularity' | 'cpm';

/** The objectives, in the order the CLI lists them. */
export const COMMUNITY_OBJECTIVES: readonly CommunityObjective[] = ['modularity', 'cpm'];

/** A level of the hierarchy: symmetric weighted adjacency lists (compressed), self-weights apart. */
export interface Level {
  start: Int32Array;
  neighbour: Int32Array;
  weight: Float64Array;
  /** Internal weight of each node (its merged members' ties, counted from both ends). */
  self: Float64Array;
  /** Strength of each node: its row sum plus its self-weight. */
  strength: Float64Array;
  /** Number of base nodes merged into each node. */
  size: Float64Array;
}

/** One pass of local moving done (the unit of work between two checks of an abort signal). */
export interface MovingStep {
  /** Nodes of the level visited. */
  nodes: number;
}

/**
 * 0, 1, …, m − 1 for the largest m asked for so far, which {@link identity} copies from: a copy
 * is a block move, while a loop that writes the numbers runs in V8's interpreter on the first
 * levels of a run (a loop over a few ten thousand nodes is done before it is compiled). Kept for
 * the life of the process: 4 bytes a node of the largest level seen.
 */
let ascending: Int32Array = new Int32Array(0);

/** 0, 1, …, n − 1 (a new array). */
export function identity(n: number): Int32Array {
  if (n > ascending.length) ascending = ascendingNumbers(Math.max(n, 2 * ascending.length));
  return ascending.slice(0, n);
}

/** A new array holding 0, 1, …, n − 1. */
function ascendingNumbers(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/**
 * Fisher–Yates shuffle with the given generator (positions from the last down to 1). The length is
 * read in the loop's test, not before the loop (see {@link listBlocks}).
 */
export function shuffle(order: Int32Array, rng: Rng): void {
  for (let step = 1; step < order.length; step++) {
    const i = order.length - step;
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/** Nodes a block of the visiting order holds at most (see {@link visitingOrder}). */
export const MAX_ORDER_BLOCK = 32;

/**
 * A seeded random visiting order of `n` nodes that reads memory in runs: the nodes are cut into
 * blocks of b consecutive nodes, b = min(32, max(1, ⌊n / 4096⌋)), the blocks are shuffled and each
 * is visited in node order. On small levels (b = 1) it is a plain random order; on large ones the
 * rows of a block lie side by side in memory, which makes a pass over a 100,000-node level about
 * a quarter faster than a fully random order, with the same quality on the benchmark graphs.
 */
export function visitingOrder(n: number, rng: Rng): Int32Array {
  const block = Math.min(MAX_ORDER_BLOCK, Math.max(1, Math.floor(n / 4096)));
  if (block === 1) {
    const order = identity(n);
    shuffle(order, rng);
    return order;
  }
  const blocks = identity(Math.ceil(n / block));
  shuffle(blocks, rng);
  const order = new Int32Array(n);
  listBlocks(blocks, block, order);
  return order;
}

/**
 * Writes the nodes of each block, blocks in the given order, into `order`. Like every loop
 * function of the engine, it reads only its arguments before its loop and returns a number or
 * nothing after it: the first call of a run is long, V8 compiles the function while that call runs,
 * and code it has seen no type feedback for (property reads, calls, allocations, which the first
 * call ran before V8 started recording) would send the compiled code back to the interpreter on
 * the next call.
 */
function listBlocks(blocks: Int32Array, block: number, order: Int32Array): void {
  let p = 0;
  for (let b = 0; b < blocks.length; b++) {
    const first = blocks[b]! * block;
    const end = Math.min(order.length, first + block);
    for (let i = first; i < end; i++) order[p++] = i;
  }
}

/** The base level of an indexed undirected view, and its total arc weight 2m. */
export function baseLevel(g: IndexedGraph): { level: Level; total: number } {
  const n = g.nodes.length;
  const strength = new Float64Array(n);
  const total = rowSums(g.outStart, g.outStrength, strength);
  const level: Level = {
    start: g.outStart,
    neighbour: g.outTargets,
    weight: g.outStrength,
    self: new Float64Array(n),
    strength,
    size: new Float64Array(n).fill(1),
  };
  return { level, total };
}

/** Each row's sum of weights into `strength`; returns the sum of all weights (added arc by arc). */
function rowSums(start: Int32Array, weight: Float64Array, strength: Float64Array): number {
  let total = 0;
  for (let u = 0; u < strength.length; u++) {
    let sum = 0;
    for (let e = start[u]!, end = start[u + 1]!; e < end; e++) {
      sum += weight[e]!;
      total += weight[e]!;
    }
    strength[u] = sum;
  }
  return total;
}

/** The mass of each node of a level under an objective (strength for modularity, size for CPM). */
export function massOf(level: Level, objective: CommunityObjective): Float64Array {
  return objective === 'cpm' ? level.size : level.strength;
}

/** The factor of the penalty term: γ / 2m for modularity, γ for CPM. */
export function penaltyScale(objective: CommunityObjective, resolution: number, total: number): number {
  return objective === 'cpm' ? resolution : resolution / total;
}

/** Renumbers communities 0..k − 1 in order of first appearance (in place); returns k. */
export function compact(community: Int32Array): number {
  return compactWith(community, new Int32Array(community.length).fill(-1));
}

/** {@link compact} with `id` (one −1 a possible label) for the new number of each label. */
function compactWith(community: Int32Array, id: Int32Array): number {
  let k = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    if (id[c] === -1) id[c] = k++;
    community[i] = id[c]!;
  }
  return k;
}

/** The state of a local-moving run on one level, between two slices of visits. */
interface MovingState {
  community: Int32Array;
  /** Total mass of each community. */
  tot: Float64Array;
  /** Circular queue of nodes to visit. */
  queue: Int32Array;
  /** Weight from the current node to each community, -1: none. */
  links: Float64Array;
  touched: Int32Array;
  queued: Uint8Array;
  /** The queue's head and size, and 1 once a node moved (see {@link moveSlice}). */
  cursor: Int32Array;
}

/** Where {@link moveSlice} keeps the queue's head in a {@link MovingState}'s `cursor`. */
const HEAD = 0;
/** Where {@link moveSlice} keeps the queue's size. */
const SIZE = 1;
/** Where {@link moveSlice} notes that a node moved (1). */
const MOVED = 2;

/**
 * Up to `limit` visits of queue-based local moving (a plain function, not a generator, so that
 * V8 can optimise its loop while it runs: generators are not compiled on stack replacement).
 * Takes only arrays and numbers and reads nothing before its loop (see {@link listBlocks}: a read
 * there, which the first call runs before V8 records type feedback, sent the code compiled during
 * that call back to the interpreter on the next): the level's rows `start`, `neighbour`, `weight`,
 * each node's `mass`, the penalty's `scale`, the arrays of a {@link MovingState}, the number of
 * nodes `n`, and the queue's `head` and `size` from its `cursor`, where they are stored back on
 * every visit. Returns the number of nodes left in the queue.
 */
function moveSlice(
  start: Int32Array,
  neighbour: Int32Array,
  weight: Float64Array,
  mass: Float64Array,
  scale: number,
  community: Int32Array,
  tot: Float64Array,
  queue: Int32Array,
  links: Float64Array,
  touched: Int32Array,
  queued: Uint8Array,
  cursor: Int32Array,
  n: number,
  head: number,
  size: number,
  limit: number,
): number {
  let visits = 0;
  while (size > 0 && visits < limit) {
    visits++;
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;
    const ci = community[i]!;
    const mi = mass[i]!;
    let count = 0;
    const from = start[i]!;
    const to = start[i + 1]!;
    for (let e = from; e < to; e++) {
      const cj = community[neighbour[e]!]!;
      const link = links[cj]!;
      if (link === -1) {
        links[cj] = weight[e]!;
        touched[count++] = cj;
      } else links[cj] = link + weight[e]!;
    }
    const rest = tot[ci]! - mi;
    tot[ci] = rest;
    let best = ci;
    let bestGain = Math.max(links[ci]!, 0) - scale * rest * mi;
    // the gains, each community's link weight reset to −1 once read
    for (let t = 0; t < count; t++) {
      const c = touched[t]!;
      const gain = links[c]! - scale * tot[c]! * mi;
      links[c] = -1;
      if (gain > bestGain + 1e-12 * Math.abs(bestGain) + 1e-15) {
        best = c;
        bestGain = gain;
      }
    }
    tot[best]! += mi;
    if (best !== ci) {
      community[i] = best;
      cursor[MOVED] = 1;
      for (let e = from; e < to; e++) {
        const j = neighbour[e]!;
        if (queued[j] === 0 && community[j] !== best) {
          queued[j] = 1;
          const slot = head + size;
          queue[slot >= n ? slot - n : slot] = j;
          size++;
        }
      }
    }
    // stored on every visit: nothing follows the loop, which code compiled on stack replacement
    // during the first long call would bail out on (it has no type feedback there)
    cursor[HEAD] = head;
    cursor[SIZE] = size;
  }
  return size;
}

/**
 * The state of local moving on one level before its first visit: the communities (a copy of
 * `initial`, or singletons), their masses and the queue in visiting order. A plain function, so
 * that its loops are optimised on stack replacement (generators' loops are not).
 */
function startMoving(level: Level, mass: Float64Array, rng: Rng, initial: Int32Array | undefined): MovingState {
  const n = level.strength.length;
  const community = initial ? initial.slice() : identity(n);
  // from singletons each community's total is its node's mass (a copy, not a loop)
  const tot = initial ? communityTotals(community, mass, n) : mass.slice();
  const cursor = new Int32Array(3);
  cursor[SIZE] = n;
  return {
    community,
    tot,
    queue: visitingOrder(n, rng),
    links: new Float64Array(n).fill(-1),
    touched: new Int32Array(n),
    queued: new Uint8Array(n).fill(1),
    cursor,
  };
}

/**
 * Queue-based local moving on one level, from singletons or from a given partition: every node
 * is visited once in a seeded random order ({@link visitingOrder}), then only nodes whose neighbours moved (each at most
 * once in the queue), until no node moves. Returns each node's community (renumbered 0..k − 1),
 * the number of communities k and whether anything moved.
 */
export function* moveNodes(
  level: Level,
  mass: Float64Array,
  scale: number,
  rng: Rng,
  initial?: Int32Array,
): Generator<MovingStep, { community: Int32Array; count: number; moved: boolean }> {
  const n = level.strength.length;
  const { start, neighbour, weight } = level;
  const { community, tot, queue, links, touched, queued, cursor } = startMoving(level, mass, rng, initial);
  while (moveSlice(start, neighbour, weight, mass, scale, community, tot, queue, links, touched, queued, cursor, n, cursor[HEAD]!, cursor[SIZE]!, n) > 0) yield { nodes: n };
  const count = compact(community);
  return { community, count, moved: cursor[MOVED] === 1 };
}

/** Total mass of each of the `k` communities of a partition numbered 0..k − 1. */
export function communityTotals(community: Int32Array, mass: Float64Array, k: number): Float64Array {
  const tot = new Float64Array(k);
  addByCommunity(community, mass, tot);
  return tot;
}

/** Adds each node's mass to its community's total. */
function addByCommunity(community: Int32Array, mass: Float64Array, tot: Float64Array): void {
  for (let i = 0; i < community.length; i++) tot[community[i]!]! += mass[i]!;
}

/** The number of communities of a partition numbered 0..k − 1 (one more than its largest number). */
export function communityCount(community: Int32Array): number {
  let k = 0;
  for (let i = 0; i < community.length; i++) if (community[i]! >= k) k = community[i]! + 1;
  return k;
}

/**
 * The next level: one node per community. Neighbour lists keep the order in which each community
 * first meets a neighbouring one (members in node order, their ties in order), so that weights add
 * up in a fixed order. The level's rows are read once in node order (side by side in memory): each
 * tie inside a community adds to its self-weight, each tie between two is appended to its
 * community's bucket (a counting sort of the arcs by community, buckets in community order); then
 * each bucket is merged, in place, into the community's row of the next level (one arc per
 * neighbouring community). Each loop is a function of its own that takes only arrays and numbers
 * (see {@link listBlocks}).
 *
 * @param level - the level
 * @param community - its partition, numbered 0..k − 1
 * @param k - the number of communities, when the caller knows it (saves a pass over the nodes)
 */
export function aggregate(level: Level, community: Int32Array, k: number = communityCount(community)): Level {
  const { start, neighbour, weight } = level;
  const strength = new Float64Array(k);
  const size = new Float64Array(k);
  // bucketStart[c + 1]: the arcs of community c's members, then their prefix sums
  const bucketStart = new Int32Array(k + 1);
  countArcs(community, start, bucketStart);
  for (let c = 0; c < k; c++) bucketStart[c + 1]! += bucketStart[c]!;
  const fill = bucketStart.slice(0, k);
  const self = new Float64Array(k);
  const capacity = neighbour.length;
  const nextNeighbour = new Int32Array(capacity);
  const nextWeight = new Float64Array(capacity);
  bucketArcs(start, neighbour, weight, level.self, level.strength, level.size, community, fill, self, strength, size, nextNeighbour, nextWeight);
  const nextStart = new Int32Array(k + 1);
  const acc = new Float64Array(k);
  const seen = new Int32Array(k).fill(-1);
  const touched = new Int32Array(k);
  const arcs = mergeBuckets(bucketStart, fill, nextNeighbour, nextWeight, nextStart, acc, seen, touched);
  // views of the merged rows, not copies: the buffers stay as large as the level's arcs until the
  // next level is dropped, while a copy would take fresh memory and a second write of every arc
  return { start: nextStart, neighbour: nextNeighbour.subarray(0, arcs), weight: nextWeight.subarray(0, arcs), self, strength, size };
}

/** Adds each node's number of arcs (its row's length in `start`) to `arcs[c + 1]`, c its community. */
function countArcs(community: Int32Array, start: Int32Array, arcs: Int32Array): void {
  for (let i = 0; i < community.length; i++) arcs[community[i]! + 1]! += start[i + 1]! - start[i]!;
}

/**
 * Reads the rows (`start`, `neighbour`, `weight`, self-weights `levelSelf`) in node order: a node's
 * self-weight and its ties inside its community add to the community's `self`, its strength and size
 * (`levelStrength`, `levelSize`) to the community's `strength` and `size`; a tie to another
 * community d is appended as (d, weight) to `bucketTarget`, `bucketWeight` at `fill[c]`, which moves
 * on (so each bucket lists its community's arcs with members in node order, ties in row order).
 * The sums by community are added here rather than in {@link countArcs}, whose loop over the nodes
 * is too short on a run's first levels to be compiled before it ends.
 */
function bucketArcs(
  start: Int32Array,
  neighbour: Int32Array,
  weight: Float64Array,
  levelSelf: Float64Array,
  levelStrength: Float64Array,
  levelSize: Float64Array,
  community: Int32Array,
  fill: Int32Array,
  self: Float64Array,
  strength: Float64Array,
  size: Float64Array,
  bucketTarget: Int32Array,
  bucketWeight: Float64Array,
): void {
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    strength[c]! += levelStrength[i]!;
    size[c]! += levelSize[i]!;
    let inside = self[c]! + levelSelf[i]!;
    let slot = fill[c]!;
    for (let e = start[i]!, end = start[i + 1]!; e < end; e++) {
      const d = community[neighbour[e]!]!;
      if (d === c) inside += weight[e]!;
      else {
        bucketTarget[slot] = d;
        bucketWeight[slot++] = weight[e]!;
      }
    }
    self[c] = inside;
    fill[c] = slot;
  }
}

/**
 * Merges each community's bucket (`target`, `weight` from `bucketStart[c]` to `bucketEnd[c]`)
 * into its row of the next level, written over the buckets from the start (a row is never longer
 * than its bucket, so it never reaches a bucket not yet read): one arc per neighbouring community,
 * in order of first meeting, weights added in bucket order. `acc`, `seen` (all −1) and `touched`
 * are scratch, one entry a community. Fills `nextStart`; returns the number of arcs written.
 */
function mergeBuckets(
  bucketStart: Int32Array,
  bucketEnd: Int32Array,
  target: Int32Array,
  weight: Float64Array,
  nextStart: Int32Array,
  acc: Float64Array,
  seen: Int32Array,
  touched: Int32Array,
): number {
  let arcs = 0;
  for (let c = 0; c < bucketEnd.length; c++) {
    let count = 0;
    for (let e = bucketStart[c]!, end = bucketEnd[c]!; e < end; e++) {
      const d = target[e]!;
      if (seen[d] !== c) {
        seen[d] = c;
        acc[d] = weight[e]!;
        touched[count++] = d;
      } else acc[d]! += weight[e]!;
    }
    for (let t = 0; t < count; t++) {
      const d = touched[t]!;
      target[arcs] = d;
      weight[arcs++] = acc[d]!;
    }
    nextStart[c + 1] = arcs;
  }
  return arcs;
}

/**
 * Renumbers communities 0.. by decreasing size, ties by first appearance in node order.
 *
 * @param raw - each node's community, labels from 0
 * @param labels - one more than the largest label, when the caller knows it (saves a pass over the nodes)
 */
export function renumberBySize(raw: Int32Array, labels: number = communityCount(raw)): { community: Int32Array; count: number } {
  const { rank, count } = sizeRanks(raw, labels);
  const community = new Int32Array(raw.length);
  relabel(raw, rank, community);
  return { community, count };
}

/**
 * The rank of each label of a partition by decreasing size of its community, ties by first
 * appearance in node order (labels absent from the partition keep rank 0), and the number of
 * communities; `k` is one more than the largest label. Each loop over the nodes is a function of
 * its own (see {@link aggregate}).
 */
function sizeRanks(raw: Int32Array, k: number): { rank: Int32Array; count: number } {
  const size = new Int32Array(k);
  const first = new Int32Array(k).fill(-1);
  sizesAndFirsts(raw, size, first);
  const present: number[] = [];
  for (let c = 0; c < k; c++) if (size[c]! > 0) present.push(c);
  present.sort((a, b) => size[b]! - size[a]! || first[a]! - first[b]!);
  const rank = new Int32Array(k);
  present.forEach((c, r) => (rank[c] = r));
  return { rank, count: present.length };
}

/** Counts the nodes of each label and notes the first node that carries it. */
function sizesAndFirsts(raw: Int32Array, size: Int32Array, first: Int32Array): void {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    size[c]!++;
    if (first[c] === -1) first[c] = i;
  }
}

/** community[i] = rank[raw[i]]. */
function relabel(raw: Int32Array, rank: Int32Array, community: Int32Array): void {
  for (let i = 0; i < raw.length; i++) community[i] = rank[raw[i]!]!;
}

/**
 * The sums the modularity of a partition is made of, by community label: the weight of the arcs
 * inside and the degree, the labels of communities with ties in order of first appearance (−1
 * after the last), and the total arc weight 2m; each added arc by arc in node order, as
 * {@link modularityOfLabels} adds them.
 */
export interface ModularitySums {
  inside: Float64Array;
  degree: Float64Array;
  order: Int32Array;
  total: number;
}

/**
 * A run's partition renumbered by decreasing size ({@link renumberBySize}) and the objective's
 * value of it ({@link qualityOfLabels}), with the same numbers as those two give. For modularity
 * the renumbering and the sums over the arcs are one pass over the nodes, adding in the order
 * {@link modularityOfLabels} adds, so the value has the same bits; a run that already has those
 * sums for its partition hands them in, and no arc is read.
 *
 * @param g - the indexed view the partition is of
 * @param raw - each node's community, any numbering
 * @param objective - the objective to evaluate
 * @param resolution - its resolution γ
 * @param sums - the modularity's sums for `raw`, when the run has them
 * @param labels - one more than the largest label of `raw`, when the run knows it
 */
export function renumberAndScore(
  g: IndexedGraph,
  raw: Int32Array,
  objective: CommunityObjective,
  resolution: number,
  sums?: ModularitySums,
  labels: number = communityCount(raw),
): { community: Int32Array; count: number; quality: number } {
  if (objective === 'cpm') {
    const { community, count } = renumberBySize(raw, labels);
    return { community, count, quality: cpmOfLabels(g, community, count, resolution) };
  }
  if (sums) {
    const { community, count } = renumberBySize(raw, labels);
    return { community, count, quality: sums.total === 0 ? NaN : modularitySum(sums.inside, sums.degree, sums.order, sums.total, resolution) };
  }
  const { rank, count } = sizeRanks(raw, labels);
  const community = new Int32Array(raw.length);
  const inside = new Float64Array(count);
  const degree = new Float64Array(count);
  const order = new Int32Array(count).fill(-1);
  const met = new Uint8Array(count);
  const total = relabelAndWeights(g.outStart, g.outTargets, g.outStrength, raw, rank, community, inside, degree, order, met);
  return { community, count, quality: total === 0 ? NaN : modularitySum(inside, degree, order, total, resolution) };
}

/**
 * {@link relabel}, and in the same pass the sums of the relabelled partition's modularity: each
 * arc's weight added to its source's community degree (and inside weight when both ends share the
 * community), in node order, so that the values have the same bits as `modularity` of
 * `./modularity.ts` computes, and in `order` the communities in order of first appearance of a node
 * with ties (the rest of `order` stays −1); returns the total arc weight 2m. Two nodes share a
 * relabelled community exactly when they share a raw one. `met` (all 0) marks the communities
 * listed in `order`.
 */
function relabelAndWeights(
  outStart: Int32Array,
  outTargets: Int32Array,
  outStrength: Float64Array,
  raw: Int32Array,
  rank: Int32Array,
  community: Int32Array,
  inside: Float64Array,
  degree: Float64Array,
  order: Int32Array,
  met: Uint8Array,
): number {
  let listed = 0;
  let total = 0;
  for (let u = 0; u < raw.length; u++) {
    const ru = raw[u]!;
    const cu = rank[ru]!;
    community[u] = cu;
    const from = outStart[u]!;
    const to = outStart[u + 1]!;
    if (from < to && met[cu] === 0) {
      met[cu] = 1;
      order[listed++] = cu;
    }
    let d = degree[cu]!;
    let w = inside[cu]!;
    for (let e = from; e < to; e++) {
      const s = outStrength[e]!;
      d += s;
      total += s;
      if (raw[outTargets[e]!] === ru) w += s;
    }
    degree[cu] = d;
    inside[cu] = w;
  }
  return total;
}

/**
 * Modularity of a partition of an indexed undirected view, summed over communities in order of
 * first appearance (the order `modularity` of `./modularity.ts` uses, so both give the same bits).
 * NaN on a view without edges.
 */
export function modularityOfLabels(g: IndexedGraph, labels: Int32Array, count: number, resolution: number): number {
  const inside = new Float64Array(count);
  const degree = new Float64Array(count);
  const order = new Int32Array(count).fill(-1);
  // the labels relabelled onto themselves: the sums of relabelAndWeights, the relabelled copy unused
  const total = relabelAndWeights(g.outStart, g.outTargets, g.outStrength, labels, identity(count), new Int32Array(labels.length), inside, degree, order, new Uint8Array(count));
  if (total === 0) return NaN;
  return modularitySum(inside, degree, order, total, resolution);
}

/** Σ over the communities listed in `order` (up to its first −1), in order, of inside / total − γ (degree / total)². */
function modularitySum(inside: Float64Array, degree: Float64Array, order: Int32Array, total: number, resolution: number): number {
  let q = 0;
  for (let t = 0; t < order.length; t++) {
    const c = order[t]!;
    if (c === -1) break;
    q += inside[c]! / total - resolution * (degree[c]! / total) ** 2;
  }
  return q;
}

/**
 * The constant Potts model quality of a partition (Traag, Van Dooren and Nesterov 2011):
 * H = Σ_c [ L_c − γ n_c (n_c − 1) / 2 ], with L_c the weight of the ties inside community c and
 * n_c its number of nodes.
 */
export function cpmOfLabels(g: IndexedGraph, labels: Int32Array, count: number, resolution: number): number {
  const inside = new Float64Array(count);
  const size = new Float64Array(count);
  for (let u = 0; u < g.nodes.length; u++) {
    const cu = labels[u]!;
    size[cu]!++;
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) if (labels[g.outTargets[e]!] === cu) inside[cu]! += g.outStrength[e]!;
  }
  let h = 0;
  for (let c = 0; c < count; c++) h += inside[c]! / 2 - (resolution * size[c]! * (size[c]! - 1)) / 2;
  return h;
}

/** The objective's value of a partition (the number the restarts maximise). */
export function qualityOfLabels(g: IndexedGraph, labels: Int32Array, count: number, objective: CommunityObjective, resolution: number): number {
  return objective === 'cpm' ? cpmOfLabels(g, labels, count, resolution) : modularityOfLabels(g, labels, count, resolution);
}

/**
 * A non-negative integer with commas between groups of three digits, as `toLocaleString('en')`
 * writes it, without loading the locale data (which costs a command 10–40 ms at start-up).
 *
 * @example
 * groupDigits(1_000_000); // '1,000,000'
 */
export function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Work budget of a default run, in arc visits: restarts × arcs stays near it (see {@link defaultRestarts}). */
export const WORK_BUDGET_ARCS = 1_000_000;

/** Most restarts a default run makes (on small views). */
export const MAX_RESTARTS = 16;

/**
 * The restarts to run on a view with `arcs` arcs (twice its ties) when the caller did not choose:
 * as many as the work budget allows, min(16, max(1, ⌊{@link WORK_BUDGET_ARCS} / arcs⌋)), so that
 * the time grows smoothly with the size of the view: 16 restarts up to 62,500 arcs, then fewer,
 * one run from 500,001 arcs on.
 *
 * @param arcs - arcs of the undirected view (each tie counted from both ends)
 * @param asked - restarts the user asked for, if any (always wins)
 * @example
 * defaultRestarts(156); // 16 (karate)
 * defaultRestarts(400_000); // 2
 * defaultRestarts(1_000_000); // 1
 */
export function defaultRestarts(arcs: number, asked?: number): number {
  if (asked !== undefined) return asked;
  return Math.min(MAX_RESTARTS, Math.max(1, Math.floor(WORK_BUDGET_ARCS / Math.max(1, arcs))));
}
