/**
 * Reading a text file in chunks: UTF-8 with or without BOM, decoded incrementally, with the same
 * refusals as {@link decodeText} (binary data, invalid UTF-8, an empty file) but without ever
 * holding the whole text. Node-only (fs streams).
 */
import { createReadStream } from 'node:fs';
import { problem, type Problem } from '../../model/problems.js';
import { TextDecodeFailure } from '../text.js';

export { TextDecodeFailure };

export interface TextChunkOptions {
  /** Bytes per read (default 1 MiB). */
  chunkBytes?: number;
  /** Checked before every chunk; an aborted signal stops the read with its reason. */
  signal?: AbortSignal | undefined;
  /** Called after every chunk with the bytes read so far in this file. */
  onBytes?: ((bytesRead: number) => void) | undefined;
}

export const DEFAULTS = { chunkBytes: 1 << 20 } as const;

/** How many leading bytes the binary check looks at (as `decodeText` does). */
const SAMPLE_BYTES = 8192;

function binaryProblem(sample: Uint8Array, file: string): Problem | undefined {
  let control = 0;
  for (const b of sample) {
    if (b === 0) return problem('error', 'binary-file', 'the file holds binary data (NUL bytes), not text', { file, line: 1 });
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05)
    return problem('error', 'binary-file', 'the file holds binary data, not text', { file, line: 1 });
  return undefined;
}

/**
 * The text of a file, chunk by chunk (each chunk a string; a character never splits across two).
 *
 * @param path - the file to read
 * @param file - its name in problems
 * @param options - chunk size, abort signal, byte progress
 * @throws {@link TextDecodeFailure} for binary data, invalid UTF-8 or an empty file (whitespace only)
 * @example
 * for await (const text of readTextChunks('eco/edges.csv', 'eco/edges.csv')) parser.push(text);
 * @see decodeText in `src/io/text.ts`, the whole-file counterpart
 */
export async function* readTextChunks(path: string, file: string, options: TextChunkOptions = {}): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? DEFAULTS.chunkBytes });
  let head: Uint8Array | undefined = new Uint8Array(0);
  let bytesRead = 0;
  let content = false;
  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder.decode(bytes, { stream: !final });
    } catch {
      throw new TextDecodeFailure(problem('error', 'binary-file', 'the file is not valid UTF-8 text', { file, line: 1 }));
    }
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted();
      bytesRead += chunk.length;
      let bytes: Uint8Array = chunk;
      if (head !== undefined) {
        // Gather the first bytes for the BOM and binary checks before decoding anything.
        const joined: Uint8Array = new Uint8Array(head.length + bytes.length);
        joined.set(head);
        joined.set(bytes, head.length);
        if (joined.length < SAMPLE_BYTES + 3) {
          head = joined;
          continue;
        }
        head = undefined;
        const body = joined[0] === 0xef && joined[1] === 0xbb && joined[2] === 0xbf ? joined.subarray(3) : joined;
        const bad = binaryProblem(body.subarray(0, SAMPLE_BYTES), file);
        if (bad) throw new TextDecodeFailure(bad);
        bytes = body;
      }
      const text = decode(bytes, false);
      if (!content && /\S/.test(text)) content = true;
      if (text.length > 0) yield text;
      options.onBytes?.(bytesRead);
    }
    let last = '';
    if (head !== undefined) {
      const body = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
      const bad = binaryProblem(body.subarray(0, SAMPLE_BYTES), file);
      if (bad) throw new TextDecodeFailure(bad);
      last = decode(body, true);
    } else last = decode(new Uint8Array(0), true);
    if (!content && /\S/.test(last)) content = true;
    if (!content) throw new TextDecodeFailure(problem('error', 'empty-file', 'the file is empty', { file, line: 1 }));
    if (last.length > 0) yield last;
    options.onBytes?.(bytesRead);
  } finally {
    stream.destroy();
  }
}
