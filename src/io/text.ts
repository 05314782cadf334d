/**
 * Turning file bytes into text: UTF-8 with or without BOM, refusing empty and binary files with a
 * clear problem instead of a parser's stack trace. Also maps offsets to lines and columns.
 */
import { problem, type Problem } from '../model/problems.js';

/** Raised when a file is not readable text (binary data, invalid UTF-8, empty); carries the problem. */
export class TextDecodeFailure extends Error {
  readonly problem: Problem;
  constructor(p: Problem) {
    super(p.message);
    this.name = 'TextDecodeFailure';
    this.problem = p;
  }
}

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, file: string): Decoded {
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  const sample = body.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { ok: false, problem: problem('error', 'binary-file', 'the file holds binary data (NUL bytes), not text', { file, line: 1 }) };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05)
    return { ok: false, problem: problem('error', 'binary-file', 'the file holds binary data, not text', { file, line: 1 }) };
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    return { ok: false, problem: problem('error', 'binary-file', 'the file is not valid UTF-8 text', { file, line: 1 }) };
  }
  if (text.trim() === '') return { ok: false, problem: problem('error', 'empty-file', 'the file is empty', { file, line: 1 }) };
  return { ok: true, text };
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
