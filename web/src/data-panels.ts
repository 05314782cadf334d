/**
 * Mounts the data table, the appearance panel and the filter panel, and gives them the opened
 * graph: the one place the explorer's main module calls them from.
 */
import { presenceSpans, type GraphDates, type PresenceSpans } from '../../src/metrics/evolution/snapshot.js';
import type { EcoGraph } from '../../src/model/types.js';
import { AppearancePanel } from './appearance-panel.js';
import { DataTable } from './data-table.js';
import { byId } from './dom.js';
import { FiltersPanel } from './filters-panel.js';
import { NodeMeasures, nodeFields } from './node-fields.js';
import type { PanelContext } from './panel-context.js';
import type { ViewState } from './view-state.js';

/** What the explorer hands over when a graph opens. */
export interface OpenedView {
  graph: EcoGraph;
  state: ViewState;
  /** The explorer's Louvain partition (computed once, shared with its colour panel). */
  communities(): ReadonlyMap<string, number>;
  graphDates(): GraphDates;
  /** Redraws the graph (reducers refreshed) and updates the counts. */
  redraw(): void;
  select(node: string | null): void;
  nodeFiltered(node: string): boolean;
  edgeFiltered(edge: string): boolean;
  resize(): void;
}

/** The three panels of the explorer's data tools. */
export class DataPanels {
  readonly table: DataTable;
  readonly appearance: AppearancePanel;
  readonly filters: FiltersPanel;
  private ctx: PanelContext | null = null;
  /** While true, panel changes do not redraw (benchmarks time the panels and reducers, not frames). */
  private quiet = false;

  /** @param defaultSizes - the node radius range the size inputs start from, px */
  constructor(defaultSizes: { min: number; max: number }) {
    this.appearance = new AppearancePanel(byId('h-legend').parentElement!, defaultSizes);
    this.filters = new FiltersPanel(byId('h-filters').parentElement!);
    this.table = new DataTable(document.querySelector<HTMLElement>('.stage')!, document.querySelector<HTMLElement>('.topbar')!);
  }

  /** Gives the panels a newly opened graph (every filter and appearance choice starts over). */
  open(view: OpenedView): PanelContext {
    const measures = new NodeMeasures(view.graph, view.communities);
    // The spans are kept while the graph's dates are (an edit makes new ones).
    let spans: { dates: GraphDates; spans: PresenceSpans } | null = null;
    const ctx: PanelContext = {
      graph: view.graph,
      state: view.state,
      measures,
      fields: nodeFields(view.graph, measures),
      changed: () => {
        if (!this.quiet) view.redraw();
      },
      select: (node) => view.select(node),
      isShown: (node) => !view.nodeFiltered(node),
      isEdgeShown: (edge) => !view.edgeFiltered(edge),
      presenceSpans: () => {
        const dates = view.graphDates();
        if (spans?.dates !== dates) spans = { dates, spans: presenceSpans(view.graph, {}, dates) };
        return spans.spans;
      },
      resize: () => view.resize(),
    };
    this.ctx = ctx;
    view.state.filterHidden = null;
    view.state.appearance = { colors: null, sizes: null, labels: null };
    this.appearance.open(ctx);
    this.filters.open(ctx);
    this.table.open(ctx);
    return ctx;
  }

  /** The selection changed: the neighbourhood filter follows, the table marks the row. */
  selectionChanged(): void {
    this.filters.selectionChanged();
    this.table.drawRows();
  }

  /** What the view shows changed (any filter): legend counts and table rows follow. */
  viewChanged(): void {
    if (!this.ctx) return;
    this.appearance.renderLegend();
    this.table.refresh();
  }
}

/** One change the benchmark times: a filter set through the filter panel's controls, or an appearance choice. */
export type BenchChange =
  | { filter: 'degree'; min: number }
  | { filter: 'largest-component' }
  | { filter: 'ego'; node: string; hops: number }
  | { filter: 'years'; from: number; to: number }
  | { filter: 'category'; field: string; uncheck: number }
  | { appearance: 'color' | 'size' | 'label'; field: string };

/**
 * Makes one change through the panels' own controls without drawing, then runs `reducerPass` (the
 * reducers over every node and tie, what sigma runs before drawing), and returns the milliseconds
 * both took. A filter is first set up untimed (the list emptied, the filter added), then the timed
 * change is what a user does next: moving a range bound, ticking a box, choosing k hops or a node;
 * adding the largest-component filter is itself the change.
 */
export function timeChange(panels: DataPanels, change: BenchChange, reducerPass: () => void): number {
  const inner = panels as unknown as { quiet: boolean; ctx: PanelContext };
  inner.quiet = true;
  try {
    let act: () => void;
    if ('appearance' in change) {
      const select = byId<HTMLSelectElement>(`appearance-${change.appearance}`);
      act = () => {
        select.value = change.field;
        select.dispatchEvent(new Event('change'));
      };
    } else {
      for (const b of document.querySelectorAll<HTMLButtonElement>('#filter-list .filter-remove')) b.click();
      const item = () => document.querySelector<HTMLElement>('#filter-list .filter:last-child')!;
      const set = (selector: string, value: number) => {
        const input = item().querySelector<HTMLInputElement>(selector)!;
        input.value = String(value);
        input.dispatchEvent(new Event('change'));
      };
      if (change.filter === 'largest-component') act = () => panels.filters.addFilter('largest-component');
      else if (change.filter === 'ego') {
        inner.ctx.state.selected = null;
        panels.filters.addFilter('ego');
        act = () => {
          inner.ctx.state.selected = change.node;
          panels.selectionChanged();
        };
      } else {
        panels.filters.addFilter(change.filter === 'category' ? change.field : change.filter);
        if (change.filter === 'degree') act = () => set('.range-min', change.min);
        else if (change.filter === 'years')
          act = () => {
            set('.range-min', change.from);
            set('.range-max', change.to);
          };
        else
          act = () => {
            const box = item().querySelectorAll<HTMLInputElement>('.category-boxes input')[change.uncheck]!;
            box.checked = false;
            box.dispatchEvent(new Event('change'));
          };
      }
    }
    const t0 = performance.now();
    act();
    reducerPass();
    return performance.now() - t0;
  } finally {
    inner.quiet = false;
  }
}
