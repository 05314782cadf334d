/**
 * Comparing clusters: the same indicators for several regions side by side, computed on each
 * region's whole recorded graph, with the network proxies of the NISTEP conditions of cluster
 * success. Every indicator carries its definition, so tables, JSON, charts and docs/statistics.md
 * say the same thing.
 *
 * Browser-safe: no Node imports.
 */
import type { EcoGraph } from '../../model/types.js';
import { graphSummary } from '../summary.js';
import { IndicatorContext, NETWORK_INDICATORS, NISTEP_INDICATORS, type IndicatorDescriptor, type IndicatorOptions } from './indicators.js';
import { countUndated, type UndatedCount } from './snapshot.js';

/** Options of {@link compareRegions}. */
export interface CompareOptions extends IndicatorOptions {
  /** Called after each region, with the regions done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULTS = {} as const satisfies CompareOptions;

/** The description of an indicator as carried in a comparison (no function). */
export type IndicatorDefinition = Omit<IndicatorDescriptor, 'compute'>;

/** One region's column of a comparison. */
export interface RegionIndicators {
  name: string;
  /** First and last year of the graph (null when it has none). */
  years: { first: number | null; last: number | null };
  undated: UndatedCount;
  /** Indicator id → value (null when undefined for this graph, see the definition). */
  values: Record<string, number | null>;
}

/** A comparison: the indicators with their definitions, and one entry per region. */
export interface Comparison {
  indicators: IndicatorDefinition[];
  regions: RegionIndicators[];
}

/** Sizes compared besides the structural and NISTEP indicators. */
const SIZE_INDICATORS: readonly IndicatorDescriptor[] = [
  { id: 'nodes', title: 'Actors', definition: 'nodes of the graph (every actor ever recorded)', unit: 'count', compute: (c) => c.graph.order },
  { id: 'edges', title: 'Ties', definition: 'ties of the graph (every tie ever recorded)', unit: 'count', compute: (c) => c.graph.size },
  { id: 'firms', title: 'Firms', definition: 'nodes of kind firm (start-ups and SMEs; anchors are not firms)', unit: 'count', compute: (c) => c.firms.length },
];

/** Every indicator of a comparison, in output order. */
export const COMPARE_INDICATORS: readonly IndicatorDescriptor[] = [...SIZE_INDICATORS, ...NETWORK_INDICATORS, ...NISTEP_INDICATORS];

/**
 * The indicators of several regions side by side. Each region is measured on its whole graph
 * (every actor and tie ever recorded, dissolved ones included: a dissolved parent still anchors
 * its spin-off tree); the timeline's last row measures the snapshot at the last year instead.
 *
 * @param regions - one named graph per region
 * @param options - Louvain options, a progress callback
 * @returns the indicator definitions and one set of values per region, in input order
 * @example
 * const c = compareRegions([{ name: 'Sapporo', graph: sapporo }, { name: 'Kobe', graph: kobe }]);
 * c.regions.map((r) => `${r.name}: ${r.values.maxGeneration} spin-off generations`);
 * @see {@link COMPARE_INDICATORS} for the definitions
 */
export function compareRegions(regions: ReadonlyArray<{ name: string; graph: EcoGraph }>, options: CompareOptions = {}): Comparison {
  const out: RegionIndicators[] = [];
  regions.forEach(({ name, graph }, i) => {
    const context = new IndicatorContext(graph, options);
    const values: Record<string, number | null> = {};
    for (const indicator of COMPARE_INDICATORS) values[indicator.id] = indicator.compute(context);
    out.push({ name, years: graphSummary(graph).years, undated: countUndated(graph), values });
    options.onProgress?.(i + 1, regions.length);
  });
  return { indicators: COMPARE_INDICATORS.map(({ compute: _compute, ...definition }) => definition), regions: out };
}
