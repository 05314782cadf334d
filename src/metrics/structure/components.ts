/**
 * Component labels of a view: weakly connected components (direction ignored) and strongly
 * connected components (Tarjan's algorithm, iterative). The count and the largest share that
 * `describe` reports come from `componentSizes` in `summary.ts`, the definition `info` and
 * `timeline` use; these labels say which nodes form the largest component.
 */
import type { IndexedGraph } from '../indexed-graph.js';
import { undirectedNeighbours } from './neighbours.js';

export const DEFAULTS = {} as const;

/** A node's component, numbered from 0, and the size of each component. */
export interface ComponentLabels {
  label: Int32Array;
  sizes: number[];
}

/**
 * Weakly connected components by breadth-first search, numbered in order of their first node.
 *
 * @param g - an indexed view
 * @example
 * const { label, sizes } = weakComponents(indexGraph(view));
 */
export function weakComponents(g: IndexedGraph): ComponentLabels {
  const n = g.nodes.length;
  const { start, targets } = undirectedNeighbours(g);
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    label[s] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = targets[e]!;
        if (label[w] === -1) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { label, sizes };
}

/**
 * Strongly connected components (Tarjan 1972, without recursion); on an undirected view the
 * connected components.
 *
 * @param g - an indexed view
 * @example
 * const { label, sizes } = strongComponents(indexGraph(view));
 * @see Tarjan, R. (1972) Depth-first search and linear graph algorithms, SIAM J. Comput. 1(2)
 */
export function strongComponents(g: IndexedGraph): ComponentLabels {
  if (!g.directed) return weakComponents(g);
  const n = g.nodes.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const label = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = g.outStart[root]!;
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < g.outStart[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = g.outTargets[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = g.outStart[w]!;
        } else if (onStack[w] && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      if (low[v] === index[v]) {
        const c = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          label[w] = c;
          size++;
        } while (w !== v);
        sizes.push(size);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return { label, sizes };
}

/**
 * The label of the largest component (the first of equal size), or -1 when there is none.
 *
 * @param components - labels and sizes
 * @example
 * const c = largestComponent(weakComponents(g));
 */
export function largestComponent(components: ComponentLabels): number {
  let best = -1;
  components.sizes.forEach((size, c) => {
    if (best === -1 || size > components.sizes[best]!) best = c;
  });
  return best;
}
