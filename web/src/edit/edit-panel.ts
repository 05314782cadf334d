/**
 * The explorer's edit mode (`ecograph serve <graph> --edit`): an "Edit" section in the side panel
 * to add, change and delete actors and ties, merge two nodes, undo and redo, list the unsaved
 * changes and the session's history, and save back to the served file. Every change goes through
 * one `EditHistory`, so the library's validation checks it first; a refused change shows each
 * problem (validate's code and message) at its field. Everything from the data is set as text.
 */
import { EditHistory } from '../../../src/model/edit-history.js';
import { MERGED_IDS_ATTRIBUTE, type GraphEdit } from '../../../src/model/edits.js';
import type { Problem } from '../../../src/model/problems.js';
import { AFFILIATION_ROLES, CONFIDENCE_LEVELS, EDGE_KIND_RULES, NODE_KINDS, NODE_KIND_INFO, SPINOFF_TYPES, isNodeKind } from '../../../src/model/schema.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { clear, h } from '../dom.js';
import { searchNodes } from '../panels.js';
import { sourceContent } from '../source-item.js';
import {
  EDGE_FORM_FIELDS,
  KIND_ONLY_FIELDS,
  NODE_FORM_FIELDS,
  allowedTieKinds,
  edgeAttributesFromForm,
  formText,
  newEdgeKey,
  newNodeId,
  nodeAttributesFromForm,
  problemsByField,
  type FormValues,
} from './edit-forms.js';
import { placeNewNode } from './placement.js';
import { editInfoFrom, saveToServer, type EditInfo } from './save-client.js';
import { editsPayload, savePayload, type FilePositions } from './save-payload.js';

/** What the edit panel needs from the explorer around it. */
export interface EditorHost {
  readonly graph: EcoGraph;
  /** The selected node, if any. */
  selected(): string | null;
  /** Selects a node (null: none), as a click in the graph does. */
  select(node: string | null): void;
  /** Called after every change of the graph (edit, undo, redo): metrics, legend, details follow. */
  changed(): void;
  /** The centre of the view, in graph coordinates (where a node is added when none is selected). */
  viewCentre(): { x: number; y: number };
}

/** What the edit panel was given by the server and the page. */
export interface EditorOptions {
  info: EditInfo;
  /** The section the panel fills. */
  root: HTMLElement;
  /** Positions the served file had (see `positionsOf`). */
  filePositions: FilePositions;
  /** Nodes in the served file. */
  openedOrder: number;
}

const NODE_FIELD_TITLES: Record<string, string> = {
  kind: 'Kind',
  label: 'Label',
  labelJa: 'Label (Japanese)',
  founded: 'Founded (year)',
  dissolved: 'Dissolved (year)',
  region: 'Region',
  sector: 'Sector',
  notes: 'Notes',
  sources: 'Sources (one a line; "private: …" for a source you cannot publish)',
  confidence: 'Confidence',
};

const EDGE_FIELD_TITLES: Record<string, string> = {
  kind: 'Tie kind',
  year: 'Year',
  since: 'Since (year)',
  until: 'Until (year)',
  role: 'Role',
  amount: 'Amount',
  currency: 'Currency',
  type: 'Spin-off type',
  notes: 'Notes',
  sources: 'Sources (one a line; "private: …" for a source you cannot publish)',
  confidence: 'Confidence',
};

const STYLES = `
#edit-section .edit-form { border: 1px solid var(--line); background: #fff; border-radius: 4px; padding: 0.4rem 0.6rem; margin: 0.5rem 0; }
#edit-section .edit-form h3 { font-size: 0.95rem; margin: 0.2rem 0; }
#edit-section .edit-form input:not([type='radio']):not([type='checkbox']), #edit-section .edit-form select, #edit-section .edit-form textarea { width: 100%; padding: 0.3rem; border: 1px solid #b9bfc6; border-radius: 4px; font: inherit; background: #fff; }
#edit-section .edit-form textarea { min-height: 3.2rem; resize: vertical; }
#edit-section [aria-invalid='true'] { border-color: #b42318 !important; background: #fff5f5 !important; }
#edit-section .field-problems, #edit-section .form-problems { color: #b42318; font-size: 0.8rem; margin: 0.15rem 0; list-style: none; padding: 0; }
#edit-section .end-choice { font-weight: 600; word-break: break-word; }
#edit-section .picking { outline: 3px dashed var(--focus); }
#edit-section .edit-list { padding-left: 1.2rem; margin: 0.2rem 0; font-size: 0.85rem; }
#edit-section .edit-list li { margin: 0.2rem 0; word-break: break-word; }
#edit-section .edit-ties { list-style: none; padding: 0; margin: 0.2rem 0; }
#edit-section .edit-ties li { display: flex; gap: 0.3rem; align-items: center; flex-wrap: wrap; padding: 0.15rem 0; }
#edit-section .edit-ties button { padding: 0.05rem 0.4rem; font-size: 0.8rem; }
#edit-section .save-problem { border: 1px solid #b42318; background: #fff5f5; border-radius: 4px; padding: 0.4rem; margin: 0.4rem 0; }
#edit-section .suggestions { list-style: none; padding: 0; margin: 0.1rem 0; border: 1px solid var(--line); max-height: 9rem; overflow-y: auto; }
#edit-section .suggestions button { border: none; width: 100%; text-align: left; border-radius: 0; }
.badge.private-source { background: #ede7f6; border: 1px solid #5e35b1; }
`;

