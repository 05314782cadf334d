/**
 * The data table's logic without the DOM: cell text, sorting (numbers by value, text in natural
 * order, empty cells last in both directions), filtering by a query, and the CSV text of what the
 * table shows (UTF-8 with a byte-order mark, so spreadsheet programs read Japanese names right;
 * fields quoted by the library's CSV writer).
 */
import { formatCsvRow } from '../../src/io/csv-syntax.js';
import type { FieldValue, NodeField } from './node-fields.js';
import { SLOW_MEASURES_MAX_NODES } from './size-metrics.js';
import { naturalCompare } from './spinoff-mode.js';

/** A column as the table needs it (node and tie fields both fit). */
export interface TableField {
  id: string;
  title: string;
  type: 'number' | 'category';
  value(row: string): FieldValue;
}

/** How list cells join their items (the separator of the library's CSV lists). */
export const LIST_SEPARATOR = ' | ';

/**
 * A cell as text: lists joined with ` | `, objects as JSON, empty for an absent value; numbers in
 * full (`display` rounds measures to 4 significant digits for the screen).
 *
 * @example cellText(['a', 'b']) // → 'a | b'
 */
export function cellText(value: FieldValue, display = false): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'number' && display && !Number.isInteger(value)) return String(Number(value.toPrecision(4)));
  return String(value);
}

/** Sort direction. */
export type Direction = 'asc' | 'desc';

/**
 * Rows sorted by one field: numbers by value, anything else by its text in natural order ("Firm 9"
 * before "Firm 10"); empty cells last whatever the direction; equal cells keep the input order.
 *
 * @param rows - row ids
 * @param field - the field sorted by
 * @param direction - ascending or descending
 * @returns a new array
 */
export function sortRows(rows: readonly string[], field: TableField, direction: Direction): string[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row, index) => {
    const v = field.value(row);
    return { row, index, num: typeof v === 'number' && Number.isFinite(v) ? v : null, text: cellText(v) };
  });
  keyed.sort((a, b) => {
    const aEmpty = a.num === null && a.text === '';
    const bEmpty = b.num === null && b.text === '';
    if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
    let c: number;
    if (a.num !== null && b.num !== null) c = a.num - b.num;
    else if (a.num !== null) c = -1;
    else if (b.num !== null) c = 1;
    else c = naturalCompare(a.text, b.text);
    return c * sign || a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** Text folded for matching: width-insensitive (NFKC) and case-insensitive. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Rows with a cell containing the query (width- and case-insensitive). `column:text` looks in one
 * column only (by its title, e.g. `kind:firm`); an empty query keeps every row.
 *
 * @param rows - row ids
 * @param fields - the table's columns
 * @param query - what to look for
 * @example filterRows(rows, fields, 'kind:university')
 */
export function filterRows(rows: readonly string[], fields: readonly TableField[], query: string): string[] {
  let q = foldText(query).trim();
  if (q === '') return [...rows];
  let searched = fields;
  const colon = q.indexOf(':');
  if (colon > 0) {
    const name = q.slice(0, colon).trim();
    const field = fields.find((f) => foldText(f.title) === name);
    if (field) {
      searched = [field];
      q = q.slice(colon + 1).trim();
      if (q === '') return [...rows];
    }
  }
  return rows.filter((row) => searched.some((f) => foldText(cellText(f.value(row))).includes(q)));
}

/** The byte-order mark that tells spreadsheet programs the CSV is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * The CSV text of a table: a BOM, the header of titles, then one line per row (CRLF line ends,
 * comma separated, fields quoted when they must be, lists joined with ` | `, numbers in full).
 *
 * @param fields - the columns, in order
 * @param rows - the row ids, in order
 * @example tableCsv(fields, rows).startsWith('\uFEFFid,label') // → true
 */
export function tableCsv(fields: readonly TableField[], rows: readonly string[]): string {
  const lines = [formatCsvRow(fields.map((f) => f.title))];
  for (const row of rows) lines.push(formatCsvRow(fields.map((f) => cellText(f.value(row)))));
  return UTF8_BOM + lines.map((l) => l + '\r\n').join('');
}

/**
 * The rows a virtualised list draws: the visible window plus `overscan` rows either side.
 *
 * @param scrollTop - pixels scrolled
 * @param viewport - visible height, px
 * @param rowHeight - height of one row, px
 * @param count - number of rows
 * @param overscan - extra rows drawn above and below
 * @returns first row (inclusive) and last row (exclusive)
 */
export function visibleWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 8): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}

/** Measures cheap enough for a table column on any graph (one pass over the ties). */
const CHEAP_MEASURES = new Set(['metric:degree', 'metric:component']);

/**
 * The node table's columns: every attribute, and every measure on graphs up to
 * `SLOW_MEASURES_MAX_NODES` nodes; on larger graphs the cheap measures and those already computed
 * (for colour, size or a filter) until every measure is asked for.
 */
export function tableNodeFields(fields: readonly NodeField[], order: number, computed: (id: string) => boolean, everyMeasure: boolean): NodeField[] {
  if (everyMeasure || order <= SLOW_MEASURES_MAX_NODES) return [...fields];
  return fields.filter((f) => f.source !== 'metric' || CHEAP_MEASURES.has(f.id) || computed(f.id.slice('metric:'.length)));
}
