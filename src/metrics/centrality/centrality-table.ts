/**
 * Several centrality measures of one ecosystem graph at once, as rows (one per node, sorted by the
 * first measure): what `ecograph centrality` prints and what the web app can show. Browser-safe.
 * Uses the registry (every measure loaded); `measureTable` takes the measures instead.
 */
import type { EcoGraph } from '../../model/types.js';
import { centralityMeasure } from '../registry.js';
import { measureTable, type CentralityTable, type CentralityTableOptions } from './measure-table.js';

export { DEFAULTS, sortCentralityRows, type CentralityRow, type CentralityTable, type CentralityTableOptions } from './measure-table.js';

/**
 * Computes centrality measures of a graph on a view.
 *
 * @param graph - the ecosystem graph
 * @param options - measures, view, failure handling and progress
 * @returns the view description, outputs and sorted rows
 * @throws MetricError when a measure cannot run (unless skipFailures), or on an unknown measure id
 * @example
 * const { rows } = centralityTable(graph, { measures: ['betweenness', 'pagerank'], view: { weighted: 'weight' } });
 * @see CENTRALITY_MEASURES for each measure's NetworkX reference
 */
export function centralityTable(graph: EcoGraph, options: Partial<CentralityTableOptions> = {}): CentralityTable {
  return measureTable(graph, centralityMeasure, options);
}
