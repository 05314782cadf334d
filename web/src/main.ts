/**
 * The ecograph explorer: loads the served graph (or dropped files), draws it with sigma and wires
 * the side panel. Display changes go through the view state and sigma's reducers only.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { EdgeProgramType } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import type { EcoGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/model/types.js';
import { datingCounts, yearSpan } from '../../src/metrics/evolution/snapshot.js';
import { hasErrors } from '../../src/model/problems.js';
import { louvainCommunities, louvainRestarts } from './communities.js';
import { DASH_PATTERN, EdgeDashedArrowProgram, EdgeDashedProgram } from './dashed-edge-program.js';
import { byId, clear, h } from './dom.js';
import { download, exportPng, exportSvg } from './export-image.js';
import { legendByGroup, type FrameContent } from './export-frame.js';
import { exportGexf, exportJson, type ViewExport } from './export-graph.js';
import { sourcesCaption } from '../../src/figures/caption.js';
import { NODE_KIND_INFO, isNodeKind } from '../../src/model/schema.js';
import { loadFiles, loadServedGraph, type LoadedGraph } from './graph-source.js';
import { hasPositions, runForceAtlas2Sync, seedPositions } from './layout-forceatlas2.js';
import { ForceAtlas2Worker } from './layout-forceatlas2-worker.js';
import { renderCommunityLegend, renderDetails, renderEdgeKindFilters, renderKindLegend, renderProblems, searchNodes } from './panels.js';
import { placeLabels, shortenLabel, type Disc, type LabelCandidate, type PlacedLabel } from './label-placer.js';
import { labelFitBBox, type FramedNode } from './camera-fit.js';
import { removeOverlapsAtScale } from './layout-noverlap.js';
import { applyLayout, DEFAULT_LAYOUT_CHOICE, type LayoutChoice } from './layout-apply.js';
import { renderLayoutPanel, type LayoutPanel } from './layout-panel.js';
import { DEFAULT_SETTINGS, settingsFromQuery, type ExplorerSettings } from './settings.js';
import { SLOW_MEASURES_MAX_NODES, SIZE_METRICS } from './size-metrics.js';
import type { TextMeasurer } from '../../src/figures/font.js';
import { renderSpinoffSummary, spinoffRoots, spinoffView } from './spinoff-mode.js';
import { findBrokers, renderBrokers } from './brokers-mode.js';
import { hasFileColors } from './file-appearance.js';
import { DataPanels, timeChange, type BenchChange } from './data-panels.js';
import { ViewReducers, initialViewState, type Mode, type ViewState } from './view-state.js';
import { EditPanel, startEditing } from './edit/edit-panel.js';
import { positionsOf } from './edit/save-payload.js';
import { relabelCommunities } from './edit/stable-communities.js';

const parsed = settingsFromQuery(location.search);
const settings: ExplorerSettings = parsed.ok ? parsed.settings : { ...DEFAULT_SETTINGS };
DASH_PATTERN.dash = settings.dashLength;
DASH_PATTERN.gap = settings.dashGap;

type Programs = Record<string, EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>>;
/** Edge types the view state assigns (see `ViewReducers.edgeReducer`) and the programs drawing them. */
const EDGE_PROGRAMS = { line: EdgeRectangleProgram, lineArrow: EdgeArrowProgram, dashed: EdgeDashedProgram, dashedArrow: EdgeDashedArrowProgram } as unknown as Programs;

const LABEL_FONT = 'system-ui, "Noto Sans JP", sans-serif';
const LABEL_FONT_SIZE = 13;
const LABEL_COLOR = '#1F1F1F';

/** The labels of the last frame, as tests read them from `window.__ecographLabels`. */
export interface LabelsForTests {
  budget: number;
  width: number;
  height: number;
  labels: PlacedLabel[];
  /** The node discs drawn in colour in the same frame (viewport px); faded context nodes are left out. */
  discs: Disc[];
  /** The faded context nodes' discs (around a focus, in brokers mode), which labels avoid where a spot clear of them is free. */
  fadedDiscs: Disc[];
}

/** Sigma's hover drawing without the label: a white halo around highlighted nodes (the placer draws names). */
function drawNodeHalo(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number }): void {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.fillStyle = '#FFFFFF';
  context.shadowColor = 'rgba(0,0,0,0.5)';
  context.shadowBlur = 6;
  context.fill();
  context.shadowBlur = 0;
}

/** The explorer of one opened graph. */
class Explorer {
  readonly state: ViewState = initialViewState();
  readonly reducers: ViewReducers;
  readonly renderer: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
  readonly layout: ForceAtlas2Worker;
  private communities: Map<string, number> | null = null;
  /** Whether a redraw was asked for by {@link scheduleRedraw} and not made yet. */
  private redrawPending = false;
  /** The labels drawn in the last frame (viewport px). */
  labels: PlacedLabel[] = [];
  /** The node discs drawn in the last frame (viewport px). */
  discs: Disc[] = [];
  private readonly labelWidths = new Map<string, number>();
  /** Whether the spin-off panel lists this graph's roots yet. */
  spinoffReady = false;
  /**
   * Set by the graph's events when a tie was added, dropped or changed, or a node dropped with its
   * ties: the tie-kind filters (counts over every tie) are rebuilt after an edit only then.
   */
  tiesChanged = false;
  firstFrameMs: number | null = null;
  /** `performance.now()` at the first frame: milliseconds since navigation started. */
  firstFrameAt: number | null = null;

