/**
 * Turning file bytes into text, the same way for the whole-file readers and the streaming ones:
 * one decoder ({@link TextStreamDecoder}) that both use, fed the whole file or chunk by chunk.
 *
 * The encoding is decided once, from the first bytes, by fixed rules: a byte order mark decides
 * (UTF-8, UTF-16 LE or BE); else text that is valid UTF-8 is UTF-8; else text that is valid CP932
 * is Shift_JIS as Japanese Excel writes it for "CSV (comma delimited)"; else the file is refused
 * with a problem that names the line and says how to save it as CSV UTF-8. A forced encoding
 * (`--encoding`) replaces the rules. Also refuses empty and binary files with a clear problem
 * instead of a parser's stack trace, and maps offsets to lines and columns.
 *
 * Browser-safe: no Node imports.
 */
import { problem, type Problem } from '../model/problems.js';

/** Raised when a file is not readable text (binary data, undecodable bytes, empty); carries the problem. */
export class TextDecodeFailure extends Error {
  readonly problem: Problem;
  constructor(p: Problem) {
    super(p.message);
    this.name = 'TextDecodeFailure';
    this.problem = p;
  }
}

/** The encodings a text input may be in. `shift_jis` is CP932 (Windows-31J), as the WHATWG decoder reads it. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

const ALIASES: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
  'euc-jp': 'euc-jp',
  eucjp: 'euc-jp',
};

/**
 * The encoding a user's spelling names (any case; `cp932`, `sjis`, `utf8`, `eucjp` accepted), or
 * undefined.
 *
 * @example
 * encodingNamed('CP932'); // 'shift_jis'
 */
export function encodingNamed(name: string): TextEncodingName | undefined {
  return ALIASES[name.trim().toLowerCase()];
}

/** How many leading bytes the encoding and binary checks look at. */
export const SAMPLE_BYTES = 64 * 1024;

const SAVE_AS_UTF8 = 'in Excel use File › Save As › "CSV UTF-8 (Comma delimited)", or name the encoding with --encoding';

/** The BOM at the start of `bytes`, if any: its encoding and length. */
function byteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Whether `bytes` decode in `encoding` without error; an incomplete last character is allowed unless `final`. */
function decodes(bytes: Uint8Array, encoding: TextEncodingName, final: boolean): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}

/** Length of the longest prefix of `bytes` that decodes in `encoding` (an incomplete last character allowed). */
function validPrefix(bytes: Uint8Array, encoding: TextEncodingName): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(bytes.subarray(0, mid), encoding, false)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Line feeds in a byte range (LF is never part of a multi-byte character in UTF-8, Shift_JIS or EUC-JP). */
function lineFeeds(bytes: Uint8Array, wide: boolean): number {
  let n = 0;
  if (wide) {
    for (let i = 0; i + 1 < bytes.length; i += 2) if ((bytes[i] === 10 && bytes[i + 1] === 0) || (bytes[i] === 0 && bytes[i + 1] === 10)) n++;
    return n;
  }
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/** A problem for binary data in the first bytes of an 8-bit text, or undefined. */
function binaryProblem(sample: Uint8Array, file: string): Problem | undefined {
  let control = 0;
  let nulOdd = 0;
  let nulEven = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) {
      if (i % 2) nulOdd++;
      else nulEven++;
    } else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (nulOdd + nulEven > 0) {
    const half = sample.length >= 16 ? sample.length / 2 : Infinity;
    // UTF-16 text mostly in ASCII has a NUL in every other byte
    const utf16 = nulOdd > half * 0.3 && nulOdd > 10 * nulEven ? 'utf-16le' : nulEven > half * 0.3 && nulEven > 10 * nulOdd ? 'utf-16be' : undefined;
    const hint = utf16 ? `; it looks like UTF-16 without a byte order mark: read it with --encoding ${utf16}` : '';
    return problem('error', 'binary-file', `the file holds binary data (NUL bytes), not text${hint}`, { file, line: 1 });
  }
  if (sample.length > 0 && control / sample.length > 0.05) return problem('error', 'binary-file', 'the file holds binary data, not text', { file, line: 1 });
  return undefined;
}

/** Options of {@link TextStreamDecoder} and {@link decodeText}. */
export interface DecodeOptions {
  /** Read the bytes in this encoding instead of detecting it (a BOM of the same encoding is skipped). */
  encoding?: TextEncodingName | undefined;
  /**
   * A faster decoder of UTF-8 than `TextDecoder`, where the platform has one (Node's buffers): the
   * text of bytes that are whole characters, or undefined when they are not valid UTF-8. Given,
   * it decodes UTF-8 input (the bytes of a character cut by a chunk end wait for the next chunk);
   * the problems of invalid bytes stay the same.
   */
  utf8?: ((bytes: Uint8Array) => string | undefined) | undefined;
  /**
   * Counts the line feeds (bytes 10) in the first `end` bytes of the input, where the caller can
   * read them again (a file). Given, the decoder of an 8-bit encoding (UTF-8, Shift_JIS, EUC-JP)
   * does not count the lines of every chunk it decodes: it asks for the count only to name the line
   * of bytes that are not text (UTF-16 lines are still counted as they are decoded).
   */
  lineFeedsBefore?: ((end: number) => number) | undefined;
}

