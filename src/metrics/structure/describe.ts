/**
 * The network descriptives of one view, in one table: what `ecograph describe` prints. Each
 * statistic is defined as its reference computes it (NetworkX, R sna, igraph; the definitions are
 * in the modules cited and in docs/statistics.md). Weights are not read: every statistic counts
 * ties. A statistic that does not apply to the view is null, with its reason in `notes`.
 *
 * With a grouping attribute (`by`): attribute assortativity and the E-I index at network, group
 * and node level. With a partition attribute (`partition`): the modularity of that partition and
 * the agreement (NMI, ARI) between it and the view's Louvain communities. The attribute `sphere`,
 * when nodes do not carry it, is derived from the kind: the triple-helix spheres university
 * (university, institute), industry (firm, anchor, investor) and government; people have none.
 */
import { createRng } from '../../model/random.js';
import type { EcoGraph, NodeAttributes } from '../../model/types.js';
import { approximateBetweennessValues } from '../centrality/approximate-betweenness.js';
import { scaleBetweenness } from '../centrality/betweenness-accumulate.js';
import { louvain, DEFAULTS as LOUVAIN_DEFAULTS } from '../communities/louvain.js';
import { modularity } from '../communities/modularity.js';
import { indexGraph, type IndexedGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import { pathStatistics, type PathStatisticsTotals } from '../paths/path-statistics.js';
import { componentSizes, density } from '../summary.js';
import { buildView, type ViewDescription, type ViewGraph } from '../view.js';
import { attributeAssortativity, degreeAssortativity } from './assortativity.js';
import { betweennessCentralization, closenessCentralization, degreeCentralization } from './centralization.js';
import { averageClustering, transitivity } from './clustering.js';
import { largestComponent, strongComponents, weakComponents } from './components.js';
import { coreValues } from './core.js';
import { eiIndex, type EiGroup } from './ei-index.js';
import { adjustedRandIndex, normalizedMutualInformation } from './partition-agreement.js';

export interface DescribeOptions {
  directed: boolean;
  edgeKinds?: readonly string[];
  nodeKinds?: readonly string[];
  /** Node attribute whose values are the groups of the E-I index and attribute assortativity. */
  by?: string;
  /** Node attribute whose values form the partition whose modularity is reported. */
  partition?: string;
  /** Permutation draws of the E-I test. */
  draws: number;
  /** Seed of the E-I permutations. */
  seed: number;
  /** Seed of the Louvain communities compared with the partition. */
  louvainSeed: number;
  /**
   * Estimate the path statistics by sampling instead of searching from every node (for large
   * views): see {@link DescribeApproximation} for what is estimated and the bounds.
   */
  approximate?: { epsilon: number; delta: number; seed: number };
}

/**
 * What the sampling path (`approximate`) estimated, with its bounds, each holding with probability
 * at least 1 − δ:
 * - `averagePathLength`: the mean over K = ⌈ln(2/δ)/(2ε²)⌉ sources drawn uniformly (with
 *   replacement, seeded) from the component of each source's mean distance to the others; each
 *   lies in [1, D], so by Hoeffding's inequality the estimate is within ε(D − 1) of the exact
 *   value, with D bounded by U below (`averagePathLengthBound` = ε(U − 1));
 * - `diameter`: not estimated but bracketed: `atLeast` is the largest eccentricity of a sampled
 *   source, `atMost` = U, twice the smallest such eccentricity (undirected; every distance passes
 *   through a source: d(u, v) ≤ d(u, s) + d(s, v)) or a source's out- plus in-eccentricity
 *   (directed); the statistic itself is null;
 * - `centralization.betweenness`: from Riondato–Kornaropoulos sampled betweenness, every value
 *   within ε, so the centralization is within 2εn/(n − 1) (`betweennessCentralizationBound`);
 * - `centralization.closeness` needs every distance: null.
 * When K is at least the component's size, every node is a source and the path statistics are exact.
 */
export interface DescribeApproximation {
  epsilon: number;
  delta: number;
  seed: number;
  /** Sources searched for the path statistics (0 when they were computed exactly). */
  sources: number;
  averagePathLengthBound: number | null;
  diameter: { atLeast: number; atMost: number } | null;
  betweennessCentralizationBound: number | null;
}

export const DEFAULTS: DescribeOptions = { directed: false, draws: 5000, seed: 1, louvainSeed: LOUVAIN_DEFAULTS.seed };

/** The triple-helix sphere of each organisation kind (the derived attribute `sphere`). */
export const SPHERES: Readonly<Record<string, string>> = {
  university: 'university',
  institute: 'university',
  firm: 'industry',
  anchor: 'industry',
  investor: 'industry',
  government: 'government',
};

export interface DescribeStatistics {
  nodes: number;
  edges: number;
  /** Ties of the source graph behind the view's edges (kept by the filters, self-loops dropped). */
  sourceTies: number;
  density: number;
  /** 2m/n on an undirected view; on a directed view m/n, both the mean in- and the mean out-degree. */
  meanDegree: number | null;
  components: number;
  largestComponentShare: number | null;
  /** Per directed tie kind: the share of its arcs whose reverse arc (of the same kind) exists. */
  reciprocity: Record<string, number> | null;
  transitivity: number | null;
  averageClustering: number | null;
  averagePathLength: number | null;
  diameter: number | null;
  centralization: { degree: number | null; betweenness: number | null; closeness: number | null };
  degreeAssortativity: number | null;
  attributeAssortativity: number | null;
  eiIndex: {
    observed: number | null;
    expected: number | null;
    rescaled: number | null;
    permutation: { draws: number; seed: number; greaterOrEqual: number; lessOrEqual: number } | null;
  } | null;
  maxCore: number | null;
  /** Modularity of the `partition` attribute's groups on the undirected view. */
  modularity: number | null;
  /** NMI between the Louvain communities and the `partition` attribute. */
  nmi: number | null;
  /** Adjusted Rand index between the Louvain communities and the `partition` attribute. */
  ari: number | null;
}

export interface DescribeResult {
  view: ViewDescription;
  by: string | null;
  partition: string | null;
  statistics: DescribeStatistics;
  groups: EiGroup[];
  /** Node-level E-I index (with `by`): null for nodes without a group or without ties to grouped nodes. */
  nodes: Array<{ id: string; group: string | null; eiIndex: number | null }>;
  notes: Record<string, string>;
  /** Present when the path statistics were estimated by sampling. */
  approximation?: DescribeApproximation;
}

/**
 * The value of a grouping attribute at a node, as a string; `sphere` is derived from the kind
 * when the node does not carry it.
 *
 * @param attributes - the node's attributes
 * @param attribute - the attribute name
 * @returns the value, or undefined when the node has none
 * @example
 * groupValue({ label: 'Kyoto University', kind: 'university' }, 'sphere'); // 'university'
 */
export function groupValue(attributes: NodeAttributes, attribute: string): string | undefined {
  const value = attributes[attribute];
  if (value === undefined || value === null || value === '') {
    if (attribute === 'sphere' && attributes.kind !== undefined) return SPHERES[attributes.kind];
    return undefined;
  }
  return Array.isArray(value) ? value.join('|') : String(value);
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** One breadth-first search from s inside a component (out-arcs, or in-arcs when `reverse`): the sum of distances and the eccentricity. */
function searchFrom(g: IndexedGraph, label: Int32Array, s: number, reverse: boolean, distance: Int32Array, queue: Int32Array): { sum: number; eccentricity: number } {
  const start = reverse ? g.inStart : g.outStart;
  const targets = reverse ? g.inSources : g.outTargets;
  const component = label[s]!;
  // on an undirected view a search never leaves its component: no label test
  const bounded = g.directed;
  let head = 0;
  let tail = 0;
  queue[tail++] = s;
  distance[s] = 0;
  let sum = 0;
  let eccentricity = 0;
  while (head < tail) {
    const v = queue[head++]!;
    const d = distance[v]!;
    sum += d;
    if (d > eccentricity) eccentricity = d;
    const next = d + 1;
    for (let e = start[v]!, end = start[v + 1]!; e < end; e++) {
      const w = targets[e]!;
      if (distance[w] === -1 && (!bounded || label[w] === component)) {
        distance[w] = next;
        queue[tail++] = w;
      }
    }
  }
  for (let i = 0; i < tail; i++) distance[queue[i]!] = -1;
  return { sum, eccentricity };
}

/** Reciprocity of each directed tie kind among the view's nodes (the view's node and kind filters). */
function reciprocityByKind(graph: EcoGraph, view: ViewGraph, edgeKinds: ReadonlySet<string> | undefined, notes: Record<string, string>): Record<string, number> | null {
  const arcs = new Map<string, Set<string>>();
  const undirectedKinds = new Set<string>();
  graph.forEachEdge((_e, attributes, source, target, _sa, _ta, undirected) => {
    const kind = attributes.kind ?? 'untyped';
    if (edgeKinds && (attributes.kind === undefined || !edgeKinds.has(attributes.kind))) return;
    if (source === target || !view.hasNode(source) || !view.hasNode(target)) return;
    if (undirected) {
      undirectedKinds.add(kind);
      return;
    }
    let set = arcs.get(kind);
    if (!set) arcs.set(kind, (set = new Set()));
    set.add(`${source}\u0000${target}`);
  });
  const undirectedNote = undirectedKinds.size > 0 ? `undirected ties (${[...undirectedKinds].sort().join(', ')}) are never reciprocated and are left out` : '';
  if (arcs.size === 0) {
    notes.reciprocity = `no directed ties in the view${undirectedNote ? `; ${undirectedNote}` : ''}`;
    return null;
  }
  if (undirectedNote) notes.reciprocity = undirectedNote;
  const out: Record<string, number> = {};
  for (const kind of [...arcs.keys()].sort()) {
    const set = arcs.get(kind)!;
    let mutual = 0;
    for (const arc of set) {
      const [s, t] = arc.split('\u0000') as [string, string];
      if (set.has(`${t}\u0000${s}`)) mutual++;
    }
    out[kind] = mutual / set.size;
  }
  return out;
}

/**
 * The first half of {@link describeGraph}: the view, its indexed form and components, and whether
 * the exact path statistics are needed (`pathsNeeded`). Callers compute those with
 * `pathStatistics` (this thread) or `pathStatisticsParallel` (worker threads) and pass them to
 * {@link finishDescribe}.
 */
export interface DescribePlan {
  graph: EcoGraph;
  options: DescribeOptions;
  built: ReturnType<typeof buildView>;
  g: IndexedGraph;
  /** Component labels: strongly connected on a directed view, connected on an undirected one. */
  label: Int32Array;
  /** The largest of those components (−1 on an empty view). */
  core: number;
  /** Nodes of the largest component. */
  coreSize: number;
  /** Whether {@link finishDescribe} needs the exact path statistics of `core`. */
  pathsNeeded: boolean;
}

const sampledSources = (a: { epsilon: number; delta: number }): number => Math.ceil(Math.log(2 / a.delta) / (2 * a.epsilon ** 2));

/**
 * Builds the view of a describe run and decides which path statistics it needs.
 *
 * @param graph - the ecosystem graph
 * @param options - as {@link describeGraph}
 * @returns the plan for {@link finishDescribe}
 * @throws MetricError on approximation settings outside (0, 1)
 * @example
 * const plan = planDescribe(eco, {});
 * const result = finishDescribe(plan, plan.pathsNeeded ? pathStatistics(plan.g, plan.label, plan.core) : undefined);
 */
export function planDescribe(graph: EcoGraph, options: Partial<DescribeOptions> = {}): DescribePlan {
  const o = { ...DEFAULTS, ...options };
  if (o.approximate) {
    const { epsilon, delta } = o.approximate;
    if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1)) throw new MetricError('describe', `approximation needs 0 < ε < 1 and 0 < δ < 1, got ε ${epsilon}, δ ${delta}`);
  }
  const built = buildView(graph, {
    directed: o.directed,
    ...(o.edgeKinds ? { edgeKinds: o.edgeKinds } : {}),
    ...(o.nodeKinds ? { nodeKinds: o.nodeKinds } : {}),
  });
  const g = indexGraph(built.graph);
  const n = g.nodes.length;
  const strong = o.directed ? strongComponents(g) : weakComponents(g);
  const core = largestComponent(strong);
  const coreSize = core >= 0 ? strong.sizes[core]! : 0;
  // exact: the core's distances (two nodes or more) unless sampling draws fewer sources than it has, and betweenness (three nodes or more) unless sampled
  const sampling = o.approximate !== undefined && coreSize >= 2 && sampledSources(o.approximate) < coreSize;
  const pathsNeeded = (!sampling && coreSize >= 2) || (o.approximate === undefined && n >= 3);
  return { graph, options: o, built, g, label: strong.label, core, coreSize, pathsNeeded };
}