  constructor(
    readonly graph: EcoGraph,
    readonly name: string,
    container: HTMLElement,
    openedAt: number,
  ) {
    // A file's own positions (a GEXF's viz:position, a saved layout) are kept as they are.
    const laidOutHere = !hasPositions(graph);
    if (laidOutHere) {
      seedPositions(graph, settings.seed);
      if (graph.order <= settings.syncLayoutMaxNodes) runForceAtlas2Sync(graph, settings.syncLayoutIterations);
    }
    const tiesChanged = () => {
      this.tiesChanged = true;
    };
    for (const event of ['edgeAdded', 'edgeDropped', 'edgeAttributesUpdated', 'eachEdgeAttributesUpdated', 'edgesCleared', 'cleared', 'nodeDropped'] as const) graph.on(event, tiesChanged);
    this.reducers = new ViewReducers(graph, this.state, settings);
    this.reducers.refreshBase(null, this.sizes());
    this.renderer = new Sigma(graph, container, {
      nodeReducer: this.reducers.nodeReducer,
      edgeReducer: this.reducers.edgeReducer,
      defaultEdgeType: 'line',
      edgeProgramClasses: EDGE_PROGRAMS,
      hideEdgesOnMove: settings.hideEdgesOnMove,
      // Labels are drawn by the explorer's own placer after each frame (see `drawLabels`); sigma's
      // hover drawing keeps only the halo, so highlighted nodes do not print their names in a pile.
      renderLabels: false,
      defaultDrawNodeHover: drawNodeHalo,
      labelSize: LABEL_FONT_SIZE,
      labelFont: LABEL_FONT,
      zIndex: true,
      minEdgeThickness: 0.8,
    });
    this.renderer.on('afterRender', () => this.drawLabels());
    // Small graphs get room for labels on the right (one more full pass, cheap at this size); large
    // ones start ForceAtlas2 at once, which frames the nodes itself.
    if (graph.order <= settings.syncLayoutMaxNodes) {
      // After the layout, the overlap-removal pass (which frames the result).
      if (laidOutHere && graph.order <= settings.overlapPassMaxNodes) this.removeOverlaps();
      else {
        this.fitWithLabelRoom();
        this.renderer.refresh();
      }
    }
    // Sigma drew synchronously in its constructor; the frame is on screen after the next paint,
    // which a second animation frame follows. Only then does a large graph's layout start.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.firstFrameAt = performance.now();
        this.firstFrameMs = this.firstFrameAt - openedAt;
        if (graph.order > settings.syncLayoutMaxNodes && this.layout) this.layout.start(settings.workerLayoutMs);
      }),
    );
    this.layout = new ForceAtlas2Worker(graph, (running) => {
      byId('layout-toggle').textContent = running ? 'Stop ForceAtlas2' : 'Start ForceAtlas2';
      if (running) this.renderer.setCustomBBox(null);
      else if (this.state.mode !== 'spinoff') {
        if ((layoutPanel?.choice()?.removeOverlaps ?? DEFAULT_LAYOUT_CHOICE.removeOverlaps) && graph.order <= settings.overlapPassMaxNodes) this.removeOverlaps();
        else {
          this.fitWithLabelRoom();
          this.renderer.refresh();
        }
      }
    }, () => layoutPanel?.choice()?.forceAtlas2 ?? {});
  }

  /**
   * Chooses and draws this frame's node labels with the label placer: hovered and selected node
   * always (the hovered one with its full name), then the focus's neighbours, brokers and tree
   * members (the nodes the view forces), then the largest nodes, while the budget lasts and no two
   * labels overlap. The boxes drawn are kept in `labels` (and on `window.__ecographLabels`).
   */
  drawLabels(): void {
    const r = this.renderer;
    const { width, height } = r.getDimensions();
    const context = r.getCanvases().labels?.getContext('2d');
    if (!context) return;
    context.font = `${LABEL_FONT_SIZE}px ${LABEL_FONT}`;
    const { hovered, selected } = this.state;
    const candidates: LabelCandidate[] = [];
    const discs: Disc[] = [];
    const fadedDiscs: Disc[] = [];
    const ratio = r.getCamera().ratio;
    // In spin-off mode a parent's ties leave to the right: its name goes above it.
    const treeParents = new Set<string>();
    if (this.state.mode === 'spinoff' && this.state.spinoff) for (const e of this.state.spinoff.edges) treeParents.add(this.graph.source(e));
    // Sigma's framed-graph-to-viewport map is affine and its size scale linear: both are read once
    // a frame, not asked for node by node.
    const o = r.framedGraphToViewport({ x: 0, y: 0 });
    const ex = r.framedGraphToViewport({ x: 1, y: 0 });
    const ey = r.framedGraphToViewport({ x: 0, y: 1 });
    const [xx, xy, yx, yy] = [ex.x - o.x, ey.x - o.x, ex.y - o.y, ey.y - o.y];
    const sizeScale = r.scaleSize(1, ratio);
    const threshold = settings.labelRenderedSizeThreshold;
    const faded = settings.fadedColor;
    // Sigma's getNodeDisplayData copies each node's display data; the placer only reads it, so it
    // reads sigma's own cache of it when there is one (sigma 3's `nodeDataCache`), read-only.
    const cache = (r as unknown as { nodeDataCache?: Record<string, NodeDisplayData | undefined> }).nodeDataCache;
    const displayData = cache && typeof cache === 'object' ? (node: string) => cache[node] : (node: string) => r.getNodeDisplayData(node);
    this.graph.forEachNode((node) => {
      const d = displayData(node);
      if (!d || d.hidden) return;
      const radius = d.size * sizeScale;
      const x = o.x + xx * d.x + xy * d.y;
      const y = o.y + yx * d.x + yy * d.y;
      const inView = x > -radius && y > -radius && x < width + radius && y < height + radius;
      // Every disc drawn is an obstacle; faded context nodes (hover, brokers mode) a weaker one
      // (see the placer), so the highlighted nodes' names stay off them where they can.
      if (inView) (d.color === faded ? fadedDiscs : discs).push({ x, y, radius });
      if (!d.label) return;
      const always = node === hovered || node === selected;
      if (!always && ((!d.forceLabel && radius < threshold) || x < -radius || y < -radius || x > width + radius || y > height + radius)) return;
      candidates.push({ id: node, x, y, radius, text: d.label, always, full: node === hovered, tier: d.forceLabel ? ((d.zIndex ?? 0) >= 3 ? 0 : 1) : 2, weight: d.size, above: treeParents.has(node) });
    });
    const widths = this.labelWidths;
    const measure = (text: string) => {
      let w = widths.get(text);
      if (w === undefined) widths.set(text, (w = context.measureText(text).width));
      return w;
    };
    this.labels = placeLabels(candidates, { budget: settings.labelBudget, maxChars: settings.labelMaxChars, fontSize: LABEL_FONT_SIZE, width, height, measure, discs, fadedDiscs });
    this.discs = discs;
    context.clearRect(0, 0, width, height);
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.fillStyle = LABEL_COLOR;
    for (const l of this.labels) {
      const x = l.x + 1;
      const y = l.y + l.height / 2;
      context.strokeText(l.text, x, y);
      context.fillText(l.text, x, y);
    }
    (window as unknown as { __ecographLabels: LabelsForTests }).__ecographLabels = { budget: settings.labelBudget, width, height, labels: this.labels.map((l) => ({ ...l })), discs, fadedDiscs };
  }

  /**
   * Frames the layout so that the nodes and the labels drawn beside them fit the view (sigma frames
   * node positions only, so the rightmost labels would be cut): the largest nodes, as many as the
   * label budget, get room for their label on the right (see `labelFitBBox`). While ForceAtlas2
   * runs, sigma's own framing follows the nodes.
   */
  fitWithLabelRoom(): void {
    const box = labelFitBBox(this.framedNodes(), ...this.framingArea());
    if (box) this.renderer.setCustomBBox(box);
  }

  /** The px area sigma fits the framing box into: the view less its padding, 2% to spare for rounding. */
  private framingArea(): [number, number] {
    const { width, height } = this.renderer.getDimensions();
    const pad = this.renderer.getSetting('stagePadding') ?? 0;
    return [(width - 2 * pad) * 0.98, (height - 2 * pad) * 0.98];
  }

  /**
   * The visible nodes as the framing sees them: positions (the graph's, or `positions` in
   * `visibleNodes` order), drawn radii at the initial camera, and label widths for the largest
   * nodes, as many as the label budget.
   */
  framedNodes(positions?: readonly { x: number; y: number }[]): FramedNode[] {
    const r = this.renderer;
    const context = r.getCanvases().labels?.getContext('2d');
    if (context) context.font = `${LABEL_FONT_SIZE}px ${LABEL_FONT}`;
    const shown = this.visibleNodes().map((node, i) => {
      const d = r.getNodeDisplayData(node)!;
      const a = this.graph.getNodeAttributes(node);
      const p = positions?.[i] ?? { x: a.x ?? 0, y: a.y ?? 0 };
      return { node, size: d.size, x: p.x, y: p.y, label: d.label ?? a.label ?? '' };
    });
    const labelled = new Set(
      [...shown]
        .sort((a, b) => b.size - a.size || (a.node < b.node ? -1 : 1))
        .slice(0, settings.labelBudget)
        .map((n) => n.node),
    );
    return shown.map((n) => ({
      x: n.x,
      y: n.y,
      radius: n.size,
      labelWidth: labelled.has(n.node) && context && n.label ? Math.ceil(context.measureText(shortenLabel(n.label, settings.labelMaxChars)).width) + 2 : 0,
      labelHeight: LABEL_FONT_SIZE + 2,
    }));
  }

  /**
   * The overlap-removal pass: moves the visible nodes apart until no two discs overlap at the
   * scale the framed view draws them (see `removeOverlapsAtScale`), then frames the result.
   */
  removeOverlaps(): { moved: number; resolved: boolean } {
    const nodes = this.visibleNodes();
    const framed = this.framedNodes();
    const [w, h] = this.framingArea();
    const scaleOf = (positions: readonly { x: number; y: number }[]) => {
      const box = labelFitBBox(this.framedNodes(positions), w, h);
      return box ? Math.min(w / (box.x[1] - box.x[0] || 1), h / (box.y[1] - box.y[0] || 1)) : NaN;
    };
    const result = removeOverlapsAtScale(
      framed.map((f) => ({ x: f.x, y: f.y, radiusPx: f.radius })),
      scaleOf,
      1,
    );
    let moved = 0;
    nodes.forEach((node, i) => {
      const p = result.positions[i]!;
      if (p.x !== framed[i]!.x || p.y !== framed[i]!.y) moved++;
      this.graph.mergeNodeAttributes(node, p);
    });
    this.fitWithLabelRoom();
    this.renderer.refresh();
    return { moved, resolved: result.resolved };
  }

  sizes(): Map<string, number> {
    const metric = SIZE_METRICS.find((m) => m.id === this.state.sizeBy) ?? SIZE_METRICS[0]!;
    const note = document.getElementById('size-note');
    try {
      const values = metric.compute(this.graph);
      if (note) note.textContent = '';
      return values;
    } catch (err) {
      if (note) note.textContent = `${metric.title} could not be computed: ${(err as Error).message}. Sized by degree instead.`;
      return SIZE_METRICS[0]!.compute(this.graph);
    }
  }

  /** Recomputes colours and sizes, then redraws. */
  restyle(): void {
    if (this.state.colorBy === 'community' && !this.communities) this.communities = louvainCommunities(this.graph, settings.seed);
    this.reducers.refreshBase(this.state.colorBy === 'community' ? this.communities : null, this.sizes());
    this.redraw();
  }

  /** The graph was edited: derived data forgotten, sizes and communities (numbers kept stable) recomputed. */
  dataChanged(): void {
    this.reducers.dataChanged();
    if (this.communities) this.communities = relabelCommunities(this.communities, louvainCommunities(this.graph, settings.seed));
    this.reducers.refreshBase(this.state.colorBy === 'community' ? this.communities : null, this.sizes());
  }

  communityMap(): Map<string, number> {
    this.communities ??= louvainCommunities(this.graph, settings.seed);
    return this.communities;
  }

  /**
   * One redraw however often it is asked for during the current task: an edit redraws after the
   * data changed and again when it selects the new element. The nodes and ties are reduced once,
   * when the task is done (a microtask), and drawn in sigma's own next frame, the one its graph
   * listeners already scheduled for the edited elements, so the frame is drawn once (a redraw at
   * our own animation frame drew it a second time after sigma's).
   */
  scheduleRedraw(): void {
    if (this.redrawPending) return;
    this.redrawPending = true;
    queueMicrotask(() => {
      if (!this.redrawPending) return;
      this.redrawPending = false;
      this.reducers.refreshFocus();
      this.renderer.scheduleRefresh();
    });
  }

  redraw(): void {
    this.redrawPending = false;
    this.reducers.refreshFocus();
    this.renderer.refresh();
  }

  /** Visible node and tie counts by the view's filters (the rule the reducers apply), cheap enough for every change. */
  filteredCounts(): { nodes: number; edges: number } {
    return this.reducers.filteredCounts();
  }

  /** Nodes sigma draws (from its display data, after the reducers): for tests. */
  visibleNodes(): string[] {
    return this.graph.filterNodes((n) => {
      const d = this.renderer.getNodeDisplayData(n);
      return d !== undefined && !d.hidden;
    });
  }

  visibleEdgeCount(): number {
    let count = 0;
    this.graph.forEachEdge((e, _a, s, t) => {
      const d = this.renderer.getEdgeDisplayData(e);
      const sd = this.renderer.getNodeDisplayData(s);
      const td = this.renderer.getNodeDisplayData(t);
      if (d && !d.hidden && sd && !sd.hidden && td && !td.hidden) count++;
    });
    return count;
  }

  kill(): void {
    this.layout.kill();
    this.renderer.kill();
  }
}

