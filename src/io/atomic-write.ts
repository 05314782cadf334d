/**
 * Atomic output: each file is written to a temporary file beside it and renamed into place, so a
 * failed run never leaves a half-written file and earlier outputs stay intact.
 */
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

let written = 0;

/**
 * Writes `data` to a new file (`wx`: an existing file or link there is an error), the bytes in as few
 * write calls as the system takes (fs.writeFile hands a large text over in 512 KiB pieces).
 */
async function writeExclusive(path: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const file = await open(path, 'wx');
  try {
    for (let at = 0; at < bytes.length; ) {
      const { bytesWritten } = await file.write(bytes, at, bytes.length - at);
      if (bytesWritten === 0) throw Object.assign(new Error(`cannot write ${path}: no bytes were written`), { code: 'EIO', path });
      at += bytesWritten;
    }
  } finally {
    await file.close();
  }
}

/**
 * A temporary file beside `path` holding `data`, created exclusively (never an existing file or a
 * link followed): named from the process id, a counter and random digits (node:crypto, a few
 * milliseconds of start-up, is not needed for a name that `wx` already keeps unique).
 */
async function writeTemp(path: string, data: string | Uint8Array): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const temp = join(dirname(path), `.${process.pid}-${++written}-${Math.random().toString(36).slice(2, 10)}.ecograph.tmp`);
    try {
      await writeExclusive(temp, data);
      return temp;
    } catch (err) {
      // EEXIST: another file has the name (not ours to remove); any other failure may leave a partial file
      if ((err as { code?: string }).code !== 'EEXIST') {
        await rm(temp, { force: true });
        throw err;
      }
      if (attempt >= 10) throw err;
    }
  }
}

/** An error for an output path that is a directory: one line, with no temporary file in it. */
function isDirectoryError(path: string): Error {
  return Object.assign(new Error(`cannot write ${path}: it is a directory (give a file name)`), { code: 'EISDIR', path });
}

/**
 * Writes several files so that each either keeps its old content or gets the whole new one.
 *
 * @throws an error with code `EISDIR` naming the path when a target is a directory (nothing written)
 */
export async function writeFilesAtomic(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>): Promise<void> {
  for (const { path } of files) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory() || /[\\/]$/.test(path)) throw isDirectoryError(path);
  }
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const { path, data } of files) {
      await mkdir(dirname(path), { recursive: true });
      temps.push({ temp: await writeTemp(path, data), path });
    }
    // All temporary files are complete: only now replace the targets.
    for (const { temp, path } of temps) await rename(temp, path);
  } catch (err) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw err;
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ path, data }]);
}
