import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeFilesAtomic } from '../../src/io/atomic-write.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-atomic-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const TMP_DIR_FOR_DIRECTORY_TEST = mkdtempSync(join(tmpdir(), 'ecograph-atomic-dir-'));
afterAll(() => rmSync(TMP_DIR_FOR_DIRECTORY_TEST, { recursive: true, force: true }));

it('when the second of two writes fails, the first target keeps its old content and no temporary file remains', async () => {
  const first = join(TMP, 'nodes.csv');
  writeFileSync(first, 'old nodes');
  const blocker = join(TMP, 'not-a-dir');
  writeFileSync(blocker, 'x');
  await expect(
    writeFilesAtomic([
      { path: first, data: 'new nodes' },
      { path: join(blocker, 'edges.csv'), data: 'new edges' },
    ]),
  ).rejects.toThrow();
  expect(readFileSync(first, 'utf8')).toBe('old nodes');
  expect(readdirSync(TMP).sort()).toEqual(['nodes.csv', 'not-a-dir']);
});

it('replaces every target when all writes succeed', async () => {
  const a = join(TMP, 'a.txt');
  writeFileSync(a, 'old');
  await writeFilesAtomic([
    { path: a, data: 'new a' },
    { path: join(TMP, 'sub', 'b.txt'), data: 'new b' },
  ]);
  expect(readFileSync(a, 'utf8')).toBe('new a');
  expect(readFileSync(join(TMP, 'sub', 'b.txt'), 'utf8')).toBe('new b');
  expect(readdirSync(TMP).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

it('refuses a directory as the target with one line naming it, writing nothing', async () => {
  const dir = join(TMP_DIR_FOR_DIRECTORY_TEST, 'out.csv');
  mkdirSync(dir, { recursive: true });
  await expect(writeFilesAtomic([{ path: dir, data: 'x' }])).rejects.toThrow(`cannot write ${dir}: it is a directory (give a file name)`);
  await expect(writeFilesAtomic([{ path: dir + '/', data: 'x' }])).rejects.toMatchObject({ code: 'EISDIR' });
  expect(readdirSync(TMP_DIR_FOR_DIRECTORY_TEST)).toEqual(['out.csv']);
  expect(readdirSync(dir)).toEqual([]);
});

it('gives every temporary file of a process a new name: concurrent writes all land, none is left behind', async () => {
  const dir = join(TMP, 'exclusive');
  mkdirSync(dir);
  // many writes from one process: every temporary name is new, and none is left behind
  await Promise.all(Array.from({ length: 20 }, (_, i) => writeFilesAtomic([{ path: join(dir, `f${i}.txt`), data: String(i) }])));
  for (let i = 0; i < 20; i++) expect(readFileSync(join(dir, `f${i}.txt`), 'utf8')).toBe(String(i));
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
