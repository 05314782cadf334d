/**
 * The edit forms' data, without the DOM: form values to the attributes of a change, the tie kinds
 * the model's rules allow between two nodes, new ids, and problems grouped by the field they are
 * about. Values are passed to the library's validation as typed (years as text), so a wrong value
 * is refused with the same code and message as `ecograph validate`.
 */
import { EDGE_KINDS, edgeKindAllows, isNodeKind, type EdgeKind } from '../../../src/model/schema.js';
import type { Problem } from '../../../src/model/problems.js';

/** The node fields the form edits, in form order. */
export const NODE_FORM_FIELDS = ['kind', 'label', 'labelJa', 'founded', 'dissolved', 'region', 'sector', 'notes', 'sources', 'confidence'] as const;
export type NodeFormField = (typeof NODE_FORM_FIELDS)[number];

/** The tie fields the form edits, in form order. */
export const EDGE_FORM_FIELDS = ['kind', 'year', 'since', 'until', 'role', 'amount', 'currency', 'type', 'notes', 'sources', 'confidence'] as const;
export type EdgeFormField = (typeof EDGE_FORM_FIELDS)[number];

/** Tie fields that belong to one kind only: shown, and kept, only for it. */
export const KIND_ONLY_FIELDS: Readonly<Partial<Record<EdgeFormField, EdgeKind>>> = { role: 'affiliation', amount: 'investment', currency: 'investment', type: 'spinoff' };

/** Form values: field name → text as typed. */
export type FormValues = Readonly<Record<string, string>>;

/** One source a line: lines trimmed, empty lines dropped. */
export function sourcesFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The text a form shows for an attribute value (lists one item a line). */
export function formText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join('\n');
  return String(value);
}

function setFields(out: Record<string, unknown>, fields: readonly string[], values: FormValues, numeric: ReadonlySet<string>): void {
  for (const field of fields) {
    const text = values[field] ?? '';
    if (field === 'sources') {
      const sources = sourcesFromText(text);
      if (sources.length > 0) out.sources = sources;
      else delete out.sources;
      continue;
    }
    const value = text.trim();
    if (value === '') delete out[field];
    // Amounts are numbers when they read as one; anything else goes to validation as typed.
    else if (numeric.has(field) && Number.isFinite(Number(value))) out[field] = Number(value);
    else out[field] = value;
  }
}

/**
 * A node's attributes after the form: `base` (the node's attributes, or its position for a new
 * node) with the form's fields set, and fields left empty removed.
 *
 * @example nodeAttributesFromForm({ kind: 'firm', label: 'Acme', sources: 'private: interview K-07' }, { x: 0, y: 0 })
 */
export function nodeAttributesFromForm(values: FormValues, base: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  setFields(out, NODE_FORM_FIELDS, values, new Set());
  return out;
}

/**
 * A tie's attributes after the form, like {@link nodeAttributesFromForm}; fields of another kind
 * (a role on a tie that is no longer an affiliation) are removed.
 */
export function edgeAttributesFromForm(values: FormValues, base: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  const kind = (values.kind ?? '').trim();
  const fields = EDGE_FORM_FIELDS.filter((f) => {
    const only = KIND_ONLY_FIELDS[f];
    if (only !== undefined && only !== kind) {
      delete out[f];
      return false;
    }
    return true;
  });
  setFields(out, fields, values, new Set(['amount']));
  return out;
}

/**
 * The tie kinds the model's rules allow from a node of kind `source` to one of kind `target`
 * (`EDGE_KIND_RULES`; an untyped end allows every kind at that end).
 *
 * @example allowedTieKinds('founder', 'firm'); // ['collaboration', 'founded', 'affiliation', 'mentorship']
 */
export function allowedTieKinds(source: unknown, target: unknown): EdgeKind[] {
  const s = isNodeKind(source) ? source : undefined;
  const t = isNodeKind(target) ? target : undefined;
  return EDGE_KINDS.filter((kind) => edgeKindAllows(kind, s, t));
}

/**
 * A new node id from a label: lower-case ASCII words joined by `-` (other scripts kept as they
 * are), made unique with `-2`, `-3`, … when taken.
 *
 * @example newNodeId('Acme Bio K.K.', () => false); // 'acme-bio-k-k'
 */
export function newNodeId(label: string, taken: (id: string) => boolean): string {
  const base =
    label
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'node';
  let id = base;
  for (let i = 2; taken(id); i++) id = `${base}-${i}`;
  return id;
}

/** A new tie key, `edit-1`, `edit-2`, … the first not taken. */
export function newEdgeKey(taken: (key: string) => boolean): string {
  let i = 1;
  while (taken(`edit-${i}`)) i++;
  return `edit-${i}`;
}

/**
 * Problems grouped by the form field they are about; problems about no field of the form (or no
 * field at all) are under `''`.
 */
export function problemsByField(problems: readonly Problem[], fields: readonly string[]): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const at = p.field !== undefined && fields.includes(p.field) ? p.field : '';
    out.set(at, [...(out.get(at) ?? []), p]);
  }
  return out;
}
