/**
 * An editing session over a graph: the changes applied, undo and redo, which changes are not yet
 * saved, and a history that says what changed and on which sources. Browser-safe; the explorer's
 * edit mode keeps one per opened graph.
 */
import { applyEdit, revertEdit, type EditOutcome, type GraphEdit } from './edits.js';
import type { LoggedEdit } from './edit-replay.js';
import type { EcoGraph } from './types.js';

/** One applied change, as the history shows it. */
export interface HistoryEntry {
  /** The change as the user made it. */
  edit: GraphEdit;
  /** What undoes it. */
  inverse: GraphEdit;
  /** One line saying what changed, e.g. `changed node "acme": founded 1999 → 2001`. */
  summary: string;
  /** The sources given with the change (the changed elements' sources after it). */
  sources: string[];
  /** When it was made (ISO 8601). */
  at: string;
}

/** An unsaved change: applied since the last save, or a saved change undone since. */
export interface UnsavedChange {
  entry: HistoryEntry;
  undone: boolean;
}

const show = (v: unknown) => (v === undefined ? '—' : Array.isArray(v) ? v.join('; ') : String(v));

/** `a: 1 → 2, b: x → —` for the attributes that differ. */
function attributeChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes = names.filter((n) => JSON.stringify(before[n]) !== JSON.stringify(after[n])).map((n) => `${n} ${show(before[n])} → ${show(after[n])}`);
  return changes.length > 0 ? changes.join(', ') : 'no attribute changed';
}

function nodeName(graph: EcoGraph, id: string): string {
  const label = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : undefined;
  return label !== undefined && label !== id ? `"${label}" (${id})` : `"${id}"`;
}

/**
 * One line describing a change, from the graph as it is before the change.
 *
 * @example
 * describeEdit(graph, { op: 'delete-edge', key: 'e-7' }); // 'deleted spinoff tie "e-7": toyota → denso'
 */
export function describeEdit(graph: EcoGraph, edit: GraphEdit): string {
  switch (edit.op) {
    case 'add-node':
      return `added ${show(edit.attributes.kind)} "${show(edit.attributes.label ?? edit.id)}" (${edit.id})`;
    case 'update-node':
      return `changed node ${nodeName(graph, edit.id)}: ${attributeChanges(graph.hasNode(edit.id) ? graph.getNodeAttributes(edit.id) : {}, edit.attributes)}`;
    case 'delete-node': {
      const ties = graph.hasNode(edit.id) ? graph.degree(edit.id) : 0;
      return `deleted node ${nodeName(graph, edit.id)} and its ${ties} ${ties === 1 ? 'tie' : 'ties'}`;
    }
    case 'add-edge':
      return `added ${show(edit.attributes.kind)} tie "${edit.key}": ${edit.source} → ${edit.target}`;
    case 'update-edge':
      return `changed tie "${edit.key}": ${attributeChanges(graph.hasEdge(edit.key) ? graph.getEdgeAttributes(edit.key) : {}, edit.attributes)}`;
    case 'delete-edge': {
      if (!graph.hasEdge(edit.key)) return `deleted tie "${edit.key}"`;
      return `deleted ${show(graph.getEdgeAttribute(edit.key, 'kind'))} tie "${edit.key}": ${graph.source(edit.key)} → ${graph.target(edit.key)}`;
    }
    case 'merge-nodes':
      return `merged ${nodeName(graph, edit.merged)} into ${nodeName(graph, edit.keep)}`;
    case 'batch':
      return edit.edits.map((e) => describeEdit(graph, e)).join('; ');
  }
}

/** The sources of the elements a change leaves in the graph (for the history view). */
function sourcesAfter(graph: EcoGraph, edit: GraphEdit): string[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  switch (edit.op) {
    case 'add-node':
    case 'update-node':
    case 'add-edge':
    case 'update-edge':
      return list(edit.attributes.sources);
    case 'merge-nodes':
      return graph.hasNode(edit.keep) ? list(graph.getNodeAttribute(edit.keep, 'sources')) : [];
    case 'batch':
      return [...new Set(edit.edits.flatMap((e) => sourcesAfter(graph, e)))];
    case 'delete-node':
    case 'delete-edge':
      return [];
  }
}

