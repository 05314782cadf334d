/**
 * Output of tabular results in the three formats every analysis command offers: an aligned text
 * table for people, JSON for programs, CSV for spreadsheets. Written to stdout or, with
 * `--output`, atomically to a file, whose extension picks the format when `--format` is not given.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { formatCsvRow } from '../io/csv-syntax.js';
import { UsageError, type CommandIO, type CommandSpec, type OptionSpec, type ParsedArgs } from './command.js';

export type OutputFormat = 'table' | 'json' | 'csv';

/** Tables are fitted to this many columns: long text cells are shortened with an ellipsis. */
export const TABLE_WIDTH = 120;

/** Numbers smaller than this in absolute value print as 0 in tables (JSON and CSV keep them). */
export const TABLE_ZERO = 1e-12;

/** The shared `--format` option. */
export const formatOption = {
  type: 'string',
  short: 'f',
  choices: ['table', 'json', 'csv'],
  default: 'table',
  description: `output format; a table has an id column and fits ${TABLE_WIDTH} columns (long text shortened with …; --format csv keeps it whole); default: from the extension of -o (.csv, .json), else table`,
} as const satisfies OptionSpec;

/** The shared `--output` option. */
export const outputOption = {
  type: 'string',
  short: 'o',
  valueName: 'FILE',
  description: 'write to FILE (atomically) instead of standard output; FILE.csv and FILE.json pick the format',
} as const satisfies OptionSpec;

/** The output format a file name implies: `.csv`, `.json`, `.txt` (table); undefined for any other. */
export function formatOfOutput(path: string): OutputFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : ext === '.txt' ? 'table' : undefined;
}

/**
 * Refuses an `--output` that is a directory, with one line that says what to give instead.
 *
 * @throws UsageError when `path` is an existing directory or ends in a path separator
 */
export function checkOutputFile(path: string, flag = '-o'): void {
  let isDirectory = /[\\/]$/.test(path);
  try {
    isDirectory ||= statSync(path).isDirectory();
  } catch {
    // not there yet: it will be created
  }
  if (isDirectory) throw new UsageError(`${flag} ${path} is a directory: give a file name, e.g. ${path.replace(/[\\/]+$/, '')}/result.csv`);
}

/**
 * Settles `--format` from `--output` for a command with the shared {@link formatOption} and
 * {@link outputOption}: without `--format`, the extension of the output file picks it (`.csv`,
 * `.json`; `.txt` or any other: table); with both, a contradiction (`-o c.csv --format json`) is
 * refused. A directory as output is refused too. Commands without these options are left alone.
 *
 * @param spec - the command's declaration
 * @param args - its parsed arguments (`options.format` is updated in place)
 * @param given - the options given on the command line (not filled in from defaults)
 * @throws UsageError on a contradiction or a directory
 * @example
 * settleOutputFormat(spec, args, new Set(['output'])); // args.options.format: 'csv' for -o c.csv
 */
export function settleOutputFormat(spec: CommandSpec<Record<string, OptionSpec>>, args: ParsedArgs<Record<string, OptionSpec>>, given: ReadonlySet<string>): void {
  const formatSpec = spec.options.format;
  const outputSpec = spec.options.output;
  // only the shared -o of a command's own output (table, CSV, JSON); commands whose -o writes a graph
  // file or a figure (ego, project, annotate, figure, generate) pick that file's format themselves
  if (!formatSpec || outputSpec !== outputOption) return;
  const options = args.options as Record<string, unknown>;
  const output = options.output;
  if (typeof output !== 'string') return;
  checkOutputFile(output);
  const implied = formatOfOutput(output);
  if (implied === undefined || !formatSpec.choices?.includes(implied)) return;
  if (!given.has('format')) options.format = implied;
  else if (options.format !== implied)
    throw new UsageError(
      `-o ${output} names a ${extname(output)} file but --format is ${String(options.format)}: leave out --format, or name the file with ${options.format === 'table' ? '.txt' : `.${String(options.format)}`}`,
    );
}

export interface Column<R> {
  header: string;
  value: (row: R) => unknown;
  /** Right-align (numbers). */
  numeric?: boolean;
  /** Never shortened to fit the table's width (ids, which are typed back into commands). */
  whole?: boolean;
  /** Shortened to no fewer than this many columns (default: the header's width, at least 8). */
  minWidth?: number;
}