/**
 * Describes a view of an ecosystem graph (on this thread; `describeGraphParallel` in
 * `src/metrics/parallel/` splits the searches over worker threads with the same digits).
 *
 * @param graph - the ecosystem graph
 * @param options - the view (direction and kind filters), the grouping and partition attributes, and the seeds
 * @returns the view, the statistics, the groups and node-level E-I index (with `by`), and the notes
 * @example
 * const { statistics, notes } = describeGraph(eco, { by: 'sphere' });
 * statistics.eiIndex?.observed;
 * @see https://networkx.org/documentation/stable/reference/algorithms/index.html for the NetworkX definitions and https://cran.r-project.org/package=sna for sna::centralization
 */
export function describeGraph(graph: EcoGraph, options: Partial<DescribeOptions> = {}): DescribeResult {
  const plan = planDescribe(graph, options);
  return finishDescribe(plan, plan.pathsNeeded ? pathStatistics(plan.g, plan.label, plan.core) : undefined);
}

/**
 * The second half of {@link describeGraph}: every statistic, from the plan and (when
 * `plan.pathsNeeded`) the exact path statistics of its component.
 *
 * @param plan - from {@link planDescribe}
 * @param paths - `pathStatistics(plan.g, plan.label, plan.core)` or its worker-thread twin
 * @returns the description
 * @throws MetricError when the plan needs path statistics and none are given
 * @example
 * const result = finishDescribe(plan, await pathStatisticsParallel(plan.g, plan.label, plan.core));
 */
