/**
 * The filter panel's predicates without the DOM. Filters combine (a node shows when every filter
 * keeps it) in two stages: first the filters on each node's own values (a field's categories or
 * range, degree, the year range), then the structural ones on what is left (the largest connected
 * component of the remaining nodes and ties, the k-hop neighbourhood of the selected node inside
 * them). The result is the set of hidden nodes and ties, computed once per change and read by
 * sigma's reducers.
 */
import { spanMeetsRange, type PresenceSpans } from '../../src/metrics/evolution/snapshot.js';
import type { EcoGraph } from '../../src/model/types.js';
import type { FieldValue } from './node-fields.js';
import { cellText } from './table-model.js';
import { graphIndex, type GraphIndex } from './graph-index.js';

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
  /** Each node's and tie's span of presence under the default time rules (the library's `presenceSpans`, which its `presentDuring` reads). */
  presenceSpans(): PresenceSpans;
}

interface SpanArrays {
  index: GraphIndex;
  /** Start and end year by node and tie number; NaN where there is no span. */
  nodeStart: Float64Array;
  nodeEnd: Float64Array;
  edgeStart: Float64Array;
  edgeEnd: Float64Array;
}

const spanArrays = new WeakMap<PresenceSpans, SpanArrays>();

/** The spans by node and tie number (made once per spans and index). */
function arraysOf(index: GraphIndex, spans: PresenceSpans): SpanArrays {
  let a = spanArrays.get(spans);
  if (a?.index === index) return a;
  a = { index, nodeStart: new Float64Array(index.nodes.length).fill(NaN), nodeEnd: new Float64Array(index.nodes.length), edgeStart: new Float64Array(index.edges.length).fill(NaN), edgeEnd: new Float64Array(index.edges.length) };
  for (let i = 0; i < index.nodes.length; i++) {
    const span = spans.nodes.get(index.nodes[i]!);
    if (span) [a.nodeStart[i], a.nodeEnd[i]] = [span.start, span.end];
  }
  for (let k = 0; k < index.edges.length; k++) {
    const span = spans.edges.get(index.edges[k]!);
    if (span) [a.edgeStart[k], a.edgeEnd[k]] = [span.start, span.end];
  }
  spanArrays.set(spans, a);
  return a;
}

/**
 * 1 for each node and tie present at the end of at least one year of `from`–`to` (the library's
 * `presentDuring`, read off the spans): a tie also needs both its ends present.
 */
function presentDuringMasks(index: GraphIndex, spans: PresenceSpans, from: number, to: number): { nodes: Uint8Array; edges: Uint8Array } {
  const a = arraysOf(index, spans);
  const first = Math.min(from, to);
  const last = Math.max(from, to);
  const nodes = new Uint8Array(index.nodes.length);
  for (let i = 0; i < nodes.length; i++) if (!Number.isNaN(a.nodeStart[i]!) && spanMeetsRange(a.nodeStart[i]!, a.nodeEnd[i]!, first, last)) nodes[i] = 1;
  const edges = new Uint8Array(index.edges.length);
  for (let k = 0; k < edges.length; k++)
    if (nodes[index.source[k]!] === 1 && nodes[index.target[k]!] === 1 && !Number.isNaN(a.edgeStart[k]!) && spanMeetsRange(a.edgeStart[k]!, a.edgeEnd[k]!, first, last)) edges[k] = 1;
  return { nodes, edges };
}

/** 1 for each node `kept` keeps, by node number. */
function nodeMask(index: GraphIndex, kept: (node: string) => boolean): Uint8Array {
  const mask = new Uint8Array(index.nodes.length);
  for (let i = 0; i < mask.length; i++) if (kept(index.nodes[i]!)) mask[i] = 1;
  return mask;
}

/** 1 for each tie in `edges`, by tie number (null when there are none). */
function edgeMask(index: GraphIndex, edges: ReadonlySet<string>): Uint8Array | null {
  if (edges.size === 0) return null;
  const mask = new Uint8Array(index.edges.length);
  for (const e of edges) {
    const k = index.edgeIndex.get(e);
    if (k !== undefined) mask[k] = 1;
  }
  return mask;
}

function setOf(index: GraphIndex, mask: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) out.add(index.nodes[i]!);
  return out;
}

/**
 * The largest connected component (1 by node number) of the kept nodes (`keep`) and the ties
 * between them not hidden (`hiddenEdges`); ties between sizes go to the component whose first
 * node comes first in the graph's order.
 */
