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
   * `attributes` object. Anything else goes to `element`. Its ids are given as ranges of the
   * scanned text, so that they can be looked up without making their slices.
   *
   * @param edge - the element's fields; valid only during the call (the scanner reuses it)
   */
  plainEdge?(edge: PlainEdge, position: number, line: number, column: number): void;
}

/**
 * The fields of a plain element of the `edges` array, as ranges of `text` (the string contents,
 * without quotes and never with escapes).
 */
export interface PlainEdge {
  text: string;
  /** The range of `key`, else of `id`; start -1 when the element has neither. */
  keyStart: number;
  keyEnd: number;
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  /** `undirected`, when given. */
  undirected: boolean | undefined;
}

/** The fields of a plain element while it is read: ranges of the scanned text, start -1 when absent. */
interface PlainFields extends PlainEdge {
  idStart: number;
  idEnd: number;
  labelStart: number;
  labelEnd: number;
}

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

/** Whether `b` holds `name` and then a quote at `j` (a member name after its opening quote). */
function nameAt(b: string, j: number, name: string): boolean {
  const n = name.length;
  for (let k = 1; k < n; k++) if (b.charCodeAt(j + k) !== name.charCodeAt(k)) return false;
  return b.charCodeAt(j + n) === 34;
}

/** Member names of plain elements, told by their first letter. */
const NAME_KEY = 1;
const NAME_ID = 2;
const NAME_SOURCE = 3;
const NAME_TARGET = 4;
const NAME_UNDIRECTED = 5;
const NAME_ATTRIBUTES = 6;

/** The member name starting at `j` (after its quote) and ending with a quote, or 0 when it is none of the plain ones. */
function plainName(b: string, j: number, edges: boolean): number {
  switch (b.charCodeAt(j)) {
    case 107:
      return nameAt(b, j, 'key') ? NAME_KEY : 0;
    case 105:
      return nameAt(b, j, 'id') ? NAME_ID : 0;
    case 97:
      return nameAt(b, j, 'attributes') ? NAME_ATTRIBUTES : 0;
    case 115:
      return edges && nameAt(b, j, 'source') ? NAME_SOURCE : 0;
    case 116:
      return edges && nameAt(b, j, 'target') ? NAME_TARGET : 0;
    case 117:
      return edges && nameAt(b, j, 'undirected') ? NAME_UNDIRECTED : 0;
    default:
      return 0;
  }
}

const NAME_LENGTH = [0, 3, 2, 6, 6, 10, 10];

/**
 * End (exclusive) of a plain node or edge element starting at `b[i] === '{'`, with its fields in
 * `out`; -1 when the element is not plain or not complete in `b` (the caller then scans it as any
 * JSON value, which also finds whether it is complete). A member given twice counts as `JSON.parse`
 * counts it: the last one.
 */
function plainElementEnd(b: string, i: number, edges: boolean, out: PlainFields): number {
  const n = b.length;
  out.keyStart = out.idStart = out.sourceStart = out.targetStart = out.labelStart = -1;
  out.undirected = undefined;
  let j = skipBlanks(b, i + 1, n);
  if (b.charCodeAt(j) === 125) return -1; // {} has no id: its problem comes from the general route
  while (true) {
    if (b.charCodeAt(j) !== 34) return -1;
    const name = plainName(b, j + 1, edges);
    if (name === 0) return -1;
    j = skipBlanks(b, j + NAME_LENGTH[name]! + 2, n);
    if (b.charCodeAt(j) !== 58) return -1;
    j = skipBlanks(b, j + 1, n);
    if (name === NAME_ATTRIBUTES) {
      if (b.charCodeAt(j) !== 123) return -1;
      j = skipBlanks(b, j + 1, n);
      out.labelStart = -1;
      if (!edges && b.charCodeAt(j) === 34) {
        if (!b.startsWith('label"', j + 1)) return -1;
        j = skipBlanks(b, j + 7, n);
        if (b.charCodeAt(j) !== 58) return -1;
        j = skipBlanks(b, j + 1, n);
        const end = plainStringEnd(b, j, n);
        if (end < 0) return -1;
        out.labelStart = j + 1;
        out.labelEnd = end - 1;
        j = skipBlanks(b, end, n);
      }
      if (b.charCodeAt(j) !== 125) return -1;
      j++;
    } else if (name === NAME_UNDIRECTED) {
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
      if (name === NAME_KEY) {
        out.keyStart = j + 1;
        out.keyEnd = end - 1;
      } else if (name === NAME_ID) {
        out.idStart = j + 1;
        out.idEnd = end - 1;
      } else if (name === NAME_SOURCE) {
        out.sourceStart = j + 1;
        out.sourceEnd = end - 1;
      } else {
        out.targetStart = j + 1;
        out.targetEnd = end - 1;
      }
      j = end;
    }
    j = skipBlanks(b, j, n);
    const c = b.charCodeAt(j);
    if (c === 125) {
      // `key`, else `id`
      if (out.keyStart < 0) {
        out.keyStart = out.idStart;
        out.keyEnd = out.idEnd;
      }
      out.text = b;
      return j + 1;
    }
    if (c !== 44) return -1;
    j = skipBlanks(b, j + 1, n);
  }
}

