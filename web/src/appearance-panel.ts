/**
 * The appearance panel: colour, size and label of the nodes by any attribute or measure, over the
 * defaults of the Colour section (kind or community colours, the size measure, the name). A
 * categorical colouring shows a legend with how many of each category the filters leave; a numeric
 * one a colour scale from minimum to maximum.
 */
import { MISSING_COLOR, categoricalColors, continuousColors, labelsBy, RAMPS, sizesBy, type CategoricalColors, type ContinuousColors } from './appearance.js';
import { clear, h } from './dom.js';
import type { NodeField } from './node-fields.js';
import type { PanelContext } from './panel-context.js';

const DEFAULT = '';

function fieldOptions(select: HTMLSelectElement, fields: readonly NodeField[], defaultText: string, keep: (f: NodeField) => boolean): void {
  clear(select);
  select.append(h('option', { value: DEFAULT }, defaultText));
  for (const [source, title] of [['attribute', 'Attributes'], ['metric', 'Measures']] as const) {
    const group = h('optgroup', { label: title });
    for (const f of fields) if (f.source === source && keep(f)) group.append(h('option', { value: f.id }, f.title));
    if (group.children.length > 0) select.append(group);
  }
}

/** The appearance section of the side panel. */
export class AppearancePanel {
  private ctx: PanelContext | null = null;
  private coloring: CategoricalColors | ContinuousColors | null = null;
  private readonly color: HTMLSelectElement;
  private readonly ramp: HTMLSelectElement;
  private readonly rampRow: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly size: HTMLSelectElement;
  private readonly sizeMin: HTMLInputElement;
  private readonly sizeMax: HTMLInputElement;
  private readonly label: HTMLSelectElement;
  private readonly note: HTMLElement;

  /**
   * @param after - the side-panel section the appearance section follows
   * @param defaultSizes - the default node radius range, px
   */
  constructor(after: HTMLElement, defaultSizes: { min: number; max: number }) {
    this.color = h('select', { id: 'appearance-color' });
    this.ramp = h('select', { id: 'appearance-ramp' }, ...Object.keys(RAMPS).map((r) => h('option', { value: r }, r)));
    this.rampRow = h('div', { hidden: true }, h('label', { for: 'appearance-ramp' }, 'Colour ramp'), this.ramp);
    this.legend = h('div', { id: 'appearance-legend', class: 'appearance-legend', 'aria-live': 'polite' });
    this.size = h('select', { id: 'appearance-size' });
    this.sizeMin = h('input', { type: 'number', id: 'appearance-size-min', min: 0.5, max: 100, step: 0.5, value: defaultSizes.min });
    this.sizeMax = h('input', { type: 'number', id: 'appearance-size-max', min: 0.5, max: 200, step: 0.5, value: defaultSizes.max });
    this.label = h('select', { id: 'appearance-label' });
    this.note = h('p', { class: 'hint', id: 'appearance-note', 'aria-live': 'polite' });
    const section = h(
      'section',
      { 'aria-labelledby': 'h-appearance', id: 'appearance-section' },
      h('h2', { id: 'h-appearance' }, 'Appearance'),
      h('label', { for: 'appearance-color' }, 'Colour nodes by'),
      this.color,
      this.rampRow,
      this.legend,
      h('label', { for: 'appearance-size' }, 'Size nodes by'),
      this.size,
      h('div', { class: 'size-range' }, h('label', {}, 'min px ', this.sizeMin), h('label', {}, 'max px ', this.sizeMax)),
      h('label', { for: 'appearance-label' }, 'Label nodes by'),
      this.label,
      this.note,
    );
    after.after(section);
    this.color.addEventListener('change', () => this.applyColor());
    this.ramp.addEventListener('change', () => this.applyColor());
    for (const el of [this.size, this.sizeMin, this.sizeMax]) el.addEventListener('change', () => this.applySize());
    this.label.addEventListener('change', () => this.applyLabel());
  }

  /** Resets the choices for a newly opened graph. */
  open(ctx: PanelContext): void {
    this.ctx = ctx;
    this.coloring = null;
    fieldOptions(this.color, ctx.fields, 'Default (Colour section)', (f) => f.id !== 'id');
    fieldOptions(this.size, ctx.fields, 'Default (Size by measure)', (f) => f.type === 'number');
    fieldOptions(this.label, ctx.fields, 'Default (name)', () => true);
    this.rampRow.hidden = true;
    this.note.textContent = '';
    clear(this.legend);
  }

