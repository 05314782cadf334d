/**
 * Native JSON, incrementally: a structural scanner over the top-level object that hands over each
 * top-level value and each element of the `nodes` and `edges` arrays as soon as its text is
 * complete, with the line and column it starts at. Only the unfinished token at the end of a chunk
 * is carried over, so the text is never held whole.
 *
 * Any valid JSON layout is read (one element per line, as `writeJson` writes, or anything else);
 * each element's text is given to `JSON.parse`, which checks its syntax. The scanner itself checks
 * the top-level punctuation. A syntax error stops the scan with a problem naming its line and
 * column.
 */
import { problem, type Problem } from '../../model/problems.js';

/** What the scanner reports. */
export interface JsonElementHandlers {
  /** A top-level key's value (other than the `nodes` / `edges` arrays, whose elements come one by one). */
  value(key: string, value: unknown, line: number, column: number): void;
  /** The start of the array of `nodes` or `edges`. */
  arrayStart?(key: string): void;
  /** One element of the `nodes` or `edges` array, with its position in the array. */
  element(key: 'nodes' | 'edges', value: unknown, position: number, line: number, column: number): void;
  /**
   * A plain element of the `nodes` array, read without `JSON.parse` (given instead of `element`
   * when this handler is present): an object on one line whose keys are `key`, `id` or
   * `attributes`, with string ids and `attributes` holding at most a string `label`. Strings
   * with escapes, other keys or values, and anything else go to `element`.
   *
   * @param id - `key`, else `id`
   * @param label - `attributes.label`, when given
   */
  plainNode?(id: string, label: string | undefined, position: number, line: number, column: number): void;
  /**
   * A plain element of the `edges` array, read without `JSON.parse` (given instead of `element`
   * when this handler is present): an object on one line whose keys are `key`, `id`, `source`,
   * `target`, `undirected` or `attributes`, with string ids, a boolean `undirected` and an empty
   * `attributes` object. Anything else goes to `element`.
   *
   * @param key - `key`, else `id`, when given
   * @param undirected - `undirected`, when given
   */
  plainEdge?(key: string | undefined, source: string, target: string, undirected: boolean | undefined, position: number, line: number, column: number): void;
}

/** The fields of a plain element, filled by {@link plainElementEnd}. */
interface PlainFields {
  key: string | undefined;
  id: string | undefined;
  source: string | undefined;
  target: string | undefined;
  undirected: boolean | undefined;
  label: string | undefined;
}

/** The keys a plain node may have (an edge may also have `source`, `target` and `undirected`). */
const PLAIN_NODE_NAMES: readonly string[] = ['key', 'id', 'attributes'];

