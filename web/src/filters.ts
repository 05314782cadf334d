/**
 * The filter panel's predicates without the DOM. Filters combine (a node shows when every filter
 * keeps it) in two stages: first the filters on each node's own values (a field's categories or
 * range, degree, the year range), then the structural ones on what is left (the largest connected
 * component of the remaining nodes and ties, the k-hop neighbourhood of the selected node inside
 * them). The result is the set of hidden nodes and ties, computed once per change and read by
 * sigma's reducers.
 */
import type { Presence } from '../../src/metrics/evolution/snapshot.js';
import type { EcoGraph } from '../../src/model/types.js';
import type { FieldValue } from './node-fields.js';
import { cellText } from './table-model.js';

/** Keeps nodes whose field's text is one of `keep` (`''` stands for an empty value). */
export interface CategoryFilter {
  type: 'category';
  field: string;
  keep: ReadonlySet<string>;
}

/** Keeps nodes whose numeric field lies in [min, max]; nodes without a number are hidden. */
export interface RangeFilter {
  type: 'range';
  field: string;
  min: number;
  max: number;
}

/** Keeps nodes with a degree (all ties of the whole graph) in [min, max]. */
export interface DegreeFilter {
  type: 'degree';
  min: number;
  max: number;
}

/**
 * Keeps nodes and ties present at the end of at least one year from `from` to `to`, by the
 * snapshot rules of `ecograph timeline` (the library's `presentDuring` with its defaults).
 */
export interface YearRangeFilter {
  type: 'years';
  from: number;
  to: number;
}

/** Keeps the largest connected component of what the other filters leave. */
export interface LargestComponentFilter {
  type: 'largest-component';
}

/** Keeps the nodes at most `hops` ties from `node` (through what the other filters leave). */
export interface EgoFilter {
  type: 'ego';
  node: string;
  hops: number;
}

export type NodeFilter = CategoryFilter | RangeFilter | DegreeFilter | YearRangeFilter | LargestComponentFilter | EgoFilter;

/** What the filters hide. */
export interface FilterResult {
  nodes: Set<string>;
  edges: Set<string>;
}

/** What the predicates read besides the graph. */
export interface FilterInputs {
  /** A field's value for a node, by field id. */
  value(field: string, node: string): FieldValue;
  /** The nodes and ties present at the end of at least one year of a range (the library's `presentDuring`). */
  presentDuring(from: number, to: number): Presence;
}

/**
 * Nodes kept by the largest connected component of the subgraph of `kept` nodes and the ties
 * between them (not in `hiddenEdges`); ties between components of equal size go to the one whose
 * first node comes first in the graph's order.
 */
export function largestComponentOf(graph: EcoGraph, kept: (node: string) => boolean, hiddenEdges: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  let best: string[] = [];
  const noHiddenEdges = hiddenEdges.size === 0;
  graph.forEachNode((start) => {
    if (seen.has(start) || !kept(start)) return;
    const queue = [start];
    seen.add(start);
    const visit = (next: string) => {
      if (!seen.has(next) && kept(next)) {
        seen.add(next);
        queue.push(next);
      }
    };
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      if (noHiddenEdges) graph.forEachNeighbor(node, visit);
      else
        graph.forEachEdge(node, (edge, _a, s, t) => {
          if (!hiddenEdges.has(edge)) visit(s === node ? t : s);
        });
    }
    if (queue.length > best.length) best = queue;
  });
  return new Set(best);
}

/**
 * Nodes at most `hops` ties from `node` (ties followed in both directions), inside the `kept`
 * nodes and the ties not in `hiddenEdges`; empty when the node itself is not kept.
 */
export function kHopNeighbourhood(graph: EcoGraph, node: string, hops: number, kept: (node: string) => boolean, hiddenEdges: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!graph.hasNode(node) || !kept(node)) return out;
  out.add(node);
  let frontier = [node];
  for (let d = 0; d < hops && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachEdge(n, (edge, _a, s, t) => {
        if (hiddenEdges.has(edge)) return;
        const other = s === n ? t : s;
        if (!out.has(other) && kept(other)) {
          out.add(other);
          next.push(other);
        }
      });
    frontier = next;
  }
  return out;
}

/** Whether a node passes one of the value filters. */
function passes(filter: CategoryFilter | RangeFilter | DegreeFilter, graph: EcoGraph, node: string, inputs: FilterInputs): boolean {
  if (filter.type === 'degree') {
    const d = graph.degree(node);
    return d >= filter.min && d <= filter.max;
  }
  const v = inputs.value(filter.field, node);
  if (filter.type === 'category') return filter.keep.has(cellText(v));
  return typeof v === 'number' && Number.isFinite(v) && v >= filter.min && v <= filter.max;
}

/**
 * What a list of filters hides (see the module comment for how they combine).
 *
 * @param graph - the graph
 * @param filters - the active filters
 * @param inputs - field values and the year snapshots
 * @returns the hidden nodes, and the ties hidden on their own (ties of hidden nodes are hidden by the reducers anyway)
 * @example applyFilters(graph, [{ type: 'degree', min: 2, max: Infinity }], inputs).nodes
 */
export function applyFilters(graph: EcoGraph, filters: readonly NodeFilter[], inputs: FilterInputs): FilterResult {
  const hidden = new Set<string>();
  const hiddenEdges = new Set<string>();
  const valueFilters = filters.filter((f): f is CategoryFilter | RangeFilter | DegreeFilter => f.type === 'category' || f.type === 'range' || f.type === 'degree');
  const years = filters.filter((f): f is YearRangeFilter => f.type === 'years');
  const present = years.map((f) => inputs.presentDuring(f.from, f.to));
  graph.forEachNode((node) => {
    if (valueFilters.some((f) => !passes(f, graph, node, inputs)) || present.some((p) => !p.nodes.has(node))) hidden.add(node);
  });
  if (present.length > 0)
    graph.forEachEdge((edge) => {
      if (present.some((p) => !p.edges.has(edge))) hiddenEdges.add(edge);
    });
  for (const f of filters) {
    const kept = (n: string) => !hidden.has(n);
    let keep: Set<string> | null = null;
    if (f.type === 'largest-component') keep = largestComponentOf(graph, kept, hiddenEdges);
    else if (f.type === 'ego') keep = kHopNeighbourhood(graph, f.node, f.hops, kept, hiddenEdges);
    if (keep === null) continue;
    const k = keep;
    graph.forEachNode((n) => {
      if (!k.has(n)) hidden.add(n);
    });
  }
  return { nodes: hidden, edges: hiddenEdges };
}
