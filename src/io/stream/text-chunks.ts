/**
 * Reading a text file in chunks, decoded by the same {@link TextStreamDecoder} as the whole-file
 * readers (encoding detection, refusals of binary data, undecodable bytes and empty files) but
 * without ever holding the whole text. Node-only (file handles).
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecodeFailure, TextStreamDecoder, type TextEncodingName } from '../text.js';

export { TextDecodeFailure };

export interface TextChunkOptions {
  /** Bytes per read (default 1 MiB). */
  chunkBytes?: number;
  /** Checked before every chunk; an aborted signal stops the read with its reason. */
  signal?: AbortSignal | undefined;
  /** Called after every chunk with the bytes read so far in this file. */
  onBytes?: ((bytesRead: number) => void) | undefined;
  /** Read the file in this encoding instead of detecting it. */
  encoding?: TextEncodingName | undefined;
}

export const DEFAULTS = { chunkBytes: 1 << 20 } as const;

/**
 * Bytes decoded into one string. A string this short is made in the young generation and dies
 * there, swept by the cheap scavenges; one of a megabyte or more is held outside the heap, and
 * hundreds of them (a large file) make the collector run full collections for the memory they
 * hold. The file is still read a chunk of {@link DEFAULTS.chunkBytes} at a time. Only ASCII chunks are
 * cut so (any cut gives the same text, and no problem can straddle a cut), so that the problems of
 * undecodable bytes stay those of whole chunks.
 */
const PIECE_BYTES = 1 << 16;

/**
 * Whole UTF-8 characters to text, or undefined when the bytes are not valid UTF-8: Node's checked
 * buffer decoding, several times faster than a streaming `TextDecoder` and giving one-byte strings
 * for ASCII text (faster to scan); an all-ASCII chunk is copied as Latin-1, the same characters.
 */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ASCII bytes are the same characters in UTF-8 and Latin-1, whose decoding is a plain copy (twice as fast)
  if (isAscii(bytes)) return buffer.toString('latin1');
  if (!isUtf8(bytes)) return undefined;
  return buffer.toString('utf8');
}

/**
 * The line feeds in the first `end` bytes of a file, read again: only to name the line of bytes
 * that are not text, so that the chunks read do not each have their lines counted.
 */
function lineFeedsInFile(path: string, end: number): number {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(Math.min(end, 1 << 20));
    let count = 0;
    for (let at = 0; at < end; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
      if (read === 0) break;
      for (let i = 0; i < read; i++) if (buffer[i] === 10) count++;
      at += read;
    }
    return count;
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a file, chunk by chunk (each chunk a string; a character never splits across two).
 *
 * @param path - the file to read
 * @param file - its name in problems
 * @param options - chunk size, abort signal, byte progress, forced encoding
 * @throws {@link TextDecodeFailure} for binary data, bytes that are not text in the detected or
 *   forced encoding, or an empty file (whitespace only)
 * @example
 * for await (const text of readTextChunks('eco/edges.csv', 'eco/edges.csv')) parser.push(text);
 * @see decodeText in `src/io/text.ts`, the whole-file counterpart
 */
export async function* readTextChunks(path: string, file: string, options: TextChunkOptions = {}): AsyncGenerator<string> {
  /**
   * The memory of the chunk being decoded when it is ASCII: its pieces are not checked again. (The
   * decoder gives bytes in other memory when it puts a character cut by the last chunk before them.)
   */
  let asciiChunk: ArrayBufferLike | undefined;
  const utf8 = (bytes: Uint8Array) => (bytes.buffer === asciiChunk ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : decodeUtf8(bytes));
  const decoder = new TextStreamDecoder(file, { encoding: options.encoding, utf8, lineFeedsBefore: (end) => lineFeedsInFile(path, end) });
  const chunkBytes = options.chunkBytes ?? DEFAULTS.chunkBytes;
  const handle = await open(path, 'r');
  // Two buffers in turn: the next chunk is read while the text of the last one is handed on (the
  // decoder keeps no reference to the bytes it is given), and no chunk needs fresh memory.
  let filled = new Uint8Array(chunkBytes);
  let spare = new Uint8Array(chunkBytes);
  let reading = handle.read(filled, 0, chunkBytes, null);
  let bytesRead = 0;
  /** The last byte of the last chunk. */
  let lastByte = 0;
  try {
    while (true) {
      const read = (await reading).bytesRead;
      if (read === 0) break;
      options.signal?.throwIfAborted();
      const chunk = filled.subarray(0, read);
      [filled, spare] = [spare, filled];
      reading = handle.read(filled, 0, chunkBytes, null);
      bytesRead += read;
      // ASCII UTF-8 decoded in pieces (see PIECE_BYTES): the same characters, and no character or
      // invalid bytes to cut; the first chunk (whose bytes decide the encoding) and any other decoded
      // whole, so that the problems of undecodable bytes stay those of whole chunks
      // (after an ASCII byte: no character cut by the last chunk is put before this one)
      const ascii = bytesRead !== read && lastByte < 0x80 && decoder.encoding === 'utf-8' && isAscii(chunk);
      asciiChunk = ascii ? chunk.buffer : undefined;
      const piece = ascii ? PIECE_BYTES : read;
      for (let at = 0; at < read; at += piece) {
        const text = decoder.push(chunk.subarray(at, Math.min(read, at + piece)));
        if (text.length > 0) yield text;
      }
      asciiChunk = undefined;
      lastByte = chunk[read - 1]!;
      options.onBytes?.(bytesRead);
    }
    const last = decoder.end();
    if (last.length > 0) yield last;
    options.onBytes?.(bytesRead);
  } finally {
    // the read in flight, if any, ends before the file is closed
    await reading.catch(() => undefined);
    await handle.close();
  }
}
