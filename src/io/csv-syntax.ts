/**
 * CSV syntax (RFC 4180 plus what spreadsheets write): quoted fields with commas, doubled quotes
 * and newlines, CRLF or LF line ends, `,` or `;` as separator. Reports every malformed record
 * with its line instead of stopping at the first.
 */
import { problem, type Problem } from '../model/problems.js';

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

/** Guesses the separator from the header line: `;` only when it has no comma but has semicolons. */
function detectSeparator(text: string): string {
  const end = text.search(/\r?\n/);
  const header = end >= 0 ? text.slice(0, end) : text;
  return !header.includes(',') && header.includes(';') ? ';' : ',';
}

export function parseCsv(text: string, file: string): CsvParse {
  const sep = detectSeparator(text);
  const records: CsvRecord[] = [];
  const problems: Problem[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let bad = false;
    // one record
    while (true) {
      let value = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        if (!closed) {
          problems.push(problem('error', 'csv-quote', `quoted field opened on line ${quoteLine} is never closed`, { file, line: quoteLine, column: fields.length + 1 }));
          bad = true;
          i = n;
        } else if (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') {
          problems.push(problem('error', 'csv-quote', `unexpected text after a closing quote in field ${fields.length + 1}`, { file, line, column: fields.length + 1 }));
          bad = true;
          while (i < n && text[i] !== sep && text[i] !== '\n') i++;
        }
      } else {
        while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"' && !bad) {
            problems.push(problem('error', 'csv-quote', `a quote inside unquoted field ${fields.length + 1} (quote the whole field and double inner quotes)`, { file, line, column: fields.length + 1 }));
            bad = true;
          }
          value += text[i];
          i++;
        }
      }
      fields.push(value);
      if (i < n && text[i] === sep) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    const blank = fields.length === 1 && fields[0]!.trim() === '';
    if (!bad && !blank) records.push({ fields, line: start });
  }
  return { records, problems, separator: sep };
}

/** One CSV field, quoted when it must be. */
export function formatCsvField(value: string): string {
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (without the line end). */
export function formatCsvRow(fields: readonly string[]): string {
  return fields.map(formatCsvField).join(',');
}
