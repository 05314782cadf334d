/**
 * The evolution of a cluster year by year: one row per year with the snapshot as of the end of
 * that year under the undated rule ({@link snapshotAt}), its counts by kind, the firms and
 * spin-offs new since the previous row, the structural indicators of {@link NETWORK_INDICATORS},
 * the same indicators on dated elements only, and how the year's elements are placed in time
 * (dated, placed by a derived bound, undated).
 *
 * Browser-safe: no Node imports.
 */
import { EDGE_KINDS, NODE_KINDS } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';
import { MetricError } from '../metric-error.js';
import { IndicatorContext, NETWORK_INDICATORS, type IndicatorOptions } from './indicators.js';
import {
  countUndated,
  datingCounts,
  graphDates,
  resolveRules,
  snapshotAt,
  tieStartYear,
  undatedShare,
  yearSpan,
  type DatingCounts,
  type TimeRules,
  type UndatedCount,
  type UndatedRule,
} from './snapshot.js';

/** Key of untyped nodes and ties in the counts by kind. */
const UNTYPED = 'untyped';

/** Options of {@link timeline}. */
export interface TimelineOptions extends IndicatorOptions, TimeRules {
  /** First year (default: the graph's first year). */
  from?: number;
  /** Last year (default: the graph's last year); always a row, even when `step` skips over it. */
  to?: number;
  /** Years between rows (default 1). */
  step?: number;
  /** Called after each row, with the rows done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULTS = { step: 1 } as const satisfies TimelineOptions;

/** One row of a timeline: the ecosystem as of the end of `year`. */
export interface TimelineYear {
  year: number;
  /** `total`, then one count per node kind of the graph (zero counts included, `untyped` last). */
  nodes: Record<string, number>;
  /** `total`, then one count per tie kind of the graph. */
  edges: Record<string, number>;
  /** Firms founded after the previous row's year and up to this year (first row: in the `step` years up to it). */
  newFirms: number;
  /** Spin-off children born in the same window (birth = `founded`, else their earliest spin-off tie year). */
  newSpinoffs: number;
  density: number;
  components: number;
  largestComponentShare: number | null;
  modularity: number | null;
  maxGeneration: number;
  tripleHelixShare: number | null;
  meanConstraint: number | null;
  /** How the elements that may be present at the end of the year are placed ({@link datingCounts}). */
  dating: DatingCounts;
  /** Share of those elements without an own start date (null when there are none). */
  undatedShare: number | null;
  /** Actors, ties and every indicator on the elements with own dates only (the `exclude` rule). */
  datedOnly: Record<string, number | null>;
}

/** A timeline: the rules, the yearly rows and how many elements had no own start date. */
export interface Timeline {
  /** The undated rule and the event window the rows were computed with. */
  rules: { undated: UndatedRule; window: number | null };
  years: TimelineYear[];
  /** Nodes without `founded` and ties without `year`/`since` in the whole graph. */
  undated: UndatedCount;
}

/** A field of a timeline row, for tables, CSV headers, charts and docs/statistics.md. */
export interface TimelineField {
  id: string;
  title: string;
  definition: string;
  /** Reads the value from a row. */
  value(row: TimelineYear): number | null;
}

/** Every numeric field of a timeline row (besides the per-kind counts), in output order. */
export const TIMELINE_FIELDS: readonly TimelineField[] = [
  {
    id: 'nodes',
    title: 'Actors',
    definition: 'nodes present at the end of the year (founded ≤ Y, else as the undated rule says; not dissolved ≤ Y)',
    value: (r) => r.nodes.total!,
  },
  {
    id: 'edges',
    title: 'Ties',
    definition: 'ties present at the end of the year (both ends present; year/since ≤ Y, else as the undated rule says; until ≥ Y if given; an event within its window)',
    value: (r) => r.edges.total!,
  },
  {
    id: 'newFirms',
    title: 'New firms',
    definition: 'nodes of kind firm founded after the previous row’s year and up to this one (first row: the step years up to it); undated firms are never new',
    value: (r) => r.newFirms,
  },
  {
    id: 'newSpinoffs',
    title: 'New spin-offs',
    definition: 'children of spin-off ties born in the same window as newFirms (birth: founded, else the earliest start year of its spin-off ties)',
    value: (r) => r.newSpinoffs,
  },
  ...NETWORK_INDICATORS.map((d) => ({
    id: d.id,
    title: d.title,
    definition: d.definition,
    value: (r: TimelineYear) => r[d.id as keyof TimelineYear] as number | null,
  })),
  {
    id: 'undatedShare',
    title: 'Undated share',
    definition: 'share of the actors and ties that may be present at the end of the year (the include snapshot) without an own start date (null when there are none)',
    value: (r) => r.undatedShare,
  },
];

/** The years of the rows: from, from + step, …, and `to` last. */
function rowYears(from: number, to: number, step: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y += step) years.push(y);
  if (years[years.length - 1] !== to) years.push(to);
  return years;
}

function checkYear(name: string, value: number | undefined): void {
  if (value !== undefined && !Number.isInteger(value)) throw new MetricError('timeline', `${name} must be a whole year, got ${value}`);
}