/** Length of the longest prefix of `bytes` that does not end inside a UTF-8 character (it may still be invalid). */
function wholeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = n - 1; k >= 0 && k >= n - 4; k--) {
    const b = bytes[k]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const length = b < 0xc0 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf8 ? 4 : 1;
    return k + length <= n ? n : k;
  }
  return n;
}

/**
 * The decoder of every text reader: push bytes (the whole file at once or chunk by chunk), get
 * text back; a character never splits across two results. The encoding is decided from the first
 * {@link SAMPLE_BYTES} bytes (or the whole file, when shorter) by the rules of this module.
 *
 * @example
 * const decoder = new TextStreamDecoder('nodes.csv');
 * const text = decoder.push(bytes) + decoder.end();
 * decoder.encoding; // 'shift_jis' for a file Japanese Excel saved as "CSV (comma delimited)"
 * @throws {@link TextDecodeFailure} from `push` or `end` for binary data, bytes that are not text in
 *   the detected or forced encoding, or an empty file (whitespace only)
 */
export class TextStreamDecoder {
  /** The encoding read (known once the first bytes are seen). */
  encoding: TextEncodingName | undefined;
  private head: Uint8Array | undefined = new Uint8Array(0);
  private decoder: TextDecoder | undefined;
  /** Line feeds in the bytes decoded so far (counted unless {@link DecodeOptions.lineFeedsBefore} counts them). */
  private lines = 0;
  /** Where the next bytes to decode start in the input (the bytes decoded so far, with a byte order mark). */
  private decodedBytes = 0;
  private content = false;

  constructor(
    private readonly file: string,
    private readonly options: DecodeOptions = {},
  ) {}

  /** Decodes the next bytes; returns '' while the first bytes are still being gathered. */
  push(bytes: Uint8Array): string {
    if (this.head !== undefined) {
      if (this.head.length === 0 && bytes.length >= SAMPLE_BYTES) {
        // the first bytes are enough to decide on: no copy of them
        this.head = undefined;
        return this.decode(this.start(bytes, false), false);
      }
      const joined = new Uint8Array(this.head.length + bytes.length);
      joined.set(this.head);
      joined.set(bytes, this.head.length);
      if (joined.length < SAMPLE_BYTES) {
        this.head = joined;
        return '';
      }
      this.head = undefined;
      return this.decode(this.start(joined, false), false);
    }
    return this.decode(bytes, false);
  }

  /** Decodes what is left; checks that the file held any text. */
  end(): string {
    let text: string;
    if (this.head !== undefined) {
      const head = this.head;
      this.head = undefined;
      text = this.decode(this.start(head, true), true);
    } else text = this.decode(new Uint8Array(0), true);
    if (!this.content) throw new TextDecodeFailure(problem('error', 'empty-file', 'the file is empty', { file: this.file, line: 1 }));
    return text;
  }

  /** Decides the encoding from the first bytes; returns them without the BOM. */
  private start(head: Uint8Array, whole: boolean): Uint8Array {
    const bom = byteOrderMark(head);
    let encoding = this.options.encoding;
    let body = head;
    if (encoding === undefined) {
      if (bom) encoding = bom.encoding;
      else if (this.decodesAsUtf8(head, whole)) encoding = 'utf-8';
      else if (decodes(head, 'shift_jis', whole)) encoding = 'shift_jis';
      else {
        const bad = validPrefix(head, 'utf-8');
        const binary = binaryProblem(head.subarray(0, Math.min(head.length, 8192)), this.file);
        if (binary) throw new TextDecodeFailure(binary);
        throw this.failure(
          `line ${lineFeeds(head.subarray(0, bad), false) + 1} is neither UTF-8 nor Shift_JIS (CP932) text: ${SAVE_AS_UTF8}`,
          lineFeeds(head.subarray(0, bad), false) + 1,
        );
      }
    }
    if (bom && bom.encoding === encoding) body = head.subarray(bom.length);
    this.decodedBytes = head.length - body.length;
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    if (encoding !== 'utf-16le' && encoding !== 'utf-16be') {
      const binary = binaryProblem(body.subarray(0, 8192), this.file);
      if (binary) throw new TextDecodeFailure(binary);
    }
    return body;
  }