/** A text field or other control whose own undo (Ctrl+Z) should not be taken over. */
function isTextControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type)));
}

/** The edit mode of one opened graph. */
export class EditPanel {
  readonly history: EditHistory;
  private version: string;
  /** When set, the next click on a node in the graph goes here instead of selecting it. */
  private picking: ((node: string) => void) | null = null;
  private placed = 0;
  /** Set when the page reloads on purpose (no unsaved-changes warning then). */
  private leaving = false;
  /** Milliseconds from a change's submit to the frame after the explorer followed it. */
  lastChangeMs: number | null = null;
  lastSaveMs: number | null = null;
  /** Of {@link lastSaveMs}, the milliseconds spent building the document sent. */
  lastSavePayloadMs: number | null = null;
  private readonly status: HTMLElement;
  private readonly saveBox: HTMLElement;
  private readonly formArea: HTMLElement;
  private readonly ties: HTMLElement;
  private readonly unsaved: HTMLElement;
  private readonly unsavedSummary: HTMLElement;
  private readonly historyList: HTMLElement;
  private readonly buttons: Record<'undo' | 'redo' | 'save' | 'addNode' | 'editNode' | 'deleteNode' | 'addEdge' | 'merge', HTMLButtonElement>;
  private readonly onKey = (ev: KeyboardEvent) => this.handleKey(ev);
  private readonly onBeforeUnload = (ev: BeforeUnloadEvent) => {
    if (this.history.dirty && !this.leaving) {
      ev.preventDefault();
      ev.returnValue = '';
    }
  };

  constructor(
    private readonly host: EditorHost,
    private readonly options: EditorOptions,
  ) {
    this.history = new EditHistory(host.graph);
    this.version = options.info.version;
    const root = options.root;
    clear(root);
    if (!document.getElementById('edit-styles')) document.head.append(h('style', { id: 'edit-styles' }, STYLES));
    const button = (id: string, text: string, title: string) => h('button', { type: 'button', id, title }, text);
    this.buttons = {
      undo: button('edit-undo', 'Undo', 'Undo the last change (Ctrl+Z)'),
      redo: button('edit-redo', 'Redo', 'Redo (Ctrl+Shift+Z)'),
      save: button('edit-save', 'Save', `Save to ${options.info.name} (Ctrl+S)`),
      addNode: button('edit-add-node', 'Add actor', 'Add an actor (node)'),
      editNode: button('edit-edit-node', 'Edit selected', 'Change the selected actor'),
      deleteNode: button('edit-delete-node', 'Delete selected', 'Delete the selected actor and its ties'),
      addEdge: button('edit-add-edge', 'Add tie', 'Add a tie from the selected actor'),
      merge: button('edit-merge', 'Merge…', 'Merge another node into the selected one (the same actor)'),
    };
    this.status = h('p', { id: 'edit-status', class: 'hint', 'aria-live': 'polite' });
    this.saveBox = h('div', { id: 'edit-save-problem', role: 'alert' });
    this.formArea = h('div', { id: 'edit-form-area' });
    this.ties = h('ul', { id: 'edit-ties', class: 'edit-ties' });
    this.unsaved = h('ol', { id: 'edit-unsaved', class: 'edit-list' });
    this.unsavedSummary = h('summary', {}, 'Unsaved changes');
    this.historyList = h('ol', { id: 'edit-history', class: 'edit-list' });
    root.append(
      h('h2', { id: 'h-edit' }, 'Edit'),
      h('p', { class: 'hint' }, `Changes are checked by the model's rules before they are made, and saved to ${options.info.name} (${options.info.format}).`),
      h('div', { class: 'buttons' }, this.buttons.undo, this.buttons.redo, this.buttons.save),
      this.status,
      this.saveBox,
      h('div', { class: 'buttons' }, this.buttons.addNode, this.buttons.editNode, this.buttons.deleteNode, this.buttons.addEdge, this.buttons.merge),
      this.formArea,
      h('h3', { class: 'hint' }, 'Ties of the selected actor'),
      this.ties,
      h('details', { id: 'edit-unsaved-box' }, this.unsavedSummary, this.unsaved),
      h('details', { id: 'edit-history-box' }, h('summary', {}, 'History of this session'), this.historyList),
    );
    this.buttons.undo.addEventListener('click', () => this.undo());
    this.buttons.redo.addEventListener('click', () => this.redo());
    this.buttons.save.addEventListener('click', () => void this.save(false));
    this.buttons.addNode.addEventListener('click', () => this.showNodeForm(null));
    this.buttons.editNode.addEventListener('click', () => {
      const node = this.host.selected();
      if (node) this.showNodeForm(node);
    });
    this.buttons.deleteNode.addEventListener('click', () => {
      const node = this.host.selected();
      if (node) this.showDeleteNode(node);
    });
    this.buttons.addEdge.addEventListener('click', () => this.showEdgeForm({ source: this.host.selected(), target: null }));
    this.buttons.merge.addEventListener('click', () => {
      const node = this.host.selected();
      if (node) this.showMerge(node, null);
    });
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    root.hidden = false;
    this.refresh();
  }

