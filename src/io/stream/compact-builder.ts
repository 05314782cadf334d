/**
 * Validation and view building without graphology: raw nodes and edges go in one at a time (as a
 * streaming reader produces them), are checked by the rules of {@link buildGraph} (same problem
 * codes, messages, lines and fields), and only what a metric view needs is kept: node ids, kinds,
 * and the view's ties in typed arrays. {@link CompactGraphBuilder.finish} then makes the same
 * {@link IndexedGraph} and {@link ViewDescription} as `indexGraph(buildView(graph, view).graph)`.
 *
 * Differences from the standard path, all about messages only: a bad weight is named by the
 * tie's file and line rather than by its edge key (keys generated for edges without an id are not
 * kept), and warnings beyond `maxWarnings` are counted, not kept.
 */
import { MultiGraph } from 'graphology';
import { checkEdgeKind, coerceAttributes, edgeKindNotAllowed, hasSources, idOf } from '../../model/build.js';
import { GRAPH_OPTIONS } from '../../model/graph.js';
import { InvalidGraphError, problem, type Problem } from '../../model/problems.js';
import type { RawEdge, RawNode } from '../../model/raw.js';
import {
  CONFIDENCE_LEVELS,
  EDGE_ATTRIBUTE_MAP,
  NODE_ATTRIBUTE_MAP,
  NODE_KINDS,
  isNodeKind,
  type EdgeKind,
  type NodeKind,
} from '../../model/schema.js';
import { findSpinoffCycles } from '../../model/spinoff-cycles.js';
import type { EcoGraph } from '../../model/types.js';
import type { IndexedGraph } from '../../metrics/indexed-graph.js';
import { MetricError } from '../../metrics/metric-error.js';
import { DEFAULTS as VIEW_DEFAULTS, type ViewDescription, type ViewOptions } from '../../metrics/view.js';
import { IdTable } from './id-table.js';
import { Float64List, Int32List, Uint8List } from './typed-list.js';

/** Node attributes the loader can keep beside the view (per view node). */
export interface KeepOptions {
  /** Node labels (the id when a node has none). */
  labels?: boolean;
  /** Founding years (NaN when unknown) and `listed` flags. */
  lineage?: boolean;
}

export interface CompactBuildOptions {
  view?: ViewOptions;
  /** Read node kinds from this attribute (the `--kind-from` of foreign graphs). */
  kindFrom?: string | undefined;
  keep?: KeepOptions;
  /** Warnings kept in `problems` (the rest are only counted); errors are always all kept. */
  maxWarnings?: number;
}

export const DEFAULTS = { maxWarnings: 1000 } as const;

/** Value of {@link CompactLoad.nodeKinds} for a node without a kind. */
export const UNTYPED = 255;

/** The spin-off ties among view nodes, for lineage (parallel ties kept; the DAG builder merges them). */
export interface SpinoffTies {
  source: Int32Array;
  target: Int32Array;
  /** Index into `CONFIDENCE_LEVELS`, or 255 when the tie states none. */
  confidence: Uint8Array;
}

/** What {@link CompactGraphBuilder.finish} returns. */
export interface CompactLoad {
  graph: IndexedGraph;
  view: ViewDescription;
  /** Kind of each view node: an index into `NODE_KINDS`, or {@link UNTYPED}. */
  nodeKinds: Uint8Array;
  /** Label of each view node (with `keep.labels`). */
  labels?: string[];
  /** Founding year of each view node, NaN when unknown (with `keep.lineage`). */
  founded?: Float64Array;
  /** 1 for view nodes with `listed: true` (with `keep.lineage`). */
  listed?: Uint8Array;
  /** Spin-off ties between view nodes, in file order (with `keep.lineage`). */
  spinoffs?: SpinoffTies;
  /** Attributes of the graph itself (JSON's top-level `attributes`; none for CSV). */
  attributes: Record<string, unknown>;
  /** Warnings (at most `maxWarnings`; errors are thrown). */
  warnings: Problem[];
  /** All warnings found, kept or not. */
  warningCount: number;
}

/** How problems name an edge (as `buildGraph` names it). */
function edgeName(key: string | undefined, source: string | undefined, target: string | undefined): string {
  return `edge ${key !== undefined ? `"${key}" ` : ''}${source ?? '?'} → ${target ?? '?'}`;
}

