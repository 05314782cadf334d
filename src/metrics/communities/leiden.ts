/**
 * Leiden communities (Traag, Waltman and van Eck 2019, "From Louvain to Leiden: guaranteeing
 * well-connected communities") on the undirected view, with the modularity or the constant Potts
 * model (CPM) objective and a resolution γ.
 *
 * Each level runs three phases: queue-based local moving (the engine Louvain uses,
 * `./local-moving.ts`); refinement, where every community of the moving phase is split back into
 * singletons that merge only with well-connected parts of the same community and only when the
 * objective does not drop, so that each refined community is connected; aggregation of the
 * refined communities, the aggregate starting from the moving phase's partition. Refinement merges
 * greedily (the best non-negative gain; the paper's randomness parameter θ taken to 0). When
 * refinement merges nothing on a level, the connected parts of the moving phase's communities are
 * aggregated instead. A pass ends with a descent: back down the levels, the nodes of each level
 * (refined parts of the level below) move again from the pass's partition, only where the objective
 * rises (Louvain's multi-level refinement, Rotta and Noack 2011). The run is iterated from its own
 * result while the objective rises, as igraph `community_leiden` with `n_iterations=-1`, within the
 * work budget ({@link defaultIterations}: up to 20 passes on small views, one on large ones, where
 * the descent brings most of what a second pass would); the best of seeded restarts is kept, as
 * many as the budget allows ({@link leidenRestarts}). A last step splits any community that is not
 * connected into its components (a node moved away in the descent can leave its community in two
 * parts; such a split never lowers either objective), so every community returned is connected.
 */
