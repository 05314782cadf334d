/**
 * The whole-graph statistics a conditional uniform graph test (`cug`) can compare against random
 * graphs, declared as data in one registry: id, definition, the reference it equals and the
 * function, on a {@link SimpleGraph}. Every scalar statistic of `describe` is here, under the name
 * of its JSON field (`centralization.degree` for the nested ones), computed by the same functions
 * `describe` uses. The attribute statistics read the group of each node from the context: a null
 * model redraws ties between the same numbered nodes, so each node keeps its group.
 */
import { scaleBetweenness } from '../centrality/betweenness-accumulate.js';
import type { IndexedGraph } from '../indexed-graph.js';
import { pathStatistics } from '../paths/path-statistics.js';
import { attributeAssortativity, degreeAssortativity } from '../structure/assortativity.js';
import { betweennessCentralization, closenessCentralization } from '../structure/centralization.js';
import { trianglesOfAdjacency } from '../structure/clustering.js';
import { largestComponent, strongComponents, weakComponents } from '../structure/components.js';
import { coreValues } from '../structure/core.js';
import { eiIndex } from '../structure/ei-index.js';
import { adjacencyOfSimpleGraph, dyadCount, tieCount, undirectedNeighbours, type SimpleGraph } from './simple-graph.js';

/** What a statistic may read besides the graph: the group of each node (undefined: none). */
export interface StatisticContext {
  groups?: ReadonlyArray<string | undefined>;
}

/** One whole-graph statistic. */
export interface GraphStatistic {
  id: string;
  title: string;
  /** The definition, in a sentence. */
  definition: string;
  /** Whether the statistic is defined on directed graphs too, or on undirected ones only. */
  directed: boolean;
  /** Defined on directed graphs only (reciprocity). */
  directedOnly?: boolean;
  /** Needs the group of each node (`--by ATTR`). */
  needsGroups?: boolean;
  /** The peer implementation it equals. */
  reference: string;
  /** The value on a graph; NaN where it is undefined (e.g. no ties between grouped nodes). */
  compute(g: SimpleGraph, context?: StatisticContext): number;
}

