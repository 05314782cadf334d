/** File bytes to text (encoding detection: BOM, UTF-8, Shift_JIS; forced encodings; refusals of binary, undecodable and empty files) and offsets to lines and columns. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineIndex, TextDecodeFailure, TextStreamDecoder, decodeText, encodingNamed } from '../../src/io/text.js';
import { problem } from '../../src/model/problems.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeText(bytes('京都 id,label\n'), 'a.csv')).toEqual({ ok: true, text: '京都 id,label\n', encoding: 'utf-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '{"a":1}'), 'a.json')).toEqual({ ok: true, text: '{"a":1}', encoding: 'utf-8' });
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

  it('refuses text that is neither UTF-8 nor Shift_JIS, naming the line and how to save CSV UTF-8', () => {
    const r = decodeText(bytes('id\ncaf', [0xe9], ' latin-1'), 'l1.csv');
    expect(r).toMatchObject({ ok: false, problem: { code: 'bad-encoding', file: 'l1.csv', line: 2 } });
    expect(!r.ok && r.problem.message).toContain('CSV UTF-8');
  });

  it('refuses an empty or whitespace-only file (a BOM alone counts as empty)', () => {
    for (const b of [bytes(''), bytes(' \n\t\r\n'), bytes([0xef, 0xbb, 0xbf])]) {
      expect(decodeText(b, 'e.json')).toEqual({ ok: false, problem: { severity: 'error', code: 'empty-file', message: 'the file is empty', file: 'e.json', line: 1 } });
    }
  });
});

describe('encoding detection', () => {
  const sjisSamco = Uint8Array.from([0x83, 0x54, 0x83, 0x80, 0x83, 0x52, 0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0]); // サムコ株式会社

  it('detects by fixed rules: BOM, then UTF-8, then Shift_JIS', () => {
    const ok = (bytes: Uint8Array) => {
      const d = decodeText(bytes, 'f.csv');
      if (!d.ok) throw new Error(d.problem.message);
      return [d.encoding, d.text];
    };
    expect(ok(new TextEncoder().encode('a,株式会社\n'))).toEqual(['utf-8', 'a,株式会社\n']);
    expect(ok(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual(['utf-8', 'a']);
    expect(ok(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x2a, 0x68]))).toEqual(['utf-16le', 'a株']);
    expect(ok(Uint8Array.from([0xfe, 0xff, 0, 0x61, 0x68, 0x2a]))).toEqual(['utf-16be', 'a株']);
    expect(ok(sjisSamco)).toEqual(['shift_jis', 'サムコ株式会社']);
  });

  it('a forced encoding replaces detection; names are spelt several ways', () => {
    expect(encodingNamed('CP932')).toBe('shift_jis');
    expect(encodingNamed('EUC-JP')).toBe('euc-jp');
    expect(encodingNamed('latin1')).toBeUndefined();
    const forced = decodeText(Uint8Array.from([0x69, 0x64, 0x0a, ...sjisSamco]), 'f.csv', { encoding: 'utf-8' });
    expect(forced.ok).toBe(false);
    if (!forced.ok) expect([forced.problem.code, forced.problem.line]).toEqual(['bad-encoding', 2]);
  });

  it('chunks split anywhere decode as the whole file does', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('id,label\n'), ...sjisSamco, 0x0a]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: bytes.length }), { maxLength: 6 }), (cuts) => {
        const decoder = new TextStreamDecoder('f.csv');
        let text = '';
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          text += decoder.push(bytes.subarray(at, Math.max(at, cut)));
          at = Math.max(at, cut);
        }
        text += decoder.push(bytes.subarray(at)) + decoder.end();
        expect(text).toBe('id,label\nサムコ株式会社\n');
        expect(decoder.encoding).toBe('shift_jis');
      }),
    );
  });

  it('UTF-16 without a byte order mark is refused with a hint', () => {
    const d = decodeText(Buffer.from('id,label\na,A\nb,B\n', 'utf16le'), 'f.csv');
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problem.message).toContain('--encoding utf-16le');
  });
});

describe('lines counted by the caller (lineFeedsBefore)', () => {
  /** The text, or the problem, of a decoder fed `input` in chunks of `size` bytes. */
  const fed = (input: Uint8Array, size: number, options: ConstructorParameters<typeof TextStreamDecoder>[1]) => {
    const decoder = new TextStreamDecoder('f.csv', options);
    try {
      let text = '';
      for (let at = 0; at < input.length; at += size) text += decoder.push(input.subarray(at, at + size));
      return text + decoder.end();
    } catch (err) {
      if (err instanceof TextDecodeFailure) return err.problem;
      throw err;
    }
  };
  const lines = Array.from({ length: 20_000 }, (_, i) => `n${i},京都 ${i}\n`).join('');

  it('names the same line of bad bytes as a decoder that counts, asking for the count only then', () => {
    for (const [encoding, input] of [
      ['utf-8', bytes(lines.slice(0, 150_000), [0xff], lines.slice(150_000))],
      ['utf-8', bytes([0xef, 0xbb, 0xbf], lines.slice(0, 90_000), [0xe4, 0xba], '\n', lines.slice(90_000))],
      ['shift_jis', bytes(lines.slice(0, 120_000).replace(/京都/g, 'ab'), [0x81, 0x0a], 'tail\n')],
    ] as const) {
      const asked: number[] = [];
      const lineFeedsBefore = (end: number) => {
        asked.push(end);
        return input.subarray(0, end).filter((b) => b === 10).length;
      };
      for (const size of [4096, 65_536, 1 << 20]) {
        const utf8 = (b: Uint8Array) => (Buffer.from(b).toString('utf8').includes('\ufffd') ? undefined : Buffer.from(b).toString('utf8'));
        const forced = encoding === 'shift_jis' ? { encoding } : {};
        const counted = fed(input, size, { ...forced, utf8 });
        const told = fed(input, size, { ...forced, utf8, lineFeedsBefore });
        expect(counted).toMatchObject({ code: 'bad-encoding' });
        expect(told).toEqual(counted);
      }
      // asked once a read (none when the bad bytes are among the first ones, whose lines are counted there)
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.length).toBeLessThanOrEqual(3);
    }
    const asked: number[] = [];
    expect(fed(bytes(lines), 4096, { lineFeedsBefore: (end) => asked.push(end) })).toBe(lines);
    expect(asked).toEqual([]);
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