import type { Rng } from '../../model/random.js';
import { indexGraph, type IndexedGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import {
  MAX_RESTARTS,
  WORK_BUDGET_ARCS,
  aggregate,
  compact,
  groupDigits,
  identity,
  massOf,
  moveNodes,
  visitingOrder,
  type CommunityObjective,
  type Level,
  type ModularitySums,
  type MovingStep,
} from './local-moving.js';
import { bestOfRuns, runSteps, runStepsAsync, type CommunityRun, type RunResult, type IndexedLouvainResult, type LouvainOptions, type LouvainResult, type RestartPlan } from './louvain.js';

/** Most iterations of a Leiden run (each starts from the previous result; fewer when the objective stops rising). */
export const MAX_LEIDEN_ITERATIONS = 20;

/** Fewest iterations of a default Leiden run (one pass, ending with its descent, on large views). */
export const MIN_LEIDEN_ITERATIONS = 1;

/** Arc visits a Leiden pass is counted for in the work budget, per arc: local moving, then refinement. */
export const LEIDEN_PASS_VISITS = 2;

/**
 * The iterations of a default Leiden run: the restarts and the iterations share the work budget,
 * a pass counting {@link LEIDEN_PASS_VISITS} visits of every arc,
 * min(20, max(1, ⌊{@link WORK_BUDGET_ARCS} / (2 × arcs × restarts)⌋)): small views iterate until the
 * objective stops rising (at most 20 passes), views of more than 250,000 arcs make one pass.
 *
 * @param arcs - arcs of the undirected view (each tie counted from both ends)
 * @param restarts - the restarts of the run
 * @param asked - iterations the user asked for, if any (always wins)
 * @example
 * defaultIterations(156, 16); // 20 (karate)
 * defaultIterations(999_950, 1); // 1
 */
export function defaultIterations(arcs: number, restarts: number, asked?: number): number {
  if (asked !== undefined) return asked;
  const passes = Math.floor(WORK_BUDGET_ARCS / (LEIDEN_PASS_VISITS * Math.max(1, arcs) * Math.max(1, restarts)));
  return Math.min(MAX_LEIDEN_ITERATIONS, Math.max(MIN_LEIDEN_ITERATIONS, passes));
}

/**
 * The restarts of a default Leiden run: as many as the work budget allows for one pass each, a pass
 * counting {@link LEIDEN_PASS_VISITS} visits of every arc, min(16, max(1, ⌊{@link WORK_BUDGET_ARCS} / (2 × arcs)⌋)):
 * 16 up to 31,250 arcs, then fewer, one from 250,001 arcs on (Louvain's single visit allows twice as many).
 *
 * @param arcs - arcs of the undirected view (each tie counted from both ends)
 * @param asked - restarts the user asked for, if any (always wins)
 * @example
 * leidenRestarts(156); // 16 (karate)
 * leidenRestarts(487_732); // 1
 */
export function leidenRestarts(arcs: number, asked?: number): number {
  if (asked !== undefined) return asked;
  return Math.min(MAX_RESTARTS, Math.max(1, Math.floor(WORK_BUDGET_ARCS / (Math.max(1, arcs) * LEIDEN_PASS_VISITS))));
}

/**
 * The restarts of a Leiden run on a view with `arcs` arcs, and why (for the CLI's JSON).
 *
 * @param arcs - arcs of the undirected view
 * @param asked - restarts the user asked for, if any (always wins)
 * @example
 * leidenRestartPlan(156); // { restarts: 16, path: 'budget', reason: '16 restarts, the most: …' }
 */
export function leidenRestartPlan(arcs: number, asked?: number): RestartPlan {
  if (asked !== undefined) return { restarts: asked, path: 'asked', reason: `${asked} restart${asked === 1 ? '' : 's'} asked for` };
  const restarts = leidenRestarts(arcs);
  const budget = groupDigits(WORK_BUDGET_ARCS);
  const reason =
    restarts === MAX_RESTARTS
      ? `${MAX_RESTARTS} restarts, the most: ${groupDigits(arcs)} arcs × ${LEIDEN_PASS_VISITS} visits a pass × ${MAX_RESTARTS} restarts fit in the work budget of ${budget} arc visits`
      : `${restarts} restart${restarts === 1 ? '' : 's'}: the work budget of ${budget} arc visits over ${groupDigits(arcs)} arcs, ${LEIDEN_PASS_VISITS} visits a pass and at least one pass a restart (at least one run)`;
  return { restarts, path: 'budget', reason };
}

/** Leiden's options: Louvain's, and the iterations of a run. */
export interface LeidenOptions extends LouvainOptions {
  /**
   * Most passes of a run, each from the previous result; the run stops earlier when the objective
   * stops rising. Default: by the work budget ({@link defaultIterations}).
   */
  iterations?: number | undefined;
}

/** The one-run function of the options on a view (iterations checked). */
function runWith(g: IndexedGraph, options: Partial<LeidenOptions>): CommunityRun {
  const arcs = g.outTargets.length;
  const iterations = defaultIterations(arcs, leidenRestarts(arcs, options.restarts), options.iterations);
  if (!Number.isInteger(iterations) || iterations < 1) throw new MetricError('communities', `the iterations must be a positive integer, got ${iterations}`);
  return (base, objective, scale, rng) => leidenOnce(iterations, base, objective, scale, rng);
}

/** The options with Leiden's restarts made explicit ({@link leidenRestarts}). */
function withRestarts(g: IndexedGraph, options: Partial<LeidenOptions>): Partial<LeidenOptions> {
  return { ...options, restarts: leidenRestarts(g.outTargets.length, options.restarts) };
}

/**
 * Refinement of a partition `p` (renumbered 0..k − 1) of a level: singletons merge into
 * well-connected refined communities of their own community of `p`. Returns the refined
 * partition, renumbered 0..r − 1, and r. Each loop is a function of its own that takes only
 * arrays and numbers (see `listBlocks` in `./local-moving.ts`).
 */
function refine(level: Level, p: Int32Array, k: number, mass: Float64Array, scale: number, rng: Rng): { refined: Int32Array; count: number } {
  const n = p.length;
  const { start, neighbour, weight } = level;
  const totP = new Float64Array(k);
  // w(v, C − v) for each node (then w(R, C − R) for each refined community), and each community's mass
  const inner = new Float64Array(n);
  const inside = new Uint8Array(neighbour.length);
  innerWeightsAndTotals(start, neighbour, weight, p, mass, inner, totP, inside);
  const refined = identity(n);
  const rTot = mass.slice();
  const rCount = new Int32Array(n).fill(1);
  const rExternal = inner.slice();
  const links = new Float64Array(n).fill(-1);
  const touched = new Int32Array(n);
  const order = visitingOrder(n, rng);
  mergeSingletons(start, neighbour, weight, inside, p, mass, scale, totP, inner, refined, rTot, rCount, rExternal, links, touched, order);
  return { refined, count: compact(refined) };
}

/**
 * The weight from each node of a level to the other nodes of its community of `p` into `inner`;
 * adds each node's mass to its community's total in `totP` (in node order, as `communityTotals`
 * adds); marks in `inside` (one entry an arc) the arcs whose ends share a community of `p`, so
 * that the refinement, which visits the nodes in scattered order, reads the mark beside the arc
 * instead of the far end's community.
 */
function innerWeightsAndTotals(
  start: Int32Array,
  neighbour: Int32Array,
  weight: Float64Array,
  p: Int32Array,
  mass: Float64Array,
  inner: Float64Array,
  totP: Float64Array,
  inside: Uint8Array,
): void {
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    totP[c]! += mass[i]!;
    let sum = 0;
    for (let e = start[i]!, end = start[i + 1]!; e < end; e++)
      if (p[neighbour[e]!] === c) {
        sum += weight[e]!;
        inside[e] = 1;
      }
    inner[i] = sum;
  }
}

