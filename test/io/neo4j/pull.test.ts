/**
 * Pulling without a server: the failure when the server cannot be reached, for the whole graph and
 * for a query. Pulling from a real server (lossless round trips, query results with parameters,
 * paths and the ends of returned relationships, hostile ids and values) is tested in neo4j.test.ts,
 * kept in one file so its tests never race on the shared database; it is skipped with one line
 * when no server answers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pullGraph } from '../../../src/io/neo4j/pull.js';
import { unreachableConnection } from './unreachable-server.js';

const conn = unreachableConnection();
const withDatabase = unreachableConnection('eco');
afterAll(async () => {
  await conn.close();
  await withDatabase.close();
});

describe('pullGraph without a server', () => {
  it('fails for the whole graph, reporting no progress', async () => {
    const progress: number[] = [];
    await expect(pullGraph(conn, { onProgress: (done) => progress.push(done) })).rejects.toThrow(/Failed to connect to server/);
    expect(progress).toEqual([]);
  });

  it('fails for a query with parameters, and for a named database', async () => {
    await expect(pullGraph(conn, { query: 'MATCH (n:Actor {id: $id}) RETURN n', params: { id: 'a' } })).rejects.toThrow(/Failed to connect to server/);
    await expect(pullGraph(withDatabase)).rejects.toThrow(/Failed to connect to server/);
  });
});
