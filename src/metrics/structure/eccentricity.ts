/**
 * Eccentricity: the largest number of hops from a node to another node of its component, as
 * NetworkX `nx.eccentricity` run on each connected component (undirected view) or strongly
 * connected component (directed view, out-distances) — NetworkX itself refuses a graph that is
 * not (strongly) connected. An isolated node has eccentricity 0. Weights are not read.
 */
import { indexGraph, toNodeMap, type IndexedGraph } from '../indexed-graph.js';
import type { ViewGraph } from '../view.js';
import { strongComponents } from './components.js';

export const DEFAULTS = {} as const;

/**
 * Eccentricity of every node on the indexed form (one breadth-first search per node).
 *
 * @param g - an indexed view
 * @returns eccentricity by node index
 * @example
 * eccentricityValues(indexGraph(view));
 */
export function eccentricityValues(g: IndexedGraph): Float64Array {
  const n = g.nodes.length;
  const { label } = strongComponents(g);
  const out = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    distance[s] = 0;
    let far = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const d = distance[v]!;
      if (d > far) far = d;
      for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) {
        const w = g.outTargets[e]!;
        if (distance[w] === -1 && label[w] === label[s]) {
          distance[w] = d + 1;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < tail; i++) distance[queue[i]!] = -1;
    out[s] = far;
  }
  return out;
}

/**
 * Eccentricity of every node of a view, within its (strongly) connected component.
 *
 * @param graph - a view from `buildView`
 * @returns eccentricity by node id
 * @example
 * eccentricity(buildView(eco).graph).get('kyoto-university');
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.distance_measures.eccentricity.html
 */
export function eccentricity(graph: ViewGraph): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, eccentricityValues(g));
}