/** Sizes of the weak components, largest first (union–find). */
export function weakComponentSizes(g: SimpleGraph): number[] {
  const parent = Int32Array.from({ length: g.n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let i = 0; i < g.sources.length; i++) {
    const a = find(g.sources[i]!);
    const b = find(g.targets[i]!);
    if (a !== b) parent[a] = b;
  }
  const sizes = new Map<number, number>();
  for (let v = 0; v < g.n; v++) {
    const r = find(v);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  return [...sizes.values()].sort((a, b) => b - a);
}

/** Triangles and degree per node, ignoring direction. */
function triangleCounts(g: SimpleGraph): { triangles: Float64Array; degree: Int32Array } {
  const { start, neighbours } = undirectedNeighbours(g);
  return trianglesOfAdjacency(g.n, start, neighbours);
}

/** Total degree of each node (in + out on a directed graph). */
function totalDegrees(g: SimpleGraph): Float64Array {
  const d = new Float64Array(g.n);
  for (let i = 0; i < g.sources.length; i++) {
    d[g.sources[i]!]!++;
    d[g.targets[i]!]!++;
  }
  return d;
}

/** The indexed form the structure functions read (node keys are the node numbers). */
function indexedOf(g: SimpleGraph): IndexedGraph {
  const a = adjacencyOfSimpleGraph(g);
  const ones = new Float64Array(0);
  return { ...a, nodes: Array.from({ length: g.n }, (_, i) => String(i)), index: new Map(), outStrength: ones, inStrength: ones };
}

/** Path statistics on the largest (strongly, when directed) connected component, as `describe`. */
function corePaths(g: SimpleGraph): { size: number; sums: Float64Array; total: number; diameter: number; betweenness: Float64Array } {
  const ig = indexedOf(g);
  const components = g.directed ? strongComponents(ig) : weakComponents(ig);
  const core = largestComponent(components);
  const size = core >= 0 ? components.sizes[core]! : 0;
  const paths = pathStatistics(ig, components.label, core);
  const sums = new Float64Array(size);
  let total = 0;
  let diameter = 0;
  for (let i = 0, k = 0; i < g.n; i++) {
    if (components.label[i] !== core) continue;
    sums[k++] = paths.distanceSum[i]!;
    total += paths.distanceSum[i]!;
    diameter = Math.max(diameter, paths.eccentricity[i]!);
  }
  return { size, sums, total, diameter, betweenness: paths.betweenness };
}

function groupsOf(context: StatisticContext | undefined, g: SimpleGraph): ReadonlyArray<string | undefined> {
  const groups = context?.groups;
  if (!groups || groups.length !== g.n) throw new Error('this statistic needs the group of every node (--by ATTR)');
  return groups;
}

/** The statistics `cug` can test, in the order `--help` lists them. */
export const GRAPH_STATISTICS: readonly GraphStatistic[] = [
  {
    id: 'density',
    title: 'Density',
    definition: 'ties / dyads: m / (n(n−1)/2) undirected, m / (n(n−1)) directed; 0 below two nodes',
    directed: true,
    reference: 'sna::gden, nx.density',
    compute: (g) => (g.n < 2 ? 0 : tieCount(g) / dyadCount(g.n, g.directed)),
  },
  {
    id: 'meanDegree',
    title: 'Mean degree',
    definition: '2m / n undirected; m / n directed (mean in-degree = mean out-degree)',
    directed: true,
    reference: 'mean(sna::degree(g, gmode="graph")) undirected, mean(sna::degree(g, cmode="outdegree")) directed',
    compute: (g) => (g.n === 0 ? 0 : ((g.directed ? 1 : 2) * tieCount(g)) / g.n),
  },
  {
    id: 'components',
    title: 'Weak components',
    definition: 'number of components ignoring direction (isolated nodes count one each)',
    directed: true,
    reference: 'sna::components(g, connected="weak"), nx.number_weakly_connected_components',
    compute: (g) => weakComponentSizes(g).length,
  },
  {
    id: 'largestComponentShare',
    title: 'Largest component share',
    definition: 'nodes in the largest weak component / n; 0 on an empty graph',
    directed: true,
    reference: 'max(sna::component.dist(g, connected="weak")$csize) / n',
    compute: (g) => (g.n === 0 ? 0 : weakComponentSizes(g)[0]! / g.n),
  },
  {
    id: 'transitivity',
    title: 'Transitivity',
    definition: '3 × triangles / connected triples (global clustering coefficient); 0 without triples; undirected views only',
    directed: false,
    reference: 'nx.transitivity, sna::gtrans(g, mode="graph")',
    compute: (g) => {
      const { triangles, degree } = triangleCounts(g);
      let t = 0;
      let triples = 0;
      for (let v = 0; v < g.n; v++) {
        t += triangles[v]!;
        triples += (degree[v]! * (degree[v]! - 1)) / 2;
      }
      return triples === 0 ? 0 : t / triples;
    },
  },
  {
    id: 'averageClustering',
    title: 'Average clustering',
    definition: 'mean over all nodes of triangles / (d(d−1)/2), nodes of degree < 2 counted as 0; undirected views only',
    directed: false,
    reference: 'nx.average_clustering (count_zeros=True)',
    compute: (g) => {
      if (g.n === 0) return 0;
      const { triangles, degree } = triangleCounts(g);
      let sum = 0;
      for (let v = 0; v < g.n; v++) {
        const d = degree[v]!;
        if (d >= 2) sum += triangles[v]! / ((d * (d - 1)) / 2);
      }
      return sum / g.n;
    },
  },
  {
    id: 'centralization.degree',
    title: 'Degree centralization',
    definition:
      'Freeman: Σ(max d − d_v) over the largest possible sum, (n−1)(n−2) undirected; on a directed graph d is total degree and the maximum 2(n−1)(n−2); 0 below three nodes',
    directed: true,
    reference: 'sna::centralization(g, degree, mode="graph") undirected, sna::centralization(g, degree, mode="digraph", cmode="freeman") directed',
    compute: (g) => {
      if (g.n < 3) return 0;
      const d = totalDegrees(g);
      let max = 0;
      for (const x of d) max = Math.max(max, x);
      let sum = 0;
      for (const x of d) sum += max - x;
      return sum / ((g.directed ? 2 : 1) * (g.n - 1) * (g.n - 2));
    },
  },
  {
    id: 'centralization.betweenness',
    title: 'Betweenness centralization',
    definition: 'Freeman: Σ(max b − b_v) / (n−1) over NetworkX-normalised betweenness (undirected or directed paths); undefined below three nodes',
    directed: true,
    reference: 'sna::centralization(g, betweenness, mode="graph"|"digraph")',
    compute: (g) => (g.n < 3 ? NaN : betweennessCentralization(scaleBetweenness(corePaths(g).betweenness, g.directed, true))),
  },
  {
    id: 'centralization.closeness',
    title: 'Closeness centralization',
    definition: 'Freeman, sna closeness (n−1)/Σd on the largest (strongly) connected component; undefined below two nodes there',
    directed: true,
    reference: 'sna::centralization(g, closeness, mode="graph"|"digraph") on the largest component',
    compute: (g) => {
      const p = corePaths(g);
      return p.size < 2 ? NaN : closenessCentralization(p.sums, g.directed);
    },
  },
  {
    id: 'reciprocity',
    title: 'Reciprocity',
    definition: 'share of arcs whose reverse arc exists (all arcs of the view; --edge-kinds picks one kind); directed views only; undefined without arcs',
    directed: true,
    directedOnly: true,
    reference: 'nx.reciprocity, sna::grecip(g, measure="edgewise")',
    compute: (g) => {
      const m = g.sources.length;
      if (m === 0) return NaN;
      const arcs = new Set<number>();
      for (let i = 0; i < m; i++) arcs.add(g.sources[i]! * g.n + g.targets[i]!);
      let mutual = 0;
      for (let i = 0; i < m; i++) if (arcs.has(g.targets[i]! * g.n + g.sources[i]!)) mutual++;
      return mutual / m;
    },
  },
  {
    id: 'averagePathLength',
    title: 'Average shortest-path length',
    definition: 'mean hops over ordered pairs of the largest (strongly) connected component; undefined below two nodes there',
    directed: true,
    reference: 'nx.average_shortest_path_length on the largest component; mean of sna::geodist off the diagonal there',
    compute: (g) => {
      const p = corePaths(g);
      return p.size < 2 ? NaN : p.total / (p.size * (p.size - 1));
    },
  },
  {
    id: 'diameter',
    title: 'Diameter',
    definition: 'largest hop distance in the largest (strongly) connected component; undefined below two nodes there',
    directed: true,
    reference: 'nx.diameter on the largest component; max of sna::geodist there',
    compute: (g) => {
      const p = corePaths(g);
      return p.size < 2 ? NaN : p.diameter;
    },
  },
  {
    id: 'degreeAssortativity',
    title: 'Degree assortativity',
    definition: 'Pearson correlation of the degrees at the two ends of each tie (out-degree of the source, in-degree of the target when directed); undefined without variance',
    directed: true,
    reference: 'nx.degree_assortativity_coefficient, igraph assortativity_degree',
    compute: (g) => degreeAssortativity(indexedOf(g)),
  },
  {
    id: 'attributeAssortativity',
    title: 'Attribute assortativity',
    definition: 'Newman assortativity of the --by groups over ties between nodes with a group; undefined with one group or no such tie',
    directed: true,
    needsGroups: true,
    reference: 'nx.attribute_assortativity_coefficient',
    compute: (g, context) => attributeAssortativity(indexedOf(g), groupsOf(context, g)),
  },
  {
    id: 'eiIndex',
    title: 'E-I index',
    definition: 'Krackhardt–Stern (E − I)/(E + I) over ties between nodes with a --by group; undefined without such ties',
    directed: true,
    needsGroups: true,
    reference: 'Krackhardt & Stern (1988), UCINET E-I index (observed)',
    compute: (g, context) => eiIndex(indexedOf(g), groupsOf(context, g), { draws: 0 }).observed ?? NaN,
  },
  {
    id: 'maxCore',
    title: 'Maximum k-core',
    definition: 'largest core number (in + out degree when directed); 0 on an empty graph',
    directed: true,
    reference: 'max(nx.core_number), max(sna::kcores(g, mode="graph"|"digraph", cmode="freeman"))',
    compute: (g) => {
      if (g.n === 0) return 0;
      let max = 0;
      for (const c of coreValues(indexedOf(g))) if (c > max) max = c;
      return max;
    },
  },
];

/**
 * The statistic with this id.
 *
 * @param id - a statistic id from {@link GRAPH_STATISTICS} (`degreeCentralization`, its former name, is still accepted)
 * @returns the statistic, or undefined for an unknown id
 * @example
 * graphStatistic('density')!.compute(simpleGraph(3, [[0, 1]])); // 1/3
 */
export function graphStatistic(id: string): GraphStatistic | undefined {
  const name = id === 'degreeCentralization' ? 'centralization.degree' : id;
  return GRAPH_STATISTICS.find((s) => s.id === name);
}