/**
 * Visits the nodes in `order`: a node still alone in its refined community, and well connected to
 * its community of `p`, joins the well-connected refined community of the same community of `p`
 * with the best non-negative gain.
 *
 * The level's rows are `start`, `neighbour`, `weight`, with `inside` marking the arcs inside a
 * community of `p`; `totP` holds the total mass of each community of `p` and `inner` each node's
 * weight w(v, C − v) to the rest of its community; `refined` each node's refined community, and
 * `rTot`, `rCount`, `rExternal` each refined community's total mass, number of nodes and weight
 * w(R, C − R) to the rest of its community (all updated); `links` (all −1) and `touched` are
 * scratch, one entry a node.
 */
function mergeSingletons(
  start: Int32Array,
  neighbour: Int32Array,
  weight: Float64Array,
  inside: Uint8Array,
  p: Int32Array,
  mass: Float64Array,
  scale: number,
  totP: Float64Array,
  inner: Float64Array,
  refined: Int32Array,
  rTot: Float64Array,
  rCount: Int32Array,
  rExternal: Float64Array,
  links: Float64Array,
  touched: Int32Array,
  order: Int32Array,
): void {
  for (let o = 0; o < order.length; o++) {
    const v = order[o]!;
    const rv = refined[v]!;
    if (rCount[rv] !== 1) continue; // only singletons move
    const c = p[v]!;
    const mv = mass[v]!;
    if (inner[v]! < scale * mv * (totP[c]! - mv)) continue; // v is not well connected to its community
    let count = 0;
    for (let e = start[v]!, end = start[v + 1]!; e < end; e++) {
      if (inside[e] === 0) continue;
      const r = refined[neighbour[e]!]!;
      if (r === rv) continue;
      const link = links[r]!;
      if (link === -1) {
        links[r] = weight[e]!;
        touched[count++] = r;
      } else links[r] = link + weight[e]!;
    }
    let best = -1;
    let bestGain = 0;
    let bestLink = 0;
    // the gains, each refined community's link weight reset to −1 once read
    for (let t = 0; t < count; t++) {
      const r = touched[t]!;
      const link = links[r]!;
      links[r] = -1;
      // only into refined communities well connected to the rest of their community
      if (rExternal[r]! < scale * rTot[r]! * (totP[c]! - rTot[r]!)) continue;
      const gain = link - scale * mv * rTot[r]!;
      if (gain >= 0 && (best === -1 || gain > bestGain + 1e-12 * Math.abs(bestGain) + 1e-15)) {
        best = r;
        bestGain = gain;
        bestLink = link;
      }
    }
    if (best !== -1) {
      rExternal[best] = rExternal[best]! + inner[v]! - 2 * bestLink;
      rTot[best]! += mv;
      rCount[best]!++;
      rCount[rv] = 0;
      refined[v] = best;
    }
  }
}

/**
 * One Leiden pass over the levels from a partition of the base level, ending with a descent:
 * going back down the levels, the nodes of each level (refined groups of the level below) move
 * again by local moving from the pass's partition, only when that raises the objective (as
 * Louvain's multi-level refinement, Rotta and Noack 2011). Returns each base node's community.
 */
