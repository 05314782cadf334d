/**
 * A numbered form of the opened graph's structure for the explorer's per-change work: nodes and
 * ties numbered in the graph's own iteration order, each tie's two ends, every node's degree and
 * an adjacency list (compressed rows, each tie listed at both ends). Sigma's reducers, the filters
 * and the label placer read typed arrays instead of looking names up again and again.
 *
 * One index a graph, built on first use and rebuilt after any node or tie is added or dropped (the
 * graph's own events mark it stale); attribute changes do not change it.
 */
import type { EcoGraph } from '../../src/model/types.js';

/** The numbered structure of a graph at one moment. */
export interface GraphIndex {
  /** Node keys by number, in the graph's iteration order. */
  readonly nodes: readonly string[];
  /** Node number by key. */
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Tie keys by number, in the graph's iteration order. */
  readonly edges: readonly string[];
  /** Tie number by key. */
  readonly edgeIndex: ReadonlyMap<string, number>;
  /** Each tie's source and target node number. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** `graph.degree(node)` by node number. */
  readonly degree: Int32Array;
  /** Adjacency: the ties at node `i` are `adjacentEdge[adjacencyStart[i] .. adjacencyStart[i + 1])`, the node at their other end `adjacentNode[…]`. */
  readonly adjacencyStart: Int32Array;
  readonly adjacentNode: Int32Array;
  readonly adjacentEdge: Int32Array;
}

/** Builds the index of a graph as it is now. */
export function buildGraphIndex(graph: EcoGraph): GraphIndex {
  const nodes = graph.nodes();
  const nodeIndex = new Map<string, number>();
  nodes.forEach((n, i) => nodeIndex.set(n, i));
  // filled by push: `new Array(n)` of 100,000 or more is a slow dictionary in V8
  const edges: string[] = [];
  const edgeIndex = new Map<string, number>();
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  const count = new Int32Array(nodes.length + 1);
  let e = 0;
  graph.forEachEdge((edge, _a, s, t) => {
    const si = nodeIndex.get(s)!;
    const ti = nodeIndex.get(t)!;
    edges.push(edge);
    edgeIndex.set(edge, e);
    source[e] = si;
    target[e] = ti;
    count[si + 1]!++;
    if (ti !== si) count[ti + 1]!++;
    e++;
  });
  const adjacencyStart = new Int32Array(nodes.length + 1);
  for (let i = 0; i < nodes.length; i++) adjacencyStart[i + 1] = adjacencyStart[i]! + count[i + 1]!;
  const fill = adjacencyStart.slice(0, nodes.length);
  const adjacentNode = new Int32Array(adjacencyStart[nodes.length]!);
  const adjacentEdge = new Int32Array(adjacencyStart[nodes.length]!);
  for (let k = 0; k < e; k++) {
    const s = source[k]!;
    const t = target[k]!;
    adjacentNode[fill[s]!] = t;
    adjacentEdge[fill[s]!++] = k;
    if (t !== s) {
      adjacentNode[fill[t]!] = s;
      adjacentEdge[fill[t]!++] = k;
    }
  }
  const degree = new Int32Array(nodes.length);
  nodes.forEach((n, i) => (degree[i] = graph.degree(n)));
  return { nodes, nodeIndex, edges, edgeIndex, source, target, degree, adjacencyStart, adjacentNode, adjacentEdge };
}

interface Cached {
  index: GraphIndex | null;
  /** Bumped each time the structure changes. */
  version: number;
}

const cache = new WeakMap<EcoGraph, Cached>();
const STRUCTURE_EVENTS = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const;

function entry(graph: EcoGraph): Cached {
  let c = cache.get(graph);
  if (!c) {
    const created: Cached = { index: null, version: 0 };
    const stale = () => {
      created.index = null;
      created.version++;
    };
    for (const event of STRUCTURE_EVENTS) graph.on(event, stale);
    cache.set(graph, created);
    c = created;
  }
  return c;
}

/**
 * The graph's index, built on first use and kept until a node or tie is added or dropped.
 *
 * @example graphIndex(graph).degree[graphIndex(graph).nodeIndex.get('kyoto-university')!]
 */
export function graphIndex(graph: EcoGraph): GraphIndex {
  const c = entry(graph);
  c.index ??= buildGraphIndex(graph);
  return c.index;
}

/** A number that changes whenever the graph's structure does (to tell whether data derived from an index is current). */
export function structureVersion(graph: EcoGraph): number {
  return entry(graph).version;
}
