/**
 * The CSV tokenizer of both routes: the records of a text given in chunks (RFC 4180 plus what
 * spreadsheets write: quoted fields with commas, doubled quotes and newlines, CRLF or LF line
 * ends, `,`, `;` or a tab chosen from the header line), every malformed record reported with its line and
 * field. Only the unfinished last record of a chunk is carried over to the next one; `parseCsv`
 * gives it a whole text in one chunk.
 *
 * Browser-safe: no Node imports.
 */
import { problem, type Problem } from '../../model/problems.js';

/** Receives each well-formed, non-blank record with the 1-based line it starts on. */
export type CsvRecordHandler = (fields: string[], line: number) => void;

/**
 * Receives a record of two or more fields none of which is quoted, as ranges of a text instead of
 * strings: field k is `text[bounds[2k], bounds[2k + 1])` for k below `count` (`bounds` is reused
 * by the next record).
 */
export type CsvRangeHandler = (text: string, bounds: Int32Array, count: number, line: number) => void;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A push parser: feed it text chunks with {@link CsvRecordParser.push}, then call
 * {@link CsvRecordParser.end}. Problems (malformed quotes) collect in `problems`.
 *
 * @example
 * const parser = new CsvRecordParser('eco/nodes.csv', (fields, line) => rows.push({ fields, line }));
 * for await (const text of readTextChunks(path, path)) parser.push(text);
 * parser.end();
 * @see parseCsv in `src/io/csv-syntax.ts`, which gives it whole texts
 */
export class CsvRecordParser {
  readonly problems: Problem[] = [];
  private carry = '';
  private line = 1;
  private sep = -1;
  private first = true;
  private bomChecked = false;
  private bounds = new Int32Array(16);

  /**
   * When set, records of two or more unquoted fields go here instead of to the record handler (no
   * string is made for their fields); a record with a quote, and a record of one field, still go
   * to the record handler. May be set by the record handler (after the header, say).
   */
  onRanges: CsvRangeHandler | undefined;

  constructor(
    private readonly file: string,
    private readonly onRecord: CsvRecordHandler,
  ) {}

  /** The separator (`,`, `;` or a tab), once the header line has been seen. */
  get separator(): string | undefined {
    return this.sep < 0 ? undefined : String.fromCharCode(this.sep);
  }

  push(text: string): void {
    this.carry = this.carry.length === 0 ? text : this.carry + text;
    if (this.first) {
      this.stripBom();
      const end = this.carry.search(/\r?\n/);
      if (end < 0) return; // the header line is not complete yet
      this.detect(end);
    }
    this.parse(false);
  }

  end(): void {
    if (this.first) {
      this.stripBom();
      const end = this.carry.search(/\r?\n/);
      this.detect(end >= 0 ? end : this.carry.length);
    }
    this.parse(true);
    this.carry = '';
  }

  /** One text BOM at the very start is dropped, as `readCsv` does. */
  private stripBom(): void {
    if (this.bomChecked || this.carry.length === 0) return;
    if (this.carry.charCodeAt(0) === 0xfeff) this.carry = this.carry.slice(1);
    this.bomChecked = true;
  }

  private detect(end: number): void {
    const header = this.carry.slice(0, end);
    this.sep = header.includes(',') ? 44 : header.includes(';') ? 59 : header.includes('\t') ? 9 : 44;
    this.first = false;
  }

