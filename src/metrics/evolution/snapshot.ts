/**
 * The date model of ecograph and yearly snapshots: which actors and ties exist as of the end of a
 * year. One module, used by `ecograph timeline` and `compare`, by every command's `--at`, and by
 * the explorer's year slider.
 *
 * Two kinds of date, never mixed:
 *
 * - An element's **own dates** stay as recorded: a node's `founded` and `dissolved`; a tie's `year`
 *   (when it happened or began), `since` and `until`.
 * - A **derived bound** is computed here and never written into them:
 *   - an undated actor (no `founded`) existed by its earliest evidence, the smallest of the own
 *     start years (`year`, else `since`, else `until`) of its ties and the `founded` of the
 *     organisations it spun off or founded (a *terminus ante quem*);
 *   - an undated tie (no `year`, no `since`) is not before the later of its ends' `founded`
 *     (a *terminus post quem*; one dated end is enough).
 *
 * Every element is therefore **dated** (own start date), **bounded** (placed by a derived bound) or
 * **undated** (neither). The undated rule says what a snapshot does with the last two:
 *
 * - `include`: undated elements count from the first year, whatever their bound;
 * - `bound` (default): an element without own start date counts from its bound; one with no bound
 *   is left out;
 * - `exclude`: only elements with an own start date count.
 *
 * Events and lasting ties. Investment, spin-off and founding ties are **events** at their `year`;
 * collaboration, affiliation, mentorship and untyped ties **last** from `since` (else `year`) to
 * `until`. With a window of N years an event counts as a tie at the end of its year and of the
 * N − 1 following years; without a window (the default) it counts from its year on.
 *
 * Presence at the end of year Y (start = own start date, else as the rule says):
 *
 * - a node: start ≤ Y and not dissolved in or before Y (`dissolved` > Y);
 * - a tie: both ends present, start ≤ Y, `until` (if any) ≥ Y, and, for an event with a window of
 *   N years, Y < start + N (the window counts from the own year, else from the bound; an event
 *   kept by `include` without any date has no start to count from and stays).
 *
 * Browser-safe: no Node imports.
 */
import { createEcoGraph } from '../../model/graph.js';
import type { EcoGraph, EdgeAttributes, NodeAttributes } from '../../model/types.js';
import { MetricError } from '../metric-error.js';

/** What a snapshot does with elements that have no own start date. */
export type UndatedRule = 'include' | 'bound' | 'exclude';

/** The undated rules, in the order `--undated` lists them. */
export const UNDATED_RULES: readonly UndatedRule[] = ['include', 'bound', 'exclude'];

/** Tie kinds that are events at their `year` (the others last from `since` to `until`). */
export const EVENT_TIE_KINDS: readonly string[] = ['investment', 'spinoff', 'founded'];

/** Tie kinds whose source spins off or founds the target: the target's `founded` dates the source. */
const CHILD_TIE_KINDS: readonly string[] = ['spinoff', 'founded'];

/** How a snapshot treats undated elements and events. */
export interface TimeRules {
  /** What to do with elements without own start date (default `bound`). */
  undated?: UndatedRule;
  /** Years an event counts as a tie, from its year (default null: from its year on, for ever). */
  window?: number | null;
}

export const DEFAULTS = { undated: 'bound', window: null } as const satisfies Required<TimeRules>;

/** How an element is placed in time. */
export type Placement = 'dated' | 'bounded' | 'undated';

/** Counts by placement: dated, placed by a derived bound, undated with no bound. */
export interface PlacementCounts {
  dated: number;
  bounded: number;
  undated: number;
}

/** Counts by placement of nodes and of ties. */
export interface DatingCounts {
  nodes: PlacementCounts;
  edges: PlacementCounts;
}

function yearOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The year a tie begins, by its own dates: `year`, else `since`; undefined for an undated tie.
 *
 * @param attributes - the tie's attributes
 * @example
 * tieStartYear({ kind: 'affiliation', since: 1922, until: 1928 }); // 1922
 */
export function tieStartYear(attributes: Pick<EdgeAttributes, 'year' | 'since'>): number | undefined {
  return yearOf(attributes.year) ?? yearOf(attributes.since);
}

/** Whether a tie is an event (investment, spin-off, founding) rather than a lasting tie. */
export function isEventTie(attributes: Pick<EdgeAttributes, 'kind'>): boolean {
  return attributes.kind !== undefined && EVENT_TIE_KINDS.includes(attributes.kind);
}

