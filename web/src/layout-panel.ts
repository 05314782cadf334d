/**
 * The layout panel: which layout, ForceAtlas2's settings (gravity, scaling ratio, LinLog, strong
 * gravity, iterations), overlap removal after a layout, and the buttons that run them. The form is
 * read through {@link parseLayoutChoice}; running is the explorer's.
 */
import { clear, h } from './dom.js';
import { DEFAULT_LAYOUT_CHOICE, LAYOUTS, parseLayoutChoice, type LayoutChoice } from './layout-apply.js';

/** The panel's handle: the current choice and enabling its buttons. */
export interface LayoutPanel {
  /** The form's choice, or null after showing its problems. */
  choice(): LayoutChoice | null;
  setDisabled(disabled: boolean): void;
  /** Says what the last run did (e.g. overlaps removed). */
  report(text: string): void;
}

/** Builds the panel's fields and buttons into `container`. */
export function renderLayoutPanel(container: HTMLElement, onRun: (choice: LayoutChoice) => void, onRemoveOverlaps: () => void): LayoutPanel {
  clear(container);
  const layout = h('select', { id: 'layout-kind' });
  for (const l of LAYOUTS) layout.append(h('option', { value: l.id }, l.title));
  const number = (id: string, label: string, attrs: Record<string, string>) => {
    const input = h('input', { id, type: 'number', ...attrs });
    return { input, row: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
  };
  const check = (id: string, label: string, checked: boolean) => {
    const input = h('input', { id, type: 'checkbox', checked });
    return { input, row: h('label', { class: 'check' }, input, ` ${label}`) };
  };
  const gravity = number('fa2-gravity', 'Gravity', { min: '0', step: 'any', placeholder: 'auto' });
  const scaling = number('fa2-scaling', 'Scaling ratio', { min: '0.001', step: 'any', placeholder: 'auto' });
  const iterations = number('fa2-iterations', 'Iterations', { min: '1', step: '1', value: String(DEFAULT_LAYOUT_CHOICE.iterations) });
  const linLog = check('fa2-linlog', 'LinLog mode', false);
  const strong = check('fa2-strong-gravity', 'Strong gravity', false);
  const removeOverlaps = check('layout-noverlap', 'Remove overlaps after a layout', DEFAULT_LAYOUT_CHOICE.removeOverlaps);
  const fa2 = h('fieldset', { id: 'fa2-settings' }, h('legend', {}, 'ForceAtlas2'), gravity.row, scaling.row, iterations.row, linLog.row, strong.row);
  const run = h('button', { id: 'layout-run', type: 'button' }, 'Run layout');
  const noverlap = h('button', { id: 'layout-remove-overlaps', type: 'button' }, 'Remove overlaps');
  const note = h('p', { id: 'layout-note', class: 'hint', 'aria-live': 'polite' });
  layout.addEventListener('change', () => (fa2.hidden = layout.value !== 'forceatlas2'));
  container.append(h('label', { for: 'layout-kind' }, 'Layout'), layout, fa2, removeOverlaps.row, h('div', { class: 'buttons' }, run, noverlap), note);
  const panel: LayoutPanel = {
    choice: () => {
      const parsed = parseLayoutChoice({
        layout: layout.value,
        gravity: gravity.input.value,
        scalingRatio: scaling.input.value,
        iterations: iterations.input.value,
        linLog: linLog.input.checked,
        strongGravity: strong.input.checked,
        removeOverlaps: removeOverlaps.input.checked,
      });
      if (parsed.ok) return parsed.choice;
      note.textContent = `Not run: ${parsed.errors.join('; ')}.`;
      return null;
    },
    setDisabled: (disabled) => {
      run.disabled = disabled;
      noverlap.disabled = disabled;
    },
    report: (text) => (note.textContent = text),
  };
  run.addEventListener('click', () => {
    const c = panel.choice();
    if (c) onRun(c);
  });
  noverlap.addEventListener('click', onRemoveOverlaps);
  return panel;
}
