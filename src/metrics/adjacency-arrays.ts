/**
 * The typed-array part of an {@link IndexedGraph}, without node keys: what the path-based kernels
 * (betweenness, closeness, harmonic, sampling) read, and all a worker thread needs to receive.
 */
import type { IndexedGraph } from './indexed-graph.js';

export type AdjacencyArrays = Pick<
  IndexedGraph,
  'directed' | 'weighted' | 'outStart' | 'outTargets' | 'outDistance' | 'inStart' | 'inSources' | 'inDistance'
>;

/** Number of nodes of the arrays. */
export function nodeCount(g: AdjacencyArrays): number {
  return g.outStart.length - 1;
}