  /** Removes the panel's listeners (a new graph was opened). */
  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clear(this.options.root);
    this.options.root.hidden = true;
  }

  /** A click on a node while an end is being picked: taken (returns true), else left to the explorer. */
  takeClick(node: string): boolean {
    if (!this.picking) return false;
    const pick = this.picking;
    this.picking = null;
    pick(node);
    return true;
  }

  /** The selection changed: the buttons and the selected node's tie list follow. */
  onSelect(): void {
    this.refresh();
  }

  private get graph(): EcoGraph {
    return this.host.graph;
  }

  private label(node: string): string {
    return this.graph.hasNode(node) ? this.graph.getNodeAttribute(node, 'label') : node;
  }

  /** Applies a change through the history; the problems that refused it, or null when made. */
  private apply(edit: GraphEdit): Problem[] | null {
    const t0 = performance.now();
    const outcome = this.history.apply(edit);
    if (!outcome.ok) return outcome.problems;
    this.afterChange(t0);
    return null;
  }

  private afterChange(t0: number): void {
    const selected = this.host.selected();
    if (selected !== null && !this.graph.hasNode(selected)) this.host.select(null);
    this.host.changed();
    this.refresh();
    requestAnimationFrame(() => {
      this.lastChangeMs = performance.now() - t0;
    });
  }

  undo(): void {
    const t0 = performance.now();
    const entry = this.history.undo();
    if (!entry) return;
    this.closeForm();
    this.afterChange(t0);
    this.say(`Undone: ${entry.summary}`);
  }

  redo(): void {
    const t0 = performance.now();
    const entry = this.history.redo();
    if (!entry) return;
    this.closeForm();
    this.afterChange(t0);
    this.say(`Redone: ${entry.summary}`);
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  private handleKey(ev: KeyboardEvent): void {
    if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return;
    const key = ev.key.toLowerCase();
    if (key === 's') {
      ev.preventDefault();
      void this.save(false);
    } else if (key === 'z' || key === 'y') {
      if (isTextControl(ev.target)) return;
      ev.preventDefault();
      if (key === 'y' || ev.shiftKey) this.redo();
      else this.undo();
    }
  }

  /** Buttons, tie list, unsaved changes and history, from the state now. */
  private refresh(): void {
    const selected = this.host.selected();
    const has = selected !== null && this.graph.hasNode(selected);
    this.buttons.undo.disabled = !this.history.canUndo;
    this.buttons.redo.disabled = !this.history.canRedo;
    this.buttons.save.disabled = !this.history.dirty;
    this.buttons.editNode.disabled = !has;
    this.buttons.deleteNode.disabled = !has;
    this.buttons.merge.disabled = !has;
    this.renderTies(has ? selected : null);
    const unsaved = this.history.unsaved;
    clear(this.unsaved);
    for (const u of unsaved) this.unsaved.append(h('li', {}, u.undone ? `undone since the last save: ${u.entry.summary}` : u.entry.summary));
    this.unsavedSummary.textContent = `Unsaved changes (${unsaved.length})`;
    clear(this.historyList);
    for (const entry of this.history.entries) {
      const sources = h('ul', { class: 'sources' });
      for (const s of entry.sources) sources.append(h('li', {}, sourceContent(s)));
      this.historyList.append(
        h('li', {}, h('time', { datetime: entry.at }, entry.at.slice(0, 19).replace('T', ' ')), ' ', entry.summary, entry.sources.length > 0 ? sources : h('div', { class: 'hint' }, 'no sources given')),
      );
    }
  }

  private renderTies(node: string | null): void {
    clear(this.ties);
    if (node === null) {
      this.ties.append(h('li', { class: 'hint' }, 'Select an actor to list its ties.'));
      return;
    }
    const g = this.graph;
    g.forEachEdge(node, (edge, a, source, target) => {
      const other = source === node ? target : source;
      const arrow = !g.isDirected(edge) ? '—' : source === node ? '→' : '←';
      const edit = h('button', { type: 'button', 'data-edit-edge': edge }, 'Edit');
      const remove = h('button', { type: 'button', 'data-delete-edge': edge }, 'Delete');
      edit.addEventListener('click', () => this.showEdgeForm({ source, target, key: edge }));
      remove.addEventListener('click', () => {
        const refused = this.apply({ op: 'delete-edge', key: edge });
        if (refused) this.say(refused.map((p) => `${p.code}: ${p.message}`).join('; '));
        else this.say(`Deleted the ${a.kind ?? 'untyped'} tie with ${this.label(other)}.`);
      });
      this.ties.append(h('li', { 'data-edge': edge }, h('span', { class: 'badge' }, `${a.kind ?? 'tie'} ${arrow}`), this.label(other), edit, remove));
    });
    if (g.degree(node) === 0) this.ties.append(h('li', { class: 'hint' }, 'No ties.'));
  }

  private closeForm(): void {
    this.picking = null;
    clear(this.formArea);
  }

  private showForm(form: HTMLElement, focus?: HTMLElement): void {
    this.picking = null;
    clear(this.formArea);
    this.formArea.append(form);
    (focus ?? form.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
  }

  /** A labelled control with the place its problems are shown. */
  private field(prefix: string, name: string, title: string, control: HTMLElement): HTMLElement {
    control.id = `${prefix}-${name}`;
    control.setAttribute('name', name);
    control.setAttribute('aria-describedby', `${prefix}-${name}-problems`);
    return h('div', { class: 'field', 'data-field': name }, h('label', { for: control.id }, title), control, h('ul', { class: 'field-problems', id: `${prefix}-${name}-problems`, 'data-field-problems': name }));
  }

  private choice(options: readonly string[], value: string, blank?: string): HTMLSelectElement {
    const s = h('select', {});
    if (blank !== undefined) s.append(h('option', { value: '' }, blank));
    for (const o of options) s.append(h('option', { value: o }, o));
    if (value !== '' && !options.includes(value)) s.append(h('option', { value }, value));
    s.value = value;
    return s;
  }

  /** Shows each problem at its field (or at the top of the form), and marks the fields. */
  private showProblems(form: HTMLElement, problems: readonly Problem[], fields: readonly string[]): void {
    for (const list of form.querySelectorAll('[data-field-problems]')) clear(list);
    for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    let first: HTMLElement | null = null;
    for (const [field, list] of problemsByField(problems, fields)) {
      const target = form.querySelector(`[data-field-problems="${CSS.escape(field)}"]`);
      if (!target) continue;
      for (const p of list) target.append(h('li', { 'data-code': p.code, 'data-severity': p.severity }, h('code', {}, p.code), ' ', p.message));
      const control = field === '' ? null : form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
      if (control && list.some((p) => p.severity === 'error')) {
        control.setAttribute('aria-invalid', 'true');
        first ??= control;
      }
    }
    (first ?? form.querySelector<HTMLElement>('.form-problems'))?.focus();
  }

  private readForm(form: HTMLFormElement): FormValues {
    const values: Record<string, string> = {};
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[name]')) if (!control.closest('[hidden]')) values[control.name] = control.value;
    return values;
  }

  /** Add (node null) or change an actor. */
  showNodeForm(node: string | null): void {
    const a: Record<string, unknown> = node === null ? {} : { ...this.graph.getNodeAttributes(node) };
    const form = h('form', { class: 'edit-form', id: 'edit-node-form', novalidate: true });
    const prefix = 'edit-node';
    const controls: HTMLElement[] = [];
    for (const name of NODE_FORM_FIELDS) {
      const value = formText(a[name]);
      let control: HTMLElement;
      if (name === 'kind') control = this.choice(NODE_KINDS, value, '(untyped)');
      else if (name === 'confidence') control = this.choice(CONFIDENCE_LEVELS, value, '(sourced if sources are given)');
      else if (name === 'notes' || name === 'sources') {
        control = h('textarea', { rows: name === 'sources' ? 3 : 2 });
        (control as HTMLTextAreaElement).value = value;
      } else {
        control = h('input', { type: 'text', inputmode: name === 'founded' || name === 'dissolved' ? 'numeric' : undefined });
        (control as HTMLInputElement).value = value;
      }
      controls.push(this.field(prefix, name, NODE_FIELD_TITLES[name] ?? name, control));
    }
    const submit = h('button', { type: 'submit', id: 'edit-node-submit' }, node === null ? 'Add actor' : 'Save changes');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    cancel.addEventListener('click', () => this.closeForm());
    form.append(
      h('h3', {}, node === null ? 'Add an actor' : `Change ${this.label(node)}`),
      node === null ? h('p', { class: 'hint' }, 'A new actor needs a source, or confidence "illustrative".') : h('p', { class: 'hint' }, h('code', {}, node)),
      h('ul', { class: 'form-problems', 'data-field-problems': '', tabindex: -1 }),
      ...controls,
      h('div', { class: 'buttons' }, submit, cancel),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const values = this.readForm(form);
      let edit: GraphEdit;
      let id = node;
      if (node === null) {
        const selected = this.host.selected();
        const anchor = selected !== null && this.graph.hasNode(selected) ? { x: this.graph.getNodeAttribute(selected, 'x') ?? 0, y: this.graph.getNodeAttribute(selected, 'y') ?? 0 } : this.host.viewCentre();
        const at = placeNewNode(this.graph, anchor as { x: number; y: number }, this.placed);
        id = newNodeId(values.label?.trim() || 'node', (n) => this.graph.hasNode(n));
        edit = { op: 'add-node', id, attributes: nodeAttributesFromForm(values, at) };
      } else {
        edit = { op: 'update-node', id: node, attributes: nodeAttributesFromForm(values, this.graph.getNodeAttributes(node)) };
      }
      const refused = this.apply(edit);
      if (refused) {
        this.showProblems(form, refused, NODE_FORM_FIELDS);
        this.say('The change was refused: see the problems in the form.');
        return;
      }
      if (node === null) this.placed++;
      this.closeForm();
      this.host.select(id);
      this.refresh();
      this.say(this.history.entries.at(-1)?.summary ?? '');
    });
    this.showForm(form, form.querySelector<HTMLElement>(node === null ? '[name="kind"]' : '[name="label"]') ?? undefined);
  }

  /** Asks before deleting an actor, listing its ties. */
  showDeleteNode(node: string): void {
    const g = this.graph;
    const ties = h('ul', { class: 'edit-list', id: 'edit-delete-ties' });
    g.forEachEdge(node, (_e, a, s, t) => ties.append(h('li', {}, `${a.kind ?? 'tie'} ${s === node ? '→' : '←'} ${this.label(s === node ? t : s)}`)));
    const confirm = h('button', { type: 'button', id: 'edit-delete-confirm' }, 'Delete');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    cancel.addEventListener('click', () => this.closeForm());
    confirm.addEventListener('click', () => {
      const summary = `Deleted ${this.label(node)}.`;
      const refused = this.apply({ op: 'delete-node', id: node });
      this.closeForm();
      this.say(refused ? refused.map((p) => `${p.code}: ${p.message}`).join('; ') : summary);
    });
    const degree = g.degree(node);
    this.showForm(
      h(
        'div',
        { class: 'edit-form', id: 'edit-delete-form', role: 'alertdialog', 'aria-labelledby': 'edit-delete-title' },
        h('h3', { id: 'edit-delete-title' }, `Delete ${this.label(node)}?`),
        h('p', {}, degree === 0 ? 'It has no ties.' : `Its ${degree} ${degree === 1 ? 'tie is' : 'ties are'} deleted with it:`),
        degree > 0 ? ties : null,
        h('div', { class: 'buttons' }, confirm, cancel),
      ),
      cancel,
    );
  }

  /**
   * Chooses a node for one end: search by name or id, or click it in the graph. `onChoose` gets the
   * node; `current` is shown.
   */
  private endPicker(name: string, title: string, current: string | null, onChoose: (node: string) => void): HTMLElement {
    const shown = h('span', { class: 'end-choice', id: `edit-end-${name}`, 'data-node': current ?? '' }, current === null ? '(none yet)' : this.label(current));
    const search = h('input', { type: 'search', id: `edit-end-${name}-search`, 'aria-label': `${title}: search by name or id`, placeholder: 'Search name or id', autocomplete: 'off' });
    const results = h('ul', { class: 'suggestions', hidden: true });
    search.addEventListener('input', () => {
      clear(results);
      const hits = searchNodes(this.graph, search.value, 8);
      for (const hit of hits) {
        const b = h('button', { type: 'button', 'data-node': hit.node }, `${hit.attributes.label} (${hit.attributes.kind ?? 'untyped'})`);
        b.addEventListener('click', () => onChoose(hit.node));
        results.append(h('li', {}, b));
      }
      results.hidden = hits.length === 0;
    });
    const pick = h('button', { type: 'button', id: `edit-end-${name}-pick`, 'aria-pressed': 'false' }, 'Pick in graph');
    pick.addEventListener('click', () => {
      pick.classList.add('picking');
      pick.setAttribute('aria-pressed', 'true');
      this.say(`Click a node in the graph for: ${title}.`);
      this.picking = (node) => {
        pick.classList.remove('picking');
        onChoose(node);
      };
    });
    return h('div', { class: 'field', 'data-end': name }, h('div', {}, `${title}: `, shown), h('div', { class: 'buttons' }, pick), search, results);
  }

  /** Add a tie (no key) or change one (key given; its ends stay). */
  showEdgeForm(state: { source: string | null; target: string | null; key?: string }): void {
    const g = this.graph;
    const key = state.key;
    const a: Record<string, unknown> = key !== undefined ? { ...g.getEdgeAttributes(key) } : {};
    const { source, target } = state;
    const form = h('form', { class: 'edit-form', id: 'edit-edge-form', novalidate: true });
    const prefix = 'edit-edge';
    const sourceKind = source !== null ? g.getNodeAttribute(source, 'kind') : undefined;
    const targetKind = target !== null ? g.getNodeAttribute(target, 'kind') : undefined;
    const allowed: string[] = allowedTieKinds(sourceKind, targetKind);
    const current = typeof a.kind === 'string' ? a.kind : (allowed[0] ?? '');
    const kind = this.choice(allowed, current);
    const controls: HTMLElement[] = [];
    for (const name of EDGE_FORM_FIELDS) {
      const value = formText(a[name]);
      let control: HTMLElement;
      if (name === 'kind') control = kind;
      else if (name === 'confidence') control = this.choice(CONFIDENCE_LEVELS, value, '(sourced if sources are given)');
      else if (name === 'role') control = this.choice(AFFILIATION_ROLES, value, '(not said)');
      else if (name === 'type') control = this.choice(SPINOFF_TYPES, value, '(not said)');
      else if (name === 'notes' || name === 'sources') {
        control = h('textarea', { rows: name === 'sources' ? 3 : 2 });
        (control as HTMLTextAreaElement).value = value;
      } else {
        control = h('input', { type: 'text' });
        (control as HTMLInputElement).value = value;
      }
      controls.push(this.field(prefix, name, EDGE_FIELD_TITLES[name] ?? name, control));
    }
    const showKindFields = () => {
      for (const c of controls) {
        const only = KIND_ONLY_FIELDS[c.getAttribute('data-field') as keyof typeof KIND_ONLY_FIELDS];
        c.hidden = only !== undefined && only !== kind.value;
      }
    };
    kind.addEventListener('change', showKindFields);
    showKindFields();
    const rule = h('p', { class: 'hint', id: 'edit-edge-rule' });
    const submit = h('button', { type: 'submit', id: 'edit-edge-submit' }, key === undefined ? 'Add tie' : 'Save changes');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    cancel.addEventListener('click', () => this.closeForm());
    const kindTitle = (k: unknown) => (isNodeKind(k) ? NODE_KIND_INFO[k].title.toLowerCase() : 'untyped node');
    if (source !== null && target !== null && allowed.length === 0) {
      rule.textContent = `The model allows no tie from a ${kindTitle(sourceKind)} to a ${kindTitle(targetKind)}; swap the ends or pick others.`;
      rule.setAttribute('data-no-kind', 'true');
      submit.disabled = true;
    } else if (source !== null && target !== null) {
      rule.textContent = `Tie kinds the model allows from a ${kindTitle(sourceKind)} to a ${kindTitle(targetKind)}: ${allowed.map((k) => EDGE_KIND_RULES[k as keyof typeof EDGE_KIND_RULES].title).join(', ')}.`;
    } else {
      rule.textContent = 'Choose both ends: the tie kinds offered are those the model allows between them.';
      submit.disabled = true;
    }
    const heading = key === undefined ? 'Add a tie' : `Change the tie ${source !== null ? this.label(source) : ''} – ${target !== null ? this.label(target) : ''}`;
    const ends: (HTMLElement | null)[] = [];
    if (key === undefined) {
      const keep = () => ({ ...this.readForm(form) });
      const again = (next: { source: string | null; target: string | null }, values: FormValues) => {
        this.showEdgeForm(next);
        const f = document.getElementById('edit-edge-form');
        if (!f) return;
        for (const name of ['year', 'since', 'until', 'notes', 'sources', 'confidence', 'amount', 'currency']) {
          const c = f.querySelector<HTMLInputElement>(`[name="${name}"]`);
          if (c && values[name] !== undefined) c.value = values[name]!;
        }
      };
      const swap = h('button', { type: 'button', id: 'edit-edge-swap' }, 'Swap ends');
      swap.addEventListener('click', () => again({ source: target, target: source }, keep()));
      ends.push(
        this.endPicker('source', 'From', source, (n) => again({ source: n, target }, keep())),
        this.endPicker('target', 'To', target, (n) => again({ source, target: n }, keep())),
        h('div', { class: 'buttons' }, swap),
      );
    } else {
      ends.push(h('p', {}, `${source !== null ? this.label(source) : '?'} ${g.isDirected(key) ? '→' : '—'} ${target !== null ? this.label(target) : '?'}`));
    }
    form.append(h('h3', {}, heading), ...ends.filter((e): e is HTMLElement => e !== null), rule, h('ul', { class: 'form-problems', 'data-field-problems': '', tabindex: -1 }), ...controls, h('div', { class: 'buttons' }, submit, cancel));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (source === null || target === null) return;
      const values = this.readForm(form);
      const edit: GraphEdit =
        key === undefined
          ? { op: 'add-edge', key: newEdgeKey((k) => g.hasEdge(k)), source, target, attributes: edgeAttributesFromForm(values) }
          : { op: 'update-edge', key, attributes: edgeAttributesFromForm(values, g.getEdgeAttributes(key)) };
      const refused = this.apply(edit);
      if (refused) {
        this.showProblems(form, refused, EDGE_FORM_FIELDS);
        this.say('The change was refused: see the problems in the form.');
        return;
      }
      this.closeForm();
      this.refresh();
      this.say(this.history.entries.at(-1)?.summary ?? '');
    });
    this.showForm(form, key === undefined && (source === null || target === null) ? (form.querySelector<HTMLElement>(`#edit-end-${source === null ? 'source' : 'target'}-pick`) ?? undefined) : kind);
  }

  /** Merge `merged` into `keep`: what is kept is said before the user confirms. */
  showMerge(keep: string, merged: string | null): void {
    const g = this.graph;
    const form = h('div', { class: 'edit-form', id: 'edit-merge-form' });
    const problems = h('ul', { class: 'form-problems', 'data-field-problems': '', tabindex: -1 });
    const picker = this.endPicker('merged', 'The duplicate to merge in', merged, (n) => this.showMerge(keep, n));
    const explain = h('div', { id: 'edit-merge-explain' });
    const confirm = h('button', { type: 'button', id: 'edit-merge-confirm', disabled: merged === null }, 'Merge');
    const swap = h('button', { type: 'button', id: 'edit-merge-swap', disabled: merged === null }, 'Keep the other one');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    cancel.addEventListener('click', () => this.closeForm());
    swap.addEventListener('click', () => {
      if (merged !== null) this.showMerge(merged, keep);
    });
    if (merged !== null) {
      const k = g.getNodeAttributes(keep);
      const m = g.getNodeAttributes(merged);
      const ids = [...(Array.isArray(k[MERGED_IDS_ATTRIBUTE]) ? (k[MERGED_IDS_ATTRIBUTE] as string[]) : []), merged];
      explain.append(
        h('p', {}, 'Kept: ', h('strong', {}, k.label), ' ', h('code', {}, keep), ` — its id, kind (${k.kind ?? 'untyped'}) and attributes; attributes only the other has are added.`),
        h('p', {}, 'Merged in and removed: ', h('strong', {}, m.label), ' ', h('code', {}, merged), ` — its ${g.degree(merged)} ${g.degree(merged) === 1 ? 'tie moves' : 'ties move'} to the kept actor (ties between the two are dropped), its sources and notes are joined, and its id is recorded in ${MERGED_IDS_ATTRIBUTE} (${ids.join(', ')}).`),
      );
    } else explain.append(h('p', { class: 'hint' }, 'Choose the other node of the same actor.'));
    confirm.addEventListener('click', () => {
      if (merged === null) return;
      const summary = `Merged ${this.label(merged)} into ${this.label(keep)}.`;
      const refused = this.apply({ op: 'merge-nodes', keep, merged });
      if (refused) {
        clear(problems);
        for (const p of refused) problems.append(h('li', { 'data-code': p.code }, h('code', {}, p.code), ' ', p.message));
        problems.focus();
        return;
      }
      this.closeForm();
      this.host.select(keep);
      this.refresh();
      this.say(summary);
    });
    form.append(h('h3', {}, `Merge into ${this.label(keep)}`), picker, explain, problems, h('div', { class: 'buttons' }, confirm, swap, cancel));
    this.showForm(form, merged === null ? undefined : confirm);
  }

  /** Saves to the server; on refusal shows why and what the user can do. */
  async save(rewriteLayout: boolean): Promise<void> {
    if (!this.history.dirty && !rewriteLayout) {
      this.say('Nothing to save.');
      return;
    }
    const t0 = performance.now();
    // The changes since the last save; the server applies them to the graph it holds.
    const sent = this.history.changesSinceSave.length;
    const body = editsPayload(this.graph, this.history.changesSinceSave, this.options.filePositions, this.options.openedOrder);
    this.lastSavePayloadMs = performance.now() - t0;
    const count = this.history.unsaved.length;
    this.say('Saving…');
    const result = await saveToServer({ info: this.options.info, version: this.version, body, sends: 'changes', rewriteLayout });
    this.lastSaveMs = performance.now() - t0;
    clear(this.saveBox);
    this.saveBox.className = '';
    const box = (...children: (Node | string)[]) => {
      this.saveBox.className = 'save-problem';
      this.saveBox.append(...children);
    };
    switch (result.status) {
      case 'saved':
        this.history.markSaved(sent);
        this.version = result.version;
        this.say(`Saved ${count} ${count === 1 ? 'change' : 'changes'} to ${result.written.join(', ') || this.options.info.name}${result.backups.length > 0 ? `; the previous version is kept as ${result.backups.join(', ')}` : ''}.`);
        break;
      case 'conflict': {
        const reload = h('button', { type: 'button', id: 'edit-reload' }, 'Reload the file (drops my changes)');
        const download = h('button', { type: 'button', id: 'edit-download' }, 'Download my copy');
        reload.addEventListener('click', () => {
          this.leaving = true;
          location.reload();
        });
        download.addEventListener('click', () => downloadText(savePayload(this.graph, this.options.filePositions, this.options.openedOrder), `${this.options.info.name.replace(/\.[^.]+$/, '')}-edited.json`));
        box(h('p', {}, h('strong', {}, 'Not saved: '), result.message), h('p', { class: 'hint' }, 'Download your copy to keep your changes (save it under another name), or reload the file as it is now.'), h('div', { class: 'buttons' }, download, reload));
        this.say('Not saved: the file changed on disk.');
        break;
      }
      case 'layout-unconfirmed': {
        const rewrite = h('button', { type: 'button', id: 'edit-rewrite-layout' }, "Rewrite in ecograph's layout and save");
        const cancel = h('button', { type: 'button' }, 'Cancel');
        rewrite.addEventListener('click', () => void this.save(true));
        cancel.addEventListener('click', () => {
          clear(this.saveBox);
          this.saveBox.className = '';
        });
        box(h('p', {}, h('strong', {}, 'Confirm: '), result.message), h('div', { class: 'buttons' }, rewrite, cancel));
        this.say('Not saved yet: confirm rewriting the file.');
        break;
      }
      case 'invalid': {
        const list = h('ul', { class: 'form-problems' });
        for (const p of result.problems) list.append(h('li', { 'data-code': p.code }, h('code', {}, p.code), ' ', p.message + (p.field ? ` (field "${p.field}")` : '')));
        box(h('p', {}, h('strong', {}, 'Not saved: '), result.message), list);
        this.say('Not saved: the graph has errors.');
        break;
      }
      case 'refused':
        box(h('p', {}, h('strong', {}, 'Not saved: '), result.message));
        this.say('Not saved.');
        break;
    }
    this.refresh();
  }
}

function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Starts edit mode when the server says the graph is editable: reads `api/info` and, in edit mode,
 * fills the section `mountPoint` gives with the edit panel. Returns null when read-only.
 */
export async function startEditing(host: EditorHost, mountPoint: () => HTMLElement, filePositions: FilePositions, openedOrder: number): Promise<EditPanel | null> {
  let info: EditInfo | null = null;
  try {
    const response = await fetch('api/info', { cache: 'no-store' });
    if (response.ok) info = editInfoFrom(await response.json());
  } catch {
    info = null;
  }
  if (info === null) return null;
  return new EditPanel(host, { info, root: mountPoint(), filePositions, openedOrder });
}
