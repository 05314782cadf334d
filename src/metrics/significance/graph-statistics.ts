/**
 * The whole-graph statistics a conditional uniform graph test (`cug`) can compare against random
 * graphs, declared as data in one registry: id, definition, the reference it equals and the
 * function, on a {@link SimpleGraph}. Other graph statistics join by adding an entry.
 */
import { trianglesOfAdjacency } from '../structure/clustering.js';
import { dyadCount, tieCount, undirectedNeighbours, type SimpleGraph } from './simple-graph.js';

/** One whole-graph statistic. */
export interface GraphStatistic {
  id: string;
  title: string;
  /** The definition, in a sentence. */
  definition: string;
  /** Whether the statistic is defined on directed graphs too, or on undirected ones only. */
  directed: boolean;
  /** The peer implementation it equals. */
  reference: string;
  compute(g: SimpleGraph): number;
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
    id: 'degreeCentralization',
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
];

/**
 * The statistic with this id.
 *
 * @param id - a statistic id from {@link GRAPH_STATISTICS}
 * @returns the statistic, or undefined for an unknown id
 * @example
 * graphStatistic('density')!.compute(simpleGraph(3, [[0, 1]])); // 1/3
 */
export function graphStatistic(id: string): GraphStatistic | undefined {
  return GRAPH_STATISTICS.find((s) => s.id === id);
}