function* leidenPass(
  base: Level,
  objective: CommunityObjective,
  scale: number,
  rng: Rng,
  initial?: Int32Array,
): Generator<MovingStep, Int32Array> {
  const levels: Level[] = [base];
  const maps: Int32Array[] = []; // maps[l][i]: the level-(l+1) node that level-l node i became
  let level = base;
  let partition: Int32Array | undefined = initial;
  while (true) {
    const nodes = level.strength.length;
    const mass = massOf(level, objective);
    const { community, count: k } = yield* moveNodes(level, mass, scale, rng, partition);
    if (k === nodes) {
      partition = community;
      break; // every node is a community of its own: nothing left to aggregate
    }
    let { refined: by, count: groups } = refine(level, community, k, mass, scale, rng);
    if (groups === nodes) {
      // refinement merged nothing: aggregate the connected parts of the moving phase's communities
      ({ parts: by, count: groups } = splitDisconnected(level, community));
      if (groups === nodes) {
        partition = by;
        break; // no community has two linked nodes: every node stays a community of its own
      }
    }
    const next = aggregate(level, by, groups);
    maps.push(by);
    levels.push(next);
    level = next;
    partition = lift(by, community, next.strength.length);
  }
  // descent: the partition of the top level, projected down and moved again on every level
  for (let l = levels.length - 2; l >= 0; l--) {
    const projected = project(maps[l]!, partition);
    const below = levels[l]!;
    partition = (yield* moveNodes(below, massOf(below, objective), scale, rng, projected)).community;
  }
  return partition;
}

/**
 * The partition of the next level: node `by[i]` of the next level (a refined group of the level)
 * takes the community of level node i (all nodes of a refined group share one community).
 */
function lift(by: Int32Array, community: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  liftInto(by, community, next);
  return next;
}

/** next[by[i]] = community[i] (see {@link lift}). */
function liftInto(by: Int32Array, community: Int32Array, next: Int32Array): void {
  for (let i = 0; i < by.length; i++) next[by[i]!] = community[i]!;
}

/** The partition of a level from that of the level above: node i takes the community of `partition[map[i]]`. */
function project(map: Int32Array, partition: Int32Array): Int32Array {
  const projected = new Int32Array(map.length);
  projectInto(map, partition, projected);
  return projected;
}

/** projected[i] = partition[map[i]] (see {@link project}). */
function projectInto(map: Int32Array, partition: Int32Array, projected: Int32Array): void {
  for (let i = 0; i < map.length; i++) projected[i] = partition[map[i]!]!;
}

/**
 * Splits every community that is not connected in a level into its connected components
 * (renumbered 0..k − 1 in order of first appearance); returns them and k. The components come from
 * a union–find over the ties inside communities, read in node order (a search that follows the
 * ties reads the rows in scattered order, about twice as slow on large levels).
 */
function splitDisconnected(base: Level, community: Int32Array): { parts: Int32Array; count: number } {
  const n = community.length;
  const parent = identity(n);
  joinLinked(base.start, base.neighbour, community, parent);
  const parts = new Int32Array(n);
  return { parts, count: labelSets(parent, new Int32Array(n).fill(-1), parts) };
}

/**
 * Joins the ends of every tie inside a community in the union–find forest `parent` (path halving;
 * the root of a set is its smallest node). Each tie is taken once, from its smaller end.
 */
function joinLinked(start: Int32Array, neighbour: Int32Array, community: Int32Array, parent: Int32Array): void {
  for (let u = 0; u < community.length; u++) {
    const c = community[u]!;
    let ru = -1; // u's root, found at the first tie inside its community
    for (let e = start[u]!, end = start[u + 1]!; e < end; e++) {
      const v = neighbour[e]!;
      if (v <= u || community[v] !== c) continue;
      if (ru === -1) {
        ru = u;
        while (parent[ru] !== ru) ru = parent[ru] = parent[parent[ru]!]!;
      }
      let rv = v;
      while (parent[rv] !== rv) rv = parent[rv] = parent[parent[rv]!]!;
      if (rv < ru) {
        parent[ru] = rv;
        ru = rv;
      } else if (ru < rv) parent[rv] = ru;
    }
  }
}

/**
 * Numbers the sets of the forest `parent` 0..k − 1 in order of their smallest node into `parts`
 * (`label`: −1 for each root not yet numbered); returns k.
 */
