/**
 * Several node measures of one ecosystem graph at once, as rows (one per node, sorted by the first
 * measure), given the measures with their functions: the table `centralityTable` makes from the
 * registry, and `ecograph centrality` from the measures it loaded alone. Browser-safe; imports no
 * measure's implementation.
 */
import type { EcoGraph } from '../../model/types.js';
import { MetricError } from '../metric-error.js';
import { CENTRALITY_DESCRIPTORS, type MeasureDescriptor, type NodeMeasure, type NodeValues } from '../measure-descriptors.js';
import { buildView, type GraphView, type ViewDescription, type ViewOptions } from '../view.js';
import type { ProgressCallback } from './progress.js';

export interface CentralityTableOptions {
  /** Measure ids (see CENTRALITY_DESCRIPTORS); default: all. */
  measures: readonly string[];
  view: ViewOptions;
  /** Skip a measure that cannot run (recording why) instead of throwing its MetricError. */
  skipFailures: boolean;
  /** Progress of slow measures, by measure id. */
  onProgress?: (measure: string) => ProgressCallback;
  /** The view already built from `graph` with `view` (not built again). */
  builtView?: GraphView;
  /** Values computed elsewhere (e.g. on worker threads), by measure id: those measures are not computed again. */
  precomputed?: Record<string, NodeValues>;
}

export const DEFAULTS: CentralityTableOptions = { measures: CENTRALITY_DESCRIPTORS.map((m) => m.id), view: {}, skipFailures: false };

export interface CentralityRow {
  id: string;
  label: string;
  kind: string | null;
  /** Value of each output; null where undefined (NaN) or skipped. */
  values: Record<string, number | null>;
}

export interface CentralityTable {
  /**
   * The view, plus `hitsView: "directed"` when HITS ran on the directed counterpart of an
   * undirected view, and `directedCounterpart`: every measure that did (HITS, indegree, outdegree).
   */
  view: ViewDescription & { hitsView?: 'directed'; directedCounterpart?: string[] };
  /** Output names in column order, e.g. degree, …, hubs, authorities. */
  outputs: string[];
  /** Reasons of measures skipped (with `skipFailures`). */
  skipped: Record<string, string>;
  /** Sorted by the first output, descending (nulls last), then label and id. */
  rows: CentralityRow[];
}

/**
 * Computes node measures of a graph on a view, given the measures with their functions.
 *
 * @param graph - the ecosystem graph
 * @param resolve - the measure of an id, with its function (undefined for an unknown id); the
 *   descriptor alone will do for a measure whose values are in `options.precomputed`
 * @param options - measures (ids), view, failure handling and progress
 * @returns the view description, outputs and sorted rows
 * @throws MetricError when a measure cannot run (unless skipFailures), or on an unknown measure id
 * @example
 * const measures = await loadNodeMeasures(['pagerank']);
 * const { rows } = measureTable(graph, (id) => measures.find((m) => m.id === id), { measures: ['pagerank'] });
 */
export function measureTable(graph: EcoGraph, resolve: (id: string) => MeasureDescriptor | NodeMeasure | undefined, options: Partial<CentralityTableOptions> = {}): CentralityTable {
  const { measures: ids, view: viewOptions, skipFailures, onProgress, builtView, precomputed } = { ...DEFAULTS, ...options };
  const measures = [...new Set(ids)].map((id) => {
    const m = resolve(id);
    if (!m) throw new MetricError('centrality', `unknown measure "${id}" (known: ${CENTRALITY_DESCRIPTORS.map((x) => x.id).join(', ')})`);
    return m;
  });
  const main = builtView ?? buildView(graph, viewOptions);
  let directed: GraphView | undefined;
  const values: NodeValues = {};
  const skipped: Record<string, string> = {};
  for (const m of measures) {
    const given = precomputed?.[m.id];
    if (given) {
      Object.assign(values, given);
      continue;
    }
    let view = main;
    if (m.view === 'directed' && !viewOptions.directed) view = directed ??= buildView(graph, { ...viewOptions, directed: true });
    if (!('compute' in m)) throw new Error(`measureTable: the measure "${m.id}" came without its function and its values were not precomputed`);
    try {
      Object.assign(values, m.compute(view.graph, { params: {}, ...(m.slow && onProgress ? { onProgress: onProgress(m.id) } : {}) }));
    } catch (err) {
      if (!(err instanceof MetricError) || !skipFailures) throw err;
      skipped[m.id] = err.message;
      for (const o of m.outputs) values[o] = new Map();
    }
  }
  const outputs = measures.flatMap((m) => m.outputs);
  const first = outputs[0];
  const finite = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : x);
  const rows: CentralityRow[] = main.graph.nodes().map((id) => {
    const attrs = graph.getNodeAttributes(id);
    return { id, label: attrs.label, kind: attrs.kind ?? null, values: Object.fromEntries(outputs.map((o) => [o, finite(values[o]!.get(id))])) };
  });
  if (first !== undefined) sortCentralityRows(rows, first);
  const view: CentralityTable['view'] = { ...main.view };
  if (directed) {
    const counterpart = measures.filter((m) => m.view === 'directed').map((m) => m.id);
    if (counterpart.includes('hits')) view.hitsView = 'directed';
    view.directedCounterpart = counterpart;
  }
  return { view, outputs, skipped, rows };
}

/**
 * Sorts rows as {@link centralityTable} does: by the output `first`, descending (nulls last), then
 * label, then id.
 *
 * @param rows - rows to sort in place
 * @param first - the output to sort by
 * @returns the rows
 * @example
 * sortCentralityRows(rows, 'betweenness');
 */
export function sortCentralityRows(rows: CentralityRow[], first: string): CentralityRow[] {
  return rows.sort(
    (a, b) => (b.values[first] ?? -Infinity) - (a.values[first] ?? -Infinity) || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
