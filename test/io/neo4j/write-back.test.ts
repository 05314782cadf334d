/**
 * Writing node properties back without a server: nothing to write needs no server; a failed batch
 * is named in the error. Writing back to a real server (`neo4j analyze --write-back` equals file
 * mode) is tested in neo4j.test.ts, skipped with one line when no server answers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeNodeProperties } from '../../../src/io/neo4j/write-back.js';
import { unreachableConnection } from './unreachable-server.js';

const conn = unreachableConnection();
afterAll(() => conn.close());

describe('writeNodeProperties without a server', () => {
  it('writes nothing, and needs no server, when there are no values', async () => {
    const progress: number[] = [];
    expect(await writeNodeProperties(conn, new Map(), { onProgress: (done) => progress.push(done) })).toBe(0);
    expect(progress).toEqual([]);
  });

  it('names the failed batch and its count, and says it was rolled back', async () => {
    const values = new Map(Array.from({ length: 5 }, (_, i) => [`n${i}`, { betweenness: i / 10 }] as const));
    const progress: number[] = [];
    const err = await writeNodeProperties(conn, values, { batch: 2, onProgress: (done) => progress.push(done) }).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toMatch(/^write-back batch 1 of 3 failed and was rolled back: /);
    expect(progress).toEqual([]);
  });

  it('treats a batch size below 1 as 1', async () => {
    const err = await writeNodeProperties(conn, new Map([['a', { x: 1 }], ['b', { x: 2 }]]), { batch: 0 }).then(() => undefined, (e: unknown) => e as Error);
    expect(err!.message).toMatch(/^write-back batch 1 of 2 failed/);
  });
});
