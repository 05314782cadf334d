/**
 * Atomic output: each file is written to a temporary file beside it and renamed into place, so a
 * failed run never leaves a half-written file and earlier outputs stay intact.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes several files so that each either keeps its old content or gets the whole new one. */
export async function writeFilesAtomic(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>): Promise<void> {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const { path, data } of files) {
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.ecograph.tmp`);
      temps.push({ temp, path });
      await writeFile(temp, data);
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
