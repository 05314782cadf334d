/**
 * CSV syntax (RFC 4180 plus what spreadsheets write): quoted fields with commas, doubled quotes
 * and newlines, CRLF or LF line ends, `,`, `;` or a tab (TSV) as separator. Reports every malformed record
 * with its line instead of stopping at the first. The tokenizer is the incremental one of
 * `stream/csv-records.ts`; this module gives it whole texts and writes CSV.
 */
import type { Problem } from '../model/problems.js';
import { CsvRecordParser } from './stream/csv-records.js';

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

export interface CsvParse {
  records: CsvRecord[];
  problems: Problem[];
  separator: string;
}

/**
 * The records of a whole CSV text: the incremental tokenizer ({@link CsvRecordParser}) given the
 * text in one piece, so the whole-text and streaming readers share one set of rules and problems.
 *
 * @param text - the CSV text (a leading BOM is dropped)
 * @param file - its name, for problems
 * @returns the well-formed, non-blank records with their lines, the malformed ones as problems, and the separator
 * @example
 * parseCsv('id;label\na;"A; B"\n', 'nodes.csv').records[1]?.fields; // ['a', 'A; B']
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function parseCsv(text: string, file: string): CsvParse {
  const records: CsvRecord[] = [];
  const parser = new CsvRecordParser(file, (fields, line) => records.push({ fields, line }));
  parser.push(text);
  parser.end();
  return { records, problems: parser.problems, separator: parser.separator ?? ',' };
}

/** One CSV field, quoted when it must be. */
export function formatCsvField(value: string): string {
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (without the line end). */
export function formatCsvRow(fields: readonly string[]): string {
  return fields.map(formatCsvField).join(',');
}
