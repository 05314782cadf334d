/**
 * Louvain communities (Blondel, Guillaume, Lambiotte and Lefebvre 2008) on the undirected view:
 * local moving of nodes to the neighbouring community with the best gain, then aggregation of
 * communities into nodes, repeated until nothing moves, then multi-level refinement. Modularity has
 * a resolution γ as in NetworkX and igraph; the constant Potts model (CPM) is the other objective.
 *
 * Louvain is a heuristic: its partition depends on the visiting order and is not expected to equal
 * igraph's. The result is the best of seeded restarts (the same seed gives the same partition), and
 * the tests require its modularity to be at least 99% of igraph `community_multilevel`'s on every
 * reference graph.
 *
 * One engine serves every size (`./local-moving.ts`): queue-based local moving on typed arrays, so
 * that the same code serves a million-node view loaded by `loadCompactGraph`. Only the number of
 * restarts depends on the view, and smoothly: as many as a work budget allows
 * ({@link defaultRestarts}), 16 on small views, one on views of more than a million arcs.
 */
import { createRng, type Rng } from '../../model/random.js';
import { indexGraph, type IndexedGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type LouvainAssignOptions } from '../assign.js';
import {
  MAX_RESTARTS,
  WORK_BUDGET_ARCS,
  aggregate,
  baseLevel,
  defaultRestarts,
  groupDigits,
  identity,
  massOf,
  moveNodes,
  penaltyScale,
  renumberAndScore,
  modularityOfLabels,
  type CommunityObjective,
  type Level,
  type ModularitySums,
  type MovingStep,
} from './local-moving.js';

export { MAX_RESTARTS, WORK_BUDGET_ARCS, defaultRestarts, type CommunityObjective };

export interface LouvainOptions {
  /** Resolution γ: above 1 gives smaller communities, below 1 larger ones. */
  resolution: number;
  seed: number;
  /**
   * Seeded restarts; the partition with the highest objective is kept. Default: by the work
   * budget ({@link defaultRestarts}).
   */
  restarts?: number | undefined;
  /** The objective: modularity (default) or the constant Potts model. */
  objective: CommunityObjective;
}

export const DEFAULTS: Readonly<Omit<LouvainOptions, 'restarts'>> = { resolution: 1, seed: 42, objective: 'modularity' };

/** How the number of restarts of a run was chosen, for the CLI's JSON. */
export interface RestartPlan {
  restarts: number;
  /** `budget`: chosen by the work budget; `asked`: given by the caller. */
  path: 'budget' | 'asked';
  /** Why, in a sentence. */
  reason: string;
}

/**
 * The restarts of a view with `arcs` arcs (twice its ties), and why.
 *
 * @param arcs - arcs of the undirected view
 * @param asked - restarts the user asked for, if any (always wins)
 * @example
 * louvainIndexed(graph, { seed: 7, restarts: restartPlan(graph.outTargets.length).restarts });
 */
export function restartPlan(arcs: number, asked?: number): RestartPlan {
  if (asked !== undefined) return { restarts: asked, path: 'asked', reason: `${asked} restart${asked === 1 ? '' : 's'} asked for` };
  const restarts = defaultRestarts(arcs);
  const budget = groupDigits(WORK_BUDGET_ARCS);
  const reason =
    restarts === MAX_RESTARTS
      ? `${MAX_RESTARTS} restarts, the most: ${groupDigits(arcs)} arcs × ${MAX_RESTARTS} fit in the work budget of ${budget} arc visits`
      : `${restarts} restart${restarts === 1 ? '' : 's'}: the work budget of ${budget} arc visits over ${groupDigits(arcs)} arcs (at least one run)`;
  return { restarts, path: 'budget', reason };
}

export interface LouvainResult {
  /** Modularity of the partition at the given resolution (NaN on a view without edges). */
  modularity: number;
  /** Community of every node, numbered 0.. by decreasing size (ties: first node in view order). */
  community: Map<string, number>;
  /** Number of communities. */
  count: number;
}

