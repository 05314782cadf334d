/** Small view graphs for the structural-holes tests, built directly (no ecosystem, no view rules). */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { ViewGraph } from '../../../src/metrics/view.js';

/** A view graph of the given ties ([source, target, strength]); isolated nodes listed apart. */
export function viewOf(ties: [string, string, number?][], options: { weighted?: boolean; directed?: boolean; isolated?: string[] } = {}): ViewGraph {
  const g: ViewGraph = options.directed ? new DirectedGraph() : new UndirectedGraph();
  g.replaceAttributes({ weighted: options.weighted ?? false });
  for (const [s, t, strength = 1] of ties) {
    g.mergeNode(s);
    g.mergeNode(t);
    g.addEdge(s, t, { weight: strength, strength, distance: 1 / strength });
  }
  for (const id of options.isolated ?? []) g.addNode(id);
  return g;
}

/** Triangle a-b-c with d hanging from c, and z alone. */
export const TRIANGLE_WITH_TAIL: [string, string][] = [['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']];

/** The same shape with strengths: a-c 3, c-d 2, the others 1. */
export const WEIGHTED_TRIANGLE_WITH_TAIL: [string, string, number][] = [['a', 'b', 1], ['a', 'c', 3], ['b', 'c', 1], ['c', 'd', 2]];
