/**
 * The spin-off DAG: the `spinoff` edges of an ecosystem graph (parent organisation → child firm) as
 * compact integer adjacency lists, and the linear-time walks every lineage metric is built on.
 *
 * Browser-safe: no Node imports.
 */
import { findSpinoffCycles } from '../../model/spinoff-cycles.js';
import type { Confidence } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';

/**
 * The spin-off ties of a graph as a DAG over node indices.
 *
 * Parallel spin-off edges between the same two nodes are one link here (a firm is spun off by a
 * parent once); the strongest `confidence` among them is kept (`sourced` > `illustrative` >
 * `inferred` > none).
 */
export interface SpinoffDag {
  /** Node ids, by index (every node of the graph, in graph order). */
  ids: string[];
  /** Index of each node id. */
  index: Map<string, number>;
  /** Distinct spin-off children of each node. */
  children: number[][];
  /** Distinct spin-off parents of each node. */
  parents: number[][];
  /**
   * Confidence of each parent link, aligned with `parents`: `parentConfidence[v][k]` is that of
   * `parents[v][k] → v`; null when no edge says.
   */
  parentConfidence: (Confidence | null)[][];
}

/** Raised when the spin-off ties of a graph contain a cycle; the message names the cycle. */
export class SpinoffCycleError extends Error {
  /** The nodes of the first cycle found, in order (the first node closes it). */
  readonly cycle: string[];
  constructor(cycle: string[], count: number) {
    super(
      `spin-off ties form a cycle: ${[...cycle, cycle[0]].join(' → ')}` +
        (count > 1 ? ` (and ${count - 1} more cycle${count > 2 ? 's' : ''})` : '') +
        '; lineage needs an acyclic spin-off graph',
    );
    this.name = 'SpinoffCycleError';
    this.cycle = cycle;
  }
}

/** The shared (never written) list of nodes without spin-off ties. */
const NO_LINKS: number[] = [];
const NO_CONFIDENCES: (Confidence | null)[] = [];

const CONFIDENCE_RANK: Record<Confidence, number> = { sourced: 3, illustrative: 2, inferred: 1 };

/**
 * Builds the spin-off DAG of a graph in O(n + m), refusing graphs whose spin-off ties loop.
 *
 * @param graph - an ecosystem graph; only directed edges of kind `spinoff` are read
 * @returns the DAG over all nodes of the graph
 * @throws {@link SpinoffCycleError} naming a cycle, when the spin-off ties are not acyclic
 * @example
 * const dag = buildSpinoffDag(graph);
 * dag.children[dag.index.get('yamaha-motor')!]!.map((c) => dag.ids[c]);
 * @see `findSpinoffCycles` in `src/model/spinoff-cycles.ts`, which names the cycle
 */
export function buildSpinoffDag(graph: EcoGraph): SpinoffDag {
  const ids: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id) => {
    index.set(id, ids.length);
    ids.push(id);
  });
  const n = ids.length;
  // Collect the spin-off ties flat, bucket them by parent (counting sort), then merge parallel
  // ties with a stamp array. Nodes without ties share one empty list, so graphs where few nodes
  // have spin-offs allocate little.
  const tieSource: number[] = [];
  const tieTarget: number[] = [];
  const tieConfidence: (Confidence | null)[] = [];
  let selfLoop = false;
  graph.forEachDirectedEdge((_edge, attrs, source, target) => {
    if (attrs.kind !== 'spinoff') return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (s === t) selfLoop = true;
    tieSource.push(s);
    tieTarget.push(t);
    const c = attrs.confidence;
    tieConfidence.push(c !== undefined && CONFIDENCE_RANK[c] !== undefined ? c : null);
  });
  const m = tieSource.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[tieSource[e]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const byParent = new Int32Array(m);
  for (let e = 0; e < m; e++) byParent[fill[tieSource[e]!]!++] = e;

  const children: number[][] = new Array<number[]>(n).fill(NO_LINKS);
  const parents: number[][] = new Array<number[]>(n).fill(NO_LINKS);
  const parentConfidence: (Confidence | null)[][] = new Array<(Confidence | null)[]>(n).fill(NO_CONFIDENCES);
  const stamp = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    for (let i = start[v]!; i < start[v + 1]!; i++) {
      const e = byParent[i]!;
      const c = tieTarget[e]!;
      const conf = tieConfidence[e]!;
      if (stamp[c] !== v) {
        stamp[c] = v;
        if (children[v] === NO_LINKS) children[v] = [];
        if (parents[c] === NO_LINKS) {
          parents[c] = [];
          parentConfidence[c] = [];
        }
        slot[c] = parents[c]!.length;
        children[v]!.push(c);
        parents[c]!.push(v);
        parentConfidence[c]!.push(conf);
      } else if (conf !== null) {
        const before = parentConfidence[c]![slot[c]!]!;
        if (before === null || CONFIDENCE_RANK[conf] > CONFIDENCE_RANK[before]) parentConfidence[c]![slot[c]!] = conf;
      }
    }
  }
  const dag: SpinoffDag = { ids, index, children, parents, parentConfidence };
  if (selfLoop || topologicalOrder(dag).length < n) {
    const cycles = findSpinoffCycles(graph);
    throw new SpinoffCycleError(cycles[0]?.nodes ?? [], cycles.length);
  }
  return dag;
}