/** Whether a node has no own founding year. */
export function isUndatedNode(attributes: Pick<NodeAttributes, 'founded'>): boolean {
  return yearOf(attributes.founded) === undefined;
}

/** Whether a tie has neither `year` nor `since`. */
export function isUndatedEdge(attributes: Pick<EdgeAttributes, 'year' | 'since'>): boolean {
  return tieStartYear(attributes) === undefined;
}

/** Elements without an own start date: nodes without `founded`, ties without `year`/`since`. */
export interface UndatedCount {
  nodes: number;
  edges: number;
}

/**
 * Counts the nodes without `founded` and the ties without `year`/`since` of a graph.
 *
 * @param graph - an ecosystem graph
 * @example
 * const { nodes, edges } = countUndated(graph);
 */
export function countUndated(graph: EcoGraph): UndatedCount {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((_n, a) => {
    if (isUndatedNode(a)) nodes++;
  });
  graph.forEachEdge((_e, a) => {
    if (isUndatedEdge(a)) edges++;
  });
  return { nodes, edges };
}

/**
 * The first and last year of a graph: the smallest and largest own `founded`, `dissolved`, `year`,
 * `since` and `until`; null when it has none. The default range of a timeline and of the
 * explorer's year slider (equal to `graphSummary(graph).years`). Derived bounds are never counted.
 *
 * @param graph - an ecosystem graph
 * @example
 * const span = yearSpan(graph); // { first: 1973, last: 2012 } for Sapporo Valley
 */
export function yearSpan(graph: EcoGraph): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  const see = (value: unknown) => {
    const y = yearOf(value);
    if (y === undefined) return;
    if (y < first) first = y;
    if (y > last) last = y;
  };
  graph.forEachNode((_n, a) => {
    see(a.founded);
    see(a.dissolved);
  });
  graph.forEachEdge((_e, a) => {
    see(a.year);
    see(a.since);
    see(a.until);
  });
  return first <= last ? { first, last } : null;
}

/**
 * The derived bounds of a graph, computed once: for each undated node its terminus ante quem, for
 * each undated tie its terminus post quem. Elements with an own start date, and undated ones with
 * no evidence, have no entry. Nothing is written into the graph.
 */
export interface GraphDates {
  /** Undated node → the year it existed by (earliest own date of its ties and children). */
  nodeBounds: ReadonlyMap<string, number>;
  /** Undated tie → the year it is not before (the later `founded` of its ends). */
  edgeBounds: ReadonlyMap<string, number>;
}

/**
 * Computes the derived bounds of every undated node and tie.
 *
 * @param graph - an ecosystem graph (never changed)
 * @example
 * const { nodeBounds } = graphDates(graph);
 * nodeBounds.get('xforest'); // 2016: the year of its earliest dated tie
 */
export function graphDates(graph: EcoGraph): GraphDates {
  const nodeBounds = new Map<string, number>();
  const edgeBounds = new Map<string, number>();
  const evidence = (node: string, attributes: NodeAttributes, year: number | undefined) => {
    if (year === undefined || !isUndatedNode(attributes)) return;
    const before = nodeBounds.get(node);
    if (before === undefined || year < before) nodeBounds.set(node, year);
  };
  graph.forEachEdge((edge, a, source, target, sa, ta) => {
    const own = tieStartYear(a) ?? yearOf(a.until);
    evidence(source, sa, own);
    evidence(target, ta, own);
    if (a.kind !== undefined && CHILD_TIE_KINDS.includes(a.kind)) evidence(source, sa, yearOf(ta.founded));
    if (isUndatedEdge(a)) {
      const s = yearOf(sa.founded);
      const t = yearOf(ta.founded);
      const later = s === undefined ? t : t === undefined ? s : Math.max(s, t);
      if (later !== undefined) edgeBounds.set(edge, later);
    }
  });
  return { nodeBounds, edgeBounds };
}

/** The rules with their defaults filled in and checked. */
export function resolveRules(rules: TimeRules = {}): Required<TimeRules> {
  const undated = rules.undated ?? DEFAULTS.undated;
  if (!UNDATED_RULES.includes(undated)) throw new MetricError('time', `the undated rule must be one of ${UNDATED_RULES.join(', ')}, got ${String(undated)}`);
  const window = rules.window ?? DEFAULTS.window;
  if (window !== null && (!Number.isInteger(window) || window < 1)) throw new MetricError('time', `the event window must be a whole number of years ≥ 1, got ${window}`);
  return { undated, window };
}

