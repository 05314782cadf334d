/**
 * The undirected neighbourhoods of a view: for every node the distinct nodes it is tied to in
 * either direction, as compressed lists. On an undirected view these are the view's own lists;
 * on a directed view a reciprocated pair appears once. Several whole-network statistics
 * (transitivity, components) read a directed view through them.
 */
import type { IndexedGraph } from '../indexed-graph.js';

/** Compressed neighbour lists: the neighbours of i are `targets[start[i] .. start[i+1])`, sorted. */
export interface NeighbourLists {
  start: Int32Array;
  targets: Int32Array;
}

/**
 * Distinct neighbours of every node, ignoring direction.
 *
 * @param g - an indexed view
 * @returns sorted neighbour lists
 * @example
 * const { start, targets } = undirectedNeighbours(indexGraph(view));
 */
export function undirectedNeighbours(g: IndexedGraph): NeighbourLists {
  const n = g.nodes.length;
  if (!g.directed) {
    const targets = new Int32Array(g.outTargets.length);
    for (let i = 0; i < n; i++) {
      const slice = g.outTargets.subarray(g.outStart[i]!, g.outStart[i + 1]!);
      targets.set(Int32Array.from(slice).sort(), g.outStart[i]!);
    }
    return { start: g.outStart, targets };
  }
  const start = new Int32Array(n + 1);
  const lists: Int32Array[] = [];
  const mark = new Int32Array(n).fill(-1);
  const buffer: number[] = [];
  for (let i = 0; i < n; i++) {
    buffer.length = 0;
    mark[i] = i; // no self-loops in a view, but never list i as its own neighbour
    for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) {
      const j = g.outTargets[e]!;
      if (mark[j] !== i) {
        mark[j] = i;
        buffer.push(j);
      }
    }
    for (let e = g.inStart[i]!; e < g.inStart[i + 1]!; e++) {
      const j = g.inSources[e]!;
      if (mark[j] !== i) {
        mark[j] = i;
        buffer.push(j);
      }
    }
    const list = Int32Array.from(buffer).sort();
    lists.push(list);
    start[i + 1] = start[i]! + list.length;
  }
  const targets = new Int32Array(start[n]!);
  lists.forEach((list, i) => targets.set(list, start[i]!));
  return { start, targets };
}
