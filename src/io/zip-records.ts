/**
 * The records of a zip file, located from its central directory, and the file streamed back with
 * its records in another order. A zip is a run of local records (a local header, the compressed
 * data, an optional data descriptor), then the central directory that lists each record's offset.
 * A reader that parses the zip front to back as a stream sees the records in the order they are
 * written; {@link reorderedZipStream} lets a caller choose that order without unpacking or
 * recompressing anything: each record's bytes are copied as they are.
 *
 * Zip64 (over 65,535 entries or 4 GB) is read. Node-only.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** One local record of a zip: the entry's name and the bytes `[start, end)` that hold it. */
export interface ZipRecord {
  /** The entry's path inside the zip, as the central directory writes it (`xl/workbook.xml`). */
  name: string;
  /** Offset of the record's local header. */
  start: number;
  /** Offset just past the record (the next record's header, or the central directory). */
  end: number;
}

/** Where a zip's parts lie: its local records in file order, and the central directory through the end of the file. */
export interface ZipLayout {
  records: ZipRecord[];
  /** Offset of the central directory; the bytes from here to `size` are its directory and end records. */
  directoryStart: number;
  /** The file's size in bytes. */
  size: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + U16_MAX;

function u64(buffer: Buffer, at: number): number {
  const value = buffer.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('a zip64 offset is beyond what this reader addresses');
  return Number(value);
}

/**
 * Reads the central directory of a zip file and returns where each local record lies.
 *
 * @param zip - the zip file (an `.xlsx` workbook, for instance), or an open handle on it (left open)
 * @throws Error when the file is not a zip (no end of central directory record) or its directory is cut short
 * @example
 * const { records } = await readZipLayout('eco.xlsx');
 * records.map((r) => r.name); // ['[Content_Types].xml', '_rels/.rels', …]
 */
export async function readZipLayout(zip: string | FileHandle): Promise<ZipLayout> {
  const file = typeof zip === 'string' ? await open(zip, 'r') : zip;
  try {
    const size = (await file.stat()).size;
    const read = async (start: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, start);
      if (bytesRead < length) throw new Error(`the zip is cut short at byte ${start + bytesRead}`);
      return buffer;
    };
    const tailStart = Math.max(0, size - END_SEARCH);
    const tail = await read(tailStart, size - tailStart);
    // the end record whose comment reaches exactly to the end of the file (a comment may hold the
    // signature too); failing that, the last signature seen (a file with bytes appended)
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
        if (end < 0) end = i;
        if (i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
          end = i;
          break;
        }
      }
    if (end < 0) throw new Error('no zip end of central directory record');
    let entries = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryStart = tail.readUInt32LE(end + 16);
    if ((entries === U16_MAX || directorySize === U32_MAX || directoryStart === U32_MAX) && end >= 20 && tail.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
      const zip64 = await read(u64(tail, end - 20 + 8), 56);
      if (zip64.readUInt32LE(0) !== ZIP64_END_OF_DIRECTORY) throw new Error('the zip64 end of central directory record is missing');
      entries = u64(zip64, 32);
      directorySize = u64(zip64, 40);
      directoryStart = u64(zip64, 48);
    }
    if (directoryStart + directorySize > size) throw new Error('the zip central directory lies beyond the end of the file');
    const directory = await read(directoryStart, directorySize);
    const found: { name: string; start: number }[] = [];
    let at = 0;
    for (let n = 0; n < entries; n++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`the zip central directory entry ${n + 1} is damaged`);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      let start = directory.readUInt32LE(at + 42);
      if (start === U32_MAX) {
        // the zip64 extra field holds, in this order, the sizes that overflowed and then the offset
        let skip = (directory.readUInt32LE(at + 24) === U32_MAX ? 8 : 0) + (directory.readUInt32LE(at + 20) === U32_MAX ? 8 : 0);
        for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
          const id = directory.readUInt16LE(x);
          const length = directory.readUInt16LE(x + 2);
          if (id === 0x0001) {
            start = u64(directory, x + 4 + skip);
            skip = -1;
            break;
          }
          x += 4 + length;
        }
        if (skip !== -1) throw new Error(`the zip entry "${name}" has no zip64 offset`);
      }
      found.push({ name, start });
      at += 46 + nameLength + extraLength + commentLength;
    }
    const sorted = [...found].sort((a, b) => a.start - b.start);
    const records = sorted.map((r, i) => ({ name: r.name, start: r.start, end: i + 1 < sorted.length ? sorted[i + 1]!.start : directoryStart }));
    return { records, directoryStart, size };
  } finally {
    if (typeof zip === 'string') await file.close();
  }
}

/** Bytes read at a time when streaming records. */
const CHUNK = 1 << 16;

/**
 * The zip file streamed with its local records in the order given, followed by its central
 * directory and end records as they are. The directory's offsets then no longer match, so the
 * stream is for readers that parse front to back (as a streaming unzip does), not for random access.
 * Given an open handle (the one {@link readZipLayout} read, so that a file replaced meanwhile is
 * not mixed in), it reads from it and leaves it open; given a path, it opens and closes the file.
 * The stream fails if the file is shorter than the layout says.
 *
 * @param zip - the zip file, or an open handle on it
 * @param layout - its layout, from {@link readZipLayout}
 * @param order - the records to stream, in the order wanted (normally every record of `layout`, reordered)
 * @example
 * const layout = await readZipLayout('eco.xlsx');
 * const stream = reorderedZipStream('eco.xlsx', layout, [...layout.records].reverse());
 */
export function reorderedZipStream(zip: string | FileHandle, layout: ZipLayout, order: readonly ZipRecord[]): Readable {
  const ranges: [number, number][] = [...order.map((r): [number, number] => [r.start, r.end]), [layout.directoryStart, layout.size]];
  async function* bytes(): AsyncGenerator<Buffer> {
    const file = typeof zip === 'string' ? await open(zip, 'r') : zip;
    try {
      for (const [start, end] of ranges)
        for (let at = start; at < end; ) {
          const buffer = Buffer.alloc(Math.min(CHUNK, end - at));
          const { bytesRead } = await file.read(buffer, 0, buffer.length, at);
          if (bytesRead === 0) throw new Error(`the zip ended at byte ${at}, before the ${layout.size} bytes its directory gives (was it changed while it was read?)`);
          at += bytesRead;
          yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
        }
    } finally {
      if (typeof zip === 'string') await file.close();
    }
  }
  return Readable.from(bytes(), { objectMode: false });
}
