/**
 * Running several registered centrality measures on one graph, each on the view it needs (HITS on
 * the directed counterpart of the chosen view). Shared by `ecograph neo4j analyze` and the library.
 */
import type { EcoGraph } from '../model/types.js';
import type { ProgressCallback } from './centrality/progress.js';
import { CENTRALITY_MEASURES, centralityMeasure, type NodeValues } from './registry.js';
import { buildView, type GraphView, type ViewDescription, type ViewOptions } from './view.js';

export interface NodeMeasuresResult {
  view: ViewDescription;
  /** Output names in measure order (e.g. `degree`, `hubs`, `authorities`). */
  outputs: string[];
  values: NodeValues;
}

/**
 * Computes the given centrality measures (ids from the registry) on a view of the graph.
 *
 * @param graph - the ecosystem graph
 * @param ids - measure ids, e.g. `['degree', 'betweenness']`
 * @param viewOptions - the view (default: simple undirected projection)
 * @param progress - called with each slow measure's id, returns its progress callback
 * @example
 * const { values } = computeNodeMeasures(graph, ['pagerank']);
 * values.pagerank.get('kyoto-university');
 */
export function computeNodeMeasures(
  graph: EcoGraph,
  ids: readonly string[] = CENTRALITY_MEASURES.map((m) => m.id),
  viewOptions: ViewOptions = {},
  progress?: (id: string) => ProgressCallback,
): NodeMeasuresResult {
  const measures = [...new Set(ids)].map((id) => {
    const m = centralityMeasure(id);
    if (!m) throw new Error(`unknown measure "${id}" (known: ${CENTRALITY_MEASURES.map((x) => x.id).join(', ')})`);
    return m;
  });
  const main = buildView(graph, viewOptions);
  let directed: GraphView | undefined;
  const values: NodeValues = {};
  for (const m of measures) {
    const view = m.view === 'directed' && !viewOptions.directed ? (directed ??= buildView(graph, { ...viewOptions, directed: true })) : main;
    Object.assign(values, m.compute(view.graph, { params: {}, ...(m.slow && progress ? { onProgress: progress(m.id) } : {}) }));
  }
  return { view: main.view, outputs: measures.flatMap((m) => [...m.outputs]), values };
}