let explorer: Explorer | null = null;
/** Edit mode (`ecograph serve --edit`), when the server offers it. */
let editor: EditPanel | null = null;
/** Data table, appearance and filter panels (see `data-panels.ts`). */
let dataPanels: DataPanels | null = null;

function updateCounts(): void {
  if (!explorer) return;
  const { nodes, edges } = explorer.filteredCounts();
  const n = (v: number) => v.toLocaleString('en-US');
  byId('counts').textContent = `Showing ${n(nodes)} of ${n(explorer.graph.order)} nodes and ${n(edges)} of ${n(explorer.graph.size)} ties.`;
  dataPanels?.viewChanged();
}

function select(node: string | null, moveCamera = false, redraw = true): void {
  if (!explorer) return;
  const ex = explorer;
  ex.state.selected = node;
  byId<HTMLButtonElement>('spinoff-from-selection').disabled = node === null;
  const section = byId('details-section');
  if (node === null) {
    section.hidden = true;
    clear(byId('details'));
  } else {
    renderDetails(byId('details'), ex.graph, node, (other) => select(other, true));
    section.hidden = false;
  }
  if (redraw) ex.redraw();
  editor?.onSelect();
  dataPanels?.selectionChanged();
  if (node !== null && moveCamera) {
    const d = ex.renderer.getNodeDisplayData(node);
    if (d && !d.hidden) void ex.renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(ex.renderer.getCamera().ratio, 0.5) }, { duration: 400 });
  }
}

