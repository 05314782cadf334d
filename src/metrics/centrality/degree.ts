/**
 * Degree: the number of distinct neighbours of a node in the view (on a directed view, nodes
 * linked in either direction, a reciprocated pair counting once). Parallel ties and self-loops are
 * already merged or dropped by the view. Reference: `len(set(nx.all_neighbors(G, v)))`.
 */
import { indexGraph, toNodeMap, type IndexedGraph } from '../indexed-graph.js';
import type { ViewGraph } from '../view.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type CentralityAssignOptions } from '../assign.js';

export const DEFAULTS = {} as const;

/**
 * Number of neighbours of every node of a view.
 *
 * @param graph - a view from `buildView`
 * @returns degree by node id
 * @example
 * degreeCentrality(buildView(eco).graph).get('kyoto-university');
 * @see https://networkx.org/documentation/stable/reference/functions.html#networkx.classes.function.all_neighbors
 */
export function degreeCentrality(graph: ViewGraph): Map<string, number> {
  const g = indexGraph(graph);
  return toNodeMap(g, degreeValues(g));
}

/**
 * Degree of every node of a view, written to a node attribute (graphology's `assign` convention;
 * see `src/metrics/assign.ts` for attribute names and `target`). The value is the count of
 * distinct neighbours, as {@link degreeCentrality} returns it.
 *
 * @param graph - a view from `buildView`
 * @param options - attribute name (default `degree`) and target graph (default: the view)
 * @throws MetricError if a node of the view is not in the target graph
 * @example
 * const { graph: view } = buildView(eco);
 * degreeCentrality.assign(view, { target: eco });
 * eco.getNodeAttribute('kyoto-university', 'degree');
 */
degreeCentrality.assign = function assignDegreeCentrality(graph: ViewGraph, options: CentralityAssignOptions = {}): void {
  writeNodeValues(graph, options.target, [[options.nodeCentralityAttribute ?? ASSIGN_ATTRIBUTES.degree, degreeCentrality(graph)]]);
};

/**
 * Degree on the indexed form (what {@link degreeCentrality} and the compact CLI path call).
 *
 * @param g - the indexed view
 * @returns distinct neighbours by node index
 * @example
 * const values = degreeValues(indexGraph(view));
 */
export function degreeValues(g: IndexedGraph): Float64Array {
  const n = g.nodes.length;
  const out = new Float64Array(n);
  if (!g.directed) {
    for (let i = 0; i < n; i++) out[i] = g.outStart[i + 1]! - g.outStart[i]!;
    return out;
  }
  const mark = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let e = g.outStart[i]!; e < g.outStart[i + 1]!; e++) {
      const j = g.outTargets[e]!;
      if (mark[j] !== i) {
        mark[j] = i;
        count++;
      }
    }
    for (let e = g.inStart[i]!; e < g.inStart[i + 1]!; e++) {
      const j = g.inSources[e]!;
      if (mark[j] !== i) {
        mark[j] = i;
        count++;
      }
    }
    out[i] = count;
  }
  return out;
}
