/**
 * What the user currently sees, as data: filters, colour and size choices, the focused node and the
 * active mode. Sigma's node and edge reducers read it to derive display attributes; the graph data
 * itself is never changed for display.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { graphDates, presentAt, tieStartYear, type GraphDates, type Presence } from '../../src/metrics/evolution/snapshot.js';
import { CATEGORY_COLORS, edgeKindColor, nodeKindColor } from '../../src/model/palette.js';
import type { EcoGraph, EdgeAttributes, NodeAttributes } from '../../src/model/types.js';
import type { ExplorerSettings } from './settings.js';
import { fileColor } from './file-appearance.js';
import { graphIndex, type GraphIndex } from './graph-index.js';

/** Key used for nodes and edges without a kind in filters and the legend. */
export const UNTYPED = 'untyped';

export type Mode = 'explore' | 'spinoff' | 'brokers';

/** Spin-off mode: the chosen root's tree, laid out by generation. */
export interface SpinoffView {
  root: string;
  generation: ReadonlyMap<string, number>;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** Spin-off edges between nodes of the tree (tree links and extra-parent links). */
  edges: ReadonlySet<string>;
  /** The names drawn in the tree (name and founding year). */
  labels: ReadonlyMap<string, string>;
  /** Thickness of the tree's ties, px, when set thinner than usual (a tree with a large fan of ties). */
  edgeSize?: number;
}

/** Brokers mode: the brokers found and the ties that make them brokers. */
export interface BrokersView {
  brokers: ReadonlySet<string>;
  /** The universities and anchors they connect. */
  ends: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ViewState {
  /** `file`: the colours the file gives its nodes (see `file-appearance.ts`), kind colours where it gives none. */
  colorBy: 'kind' | 'community' | 'file';
  /** Id of the size metric (see `metrics.ts`). */
  sizeBy: string;
  hiddenNodeKinds: Set<string>;
  hiddenEdgeKinds: Set<string>;
  /**
   * Show the ecosystem as of the end of this year (the snapshot rules of
   * `src/metrics/evolution/snapshot.ts` with their defaults, as `ecograph timeline`: undated
   * elements from their derived bound, events from their year on); null = the whole graph.
   */
  year: number | null;
  hovered: string | null;
  selected: string | null;
  mode: Mode;
  spinoff: SpinoffView | null;
  brokers: BrokersView | null;
  /** What the filter panel hides (see `filters.ts`); null = no filter. */
  filterHidden: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** Colours, sizes and labels the appearance panel sets (see `appearance.ts`), over the kind or community colours and the size measure. */
  appearance: NodeAppearance;
}

/** Per-node display overrides of the appearance panel; null = the default. */
export interface NodeAppearance {
  colors: ReadonlyMap<string, string> | null;
  sizes: ReadonlyMap<string, number> | null;
  labels: ReadonlyMap<string, string> | null;
}

export function initialViewState(): ViewState {
  return {
    colorBy: 'kind',
    sizeBy: 'degree',
    hiddenNodeKinds: new Set(),
    hiddenEdgeKinds: new Set(),
    year: null,
    hovered: null,
    selected: null,
    mode: 'explore',
    spinoff: null,
    brokers: null,
    filterHidden: null,
    appearance: { colors: null, sizes: null, labels: null },
  };
}

/** Whether a tie is marked as not sourced: such ties are drawn dashed and labelled in details. */
export function isUnsourced(attributes: { confidence?: string | undefined }): boolean {
  return attributes.confidence === 'illustrative' || attributes.confidence === 'inferred';
}

/** The year a tie starts: `year`, else `since` (the library's {@link tieStartYear}). */
export function tieYear(attributes: EdgeAttributes): number | undefined {
  return tieStartYear(attributes);
}

const DIRECTED_ARROW_KINDS = new Set(['spinoff', 'investment']);

/** An array of `length` strings in fast (packed) storage: `new Array(n)` of 100,000 or more is a slow dictionary in V8. */
function packedStrings(length: number): string[] {
  return Array.from({ length }, () => '');
}

/** Reducer output of a hidden tie. */
function hiddenEdge(): Partial<EdgeDisplayData> {
  return { hidden: true };
}

/**
 * Builds sigma's reducers over a view state. Base colours and sizes are computed once per change
 * of colour or size choice (`refreshBase`); what the filters, the year and the mode hide, and the
 * focus's neighbours, are computed once per change of them into arrays indexed by node and tie
 * number (`refreshFocus`, which each redraw calls first; a reducer call that finds the state
 * changed since then does it itself), so each reducer call is a few array reads. Nodes and ties
 * the index does not know yet (added by an edit, before the next redraw) take the same rules the
 * slow way (`referenceNodeReducer`, `referenceEdgeReducer`), which the unit tests compare with.
 */
export class ViewReducers {
  private baseColor = new Map<string, string>();
  private baseSize = new Map<string, number>();
  private neighbours: Set<string> | null = null;
  private dates: GraphDates | null = null;
  private presence: { year: number; present: Presence } | null = null;