/** Index after the spaces and tabs from `i` (a line end is not skipped: a plain element is on one line). */
function skipBlanks(b: string, i: number, n: number): number {
  while (i < n) {
    const c = b.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

/** End (after the closing quote) of a string at `i` without escapes or control characters, or -1. */
function plainStringEnd(b: string, i: number, n: number): number {
  if (b.charCodeAt(i) !== 34) return -1;
  for (let j = i + 1; j < n; j++) {
    const c = b.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92 || c < 32) return -1;
  }
  return -1;
}

/**
 * End (exclusive) of a plain node or edge element starting at `b[i] === '{'`, with its fields in
 * `out`; -1 when the element is not plain or not complete in `b` (the caller then scans it as any
 * JSON value, which also finds whether it is complete).
 */
function plainElementEnd(b: string, i: number, which: 'nodes' | 'edges', out: PlainFields): number {
  const n = b.length;
  out.key = out.id = out.source = out.target = out.label = undefined;
  out.undirected = undefined;
  let j = skipBlanks(b, i + 1, n);
  if (b.charCodeAt(j) === 125) return -1; // {} has no id: its problem comes from the general route
  while (true) {
    if (b.charCodeAt(j) !== 34) return -1;
    // the name, told by its first letter and checked whole
    const first = b.charCodeAt(j + 1);
    const name = first === 115 ? 'source' : first === 116 ? 'target' : first === 107 ? 'key' : first === 97 ? 'attributes' : first === 105 ? 'id' : first === 117 ? 'undirected' : undefined;
    if (name === undefined || (which === 'nodes' && !PLAIN_NODE_NAMES.includes(name)) || b.charCodeAt(j + name.length + 1) !== 34 || !b.startsWith(name, j + 1)) return -1;
    j = skipBlanks(b, j + name.length + 2, n);
    if (b.charCodeAt(j) !== 58) return -1;
    j = skipBlanks(b, j + 1, n);
    if (name === 'attributes') {
      if (b.charCodeAt(j) !== 123) return -1;
      j = skipBlanks(b, j + 1, n);
      let label: string | undefined;
      if (which === 'nodes' && b.startsWith('"label"', j)) {
        j = skipBlanks(b, j + 7, n);
        if (b.charCodeAt(j) !== 58) return -1;
        j = skipBlanks(b, j + 1, n);
        const end = plainStringEnd(b, j, n);
        if (end < 0) return -1;
        label = b.slice(j + 1, end - 1);
        j = skipBlanks(b, end, n);
      }
      if (b.charCodeAt(j) !== 125) return -1;
      out.label = label;
      j++;
    } else if (name === 'undirected') {
      if (b.startsWith('true', j)) {
        out.undirected = true;
        j += 4;
      } else if (b.startsWith('false', j)) {
        out.undirected = false;
        j += 5;
      } else return -1;
    } else {
      const end = plainStringEnd(b, j, n);
      if (end < 0) return -1;
      out[name as 'key' | 'id' | 'source' | 'target'] = b.slice(j + 1, end - 1);
      j = end;
    }
    j = skipBlanks(b, j, n);
    const c = b.charCodeAt(j);
    if (c === 125) return j + 1;
    if (c !== 44) return -1;
    j = skipBlanks(b, j + 1, n);
  }
}

/** Raised on a syntax error or a top level that is not an object; carries the problem (the scan stops there). */
export class JsonScanFailure extends Error {
  readonly problem: Problem;
  constructor(p: Problem) {
    super(p.message);
    this.name = 'JsonScanFailure';
    this.problem = p;
  }
}

type State = 'start' | 'key' | 'colon' | 'value' | 'element' | 'after-element' | 'after-value' | 'end';

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * End (exclusive) of the JSON value starting at `i`, or -1 when the text ends first (more may
 * come). Brackets are only counted and strings skipped: `JSON.parse` of the slice checks the rest.
 */
function valueEnd(b: string, i: number, final: boolean): number {
  const n = b.length;
  const c = b.charCodeAt(i);
  if (c === 34) {
    for (let j = i + 1; j < n; j++) {
      const d = b.charCodeAt(j);
      if (d === 92) j++;
      else if (d === 34) return j + 1;
    }
    return final ? n : -1;
  }
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j = i; j < n; j++) {
      const d = b.charCodeAt(j);
      if (d === 34) {
        j++;
        while (j < n) {
          const e = b.charCodeAt(j);
          if (e === 92) j += 2;
          else if (e === 34) break;
          else j++;
        }
        if (j >= n) return final ? n : -1;
      } else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return final ? n : -1;
  }
  if (c === 125 || c === 93 || c === 44 || c === 58) return i + 1; // not a value: JSON.parse says so
  let j = i;
  while (j < n) {
    const d = b.charCodeAt(j);
    if (isSpace(d) || d === 44 || d === 125 || d === 93) break;
    j++;
  }
  return j >= n && !final ? -1 : j;
}