function cell(value: unknown, forTable: boolean, digits = 6): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (forTable && Math.abs(value) < TABLE_ZERO) return '0';
    if (!forTable || Number.isInteger(value)) return String(value);
    return Number.isFinite(value) ? value.toPrecision(digits).replace(/\.?0+$/, '').replace(/\.?0+e/, 'e') : String(value);
  }
  if (Array.isArray(value)) return value.join(forTable ? ', ' : ' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Whether a code point takes two terminal columns (CJK ideographs, kana, Hangul, full-width forms). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * Terminal columns a text takes: two for each wide (CJK) character, one for the others.
 *
 * @example
 * displayWidth('京都大学'); // 8
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

/**
 * A text shortened to at most `width` terminal columns, marked with a closing ellipsis; cut after
 * a whole word when one ends in the last third of the room.
 *
 * @example
 * shorten('Kyoto Research Park Corporation', 20); // 'Kyoto Research Park…'
 */
export function shorten(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  let kept = '';
  let used = 0;
  for (const ch of text) {
    const w = isWide(ch.codePointAt(0)!) ? 2 : 1;
    if (used + w > width - 1) break;
    kept += ch;
    used += w;
  }
  // mid-word (the next character goes on with the word): back up to the last word's end if near
  const midWord = /^[\p{L}\p{N}]/u.test(text.slice(kept.length)) && /[\p{L}\p{N}]$/u.test(kept);
  const space = kept.lastIndexOf(' ');
  if (midWord && space > 0 && space >= (kept.length * 2) / 3) kept = kept.slice(0, space);
  return kept.replace(/[\s,;:–-]+$/u, '') + '…';
}

function pad(text: string, width: number, right: boolean): string {
  const room = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? room + text : text + room;
}

/**
 * Column widths that fit `maxWidth`: the widest text columns give up room first, down to their
 * floor; numeric columns keep theirs, and whole columns too unless `wholeToo` (the last resort).
 */
function fittedWidths<R>(columns: readonly Column<R>[], natural: number[], maxWidth: number, wholeToo = false): number[] {
  const widths = [...natural];
  // the last resort: other text columns down to their header (at least 8) before whole ones
  const floor = (i: number) => Math.max(displayWidth(columns[i]!.header), wholeToo ? 8 : (columns[i]!.minWidth ?? 8));
  const others = (i: number) => !columns[i]!.numeric && !columns[i]!.whole && widths[i]! > floor(i);
  const shrinkable = (i: number) =>
    !columns[i]!.numeric && widths[i]! > floor(i) && (!columns[i]!.whole || (wholeToo && !columns.some((_c, j) => others(j))));
  while (lineWidth(widths) > maxWidth) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (shrinkable(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break; // nothing left to shorten
    widths[widest]!--;
  }
  return widths;
}

const lineWidth = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);

/**
 * Splits a table too wide for `maxWidth` into blocks of columns printed one below the other, as R
 * prints a wide data frame: each block repeats the leading whole columns (the ids) and takes the
 * other columns in order while they fit (text columns counted at no more than 24 characters, since
 * the table shortens them).
 */
function columnBlocks<R>(columns: readonly Column<R>[], natural: readonly number[], maxWidth: number): Column<R>[][] {
  let keys = 0;
  while (keys < columns.length && columns[keys]!.whole) keys++;
  if (keys === 0 || keys === columns.length) return [[...columns]];
  const width = (i: number) => (columns[i]!.numeric ? natural[i]! : Math.min(natural[i]!, 24));
  const keyWidth = columns.slice(0, keys).reduce((sum, _c, i) => sum + natural[i]! + 2, 0);
  const blocks: Column<R>[][] = [];
  let block: Column<R>[] = [];
  let used = keyWidth;
  for (let i = keys; i < columns.length; i++) {
    if (block.length > 0 && used + width(i) > maxWidth) {
      blocks.push([...columns.slice(0, keys), ...block]);
      block = [];
      used = keyWidth;
    }
    block.push(columns[i]!);
    used += width(i) + 2;
  }
  blocks.push([...columns.slice(0, keys), ...block]);
  return blocks;
}

/**
 * An aligned text table under a rule: numbers right-aligned with six significant digits (below
 * {@link TABLE_ZERO} in absolute value: 0), fitted to `maxWidth` terminal columns: first the
 * longest text cells are shortened with an ellipsis, then numbers are rounded to five or four
 * significant digits; ids and other whole columns are shortened only when nothing else is left,
 * and a line under the table then says so. A table that still does not fit is printed as blocks
 * of columns, each led by the whole columns (see columnBlocks).
 *
 * @param columns - headers and cell values
 * @param rows - one table row each
 * @param maxWidth - the widest a line may be (default {@link TABLE_WIDTH})
 */
export function renderTable<R>(columns: readonly Column<R>[], rows: readonly R[], maxWidth: number = TABLE_WIDTH): string {
  let cells: string[][] = [];
  let natural: number[] = [];
  let widths: number[] = [];
  for (const digits of [6, 5, 4]) {
    cells = rows.map((r) => columns.map((c) => cell(c.value(r), true, digits)));
    natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i]!))));
    widths = fittedWidths(columns, natural, maxWidth);
    if (lineWidth(widths) <= maxWidth) break;
  }
  if (lineWidth(widths) > maxWidth) {
    const blocks = columnBlocks(columns, natural, maxWidth);
    if (blocks.length > 1) return blocks.map((block) => renderTable(block, rows, maxWidth)).join('\n');
    widths = fittedWidths(columns, natural, maxWidth, true);
  }
  const cut = columns.filter((c, i) => c.whole && widths[i]! < natural[i]!).map((c) => c.header);
  const fmt = (values: string[]) =>
    values
      .map((v, i) => pad(columns[i]!.numeric ? v : shorten(v, widths[i]!), widths[i]!, columns[i]!.numeric === true))
      .join('  ')
      .trimEnd();
  const lines = [fmt(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(fmt)];
  if (cut.length > 0) lines.push(`(${cut.join(', ')} cut short with … to fit ${maxWidth} columns; --format csv shows them whole)`);
  return lines.join('\n') + '\n';
}

export function renderCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return [formatCsvRow(columns.map((c) => c.header)), ...rows.map((r) => formatCsvRow(columns.map((c) => cell(c.value(r), false))))].join('\n') + '\n';
}

/** Writes a result: JSON as given, or the rows as a table or CSV. */
export async function emit<R>(
  io: CommandIO,
  options: { format: string; output?: string | undefined },
  result: { json: unknown; columns: readonly Column<R>[]; rows: readonly R[]; title?: string },
): Promise<void> {
  let text: string;
  if (options.format === 'json') text = JSON.stringify(result.json, null, 2) + '\n';
  else if (options.format === 'csv') text = renderCsv(result.columns, result.rows);
  else text = (result.title ? result.title + '\n\n' : '') + renderTable(result.columns, result.rows);
  if (options.output) {
    checkOutputFile(options.output);
    // imported when a file is written: printing to stdout does not load it
    const { writeFileAtomic } = await import('../io/atomic-write.js');
    await writeFileAtomic(options.output, text);
  }
  else io.stdout(text);
}