  /** The index the arrays below are numbered by (null until the first `refreshFocus`). */
  private index: GraphIndex | null = null;
  /** Bumped by `dataChanged` and `refreshBase`: arrays derived from them are recomputed. */
  private dataVersion = 0;
  private baseVersion = 0;
  /** Base colour and size by node number, for `index`. */
  private baseColors: string[] = [];
  private baseSizes = new Float64Array(0);
  private baseFor: { index: GraphIndex | null; version: number } = { index: null, version: -1 };
  /** Each tie's look before mode and focus (colour, width, program), by tie number. */
  private edgeColors: string[] = [];
  private edgeSizes = new Float64Array(0);
  private edgeTypes: string[] = [];
  private edgeLookFor: { index: GraphIndex | null; version: number } = { index: null, version: -1 };
  /** 1 where the kinds, filters, year or mode hide the node / the tie itself (its ends apart). */
  private nodeHidden = new Uint8Array(0);
  private edgeHidden = new Uint8Array(0);
  private nodeStamp = '';
  private edgeStamp = '';
  private stampFilter: ViewState['filterHidden'] = null;
  private stampYear: number | null = null;
  private stampMode: Mode = 'explore';
  private stampSpinoff: SpinoffView | null = null;
  private stampNodeKinds = 0;
  private stampEdgeKinds = 0;
  /** The focused node's number (-1: no focus) and its neighbours, marked with `focusMark` in `neighbourMarks`. */
  private focusKey: string | null = null;
  private focusNumber = -1;
  private focusMark = 0;
  private neighbourMarks = new Uint32Array(0);
  private prepared = false;
  /** The last numbers looked up: sigma and the benchmark call the reducers in the graph's order, so the next is usually one on. */
  private lastNode = -1;
  private lastEdge = -1;

  constructor(
    private readonly graph: EcoGraph,
    private readonly state: ViewState,
    private readonly settings: ExplorerSettings,
  ) {}

