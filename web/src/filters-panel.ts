/**
 * The filter panel: filters added from a list (an attribute's or measure's values or range, degree
 * range, largest component, neighbourhood of the selected node, year range), each with its
 * controls and a remove button. Every change recomputes what the filters hide (`filters.ts`) once,
 * and the reducers hide it.
 */
import { yearSpan } from '../../src/metrics/evolution/snapshot.js';
import { clear, h } from './dom.js';
import { applyFilters, type NodeFilter } from './filters.js';
import { numericRange } from './appearance.js';
import type { NodeField } from './node-fields.js';
import type { PanelContext } from './panel-context.js';
import { cellText } from './table-model.js';
import { naturalCompare } from './spinoff-mode.js';

/** Categories listed as checkboxes; rarer ones share one "all other values" box. */
export const MAX_CATEGORY_BOXES = 40;

interface ActiveFilter {
  /** The filter as the controls set it now; null while it is inactive (e.g. no node selected). */
  current(): NodeFilter | null;
  element: HTMLElement;
}

/** The filter section of the side panel. */
export class FiltersPanel {
  private ctx: PanelContext | null = null;
  private active: ActiveFilter[] = [];
  private readonly add: HTMLSelectElement;
  private readonly list: HTMLElement;
  private readonly summary: HTMLElement;
  private serial = 0;

  /** @param after - the side-panel section the filter section follows */
  constructor(after: HTMLElement) {
    this.add = h('select', { id: 'filter-add' });
    this.list = h('ul', { id: 'filter-list', class: 'filter-list' });
    this.summary = h('p', { id: 'filter-summary', class: 'counts', 'aria-live': 'polite' });
    const section = h(
      'section',
      { 'aria-labelledby': 'h-node-filters', id: 'node-filters-section' },
      h('h2', { id: 'h-node-filters' }, 'Filter nodes'),
      h('label', { for: 'filter-add' }, 'Add a filter'),
      this.add,
      this.list,
      this.summary,
    );
    after.after(section);
    this.add.addEventListener('change', () => {
      const choice = this.add.value;
      this.add.value = '';
      if (choice) this.addFilter(choice);
    });
  }

  /** Removes every filter and lists the fields of a newly opened graph. */
  open(ctx: PanelContext): void {
    this.ctx = ctx;
    this.active = [];
    clear(this.list);
    clear(this.add);
    this.add.append(h('option', { value: '' }, 'Choose…'));
    this.add.append(
      h(
        'optgroup',
        { label: 'Structure' },
        h('option', { value: 'degree' }, 'Degree range'),
        h('option', { value: 'largest-component' }, 'Largest connected component'),
        h('option', { value: 'ego' }, 'Neighbourhood of the selected node'),
        h('option', { value: 'years', disabled: yearSpan(ctx.graph) === null }, 'Year range'),
      ),
    );
    for (const [source, title] of [['attribute', 'Attribute values'], ['metric', 'Measure values']] as const) {
      const group = h('optgroup', { label: title });
      for (const f of ctx.fields) if (f.source === source && f.id !== 'id') group.append(h('option', { value: f.id }, f.title));
      if (group.children.length > 0) this.add.append(group);
    }
    this.apply();
  }

  /** The active filters as they are set now. */
  filters(): NodeFilter[] {
    return this.active.map((a) => a.current()).filter((f): f is NodeFilter => f !== null);
  }

  /** Recomputes what the filters hide and redraws. */
  apply(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const filters = this.filters();
    if (filters.length === 0) ctx.state.filterHidden = null;
    else {
      const byId = new Map(ctx.fields.map((f) => [f.id, f]));
      ctx.state.filterHidden = applyFilters(ctx.graph, filters, { value: (field, node) => byId.get(field)?.value(node), presenceSpans: () => ctx.presenceSpans() });
    }
    const hidden = ctx.state.filterHidden?.nodes.size ?? 0;
    this.summary.textContent = filters.length === 0 ? '' : `The filters here hide ${hidden.toLocaleString('en-US')} of ${ctx.graph.order.toLocaleString('en-US')} nodes.`;
    ctx.changed();
  }

  /** The selection changed: the neighbourhood filter follows it. */
  selectionChanged(): void {
    if (this.active.some((a) => a.element.dataset.filter === 'ego')) this.apply();
  }

