/**
 * Output of tabular results in the three formats every analysis command offers: an aligned text
 * table for people, JSON for programs, CSV for spreadsheets. Written to stdout or, with
 * `--output`, atomically to a file.
 */
import { writeFileAtomic } from '../io/atomic-write.js';
import { formatCsvRow } from '../io/csv-syntax.js';
import type { CommandIO, OptionSpec } from './command.js';

export type OutputFormat = 'table' | 'json' | 'csv';

/** The shared `--format` option. */
export const formatOption = {
  type: 'string',
  short: 'f',
  choices: ['table', 'json', 'csv'],
  default: 'table',
  description: 'output format',
} as const satisfies OptionSpec;

/** The shared `--output` option. */
export const outputOption = {
  type: 'string',
  short: 'o',
  valueName: 'FILE',
  description: 'write to FILE (atomically) instead of standard output',
} as const satisfies OptionSpec;

export interface Column<R> {
  header: string;
  value: (row: R) => unknown;
  /** Right-align (numbers). */
  numeric?: boolean;
}

function cell(value: unknown, forTable: boolean): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (!forTable || Number.isInteger(value)) return String(value);
    return Number.isFinite(value) ? value.toPrecision(6).replace(/\.?0+$/, '').replace(/\.?0+e/, 'e') : String(value);
  }
  if (Array.isArray(value)) return value.join(forTable ? ', ' : ' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function renderTable<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const cells = rows.map((r) => columns.map((c) => cell(c.value(r), true)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const fmt = (values: string[]) =>
    values
      .map((v, i) => (columns[i]!.numeric ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(fmt)].join('\n') + '\n';
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
  if (options.output) await writeFileAtomic(options.output, text);
  else io.stdout(text);
}
