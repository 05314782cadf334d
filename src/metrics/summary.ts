/**
 * The summary `ecograph info` prints: counts by kind, direction, connected components, density and
 * the range of years a graph covers.
 */
import type { AbstractGraph } from 'graphology-types';
import type { EcoGraph } from '../model/types.js';

export interface GraphSummary {
  nodes: { total: number; byKind: Record<string, number> };
  edges: { total: number; byKind: Record<string, number>; directed: number; undirected: number };
  /** Connected components, ignoring direction. */
  components: number;
  /**
   * Density of the simple undirected projection: linked node pairs / (n(n−1)/2); self-loops and
   * parallel ties are not counted twice. 0 for graphs with fewer than two nodes.
   */
  density: number;
  /** First and last year in founding, dissolution and tie years; null when the graph has none. */
  years: { first: number | null; last: number | null };
}

const UNTYPED = 'untyped';

function sortedCounts(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Density of a simple graph, as NetworkX `nx.density`: links / (n(n−1)/2) undirected, arcs /
 * (n(n−1)) directed; 0 below two nodes. `info`, `timeline` and `describe` all take it from here.
 *
 * @param nodes - n
 * @param links - linked pairs (undirected) or arcs (directed)
 * @param directed - whether links are arcs
 * @example
 * density(3, 3, false); // 1 (a triangle)
 */
export function density(nodes: number, links: number, directed: boolean): number {
  if (nodes < 2) return 0;
  return links / ((nodes * (nodes - 1)) / (directed ? 1 : 2));
}

/**
 * Sizes of the connected components ignoring direction (union–find), largest first. `info`,
 * `timeline` and `describe` all count components with it.
 *
 * @param graph - an ecosystem graph or a view
 * @returns one size per component; empty for an empty graph
 * @example
 * const [largest = 0] = componentSizes(graph);
 * largest / graph.order; // share of actors in the largest component
 */
export function componentSizes(graph: AbstractGraph): number[] {
  const index = new Map<string, number>();
  graph.forEachNode((n) => index.set(n, index.size));
  const parent = Int32Array.from({ length: index.size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  graph.forEachEdge((_e, _a, s, t) => {
    const a = find(index.get(s)!);
    const b = find(index.get(t)!);
    if (a !== b) parent[a] = b;
  });
  const sizes = new Map<number, number>();
  for (let i = 0; i < index.size; i++) {
    const r = find(i);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  return [...sizes.values()].sort((a, b) => b - a);
}

/** Connected components ignoring direction, by union–find. */
export function countComponents(graph: EcoGraph): number {
  return componentSizes(graph).length;
}

export function graphSummary(graph: EcoGraph): GraphSummary {
  const nodeKinds = new Map<string, number>();
  const edgeKinds = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  const year = (y: unknown) => {
    if (typeof y === 'number' && Number.isFinite(y)) {
      first = Math.min(first, y);
      last = Math.max(last, y);
    }
  };
  graph.forEachNode((_n, a) => {
    const k = a.kind ?? UNTYPED;
    nodeKinds.set(k, (nodeKinds.get(k) ?? 0) + 1);
    year(a.founded);
    year(a.dissolved);
  });
  const pairs = new Set<string>();
  graph.forEachEdge((_e, a, s, t) => {
    const k = a.kind ?? UNTYPED;
    edgeKinds.set(k, (edgeKinds.get(k) ?? 0) + 1);
    year(a.year);
    year(a.since);
    year(a.until);
    if (s !== t) pairs.add(s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`);
  });
  const n = graph.order;
  return {
    nodes: { total: n, byKind: sortedCounts(nodeKinds) },
    edges: { total: graph.size, byKind: sortedCounts(edgeKinds), directed: graph.directedSize, undirected: graph.undirectedSize },
    components: countComponents(graph),
    density: density(n, pairs.size, false),
    years: Number.isFinite(first) ? { first, last } : { first: null, last: null },
  };
}
