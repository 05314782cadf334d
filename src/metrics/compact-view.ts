/**
 * The view of a streamed graph, built on typed arrays: a reader of `io/` hands every valid tie to
 * {@link CompactViewBuilder} (a {@link TieSink}) as it validates the file, and
 * {@link CompactViewBuilder.finish} makes the same {@link IndexedGraph} and {@link ViewDescription}
 * as `indexGraph(buildView(graph, view).graph)`: the same node order, arcs, strengths and
 * distances, merged ties, dropped self-loops and zero-strength ties, with the defaults and error
 * messages of `view-rules.ts` that {@link buildView} uses too.
 *
 * One difference, in messages only: a bad weight is named by the tie's file and line rather than by
 * its edge key (keys generated for edges without an id are not kept).
 *
 * Browser-safe: no Node imports.
 */
import type { CompactGraph, CompactKept, SpinoffTies, TieSink } from '../model/compact-graph.js';
import type { SourceLocation } from '../model/problems.js';
import type { EdgeKind, NodeKind } from '../model/schema.js';
import { Float64List, Int32List, Uint8List } from '../model/typed-list.js';
import type { IndexedGraph } from './indexed-graph.js';
import { MetricError } from './metric-error.js';
import { DEFAULTS as VIEW_DEFAULTS, describeViewOptions, tieWeight, zeroDistanceError, type ViewDescription, type ViewOptions } from './view-rules.js';

export { UNTYPED, type SpinoffTies } from '../model/compact-graph.js';

/** A graph loaded straight into the indexed form of one view, with what was kept of its nodes (by view node index). */
export interface CompactLoad extends CompactKept {
  graph: IndexedGraph;
  view: ViewDescription;
  /** Kind of each view node: an index into `NODE_KINDS`, or {@link UNTYPED}. */
  nodeKinds: Uint8Array;
}

/** How a tie is named in a weight error: by its file and line. */
const tieAt = (loc: SourceLocation) => () => `edge at ${loc.file}${loc.line !== undefined ? `:${loc.line}` : ''}`;

/**
 * Gathers the ties of one view as a reader validates a graph, then makes the view.
 *
 * @example
 * const view = new CompactViewBuilder({ weighted: 'weight' });
 * const graph = await readCompactGraph('big-csv/', { sink: view });
 * const { graph: indexed, view: description } = view.finish(graph);
 * @see buildView in `./view.ts` and indexGraph in `./indexed-graph.ts`, whose result this equals
 */
export class CompactViewBuilder implements TieSink {
  /** View index of each graph node, -1 when the node-kind filter leaves it out (only with a node-kind filter: without one, a node's view index is its graph index). */
  private readonly viewIndex = new Int32List(1024);
  /** The ids of the view's nodes, with a node-kind filter (without one, the view's nodes are the graph's). */
  private readonly viewIds: string[] = [];
  /**
   * A count per view node, counted once the ties are all in ({@link countTies}): in a weighted view, the ties whose first end it is
   * (see {@link firstEndBuckets}); in an unweighted view, its arcs (its out-arcs when directed).
   */
  private readonly tiesAt = new Int32List(1024);
  /** The in-arcs of each view node (a directed, unweighted view only). */
  private readonly inArcsAt: Int32List | undefined;
  private readonly tieS = new Int32List(1 << 16);
  private readonly tieT = new Int32List(1 << 16);
  private readonly tieW: Float64List | undefined;
  private selfLoopsDropped = 0;
  /** Whether {@link countTies} has counted the ties. */
  private counted = false;
  private weightError: MetricError | undefined;
  private readonly directed: boolean;
  private readonly weighted: string | undefined;
  private readonly nodeKindFilter: Set<string> | undefined;
  private readonly edgeKindFilter: Set<string> | undefined;

  /** @param options - the view to build (the default: the simple undirected projection) */
  constructor(private readonly options: ViewOptions = {}) {
    if (options.asOf !== undefined) throw new MetricError('view', 'a view as of a year is built from the whole graph: use compactLoadOfGraph (the opener does)');
    this.directed = options.directed ?? VIEW_DEFAULTS.directed;
    this.weighted = options.weighted;
    this.nodeKindFilter = options.nodeKinds ? new Set(options.nodeKinds) : undefined;
    this.edgeKindFilter = options.edgeKinds ? new Set(options.edgeKinds) : undefined;
    this.tieW = this.weighted !== undefined ? new Float64List(1 << 16) : undefined;
    this.inArcsAt = this.directed && this.tieW === undefined ? new Int32List(1024) : undefined;
  }