/** Kinds present in the graph, in schema order, `untyped` last. */
function kindsOf(keys: Iterable<string | undefined>, order: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const k of keys) seen.add(k ?? UNTYPED);
  return [...order.filter((k) => seen.has(k)), ...[...seen].filter((k) => !order.includes(k) && k !== UNTYPED).sort(), ...(seen.has(UNTYPED) ? [UNTYPED] : [])];
}

function countBy(kinds: readonly string[], values: Iterable<string | undefined>): Record<string, number> {
  const counts: Record<string, number> = { total: 0 };
  for (const k of kinds) counts[k] = 0;
  for (const v of values) {
    counts.total!++;
    counts[v ?? UNTYPED]!++;
  }
  return counts;
}

/**
 * One row per year: the snapshot as of the end of each year, its counts and indicators.
 *
 * @param graph - an ecosystem graph (spin-off ties acyclic)
 * @param options - year range and step, undated rule and event window, Louvain options, a progress callback
 * @returns the rules, the rows and the number of undated elements
 * @throws MetricError when `from` > `to`, a year is not whole or `step` < 1
 * @example
 * const { years, undated } = timeline(graph, { from: 1970, step: 5 });
 * years.map((r) => `${r.year}: ${r.nodes.total} actors, ${r.newFirms} new firms`);
 * @see {@link snapshotAt} for the presence rules; {@link NETWORK_INDICATORS} for the indicators
 */
export function timeline(graph: EcoGraph, options: TimelineOptions = {}): Timeline {
  const rules = resolveRules(options);
  const step = options.step ?? DEFAULTS.step;
  if (!Number.isInteger(step) || step < 1) throw new MetricError('timeline', `the step must be a whole number of years ≥ 1, got ${step}`);
  checkYear('from', options.from);
  checkYear('to', options.to);
  const span = yearSpan(graph);
  const from = options.from ?? span?.first ?? null;
  const to = options.to ?? span?.last ?? null;
  const undated = countUndated(graph);
  if (from === null || to === null) {
    if (options.from === undefined && options.to === undefined) return { rules, years: [], undated };
    throw new MetricError('range', 'the graph has no years; give both from and to (--from, --to)');
  }
  if (from > to) {
    const said = (value: number, given: number | undefined, which: string) => (given === undefined ? `${value} (the graph's ${which} year)` : String(value));
    throw new MetricError('range', `from ${said(from, options.from, 'first')} is after to ${said(to, options.to, 'last')}`);
  }

  const nodeKinds = kindsOf(graph.mapNodes((_n, a) => a.kind), NODE_KINDS);
  const edgeKinds = kindsOf(graph.mapEdges((_e, a) => a.kind), EDGE_KINDS);
  const firmFounded: number[] = [];
  graph.forEachNode((_n, a) => {
    if (a.kind === 'firm' && typeof a.founded === 'number') firmFounded.push(a.founded);
  });
  // Birth year of every spin-off child: its founding year, else its earliest spin-off tie year.
  const spinoffBirth = new Map<string, number | undefined>();
  graph.forEachDirectedEdge((_e, a, _s, target, _sa, ta) => {
    if (a.kind !== 'spinoff') return;
    const founded = typeof ta.founded === 'number' ? ta.founded : undefined;
    const tie = tieStartYear(a);
    const before = spinoffBirth.get(target);
    const birth = founded ?? (tie === undefined ? before : before === undefined ? tie : Math.min(before, tie));
    spinoffBirth.set(target, birth);
  });
  const inWindow = (y: number | undefined, lo: number, hi: number) => y !== undefined && y > lo && y <= hi;

  const dates = graphDates(graph);
  const years = rowYears(from, to, step);
  const rows: TimelineYear[] = [];
  years.forEach((year, i) => {
    const windowStart = i === 0 ? year - step : years[i - 1]!;
    const snapshot = snapshotAt(graph, year, rules, dates);
    const context = new IndicatorContext(snapshot, options);
    const dating = datingCounts(graph, year, rules, dates);
    const datedSnapshot = rules.undated === 'exclude' ? snapshot : snapshotAt(graph, year, { ...rules, undated: 'exclude' }, dates);
    const datedContext = rules.undated === 'exclude' ? context : new IndicatorContext(datedSnapshot, options);
    const datedOnly: Record<string, number | null> = { nodes: datedSnapshot.order, edges: datedSnapshot.size };
    for (const indicator of NETWORK_INDICATORS) datedOnly[indicator.id] = indicator.compute(datedContext);
    const row: TimelineYear = {
      year,
      nodes: countBy(nodeKinds, snapshot.mapNodes((_n, a) => a.kind)),
      edges: countBy(edgeKinds, snapshot.mapEdges((_e, a) => a.kind)),
      newFirms: firmFounded.filter((y) => inWindow(y, windowStart, year)).length,
      newSpinoffs: [...spinoffBirth.values()].filter((y) => inWindow(y, windowStart, year)).length,
      density: 0,
      components: 0,
      largestComponentShare: null,
      modularity: null,
      maxGeneration: 0,
      tripleHelixShare: null,
      meanConstraint: null,
      dating,
      undatedShare: undatedShare(dating),
      datedOnly,
    };
    const values = row as unknown as Record<string, number | null>;
    for (const indicator of NETWORK_INDICATORS) values[indicator.id] = indicator.compute(context);
    rows.push(row);
    options.onProgress?.(i + 1, years.length);
  });
  return { rules, years: rows, undated };
}
