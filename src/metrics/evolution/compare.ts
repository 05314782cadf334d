/**
 * Comparing clusters: the same indicators for several regions side by side, with the network
 * proxies of the NISTEP conditions of cluster success. Each region is measured under the undated
 * rule (and, with a year, as of its end) and again on dated elements only, with the share of its
 * elements that carry no date of their own; two regions whose undated shares differ by more than a
 * margin get a warning, since their indicators are then not comparable. Every indicator carries
 * its definition, so tables, JSON, charts and docs/statistics.md say the same thing.
 *
 * Browser-safe: no Node imports.
 */
import type { EcoGraph } from '../../model/types.js';
import { MetricError } from '../metric-error.js';
import { graphSummary } from '../summary.js';
import { IndicatorContext, NETWORK_INDICATORS, NISTEP_INDICATORS, type IndicatorDescriptor, type IndicatorOptions } from './indicators.js';
import {
  countUndated,
  datingCounts,
  graphDates,
  presentAt,
  resolveRules,
  subgraphOf,
  undatedShare,
  type DatingCounts,
  type TimeRules,
  type UndatedCount,
  type UndatedRule,
} from './snapshot.js';

/** Options of {@link compareRegions}. */
export interface CompareOptions extends IndicatorOptions, TimeRules {
  /** Measure each region as of the end of this year (default: its whole recorded graph). */
  at?: number;
  /** Largest difference of undated shares between two regions before a warning (default 0.1). */
  undatedMargin?: number;
  /** Called after each region, with the regions done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULTS = { undatedMargin: 0.1 } as const satisfies CompareOptions;

/** The description of an indicator as carried in a comparison (no function). */
export type IndicatorDefinition = Omit<IndicatorDescriptor, 'compute'>;

/** One region's column of a comparison. */
export interface RegionIndicators {
  name: string;
  /** First and last year of the graph (null when it has none). */
  years: { first: number | null; last: number | null };
  /** Nodes without `founded` and ties without `year`/`since` in the whole graph. */
  undated: UndatedCount;
  /** How the measured elements are placed: dated, placed by a derived bound, undated. */
  dating: DatingCounts;
  /** Share of those elements without an own start date (null when there are none). */
  undatedShare: number | null;
  /** Indicator id → value under the undated rule (null when undefined for this graph, see the definition). */
  values: Record<string, number | null>;
  /** Indicator id → value on the elements with own dates only (the `exclude` rule). */
  datedOnly: Record<string, number | null>;
}

/** A comparison: the rules, the indicators with their definitions, one entry per region, warnings. */
export interface Comparison {
  /** The year the regions were measured at (null: whole recorded graphs), the undated rule and the event window. */
  rules: { at: number | null; undated: UndatedRule; window: number | null; undatedMargin: number };
  indicators: IndicatorDefinition[];
  regions: RegionIndicators[];
  /** Pairs of regions whose undated shares differ by more than the margin. */
  warnings: string[];
}

/** Sizes compared besides the structural and NISTEP indicators. */
const SIZE_INDICATORS: readonly IndicatorDescriptor[] = [
  { id: 'nodes', title: 'Actors', definition: 'nodes measured (the whole recorded graph, or the snapshot of --at, under the undated rule)', unit: 'count', compute: (c) => c.graph.order },
  { id: 'edges', title: 'Ties', definition: 'ties measured (the whole recorded graph, or the snapshot of --at, under the undated rule)', unit: 'count', compute: (c) => c.graph.size },
  { id: 'firms', title: 'Firms', definition: 'nodes of kind firm (start-ups and SMEs; anchors are not firms)', unit: 'count', compute: (c) => c.firms.length },
];

/** Every indicator of a comparison, in output order. */
export const COMPARE_INDICATORS: readonly IndicatorDescriptor[] = [...SIZE_INDICATORS, ...NETWORK_INDICATORS, ...NISTEP_INDICATORS];

function measure(graph: EcoGraph, options: IndicatorOptions, lastYear: number | undefined): Record<string, number | null> {
  const context = new IndicatorContext(graph, options, lastYear);
  const values: Record<string, number | null> = {};
  for (const indicator of COMPARE_INDICATORS) values[indicator.id] = indicator.compute(context);
  return values;
}

/**
 * The indicators of several regions side by side. Without a year each region is its whole
 * recorded graph (every actor and tie ever recorded, dissolved ones included: a dissolved parent
 * still anchors its spin-off tree) less what the undated rule leaves out; with `at`, the snapshot
 * at the end of that year. Each region is also measured on dated elements only.
 *
 * @param regions - one named graph per region
 * @param options - year, undated rule, event window, warning margin, Louvain options, a progress callback
 * @returns the rules, the indicator definitions, one set of values per region (input order), warnings
 * @throws MetricError for a year that is not whole or a margin outside 0–1
 * @example
 * const c = compareRegions([{ name: 'Sapporo', graph: sapporo }, { name: 'Kobe', graph: kobe }], { at: 2010 });
 * c.regions.map((r) => `${r.name}: ${r.values.maxGeneration} spin-off generations`);
 * c.warnings; // e.g. ['Sapporo and Kobe: undated shares 12% and 48% differ by more than 10%; …']
 * @see {@link COMPARE_INDICATORS} for the definitions
 */
export function compareRegions(regions: ReadonlyArray<{ name: string; graph: EcoGraph }>, options: CompareOptions = {}): Comparison {
  const rules = resolveRules(options);
  const at = options.at ?? null;
  if (at !== null && !Number.isInteger(at)) throw new MetricError('compare', `the year must be whole, got ${at}`);
  const margin = options.undatedMargin ?? DEFAULTS.undatedMargin;
  if (!(margin >= 0 && margin <= 1)) throw new MetricError('compare', `the undated margin must be between 0 and 1, got ${margin}`);
  const out: RegionIndicators[] = [];
  regions.forEach(({ name, graph }, i) => {
    const dates = graphDates(graph);
    const measured = subgraphOf(graph, presentAt(graph, at, rules, dates));
    const dated = rules.undated === 'exclude' ? measured : subgraphOf(graph, presentAt(graph, at, { ...rules, undated: 'exclude' }, dates));
    const last = at ?? undefined;
    const values = measure(measured, options, last ?? graphSummary(graph).years.last ?? undefined);
    const datedOnly = rules.undated === 'exclude' ? values : measure(dated, options, last ?? graphSummary(graph).years.last ?? undefined);
    const dating = datingCounts(graph, at, rules, dates);
    out.push({ name, years: graphSummary(graph).years, undated: countUndated(graph), dating, undatedShare: undatedShare(dating), values, datedOnly });
    options.onProgress?.(i + 1, regions.length);
  });
  const warnings: string[] = [];
  const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
  for (let a = 0; a < out.length; a++)
    for (let b = a + 1; b < out.length; b++) {
      const sa = out[a]!.undatedShare;
      const sb = out[b]!.undatedShare;
      if (sa === null || sb === null || Math.abs(sa - sb) <= margin) continue;
      warnings.push(
        `${out[a]!.name} and ${out[b]!.name}: undated shares ${percent(sa)} and ${percent(sb)} differ by more than ${percent(margin)}; their indicators are not comparable (compare datedOnly, or date more elements)`,
      );
    }
  return {
    rules: { at, undated: rules.undated, window: rules.window, undatedMargin: margin },
    indicators: COMPARE_INDICATORS.map(({ compute: _compute, ...definition }) => definition),
    regions: out,
    warnings,
  };
}
