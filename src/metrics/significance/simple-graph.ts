/**
 * The bare graph the significance tests draw and measure: n numbered nodes and a list of ties
 * (arcs on a directed graph; on an undirected one each edge once, smaller end first). Random
 * graphs are made in this form, thousands of times per run, without graphology objects.
 */
import type { ViewGraph } from '../view.js';

/** A simple graph on nodes 0 … n − 1: no loops, no parallel ties. */
export interface SimpleGraph {
  n: number;
  directed: boolean;
  /** Tie i runs from sources[i] to targets[i] (undirected: sources[i] < targets[i]). */
  sources: Int32Array;
  targets: Int32Array;
}

/**
 * The simple graph of a view, with its node keys in the view's order.
 *
 * @param view - a view from `buildView` (simple by construction)
 * @returns the graph and the key of each node number
 * @example
 * const { graph, nodes } = simpleGraphOfView(buildView(eco).graph);
 */
export function simpleGraphOfView(view: ViewGraph): { graph: SimpleGraph; nodes: string[] } {
  const nodes = view.nodes();
  const index = new Map<string, number>();
  nodes.forEach((key, i) => index.set(key, i));
  const directed = view.type === 'directed';
  const sources = new Int32Array(view.size);
  const targets = new Int32Array(view.size);
  let k = 0;
  view.forEachEdge((_e, _a, source, target) => {
    let s = index.get(source)!;
    let t = index.get(target)!;
    if (!directed && s > t) [s, t] = [t, s];
    sources[k] = s;
    targets[k] = t;
    k++;
  });
  return { graph: { n: nodes.length, directed, sources, targets }, nodes };
}

/**
 * A simple graph from a list of ties (for tests and tiny examples).
 *
 * @param n - number of nodes
 * @param ties - [source, target] pairs
 * @param directed - whether the ties are arcs
 * @example
 * const path = simpleGraph(3, [[0, 1], [1, 2]]);
 */
export function simpleGraph(n: number, ties: readonly (readonly [number, number])[], directed = false): SimpleGraph {
  const sources = new Int32Array(ties.length);
  const targets = new Int32Array(ties.length);
  ties.forEach(([s, t], i) => {
    sources[i] = directed ? s : Math.min(s, t);
    targets[i] = directed ? t : Math.max(s, t);
  });
  return { n, directed, sources, targets };
}

/** Number of ties of a simple graph. */
export const tieCount = (g: SimpleGraph): number => g.sources.length;

/** Number of dyads that can hold a tie: n(n − 1)/2 undirected, n(n − 1) directed. */
export function dyadCount(n: number, directed: boolean): number {
  return directed ? n * (n - 1) : (n * (n - 1)) / 2;
}

/**
 * Neighbour lists ignoring direction (each neighbour once), in compressed form.
 *
 * @param g - a simple graph
 * @returns start offsets (length n + 1) and the neighbours, sorted within each node
 */
export function undirectedNeighbours(g: SimpleGraph): { start: Int32Array; neighbours: Int32Array } {
  const { n } = g;
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < g.sources.length; i++) {
    lists[g.sources[i]!]!.push(g.targets[i]!);
    lists[g.targets[i]!]!.push(g.sources[i]!);
  }
  const start = new Int32Array(n + 1);
  const flat: number[] = [];
  for (let v = 0; v < n; v++) {
    const sorted = [...new Set(lists[v]!)].sort((a, b) => a - b);
    flat.push(...sorted);
    start[v + 1] = flat.length;
  }
  return { start, neighbours: Int32Array.from(flat) };
}
