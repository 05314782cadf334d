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
  /** View index of each graph node, -1 when the node-kind filter leaves it out. */
  private readonly viewIndex = new Int32List(1024);
  private readonly viewIds: string[] = [];
  private readonly tieS = new Int32List(1 << 16);
  private readonly tieT = new Int32List(1 << 16);
  private readonly tieW: Float64List | undefined;
  private selfLoopsDropped = 0;
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
  }

  node(id: string, kind: NodeKind | undefined): void {
    const inView = !this.nodeKindFilter || (kind !== undefined && this.nodeKindFilter.has(kind));
    if (inView) {
      this.viewIndex.push(this.viewIds.length);
      this.viewIds.push(id);
    } else this.viewIndex.push(-1);
  }

  /** The view part of `buildView` for one valid tie: kind and node filters, self-loops, weight, direction. */
  tie(s: number, t: number, directed: boolean, kind: EdgeKind | undefined, attributes: Readonly<Record<string, unknown>>, loc: SourceLocation): void {
    if (this.edgeKindFilter && (kind === undefined || !this.edgeKindFilter.has(kind))) return;
    const vs = this.viewIndex.get(s);
    const vt = this.viewIndex.get(t);
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
    this.tieS.push(vs);
    this.tieT.push(vt);
    this.tieW?.push(weight);
    if (this.directed && !directed) {
      this.tieS.push(vt);
      this.tieT.push(vs);
      this.tieW?.push(weight);
    }
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
    const n = this.viewIds.length;
    const m = this.tieS.length;
    const tieS = this.tieS.raw;
    const tieT = this.tieT.raw;
    const tieW = this.tieW?.raw;
    const directed = this.directed;
    // Merge parallel ties: bucket ties by their first end (stable counting sort), then one stamp
    // pass per bucket finds the first tie of each pair; later ones add their weight to it.
    const bucket = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      const s = tieS[e]!;
      const t = tieT[e]!;
      bucket[(directed || s < t ? s : t) + 1]!++;
    }
    for (let v = 0; v < n; v++) bucket[v + 1]! += bucket[v]!;
    // the ties of each bucket in order, with their other end beside them (read sequentially below)
    const order = new Int32Array(m);
    const other = new Int32Array(m);
    {
      const fill = bucket.slice(0, n);
      for (let e = 0; e < m; e++) {
        const s = tieS[e]!;
        const t = tieT[e]!;
        const k = fill[directed || s < t ? s : t]!++;
        order[k] = e;
        other[k] = directed || s < t ? t : s;
      }
    }
    const first = new Uint8Array(m);
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
        } else {
          mergedTies++;
          if (tieW) tieW[firstTie[b]!]! += tieW[order[k]!]!;
        }
      }
    }
    // Weights as strengths or distances, in view-edge order (the order of each pair's first tie).
    const weightAs = this.options.weightAs ?? VIEW_DEFAULTS.weightAs;
    let zeroStrengthDropped = 0;
    if (tieW) {
      for (let e = 0; e < m; e++) {
        if (first[e] !== 1 || tieW[e] !== 0) continue;
        if (weightAs === 'strength') {
          first[e] = 0;
          zeroStrengthDropped++;
        } else throw zeroDistanceError(this.viewIds[tieS[e]!]!, this.viewIds[tieT[e]!]!);
      }
    }
    // Compressed adjacency, filled in view-edge order as indexGraph does.
    let edges = 0;
    const outStart = new Int32Array(n + 1);
    const inStart = directed ? new Int32Array(n + 1) : outStart;
    for (let e = 0; e < m; e++) {
      if (first[e] !== 1) continue;
      edges++;
      outStart[tieS[e]! + 1]!++;
      if (directed) inStart[tieT[e]! + 1]!++;
      else outStart[tieT[e]! + 1]!++;
    }
    for (let v = 0; v < n; v++) {
      outStart[v + 1]! += outStart[v]!;
      if (directed) inStart[v + 1]! += inStart[v]!;
    }
    const arcs = outStart[n]!;
    const outTargets = new Int32Array(arcs);
    const outStrength = new Float64Array(arcs);
    const outDistance = new Float64Array(arcs);
    const inSources = directed ? new Int32Array(arcs) : outTargets;
    const inStrength = directed ? new Float64Array(arcs) : outStrength;
    const inDistance = directed ? new Float64Array(arcs) : outDistance;
    const outFill = outStart.slice(0, n);
    const inFill = directed ? inStart.slice(0, n) : outFill;
    for (let e = 0; e < m; e++) {
      if (first[e] !== 1) continue;
      const s = tieS[e]!;
      const t = tieT[e]!;
      let strength = 1;
      let distance = 1;
      if (tieW) {
        strength = tieW[e]!;
        distance = weightAs === 'strength' ? 1 / strength : strength;
      }
      const o = outFill[s]!++;
      outTargets[o] = t;
      outStrength[o] = strength;
      outDistance[o] = distance;
      if (directed) {
        const p = inFill[t]!++;
        inSources[p] = s;
        inStrength[p] = strength;
        inDistance[p] = distance;
      } else {
        // An undirected edge: the in-lists equal the out-lists, so one set of arrays serves both.
        const q = outFill[t]!++;
        outTargets[q] = s;
        outStrength[q] = strength;
        outDistance[q] = distance;
      }
    }
    const sameNodes = n === data.ids.length;
    const graph: IndexedGraph = {
      directed,
      weighted: this.weighted !== undefined,
      nodes: this.viewIds,
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
    const viewIds = this.viewIds;
    Object.defineProperty(graph, 'index', {
      enumerable: true,
      get: () => (index ??= sameNodes ? data.indexMap() : new Map(viewIds.map((id, i) => [id, i]))),
    });
    const description = describeViewOptions(this.options, { nodes: n, edges, mergedTies, selfLoopsDropped: this.selfLoopsDropped, zeroStrengthDropped });
    const nodeKinds = new Uint8Array(n);
    const founded = data.founded ? new Float64Array(n) : undefined;
    const listed = data.listed ? new Uint8Array(n) : undefined;
    const labels = data.labels ? new Array<string>(n) : undefined;
    for (let i = 0, v = 0; i < data.ids.length; i++) {
      if (this.viewIndex.get(i) < 0) continue;
      nodeKinds[v] = data.kinds[i]!;
      if (founded) founded[v] = data.founded![i]!;
      if (listed) listed[v] = data.listed![i]!;
      if (labels) labels[v] = data.labels![i]!;
      v++;
    }
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
    if (data.spinoffs) result.spinoffs = this.viewSpinoffs(data.spinoffs);
    return result;
  }

  /** Spin-off ties whose two ends are in the view, over view indices. */
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
