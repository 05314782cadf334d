/**
 * The data table: a drawer under the graph listing nodes or ties with every attribute and measure,
 * sortable by any column (click its header), filterable by a query, limited to what the view shows
 * (unless asked otherwise), exported as CSV. Only the rows in sight are in the DOM (a fixed row
 * height and a spacer the height of all rows), so the 20,000-node graph scrolls freely. Clicking a
 * node row (or pressing Enter on it) selects the node and centres it; a tie row selects its source.
 */
import { clear, h } from './dom.js';
import { download } from './export-image.js';
import { edgeFields } from './node-fields.js';
import type { PanelContext } from './panel-context.js';
import { cellText, filterRows, sortRows, tableCsv, tableNodeFields, visibleWindow, type Direction, type TableField } from './table-model.js';

/** Height of one row, px (the CSS sets the same). */
export const ROW_HEIGHT = 24;
const WIDE_COLUMNS = new Set(['attr:label', 'source-label', 'target-label', 'attr:sources', 'attr:notes']);

type Tab = 'nodes' | 'edges';

/** The data table of the opened graph. */
export class DataTable {
  private ctx: PanelContext | null = null;
  private tab: Tab = 'nodes';
  private sort: { field: string; direction: Direction } | null = null;
  private rows: string[] = [];
  private fields: readonly TableField[] = [];
  private readonly drawer: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly header: HTMLElement;
  private readonly body: HTMLElement;
  private readonly query: HTMLInputElement;
  private readonly onlyShown: HTMLInputElement;
  private readonly count: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly tabs: Record<Tab, HTMLButtonElement>;
  private template = '';
  private everyMeasure = false;
  private readonly allMeasures: HTMLButtonElement;