/** Whether an object has an own enumerable key (without building the key list). */
function hasOwnKeys(o: Record<string, unknown>): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

const KIND_CODE = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));
const CONFIDENCE_CODE = new Map<string, number>(CONFIDENCE_LEVELS.map((c, i) => [c, i]));
const UNKNOWN = 255;

/**
 * Checks elements one by one and gathers the view they make.
 *
 * @example
 * const builder = new CompactGraphBuilder('eco', { view: { weighted: 'weight' } });
 * for (const node of rawNodes) builder.addNode(node);
 * for (const edge of rawEdges) builder.addEdge(edge);
 * const { graph, view } = builder.finish();
 * @see buildGraph in `src/model/build.ts` and buildView / indexGraph in `src/metrics/`, whose results this equals
 */
export class CompactGraphBuilder {
  /** Errors (all) and warnings (up to `maxWarnings`), in the order found. */
  readonly problems: Problem[] = [];
  private warningCount = 0;
  private errorCount = 0;
  private readonly maxWarnings: number;

  // graph nodes
  private readonly table = new IdTable(1 << 16);
  private readonly ids = this.table.ids;
  /** The last id looked up at each edge end (source, target) and its index. */
  private readonly lastId: [string, string] = ['', ''];
  private readonly lastIndex = new Int32Array(2);
  private readonly lines = new Int32List(1024);
  private readonly kinds = new Uint8List(1024);
  private readonly foundedYears = new Float64List(1024);
  private readonly listedFlags = new Uint8List(1024);
  private readonly labelList: string[] = [];
  /** View index of each graph node, -1 when the node-kind filter leaves it out. */
  private readonly viewIndex = new Int32List(1024);
  private readonly viewIds: string[] = [];

  // edges
  private readonly seenKeys = new Set<string>();
  private readonly spinSource = new Int32List(64);
  private readonly spinTarget = new Int32List(64);
  private readonly spinLine = new Int32List(64);
  private readonly spinColumn = new Int32List(64);
  private readonly spinConfidence = new Uint8List(64);
  /** The file the spin-off ties came from (every tie comes from one file: edges.csv or the JSON file). */
  private spinFile: string | undefined;

  // view ties (view indices)
  private readonly tieS = new Int32List(1 << 16);
  private readonly tieT = new Int32List(1 << 16);
  private readonly tieW: Float64List | undefined;
  private selfLoopsDropped = 0;
  private weightError: MetricError | undefined;

  private readonly directed: boolean;
  private readonly weighted: string | undefined;
  private readonly nodeKindFilter: Set<string> | undefined;
  private readonly edgeKindFilter: Set<string> | undefined;

  constructor(
    private readonly file: string,
    private readonly options: CompactBuildOptions = {},
  ) {
    const view = options.view ?? {};
    this.directed = view.directed ?? VIEW_DEFAULTS.directed;
    this.weighted = view.weighted;
    this.nodeKindFilter = view.nodeKinds ? new Set(view.nodeKinds) : undefined;
    this.edgeKindFilter = view.edgeKinds ? new Set(view.edgeKinds) : undefined;
    this.tieW = this.weighted !== undefined ? new Float64List(1 << 16) : undefined;
    this.maxWarnings = options.maxWarnings ?? DEFAULTS.maxWarnings;
  }

  /** Attributes of the graph itself, as the file gives them. */
  graphAttributes: Record<string, unknown> = {};

  /** Records problems found by a reader (syntax, structure, cells). */
  report(problems: readonly Problem[]): void {
    for (const p of problems) this.add(p);
  }

  private add(p: Problem): void {
    if (p.severity === 'error') {
      this.errorCount++;
      this.problems.push(p);
    } else if (this.warningCount++ < this.maxWarnings) this.problems.push(p);
  }

  /** Counts a warning; whether to keep it. */
  private keepWarning(): boolean {
    return this.warningCount++ < this.maxWarnings;
  }