/**
 * One Louvain run, followed by multi-level refinement (Rotta and Noack 2011): going back down the
 * levels, nodes of each level (groups of the level below) may move again, starting from the final
 * partition. It only accepts improving moves, and repairs groups that the first pass settled too
 * early.
 */
function* louvainOnce(base: Level, objective: CommunityObjective, scale: number, rng: Rng): Generator<MovingStep, RunResult> {
  const levels: Level[] = [base];
  const maps: Int32Array[] = []; // maps[l][i]: the level-(l+1) node that level-l node i became
  while (true) {
    const level = levels[levels.length - 1]!;
    const { community, count, moved } = yield* moveNodes(level, massOf(level, objective), scale, rng);
    if (!moved) break;
    maps.push(community);
    levels.push(aggregate(level, community, count));
  }
  // the partition of the top level is one community per node; refine downwards
  let labels = levels[levels.length - 1]!.strength.length;
  let membership: Int32Array = identity(labels);
  for (let l = levels.length - 2; l >= 0; l--) {
    const map = maps[l]!;
    const projected = project(map, membership);
    ({ community: membership, count: labels } = yield* moveNodes(levels[l]!, massOf(levels[l]!, objective), scale, rng, projected));
  }
  return { community: membership, labels };
}

/** The partition of a level from that of the level above: node i takes the community of `partition[map[i]]` (a plain function: generators' loops are not optimised on stack replacement). */
function project(map: Int32Array, partition: Int32Array): Int32Array {
  const projected = new Int32Array(map.length);
  for (let i = 0; i < map.length; i++) projected[i] = partition[map[i]!]!;
  return projected;
}

/** The result of {@link louvainIndexed}: communities by node index. */
export interface IndexedLouvainResult {
  /** Modularity at the given resolution (NaN on a view without edges), whatever the objective. */
  modularity: number;
  /** The objective's value (equal to `modularity` for the modularity objective). */
  quality: number;
  /** Community of node i (numbered 0.. by decreasing size, ties: first node in view order). */
  community: Int32Array;
  count: number;
}

/**
 * What a run gives: each base node's community, and the sums of its modularity when the run
 * computed them on the way ({@link renumberAndScore} then reads no arc).
 */
export interface RunResult {
  community: Int32Array;
  /** One more than the largest label of `community` (spares the renumbering a pass over the nodes). */
  labels: number;
  sums?: ModularitySums | undefined;
}

/** One run of a local-moving algorithm from the base level. */
export type CommunityRun = (base: Level, objective: CommunityObjective, scale: number, rng: Rng) => Generator<MovingStep, RunResult>;

/**
 * Seeded restarts of a run (Louvain's or Leiden's) as a generator that pauses after every pass
 * of local moving; the partition with the highest objective is kept (the first on ties).
 *
 * @param name - the algorithm's name, for errors
 * @param g - an undirected indexed view
 * @param options - resolution, seed, restarts (default by the work budget), objective
 * @param once - one run
 * @param onRun - called before the first run and after each run
 */