/** Start year under a rule: a year, -Infinity (from the beginning) or undefined (never). */
function startUnder(own: number | undefined, bound: number | undefined, undated: UndatedRule): number | undefined {
  if (own !== undefined) return own;
  if (undated === 'include') return -Infinity;
  if (undated === 'bound') return bound;
  return undefined;
}

/** How an element with this own start date and bound is placed. */
function placementOf(own: number | undefined, bound: number | undefined): Placement {
  return own !== undefined ? 'dated' : bound !== undefined ? 'bounded' : 'undated';
}

/**
 * How a node is placed: by its own `founded`, by a derived bound, or not at all.
 *
 * @param graph - the graph
 * @param node - the node's key
 * @param dates - the graph's bounds ({@link graphDates})
 * @example
 * nodePlacement(graph, 'xforest', graphDates(graph)); // 'bounded'
 */
export function nodePlacement(graph: EcoGraph, node: string, dates: GraphDates): Placement {
  return placementOf(yearOf(graph.getNodeAttribute(node, 'founded')), dates.nodeBounds.get(node));
}

/**
 * How a tie is placed: by its own `year`/`since`, by a derived bound, or not at all.
 *
 * @param graph - the graph
 * @param edge - the tie's key
 * @param dates - the graph's bounds ({@link graphDates})
 */
export function edgePlacement(graph: EcoGraph, edge: string, dates: GraphDates): Placement {
  return placementOf(tieStartYear(graph.getEdgeAttributes(edge)), dates.edgeBounds.get(edge));
}

/** The elements present at the end of a year. */
export interface Presence {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * The nodes and ties present at the end of `year` under the rules (see the module comment), or,
 * with `year` null, every element the undated rule keeps, whatever its dates (the whole recorded
 * graph, dissolved and ended elements included).
 *
 * @param graph - an ecosystem graph (never changed)
 * @param year - the snapshot year, or null for the whole recorded graph
 * @param rules - undated rule and event window
 * @param dates - the graph's bounds, when already computed
 * @example
 * presentAt(graph, 1990).nodes.has('hudson');
 */
export function presentAt(graph: EcoGraph, year: number | null, rules: TimeRules = {}, dates: GraphDates = graphDates(graph)): Presence {
  const { undated, window } = resolveRules(rules);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const at = year ?? Infinity;
  graph.forEachNode((node, a) => {
    const start = startUnder(yearOf(a.founded), dates.nodeBounds.get(node), undated);
    if (start === undefined || start > at) return;
    const dissolved = yearOf(a.dissolved);
    if (year !== null && dissolved !== undefined && dissolved <= year) return;
    nodes.add(node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    const start = startUnder(tieStartYear(a), dates.edgeBounds.get(edge), undated);
    if (start === undefined || start > at) return;
    if (year !== null) {
      const until = yearOf(a.until);
      if (until !== undefined && until < year) return;
      if (window !== null && isEventTie(a) && Number.isFinite(start) && year >= start + window) return;
    }
    edges.add(edge);
  });
  return { nodes, edges };
}

/**
 * Each element's span of presence under the rules: present at the end of every year `y` with
 * `start <= y < end`. A node's span runs from its start (own date or bound) to its `dissolved`
 * year; a tie's from the latest of its own start and its two ends' starts to the earliest of its
 * ends' ends, the year after its `until` and, for an event, its year plus the window. Elements the
 * undated rule drops, and ties with such an end, have no span.
 */
export interface PresenceSpans {
  nodes: Map<string, { start: number; end: number }>;
  edges: Map<string, { start: number; end: number }>;
}

/**
 * The spans of presence of a graph's nodes and ties (see {@link PresenceSpans}), which
 * {@link presentDuring} reads; a caller asking about many ranges computes them once.
 *
 * @param graph - an ecosystem graph (never changed)
 * @param rules - undated rule and event window
 * @param dates - the graph's bounds, when already computed
 */
export function presenceSpans(graph: EcoGraph, rules: TimeRules = {}, dates: GraphDates = graphDates(graph)): PresenceSpans {
  const { undated, window } = resolveRules(rules);
  const nodes = new Map<string, { start: number; end: number }>();
  const edges = new Map<string, { start: number; end: number }>();
  graph.forEachNode((node, a) => {
    const start = startUnder(yearOf(a.founded), dates.nodeBounds.get(node), undated);
    if (start !== undefined) nodes.set(node, { start, end: yearOf(a.dissolved) ?? Infinity });
  });
  graph.forEachEdge((edge, a, source, target) => {
    const s = nodes.get(source);
    const t = nodes.get(target);
    if (!s || !t) return;
    const own = startUnder(tieStartYear(a), dates.edgeBounds.get(edge), undated);
    if (own === undefined) return;
    const until = yearOf(a.until);
    let end = Math.min(s.end, t.end, until === undefined ? Infinity : until + 1);
    if (window !== null && isEventTie(a) && Number.isFinite(own)) end = Math.min(end, own + window);
    edges.set(edge, { start: Math.max(own, s.start, t.start), end });
  });
  return { nodes, edges };
}

/**
 * Whether a span of presence (see {@link PresenceSpans}) meets the range of years `first`–`last`
 * (both included, `first <= last`).
 */
export function spanMeetsRange(start: number, end: number, first: number, last: number): boolean {
  return Math.max(Math.ceil(start), first) < Math.min(end, last + 1);
}

/**
 * The nodes and ties present at the end of at least one year from `from` to `to` (both included):
 * the union of {@link presentAt} over those years, computed in one pass from each element's span
 * of years ({@link presenceSpans}), so a firm dissolved inside the range is kept.
 *
 * @param graph - an ecosystem graph (never changed)
 * @param from - first year of the range
 * @param to - last year of the range (the two are swapped when `from` is the later)
 * @param rules - undated rule and event window, as for {@link presentAt}
 * @param dates - the graph's bounds, when already computed
 * @param spans - the graph's spans under the same rules, when already computed
 * @example
 * presentDuring(graph, 2000, 2010).nodes.has('a-firm-dissolved-in-2005'); // true
 */
export function presentDuring(graph: EcoGraph, from: number, to: number, rules: TimeRules = {}, dates?: GraphDates, spans: PresenceSpans = presenceSpans(graph, rules, dates)): Presence {
  const first = Math.min(from, to);
  const last = Math.max(from, to);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const [node, span] of spans.nodes) if (spanMeetsRange(span.start, span.end, first, last)) nodes.add(node);
  graph.forEachEdge((edge, _a, source, target) => {
    const span = spans.edges.get(edge);
    if (span && nodes.has(source) && nodes.has(target) && spanMeetsRange(span.start, span.end, first, last)) edges.add(edge);
  });
  return { nodes, edges };
}

function copyAttributes<A extends object>(attributes: A): A {
  const out = { ...attributes } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) out[k] = [...(v as unknown[])];
  return out as A;
}