  /** Whether an error has been found so far. */
  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** Checks and keeps one node, as `buildGraph` does. */
  addNode(node: RawNode): void {
    const id = idOf(node.id);
    if (id === undefined || id === '') {
      this.add(problem('error', 'empty-id', 'node has an empty or missing id', node.loc, 'id'));
      return;
    }
    const what = `node "${id}"`;
    const existing = this.table.get(id);
    if (existing >= 0) {
      const line = this.lines.get(existing);
      const at = line > 0 ? ` (first defined on line ${line})` : '';
      this.add(problem('error', 'duplicate-id', `duplicate node id "${id}"${at}`, node.loc, 'id'));
      return;
    }
    const found: Problem[] = [];
    const attrs = coerceAttributes(node.attributes, NODE_ATTRIBUTE_MAP, node.loc, what, found);
    const kindFrom = this.options.kindFrom;
    const rawKind = kindFrom !== undefined ? node.attributes[kindFrom] : node.attributes.kind;
    let kind: NodeKind | undefined;
    if (rawKind !== undefined && rawKind !== null && rawKind !== '') {
      const k = typeof rawKind === 'string' ? rawKind.trim().toLowerCase() : rawKind;
      if (isNodeKind(k)) kind = k;
      else found.push(problem('error', 'unknown-node-kind', `${what}: unknown node kind ${JSON.stringify(rawKind)}`, node.loc, kindFrom ?? 'kind'));
    }
    let label = attrs.label;
    if (label === undefined) label = id;
    else if (typeof label === 'string' && label.trim() === '') {
      found.push(problem('error', 'empty-label', `${what}: label is empty`, node.loc, 'label'));
      label = id;
    }
    for (const p of found) this.add(p);
    this.table.add(id);
    this.lines.push(node.loc.line ?? 0);
    this.kinds.push(kind !== undefined ? KIND_CODE.get(kind)! : UNTYPED);
    const founded = attrs.founded;
    this.foundedYears.push(typeof founded === 'number' ? founded : NaN);
    if (kind !== undefined && !hasSources(attrs) && this.keepWarning())
      this.problems.push(problem('warning', 'missing-sources', `${what} has no sources`, node.loc, 'sources'));
    const inView = !this.nodeKindFilter || (kind !== undefined && this.nodeKindFilter.has(kind));
    if (inView) {
      this.viewIndex.push(this.viewIds.length);
      this.viewIds.push(id);
      if (this.options.keep?.labels) this.labelList.push(String(label));
      if (this.options.keep?.lineage) this.listedFlags.push(attrs.listed === true ? 1 : 0);
    } else this.viewIndex.push(-1);
  }

  /** Checks one edge, as `buildGraph` does, and adds it to the view when it belongs there. */
  addEdge(edge: RawEdge): void {
    const source = idOf(edge.source);
    const target = idOf(edge.target);
    let ok = true;
    const found: Problem[] = [];
    const s = this.endIndex('source', source, edge, found);
    const t = this.endIndex('target', target, edge, found);
    if (s < 0 || t < 0) ok = false;
    let key = idOf(edge.key);
    if (key === '') key = undefined;
    if (key !== undefined && this.seenKeys.has(key)) {
      found.push(problem('error', 'duplicate-id', `duplicate edge id "${key}"`, edge.loc, 'id'));
      ok = false;
    }
    const attrs = hasOwnKeys(edge.attributes) ? coerceAttributes(edge.attributes, EDGE_ATTRIBUTE_MAP, edge.loc, edgeName(key, source, target), found) : {};
    const checked = checkEdgeKind(edge, attrs, () => edgeName(key, source, target), found);
    const { kind, directed } = checked;
    if (!checked.ok) ok = false;
    for (let k = 0; k < found.length; k++) this.add(found[k]!);
    if (!ok) return;
    if (kind !== undefined) {
      const notAllowed = edgeKindNotAllowed(kind, this.kindOf(s), this.kindOf(t), () => edgeName(key, source, target), edge.loc);
      if (notAllowed) {
        this.add(notAllowed);
        return;
      }
    }
    if (key !== undefined) this.seenKeys.add(key);
    if (s === t && this.keepWarning()) this.problems.push(problem('warning', 'self-loop', `${edgeName(key, source, target)} is a self-loop`, edge.loc));
    if (kind !== undefined && !hasSources(attrs) && this.keepWarning()) this.problems.push(problem('warning', 'missing-sources', `${edgeName(key, source, target)} has no sources`, edge.loc, 'sources'));
    if (kind === 'spinoff') {
      const pf = this.foundedYears.get(s);
      const cf = this.foundedYears.get(t);
      if (!Number.isNaN(pf) && !Number.isNaN(cf) && cf < pf && this.keepWarning())
        this.problems.push(problem('warning', 'child-before-parent', `${edgeName(key, source, target)}: child "${target}" founded ${cf}, before its parent "${source}" (${pf})`, edge.loc, 'founded'));
      this.spinSource.push(s);
      this.spinTarget.push(t);
      this.spinLine.push(edge.loc.line ?? 0);
      this.spinColumn.push(edge.loc.column ?? 0);
      this.spinFile ??= edge.loc.file;
      const c = attrs.confidence;
      this.spinConfidence.push(typeof c === 'string' ? (CONFIDENCE_CODE.get(c) ?? UNKNOWN) : UNKNOWN);
    }
    if (this.errorCount > 0) return; // an invalid graph gets no view: save the work
    this.addTie(s, t, directed, kind, attrs, edge);
  }