  /** Recomputes base colours and sizes. */
  refreshBase(communities: ReadonlyMap<string, number> | null, sizes: ReadonlyMap<string, number>): void {
    this.baseColor.clear();
    this.baseSize.clear();
    this.baseVersion++;
    this.prepared = false;
    let max = 0;
    let min = Infinity;
    for (const v of sizes.values()) {
      if (!Number.isFinite(v)) continue;
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    // Large graphs get smaller nodes (half size at 2,000 nodes), so thousands of them do not cover
    // each other at first sight and the overlap pass has room to work.
    const shrink = Math.min(1, Math.max(0.3, Math.sqrt(500 / Math.max(1, this.graph.order))));
    const lo = this.settings.nodeSizeMin * shrink;
    const hi = this.settings.nodeSizeMax * shrink;
    this.graph.forEachNode((n, a) => {
      const c =
        this.state.colorBy === 'community' && communities
          ? CATEGORY_COLORS[communities.get(n)! % CATEGORY_COLORS.length]!
          : this.state.colorBy === 'file'
            ? (fileColor(a) ?? nodeKindColor(a.kind))
            : nodeKindColor(a.kind);
      this.baseColor.set(n, c);
      const v = sizes.get(n);
      const t = v === undefined || !Number.isFinite(v) || max === min ? 0 : Math.sqrt((v - min) / (max - min));
      this.baseSize.set(n, lo + t * (hi - lo));
    });
  }

  /** A node's colour and size as chosen (before focus and mode fading): what exports record. */
  baseLook(node: string): { color: string; size: number } {
    const { colors, sizes } = this.state.appearance;
    return {
      color: colors?.get(node) ?? this.baseColor.get(node) ?? nodeKindColor(this.graph.getNodeAttribute(node, 'kind')),
      size: sizes?.get(node) ?? this.baseSize.get(node) ?? 1,
    };
  }

  /**
   * Brings the derived display state up to the view state: what the filters, year and mode hide
   * (recomputed only when one of them changed), and the focused neighbourhood (after hover or
   * selection changes). Each redraw calls it before sigma runs the reducers.
   */
  refreshFocus(): void {
    const index = graphIndex(this.graph);
    if (index !== this.index) {
      this.index = index;
      this.nodeStamp = '';
      this.edgeStamp = '';
      this.focusKey = null;
      this.focusNumber = -1;
      this.neighbours = null;
      this.neighbourMarks = new Uint32Array(index.nodes.length);
    }
    this.refreshBaseArrays(index);
    this.refreshEdgeLooks(index);
    this.refreshHidden(index);
    this.refreshNeighbours(index);
    this.prepared = true;
  }

  private refreshBaseArrays(index: GraphIndex): void {
    if (this.baseFor.index === index && this.baseFor.version === this.baseVersion) return;
    const n = index.nodes.length;
    this.baseColors = packedStrings(n);
    this.baseSizes = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const node = index.nodes[i]!;
      this.baseColors[i] = this.baseColor.get(node) ?? nodeKindColor(this.graph.getNodeAttribute(node, 'kind'));
      this.baseSizes[i] = this.baseSize.get(node) ?? 1;
    }
    this.baseFor = { index, version: this.baseVersion };
  }

  private refreshEdgeLooks(index: GraphIndex): void {
    if (this.edgeLookFor.index === index && this.edgeLookFor.version === this.dataVersion) return;
    const m = index.edges.length;
    this.edgeColors = packedStrings(m);
    this.edgeSizes = new Float64Array(m);
    this.edgeTypes = packedStrings(m);
    let k = 0;
    this.graph.forEachEdge((edge, a, _s, _t, _sa, _ta, undirected) => {
      const i = index.edges[k] === edge ? k : index.edgeIndex.get(edge)!;
      k++;
      const dashed = isUnsourced(a);
      const arrow = !undirected && DIRECTED_ARROW_KINDS.has(a.kind ?? '');
      this.edgeColors[i] = edgeKindColor(a.kind);
      this.edgeSizes[i] = this.settings.edgeSize * (a.kind === 'spinoff' ? this.settings.spinoffEdgeFactor : 1);
      this.edgeTypes[i] = (dashed ? 'dashed' : 'line') + (arrow ? 'Arrow' : '');
    });
    this.edgeLookFor = { index, version: this.dataVersion };
  }