function renderLegend(): void {
  if (!explorer) return;
  const ex = explorer;
  const list = byId('legend');
  byId('legend-hint').hidden = ex.state.colorBy === 'community';
  if (ex.state.colorBy !== 'community')
    renderKindLegend(list, ex.graph, ex.state.hiddenNodeKinds, (kind) => {
      if (ex.state.hiddenNodeKinds.has(kind)) ex.state.hiddenNodeKinds.delete(kind);
      else ex.state.hiddenNodeKinds.add(kind);
      renderLegend();
      ex.redraw();
      updateCounts();
      (byId('legend').querySelector(`[data-kind="${CSS.escape(kind)}"]`) as HTMLElement | null)?.focus();
    });
  else renderCommunityLegend(list, ex.graph, ex.communityMap(), louvainRestarts(ex.graph.order));
}

function setupYearSlider(): void {
  if (!explorer) return;
  const ex = explorer;
  const slider = byId<HTMLInputElement>('year');
  const output = byId('year-value');
  const range = yearSpan(ex.graph);
  const all = byId<HTMLButtonElement>('year-all');
  if (!range) {
    slider.disabled = true;
    byId<HTMLButtonElement>('year-play').disabled = true;
    all.disabled = true;
    output.textContent = '(no years in this graph)';
    return;
  }
  slider.disabled = false;
  slider.min = String(range.first);
  slider.max = String(range.last);
  slider.step = '1';
  slider.value = String(range.last);
  // The whole graph until a year is chosen: a year shows the snapshot at its end (as
  // `ecograph timeline`), which at the last year leaves out what was dissolved or ended by then.
  const dating = byId('year-dating');
  const showAll = () => {
    ex.state.year = null;
    slider.value = String(range.last);
    output.textContent = 'all years';
    dating.textContent = '';
    all.disabled = true;
  };
  showAll();
  all.onclick = () => {
    stopPlaying();
    showAll();
    ex.redraw();
    updateCounts();
  };
  slider.oninput = () => {
    const y = Number(slider.value);
    ex.state.year = y;
    output.textContent = String(y);
    // how sure the snapshot is: the same counts as `ecograph timeline` gives for the year
    const { nodes } = datingCounts(ex.graph, y, {}, ex.reducers.graphDates());
    dating.textContent = `Actors by the end of ${y}: ${nodes.dated} dated, ${nodes.bounded} placed by a derived bound, ${nodes.undated} undated and not placed by then (not shown).`;
    all.disabled = false;
    ex.redraw();
    updateCounts();
  };
  stopPlaying();
  byId<HTMLButtonElement>('year-play').disabled = false;
}

/** "Play years": steps the year slider from the first year to the last, one year per tick. */
let playTimer: ReturnType<typeof setInterval> | null = null;

function stopPlaying(): void {
  if (playTimer) clearInterval(playTimer);
  playTimer = null;
  const button = byId('year-play');
  button.setAttribute('aria-pressed', 'false');
  button.textContent = 'Play years';
}

function togglePlaying(): void {
  if (playTimer) {
    stopPlaying();
    return;
  }
  const slider = byId<HTMLInputElement>('year');
  if (slider.disabled) return;
  if (Number(slider.value) >= Number(slider.max)) slider.value = slider.min;
  const button = byId('year-play');
  button.setAttribute('aria-pressed', 'true');
  button.textContent = 'Pause';
  const step = () => {
    slider.dispatchEvent(new Event('input'));
    if (Number(slider.value) >= Number(slider.max)) stopPlaying();
    else slider.value = String(Number(slider.value) + 1);
  };
  step();
  playTimer = setInterval(step, settings.yearPlayMs);
}

function setupSpinoff(): void {
  if (!explorer) return;
  const ex = explorer;
  const selectRoot = byId<HTMLSelectElement>('spinoff-root');
  clear(selectRoot);
  let roots: ReturnType<typeof spinoffRoots> = [];
  try {
    roots = spinoffRoots(ex.graph);
  } catch (err) {
    byId('spinoff-summary').textContent = `Spin-off ties cannot be drawn as trees: ${(err as Error).message}`;
  }
  for (const r of roots) selectRoot.append(h('option', { value: r.root }, `${r.label} — ${r.descendants} descendants, ${r.generations} generations`));
  if (roots.length === 0) selectRoot.append(h('option', { value: '' }, 'No spin-off trees in this graph'));
  selectRoot.onchange = () => showSpinoff(selectRoot.value);
}

/**
 * Sigma draws nodes at their `x`/`y` attributes (reducers cannot move them), so spin-off mode keeps
 * the ForceAtlas2 positions aside, places the tree's nodes by generation, and puts the positions
 * back when the mode is left. Only layout attributes change; the data attributes never do.
 */
let savedPositions: Map<string, { x: number; y: number }> | null = null;

function placeTree(ex: Explorer, positions: ReadonlyMap<string, { x: number; y: number }>): void {
  if (!savedPositions) {
    savedPositions = new Map();
    ex.graph.forEachNode((n, a) => savedPositions!.set(n, { x: a.x ?? 0, y: a.y ?? 0 }));
  } else restorePositions(ex, false);
  for (const [n, p] of positions) ex.graph.mergeNodeAttributes(n, p);
}