function labelSets(parent: Int32Array, label: Int32Array, parts: Int32Array): number {
  let k = 0;
  for (let u = 0; u < parent.length; u++) {
    let r = u;
    while (parent[r] !== r) r = parent[r]!;
    if (label[r] === -1) label[r] = k++;
    parts[u] = label[r]!;
  }
  return k;
}

/**
 * The run's result from its last partition: when every community is connected (the usual case),
 * the partition itself, with the sums of its modularity (`withSums`), both from one pass over the
 * arcs in node order that also joins the ends of the ties inside communities (union–find, as
 * {@link splitDisconnected}); otherwise the connected parts of its communities, numbered 0..k − 1
 * in order of first appearance, without sums.
 *
 * @param base - the base level
 * @param community - each node's community
 * @param withSums - whether to hand back the modularity's sums (for the modularity objective)
 * @example
 * const { community, sums } = connectedParts(level, partition, true);
 */
export function connectedParts(base: Level, community: Int32Array, withSums: boolean): RunResult {
  const n = community.length;
  const parent = identity(n);
  const inside = new Float64Array(n);
  const degree = new Float64Array(n);
  const order = new Int32Array(n).fill(-1);
  // [communities, joins, one more than the largest label]
  const counts = new Int32Array(3);
  const total = joinAndSum(base.start, base.neighbour, base.weight, community, parent, inside, degree, order, new Uint8Array(n), counts);
  // n − joins sets: one a community when no community falls apart
  if (n - counts[1]! === counts[0]!) {
    const sums: ModularitySums = { inside, degree, order, total };
    return withSums ? { community, labels: counts[2]!, sums } : { community, labels: counts[2]! };
  }
  const parts = new Int32Array(n);
  return { community: parts, labels: labelSets(parent, new Int32Array(n).fill(-1), parts) };
}

/**
 * One pass over the rows (`start`, `neighbour`, `weight`) in node order: joins the ends of each tie
 * inside a community of `community` in the union–find forest `parent` (as {@link joinLinked}) and
 * adds up, by community, the weight inside and the degree, listing in `order` the communities with
 * ties in order of first appearance (`met`: 0 not seen, 1 seen, 2 listed), as `modularityOfLabels`
 * adds and lists them. Writes the number of communities to `counts[0]`, of joins to `counts[1]`
 * and one more than the largest label to `counts[2]`; returns the total weight.
 */
function joinAndSum(
  start: Int32Array,
  neighbour: Int32Array,
  weight: Float64Array,
  community: Int32Array,
  parent: Int32Array,
  inside: Float64Array,
  degree: Float64Array,
  order: Int32Array,
  met: Uint8Array,
  counts: Int32Array,
): number {
  let communities = 0;
  let joins = 0;
  let labels = 0;
  let listed = 0;
  let total = 0;
  for (let u = 0; u < community.length; u++) {
    const c = community[u]!;
    const from = start[u]!;
    const to = start[u + 1]!;
    if (c >= labels) labels = c + 1;
    const seen = met[c]!;
    if (seen !== 2) {
      if (seen === 0) communities++;
      if (from < to) {
        met[c] = 2;
        order[listed++] = c;
      } else met[c] = 1;
    }
    let d = degree[c]!;
    let w = inside[c]!;
    let ru = -1; // u's root, found at its first tie inside its community to a larger node
    for (let e = from; e < to; e++) {
      const s = weight[e]!;
      d += s;
      total += s;
      const v = neighbour[e]!;
      if (community[v] !== c) continue;
      w += s;
      if (v <= u) continue;
      if (ru === -1) {
        ru = u;
        while (parent[ru] !== ru) ru = parent[ru] = parent[parent[ru]!]!;
      }
      let rv = v;
      while (parent[rv] !== rv) rv = parent[rv] = parent[parent[rv]!]!;
      if (rv < ru) {
        parent[ru] = rv;
        ru = rv;
        joins++;
      } else if (ru < rv) {
        parent[rv] = ru;
        joins++;
      }
    }
    degree[c] = d;
    inside[c] = w;
  }
  counts[0] = communities;
  counts[1] = joins;
  counts[2] = labels;
  return total;
}

/**
 * Quality of a partition of a level without the indexed graph (for the iteration check): the same
 * value on any level whose nodes are groups of the base level's, since a node's self-weight holds
 * the ties inside it.
 */
