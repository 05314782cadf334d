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
 * Receives a record none of whose fields is quoted (and that is not blank), as ranges of a text
 * instead of strings: field k is `text[bounds[2k], bounds[2k + 1])` for k below `count` (`bounds`
 * is reused by the next record).
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
   * When set, records without a quote go here instead of to the record handler (no string is made
   * for their fields); a record with a quote still goes to the record handler, and a blank line to
   * neither. May be set by the record handler (after the header, say).
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
    if (this.carry.length > 0) {
      // A chunk joined whole to the unfinished record carried over would be copied (the joined
      // string is flattened when read): only the chunk's first line is joined to it, and the rest
      // is read where it stands. The records are the same however the text is cut.
      const lineEnd = text.indexOf('\n') + 1;
      if (lineEnd > 0 && lineEnd < text.length) {
        this.read(text.slice(0, lineEnd));
        this.read(text.slice(lineEnd));
        return;
      }
    }
    this.read(text);
  }

  /** {@link CsvRecordParser.push} of a text read as one piece. */
  private read(text: string): void {
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

  /**
   * Where the next line feed, carriage return, quote and separator stand in the carried text, at
   * or after the record being read (the text's length when there is none): each is searched for
   * again only once the reading has passed it, so a text is searched through once for each of them.
   */
  private nextLineFeed = -1;
  private nextReturn = -1;
  private nextQuote = -1;
  private nextSeparator = -1;

  /** Parses complete records from the carried text; keeps an unfinished last record unless `final`. */
  private parse(final: boolean): void {
    const text = this.carry;
    const n = text.length;
    const sep = this.sep;
    const file = this.file;
    this.nextLineFeed = this.nextReturn = this.nextQuote = this.nextSeparator = -1;
    let i = 0;
    let line = this.line;
    let consumed = 0;
    let consumedLine = line;
    record: while (i < n) {
      if (this.onRanges !== undefined) {
        // records without quotes, their fields as ranges (the general loop below reads the others the same way)
        this.line = line;
        i = consumed = this.rangeRecords(text, i, final);
        line = consumedLine = this.line;
        if (i >= n) break;
      }
      const start = line;
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

  /**
   * Hands the records from `i` on to {@link CsvRecordParser.onRanges} while they have no quote
   * (skipping blank lines), finding line ends, quotes and separators by `indexOf` (a search in
   * native code, fast before the optimising compiler has seen this function) instead of one
   * character at a time. Stops at the first record with a quote, or that the text does not finish
   * (unless `final`), and returns where it starts; advances `this.line`.
   */
  private rangeRecords(text: string, i: number, final: boolean): number {
    const onRanges = this.onRanges!;
    const n = text.length;
    const separator = String.fromCharCode(this.sep);
    let bounds = this.bounds;
    let line = this.line;
    while (i < n) {
      if (this.nextLineFeed < i) this.nextLineFeed = indexOrLength(text, '\n', i);
      if (this.nextReturn < i) this.nextReturn = indexOrLength(text, '\r', i);
      if (this.nextQuote < i) this.nextQuote = indexOrLength(text, '"', i);
      // a record ends at a line feed or a carriage return (a CR LF pair, or a CR alone)
      const end = Math.min(this.nextLineFeed, this.nextReturn);
      if (this.nextQuote < end) break; // a quoted field: read by the general loop
      if (end === n && !final) break; // the record goes on in the next chunk
      let after = end;
      let nextLine = line;
      if (after < n && text.charCodeAt(after) === CR) {
        after++;
        if (after >= n && !final) break; // an LF may follow in the next chunk
      }
      if (after < n && text.charCodeAt(after) === LF) {
        after++;
        nextLine++;
      }
      let count = 0;
      let from = i;
      while (true) {
        if (this.nextSeparator < from) this.nextSeparator = indexOrLength(text, separator, from);
        const to = this.nextSeparator < end ? this.nextSeparator : end;
        if (2 * count + 2 > bounds.length) {
          const wider = new Int32Array(2 * bounds.length);
          wider.set(bounds);
          this.bounds = bounds = wider;
        }
        bounds[2 * count] = from;
        bounds[2 * count + 1] = to;
        count++;
        if (to === end) break;
        from = to + 1;
      }
      if (count > 1 || !isBlank(text, i, end)) onRanges(text, bounds, count, line);
      i = after;
      line = nextLine;
    }
    this.line = line;
    return i;
  }
}

/** Whether `text[start, end)` is empty or white space only (as `trim` sees it), without a slice for a field that starts with a visible ASCII character. */
function isBlank(text: string, start: number, end: number): boolean {
  if (start === end) return true;
  const c = text.charCodeAt(start);
  return (c <= 32 || c >= 127) && text.slice(start, end).trim() === '';
}

/** Where `search` first stands in `text` at or after `from`, or the text's length when it does not. */
function indexOrLength(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}