/** Text widths for the tree figure's layout, measured in the explorer's label font. */
function canvasTextMeasurer(): TextMeasurer {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return {
    width: (text, size, weight) => {
      ctx.font = `${weight === 'bold' ? '600 ' : ''}${size}px ${LABEL_FONT}`;
      return ctx.measureText(text).width;
    },
    ascent: (size) => size * 0.9,
    descent: (size) => size * 0.25,
    covers: () => true,
  };
}

function restorePositions(ex: Explorer, clearSaved = true): void {
  if (!savedPositions) return;
  for (const [n, p] of savedPositions) if (ex.graph.hasNode(n)) ex.graph.mergeNodeAttributes(n, p);
  if (clearSaved) {
    savedPositions = null;
    ex.fitWithLabelRoom();
  }
}

function showSpinoff(root: string): void {
  if (!explorer || root === '' || !explorer.graph.hasNode(root)) return;
  const ex = explorer;
  const { view, summary } = spinoffView(ex.graph, root, settings, canvasTextMeasurer(), ex.renderer.getDimensions());
  ex.state.spinoff = view;
  placeTree(ex, view.positions);
  renderSpinoffSummary(byId('spinoff-summary'), ex.graph, view, summary, (n) => select(n, true));
  ex.redraw();
  // frame the tree with room for its names
  ex.fitWithLabelRoom();
  ex.renderer.refresh();
  void ex.renderer.getCamera().animatedReset({ duration: 300 });
  updateCounts();
}

function setMode(mode: Mode): void {
  if (!explorer) return;
  const ex = explorer;
  ex.state.mode = mode;
  if (mode !== 'spinoff') restorePositions(ex);
  byId<HTMLButtonElement>('layout-toggle').disabled = mode === 'spinoff';
  byId<HTMLButtonElement>('layout-reset').disabled = mode === 'spinoff';
  layoutPanel?.setDisabled(mode === 'spinoff');
  byId('spinoff-panel').hidden = mode !== 'spinoff';
  byId('brokers-panel').hidden = mode !== 'brokers';
  if (mode === 'spinoff') {
    ex.layout.stop();
    // The roots' summaries are computed when the mode is first used, not before the first frame.
    if (!ex.spinoffReady) {
      setupSpinoff();
      ex.spinoffReady = true;
    }
    const root = byId<HTMLSelectElement>('spinoff-root').value;
    if (root) showSpinoff(root);
  } else if (mode === 'brokers') {
    if (!ex.state.brokers) {
      try {
        const result = findBrokers(ex.graph);
        ex.state.brokers = result.view;
        renderBrokers(byId('brokers-result'), ex.graph, result, (n) => select(n, true));
      } catch (err) {
        byId('brokers-result').textContent = `The brokers query failed: ${(err as Error).message}`;
      }
    }
    ex.redraw();
  } else {
    ex.redraw();
    void ex.renderer.getCamera().animatedReset({ duration: 300 });
  }
  updateCounts();
}

function open(loaded: LoadedGraph, openedAt: number, served = false): void {
  explorer?.kill();
  explorer = null;
  editor?.destroy();
  editor = null;
  const filePositions = positionsOf(loaded.graph);
  const openedOrder = loaded.graph.order;
  savedPositions = null;
  byId<HTMLButtonElement>('layout-toggle').disabled = false;
  byId<HTMLButtonElement>('layout-reset').disabled = false;
  layoutPanel?.setDisabled(false);
  byId('dropzone').hidden = true;
  const container = byId('graph');
  const ex = new Explorer(loaded.graph, loaded.name, container, openedAt);
  explorer = ex;
  const title = loaded.graph.getAttribute('name');
  byId('graph-title').textContent = `${typeof title === 'string' ? title + ' — ' : ''}${loaded.name} · ${loaded.graph.order} nodes, ${loaded.graph.size} ties`;
  document.title = `${typeof title === 'string' ? title : loaded.name} — ecograph explorer`;

  ex.renderer.on('enterNode', ({ node }) => {
    ex.state.hovered = node;
    ex.redraw();
  });
  ex.renderer.on('leaveNode', () => {
    ex.state.hovered = null;
    ex.redraw();
  });
  ex.renderer.on('clickNode', ({ node }) => {
    if (!editor?.takeClick(node)) select(node);
  });
  ex.renderer.on('clickStage', () => select(null));

  // A file's own colours (a GEXF's viz:color) are used when it gives them.
  const fileColours = hasFileColors(ex.graph);
  const colorBy = byId<HTMLSelectElement>('color-by');
  colorBy.querySelector<HTMLOptionElement>('option[value="file"]')!.disabled = !fileColours;
  colorBy.value = fileColours ? 'file' : 'kind';
  if (fileColours) {
    ex.state.colorBy = 'file';
    ex.restyle();
  }
  const sizeBy = byId<HTMLSelectElement>('size-by');
  sizeBy.value = ex.state.sizeBy;
  for (const option of sizeBy.options) {
    const metric = SIZE_METRICS.find((m) => m.id === option.value);
    option.disabled = metric !== undefined && metric.slow && ex.graph.order > SLOW_MEASURES_MAX_NODES;
  }
  renderLegend();
  renderTieKindFilters(ex);
  setupYearSlider();
  dataPanels?.open({
    graph: ex.graph,
    state: ex.state,
    communities: () => ex.communityMap(),
    graphDates: () => ex.reducers.graphDates(),
    redraw: () => {
      ex.redraw();
      updateCounts();
    },
    select: (node) => select(node, true),
    nodeFiltered: (node) => ex.reducers.nodeFiltered(node, ex.graph.getNodeAttributes(node)),
    edgeFiltered: (edge) => ex.reducers.edgeFiltered(edge, ex.graph.getEdgeAttributes(edge), ex.graph.source(edge), ex.graph.target(edge)),
    resize: () => {
      ex.renderer.resize();
      ex.renderer.refresh();
    },
  });
  clear(byId('spinoff-root'));
  clear(byId('spinoff-summary'));
  (document.querySelector('input[name="mode"][value="explore"]') as HTMLInputElement).checked = true;
  byId('spinoff-panel').hidden = true;
  byId('brokers-panel').hidden = true;
  select(null, false, false);
  updateCounts();
  if (served) void setupEditing(ex, filePositions, openedOrder);
}