/**
 * Undo, redo and the list of unsaved changes over one graph.
 *
 * @example
 * const session = new EditHistory(graph);
 * session.apply({ op: 'add-node', id: 'acme', attributes: { label: 'Acme', kind: 'firm', sources: ['interview K-07'] } });
 * session.undo();
 */
export class EditHistory {
  private done: HistoryEntry[] = [];
  private undone: HistoryEntry[] = [];
  /** How many entries of `done` were saved; -1 when the saved state can no longer be reached by undo/redo. */
  private savedAt = 0;
  /** Every change made to the graph since the last save, undo and redo included, oldest first. */
  private log: LoggedEdit[] = [];

  constructor(
    /** The graph edited in place. */
    readonly graph: EcoGraph,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Checks and applies a change; on success it can be undone and the redo list is cleared. */
  apply(edit: GraphEdit): EditOutcome {
    const summary = describeEdit(this.graph, edit);
    const outcome = applyEdit(this.graph, edit);
    if (!outcome.ok) return outcome;
    if (this.savedAt > this.done.length) this.savedAt = -1;
    this.done.push({ edit, inverse: outcome.inverse, summary, sources: sourcesAfter(this.graph, edit), at: this.now().toISOString() });
    this.undone = [];
    this.log.push({ edit });
    return outcome;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Undoes the newest change; returns it, or undefined when there is none. */
  undo(): HistoryEntry | undefined {
    const entry = this.done.pop();
    if (entry === undefined) return undefined;
    const redo = revertEdit(this.graph, entry.inverse);
    this.log.push({ edit: entry.inverse, restore: true });
    this.undone.push({ ...entry, edit: redo });
    return entry;
  }

  /** Re-does the newest undone change; returns it, or undefined when there is none. */
  redo(): HistoryEntry | undefined {
    const entry = this.undone.pop();
    if (entry === undefined) return undefined;
    const inverse = revertEdit(this.graph, entry.edit);
    this.log.push({ edit: entry.edit, restore: true });
    const redone = { ...entry, inverse };
    this.done.push(redone);
    return redone;
  }

  /** The changes in effect, oldest first (the history view). */
  get entries(): readonly HistoryEntry[] {
    return this.done;
  }

  /**
   * Marks the graph as saved.
   *
   * @param changesSent - how many of {@link changesSinceSave} the save carried (default: all);
   * changes made while it was under way stay unsaved
   */
  markSaved(changesSent: number = this.log.length): void {
    this.log = this.log.slice(changesSent);
    // Changes made during the save: the state saved is no longer one undo and redo can name.
    this.savedAt = this.log.length === 0 ? this.done.length : -1;
  }

  /**
   * The changes made to the graph since the last save, in the order they were made, undo and
   * redo included as restores: applied in turn to the graph as last saved (`replayEdits`), they
   * give the graph as it is now.
   */
  get changesSinceSave(): readonly LoggedEdit[] {
    return this.log;
  }

  /** Whether the graph differs from its last saved state. */
  get dirty(): boolean {
    return this.savedAt !== this.done.length;
  }

  /** What a save would write that the file does not have: changes made since, and saved changes undone since. */
  get unsaved(): UnsavedChange[] {
    if (this.savedAt === -1) return this.done.map((entry) => ({ entry, undone: false }));
    if (this.savedAt <= this.done.length) return this.done.slice(this.savedAt).map((entry) => ({ entry, undone: false }));
    // Undone past the save: the saved changes now undone, in the order they were made.
    return this.undone
      .slice(this.undone.length - (this.savedAt - this.done.length))
      .reverse()
      .map((entry) => ({ entry, undone: true }));
  }
}