  private refreshHidden(index: GraphIndex): void {
    const s = this.state;
    const spinoff = s.mode === 'spinoff' ? s.spinoff : null;
    this.stampFilter = s.filterHidden;
    this.stampYear = s.year;
    this.stampMode = s.mode;
    this.stampSpinoff = s.spinoff;
    this.stampNodeKinds = s.hiddenNodeKinds.size;
    this.stampEdgeKinds = s.hiddenEdgeKinds.size;
    // What each mask depends on; the filter result and the tree by identity (each change makes new ones).
    const ids = (o: object | null) => (o === null ? 0 : objectId(o));
    const common = `${this.dataVersion}|${s.year}|${ids(s.filterHidden)}|${ids(spinoff)}`;
    const nodeStamp = `${common}|${[...s.hiddenNodeKinds].sort().join('\u0000')}`;
    const edgeStamp = `${common}|${[...s.hiddenEdgeKinds].sort().join('\u0000')}`;
    const present = s.year !== null ? this.presentAt(s.year) : null;
    if (nodeStamp !== this.nodeStamp) {
      const hidden = new Uint8Array(index.nodes.length);
      const kinds = s.hiddenNodeKinds.size > 0 ? s.hiddenNodeKinds : null;
      const filtered = s.filterHidden && s.filterHidden.nodes.size > 0 ? s.filterHidden.nodes : null;
      if (kinds || filtered || present || spinoff) {
        let i = 0;
        this.graph.forEachNode((node, a) => {
          const k = index.nodes[i] === node ? i : index.nodeIndex.get(node)!;
          i++;
          if ((kinds && kinds.has(a.kind ?? UNTYPED)) || filtered?.has(node) || (present && !present.nodes.has(node)) || (spinoff && !spinoff.positions.has(node))) hidden[k] = 1;
        });
      }
      this.nodeHidden = hidden;
      this.nodeStamp = nodeStamp;
    }
    if (edgeStamp !== this.edgeStamp) {
      const hidden = new Uint8Array(index.edges.length);
      const kinds = s.hiddenEdgeKinds.size > 0 ? s.hiddenEdgeKinds : null;
      const filtered = s.filterHidden && s.filterHidden.edges.size > 0 ? s.filterHidden.edges : null;
      if (kinds || filtered || present || spinoff) {
        let i = 0;
        this.graph.forEachEdge((edge, a) => {
          const k = index.edges[i] === edge ? i : index.edgeIndex.get(edge)!;
          i++;
          if ((kinds && kinds.has(a.kind ?? UNTYPED)) || filtered?.has(edge) || (present && !present.edges.has(edge)) || (spinoff && !spinoff.edges.has(edge))) hidden[k] = 1;
        });
      }
      this.edgeHidden = hidden;
      this.edgeStamp = edgeStamp;
    }
  }

  private refreshNeighbours(index: GraphIndex): void {
    const focus = this.state.hovered ?? this.state.selected;
    if (focus === this.focusKey && (focus === null || this.neighbours !== null)) return;
    this.focusKey = focus;
    this.neighbours = focus !== null && this.graph.hasNode(focus) ? new Set(this.graph.neighbors(focus)) : null;
    this.focusMark = (this.focusMark + 1) >>> 0 || 1;
    if (this.focusMark === 1) this.neighbourMarks.fill(0);
    const f = focus === null ? undefined : index.nodeIndex.get(focus);
    this.focusNumber = this.neighbours && f !== undefined ? f : -1;
    if (this.focusNumber < 0) return;
    for (let p = index.adjacencyStart[f!]!; p < index.adjacencyStart[f! + 1]!; p++) this.neighbourMarks[index.adjacentNode[p]!] = this.focusMark;
  }

  /** Whether the view state changed since the last `refreshFocus` (checked on each reducer call, so a redraw that skipped it stays right). */
  private stale(): boolean {
    const s = this.state;
    return (
      !this.prepared ||
      (s.hovered ?? s.selected) !== this.focusKey ||
      s.filterHidden !== this.stampFilter ||
      s.year !== this.stampYear ||
      s.mode !== this.stampMode ||
      s.spinoff !== this.stampSpinoff ||
      s.hiddenNodeKinds.size !== this.stampNodeKinds ||
      s.hiddenEdgeKinds.size !== this.stampEdgeKinds
    );
  }

  /** Forgets what was derived from the data (dates, presence by year, tie looks): the graph was edited. */
  dataChanged(): void {
    this.dates = null;
    this.presence = null;
    this.dataVersion++;
    this.prepared = false;
  }

  /** The derived bounds of the graph, computed on first use. */
  graphDates(): GraphDates {
    this.dates ??= graphDates(this.graph);
    return this.dates;
  }

  /** The elements present at the end of a year (the library's `presentAt`), kept for the current year. */
  presentAt(year: number): Presence {
    if (this.presence?.year !== year) this.presence = { year, present: presentAt(this.graph, year, {}, this.graphDates()) };
    return this.presence.present;
  }

  /** Whether the filters (kinds, year, mode) hide a node, ignoring focus. */
  nodeFiltered(node: string, a: NodeAttributes): boolean {
    const s = this.state;
    if (s.hiddenNodeKinds.has(a.kind ?? UNTYPED)) return true;
    if (s.filterHidden?.nodes.has(node)) return true;
    if (s.year !== null && !this.presentAt(s.year).nodes.has(node)) return true;
    if (s.mode === 'spinoff' && s.spinoff && !s.spinoff.positions.has(node)) return true;
    return false;
  }