  /** Index of an edge end, or -1 with a problem for an empty or unknown id. */
  private endIndex(end: 'source' | 'target', id: string | undefined, edge: RawEdge, found: Problem[]): number {
    if (id === undefined || id === '') {
      found.push(problem('error', 'empty-id', `edge ${end} is empty or missing`, edge.loc, end));
      return -1;
    }
    // Edge lists are often grouped by source: the last id found at this end is checked first.
    const slot = end === 'source' ? 0 : 1;
    if (id === this.lastId[slot]) return this.lastIndex[slot]!;
    const i = this.table.get(id);
    if (i >= 0) {
      this.lastId[slot] = id;
      this.lastIndex[slot] = i;
    }
    if (i < 0) {
      found.push(problem('error', 'missing-node', `edge ${end} "${id}" is not a node of the graph`, edge.loc, end));
      return -1;
    }
    return i;
  }

  private kindOf(i: number): NodeKind | undefined {
    const code = this.kinds.get(i);
    return code === UNTYPED ? undefined : NODE_KINDS[code];
  }

  /** The view part of `buildView` for one valid tie. */
  private addTie(s: number, t: number, directed: boolean, kind: EdgeKind | undefined, attrs: Record<string, unknown>, edge: RawEdge): void {
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
      const value: unknown = this.weighted === 'kind' ? kind : attrs[this.weighted];
      weight = this.readWeight(value, edge);
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

  private readWeight(value: unknown, edge: RawEdge): number {
    if (value === undefined || value === null) return 1;
    const at = `${edge.loc.file}${edge.loc.line !== undefined ? `:${edge.loc.line}` : ''}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.weightError ??= new MetricError('view', `edge at ${at}: weight attribute "${this.weighted}" must be a finite number, got ${JSON.stringify(value)}`);
      return 1;
    }
    if (value < 0) {
      this.weightError ??= new MetricError('view', `edge at ${at}: weight attribute "${this.weighted}" is negative (${value}); weights must be 0 or more`);
      return 1;
    }
    return value;
  }

  /** Spin-off cycle errors, named as `buildGraph` names them (only computed when Kahn's walk finds a cycle). */
  private spinoffCycleProblems(): Problem[] {
    const m = this.spinSource.length;
    if (m === 0) return [];
    const n = this.ids.length;
    const start = new Int32Array(n + 1);
    const indegree = new Int32Array(n);
    for (let e = 0; e < m; e++) {
      start[this.spinSource.get(e) + 1]!++;
      indegree[this.spinTarget.get(e)]!++;
    }
    for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
    const fill = start.slice(0, n);
    const targets = new Int32Array(m);
    for (let e = 0; e < m; e++) targets[fill[this.spinSource.get(e)]!++] = this.spinTarget.get(e);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let v = 0; v < n; v++) if (indegree[v] === 0) queue[tail++] = v;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) if (--indegree[targets[e]!]! === 0) queue[tail++] = targets[e]!;
    }
    if (tail === n) return [];
    // A cycle: name it exactly as the standard path does, on a small graph of the spin-off ties only.
    const spin: EcoGraph = new MultiGraph(GRAPH_OPTIONS);
    for (let e = 0; e < m; e++) {
      const a = this.ids[this.spinSource.get(e)]!;
      const b = this.ids[this.spinTarget.get(e)]!;
      spin.mergeNode(a);
      spin.mergeNode(b);
      spin.addDirectedEdgeWithKey(String(e), a, b, { kind: 'spinoff' });
    }
    return findSpinoffCycles(spin).map((cycle) => {
      const e = Number(cycle.edges[0]);
      const line = this.spinLine.get(e);
      const column = this.spinColumn.get(e);
      const file = this.spinFile ?? this.file;
      const loc = line > 0 ? (column > 0 ? { file, line, column } : { file, line }) : { file };
      return problem('error', 'spinoff-cycle', `spin-off cycle: ${[...cycle.nodes, cycle.nodes[0]].join(' → ')}`, loc);
    });
  }

  /**
   * Ends the input: refuses an invalid graph, then builds the view.
   *
   * @throws {@link InvalidGraphError} with every problem when the graph has errors
   * @throws MetricError for a bad weight (as `buildView`)
   */
  finish(): CompactLoad {
    for (const p of this.spinoffCycleProblems()) this.add(p);
    if (this.errorCount > 0) throw new InvalidGraphError(this.problems);
    if (this.weightError) throw this.weightError;
    const view = this.options.view ?? {};
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
    const weightAs = view.weightAs ?? VIEW_DEFAULTS.weightAs;
    let zeroStrengthDropped = 0;
    if (tieW) {
      for (let e = 0; e < m; e++) {
        if (first[e] !== 1 || tieW[e] !== 0) continue;
        if (weightAs === 'strength') {
          first[e] = 0;
          zeroStrengthDropped++;
        } else
          throw new MetricError(
            'view',
            `the tie between "${this.viewIds[tieS[e]!]}" and "${this.viewIds[tieT[e]!]}" has weight 0, which as a distance makes shortest paths ambiguous; give positive weights or use --weight-as strength (a strength of 0 drops the tie)`,
          );
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
    const sameNodes = n === this.ids.length;
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
    const table = this.table;
    const viewIds = this.viewIds;
    Object.defineProperty(graph, 'index', {
      enumerable: true,
      get: () => (index ??= sameNodes ? table.toMap() : new Map(viewIds.map((id, i) => [id, i]))),
    });
    const description: ViewDescription = {
      directed,
      edgeKinds: view.edgeKinds ? [...view.edgeKinds] : null,
      nodeKinds: view.nodeKinds ? [...view.nodeKinds] : null,
      weight: this.weighted ?? null,
      weightAs: this.weighted !== undefined ? weightAs : null,
      nodes: n,
      edges,
      mergedTies,
      selfLoopsDropped: this.selfLoopsDropped,
      zeroStrengthDropped,
    };
    const nodeKinds = new Uint8Array(n);
    const founded = this.options.keep?.lineage ? new Float64Array(n) : undefined;
    for (let i = 0, v = 0; i < this.ids.length; i++) {
      if (this.viewIndex.get(i) < 0) continue;
      nodeKinds[v] = this.kinds.get(i);
      if (founded) founded[v] = this.foundedYears.get(i);
      v++;
    }
    const result: CompactLoad = {
      graph,
      view: description,
      nodeKinds,
      attributes: this.graphAttributes,
      warnings: this.problems.filter((p) => p.severity === 'warning'),
      warningCount: this.warningCount,
    };
    if (this.options.keep?.labels) result.labels = this.labelList;
    if (this.options.keep?.lineage) {
      result.founded = founded!;
      result.listed = this.listedFlags.toArray();
      result.spinoffs = this.spinoffTies();
    }
    return result;
  }

  /** Spin-off ties whose two ends are in the view, over view indices. */
  private spinoffTies(): SpinoffTies {
    const source = new Int32List(this.spinSource.length);
    const target = new Int32List(this.spinSource.length);
    const confidence = new Uint8List(this.spinSource.length);
    for (let e = 0; e < this.spinSource.length; e++) {
      const s = this.viewIndex.get(this.spinSource.get(e));
      const t = this.viewIndex.get(this.spinTarget.get(e));
      if (s < 0 || t < 0) continue;
      source.push(s);
      target.push(t);
      confidence.push(this.spinConfidence.get(e));
    }
    return { source: source.toArray(), target: target.toArray(), confidence: confidence.toArray() };
  }
}