  /** Adds a filter by its choice in the list (`degree`, `largest-component`, `ego`, `years` or a field id). */
  addFilter(choice: string): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const id = `filter-${++this.serial}`;
    const remove = h('button', { type: 'button', class: 'filter-remove', 'aria-label': 'Remove this filter' }, '×');
    const element = h('li', { class: 'filter', id, 'data-filter': choice });
    let filter: ActiveFilter;
    const onChange = () => this.apply();
    const field = ctx.fields.find((f) => f.id === choice);
    if (choice === 'degree') {
      let max = 0;
      ctx.graph.forEachNode((n) => (max = Math.max(max, ctx.graph.degree(n))));
      const [lo, hi, controls] = rangeInputs(id, 0, max, 1, onChange);
      element.append(h('div', { class: 'filter-title' }, 'Degree', remove), controls);
      filter = { element, current: () => ({ type: 'degree', min: Number(lo.value), max: Number(hi.value) }) };
    } else if (choice === 'largest-component') {
      element.append(h('div', { class: 'filter-title' }, 'Largest connected component', remove), h('p', { class: 'hint' }, 'Of the nodes and ties the other filters leave.'));
      filter = { element, current: () => ({ type: 'largest-component' }) };
    } else if (choice === 'ego') {
      const hops = h('input', { type: 'number', id: `${id}-hops`, min: 1, max: 10, step: 1, value: 1, class: 'ego-hops' });
      hops.addEventListener('change', onChange);
      const note = h('p', { class: 'hint' }, 'Select a node (click it, search it or pick a table row).');
      element.append(h('div', { class: 'filter-title' }, 'Neighbourhood of the selection', remove), h('label', { for: hops.id }, 'Ties away (k)'), hops, note);
      filter = {
        element,
        current: () => {
          const node = ctx.state.selected;
          note.hidden = node !== null;
          return node === null ? null : { type: 'ego', node, hops: Math.max(0, Math.round(Number(hops.value) || 0)) };
        },
      };
    } else if (choice === 'years') {
      const span = yearSpan(ctx.graph)!;
      const [from, to, controls] = rangeInputs(id, span.first, span.last, 1, onChange);
      element.append(h('div', { class: 'filter-title' }, 'Years (present at the end of any year of the range)', remove), controls);
      filter = { element, current: () => ({ type: 'years', from: Number(from.value), to: Number(to.value) }) };
    } else if (field && field.type === 'number') {
      const range = numericRange(ctx.graph.nodes(), field.value) ?? { min: 0, max: 0 };
      const step = Number.isInteger(range.min) && Number.isInteger(range.max) ? 1 : 'any';
      const [lo, hi, controls] = rangeInputs(id, range.min, range.max, step, onChange);
      element.append(h('div', { class: 'filter-title' }, `${field.title} between`, remove), controls, h('p', { class: 'hint' }, 'Nodes without a value are hidden.'));
      filter = { element, current: () => ({ type: 'range', field: field.id, min: Number(lo.value), max: Number(hi.value) }) };
    } else if (field) {
      const [boxes, controls] = categoryBoxes(id, ctx, field, onChange);
      element.append(h('div', { class: 'filter-title' }, field.title, remove), controls);
      filter = { element, current: () => ({ type: 'category', field: field.id, keep: boxes() }) };
    } else return;
    remove.addEventListener('click', () => {
      this.active = this.active.filter((a) => a !== filter);
      element.remove();
      this.apply();
    });
    this.active.push(filter);
    this.list.append(element);
    this.apply();
  }
}

/** Two number inputs (from, to) prefilled with the range. */
function rangeInputs(id: string, min: number, max: number, step: number | 'any', onChange: () => void): [HTMLInputElement, HTMLInputElement, HTMLElement] {
  const lo = h('input', { type: 'number', id: `${id}-min`, class: 'range-min', value: min, step, 'aria-label': 'from' });
  const hi = h('input', { type: 'number', id: `${id}-max`, class: 'range-max', value: max, step, 'aria-label': 'to' });
  lo.addEventListener('change', onChange);
  hi.addEventListener('change', onChange);
  return [lo, hi, h('div', { class: 'range-inputs' }, lo, h('span', {}, '–'), hi)];
}

/** A checkbox per value (commonest first); values past the limit share one box. */
function categoryBoxes(id: string, ctx: PanelContext, field: NodeField, onChange: () => void): [() => Set<string>, HTMLElement] {
  const counts = new Map<string, number>();
  ctx.graph.forEachNode((n) => {
    const t = cellText(field.value(n));
    counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || naturalCompare(a[0], b[0]));
  const listed = ordered.slice(0, MAX_CATEGORY_BOXES);
  const rest = ordered.slice(MAX_CATEGORY_BOXES);
  const list = h('ul', { class: 'category-boxes' });
  const boxes: { input: HTMLInputElement; values: string[] }[] = [];
  const box = (values: string[], text: string, count: number) => {
    const input = h('input', { type: 'checkbox', checked: true, 'data-value': values.length === 1 ? values[0] : undefined, 'data-other': values.length === 1 ? undefined : 'true' });
    input.addEventListener('change', onChange);
    boxes.push({ input, values });
    list.append(h('li', {}, h('label', {}, input, ' ', text, h('span', { class: 'count' }, count.toLocaleString('en-US')))));
  };
  for (const [value, count] of listed) box([value], value === '' ? '(no value)' : value, count);
  if (rest.length > 0)
    box(
      rest.map(([v]) => v),
      `all ${rest.length.toLocaleString('en-US')} other values`,
      rest.reduce((s, [, c]) => s + c, 0),
    );
  const all = h('button', { type: 'button', class: 'category-all' }, 'All');
  const none = h('button', { type: 'button', class: 'category-none' }, 'None');
  const setAll = (checked: boolean) => {
    for (const b of boxes) b.input.checked = checked;
    onChange();
  };
  all.addEventListener('click', () => setAll(true));
  none.addEventListener('click', () => setAll(false));
  const keep = () => new Set(boxes.filter((b) => b.input.checked).flatMap((b) => b.values));
  return [keep, h('div', {}, h('div', { class: 'buttons' }, all, none), list)];
}