  /** Whether the filters hide an edge (its kind, its year, either end hidden, the mode). */
  edgeFiltered(edge: string, a: EdgeAttributes, source: string, target: string): boolean {
    const s = this.state;
    if (s.hiddenEdgeKinds.has(a.kind ?? UNTYPED)) return true;
    if (s.filterHidden?.edges.has(edge)) return true;
    if (s.year !== null && !this.presentAt(s.year).edges.has(edge)) return true;
    if (s.mode === 'spinoff' && s.spinoff && !s.spinoff.edges.has(edge)) return true;
    return this.nodeFiltered(source, this.graph.getNodeAttributes(source)) || this.nodeFiltered(target, this.graph.getNodeAttributes(target));
  }

  /** Visible node and tie counts by the filters (kinds, filter panel, year, mode; not the focus), read off the arrays: the rule of `nodeFiltered` and `edgeFiltered`. */
  filteredCounts(): { nodes: number; edges: number } {
    this.refreshFocus();
    const index = this.index!;
    let nodes = 0;
    let edges = 0;
    for (let i = 0; i < this.nodeHidden.length; i++) if (this.nodeHidden[i] === 0) nodes++;
    for (let k = 0; k < this.edgeHidden.length; k++) if (this.edgeHidden[k] === 0 && this.nodeHidden[index.source[k]!] === 0 && this.nodeHidden[index.target[k]!] === 0) edges++;
    return { nodes, edges };
  }

  /** A node's number in the current index (-1 when the index or the base arrays do not know it). */
  private nodeNumber(node: string): number {
    const index = this.index!;
    const next = this.lastNode + 1;
    let i = index.nodes[next] === node ? next : index.nodeIndex.get(node);
    if (i === undefined || this.baseFor.index !== index || this.baseFor.version !== this.baseVersion) i = -1;
    this.lastNode = i;
    return i;
  }

  private edgeNumber(edge: string): number {
    const index = this.index!;
    const next = this.lastEdge + 1;
    let i = index.edges[next] === edge ? next : index.edgeIndex.get(edge);
    if (i === undefined || this.edgeLookFor.version !== this.dataVersion) i = -1;
    this.lastEdge = i;
    return i;
  }

  readonly nodeReducer = (node: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    if (this.stale()) this.refreshFocus();
    const i = this.nodeNumber(node);
    if (i < 0) return this.referenceNodeReducer(node, a);
    const s = this.state;
    const { labels, colors, sizes } = s.appearance;
    const out: Partial<NodeDisplayData> = {
      x: a.x ?? 0,
      y: a.y ?? 0,
      label: labels ? (labels.get(node) ?? a.label) : a.label,
      color: colors ? (colors.get(node) ?? this.baseColors[i]) : this.baseColors[i],
      size: sizes ? (sizes.get(node) ?? this.baseSizes[i]) : this.baseSizes[i],
      zIndex: 1,
    };
    if (this.nodeHidden[i] === 1) {
      out.hidden = true;
      return out;
    }
    if (s.mode !== 'explore') this.modeLook(node, a, out);
    if (this.focusNumber >= 0) {
      if (i === this.focusNumber) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 4;
      } else if (this.neighbourMarks[i] === this.focusMark) {
        out.forceLabel = true;
        out.zIndex = 2;
      } else {
        out.color = this.settings.fadedColor;
        out.label = '';
        out.zIndex = 0;
      }
    }
    return out;
  };

  readonly edgeReducer = (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    if (this.stale()) this.refreshFocus();
    const k = this.edgeNumber(edge);
    if (k < 0) return this.referenceEdgeReducer(edge, a);
    const index = this.index!;
    const source = index.source[k]!;
    const target = index.target[k]!;
    if (this.edgeHidden[k] === 1 || this.nodeHidden[source] === 1 || this.nodeHidden[target] === 1) return hiddenEdge();
    const out: Partial<EdgeDisplayData> = { color: this.edgeColors[k], size: this.edgeSizes[k], type: this.edgeTypes[k], zIndex: 1 };
    const s = this.state;
    if (s.mode === 'spinoff' && s.spinoff?.edgeSize !== undefined) out.size = s.spinoff.edgeSize;
    if (s.mode === 'brokers' && s.brokers) {
      if (s.brokers.edges.has(edge)) {
        out.color = this.settings.highlightColor;
        out.size = this.settings.edgeSize * 2;
        out.zIndex = 3;
      } else {
        out.color = this.settings.fadedColor;
        out.zIndex = 0;
      }
    }
    if (this.focusNumber >= 0) {
      if (source === this.focusNumber || target === this.focusNumber) {
        out.zIndex = 4;
        out.size = (out.size ?? 1) * 1.5;
      } else out.hidden = true;
    }
    return out;
  };