  private field(id: string): NodeField | undefined {
    return this.ctx?.fields.find((f) => f.id === id);
  }

  private measureNote(field: NodeField | undefined): void {
    const id = field?.source === 'metric' ? field.id.slice('metric:'.length) : null;
    const error = id ? this.ctx?.measures.error(id) : undefined;
    this.note.textContent = error ? `${field!.title} could not be computed: ${error}` : '';
  }

  /** Colours by the chosen field (or back to the defaults). */
  applyColor(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const field = this.field(this.color.value);
    this.rampRow.hidden = field?.type !== 'number';
    if (!field) this.coloring = null;
    else if (field.type === 'number') this.coloring = continuousColors(ctx.graph.nodes(), field.value, RAMPS[this.ramp.value]);
    else this.coloring = categoricalColors(ctx.graph.nodes(), field.value);
    ctx.state.appearance.colors = this.coloring?.colors ?? null;
    this.measureNote(field);
    ctx.changed();
  }

  /** Sizes by the chosen field between the minimum and maximum (or back to the defaults). */
  applySize(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const field = this.field(this.size.value);
    let lo = Number(this.sizeMin.value);
    let hi = Number(this.sizeMax.value);
    if (!(lo > 0)) lo = 1;
    if (!(hi >= lo)) hi = lo;
    ctx.state.appearance.sizes = field ? sizesBy(ctx.graph.nodes(), field.value, lo, hi) : null;
    this.measureNote(field);
    ctx.changed();
  }

  /** Labels by the chosen field (or back to the names). */
  applyLabel(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const field = this.field(this.label.value);
    ctx.state.appearance.labels = field ? labelsBy(ctx.graph.nodes(), field.value) : null;
    this.measureNote(field);
    ctx.changed();
  }

  /** Redraws the legend: each category with how many of its nodes the filters leave, or the colour scale. */
  renderLegend(): void {
    const ctx = this.ctx;
    clear(this.legend);
    const coloring = this.coloring;
    if (!ctx || !coloring) return;
    const title = this.field(this.color.value)?.title ?? '';
    if (coloring.type === 'number') {
      const stops = coloring.stops.map((c, i) => `${c} ${((i / (coloring.stops.length - 1)) * 100).toFixed(0)}%`).join(', ');
      this.legend.append(
        h('div', { class: 'ramp', style: `background: linear-gradient(to right, ${stops})`, role: 'img', 'aria-label': `${title}: colour scale from ${coloring.min} to ${coloring.max}` }),
        h('div', { class: 'ramp-ticks' }, h('span', { 'data-end': 'min' }, formatNumber(coloring.min)), h('span', {}, title), h('span', { 'data-end': 'max' }, formatNumber(coloring.max))),
      );
      if (coloring.missing > 0) this.legend.append(h('p', { class: 'hint' }, h('span', { class: 'swatch', style: `background:${MISSING_COLOR}` }), ` ${coloring.missing.toLocaleString('en-US')} without a value`));
      return;
    }
    const shown = new Map<string, number>();
    ctx.graph.forEachNode((n) => {
      if (!ctx.isShown(n)) return;
      const c = coloring.colors.get(n)!;
      shown.set(c, (shown.get(c) ?? 0) + 1);
    });
    const list = h('ul', { class: 'legend' });
    for (const e of coloring.legend) {
      const name = e.value === null ? 'other values' : e.value === undefined ? '(no value)' : e.value;
      // every legend entry has a colour of its own, so counting colours counts categories
      const visible = shown.get(e.color) ?? 0;
      list.append(
        h(
          'li',
          { 'data-category': e.value ?? '' },
          h(
            'span',
            { class: 'legend-row' },
            h('span', { class: 'swatch', style: `background:${e.color}` }),
            h('span', { class: 'name' }, name),
            h('span', { class: 'count', title: `${visible} shown of ${e.count}` }, visible === e.count ? e.count.toLocaleString('en-US') : `${visible.toLocaleString('en-US')} of ${e.count.toLocaleString('en-US')}`),
          ),
        ),
      );
    }
    this.legend.append(list);
  }
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(Number(v.toPrecision(4)));
}