/** Edit mode: the Edit section under the details, when the server says the graph is editable. */
async function setupEditing(ex: Explorer, filePositions: ReturnType<typeof positionsOf>, openedOrder: number): Promise<void> {
  const mountPoint = () => {
    let root = document.getElementById('edit-section');
    if (!root) {
      root = h('section', { id: 'edit-section', 'aria-labelledby': 'h-edit', hidden: true });
      byId('details-section').after(root);
    }
    return root;
  };
  const host = {
    graph: ex.graph,
    selected: () => ex.state.selected,
    select: (node: string | null) => {
      select(node, false, false);
      ex.scheduleRedraw();
    },
    changed: () => afterEdit(ex),
    viewCentre: () => {
      const { width, height } = ex.renderer.getDimensions();
      return ex.renderer.viewportToGraph({ x: width / 2, y: height / 2 });
    },
  };
  const panel = await startEditing(host, mountPoint, filePositions, openedOrder);
  if (explorer === ex) editor = panel;
  else panel?.destroy();
}

/** The tie-kind checkboxes of the filters panel, for the graph's kinds. */
function renderTieKindFilters(ex: Explorer): void {
  renderEdgeKindFilters(byId('edge-kinds'), ex.graph, ex.state.hiddenEdgeKinds, (kind, visible) => {
    if (visible) ex.state.hiddenEdgeKinds.delete(kind);
    else ex.state.hiddenEdgeKinds.add(kind);
    ex.redraw();
    updateCounts();
  });
}

/** After an edit, undo or redo: metrics, legend, filters, counts, details and the active mode follow the data. */
function afterEdit(ex: Explorer): void {
  ex.dataChanged();
  const title = ex.graph.getAttribute('name');
  byId('graph-title').textContent = `${typeof title === 'string' ? title + ' — ' : ''}${ex.name} · ${ex.graph.order} nodes, ${ex.graph.size} ties`;
  renderLegend();
  if (ex.tiesChanged) renderTieKindFilters(ex);
  ex.tiesChanged = false;
  ex.spinoffReady = false;
  ex.state.brokers = null;
  if (ex.state.mode === 'spinoff') {
    const root = ex.state.spinoff?.root ?? byId<HTMLSelectElement>('spinoff-root').value;
    setupSpinoff();
    ex.spinoffReady = true;
    const select = byId<HTMLSelectElement>('spinoff-root');
    if (root && ex.graph.hasNode(root)) {
      if (![...select.options].some((o) => o.value === root)) select.append(h('option', { value: root }, `${ex.graph.getNodeAttribute(root, 'label')} (selected node)`));
      select.value = root;
    }
    if (select.value) showSpinoff(select.value);
  } else if (ex.state.mode === 'brokers') setMode('brokers');
  const node = ex.state.selected;
  select(node !== null && ex.graph.hasNode(node) ? node : null, false, false);
  ex.scheduleRedraw();
  updateCounts();
}

/** Title, legend and sources line around an exported image of the view. */
function frameContent(ex: Explorer): FrameContent {
  const name = ex.graph.getAttribute('name');
  const parts = [typeof name === 'string' ? name : ex.name];
  if (ex.state.mode === 'brokers') parts.push('brokers between universities and anchor companies');
  if (ex.state.mode === 'spinoff' && ex.state.spinoff) parts.push(`spin-off tree of ${ex.graph.getNodeAttribute(ex.state.spinoff.root, 'label')}`);
  if (ex.state.year !== null) parts.push(`as of ${ex.state.year}`);
  const visible = ex.visibleNodes();
  const community = ex.state.colorBy === 'community' ? ex.communityMap() : null;
  const legend = legendByGroup(
    visible.map((n) => {
      const color = ex.reducers.baseLook(n).color;
      if (community) return { group: String(community.get(n) ?? 0), color };
      if (ex.state.colorBy === 'file') return { group: color, color };
      return { group: ex.graph.getNodeAttribute(n, 'kind') ?? 'untyped', color };
    }),
    (g) => (community ? `Community ${Number(g) + 1}` : ex.state.colorBy === 'file' ? g : isNodeKind(g) ? NODE_KIND_INFO[g].title : 'Untyped'),
  );
  const lists: (readonly string[] | undefined)[] = [];
  const graphSources = ex.graph.getAttribute('sources');
  if (Array.isArray(graphSources)) lists.push(graphSources as string[]);
  for (const n of visible) lists.push(ex.graph.getNodeAttribute(n, 'sources'));
  ex.graph.forEachEdge((e, a, s, t) => void (ex.reducers.edgeFiltered(e, a, s, t) || lists.push(a.sources))); // the drawn ties' sources too, as in the static figures
  return { title: parts.join(' — '), legend, sources: sourcesCaption(lists) };
}

/** The current (filtered) graph with the drawn look and the computed measures, for GEXF and JSON export. */
function viewExport(ex: Explorer): ViewExport {
  const measures = new Map<string, ReadonlyMap<string, number>>([['degree', SIZE_METRICS[0]!.compute(ex.graph)]]);
  if (ex.state.sizeBy !== SIZE_METRICS[0]!.id && ex.state.sizeBy !== 'uniform') measures.set(ex.state.sizeBy, ex.sizes());
  measures.set('community', ex.communityMap());
  return {
    keepNode: (n) => !ex.reducers.nodeFiltered(n, ex.graph.getNodeAttributes(n)),
    keepEdge: (e) => {
      const [s, t] = ex.graph.extremities(e);
      return !ex.reducers.edgeFiltered(e, ex.graph.getEdgeAttributes(e), s, t);
    },
    look: (n) => {
      const a = ex.graph.getNodeAttributes(n);
      return { ...ex.reducers.baseLook(n), x: a.x ?? 0, y: a.y ?? 0 };
    },
    measures,
  };
}

/** The layout panel (built once; see `renderLayoutPanel`). */
let layoutPanel: LayoutPanel | null = null;

function reportOverlaps(result: { moved: number; resolved: boolean }): void {
  layoutPanel?.report(result.resolved ? `Overlap removal moved ${result.moved} node(s); no two nodes overlap.` : `Overlap removal moved ${result.moved} node(s); some nodes still overlap (run it again).`);
}

/**
 * Runs a layout from the panel: on graphs up to `syncLayoutMaxNodes` synchronously (ForceAtlas2
 * from the seeded start for the chosen iterations), then the overlap pass; larger graphs run
 * ForceAtlas2 in the worker from the seeded start, and the pass follows when it stops.
 */
function runLayout(ex: Explorer, choice: LayoutChoice): void {
  ex.layout.stop();
  if (choice.layout === 'forceatlas2' && ex.graph.order > settings.syncLayoutMaxNodes) {
    seedPositions(ex.graph, settings.seed);
    ex.layout.start(settings.workerLayoutMs);
    return;
  }
  applyLayout(ex.graph, choice, settings.seed);
  if (choice.removeOverlaps && ex.graph.order <= settings.overlapPassMaxNodes) reportOverlaps(ex.removeOverlaps());
  else {
    ex.fitWithLabelRoom();
    layoutPanel?.report(`${choice.layout} layout done.`);
  }
  ex.redraw();
  void ex.renderer.getCamera().animatedReset({ duration: 300 });
}

