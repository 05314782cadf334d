/** File bytes to text (UTF-8, BOM, refusals of binary and empty files) and offsets to lines and columns. */
import { describe, expect, it } from 'vitest';
import { LineIndex, TextDecodeFailure, decodeText } from '../../src/io/text.js';
import { problem } from '../../src/model/problems.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeText(bytes('京都 id,label\n'), 'a.csv')).toEqual({ ok: true, text: '京都 id,label\n' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '{"a":1}'), 'a.json')).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('refuses NUL bytes as binary data, naming the file and line 1', () => {
    const r = decodeText(bytes('ab', [0], 'cd'), 'x.bin');
    expect(r).toEqual({ ok: false, problem: { severity: 'error', code: 'binary-file', message: 'the file holds binary data (NUL bytes), not text', file: 'x.bin', line: 1 } });
  });

  it('refuses text with more than 5% control characters, and accepts tabs and line ends', () => {
    const noisy = decodeText(bytes('abcdefghij', [1, 2]), 'n.dat');
    expect(noisy.ok).toBe(false);
    expect(!noisy.ok && noisy.problem.message).toBe('the file holds binary data, not text');
    // 1 control byte in 21 is under 5%
    expect(decodeText(bytes('abcdefghijklmnopqrst', [1]), 'few.txt').ok).toBe(true);
    expect(decodeText(bytes('a\tb\r\nc\fd\ve'), 'ws.txt').ok).toBe(true);
  });

  it('refuses invalid UTF-8', () => {
    const r = decodeText(bytes('caf', [0xe9], ' latin-1'), 'l1.csv');
    expect(r).toMatchObject({ ok: false, problem: { code: 'binary-file', message: 'the file is not valid UTF-8 text', file: 'l1.csv' } });
  });

  it('refuses an empty or whitespace-only file (a BOM alone counts as empty)', () => {
    for (const b of [bytes(''), bytes(' \n\t\r\n'), bytes([0xef, 0xbb, 0xbf])]) {
      expect(decodeText(b, 'e.json')).toEqual({ ok: false, problem: { severity: 'error', code: 'empty-file', message: 'the file is empty', file: 'e.json', line: 1 } });
    }
  });
});

describe('TextDecodeFailure', () => {
  it('carries the problem and its message', () => {
    const p = problem('error', 'empty-file', 'the file is empty', { file: 'e.csv', line: 1 });
    const failure = new TextDecodeFailure(p);
    expect(failure).toBeInstanceOf(Error);
    expect(failure.name).toBe('TextDecodeFailure');
    expect(failure.message).toBe('the file is empty');
    expect(failure.problem).toBe(p);
  });
});

describe('LineIndex', () => {
  const text = 'ab\ncde\n\nf';
  const index = new LineIndex(text);

  it('counts lines (a final line without a line end counts)', () => {
    expect(index.lineCount).toBe(4);
    expect(new LineIndex('').lineCount).toBe(1);
    expect(new LineIndex('x\n').lineCount).toBe(2);
  });

  it('maps offsets to 1-based lines and columns', () => {
    expect(index.locate(0)).toEqual({ line: 1, column: 1 });
    expect(index.locate(2)).toEqual({ line: 1, column: 3 }); // the line end of line 1
    expect(index.locate(3)).toEqual({ line: 2, column: 1 });
    expect(index.locate(5)).toEqual({ line: 2, column: 3 });
    expect(index.locate(7)).toEqual({ line: 3, column: 1 });
    expect(index.locate(8)).toEqual({ line: 4, column: 1 });
    expect(index.locate(9)).toEqual({ line: 4, column: 2 }); // the end of the text
  });

  it('agrees with counting line ends by hand at every offset', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      expect(index.locate(offset), `offset ${offset}`).toEqual({ line, column });
    }
  });
});