  /** Parses complete records from the carried text; keeps an unfinished last record unless `final`. */
  private parse(final: boolean): void {
    const text = this.carry;
    const n = text.length;
    const sep = this.sep;
    const file = this.file;
    let i = 0;
    let line = this.line;
    let consumed = 0;
    let consumedLine = line;
    record: while (i < n) {
      const start = line;
      if (this.onRanges !== undefined) {
        // a record without quotes, its fields as ranges (the general loop below reads the others the same way)
        let bounds = this.bounds;
        let count = 0;
        let j = i;
        let from = j;
        let quoted = false;
        let next = line;
        while (true) {
          let c = -1;
          while (j < n) {
            c = text.charCodeAt(j);
            if (c === sep || c === LF || c === CR || c === QUOTE) break;
            j++;
          }
          if (c === QUOTE && j < n) {
            quoted = true;
            break;
          }
          if (j >= n && !final) break record;
          if (2 * count + 2 > bounds.length) {
            const wider = new Int32Array(2 * bounds.length);
            wider.set(bounds);
            this.bounds = bounds = wider;
          }
          bounds[2 * count] = from;
          bounds[2 * count + 1] = j;
          count++;
          if (j < n && text.charCodeAt(j) === sep) {
            from = ++j;
            continue;
          }
          if (j < n && text.charCodeAt(j) === CR) {
            j++;
            if (j >= n && !final) break record;
          }
          if (j < n && text.charCodeAt(j) === LF) {
            j++;
            next++;
          }
          break;
        }
        if (!quoted && count >= 2) {
          i = consumed = j;
          line = consumedLine = next;
          this.onRanges(text, bounds, count, start);
          continue;
        }
      }
      const fields: string[] = [];
      let problems: Problem[] | undefined;
      let bad = false;
      while (true) {
        let value: string;
        if (text.charCodeAt(i) === QUOTE) {
          const quoteLine = line;
          i++;
          let closed = false;
          let from = i;
          value = '';
          while (i < n) {
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
              if (i + 1 >= n && !final) break record; // a doubled quote may straddle the chunk end
              if (text.charCodeAt(i + 1) === QUOTE) {
                value += text.slice(from, i + 1);
                i += 2;
                from = i;
                continue;
              }
              value += text.slice(from, i);
              i++;
              closed = true;
              break;
            }
            if (c === LF) line++;
            i++;
          }
          if (!closed) {
            if (!final) break record;
            value += text.slice(from, i);
            (problems ??= []).push(problem('error', 'csv-quote', `quoted field opened on line ${quoteLine} is never closed`, { file, line: quoteLine, column: fields.length + 1 }));
            bad = true;
            i = n;
          } else if (i < n) {
            const c = text.charCodeAt(i);
            if (c !== sep && c !== LF && c !== CR) {
              (problems ??= []).push(problem('error', 'csv-quote', `unexpected text after a closing quote in field ${fields.length + 1}`, { file, line, column: fields.length + 1 }));
              bad = true;
              while (i < n && text.charCodeAt(i) !== sep && text.charCodeAt(i) !== LF) i++;
              if (i >= n && !final) break record;
            }
          } else if (!final) break record;
        } else {
          const from = i;
          while (i < n) {
            const c = text.charCodeAt(i);
            if (c === sep || c === LF || c === CR) break;
            if (c === QUOTE && !bad) {
              (problems ??= []).push(problem('error', 'csv-quote', `a quote inside unquoted field ${fields.length + 1} (quote the whole field and double inner quotes)`, { file, line, column: fields.length + 1 }));
              bad = true;
            }
            i++;
          }
          if (i >= n && !final) break record;
          value = text.slice(from, i);
        }
        fields.push(value);
        if (i < n && text.charCodeAt(i) === sep) {
          i++;
          continue;
        }
        if (i < n && text.charCodeAt(i) === CR) {
          i++;
          if (i >= n && !final) break record; // an LF may follow in the next chunk
        }
        if (i < n && text.charCodeAt(i) === LF) {
          i++;
          line++;
        }
        break;
      }
      consumed = i;
      consumedLine = line;
      if (problems) this.problems.push(...problems);
      const blank = fields.length === 1 && fields[0]!.trim() === '';
      if (!bad && !blank) this.onRecord(fields, start);
    }
    if (i >= n && (final || consumed === n)) {
      consumed = n;
      consumedLine = line;
    }
    this.carry = consumed >= n ? '' : text.slice(consumed);
    this.line = consumedLine;
  }
}