  node(id: string, kind: NodeKind | undefined): void {
    if (this.nodeKindFilter !== undefined) {
      if (kind === undefined || !this.nodeKindFilter.has(kind)) {
        this.viewIndex.push(-1);
        return;
      }
      this.viewIndex.push(this.viewIds.length);
      this.viewIds.push(id);
    }
    this.tiesAt.push(0);
    this.inArcsAt?.push(0);
  }

  /** The view part of `buildView` for one valid tie: kind and node filters, self-loops, weight, direction. */
  tie(s: number, t: number, directed: boolean, kind: EdgeKind | undefined, attributes: Readonly<Record<string, unknown>>, loc: SourceLocation): void {
    if (this.edgeKindFilter && (kind === undefined || !this.edgeKindFilter.has(kind))) return;
    const vs = this.nodeKindFilter === undefined ? s : this.viewIndex.get(s);
    const vt = this.nodeKindFilter === undefined ? t : this.viewIndex.get(t);
    if (vs < 0 || vt < 0) return;
    if (s === t) {
      this.selfLoopsDropped++;
      return;
    }
    let weight = 1;
    if (this.weighted !== undefined) {
      const value: unknown = this.weighted === 'kind' ? kind : attributes[this.weighted];
      try {
        weight = tieWeight(value, this.weighted, tieAt(loc));
      } catch (err) {
        // the first bad weight is reported after the whole file is read: validation errors come first
        this.weightError ??= err as MetricError;
      }
    }
    this.keepTie(vs, vt, weight);
    if (this.directed && !directed) this.keepTie(vt, vs, weight);
  }

  /** Keeps one tie of the view (of a directed view: an arc); it is counted at its nodes by {@link countTies}. */
  private keepTie(s: number, t: number, weight: number): void {
    this.tieS.push(s);
    this.tieT.push(t);
    this.tieW?.push(weight);
  }

  /**
   * Counts the kept ties at their nodes ({@link tiesAt}, {@link inArcsAt}), once, after the last
   * tie: in one pass of its own over the tie arrays, whose scattered increments the processor
   * overlaps, rather than one by one amid the reading of the file (where each waits for memory).
   */
  private countTies(): void {
    if (this.counted) return;
    this.counted = true;
    const m = this.tieS.length;
    const tieS = this.tieS.raw;
    const tieT = this.tieT.raw;
    if (this.tieW !== undefined) countFirstEnds(tieS, tieT, m, this.directed, this.tiesAt.raw);
    else if (this.inArcsAt !== undefined) countArcEnds(tieS, tieT, m, this.tiesAt.raw, this.inArcsAt.raw);
    else countBothEnds(tieS, tieT, m, this.tiesAt.raw);
  }