/** String contents without escapes, quotes or control characters (what {@link plainStringEnd} accepts). */
const CONTENTS = String.raw`[^"\\\x00-\x1f]*`;
/** A tie exactly as `writeJson` writes it. */
const EDGE_TEXT = String.raw`\{"key":"${CONTENTS}","source":"${CONTENTS}","target":"${CONTENTS}"(?:,"undirected":true)?,"attributes":\{\}\}`;
/** A node exactly as `writeJson` writes it, with or without a label. */
const NODE_TEXT = String.raw`\{"key":"${CONTENTS}","attributes":\{(?:"label":"${CONTENTS}")?\}\}`;
/** One written tie (sticky: matched where `lastIndex` is set). */
const WRITTEN_EDGE = new RegExp(EDGE_TEXT, 'y');
/** One written node. */
const WRITTEN_NODE = new RegExp(NODE_TEXT, 'y');
/**
 * Most elements of one run matched by {@link WRITTEN_EDGES} or {@link WRITTEN_NODES}: enough that
 * a call costs little per element, few enough that the matcher's backtracking stack stays small
 * (a whole text can be given as one chunk).
 */
const RUN_ELEMENTS = 256;
/** A run of written ties, each followed by a comma, a line feed and spaces, as `writeJson` separates them. */
const WRITTEN_EDGES = new RegExp(String.raw`(?:${EDGE_TEXT},\n *){1,${RUN_ELEMENTS}}`, 'y');
/** A run of written nodes, each followed by a comma, a line feed and spaces. */
const WRITTEN_NODES = new RegExp(String.raw`(?:${NODE_TEXT},\n *){1,${RUN_ELEMENTS}}`, 'y');

/**
 * End (exclusive) of the tie at `b[i]` whose text {@link WRITTEN_EDGE} matches (it is not matched
 * again here), with its fields in `out`. Its strings, which hold no quote, are found by their
 * closing quotes; the rest stands where `writeJson` puts it:
 * `{"key":"…","source":"…","target":"…"[,"undirected":true],"attributes":{}}`.
 */
function writtenEdgeFields(b: string, i: number, out: PlainFields): number {
  const keyStart = i + 8;
  const keyEnd = b.indexOf('"', keyStart);
  // `","source":"` and `","target":"` are 12 characters
  const sourceStart = keyEnd + 12;
  const sourceEnd = b.indexOf('"', sourceStart);
  const targetStart = sourceEnd + 12;
  const targetEnd = b.indexOf('"', targetStart);
  out.text = b;
  out.keyStart = keyStart;
  out.keyEnd = keyEnd;
  out.sourceStart = sourceStart;
  out.sourceEnd = sourceEnd;
  out.targetStart = targetStart;
  out.targetEnd = targetEnd;
  // the target is followed by `,"undirected":true,"attributes":{}}` (35 characters) or `,"attributes":{}}` (17)
  if (b.charCodeAt(targetEnd + 3) === 117) {
    out.undirected = true;
    return targetEnd + 36;
  }
  out.undirected = undefined;
  return targetEnd + 18;
}

/**
 * {@link writtenEdgeFields} for a node that {@link WRITTEN_NODE} matches:
 * `{"key":"…","attributes":{["label":"…"]}}`.
 */
function writtenNodeFields(b: string, i: number, out: PlainFields): number {
  const keyStart = i + 8;
  const keyEnd = b.indexOf('"', keyStart);
  out.text = b;
  out.keyStart = keyStart;
  out.keyEnd = keyEnd;
  // the key is followed by `","attributes":{}}` (18 characters) or by `","attributes":{"label":"` and the label
  if (b.charCodeAt(keyEnd + 16) !== 34) {
    out.labelStart = -1;
    return keyEnd + 18;
  }
  const labelStart = keyEnd + 25;
  const labelEnd = b.indexOf('"', labelStart);
  out.labelStart = labelStart;
  out.labelEnd = labelEnd;
  return labelEnd + 3;
}

