/**
 * Zip records located from the central directory (plain and zip64), and the file streamed back
 * with its records reordered: the bytes of each record copied as they are, the directory after them.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readZipLayout, reorderedZipStream } from '../../src/io/zip-records.js';
import { zipBytes } from './zip-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'ecograph-zip-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTRIES = [
  { name: 'b/second.txt', content: 'the second entry, '.repeat(20) },
  { name: 'a/first.txt', content: 'first' },
  { name: 'c/日本語.txt', content: '京都市' },
];

async function streamed(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('readZipLayout', () => {
  for (const zip64 of [false, true]) {
    it(`locates every local record, in file order, up to the central directory${zip64 ? ' (zip64)' : ''}`, async () => {
      const bytes = zipBytes(ENTRIES, { zip64 });
      const path = join(dir, `three${zip64 ? '-64' : ''}.zip`);
      writeFileSync(path, bytes);
      const layout = await readZipLayout(path);
      expect(layout.records.map((r) => r.name)).toEqual(['b/second.txt', 'a/first.txt', 'c/日本語.txt']);
      expect(layout.size).toBe(bytes.length);
      expect(layout.records[0]!.start).toBe(0);
      for (let i = 0; i + 1 < layout.records.length; i++) expect(layout.records[i]!.end).toBe(layout.records[i + 1]!.start);
      expect(layout.records.at(-1)!.end).toBe(layout.directoryStart);
      // each range starts with a local header naming its entry
      for (const r of layout.records) {
        expect(bytes.readUInt32LE(r.start)).toBe(0x04034b50);
        const nameLength = bytes.readUInt16LE(r.start + 26);
        expect(bytes.toString('utf8', r.start + 30, r.start + 30 + nameLength)).toBe(r.name);
      }
      expect(bytes.readUInt32LE(layout.directoryStart)).toBe(0x02014b50);
    });
  }

  it('finds the end record behind a comment', async () => {
    const bytes = zipBytes(ENTRIES);
    const comment = Buffer.from('a zip comment that mentions PK\x05\x06 nowhere near the end');
    bytes.writeUInt16LE(comment.length, bytes.length - 2);
    const path = join(dir, 'comment.zip');
    writeFileSync(path, Buffer.concat([bytes, comment]));
    expect((await readZipLayout(path)).records.map((r) => r.name)).toEqual(['b/second.txt', 'a/first.txt', 'c/日本語.txt']);
  });

  it('refuses a file that is not a zip, and a directory cut short', async () => {
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'id,label\nA,B\n');
    await expect(readZipLayout(text)).rejects.toThrow(/no zip end of central directory record/);
    const bytes = zipBytes(ENTRIES);
    const cut = join(dir, 'cut.zip');
    // the end record (22 bytes) kept, the directory's last bytes before it dropped
    writeFileSync(cut, Buffer.concat([bytes.subarray(0, bytes.length - 22 - 30), bytes.subarray(bytes.length - 22)]));
    await expect(readZipLayout(cut)).rejects.toThrow(/central directory/);
  });
});

describe('reorderedZipStream', () => {
  it('streams the records in the order asked, each copied byte for byte, then the directory', async () => {
    const bytes = zipBytes(ENTRIES);
    const path = join(dir, 'reorder.zip');
    writeFileSync(path, bytes);
    const layout = await readZipLayout(path);
    const [second, first, third] = layout.records as [(typeof layout.records)[0], (typeof layout.records)[0], (typeof layout.records)[0]];
    const out = await streamed(reorderedZipStream(path, layout, [third, first, second]));
    const part = (r: { start: number; end: number }) => bytes.subarray(r.start, r.end);
    expect(out.equals(Buffer.concat([part(third), part(first), part(second), bytes.subarray(layout.directoryStart)]))).toBe(true);
    expect(out.length).toBe(bytes.length);
  });

  it('reads from the handle the layout was read from, and fails, naming the byte, when the file was cut short meanwhile', async () => {
    const bytes = zipBytes(ENTRIES);
    const path = join(dir, 'cut-meanwhile.zip');
    writeFileSync(path, bytes);
    const file = await open(path, 'r');
    try {
      const layout = await readZipLayout(file);
      expect((await streamed(reorderedZipStream(file, layout, layout.records))).equals(bytes)).toBe(true);
      truncateSync(path, 100);
      await expect(streamed(reorderedZipStream(file, layout, layout.records))).rejects.toThrow(`the zip ended at byte 100, before the ${bytes.length} bytes its directory gives`);
    } finally {
      await file.close();
    }
  });
});