  /**
   * Whether `bytes` decode as UTF-8 (an incomplete last character allowed unless `whole`), by
   * {@link DecodeOptions.utf8} where given (several times faster than `TextDecoder`; its whole
   * characters, then the few bytes of a character cut at the end by `TextDecoder`).
   */
  private decodesAsUtf8(bytes: Uint8Array, whole: boolean): boolean {
    const utf8 = this.options.utf8;
    if (utf8 === undefined) return decodes(bytes, 'utf-8', whole);
    const complete = whole ? bytes.length : wholeUtf8Length(bytes);
    if (utf8(bytes.subarray(0, complete)) === undefined) return false;
    return complete === bytes.length || decodes(bytes.subarray(complete), 'utf-8', false);
  }

  private failure(message: string, line: number): TextDecodeFailure {
    return new TextDecodeFailure(problem('error', 'bad-encoding', message, { file: this.file, line }));
  }

  /** Whether the decoder counts the line feeds of what it decodes (else {@link DecodeOptions.lineFeedsBefore} counts them when asked). */
  private countsLines(wide: boolean): boolean {
    return wide || this.options.lineFeedsBefore === undefined;
  }

  /** The problem of bytes that are not valid text in the encoding read, naming their line (`offset`: where they start in the input). */
  private invalid(bytes: Uint8Array, offset: number, encoding: TextEncodingName, wide: boolean): TextDecodeFailure {
    // the chunk may start inside a character begun in the one before: try the next few starts
    let valid = 0;
    for (let start = 0; start < 4 && start < bytes.length; start++) valid = Math.max(valid, start + validPrefix(bytes.subarray(start), encoding));
    const before = this.countsLines(wide) ? this.lines : this.options.lineFeedsBefore!(offset);
    const line = before + lineFeeds(bytes.subarray(0, valid), wide) + 1;
    const how = this.options.encoding === undefined ? `; the start of the file was read as ${encoding}: ${SAVE_AS_UTF8}` : '';
    return this.failure(`line ${line} is not valid ${encoding} text${how}`, line);
  }

  /** The bytes of a character cut by the end of the last chunk (UTF-8 by {@link DecodeOptions.utf8}). */
  private cut: Uint8Array = new Uint8Array(0);

  /** Decodes UTF-8 with {@link DecodeOptions.utf8}, as `TextDecoder` would (same text, same problems). */
  private decodeUtf8(bytes: Uint8Array, final: boolean, utf8: (bytes: Uint8Array) => string | undefined): string {
    let all = bytes;
    if (this.cut.length > 0) {
      all = new Uint8Array(this.cut.length + bytes.length);
      all.set(this.cut);
      all.set(bytes, this.cut.length);
    }
    const whole = final ? all.length : wholeUtf8Length(all);
    const body = whole === all.length ? all : all.subarray(0, whole);
    const text = utf8(body);
    if (text === undefined) throw this.invalid(all, this.decodedBytes - this.cut.length, 'utf-8', false);
    this.cut = whole === all.length ? new Uint8Array(0) : all.slice(whole);
    this.decodedBytes += bytes.length;
    if (this.countsLines(false)) this.lines += lineFeeds(body, false);
    if (!this.content && /\S/.test(text)) this.content = true;
    return text;
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    const encoding = this.encoding!;
    const utf8 = this.options.utf8;
    if (encoding === 'utf-8' && utf8 !== undefined) return this.decodeUtf8(bytes, final, utf8);
    const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
    let text: string;
    try {
      text = this.decoder!.decode(bytes, { stream: !final });
    } catch {
      throw this.invalid(bytes, this.decodedBytes, encoding, wide);
    }
    this.decodedBytes += bytes.length;
    if (this.countsLines(wide)) this.lines += lineFeeds(bytes, wide);
    if (wide && text.includes('\0')) throw new TextDecodeFailure(problem('error', 'binary-file', 'the file holds binary data (NUL characters), not text', { file: this.file, line: 1 }));
    if (!this.content && /\S/.test(text)) this.content = true;
    return text;
  }
}

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: Problem };

/**
 * The text of a whole file, decoded as {@link TextStreamDecoder} decodes it chunk by chunk.
 *
 * @param bytes - the file's bytes
 * @param file - its name, for problems
 * @param options - a forced encoding
 * @example
 * const decoded = decodeText(await readFile('nodes.csv'), 'nodes.csv');
 * if (decoded.ok) decoded.text;
 */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): Decoded {
  const decoder = new TextStreamDecoder(file, options);
  try {
    const text = decoder.push(bytes) + decoder.end();
    return { ok: true, text, encoding: decoder.encoding! };
  } catch (err) {
    if (err instanceof TextDecodeFailure) return { ok: false, problem: err.problem };
    throw err;
  }
}

/** Maps character offsets in a text to 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  get lineCount(): number {
    return this.starts.length;
  }
  locate(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
