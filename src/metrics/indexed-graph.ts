/**
 * A compact, array-based copy of a view graph (compressed adjacency lists), which the measures
 * iterate over instead of graphology's per-node objects: the same algorithms, several times faster
 * on 10k-node graphs.
 */
import type { ViewGraph } from './view.js';

export interface IndexedGraph {
  directed: boolean;
  weighted: boolean;
  /** Node keys by index, in the view's node order. */
  nodes: string[];
  index: Map<string, number>;
  /** Out-neighbours of node i (all neighbours when undirected): targets[start[i] .. start[i+1]). */
  outStart: Int32Array;
  outTargets: Int32Array;
  /** Strength and distance of each arc (read only: an unweighted graph may hold one array of ones for both, and for the in-lists). */
  outStrength: Float64Array;
  outDistance: Float64Array;
  /** In-neighbours (the same arrays as the out-lists when undirected). */
  inStart: Int32Array;
  inSources: Int32Array;
  inStrength: Float64Array;
  inDistance: Float64Array;
}

const cache = new WeakMap<ViewGraph, IndexedGraph>();

/**
 * The indexed form of a view graph (computed once per graph and cached).
 *
 * @param graph - a view from {@link buildView}
 * @returns compressed adjacency lists with strengths and distances
 * @example
 * const g = indexGraph(buildView(eco).graph);
 */
export function indexGraph(graph: ViewGraph): IndexedGraph {
  const cached = cache.get(graph);
  if (cached) return cached;
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const directed = graph.type === 'directed';
  const arcs = directed ? graph.size : 2 * graph.size;
  const outDeg = new Int32Array(n);
  const inDeg = new Int32Array(n);
  const ends: Array<[number, number, number, number]> = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    ends.push([s, t, attributes.strength, attributes.distance]);
    outDeg[s]!++;
    inDeg[t]!++;
    if (!directed) {
      outDeg[t]!++;
      inDeg[s]!++;
    }
  });
  const build = (degrees: Int32Array) => {
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degrees[i]!;
    return start;
  };
  const outStart = build(outDeg);
  const inStart = build(inDeg);
  const outTargets = new Int32Array(arcs);
  const outStrength = new Float64Array(arcs);
  const outDistance = new Float64Array(arcs);
  const inSources = new Int32Array(arcs);
  const inStrength = new Float64Array(arcs);
  const inDistance = new Float64Array(arcs);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  const put = (s: number, t: number, strength: number, distance: number) => {
    const o = outFill[s]!++;
    outTargets[o] = t;
    outStrength[o] = strength;
    outDistance[o] = distance;
    const p = inFill[t]!++;
    inSources[p] = s;
    inStrength[p] = strength;
    inDistance[p] = distance;
  };
  for (const [s, t, strength, distance] of ends) {
    put(s, t, strength, distance);
    if (!directed) put(t, s, strength, distance);
  }
  const indexed: IndexedGraph = {
    directed,
    weighted: graph.getAttribute('weighted') === true,
    nodes,
    index,
    outStart,
    outTargets,
    outStrength,
    outDistance,
    inStart,
    inSources,
    inStrength,
    inDistance,
  };
  cache.set(graph, indexed);
  return indexed;
}

/** Turns per-index values into a map keyed by node. */
export function toNodeMap(g: IndexedGraph, values: ArrayLike<number>): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < g.nodes.length; i++) out.set(g.nodes[i]!, values[i]!);
  return out;
}
