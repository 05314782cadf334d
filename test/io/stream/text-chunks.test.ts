/** Reading a file chunk by chunk: the same text and refusals as decodeText, without holding the whole file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS, TextDecodeFailure, readTextChunks, type TextChunkOptions } from '../../../src/io/stream/text-chunks.js';
import { TextStreamDecoder, decodeText } from '../../../src/io/text.js';
import type { Problem } from '../../../src/model/problems.js';

const DIR = mkdtempSync(join(tmpdir(), 'ecograph-chunks-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

let counter = 0;
function file(content: Buffer | string): string {
  const path = join(DIR, `f${counter++}.txt`);
  writeFileSync(path, content);
  return path;
}

async function read(path: string, options: TextChunkOptions = {}): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of readTextChunks(path, 'shown.csv', options)) chunks.push(chunk);
  return chunks;
}

async function failure(path: string, options: TextChunkOptions = {}): Promise<unknown> {
  try {
    await read(path, options);
  } catch (err) {
    return err;
  }
  return undefined;
}

/** A text of many lines with multi-byte characters, larger than the binary-check sample. */
const LONG = Array.from({ length: 3000 }, (_, i) => `n${i},京都大学 ${i},é😀\n`).join('');

describe('readTextChunks', () => {
  it('reads 1 MiB chunks by default', () => {
    expect(DEFAULTS.chunkBytes).toBe(1 << 20);
  });

  it('gives the text decodeText gives, whatever the chunk size, never splitting a character', async () => {
    const path = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LONG, 'utf8')]));
    const whole = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LONG, 'utf8')]), 'x');
    expect(whole.ok).toBe(true);
    for (const chunkBytes of [7, 1000, 4096, 1 << 20]) {
      const chunks = await read(path, { chunkBytes });
      expect(chunks.join(''), `chunk ${chunkBytes}`).toBe(whole.ok ? whole.text : '');
      expect(chunks.every((c) => !/[\ud800-\udbff]$/.test(c)), 'no chunk ends in half a surrogate pair').toBe(true);
      if (chunkBytes === 1000) expect(chunks.length).toBeGreaterThan(10);
    }
  });

  it('reads a short file (under the sample size) in one piece, BOM dropped', async () => {
    expect(await read(file('\uFEFFid,label\na,A\n'))).toEqual(['id,label\na,A\n']);
  });

  it('reports bytes read after each chunk, ending at the file size', async () => {
    const path = file(LONG);
    const seen: number[] = [];
    await read(path, { chunkBytes: 10_000, onBytes: (n) => seen.push(n) });
    const size = Buffer.byteLength(LONG);
    expect(seen.at(-1)).toBe(size);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(2);
  });

  it('refuses binary data with the problem decodeText gives, naming the file as shown', async () => {
    const nul = await failure(file(Buffer.from([0x61, 0x00, 0x62])));
    expect(nul).toBeInstanceOf(TextDecodeFailure);
    expect((nul as TextDecodeFailure).problem).toEqual({
      severity: 'error',
      code: 'binary-file',
      message: 'the file holds binary data (NUL bytes), not text',
      file: 'shown.csv',
      line: 1,
    });
    const big = Buffer.alloc(20_000, 0x61);
    for (let i = 0; i < 2000; i++) big[i * 10] = 0x01;
    const noisy = await failure(file(big), { chunkBytes: 4096 });
    expect((noisy as TextDecodeFailure).problem.message).toBe('the file holds binary data, not text');
  });

  it('refuses bytes that stop being UTF-8 past the first chunks, naming their line', async () => {
    const bad = Buffer.concat([Buffer.from(LONG, 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from('tail\n')]);
    const err = await failure(file(bad), { chunkBytes: 8192 });
    expect(err).toBeInstanceOf(TextDecodeFailure);
    const line = LONG.split('\n').length;
    expect((err as TextDecodeFailure).problem).toMatchObject({ code: 'bad-encoding', file: 'shown.csv', line });
    expect((err as TextDecodeFailure).problem.message).toContain(`line ${line} is not valid utf-8 text`);
  });

  it('reads UTF-8 as the TextDecoder route reads it: same text, and invalid bytes anywhere refused with the same problem', async () => {
    /** The text, or the problem, of a TextStreamDecoder without the fast UTF-8 decoder, fed the same chunks. */
    const byTextDecoder = (bytes: Buffer, chunkBytes: number): string | Problem => {
      const decoder = new TextStreamDecoder('shown.csv');
      try {
        let text = '';
        for (let at = 0; at < bytes.length; at += chunkBytes) text += decoder.push(bytes.subarray(at, at + chunkBytes));
        return text + decoder.end();
      } catch (err) {
        if (err instanceof TextDecodeFailure) return err.problem;
        throw err;
      }
    };
    const head = Buffer.from(LONG, 'utf8');
    const bads = [
      [], // none: the same text
      [0xff], // never a UTF-8 byte
      [0xe4, 0xba], // a character cut short
      [0xc0, 0xaf], // overlong
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0x80], // a lone continuation byte
      [0xe0, 0x80], // a cut character whose second byte already cannot follow its first
    ];
    for (const bad of bads)
      // 65_534: the first bytes read whole (the encoding sample, 16 chunks of 4096) end inside the bad bytes
      for (const at of [head.length, head.length - 1, 5000, 65_534, 70_000])
        for (const tail of [Buffer.from('tail\n'), Buffer.alloc(0)]) {
          // at: after the text (at its very end without a tail), inside its last character, early, past the sample
          const bytes = Buffer.concat([head.subarray(0, at), Buffer.from(bad), tail, head.subarray(at)]);
          for (const chunkBytes of [997, 4096, 8191, 1 << 20]) {
            const expected = byTextDecoder(bytes, chunkBytes);
            const actual = await read(file(bytes), { chunkBytes }).then(
              (chunks) => chunks.join(''),
              (err: unknown) => (err instanceof TextDecodeFailure ? err.problem : Promise.reject(err)),
            );
            expect(actual, `${bad} at ${at}, chunks of ${chunkBytes}`).toEqual(expected);
            if (bad.length > 0) expect(typeof actual, `${bad} at ${at} is refused`).toBe('object');
          }
        }
  });

  it('decodes an ASCII chunk after the first in pieces of 64 KiB; other chunks whole, with the same text and problems', async () => {
    const ascii = Array.from({ length: 30_000 }, (_, i) => `n${i},name ${i}\n`).join(''); // about 450 KB
    const chunkBytes = 200_000;
    const chunks = await read(file(ascii), { chunkBytes });
    expect(chunks.join('')).toBe(ascii);
    expect(chunks[0]!.length).toBe(chunkBytes); // the first chunk whole (it decides the encoding)
    // chunks of 200,000 and 117,780 bytes after the first, in pieces of 65,536
    expect(chunks.map((chunk) => chunk.length)).toEqual([200_000, 65_536, 65_536, 65_536, 3_392, 65_536, 52_244]);
    // bad bytes and characters at the pieces' and chunks' edges, in ASCII and in multi-byte text
    for (const text of [ascii, LONG.repeat(5)])
      for (const bad of [[], [0xff], [0xe4], [0xe4, 0xba], [0x80], [0xe4, 0xba, 0xac]])
        for (const at of [chunkBytes + 65_535, chunkBytes + 65_536, chunkBytes + 2 * 65_536 + 1, 2 * chunkBytes - 1, 2 * chunkBytes + 3]) {
          const whole = Buffer.from(text, 'utf8');
          const bytes = Buffer.concat([whole.subarray(0, at), Buffer.from(bad), whole.subarray(at)]);
          // expected: a decoder fed whole chunks
          const decoder = new TextStreamDecoder('shown.csv');
          let expected: string | Problem;
          try {
            expected = '';
            for (let k = 0; k < bytes.length; k += chunkBytes) expected += decoder.push(bytes.subarray(k, k + chunkBytes));
            expected += decoder.end();
          } catch (err) {
            if (!(err instanceof TextDecodeFailure)) throw err;
            expected = err.problem;
          }
          const actual = await read(file(bytes), { chunkBytes }).then(
            (parts) => parts.join(''),
            (err: unknown) => (err instanceof TextDecodeFailure ? err.problem : Promise.reject(err)),
          );
          expect(actual, `${bad} at ${at}`).toEqual(expected);
          if (bad.length > 0 && bad.length < 3) expect(typeof actual, `${bad} at ${at} is refused`).toBe('object');
        }
  });

  it('decodes Shift_JIS and UTF-16 as decodeText does, whatever the chunk size', async () => {
    const sjis = Buffer.from([0x69, 0x64, 0x0a, 0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0, 0x0a]); // id\n株式会社\n
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\n株式会社\n', 'utf16le')]);
    for (const bytes of [sjis, utf16])
      for (const chunkBytes of [1, 3, 4096]) {
        let text = '';
        for await (const chunk of readTextChunks(file(bytes), 'shown.csv', { chunkBytes })) text += chunk;
        expect(text).toBe('id\n株式会社\n');
      }
  });

  it('refuses an empty or whitespace-only file, short or long', async () => {
    for (const content of ['', '\uFEFF', ' \n\r\n', ' '.repeat(50_000)]) {
      const err = await failure(file(content), { chunkBytes: 4096 });
      expect(err, JSON.stringify(content.slice(0, 5))).toBeInstanceOf(TextDecodeFailure);
      expect((err as TextDecodeFailure).problem).toMatchObject({ code: 'empty-file', message: 'the file is empty' });
    }
  });

  it('stops with the reason of an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by the user'));
    await expect(read(file(LONG), { signal: controller.signal })).rejects.toThrow('stopped by the user');
  });

  it('fails for a missing file with the file system error', async () => {
    await expect(read(join(DIR, 'absent.csv'))).rejects.toThrow(/ENOENT/);
  });
});