/**
 * {@link plainElementEnd} for an element exactly as `writeJson` writes it (no spaces, members in
 * its order; see {@link writtenEdgeFields}). The whole element is matched by one compiled regular
 * expression (several times faster than comparing its fixed parts character by character); -1
 * for any other element (which {@link plainElementEnd} then reads).
 */
function writtenElementEnd(b: string, i: number, edges: boolean, out: PlainFields): number {
  const written = edges ? WRITTEN_EDGE : WRITTEN_NODE;
  written.lastIndex = i;
  if (!written.test(b)) return -1;
  return edges ? writtenEdgeFields(b, i, out) : writtenNodeFields(b, i, out);
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

/** The longest first line of a chunk that completes the last chunk's tail on its own (see `push`). */
const BRIDGE_LIMIT = 1 << 16;

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
  /** The spaces before the last element of a written run (writeJson indents them all alike); -1 before its first. */
  private indent = -1;
  /** The fields of the last plain element read. */
  private readonly plain: PlainFields = {
    text: '',
    keyStart: -1,
    keyEnd: -1,
    idStart: -1,
    idEnd: -1,
    sourceStart: -1,
    sourceEnd: -1,
    targetStart: -1,
    targetEnd: -1,
    labelStart: -1,
    labelEnd: -1,
    undirected: undefined,
  };

  constructor(
    private readonly file: string,
    private readonly handlers: JsonElementHandlers,
  ) {}

  push(text: string): void {
    if (this.buf.length > 0) {
      // The unfinished tail of the last chunk is first completed by this one's first line alone
      // (one element, in the layout writeJson writes), so that the chunk is scanned where it stands
      // instead of being copied behind the tail.
      const lineEnd = text.indexOf('\n');
      if (lineEnd >= 0 && lineEnd < BRIDGE_LIMIT) {
        const rest = lineEnd + 1;
        this.buf = [this.buf, text.slice(0, rest)].join('');
        this.scan(false);
        if (this.buf.length === 0) {
          // buf[0] is at absolute offset base: the chunk starts `rest` characters before
          this.buf = text;
          this.base -= rest;
          this.scan(false, rest);
          return;
        }
        text = text.slice(rest);
      }
      // joined, not concatenated: `+` would make a rope, slower to read character by character
      this.buf = [this.buf, text].join('');
    } else this.buf = text;
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

  /**
   * Hands over the ties of a run that {@link WRITTEN_EDGES} matched from `b[at]` to `runEnd`,
   * moving the line counters and the position past them. A method of its own (as is {@link
   * JsonElementScanner.writtenNodeRun}), so that the compiler's code for the nodes is not thrown
   * away when the ties come.
   *
   * @returns where the run ends: `runEnd`, or the `{` of the element after it
   */
  private writtenEdgeRun(b: string, at: number, runEnd: number): number {
    const f = this.plain;
    const handlers = this.handlers;
    const base = this.base;
    let line = this.line;
    let lineStart = this.lineStart;
    let position = this.position;
    this.indent = -1;
    while (at < runEnd) {
      const end = writtenEdgeFields(b, at, f);
      handlers.plainEdge!(f, position++, line, base + at - lineStart + 1);
      // then `,` and a line feed
      line++;
      lineStart = base + end + 2;
      at = this.afterIndent(b, end + 2, runEnd);
    }
    this.line = line;
    this.lineStart = lineStart;
    this.position = position;
    return at;
  }

  /** {@link JsonElementScanner.writtenEdgeRun} for the nodes of a run that {@link WRITTEN_NODES} matched. */
  private writtenNodeRun(b: string, at: number, runEnd: number): number {
    const f = this.plain;
    const handlers = this.handlers;
    const base = this.base;
    let line = this.line;
    let lineStart = this.lineStart;
    let position = this.position;
    this.indent = -1;
    while (at < runEnd) {
      const end = writtenNodeFields(b, at, f);
      handlers.plainNode!(b.slice(f.keyStart, f.keyEnd), f.labelStart < 0 ? undefined : b.slice(f.labelStart, f.labelEnd), position++, line, base + at - lineStart + 1);
      line++;
      lineStart = base + end + 2;
      at = this.afterIndent(b, end + 2, runEnd);
    }
    this.line = line;
    this.lineStart = lineStart;
    this.position = position;
    return at;
  }

  /**
   * Where the spaces from `at` end, in a run matched up to `runEnd` (the next element's `{`, or
   * `runEnd`), found where the last element's indentation ({@link JsonElementScanner.indent})
   * puts it when it is there: where the run goes on, the next element's `{` follows the spaces,
   * and a `{` within the run `indent` characters on (up to 7) is that one (with fewer spaces it
   * would fall in the element's `{"key":"`, whose first 7 characters after the brace hold no
   * other `{`).
   */
  private afterIndent(b: string, at: number, runEnd: number): number {
    const spaces = this.indent;
    const guess = at + spaces;
    if (spaces >= 0 && spaces <= 7 && guess < runEnd && b.charCodeAt(guess) === 123) return guess;
    let k = at;
    while (k < runEnd && b.charCodeAt(k) === 32) k++;
    this.indent = k - at;
    return k;
  }

  /**
   * Reads the run of plain elements starting at `b[i] === '{'` (in state `element`): each plain
   * element goes to its handler, and while it is followed by a comma and another `{`, the next
   * is read in the same loop. Returns where the general scan goes on (`i` when the first element
   * is not plain or not complete), with the state and line counters moved past what was read.
   */
  private plainRun(b: string, i: number, edges: boolean): number {
    const n = b.length;
    const f = this.plain;
    const handlers = this.handlers;
    const base = this.base;
    let line = this.line;
    let lineStart = this.lineStart;
    let at = i;
    let position = this.position;
    // the state when the run stops: `element` before an element, `after-element` after one
    let state: State = 'element';
    const run = edges ? WRITTEN_EDGES : WRITTEN_NODES;
    while (true) {
      // a run of elements as writeJson writes and separates them, matched at once; each is then read by its quotes
      run.lastIndex = at;
      if (run.test(b)) {
        this.line = line;
        this.lineStart = lineStart;
        this.position = position;
        at = edges ? this.writtenEdgeRun(b, at, run.lastIndex) : this.writtenNodeRun(b, at, run.lastIndex);
        line = this.line;
        lineStart = this.lineStart;
        position = this.position;
        // after a comma: the next element, if any, is read below (or by the next run)
        if (at >= n || b.charCodeAt(at) !== 123) break;
        continue;
      }
      // a plain element is on one line: the line counters do not move
      let end = writtenElementEnd(b, at, edges, f);
      if (end < 0) {
        end = plainElementEnd(b, at, edges, f);
        if (end < 0) break;
      }
      const column = base + at - lineStart + 1;
      if (edges) {
        if (f.sourceStart < 0 || f.targetStart < 0) break;
        handlers.plainEdge!(f, position++, line, column);
      } else {
        if (f.keyStart < 0) break;
        handlers.plainNode!(b.slice(f.keyStart, f.keyEnd), f.labelStart < 0 ? undefined : b.slice(f.labelStart, f.labelEnd), position++, line, column);
      }
      // as writeJson separates elements: a comma, a line feed, spaces and the next element's `{`
      if (end + 1 < n && b.charCodeAt(end) === 44 && b.charCodeAt(end + 1) === 10) {
        let k = end + 2;
        while (k < n && b.charCodeAt(k) === 32) k++;
        if (k < n && b.charCodeAt(k) === 123) {
          line++;
          lineStart = base + end + 2;
          at = k;
          continue;
        }
      }
      // after the element: white space, a comma, white space and the next element's `{`
      state = 'after-element';
      let k = end;
      for (; k < n; k++) {
        const d = b.charCodeAt(k);
        if (d === 10) {
          line++;
          lineStart = base + k + 1;
        } else if (d !== 32 && d !== 13 && d !== 9) break;
      }
      at = k;
      if (k >= n || b.charCodeAt(k) !== 44) break;
      state = 'element';
      for (k++; k < n; k++) {
        const d = b.charCodeAt(k);
        if (d === 10) {
          line++;
          lineStart = base + k + 1;
        } else if (d !== 32 && d !== 13 && d !== 9) break;
      }
      at = k;
      if (k >= n || b.charCodeAt(k) !== 123) break;
    }
    this.position = position;
    this.state = state;
    this.line = line;
    this.lineStart = lineStart;
    return at;
  }

  /** Scans `buf` from `from` (what comes before it has been scanned), keeping its unfinished tail. */
  private scan(final: boolean, from = 0): void {
    const b = this.buf;
    const n = b.length;
    let i = from;
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
          const after = this.plainRun(b, i, which === 'edges');
          if (after !== i) {
            i = after;
            continue;
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