function largestComponentMask(index: GraphIndex, keep: Uint8Array, hiddenEdges: Uint8Array | null): Uint8Array {
  const n = index.nodes.length;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let best = -1;
  let bestSize = 0;
  for (let start = 0; start < n; start++) {
    if (component[start] !== -1 || keep[start] !== 1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    component[start] = start;
    while (head < tail) {
      const node = queue[head++]!;
      for (let p = index.adjacencyStart[node]!; p < index.adjacencyStart[node + 1]!; p++) {
        const next = index.adjacentNode[p]!;
        if (component[next] !== -1 || keep[next] !== 1 || (hiddenEdges !== null && hiddenEdges[index.adjacentEdge[p]!] === 1)) continue;
        component[next] = start;
        queue[tail++] = next;
      }
    }
    if (tail > bestSize) {
      bestSize = tail;
      best = start;
    }
  }
  const out = new Uint8Array(n);
  if (best >= 0) for (let i = 0; i < n; i++) if (component[i] === best) out[i] = 1;
  return out;
}

/** The nodes (1 by node number) at most `hops` ties from node number `start`, inside `keep` and the ties not hidden. */
function kHopMask(index: GraphIndex, start: number, hops: number, keep: Uint8Array, hiddenEdges: Uint8Array | null): Uint8Array {
  const out = new Uint8Array(index.nodes.length);
  if (keep[start] !== 1) return out;
  out[start] = 1;
  let frontier = [start];
  for (let d = 0; d < hops && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const node of frontier)
      for (let p = index.adjacencyStart[node]!; p < index.adjacencyStart[node + 1]!; p++) {
        const other = index.adjacentNode[p]!;
        if (out[other] === 1 || keep[other] !== 1 || (hiddenEdges !== null && hiddenEdges[index.adjacentEdge[p]!] === 1)) continue;
        out[other] = 1;
        next.push(other);
      }
    frontier = next;
  }
  return out;
}

/**
 * Nodes kept by the largest connected component of the subgraph of `kept` nodes and the ties
 * between them (not in `hiddenEdges`); ties between components of equal size go to the one whose
 * first node comes first in the graph's order.
 */
export function largestComponentOf(graph: EcoGraph, kept: (node: string) => boolean, hiddenEdges: ReadonlySet<string>): Set<string> {
  const index = graphIndex(graph);
  return setOf(index, largestComponentMask(index, nodeMask(index, kept), edgeMask(index, hiddenEdges)));
}

/**
 * Nodes at most `hops` ties from `node` (ties followed in both directions), inside the `kept`
 * nodes and the ties not in `hiddenEdges`; empty when the node itself is not kept.
 */
export function kHopNeighbourhood(graph: EcoGraph, node: string, hops: number, kept: (node: string) => boolean, hiddenEdges: ReadonlySet<string>): Set<string> {
  const index = graphIndex(graph);
  const start = index.nodeIndex.get(node);
  if (start === undefined) return new Set();
  return setOf(index, kHopMask(index, start, hops, nodeMask(index, kept), edgeMask(index, hiddenEdges)));
}

/** Whether a node's value passes a category or range filter. */
function passes(filter: CategoryFilter | RangeFilter, v: FieldValue): boolean {
  if (filter.type === 'category') return filter.keep.has(cellText(v));
  return typeof v === 'number' && Number.isFinite(v) && v >= filter.min && v <= filter.max;
}

/**
 * What a list of filters hides (see the module comment for how they combine). Works on the
 * graph's numbered index (`graph-index.ts`), each filter one pass over typed arrays.
 *
 * @param graph - the graph
 * @param filters - the active filters
 * @param inputs - field values and the year snapshots
 * @returns the hidden nodes, and the ties between shown nodes that are hidden on their own (ties of hidden nodes are hidden by the reducers anyway)
 * @example applyFilters(graph, [{ type: 'degree', min: 2, max: Infinity }], inputs).nodes
 */
export function applyFilters(graph: EcoGraph, filters: readonly NodeFilter[], inputs: FilterInputs): FilterResult {
  const index = graphIndex(graph);
  const n = index.nodes.length;
  const hidden = new Uint8Array(n);
  let hiddenEdges: Uint8Array | null = null;
  for (const f of filters) {
    if (f.type === 'degree') {
      for (let i = 0; i < n; i++) if (index.degree[i]! < f.min || index.degree[i]! > f.max) hidden[i] = 1;
    } else if (f.type === 'category' || f.type === 'range') {
      for (let i = 0; i < n; i++) if (hidden[i] === 0 && !passes(f, inputs.value(f.field, index.nodes[i]!))) hidden[i] = 1;
    } else if (f.type === 'years') {
      const present = presentDuringMasks(index, inputs.presenceSpans(), f.from, f.to);
      for (let i = 0; i < n; i++) if (present.nodes[i] === 0) hidden[i] = 1;
      hiddenEdges ??= new Uint8Array(index.edges.length);
      for (let k = 0; k < hiddenEdges.length; k++) if (present.edges[k] === 0) hiddenEdges[k] = 1;
    }
  }
  for (const f of filters) {
    let keep: Uint8Array | null = null;
    const kept = () => hidden.map((h) => 1 - h);
    if (f.type === 'largest-component') keep = largestComponentMask(index, kept(), hiddenEdges);
    else if (f.type === 'ego') {
      const start = index.nodeIndex.get(f.node);
      keep = start === undefined ? new Uint8Array(n) : kHopMask(index, start, f.hops, kept(), hiddenEdges);
    }
    if (keep === null) continue;
    for (let i = 0; i < n; i++) if (keep[i] === 0) hidden[i] = 1;
  }
  const edges = new Set<string>();
  if (hiddenEdges) for (let k = 0; k < hiddenEdges.length; k++) if (hiddenEdges[k] === 1 && hidden[index.source[k]!] === 0 && hidden[index.target[k]!] === 0) edges.add(index.edges[k]!);
  return { nodes: setOf(index, hidden), edges };
}