function setupStaticControls(): void {
  dataPanels = new DataPanels({ min: settings.nodeSizeMin, max: settings.nodeSizeMax });
  const sizeBy = byId<HTMLSelectElement>('size-by');
  for (const m of SIZE_METRICS) sizeBy.append(h('option', { value: m.id }, m.title));
  sizeBy.addEventListener('change', () => {
    if (!explorer) return;
    explorer.state.sizeBy = sizeBy.value;
    explorer.restyle();
  });
  byId<HTMLSelectElement>('color-by').addEventListener('change', (ev) => {
    if (!explorer) return;
    const value = (ev.target as HTMLSelectElement).value;
    explorer.state.colorBy = value === 'community' || value === 'file' ? value : 'kind';
    explorer.restyle();
    renderLegend();
  });
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="mode"]'))
    input.addEventListener('change', () => {
      if (input.checked) setMode(input.value as Mode);
    });
  const seed = byId<HTMLInputElement>('seed');
  seed.value = String(settings.seed);
  seed.addEventListener('change', () => {
    const v = Number(seed.value);
    if (Number.isInteger(v) && v >= 0 && v < 2 ** 32) settings.seed = v;
    else seed.value = String(settings.seed);
  });
  byId('layout-toggle').addEventListener('click', () => {
    if (!explorer) return;
    if (explorer.layout.running) explorer.layout.stop();
    else explorer.layout.start();
  });
  byId('layout-reset').addEventListener('click', () => {
    if (!explorer) return;
    runLayout(explorer, { ...(layoutPanel?.choice() ?? DEFAULT_LAYOUT_CHOICE), layout: 'forceatlas2', iterations: settings.syncLayoutIterations });
  });
  layoutPanel = renderLayoutPanel(
    byId('layout-panel'),
    (choice) => {
      if (explorer) runLayout(explorer, choice);
    },
    () => {
      if (!explorer) return;
      explorer.layout.stop();
      reportOverlaps(explorer.removeOverlaps());
      explorer.redraw();
      void explorer.renderer.getCamera().animatedReset({ duration: 300 });
    },
  );
  byId('export-png').addEventListener('click', async () => {
    if (!explorer) return;
    download(await exportPng(explorer.renderer, frameContent(explorer)), 'ecograph-view.png');
  });
  byId('export-svg').addEventListener('click', () => {
    if (!explorer) return;
    download(new Blob([exportSvg(explorer.renderer, explorer.graph, explorer.labels, frameContent(explorer))], { type: 'image/svg+xml' }), 'ecograph-view.svg');
  });
  byId('export-gexf').addEventListener('click', () => {
    if (!explorer) return;
    download(new Blob([exportGexf(explorer.graph, viewExport(explorer))], { type: 'application/xml' }), 'ecograph-view.gexf');
  });
  byId('export-json').addEventListener('click', () => {
    if (!explorer) return;
    download(new Blob([exportJson(explorer.graph, viewExport(explorer))], { type: 'application/json' }), 'ecograph-view.json');
  });
  byId('year-play').addEventListener('click', togglePlaying);
  setupGraphKeys();
  byId('spinoff-from-selection').addEventListener('click', () => {
    const node = explorer?.state.selected;
    if (!explorer || !node) return;
    const select = byId<HTMLSelectElement>('spinoff-root');
    if (![...select.options].some((o) => o.value === node))
      select.append(h('option', { value: node }, `${explorer.graph.getNodeAttribute(node, 'label')} (selected node)`));
    select.value = node;
    showSpinoff(node);
  });
  setupSearch();
  setupFileOpening();
}

/** Keyboard on the focused graph: + and − zoom, 0 resets the camera, arrow keys pan. */
function setupGraphKeys(): void {
  byId('graph').addEventListener('keydown', (ev) => {
    if (!explorer) return;
    const camera = explorer.renderer.getCamera();
    const step = 0.1 * camera.ratio;
    const pan: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (ev.key === '+' || ev.key === '=') void camera.animatedZoom({ duration: 150 });
    else if (ev.key === '-' || ev.key === '_') void camera.animatedUnzoom({ duration: 150 });
    else if (ev.key === '0') void camera.animatedReset({ duration: 150 });
    else if (pan[ev.key]) {
      const [dx, dy] = pan[ev.key]!;
      camera.setState({ x: camera.x + dx, y: camera.y + dy });
    } else return;
    ev.preventDefault();
  });
}

function setupSearch(): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  let hits: { node: string }[] = [];
  let active = -1;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = () => {
    list.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit || !explorer) return;
    input.value = explorer.graph.getNodeAttribute(hit.node, 'label');
    close();
    select(hit.node, true);
  };
  input.addEventListener('input', () => {
    if (!explorer) return;
    const results = searchNodes(explorer.graph, input.value, settings.maxSuggestions);
    hits = results;
    clear(list);
    results.forEach((r, i) => {
      const li = h('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-node': r.node }, r.attributes.label, h('span', { class: 'kind' }, r.attributes.kind ?? 'untyped'));
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    active = results.length > 0 ? 0 : -1;
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    mark();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && hits.length > 0) {
      active = (active + 1) % hits.length;
      mark();
      ev.preventDefault();
    } else if (ev.key === 'ArrowUp' && hits.length > 0) {
      active = (active - 1 + hits.length) % hits.length;
      mark();
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      if (active >= 0) choose(active);
      ev.preventDefault();
    } else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

async function openFiles(files: File[]): Promise<void> {
  const t0 = performance.now();
  const loaded = await loadFiles(files);
  if (hasErrors(loaded.problems)) {
    renderProblems(byId('problems'), loaded.problems, `${loaded.name} was not opened: it has ${loaded.problems.filter((p) => p.severity === 'error').length} error(s).`);
    return;
  }
  renderProblems(byId('problems'), loaded.problems, `${loaded.name}: ${loaded.problems.length} warning(s).`);
  open(loaded, t0);
}

function setupFileOpening(): void {
  const input = byId<HTMLInputElement>('file-input');
  input.addEventListener('change', () => {
    if (input.files && input.files.length > 0) void openFiles([...input.files]);
    input.value = '';
  });
  const zone = byId('dropzone');
  document.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    zone.classList.add('active');
  });
  document.addEventListener('dragleave', () => zone.classList.remove('active'));
  document.addEventListener('drop', (ev) => {
    ev.preventDefault();
    zone.classList.remove('active');
    const files = ev.dataTransfer ? [...ev.dataTransfer.files] : [];
    if (files.length > 0) void openFiles(files);
  });
}