  /** The spin-off and brokers modes' labels, colours and layers. */
  private modeLook(node: string, a: NodeAttributes, out: Partial<NodeDisplayData>): void {
    const s = this.state;
    // Trees are small: every member is labelled (large trees fall back to sigma's label grid).
    if (s.mode === 'spinoff' && s.spinoff) {
      out.label = s.spinoff.labels.get(node) ?? a.label;
      if (node === s.spinoff.root || s.spinoff.positions.size <= 200) out.forceLabel = true;
    }
    if (s.mode === 'brokers' && s.brokers) {
      if (s.brokers.brokers.has(node)) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 3 });
      // the universities and anchors on the two sides are labelled too (after the brokers)
      else if (s.brokers.ends.has(node)) Object.assign(out, { forceLabel: true, zIndex: 2 });
      else Object.assign(out, { color: this.settings.fadedColor, label: '', zIndex: 0 });
    }
  }

  /** The node reducer's rules applied directly to the view state (for nodes the index does not know yet, and as the tests' reference). */
  readonly referenceNodeReducer = (node: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const s = this.state;
    const out: Partial<NodeDisplayData> = {
      x: a.x ?? 0,
      y: a.y ?? 0,
      label: s.appearance.labels?.get(node) ?? a.label,
      color: s.appearance.colors?.get(node) ?? this.baseColor.get(node) ?? nodeKindColor(a.kind),
      size: s.appearance.sizes?.get(node) ?? this.baseSize.get(node) ?? 1,
      zIndex: 1,
    };
    if (this.nodeFiltered(node, a)) return { ...out, hidden: true };
    this.modeLook(node, a, out);
    const focus = s.hovered ?? s.selected;
    if (focus !== null && this.neighbours) {
      if (node === focus) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 4 });
      else if (this.neighbours.has(node)) Object.assign(out, { forceLabel: true, zIndex: 2 });
      else Object.assign(out, { color: this.settings.fadedColor, label: '', zIndex: 0 });
    }
    return out;
  };

  /** The edge reducer's rules applied directly to the view state (see `referenceNodeReducer`). */
  readonly referenceEdgeReducer = (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const s = this.state;
    const [source, target] = this.graph.extremities(edge);
    if (this.edgeFiltered(edge, a, source, target)) return { hidden: true };
    const dashed = isUnsourced(a);
    const arrow = this.graph.isDirected(edge) && DIRECTED_ARROW_KINDS.has(a.kind ?? '');
    const thick = a.kind === 'spinoff' ? this.settings.spinoffEdgeFactor : 1;
    const out: Partial<EdgeDisplayData> = {
      color: edgeKindColor(a.kind),
      size: this.settings.edgeSize * thick,
      type: (dashed ? 'dashed' : 'line') + (arrow ? 'Arrow' : ''),
      zIndex: 1,
    };
    if (s.mode === 'spinoff' && s.spinoff?.edgeSize !== undefined) out.size = s.spinoff.edgeSize;
    if (s.mode === 'brokers' && s.brokers) {
      if (s.brokers.edges.has(edge)) Object.assign(out, { color: this.settings.highlightColor, size: this.settings.edgeSize * 2, zIndex: 3 });
      else Object.assign(out, { color: this.settings.fadedColor, zIndex: 0 });
    }
    const focus = s.hovered ?? s.selected;
    if (focus !== null && this.neighbours) {
      if (source === focus || target === focus) Object.assign(out, { zIndex: 4, size: (out.size ?? 1) * 1.5 });
      else return { ...out, hidden: true };
    }
    return out;
  };
}

/** A number for an object, the same for the same object (for the masks' change stamps). */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}
