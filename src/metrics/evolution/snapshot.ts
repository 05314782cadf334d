/**
 * Yearly snapshots of an ecosystem graph: which actors and ties exist as of the end of a year.
 *
 * The rules (shared by `ecograph timeline`, `ecograph compare` and the explorer's year slider):
 *
 * - A node is present at the end of year Y when it was founded in or before Y (`founded` ≤ Y) and
 *   was not dissolved in or before Y (no `dissolved`, or `dissolved` > Y).
 * - A tie is present at the end of Y when both its ends are present, its start year (`year`, else
 *   `since`) is at most Y and its `until`, if any, is not before Y (`until` ≥ Y: a tie is still
 *   there in its last year).
 * - Undated elements (a node without `founded`, a tie without `year` and `since`) count from the
 *   first year: they are present in every snapshot unless their end year says otherwise.
 *
 * Browser-safe: no Node imports.
 */
import { createEcoGraph } from '../../model/graph.js';
import type { EcoGraph, EdgeAttributes, NodeAttributes } from '../../model/types.js';

function yearOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The year a tie begins: `year`, else `since`; undefined for an undated tie.
 *
 * @param attributes - the tie's attributes
 * @example
 * tieStartYear({ kind: 'affiliation', since: 1922, until: 1928 }); // 1922
 */
export function tieStartYear(attributes: Pick<EdgeAttributes, 'year' | 'since'>): number | undefined {
  return yearOf(attributes.year) ?? yearOf(attributes.since);
}

/**
 * Whether a node exists at the end of `year`: founded in or before it (or undated) and not
 * dissolved in or before it.
 *
 * @param attributes - the node's attributes (`founded`, `dissolved`)
 * @param year - the snapshot year
 * @example
 * isNodePresent({ label: 'Hudson', founded: 1973, dissolved: 2012 }, 2011); // true
 * isNodePresent({ label: 'Hudson', founded: 1973, dissolved: 2012 }, 2012); // false
 */
export function isNodePresent(attributes: Pick<NodeAttributes, 'founded' | 'dissolved'>, year: number): boolean {
  const founded = yearOf(attributes.founded);
  if (founded !== undefined && founded > year) return false;
  const dissolved = yearOf(attributes.dissolved);
  return dissolved === undefined || dissolved > year;
}

/**
 * Whether a tie exists at the end of `year`: both ends present, begun in or before the year (or
 * undated), and `until` (if any) not before the year.
 *
 * @param attributes - the tie's attributes (`year`, `since`, `until`)
 * @param year - the snapshot year
 * @param sourcePresent - whether the source node is present ({@link isNodePresent})
 * @param targetPresent - whether the target node is present
 * @example
 * isEdgePresent({ since: 1922, until: 1928 }, 1928, true, true); // true
 * isEdgePresent({ since: 1922, until: 1928 }, 1929, true, true); // false
 */
export function isEdgePresent(
  attributes: Pick<EdgeAttributes, 'year' | 'since' | 'until'>,
  year: number,
  sourcePresent: boolean,
  targetPresent: boolean,
): boolean {
  if (!sourcePresent || !targetPresent) return false;
  const start = tieStartYear(attributes);
  if (start !== undefined && start > year) return false;
  const until = yearOf(attributes.until);
  return until === undefined || until >= year;
}

/** Whether a node has no founding year (it then counts from the first year). */
export function isUndatedNode(attributes: Pick<NodeAttributes, 'founded'>): boolean {
  return yearOf(attributes.founded) === undefined;
}

/** Whether a tie has neither `year` nor `since` (it then counts from the first year). */
export function isUndatedEdge(attributes: Pick<EdgeAttributes, 'year' | 'since'>): boolean {
  return tieStartYear(attributes) === undefined;
}

/** Undated elements of a graph: nodes without `founded`, ties without `year` and `since`. */
export interface UndatedCount {
  nodes: number;
  edges: number;
}

/**
 * Counts the undated nodes and ties of a graph (the "N undated elements" every evolution output
 * reports).
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
 * The first and last year of a graph: the smallest and largest `founded`, `dissolved`, `year`,
 * `since` and `until`; null when it has none. The default range of a timeline and of the
 * explorer's year slider (equal to `graphSummary(graph).years`, without the other counts).
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

function copyAttributes<A extends object>(attributes: A): A {
  const out = { ...attributes } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) out[k] = [...(v as unknown[])];
  return out as A;
}

/**
 * The ecosystem as of the end of `year`: a new graph holding the present nodes and ties (keys,
 * directions and attributes copied; list attributes are copied, not shared). The input graph is
 * never changed.
 *
 * @param graph - an ecosystem graph
 * @param year - the snapshot year
 * @returns a new graph with the graph attributes of the input
 * @example
 * const in1990 = snapshotAt(graph, 1990);
 * in1990.order; // actors founded by 1990 and still there at its end
 * @see {@link isNodePresent} and {@link isEdgePresent} for the rules
 */
export function snapshotAt(graph: EcoGraph, year: number): EcoGraph {
  const snapshot = createEcoGraph(copyAttributes(graph.getAttributes()));
  graph.forEachNode((node, attributes) => {
    if (isNodePresent(attributes, year)) snapshot.addNode(node, copyAttributes(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (!isEdgePresent(attributes, year, snapshot.hasNode(source), snapshot.hasNode(target))) return;
    if (undirected) snapshot.addUndirectedEdgeWithKey(edge, source, target, copyAttributes(attributes));
    else snapshot.addDirectedEdgeWithKey(edge, source, target, copyAttributes(attributes));
  });
  return snapshot;
}