  /**
   * @param stage - the element holding the graph (the drawer is added to it)
   * @param toolbar - where the button opening the table goes
   */
  constructor(
    private readonly stage: HTMLElement,
    toolbar: HTMLElement,
  ) {
    this.toggle = h('button', { type: 'button', id: 'table-toggle', 'aria-expanded': 'false', 'aria-controls': 'data-table' }, 'Data table');
    toolbar.append(this.toggle);
    this.tabs = {
      nodes: h('button', { type: 'button', role: 'tab', id: 'table-tab-nodes', 'aria-selected': 'true' }, 'Nodes'),
      edges: h('button', { type: 'button', role: 'tab', id: 'table-tab-edges', 'aria-selected': 'false' }, 'Ties'),
    };
    this.query = h('input', { type: 'search', id: 'table-query', placeholder: 'Filter rows (e.g. Kyoto, kind:firm)', 'aria-label': 'Filter table rows' });
    this.onlyShown = h('input', { type: 'checkbox', id: 'table-only-shown', checked: true });
    this.count = h('span', { id: 'table-count', class: 'counts', 'aria-live': 'polite' });
    const exportButton = h('button', { type: 'button', id: 'table-export' }, 'Export CSV');
    const close = h('button', { type: 'button', id: 'table-close' }, 'Close');
    this.allMeasures = h('button', { type: 'button', id: 'table-all-measures', hidden: true, title: 'Computes every measure of this large graph (can take a while)' }, 'Add every measure');
    this.header = h('div', { class: 'table-header', role: 'row' });
    this.body = h('div', { class: 'table-body', role: 'rowgroup' });
    this.scroller = h('div', { class: 'table-scroller', id: 'table-scroller', role: 'grid', 'aria-labelledby': 'table-count' }, h('div', { role: 'rowgroup', class: 'table-head' }, this.header), this.body);
    this.drawer = h(
      'section',
      { id: 'data-table', class: 'data-table', hidden: true, 'aria-label': 'Data table' },
      h('div', { class: 'table-toolbar' }, h('div', { role: 'tablist', class: 'table-tabs' }, this.tabs.nodes, this.tabs.edges), this.query, h('label', {}, this.onlyShown, ' only what the view shows'), this.count, this.allMeasures, exportButton, close),
      this.scroller,
    );
    stage.append(this.drawer);
    this.toggle.addEventListener('click', () => this.show(this.drawer.hidden === true));
    close.addEventListener('click', () => this.show(false));
    this.tabs.nodes.addEventListener('click', () => this.setTab('nodes'));
    this.tabs.edges.addEventListener('click', () => this.setTab('edges'));
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.query.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.refresh(), 120);
    });
    this.onlyShown.addEventListener('change', () => this.refresh());
    exportButton.addEventListener('click', () => this.exportCsv());
    this.allMeasures.addEventListener('click', () => {
      this.allMeasures.textContent = 'Computing measures…';
      // let the page paint the note before the measures run
      setTimeout(() => {
        this.everyMeasure = true;
        this.allMeasures.textContent = 'Add every measure';
        this.refresh();
      }, 30);
    });
    this.scroller.addEventListener('scroll', () => this.drawRows());
  }

  /** Starts over on a newly opened graph (the drawer keeps its open or closed state). */
  open(ctx: PanelContext): void {
    this.ctx = ctx;
    this.sort = null;
    this.query.value = '';
    this.tab = 'nodes';
    this.everyMeasure = false;
    this.refresh();
  }

  /** Opens or closes the drawer. */
  show(visible: boolean): void {
    this.drawer.hidden = !visible;
    this.toggle.setAttribute('aria-expanded', String(visible));
    this.stage.classList.toggle('with-table', visible);
    this.ctx?.resize();
    if (visible) this.refresh();
  }

  private setTab(tab: Tab): void {
    this.tab = tab;
    this.sort = null;
    this.refresh();
  }

  /** Recomputes the rows (after a filter, query or sort change) and redraws the table if it is open. */
  refresh(): void {
    const ctx = this.ctx;
    if (!ctx || this.drawer.hidden) return;
    this.tabs.nodes.setAttribute('aria-selected', String(this.tab === 'nodes'));
    this.tabs.edges.setAttribute('aria-selected', String(this.tab === 'edges'));
    const nodeFields = tableNodeFields(ctx.fields, ctx.graph.order, (id) => ctx.measures.computed(id), this.everyMeasure);
    this.allMeasures.hidden = this.tab !== 'nodes' || nodeFields.length === ctx.fields.length;
    this.fields = this.tab === 'nodes' ? nodeFields : edgeFields(ctx.graph);
    const all = this.tab === 'nodes' ? ctx.graph.nodes() : ctx.graph.edges();
    let rows = this.onlyShown.checked ? all.filter((r) => (this.tab === 'nodes' ? ctx.isShown(r) : ctx.isEdgeShown(r))) : all;
    rows = filterRows(rows, this.fields, this.query.value);
    const sortField = this.sort ? this.fields.find((f) => f.id === this.sort!.field) : undefined;
    if (sortField) rows = sortRows(rows, sortField, this.sort!.direction);
    this.rows = rows;
    const what = this.tab === 'nodes' ? 'nodes' : 'ties';
    this.count.textContent = `${rows.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')} ${what}`;
    this.template = this.fields.map((f) => (WIDE_COLUMNS.has(f.id) ? '16rem' : '9rem')).join(' ');
    this.drawHeader();
    this.body.style.height = `${rows.length * ROW_HEIGHT}px`;
    this.scroller.setAttribute('aria-rowcount', String(rows.length + 1));
    this.scroller.setAttribute('aria-colcount', String(this.fields.length));
    this.drawRows();
  }

  private drawHeader(): void {
    clear(this.header);
    this.header.style.gridTemplateColumns = this.template;
    this.header.setAttribute('aria-rowindex', '1');
    for (const f of this.fields) {
      const sorted = this.sort?.field === f.id ? this.sort.direction : null;
      const button = h('button', { type: 'button', 'data-field': f.id, title: `Sort by ${f.title}` }, f.title, sorted ? (sorted === 'asc' ? ' ▲' : ' ▼') : '');
      button.addEventListener('click', () => {
        this.sort = { field: f.id, direction: this.sort?.field === f.id && this.sort.direction === 'asc' ? 'desc' : 'asc' };
        this.refresh();
      });
      this.header.append(h('div', { role: 'columnheader', 'aria-sort': sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none' }, button));
    }
  }

  /** Draws the rows in sight (and a few either side). */
  drawRows(): void {
    const ctx = this.ctx;
    if (!ctx || this.drawer.hidden) return;
    const top = Math.max(0, this.scroller.scrollTop - this.header.offsetHeight);
    const { start, end } = visibleWindow(top, this.scroller.clientHeight, ROW_HEIGHT, this.rows.length);
    const selected = ctx.state.selected;
    const out: HTMLElement[] = [];
    for (let i = start; i < end; i++) {
      const id = this.rows[i]!;
      const node = this.tab === 'nodes' ? id : ctx.graph.source(id);
      const row = h('div', { role: 'row', class: 'table-row', tabindex: '0', 'data-row': id, 'aria-rowindex': i + 2, 'aria-selected': String(node === selected && this.tab === 'nodes') });
      row.style.top = `${i * ROW_HEIGHT}px`;
      row.style.gridTemplateColumns = this.template;
      for (const f of this.fields) {
        const text = cellText(f.value(id), true);
        row.append(h('div', { role: 'gridcell', class: f.type === 'number' ? 'num' : undefined, title: text.length > 18 ? text : undefined }, text));
      }
      const choose = () => ctx.select(node);
      row.addEventListener('click', choose);
      row.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          choose();
        }
      });
      out.push(row);
    }
    this.body.replaceChildren(...out);
  }

  /** The table's rows in order, as tests read them. */
  shownRows(): readonly string[] {
    return this.rows;
  }

  /** The CSV of the rows the table lists (all of them, not only those in sight), in the table's order. */
  csv(): string {
    return tableCsv(this.fields, this.rows);
  }

  private exportCsv(): void {
    if (!this.ctx) return;
    download(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }), `ecograph-${this.tab === 'nodes' ? 'nodes' : 'ties'}.csv`);
  }
}