/** Offset named by a JSON.parse error message, if any. */
function errorOffset(message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/**
 * A push scanner: feed it chunks with {@link JsonElementScanner.push}, then call
 * {@link JsonElementScanner.end}.
 *
 * @example
 * const scanner = new JsonElementScanner('eco.json', {
 *   value: (key, value) => console.log(key, value),
 *   element: (key, value, i, line) => console.log(key, i, line),
 * });
 * for await (const text of readTextChunks('eco.json', 'eco.json')) scanner.push(text);
 * scanner.end();
 * @see readJson in `src/io/json.ts`, the whole-text reader this one agrees with
 */
export class JsonElementScanner {
  private buf = '';
  /** Absolute offset of `buf[0]`. */
  private base = 0;
  private line = 1;
  /** Absolute offset where the current line starts. */
  private lineStart = 0;
  private state: State = 'start';
  private key = '';
  /** In state `key`: right after `{`, where `}` may close an empty object. */
  private firstKey = true;
  private position = 0;
  /** Whether the document's top level is an object (false: not yet known or not one). */
  private started = false;
  /** The fields of the last plain element read. */
  private readonly plain: PlainFields = { key: undefined, id: undefined, source: undefined, target: undefined, undirected: undefined, label: undefined };

  constructor(
    private readonly file: string,
    private readonly handlers: JsonElementHandlers,
  ) {}

  push(text: string): void {
    this.buf = this.buf.length === 0 ? text : this.buf + text;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.state !== 'end') this.fail(this.base + this.buf.length, 'Unexpected end of JSON input');
  }

  private fail(at: number, message: string): never {
    // `at` is absolute; find its line and column from the current line counters (at is never before the carried text).
    let line = this.line;
    let lineStart = this.lineStart;
    for (let k = Math.max(this.base, lineStart) - this.base; k < at - this.base && k < this.buf.length; k++)
      if (this.buf.charCodeAt(k) === 10) {
        line++;
        lineStart = this.base + k + 1;
      }
    throw new JsonScanFailure(problem('error', 'syntax-error', `invalid JSON: ${message}`, { file: this.file, line, column: at - lineStart + 1 }));
  }

  /** Moves the line counters over buf[from, to). */
  private advance(from: number, to: number): void {
    const b = this.buf;
    for (let k = from; k < to; k++)
      if (b.charCodeAt(k) === 10) {
        this.line++;
        this.lineStart = this.base + k + 1;
      }
  }

  /** Parses the value text buf[i, end); a syntax error inside it fails with its position. */
  private parse(i: number, end: number): unknown {
    const text = this.buf.slice(i, end);
    try {
      return JSON.parse(text) as unknown;
    } catch (err) {
      const message = (err as Error).message;
      const offset = errorOffset(message);
      // without a position: the end for a value cut short, else the value's first character
      this.fail(this.base + i + (offset ?? (/end of JSON/i.test(message) ? text.trimEnd().length : 0)), message);
    }
  }

  private scan(final: boolean): void {
    const b = this.buf;
    const n = b.length;
    let i = 0;
    while (true) {
      // skip white space, counting lines
      for (; i < n; i++) {
        const d = b.charCodeAt(i);
        if (d === 10) {
          this.line++;
          this.lineStart = this.base + i + 1;
        } else if (d !== 32 && d !== 13 && d !== 9) break;
      }
      if (i >= n) break;
      const c = b.charCodeAt(i);
      const at = this.base + i;
      const column = at - this.lineStart + 1;
      if (this.state === 'start') {
        if (c !== 123) {
          // Not an object: parse what there is for JSON's own message, or say what was expected.
          const end = valueEnd(b, i, final);
          if (end < 0) break;
          this.parse(i, end);
          throw new JsonScanFailure(
            problem('error', 'bad-structure', 'expected a JSON object with "nodes" and "edges" arrays (ecograph@1 / graphology format)', { file: this.file, line: 1 }),
          );
        }
        this.started = true;
        this.state = 'key';
        i++;
        continue;
      }
      if (this.state === 'key') {
        if (c === 125 && this.firstKey) {
          this.state = 'end';
          i++;
          continue;
        }
        if (c !== 34) this.fail(at, `Expected double-quoted property name in JSON at line ${this.line} column ${column}`);
        const end = valueEnd(b, i, final);
        if (end < 0) break;
        this.key = this.parse(i, end) as string;
        this.firstKey = false;
        this.advance(i, end);
        i = end;
        this.state = 'colon';
        continue;
      }
      if (this.state === 'colon') {
        if (c !== 58) this.fail(at, `Expected ':' after property name in JSON at line ${this.line} column ${column}`);
        i++;
        this.state = 'value';
        continue;
      }
      if (this.state === 'value') {
        if (c === 91 && (this.key === 'nodes' || this.key === 'edges')) {
          this.handlers.arrayStart?.(this.key);
          this.position = 0;
          this.state = 'element';
          i++;
          continue;
        }
        const end = valueEnd(b, i, final);
        if (end < 0) break;
        const value = this.parse(i, end);
        const line = this.line;
        this.advance(i, end);
        i = end;
        this.handlers.value(this.key, value, line, column);
        this.state = 'after-value';
        continue;
      }
      if (this.state === 'element') {
        if (c === 93 && this.position === 0) {
          i++;
          this.state = 'after-value';
          continue;
        }
        const which = this.key as 'nodes' | 'edges';
        if (c === 123 && (which === 'nodes' ? this.handlers.plainNode : this.handlers.plainEdge) !== undefined) {
          // a plain element is on one line: the line counters do not move
          const f = this.plain;
          const end = plainElementEnd(b, i, which, f);
          if (end >= 0) {
            const id = f.key ?? f.id;
            if (which === 'nodes' && id !== undefined) {
              this.handlers.plainNode!(id, f.label, this.position++, this.line, column);
              i = end;
              this.state = 'after-element';
              continue;
            }
            if (which === 'edges' && f.source !== undefined && f.target !== undefined) {
              this.handlers.plainEdge!(id, f.source, f.target, f.undirected, this.position++, this.line, column);
              i = end;
              this.state = 'after-element';
              continue;
            }
          }
        }
        const end = valueEnd(b, i, final);
        if (end < 0) break;
        const value = this.parse(i, end);
        const line = this.line;
        this.advance(i, end);
        i = end;
        this.handlers.element(which, value, this.position++, line, column);
        this.state = 'after-element';
        continue;
      }
      if (this.state === 'after-element') {
        if (c === 44) this.state = 'element';
        else if (c === 93) this.state = 'after-value';
        else this.fail(at, `Expected ',' or ']' after array element in JSON at line ${this.line} column ${column}`);
        i++;
        continue;
      }
      if (this.state === 'after-value') {
        if (c === 44) {
          this.state = 'key';
        } else if (c === 125) this.state = 'end';
        else this.fail(at, `Expected ',' or '}' after property value in JSON at line ${this.line} column ${column}`);
        i++;
        continue;
      }
      // end: only white space may follow
      this.fail(at, `Unexpected non-whitespace character after JSON at line ${this.line} column ${column}`);
    }
    this.base += i;
    this.buf = i >= n ? '' : b.slice(i);
  }

  /** Whether the document began with `{`. */
  get isObject(): boolean {
    return this.started;
  }
}