export function finishDescribe(plan: DescribePlan, paths: PathStatisticsTotals | undefined): DescribeResult {
  const { graph, options: o, built, g, core, coreSize } = plan;
  if (plan.pathsNeeded && !paths) throw new MetricError('describe', 'the exact path statistics were not computed');
  const view = built.graph;
  const n = g.nodes.length;
  const m = view.size;
  const notes: Record<string, string> = {};
  const edgeKinds = o.edgeKinds ? new Set(o.edgeKinds) : undefined;

  let sourceTies = 0;
  graph.forEachEdge((_e, attributes, source, target) => {
    if (edgeKinds && (attributes.kind === undefined || !edgeKinds.has(attributes.kind))) return;
    if (source !== target && view.hasNode(source) && view.hasNode(target)) sourceTies++;
  });

  const sizes = componentSizes(view);
  const strong = { label: plan.label };
  const componentWord = o.directed ? 'largest strongly connected component' : 'largest component';
  let averagePathLength: number | null = null;
  let diameter: number | null = null;
  let closeness: number | null = null;
  let approximation: DescribeApproximation | undefined;
  const sampled = o.approximate ? sampledSources(o.approximate) : 0;
  if (o.approximate) {
    const { epsilon, delta, seed } = o.approximate;
    approximation = { epsilon, delta, seed, sources: 0, averagePathLengthBound: null, diameter: null, betweennessCentralizationBound: null };
  }
  if (approximation && coreSize >= 2 && sampled < coreSize) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (strong.label[i] === core) members.push(i);
    const rng = createRng(approximation.seed);
    const distance = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let meanSum = 0;
    let atLeast = 0;
    let atMost = Infinity;
    for (let k = 0; k < sampled; k++) {
      const s = members[rng.int(members.length)]!;
      const out = searchFrom(g, strong.label, s, false, distance, queue);
      meanSum += out.sum / (coreSize - 1);
      atLeast = Math.max(atLeast, out.eccentricity);
      if (o.directed) {
        if (k === 0) atMost = out.eccentricity + searchFrom(g, strong.label, s, true, distance, queue).eccentricity;
      } else atMost = Math.min(atMost, 2 * out.eccentricity);
    }
    averagePathLength = meanSum / sampled;
    approximation.sources = sampled;
    approximation.averagePathLengthBound = approximation.epsilon * (atMost - 1);
    approximation.diameter = { atLeast, atMost };
    const scope = `on the ${componentWord} (${coreSize} of ${n} nodes), in hops`;
    notes.averagePathLength = `estimated from ${sampled} sampled sources ${scope}: within ${approximation.averagePathLengthBound.toPrecision(3)} with probability ≥ ${1 - approximation.delta}`;
    notes.diameter = `not computed when sampling: between ${atLeast} and ${atMost} (${scope})`;
    notes['centralization.closeness'] = 'needs the distances from every node: not computed when sampling';
  } else if (coreSize >= 2) {
    const size = coreSize;
    const sums = new Float64Array(size);
    let total = 0;
    let d = 0;
    for (let i = 0, k = 0; i < n; i++) {
      if (strong.label[i] !== core) continue;
      const sum = paths!.distanceSum[i]!;
      sums[k++] = sum;
      total += sum;
      if (paths!.eccentricity[i]! > d) d = paths!.eccentricity[i]!;
    }
    averagePathLength = total / (size * (size - 1));
    diameter = d;
    closeness = finite(closenessCentralization(sums, o.directed));
    const scope = `on the ${componentWord} (${size} of ${n} nodes), in hops`;
    notes.averagePathLength = scope;
    notes.diameter = scope;
    if (closeness === null) notes['centralization.closeness'] = `undefined on a ${componentWord} of ${size} nodes`;
    else notes['centralization.closeness'] = `on the ${componentWord} (${size} of ${n} nodes): sna gives every node closeness 0 on a graph that is not ${o.directed ? 'strongly ' : ''}connected`;
  } else {
    const reason = n === 0 ? 'the view has no nodes' : `the ${componentWord} has a single node`;
    notes.averagePathLength = reason;
    notes.diameter = reason;
    notes['centralization.closeness'] = reason;
  }

  const degrees = new Float64Array(n);
  for (let i = 0; i < n; i++) degrees[i] = g.outStart[i + 1]! - g.outStart[i]! + (o.directed ? g.inStart[i + 1]! - g.inStart[i]! : 0);
  const degree = finite(degreeCentralization(degrees, o.directed));
  let betweenness: number | null = null;
  if (n >= 3 && approximation) {
    const { values } = approximateBetweennessValues(g, { epsilon: approximation.epsilon, delta: approximation.delta, seed: approximation.seed });
    betweenness = finite(betweennessCentralization(values));
    approximation.betweennessCentralizationBound = (2 * approximation.epsilon * n) / (n - 1);
    notes['centralization.betweenness'] = `from sampled betweenness (every value within ${approximation.epsilon}): within ${approximation.betweennessCentralizationBound.toPrecision(3)} with probability ≥ ${1 - approximation.delta}`;
  } else if (n >= 3) {
    betweenness = finite(betweennessCentralization(scaleBetweenness(Float64Array.from(paths!.betweenness), g.directed, true)));
  }
  if (degree === null) notes['centralization.degree'] = 'undefined below three nodes';
  if (betweenness === null) notes['centralization.betweenness'] = 'undefined below three nodes';

  const degreeR = finite(degreeAssortativity(g));
  if (degreeR === null) notes.degreeAssortativity = m === 0 ? 'the view has no ties' : 'undefined: every tie joins nodes of the same degree (zero variance)';
  const transitivityValue = n === 0 ? null : transitivity(g);
  if (o.directed) notes.transitivity = 'on the undirected counterpart of the view (ties in either direction)';
  const clusteringValue = finite(averageClustering(g));
  if (clusteringValue === null) notes.averageClustering = 'the view has no nodes';
  if (transitivityValue === null) notes.transitivity = 'the view has no nodes';
  const cores = coreValues(g);
  // a loop, not Math.max(...cores): spreading a view of some 120 000 nodes or more overflows the call stack
  let maxCore: number | null = n === 0 ? null : 0;
  for (let i = 0; i < n; i++) if (cores[i]! > maxCore!) maxCore = cores[i]!;
  if (maxCore === null) notes.maxCore = 'the view has no nodes';

  const statistics: DescribeStatistics = {
    nodes: n,
    edges: m,
    sourceTies,
    density: density(n, m, o.directed),
    meanDegree: n === 0 ? null : o.directed ? m / n : (2 * m) / n,
    components: sizes.length,
    largestComponentShare: n === 0 ? null : sizes[0]! / n,
    reciprocity: reciprocityByKind(graph, view, edgeKinds, notes),
    transitivity: transitivityValue,
    averageClustering: clusteringValue,
    averagePathLength,
    diameter,
    centralization: { degree, betweenness, closeness },
    degreeAssortativity: degreeR,
    attributeAssortativity: null,
    eiIndex: null,
    maxCore,
    modularity: null,
    nmi: null,
    ari: null,
  };
  if (n === 0) {
    notes.meanDegree = 'the view has no nodes';
    notes.largestComponentShare = 'the view has no nodes';
  }

  let groups: EiGroup[] = [];
  let nodes: DescribeResult['nodes'] = [];
  if (o.by !== undefined) {
    const by = o.by;
    const values = g.nodes.map((id) => groupValue(graph.getNodeAttributes(id), by));
    const missing = values.filter((v) => v === undefined).length;
    if (missing === n) {
      notes.attributeAssortativity = `no node of the view has attribute "${by}"`;
      notes.eiIndex = notes.attributeAssortativity;
    } else {
      const r = finite(attributeAssortativity(g, values));
      statistics.attributeAssortativity = r;
      if (r === null) notes.attributeAssortativity = 'undefined: no ties between nodes with a value, or a single value on them';
      const ei = eiIndex(g, values, { draws: o.draws, seed: o.seed });
      statistics.eiIndex = { observed: ei.observed, expected: ei.expected, rescaled: ei.rescaled, permutation: ei.permutation };
      if (ei.observed === null) notes.eiIndex = 'no ties between nodes with a value';
      groups = ei.groups;
      nodes = g.nodes.map((id, i) => ({ id, group: values[i] ?? null, eiIndex: finite(ei.nodes[i]!) }));
      if (missing > 0) notes.by = `${missing} of ${n} nodes have no "${by}" and are left out of the attribute statistics, with their ties`;
    }
  } else {
    notes.attributeAssortativity = 'needs --by ATTR';
    notes.eiIndex = 'needs --by ATTR';
  }

  if (o.partition !== undefined) {
    const attribute = o.partition;
    const undirected = o.directed ? buildView(graph, { ...(o.edgeKinds ? { edgeKinds: o.edgeKinds } : {}), ...(o.nodeKinds ? { nodeKinds: o.nodeKinds } : {}) }).graph : view;
    const values = g.nodes.map((id) => groupValue(graph.getNodeAttributes(id), attribute));
    const codes = new Map<string, number>();
    const partition = new Map<string, number>();
    g.nodes.forEach((id, i) => {
      const v = values[i];
      // nodes without a value are singletons: they add no internal ties
      const key = v === undefined ? `\u0000${id}` : v;
      if (!codes.has(key)) codes.set(key, codes.size);
      partition.set(id, codes.get(key)!);
    });
    const withValue = g.nodes.filter((_id, i) => values[i] !== undefined);
    if (undirected.size === 0) {
      notes.modularity = 'the view has no ties';
      notes.nmi = notes.modularity;
      notes.ari = notes.modularity;
    } else if (withValue.length === 0) {
      notes.modularity = `no node of the view has attribute "${attribute}"`;
      notes.nmi = notes.modularity;
      notes.ari = notes.modularity;
    } else {
      statistics.modularity = finite(modularity(undirected, partition));
      const communities = louvain(undirected, { seed: o.louvainSeed }).community;
      const a = withValue.map((id) => values[g.index.get(id)!]!);
      const b = withValue.map((id) => communities.get(id)!);
      statistics.nmi = finite(normalizedMutualInformation(a, b));
      statistics.ari = finite(adjustedRandIndex(a, b));
      const scope = `Louvain communities of the undirected view (seed ${o.louvainSeed}) against "${attribute}", over the ${withValue.length} nodes with a value`;
      notes.nmi = scope;
      notes.ari = scope;
      if (withValue.length < n) notes.modularity = `${n - withValue.length} nodes without "${attribute}" each form a group of their own`;
      if (o.directed) notes.modularity = `${notes.modularity ? notes.modularity + '; ' : ''}on the undirected counterpart of the view`;
    }
  } else {
    notes.modularity = 'needs --partition ATTR';
    notes.nmi = notes.modularity;
    notes.ari = notes.modularity;
  }

  return { view: built.view, by: o.by ?? null, partition: o.partition ?? null, statistics, groups, nodes, notes, ...(approximation ? { approximation } : {}) };
}