  /**
   * Makes the view, once the reader has validated the whole graph.
   *
   * @param data - what the reader kept of the graph (ids, kinds, labels, lineage attributes)
   * @returns the indexed view, its description and the kept attributes of every view node
   * @throws MetricError for a bad weight or a zero distance (as `buildView`)
   */
  finish(data: CompactGraph): CompactLoad {
    if (this.weightError) throw this.weightError;
    this.countTies();
    const n = this.tiesAt.length;
    const viewIds = this.nodeKindFilter === undefined ? data.ids.slice() : this.viewIds;
    const m = this.tieS.length;
    const tieS = this.tieS.raw;
    const tieT = this.tieT.raw;
    const tieW = this.tieW?.raw;
    const directed = this.directed;
    const { outStart, outTargets, inStart, inSources, mergedTies, zeroStrengthDropped, ...weights } = tieW
      ? this.weightedArcs(tieS, tieT, tieW, m, viewIds)
      : this.unweightedArcs(tieS, tieT, m, n);
    const edges = m - mergedTies - zeroStrengthDropped;
    const { outStrength, outDistance, inStrength, inDistance } = weights;
    const sameNodes = n === data.ids.length;
    const graph: IndexedGraph = {
      directed,
      weighted: this.weighted !== undefined,
      nodes: viewIds,
      index: new Map(),
      outStart,
      outTargets,
      outStrength,
      outDistance,
      inStart,
      inSources,
      inStrength,
      inDistance,
    };
    // The id → index map is built when first read (metrics iterate indices and rarely need it).
    let index: Map<string, number> | undefined;
    Object.defineProperty(graph, 'index', {
      enumerable: true,
      get: () => (index ??= sameNodes ? data.indexMap() : new Map(viewIds.map((id, i) => [id, i]))),
    });
    const description = describeViewOptions(this.options, { nodes: n, edges, mergedTies, selfLoopsDropped: this.selfLoopsDropped, zeroStrengthDropped });
    const kept = sameNodes ? data : this.viewNodeAttributes(data, n);
    const nodeKinds = kept.kinds;
    const { founded, listed, labels } = kept;
    const result: CompactLoad = {
      graph,
      view: description,
      nodeKinds,
      attributes: data.attributes,
      warnings: data.warnings,
      warningCount: data.warningCount,
    };
    if (labels) result.labels = labels;
    if (data.attributeNames) result.attributeNames = data.attributeNames;
    if (data.ties !== undefined) result.ties = data.ties;
    if (founded) result.founded = founded;
    if (listed) result.listed = listed;
    if (data.spinoffs) result.spinoffs = this.nodeKindFilter === undefined ? data.spinoffs : this.viewSpinoffs(data.spinoffs);
    return result;
  }

  /**
   * The adjacency of an unweighted view: every tie's arcs at its nodes in tie order, then at each
   * node the arcs to a neighbour already listed dropped (the later ties of a pair: merged). Each
   * pass over the ties is a function of its own: `finish` runs once, so its loops run before the
   * optimising compiler has seen them, and a small function is compiled (on stack) sooner.
   */
  private unweightedArcs(tieS: Int32Array, tieT: Int32Array, m: number, n: number): ViewArcs {
    const directed = this.directed;
    const outStart = startsOf(this.tiesAt.raw, n);
    let outTargets = new Int32Array(outStart[n]!);
    if (directed) fillEveryArc(tieS, tieT, m, outStart.slice(0, n), outTargets);
    else fillEveryUndirectedArc(tieS, tieT, m, outStart.slice(0, n), outTargets);
    const dropped = dropRepeatedNeighbours(outStart, outTargets);
    if (dropped > 0) outTargets = outTargets.slice(0, outStart[n]!);
    let inStart = outStart;
    let inSources = outTargets;
    if (directed) {
      inStart = startsOf(this.inArcsAt!.raw, n);
      inSources = new Int32Array(inStart[n]!);
      fillEveryArc(tieT, tieS, m, inStart.slice(0, n), inSources);
      if (dropRepeatedNeighbours(inStart, inSources) > 0) inSources = inSources.slice(0, inStart[n]!);
    }
    // every strength and distance is 1: one array of ones serves as all four
    const ones = new Float64Array(outTargets.length).fill(1);
    const mergedTies = directed ? dropped : dropped / 2;
    return { outStart, outTargets, inStart, inSources, outStrength: ones, outDistance: ones, inStrength: ones, inDistance: ones, mergedTies, zeroStrengthDropped: 0 };
  }