function levelQuality(base: Level, labels: Int32Array, objective: CommunityObjective, scale: number): number {
  const n = labels.length;
  let k = 0;
  for (let i = 0; i < n; i++) if (labels[i]! >= k) k = labels[i]! + 1;
  const inside = new Float64Array(k);
  const tot = new Float64Array(k);
  const mass = massOf(base, objective);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    tot[c]! += mass[i]!;
    inside[c]! += base.self[i]!;
    for (let e = base.start[i]!; e < base.start[i + 1]!; e++) if (labels[base.neighbour[e]!] === c) inside[c]! += base.weight[e]!;
  }
  // both objectives, up to a positive factor and a constant: Σ_c [ in_c − scale · tot_c² ]
  let q = 0;
  for (let c = 0; c < k; c++) q += inside[c]! - scale * tot[c]! * tot[c]!;
  return q;
}

/**
 * One Leiden run: up to `iterations` passes, each from the previous result, while the objective
 * rises (the objective is computed only when another pass may follow).
 */
function* leidenOnce(iterations: number, base: Level, objective: CommunityObjective, scale: number, rng: Rng): Generator<MovingStep, RunResult> {
  let best = yield* leidenPass(base, objective, scale, rng);
  if (iterations > 1) {
    let bestQuality = levelQuality(base, best, objective, scale);
    for (let iteration = 1; iteration < iterations; iteration++) {
      const next = yield* leidenPass(base, objective, scale, rng, best);
      const quality = levelQuality(base, next, objective, scale);
      if (!(quality > bestQuality + 1e-12 * Math.abs(bestQuality))) break;
      best = next;
      bestQuality = quality;
    }
  }
  return connectedParts(base, best, objective === 'modularity');
}

/**
 * Leiden communities of an indexed undirected view (typed arrays throughout).
 *
 * @param g - an undirected indexed view (weighted views use tie strengths)
 * @param options - resolution, seed, restarts (default: by the work budget, as Louvain), objective, iterations
 * @param onRun - called before the first run and after each run (for progress)
 * @returns the partition by node index (every community connected), its modularity and objective value
 * @example
 * const { community, quality } = leidenIndexed(graph, { objective: 'cpm', resolution: 0.05, seed: 7 });
 * @see https://igraph.org/python/api/latest/igraph.Graph.html#community_leiden
 */
export function leidenIndexed(
  g: IndexedGraph,
  options: Partial<LeidenOptions> = {},
  onRun?: (done: number, total: number) => void,
): IndexedLouvainResult {
  return runSteps(bestOfRuns('Leiden', g, withRestarts(g, options), runWith(g, options), onRun));
}

/**
 * {@link leidenIndexed} that gives the event loop a turn every 100 ms or so (between passes).
 *
 * @param g - an undirected indexed view
 * @param options - resolution, seed, restarts, objective
 * @param control - abort signal (checked between passes) and run progress
 * @example
 * await leidenIndexedAsync(graph, { seed: 7 }, { signal });
 */
export async function leidenIndexedAsync(
  g: IndexedGraph,
  options: Partial<LeidenOptions> = {},
  control: { signal?: AbortSignal | undefined; onRun?: ((done: number, total: number) => void) | undefined } = {},
): Promise<IndexedLouvainResult> {
  return runStepsAsync(bestOfRuns('Leiden', g, withRestarts(g, options), runWith(g, options), control.onRun), control.signal);
}

/**
 * Leiden communities of an undirected view.
 *
 * @param graph - an undirected view (weighted views use tie strengths)
 * @param options - resolution, seed, restarts, objective
 * @returns the partition (every community induces a connected subgraph) and its modularity
 * @throws MetricError on a directed view or a resolution that is not positive
 * @example
 * const { community, modularity } = leiden(buildView(eco).graph, { seed: 7 });
 */
export function leiden(graph: ViewGraph, options: Partial<LeidenOptions> = {}): LouvainResult & { quality: number } {
  if (graph.type !== 'undirected') throw new MetricError('communities', 'Leiden runs on the undirected view');
  const g = indexGraph(graph);
  const result = leidenIndexed(g, options);
  const community = new Map<string, number>();
  for (let i = 0; i < g.nodes.length; i++) community.set(g.nodes[i]!, result.community[i]!);
  return { modularity: result.modularity, quality: result.quality, community, count: result.count };
}

