/**
 * The bare graph the significance tests draw and measure: n numbered nodes and a list of ties
 * (arcs on a directed graph; on an undirected one each edge once, smaller end first). Random
 * graphs are made in this form, thousands of times per run, without graphology objects.
 */
import type { AdjacencyArrays } from '../adjacency-arrays.js';
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
 * The same graph with its ties sorted by source, then target: the order every draw starts from, so
 * that a graph made from a view and one made from its adjacency arrays (in a worker thread) draw
 * the same random graphs.
 *
 * @param g - a simple graph
 * @returns a copy with sorted ties
 */
export function canonicalTies(g: SimpleGraph): SimpleGraph {
  const order = Array.from(g.sources, (_s, i) => i).sort((a, b) => g.sources[a]! - g.sources[b]! || g.targets[a]! - g.targets[b]!);
  return { n: g.n, directed: g.directed, sources: Int32Array.from(order, (i) => g.sources[i]!), targets: Int32Array.from(order, (i) => g.targets[i]!) };
}

/**
 * The simple graph of a view, with its node keys in the view's order and its ties in canonical
 * order ({@link canonicalTies}).
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
  return { graph: canonicalTies({ n: nodes.length, directed, sources, targets }), nodes };
}

/**
 * The adjacency arrays of a simple graph (what worker threads receive), unweighted.
 *
 * @param g - a simple graph
 * @returns compressed out- and in-lists (the same lists on an undirected graph)
 */
export function adjacencyOfSimpleGraph(g: SimpleGraph): AdjacencyArrays {
  const { n } = g;
  const m = g.sources.length;
  const build = (from: Int32Array, to: Int32Array, both: boolean) => {
    const start = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) {
      start[from[i]! + 1]!++;
      if (both) start[to[i]! + 1]!++;
    }
    for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, n);
    const targets = new Int32Array(start[n]!);
    for (let i = 0; i < m; i++) {
      targets[fill[from[i]!]!++] = to[i]!;
      if (both) targets[fill[to[i]!]!++] = from[i]!;
    }
    return { start, targets };
  };
  const out = build(g.sources, g.targets, !g.directed);
  const inn = g.directed ? build(g.targets, g.sources, false) : out;
  const empty = new Float64Array(0);
  return { directed: g.directed, weighted: false, outStart: out.start, outTargets: out.targets, outDistance: empty, inStart: inn.start, inSources: inn.targets, inDistance: empty };
}

/**
 * The simple graph of adjacency arrays (the inverse of {@link adjacencyOfSimpleGraph}), ties in
 * canonical order.
 *
 * @param g - adjacency arrays of a simple graph
 */
export function simpleGraphOfAdjacency(g: AdjacencyArrays): SimpleGraph {
  const n = g.outStart.length - 1;
  const sources: number[] = [];
  const targets: number[] = [];
  for (let v = 0; v < n; v++)
    for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) {
      const w = g.outTargets[k]!;
      if (g.directed || v < w) {
        sources.push(v);
        targets.push(w);
      }
    }
  return canonicalTies({ n, directed: g.directed, sources: Int32Array.from(sources), targets: Int32Array.from(targets) });
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
    for (const neighbour of sorted) flat.push(neighbour); // not push(...sorted): a hub of 120 000 neighbours or more would overflow the call stack
    start[v + 1] = flat.length;
  }
  return { start, neighbours: Int32Array.from(flat) };
}