  /**
   * The adjacency of a weighted view: the ties grouped by first end find the first tie of each
   * pair, which takes the weights of the later ones; weights as strengths or distances; arcs filled
   * in the order of the pairs' first ties.
   */
  private weightedArcs(tieS: Int32Array, tieT: Int32Array, tieW: Float64Array, m: number, viewIds: readonly string[]): ViewArcs {
    const directed = this.directed;
    const n = viewIds.length;
    const bucket = firstEndBuckets(this.tiesAt.raw, n);
    const { order, other } = tiesByFirstEnd(tieS, tieT, m, bucket, directed);
    // the arcs at each node of the first ties of the pairs, counted as those are found
    const outStart = new Int32Array(n + 1);
    const inStart = directed ? new Int32Array(n + 1) : outStart;
    const { first, mergedTies } = firstTiesOfPairs(bucket, order, other, tieW, outStart, inStart);
    const weightAs = this.options.weightAs ?? VIEW_DEFAULTS.weightAs;
    const zero = firstZeroWeightTie(first, tieW, m, 0);
    if (zero < m && weightAs !== 'strength') throw zeroDistanceError(viewIds[tieS[zero]!]!, viewIds[tieT[zero]!]!);
    const zeroStrengthDropped = dropZeroStrengthTies(first, tieS, tieT, tieW, m, zero, outStart, inStart);
    cumulate(outStart, n);
    if (directed) cumulate(inStart, n);
    const arcs = outStart[n]!;
    const outTargets = new Int32Array(arcs);
    const outStrength = new Float64Array(arcs);
    const outDistance = new Float64Array(arcs);
    if (!directed) {
      fillUndirectedArcs(tieS, tieT, first, m, outStart.slice(0, n), outTargets);
      fillUndirectedArcWeights(tieS, tieT, tieW, first, m, weightAs, outStart.slice(0, n), outStrength, outDistance);
      return { outStart, outTargets, inStart, inSources: outTargets, outStrength, outDistance, inStrength: outStrength, inDistance: outDistance, mergedTies, zeroStrengthDropped };
    }
    const inSources = new Int32Array(arcs);
    const inStrength = new Float64Array(arcs);
    const inDistance = new Float64Array(arcs);
    fillArcs(tieS, tieT, first, m, outStart.slice(0, n), outTargets);
    fillArcs(tieT, tieS, first, m, inStart.slice(0, n), inSources);
    fillArcWeights(tieS, tieW, first, m, weightAs, outStart.slice(0, n), outStrength, outDistance);
    fillArcWeights(tieT, tieW, first, m, weightAs, inStart.slice(0, n), inStrength, inDistance);
    return { outStart, outTargets, inStart, inSources, outStrength, outDistance, inStrength, inDistance, mergedTies, zeroStrengthDropped };
  }

  /** The kinds and kept attributes of the graph's nodes that are in the view (`n` of them), by view index (with a node-kind filter). */
  private viewNodeAttributes(data: CompactGraph, n: number): Pick<CompactGraph, 'kinds' | 'founded' | 'listed' | 'labels'> {
    const kinds = new Uint8Array(n);
    const founded = data.founded ? new Float64Array(n) : undefined;
    const listed = data.listed ? new Uint8Array(n) : undefined;
    const labels = data.labels ? new Array<string>(n) : undefined;
    for (let i = 0, v = 0; i < data.ids.length; i++) {
      if (this.viewIndex.get(i) < 0) continue;
      kinds[v] = data.kinds[i]!;
      if (founded) founded[v] = data.founded![i]!;
      if (listed) listed[v] = data.listed![i]!;
      if (labels) labels[v] = data.labels![i]!;
      v++;
    }
    const kept: Pick<CompactGraph, 'kinds' | 'founded' | 'listed' | 'labels'> = { kinds };
    if (founded) kept.founded = founded;
    if (listed) kept.listed = listed;
    if (labels) kept.labels = labels;
    return kept;
  }

  /** Spin-off ties whose two ends are in the view, over view indices (with a node-kind filter). */
  private viewSpinoffs(ties: SpinoffTies): SpinoffTies {
    const m = ties.source.length;
    const source = new Int32List(m);
    const target = new Int32List(m);
    const confidence = new Uint8List(m);
    for (let e = 0; e < m; e++) {
      const s = this.viewIndex.get(ties.source[e]!);
      const t = this.viewIndex.get(ties.target[e]!);
      if (s < 0 || t < 0) continue;
      source.push(s);
      target.push(t);
      confidence.push(ties.confidence[e]!);
    }
    return { source: source.toArray(), target: target.toArray(), confidence: confidence.toArray() };
  }
}

/** The compressed adjacency of a view, its weights as strengths and distances, and the ties merged or dropped on the way. */
type ViewArcs = Pick<IndexedGraph, 'outStart' | 'outTargets' | 'outStrength' | 'outDistance' | 'inStart' | 'inSources' | 'inStrength' | 'inDistance'> & {
  mergedTies: number;
  zeroStrengthDropped: number;
};

/** Each tie counted at both its ends (an undirected, unweighted view). */
function countBothEnds(tieS: Int32Array, tieT: Int32Array, m: number, counts: Int32Array): void {
  for (let e = 0; e < m; e++) {
    counts[tieS[e]!]!++;
    counts[tieT[e]!]!++;
  }
}