/**
 * Milliseconds of one focus change, as the benchmark measures it: the reducers over every node and
 * tie plus the label placer, without drawing (headless Chromium draws in software). `hover` focuses
 * a node as the mouse would; `search` runs the search box's query for the node's name and selects
 * the first hit. The frame is drawn afterwards, outside the timing; the focus is then cleared.
 */
function timeFocusChange(node: string, kind: 'hover' | 'search'): { reducers: number; placer: number } | null {
  const ex = explorer;
  if (!ex || !ex.graph.hasNode(node)) return null;
  const t0 = performance.now();
  if (kind === 'hover') ex.state.hovered = node;
  else {
    const hits = searchNodes(ex.graph, ex.graph.getNodeAttribute(node, 'label'), settings.maxSuggestions);
    ex.state.selected = hits[0]?.node ?? node;
  }
  ex.reducers.refreshFocus();
  ex.graph.forEachNode((n, a) => ex.reducers.nodeReducer(n, a));
  ex.graph.forEachEdge((e, a) => ex.reducers.edgeReducer(e, a));
  const reducers = performance.now() - t0;
  // sigma's own pass (untimed) gives the placer this frame's display data; then the placer alone
  ex.renderer.refresh();
  const t1 = performance.now();
  ex.drawLabels();
  const placer = performance.now() - t1;
  ex.state.hovered = null;
  ex.state.selected = null;
  ex.redraw();
  return { reducers, placer };
}

/** A read-only view for tests and benchmarks, computed from what sigma renders. */
/** The reducers over every node and tie, as sigma runs them before drawing (for the benchmark). */
function reducerPass(): void {
  const ex = explorer;
  if (!ex) return;
  ex.reducers.refreshFocus();
  ex.graph.forEachNode((n, a) => ex.reducers.nodeReducer(n, a));
  ex.graph.forEachEdge((e, a) => ex.reducers.edgeReducer(e, a));
}

const testHook = Object.freeze({
  selected: () => explorer?.state.selected ?? null,
  /** What sigma draws for a node (after the reducers). */
  nodeDisplay: (node: string) => {
    const d = explorer?.renderer.getNodeDisplayData(node);
    return d ? { color: d.color, size: d.size, label: d.label, hidden: d.hidden } : null;
  },
  tableRows: () => [...(dataPanels?.table.shownRows() ?? [])],
  tableCsv: () => dataPanels?.table.csv() ?? '',
  /** Milliseconds of one pass of the reducers over every node and tie, without drawing (the benchmark's baseline). */
  timeReducerPass: () => {
    const t0 = performance.now();
    reducerPass();
    return performance.now() - t0;
  },
  /** Milliseconds of one panel change plus the reducers, without drawing (see `timeChange`); then draws once. */
  timePanelChange: (change: BenchChange) => {
    if (!explorer || !dataPanels) return null;
    const ms = timeChange(dataPanels, change, reducerPass);
    explorer.redraw();
    updateCounts();
    return ms;
  },
  ready: () => explorer !== null && explorer.firstFrameMs !== null,
  firstFrameMs: () => explorer?.firstFrameMs ?? null,
  firstFrameAt: () => explorer?.firstFrameAt ?? null,
  visibleNodeCount: () => explorer?.visibleNodes().length ?? 0,
  visibleEdgeCount: () => explorer?.visibleEdgeCount() ?? 0,
  visibleNodes: () => explorer?.visibleNodes() ?? [],
  highlightedNodes: () => (explorer ? explorer.graph.filterNodes((n) => explorer!.renderer.getNodeDisplayData(n)?.highlighted === true && !explorer!.renderer.getNodeDisplayData(n)?.hidden) : []),
  mode: () => explorer?.state.mode ?? null,
  hovered: () => explorer?.state.hovered ?? null,
  spinoffGenerations: () => (explorer?.state.spinoff ? Object.fromEntries(explorer.state.spinoff.generation) : null),
  brokers: () => (explorer?.state.brokers ? [...explorer.state.brokers.brokers] : null),
  layoutRunning: () => explorer?.layout.running ?? false,
  /** Edit mode: ms from the last change to the frame showing it, and of the last save (null before). */
  editChangeMs: () => editor?.lastChangeMs ?? null,
  editSaveMs: () => editor?.lastSaveMs ?? null,
  /** Of the last save, the ms the page took to build the document it sent. */
  editSavePayloadMs: () => editor?.lastSavePayloadMs ?? null,
  editing: () => editor !== null,
  /** Community number of each node while colouring by community (null otherwise). */
  communities: () => (explorer?.state.colorBy === 'community' ? Object.fromEntries(explorer.communityMap()) : null),
  cameraRatio: () => explorer?.renderer.getCamera().ratio ?? null,
  /** Milliseconds of a hover or search focus change: reducers plus label placer, without drawing (see `timeFocusChange`). */
  timeFocusChange: (node: string, kind: 'hover' | 'search') => timeFocusChange(node, kind),
  /** Every node's drawn colour. */
  nodeColors: () => (explorer ? Object.fromEntries(explorer.graph.mapNodes((n) => [n, explorer!.renderer.getNodeDisplayData(n)?.color ?? ''])) : {}),
  /** Every node's layout position (graph units). */
  nodePositions: () => (explorer ? Object.fromEntries(explorer.graph.mapNodes((n, a) => [n, [a.x ?? 0, a.y ?? 0]])) : {}),
  /** Where a node is drawn, in CSS pixels from the graph container's top-left corner. */
  nodeViewportPosition: (node: string) => {
    const d = explorer?.renderer.getNodeDisplayData(node);
    return explorer && d ? explorer.renderer.framedGraphToViewport(d) : null;
  },
});
(window as unknown as { __ecograph: typeof testHook }).__ecograph = testHook;

async function start(): Promise<void> {
  setupStaticControls();
  if (!parsed.ok)
    renderProblems(
      byId('problems'),
      parsed.errors.map((message) => ({ severity: 'error', code: 'bad-value', message, file: 'URL query' })),
      'Settings in the URL were ignored:',
    );
  const t0 = performance.now();
  const served = await loadServedGraph();
  if (!served) {
    byId('dropzone').hidden = false;
    byId('graph-title').textContent = 'No graph loaded: drop files or use Open graph…';
    return;
  }
  if (hasErrors(served.problems)) {
    renderProblems(byId('problems'), served.problems, `${served.name} has errors:`);
    return;
  }
  open(served, t0, true);
}

void start();
