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

/**
 * Builds sigma's reducers over a view state. Base colours and sizes are computed once per change
 * of colour or size choice (`refreshBase`), so the reducers stay cheap on large graphs.
 */
export class ViewReducers {
  private baseColor = new Map<string, string>();
  private baseSize = new Map<string, number>();
  private neighbours: Set<string> | null = null;
  private dates: GraphDates | null = null;
  private presence: { year: number; present: Presence } | null = null;

  constructor(
    private readonly graph: EcoGraph,
    private readonly state: ViewState,
    private readonly settings: ExplorerSettings,
  ) {}

  /** Recomputes base colours and sizes. */
  refreshBase(communities: ReadonlyMap<string, number> | null, sizes: ReadonlyMap<string, number>): void {
    this.baseColor.clear();
    this.baseSize.clear();
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

  /** Recomputes the focused neighbourhood (after hover or selection changes). */
  refreshFocus(): void {
    const focus = this.state.hovered ?? this.state.selected;
    this.neighbours = focus !== null && this.graph.hasNode(focus) ? new Set(this.graph.neighbors(focus)) : null;
  }

  /** Forgets what was derived from the data (dates, presence by year): the graph was edited. */
  dataChanged(): void {
    this.dates = null;
    this.presence = null;
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

  readonly nodeReducer = (node: string, a: NodeAttributes): Partial<NodeDisplayData> => {
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
    const focus = s.hovered ?? s.selected;
    if (focus !== null && this.neighbours) {
      if (node === focus) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 4 });
      else if (this.neighbours.has(node)) Object.assign(out, { forceLabel: true, zIndex: 2 });
      else Object.assign(out, { color: this.settings.fadedColor, label: '', zIndex: 0 });
    }
    return out;
  };

  readonly edgeReducer = (edge: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
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