/**
 * A topological order of the whole DAG (Kahn's algorithm, O(n + m)). Shorter than the node count
 * when the links contain a cycle.
 */
export function topologicalOrder(dag: Pick<SpinoffDag, 'children' | 'parents'>): number[] {
  const n = dag.children.length;
  const indegree = new Int32Array(n);
  for (let v = 0; v < n; v++) indegree[v] = dag.parents[v]!.length;
  const order: number[] = [];
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order.push(v);
  for (let i = 0; i < order.length; i++) {
    for (const c of dag.children[order[i]!]!) {
      indegree[c]!--;
      if (indegree[c] === 0) order.push(c);
    }
  }
  return order;
}

/** Index of a node id in the DAG; throws a plain error naming the id when the graph lacks it. */
export function requireNode(dag: SpinoffDag, id: string): number {
  const i = dag.index.get(id);
  if (i === undefined) throw new Error(`no node "${id}" in the graph`);
  return i;
}

/**
 * Nodes with spin-off children and no spin-off parent: the roots of the spin-off trees, in graph
 * order.
 */
export function lineageRoots(dag: SpinoffDag): number[] {
  const roots: number[] = [];
  for (let v = 0; v < dag.ids.length; v++) if (dag.children[v]!.length > 0 && dag.parents[v]!.length === 0) roots.push(v);
  return roots;
}

/** The part of the DAG below one root. */
export interface RootedSubDag {
  root: number;
  /** The root and every node reachable from it, in a topological order (the root first). */
  order: number[];
  /**
   * Generation of each node of `order` (same positions): the length of the longest spin-off path
   * from the root to it. The root is generation 0.
   */
  generation: Int32Array;
  /** Position of each member node in `order`. */
  position: Map<number, number>;
}

/**
 * The root's descendants in topological order with their generations (longest path from the root,
 * by dynamic programming over the order). O(size of the sub-DAG): an iterative depth-first search
 * gives a reverse post-order, then one pass relaxes each link once.
 *
 * @param dag - the spin-off DAG
 * @param root - index of the root node
 * @example
 * const sub = rootedSubDag(dag, dag.index.get('yamaha-motor')!);
 * Math.max(...sub.generation); // depth of the tree
 * @see Cormen et al., Introduction to Algorithms, §22.4 (topological sort) and §24.2 (paths in DAGs)
 */
export function rootedSubDag(dag: SpinoffDag, root: number): RootedSubDag {
  const visited = new Set<number>([root]);
  const postorder: number[] = [];
  const stack: number[] = [root];
  const next: number[] = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const v = stack[top]!;
    const kids = dag.children[v]!;
    const i = next[top]!;
    if (i < kids.length) {
      next[top] = i + 1;
      const c = kids[i]!;
      if (!visited.has(c)) {
        visited.add(c);
        stack.push(c);
        next.push(0);
      }
      continue;
    }
    stack.pop();
    next.pop();
    postorder.push(v);
  }
  const order = postorder.reverse();
  const position = new Map<number, number>();
  for (let i = 0; i < order.length; i++) position.set(order[i]!, i);
  const generation = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const g = generation[i]! + 1;
    for (const c of dag.children[order[i]!]!) {
      const p = position.get(c)!;
      if (generation[p]! < g) generation[p] = g;
    }
  }
  return { root, order, generation, position };
}