/**
 * The graph restricted to a set of present elements: a new graph (keys, directions and attributes
 * copied, list attributes not shared). The input graph is never changed.
 */
export function subgraphOf(graph: EcoGraph, presence: Presence): EcoGraph {
  const out = createEcoGraph(copyAttributes(graph.getAttributes()));
  graph.forEachNode((node, attributes) => {
    if (presence.nodes.has(node)) out.addNode(node, copyAttributes(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (!presence.edges.has(edge)) return;
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, copyAttributes(attributes));
    else out.addDirectedEdgeWithKey(edge, source, target, copyAttributes(attributes));
  });
  return out;
}

/**
 * The ecosystem as of the end of `year` under the rules: a new graph holding the present nodes
 * and ties (attributes copied; own dates as recorded, no bound written). The input is never changed.
 *
 * @param graph - an ecosystem graph
 * @param year - the snapshot year
 * @param rules - undated rule (default `bound`) and event window (default none)
 * @example
 * const in1990 = snapshotAt(graph, 1990);
 * const datedOnly = snapshotAt(graph, 1990, { undated: 'exclude' });
 * @see {@link presentAt} for the rules
 */
export function snapshotAt(graph: EcoGraph, year: number, rules: TimeRules = {}, dates?: GraphDates): EcoGraph {
  return subgraphOf(graph, presentAt(graph, year, rules, dates));
}

/**
 * The placement counts of a year: of every element that may be present at the end of `year` (the
 * snapshot under `include`), how many are dated, placed by a derived bound in or before the year,
 * and undated with no such bound. The three add up to the size of the `include` snapshot; the
 * `bound` snapshot holds the first two (less ties whose ends it leaves out), the `exclude`
 * snapshot the dated ones (less ties to undated ends). With `year` null, the counts of the whole
 * recorded graph.
 *
 * @param graph - an ecosystem graph
 * @param year - the year, or null for the whole graph
 * @param rules - the event window (the undated rule does not change the counts)
 * @param dates - the graph's bounds, when already computed
 * @example
 * const { nodes } = datingCounts(graph, 1990); // { dated: 40, bounded: 12, undated: 3 }
 */
export function datingCounts(graph: EcoGraph, year: number | null, rules: TimeRules = {}, dates: GraphDates = graphDates(graph)): DatingCounts {
  const all = presentAt(graph, year, { ...rules, undated: 'include' }, dates);
  const at = year ?? Infinity;
  const nodes: PlacementCounts = { dated: 0, bounded: 0, undated: 0 };
  const edges: PlacementCounts = { dated: 0, bounded: 0, undated: 0 };
  const count = (counts: PlacementCounts, own: number | undefined, bound: number | undefined) => {
    if (own !== undefined) counts.dated++;
    else if (bound !== undefined && bound <= at) counts.bounded++;
    else counts.undated++;
  };
  for (const node of all.nodes) count(nodes, yearOf(graph.getNodeAttribute(node, 'founded')), dates.nodeBounds.get(node));
  for (const edge of all.edges) count(edges, tieStartYear(graph.getEdgeAttributes(edge)), dates.edgeBounds.get(edge));
  return { nodes, edges };
}

/**
 * Share of the counted elements (nodes and ties) without an own start date: (bounded + undated) /
 * all; null when there are none.
 *
 * @param counts - placement counts of a year or a graph
 * @example
 * undatedShare({ nodes: { dated: 6, bounded: 2, undated: 2 }, edges: { dated: 0, bounded: 0, undated: 0 } }); // 0.4
 */
export function undatedShare(counts: DatingCounts): number | null {
  const total = (c: PlacementCounts) => c.dated + c.bounded + c.undated;
  const all = total(counts.nodes) + total(counts.edges);
  if (all === 0) return null;
  return (counts.nodes.bounded + counts.nodes.undated + counts.edges.bounded + counts.edges.undated) / all;
}

/** The rules in words, as every output names them. */
export function describeRules(rules: TimeRules = {}): string {
  const { undated, window } = resolveRules(rules);
  const said = { include: 'undated elements from the first year', bound: 'undated elements from their derived bound, unplaced ones left out', exclude: 'undated elements left out' }[undated];
  return `undated rule ${undated} (${said}); ${window === null ? 'events count from their year on' : `events count for ${window} year${window === 1 ? '' : 's'}`}`;
}

/** What an analysis as of a year was run on (JSON: `view.asOf`, `asOf`). */
export interface AsOfDescription {
  /** The ecosystem as it stood at the end of this year. */
  year: number;
  /** Years an event counts as a tie (null: from its year on). */
  window: number | null;
  /** The undated rule. */
  undated: UndatedRule;
  /** How the elements that may be present at the end of the year are placed ({@link datingCounts}). */
  counts: DatingCounts;
}

/** An analysis as of a year: the year and the rules. */
export interface AsOf extends TimeRules {
  year: number;
}

/**
 * The ecosystem as of the end of a year, with the description every output records.
 *
 * @param graph - an ecosystem graph (never changed)
 * @param asOf - the year, the undated rule and the event window
 * @throws MetricError for a year that is not whole, or bad rules
 * @example
 * const { graph: in2009, asOf } = asOfGraph(graph, { year: 2009 });
 * asOf; // { year: 2009, window: null, undated: 'bound', counts: { … } }
 */
export function asOfGraph(graph: EcoGraph, asOf: AsOf): { graph: EcoGraph; asOf: AsOfDescription } {
  if (!Number.isInteger(asOf.year)) throw new MetricError('time', `the year must be whole, got ${asOf.year}`);
  const rules = resolveRules(asOf);
  const dates = graphDates(graph);
  return {
    graph: snapshotAt(graph, asOf.year, rules, dates),
    asOf: { year: asOf.year, window: rules.window, undated: rules.undated, counts: datingCounts(graph, asOf.year, rules, dates) },
  };
}

/**
 * The as-of description in words, for table titles.
 *
 * @example
 * describeAsOf(asOf); // 'as of the end of 2009 (undated rule bound; events count from their year on)'
 */
export function describeAsOf(asOf: AsOfDescription): string {
  const { undated, window } = asOf;
  return `as of the end of ${asOf.year} (undated rule ${undated}; ${window === null ? 'events count from their year on' : `events count for ${window} year${window === 1 ? '' : 's'}`})`;
}
