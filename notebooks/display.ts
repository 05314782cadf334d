/**
 * Rich outputs for the ecograph notebooks (Deno kernel): HTML tables, inline SVG figures and the
 * "key numbers" record that `test/notebooks/notebooks.test.ts` compares with the CLI's JSON.
 *
 * Each function returns a *displayable*: an object with a `Symbol.for('Jupyter.display')` method
 * that returns a MIME bundle. The Deno kernel shows it when it is the last value of a cell, or at
 * any point with `await Deno.jupyter.display(value)`. Nothing here uses Deno-only APIs, so the
 * module also type-checks under the project's tsconfig.
 */

/** A MIME bundle, as Jupyter's `display_data` carries it. */
export type MimeBundle = Record<string, unknown>;

/** An object the Deno kernel displays through its MIME bundle. */
export interface Displayable {
  [key: symbol]: () => MimeBundle;
}

/** The MIME type of the key-numbers record (frontends ignore it and show the HTML beside it). */
export const KEY_NUMBERS_MIME = 'application/vnd.ecograph.key-numbers+json';

const DISPLAY = Symbol.for('Jupyter.display');

function displayable(bundle: MimeBundle): Displayable {
  return { [DISPLAY]: () => bundle };
}

/**
 * Escapes text for HTML element content and attribute values: data is always shown as text.
 *
 * @param text - any text, e.g. a node label
 * @example
 * escapeHtml('<img onerror=…>'); // '&lt;img onerror=…&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Formats a table cell: integers as they are, other numbers to 6 significant digits (as the CLI's
 * tables), lists joined with commas, null and undefined empty.
 *
 * @param value - a row field
 * @example
 * formatCell(0.5317086834733893); // '0.531709'
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  }
  if (Array.isArray(value)) return value.map(formatCell).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A column of {@link table}: the row field, its heading and an optional formatter. */
export interface Column<Row> {
  key: keyof Row & string;
  label?: string;
  format?: (value: unknown, row: Row) => string;
}

export interface TableOptions<Row> {
  /** Columns in order; default: the fields of the first row. */
  columns?: readonly (Column<Row> | (keyof Row & string))[];
  /** Show at most this many rows (the caption says how many were left out); default 10. */
  limit?: number;
  caption?: string;
}

/**
 * An HTML table (with a plain-text twin) of row objects, numbers right-aligned.
 *
 * @param rows - the rows, already sorted
 * @param options - columns, row limit (default 10) and caption
 * @returns a displayable table
 * @see {@link formatCell} for how values are written
 * @example
 * table(rows, { columns: ['label', { key: 'betweenness', label: 'betweenness' }], limit: 5 })
 */
export function table<Row extends object>(rows: readonly Row[], options: TableOptions<Row> = {}): Displayable {
  const limit = options.limit ?? 10;
  const first = (rows[0] ?? {}) as Row;
  const columns: Column<Row>[] = (options.columns ?? (Object.keys(first) as (keyof Row & string)[])).map((c) =>
    typeof c === 'string' ? { key: c } : c,
  );
  const shown = rows.slice(0, limit);
  const cell = (c: Column<Row>, row: Row) => {
    const value = (row as Record<string, unknown>)[c.key];
    return c.format ? c.format(value, row) : formatCell(value);
  };
  const numeric = (c: Column<Row>) => shown.length > 0 && shown.every((r) => typeof (r as Record<string, unknown>)[c.key] === 'number');
  const align = columns.map((c) => (numeric(c) ? ' style="text-align:right"' : ' style="text-align:left"'));
  const more = rows.length > shown.length ? `${shown.length} of ${rows.length} rows` : '';
  const caption = [options.caption ?? '', more].filter((s) => s !== '').join(' — ');
  const html = [
    '<table>',
    caption === '' ? '' : `<caption style="text-align:left">${escapeHtml(caption)}</caption>`,
    `<thead><tr>${columns.map((c, i) => `<th${align[i]}>${escapeHtml(c.label ?? c.key)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...shown.map((row) => `<tr>${columns.map((c, i) => `<td${align[i]}>${escapeHtml(cell(c, row))}</td>`).join('')}</tr>`),
    '</tbody></table>',
  ].join('\n');
  const plain = [
    ...(caption === '' ? [] : [caption]),
    columns.map((c) => c.label ?? c.key).join('\t'),
    ...shown.map((row) => columns.map((c) => cell(c, row)).join('\t')),
  ].join('\n');
  return displayable({ 'text/html': html, 'text/plain': plain });
}

/**
 * An SVG figure shown inline (frontends draw `image/svg+xml` as an image, so several figures never
 * clash over element ids).
 *
 * @param svg - the SVG text, e.g. `networkFigure(…).svg` or `await embedFigureFonts(svg)`
 * @see `writeFigure` in `src/figures/export.ts` for self-contained SVG, PNG and PDF files
 * @example
 * figure(treeFigure(graph, 'nippon-gakki', figureTextMeasurer()).svg)
 */
export function figure(svg: string): Displayable {
  // Without the XML declaration: it is not allowed inside HTML, where notebook viewers and
  // `jupyter nbconvert --to html` put the SVG.
  const inline = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  return displayable({ 'image/svg+xml': inline, 'text/plain': `[SVG figure, ${inline.length} characters]` });
}

/**
 * The numbers a notebook's conclusions rest on, shown as a small table and recorded as JSON under
 * {@link KEY_NUMBERS_MIME}, where the notebook test reads them and compares them with
 * `ecograph … --format json` on the same graph.
 *
 * @param name - what the numbers describe, unique within the notebook (e.g. `kyoto-brokers`)
 * @param values - JSON-serialisable values
 * @see `test/notebooks/notebooks.test.ts`, which reads them
 * @example
 * keyNumbers('kyoto-summary', { nodes: graph.order, edges: graph.size })
 */
export function keyNumbers(name: string, values: Record<string, unknown>): Displayable {
  const rows = Object.entries(values)
    .map(([k, v]) => `<tr><th style="text-align:left">${escapeHtml(k)}</th><td style="text-align:left">${escapeHtml(formatCell(v))}</td></tr>`)
    .join('');
  return displayable({
    'text/html': `<table><caption style="text-align:left">Key numbers: ${escapeHtml(name)}</caption><tbody>${rows}</tbody></table>`,
    'text/plain': `${name}: ${JSON.stringify(values)}`,
    [KEY_NUMBERS_MIME]: { name, values },
  });
}

/** The MIME type of the text-files record written by {@link textFiles}. */
export const TEXT_FILES_MIME = 'application/vnd.ecograph.text-files+json';

/**
 * Small text files (e.g. a CSV pair a notebook writes) shown one after another, each under its
 * name, and recorded as JSON under {@link TEXT_FILES_MIME} so the notebook test can rebuild them.
 *
 * @param name - what the files are, unique within the notebook (e.g. `byod-good`)
 * @param files - file name → text
 * @example
 * textFiles('byod-good', { 'nodes.csv': nodesCsv, 'edges.csv': edgesCsv })
 */
export function textFiles(name: string, files: Record<string, string>): Displayable {
  const html = Object.entries(files)
    .map(([file, text]) => `<p><code>${escapeHtml(file)}</code></p><pre>${escapeHtml(text)}</pre>`)
    .join('\n');
  const plain = Object.entries(files)
    .map(([file, text]) => `--- ${file}\n${text}`)
    .join('\n');
  return displayable({ 'text/html': html, 'text/plain': plain, [TEXT_FILES_MIME]: { name, files } });
}