/** Each arc counted at its source in `out` and at its target in `into` (a directed, unweighted view). */
function countArcEnds(tieS: Int32Array, tieT: Int32Array, m: number, out: Int32Array, into: Int32Array): void {
  for (let e = 0; e < m; e++) {
    out[tieS[e]!]!++;
    into[tieT[e]!]!++;
  }
}

/** Each tie counted at its first end (a weighted view; see firstEndBuckets): its source when directed, else its smaller end. */
function countFirstEnds(tieS: Int32Array, tieT: Int32Array, m: number, directed: boolean, counts: Int32Array): void {
  for (let e = 0; e < m; e++) {
    const s = tieS[e]!;
    const t = tieT[e]!;
    counts[directed || s < t ? s : t]!++;
  }
}

/** Start offsets (`n + 1`) of lists of the given lengths (`counts[v]` for node v). */
function startsOf(counts: Int32Array, n: number): Int32Array {
  const start = new Int32Array(n + 1);
  start.set(counts.subarray(0, n), 1);
  cumulate(start, n);
  return start;
}

/** The arcs of a directed view's ties, every one, at their `from` ends in tie order. */
function fillEveryArc(from: Int32Array, to: Int32Array, m: number, fill: Int32Array, ends: Int32Array): void {
  for (let e = 0; e < m; e++) ends[fill[from[e]!]!++] = to[e]!;
}

/** The arcs of an undirected view's ties, every one, at both ends in tie order (at its source, then at its target). */
function fillEveryUndirectedArc(tieS: Int32Array, tieT: Int32Array, m: number, fill: Int32Array, ends: Int32Array): void {
  for (let e = 0; e < m; e++) {
    const s = tieS[e]!;
    const t = tieT[e]!;
    ends[fill[s]!++] = t;
    ends[fill[t]!++] = s;
  }
}

/**
 * Keeps, in each node's list, the first arc to each neighbour (in place: the lists close up and
 * `start` is rewritten); how many arcs were dropped.
 */
function dropRepeatedNeighbours(start: Int32Array, ends: Int32Array): number {
  const n = start.length - 1;
  const listedAt = new Int32Array(n).fill(-1);
  let kept = 0;
  let from = 0;
  for (let v = 0; v < n; v++) {
    const to = start[v + 1]!;
    start[v] = kept;
    for (let k = from; k < to; k++) {
      const u = ends[k]!;
      if (listedAt[u] === v) continue;
      listedAt[u] = v;
      ends[kept++] = u;
    }
    from = to;
  }
  start[n] = kept;
  return from - kept;
}

// The passes of CompactViewBuilder.finish over the ties of a weighted view, in the order it runs
// them. Ties are numbered in arrival order; a tie's first end is its source in a directed view,
// its lower end in an undirected one (the pair a parallel tie shares).

/** Where each node's ties start when the ties are grouped by first end (`n + 1` offsets), from the ties at each (`counts`). */
function firstEndBuckets(counts: Int32Array, n: number): Int32Array {
  const bucket = new Int32Array(n + 1);
  bucket.set(counts.subarray(0, n), 1);
  cumulate(bucket, n);
  return bucket;
}

/** The ties grouped by first end, in arrival order within a group (`order`), with their other end beside them (`other`). */
function tiesByFirstEnd(tieS: Int32Array, tieT: Int32Array, m: number, bucket: Int32Array, directed: boolean): { order: Int32Array; other: Int32Array } {
  const order = new Int32Array(m);
  const other = new Int32Array(m);
  const fill = bucket.slice(0, bucket.length - 1);
  for (let e = 0; e < m; e++) {
    const s = tieS[e]!;
    const t = tieT[e]!;
    const low = directed || s < t;
    const k = fill[low ? s : t]!++;
    order[k] = e;
    other[k] = low ? t : s;
  }
  return { order, other };
}

/**
 * Finds the first tie of each pair of nodes (`first[e]` = 1); a later tie of the pair adds its
 * weight to the first one's. Counts the arcs the first ties make at each node into
 * `outStart[v + 1]` and `inStart[v + 1]` (the same array in an undirected view).
 */