export function* bestOfRuns(
  name: string,
  g: IndexedGraph,
  options: Partial<LouvainOptions>,
  once: CommunityRun,
  onRun?: (done: number, total: number) => void,
): Generator<MovingStep, IndexedLouvainResult> {
  const { resolution, seed, objective } = { ...DEFAULTS, ...options };
  if (g.directed) throw new MetricError('communities', `${name} runs on the undirected view`);
  if (!(resolution > 0)) throw new MetricError('communities', `the resolution must be positive, got ${resolution}`);
  if (objective !== 'modularity' && objective !== 'cpm') throw new MetricError('communities', `unknown objective "${String(objective)}" (modularity or cpm)`);
  const n = g.nodes.length;
  if (g.outTargets.length === 0) {
    const community = new Int32Array(n);
    for (let i = 0; i < n; i++) community[i] = i;
    return { modularity: NaN, quality: objective === 'cpm' ? 0 : NaN, community, count: n };
  }
  const { level: base, total } = baseLevel(g);
  const scale = penaltyScale(objective, resolution, total);
  const rng = createRng(seed);
  const runs = Math.max(1, defaultRestarts(g.outTargets.length, options.restarts));
  let best: IndexedLouvainResult | undefined;
  onRun?.(0, runs);
  for (let run = 0; run < runs; run++) {
    const result = yield* once(base, objective, scale, rng);
    const { community, count, quality } = renumberAndScore(g, result.community, objective, resolution, result.sums, result.labels);
    if (!best || quality > best.quality) {
      const modularity = objective === 'modularity' ? quality : modularityOfLabels(g, community, count, resolution);
      best = { modularity, quality, community, count };
    }
    onRun?.(run + 1, runs);
  }
  return best!;
}

/** Runs a step generator to its end. */
export function runSteps<T>(steps: Generator<MovingStep, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * A turn of the event loop: `setImmediate` where there is one (Node: after the pending I/O and
 * signals, with no wait), else a zero-delay timer (browsers; Node clamps a timer to 1 ms).
 */
function nextTurn(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise<void>((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

/**
 * Runs a step generator, giving the event loop a turn every 100 ms or so (between passes), so
 * that Ctrl-C and progress output get through during a long run.
 *
 * @param steps - the computation
 * @param signal - checked between passes; the promise rejects with its reason
 */
export async function runStepsAsync<T>(steps: Generator<MovingStep, T>, signal?: AbortSignal): Promise<T> {
  let last = Date.now();
  let step = steps.next();
  while (!step.done) {
    if (Date.now() - last > 100) {
      await nextTurn();
      signal?.throwIfAborted();
      last = Date.now();
    }
    step = steps.next();
  }
  signal?.throwIfAborted();
  return step.value;
}

/**
 * Louvain communities of an indexed undirected view (typed arrays throughout: the same code for
 * small views and for large ones, e.g. from `loadCompactGraph`).
 *
 * @param g - an undirected indexed view (weighted views use tie strengths)
 * @param options - resolution, seed, restarts (default: by the work budget, {@link restartPlan}), objective
 * @param onRun - called before the first run and after each run (for progress)
 * @returns the partition by node index, its modularity and objective value
 * @example
 * const { graph } = await loadCompactGraph('big-csv/');
 * const { community, modularity } = louvainIndexed(graph, { seed: 7 });
 * @see https://igraph.org/python/api/latest/igraph.Graph.html#community_multilevel
 */
export function louvainIndexed(
  g: IndexedGraph,
  options: Partial<LouvainOptions> = {},
  onRun?: (done: number, total: number) => void,
): IndexedLouvainResult {
  return runSteps(bestOfRuns('Louvain', g, options, louvainOnce, onRun));
}

/**
 * {@link louvainIndexed} that gives the event loop a turn every 100 ms or so (between passes), so
 * that Ctrl-C and progress output get through during a long run.
 *
 * @param g - an undirected indexed view
 * @param options - resolution, seed, restarts, objective
 * @param control - abort signal (checked between passes; the promise rejects with its reason) and run progress
 * @example
 * await louvainIndexedAsync(graph, { seed: 7 }, { signal });
 */
export async function louvainIndexedAsync(
  g: IndexedGraph,
  options: Partial<LouvainOptions> = {},
  control: { signal?: AbortSignal | undefined; onRun?: ((done: number, total: number) => void) | undefined } = {},
): Promise<IndexedLouvainResult> {
  return runStepsAsync(bestOfRuns('Louvain', g, options, louvainOnce, control.onRun), control.signal);
}

/**
 * Louvain communities of an undirected view.
 *
 * @param graph - an undirected view (weighted views use tie strengths)
 * @param options - resolution, seed, restarts (default: by the work budget), objective
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