function firstTiesOfPairs(
  bucket: Int32Array,
  order: Int32Array,
  other: Int32Array,
  tieW: Float64Array | undefined,
  outStart: Int32Array,
  inStart: Int32Array,
): { first: Uint8Array; mergedTies: number } {
  const n = bucket.length - 1;
  const first = new Uint8Array(order.length);
  const stamp = new Int32Array(n).fill(-1);
  const firstTie = new Int32Array(n);
  let mergedTies = 0;
  for (let a = 0; a < n; a++) {
    for (let k = bucket[a]!, end = bucket[a + 1]!; k < end; k++) {
      const b = other[k]!;
      if (stamp[b] !== a) {
        stamp[b] = a;
        firstTie[b] = order[k]!;
        first[order[k]!] = 1;
        outStart[a + 1]!++;
        inStart[b + 1]!++;
      } else {
        mergedTies++;
        if (tieW) tieW[firstTie[b]!]! += tieW[order[k]!]!;
      }
    }
  }
  return { first, mergedTies };
}

/** The first tie of a pair from `from` on whose (merged) weight is 0, or `m`. */
function firstZeroWeightTie(first: Uint8Array, tieW: Float64Array, m: number, from: number): number {
  for (let e = from; e < m; e++) if (first[e] === 1 && tieW[e] === 0) return e;
  return m;
}

/** Drops the first ties of weight 0 from `from` on (strengths of 0), uncounting their arcs; how many. */
function dropZeroStrengthTies(first: Uint8Array, tieS: Int32Array, tieT: Int32Array, tieW: Float64Array, m: number, from: number, outStart: Int32Array, inStart: Int32Array): number {
  let dropped = 0;
  for (let e = from; e < m; e++) {
    if (first[e] !== 1 || tieW[e] !== 0) continue;
    first[e] = 0;
    dropped++;
    outStart[tieS[e]! + 1]!--;
    inStart[tieT[e]! + 1]!--;
  }
  return dropped;
}

/** Turns counts at `offsets[1..n]` into start offsets (prefix sums, in place). */
function cumulate(offsets: Int32Array, n: number): void {
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
}

/** The arcs of a directed view's first ties at their `from` ends (out-lists: from source to target; in-lists: the reverse), in tie order. */
function fillArcs(from: Int32Array, to: Int32Array, first: Uint8Array, m: number, fill: Int32Array, ends: Int32Array): void {
  for (let e = 0; e < m; e++) if (first[e] === 1) ends[fill[from[e]!]!++] = to[e]!;
}

/** The arcs of an undirected view's first ties at both ends, in tie order (a tie's arc at its source, then at its target). */
function fillUndirectedArcs(tieS: Int32Array, tieT: Int32Array, first: Uint8Array, m: number, fill: Int32Array, ends: Int32Array): void {
  for (let e = 0; e < m; e++) {
    if (first[e] !== 1) continue;
    const s = tieS[e]!;
    const t = tieT[e]!;
    ends[fill[s]!++] = t;
    ends[fill[t]!++] = s;
  }
}

/** The strengths and distances of the arcs {@link fillArcs} placed at their `from` ends. */
function fillArcWeights(from: Int32Array, tieW: Float64Array, first: Uint8Array, m: number, weightAs: string, fill: Int32Array, strength: Float64Array, distance: Float64Array): void {
  for (let e = 0; e < m; e++) {
    if (first[e] !== 1) continue;
    const w = tieW[e]!;
    const o = fill[from[e]!]!++;
    strength[o] = w;
    distance[o] = weightAs === 'strength' ? 1 / w : w;
  }
}

/** The strengths and distances of the arcs {@link fillUndirectedArcs} placed, at the same places. */
function fillUndirectedArcWeights(tieS: Int32Array, tieT: Int32Array, tieW: Float64Array, first: Uint8Array, m: number, weightAs: string, fill: Int32Array, strength: Float64Array, distance: Float64Array): void {
  for (let e = 0; e < m; e++) {
    if (first[e] !== 1) continue;
    const w = tieW[e]!;
    const d = weightAs === 'strength' ? 1 / w : w;
    const o = fill[tieS[e]!]!++;
    strength[o] = w;
    distance[o] = d;
    const q = fill[tieT[e]!]!++;
    strength[q] = w;
    distance[q] = d;
  }
}
