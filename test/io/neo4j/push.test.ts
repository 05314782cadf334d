/**
 * Pushing without a server: the defaults, the batch error, and the failure when the server cannot
 * be reached. Pushing to a real server (lossless round trips, idempotence, the label and type
 * mapping, interrupted pushes) is tested in neo4j.test.ts, kept in one file so its tests never
 * race on the shared database; it is skipped with one line when no server answers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BatchError, DEFAULTS, clearGraph, ensureSchema, pushGraph } from '../../../src/io/neo4j/push.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { unreachableConnection } from './unreachable-server.js';

const conn = unreachableConnection();
afterAll(() => conn.close());

describe('push defaults', () => {
  it('pushes 5000 rows per transaction and keeps what is in the database', () => {
    expect(DEFAULTS).toEqual({ batch: 5000, replace: false });
  });
});

describe('BatchError', () => {
  it('names the batch, what it held and the cause, and says re-running completes the push', () => {
    const err = new BatchError(3, 7, 'Firm nodes 5001–10000', new Error('deadlock detected'));
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('BatchError');
    expect([err.batch, err.batches, err.what]).toEqual([3, 7, 'Firm nodes 5001–10000']);
    expect(err.message).toBe('batch 3 of 7 (Firm nodes 5001–10000) failed and was rolled back: deadlock detected. Re-run the push to complete it.');
  });
});

describe('without a server', () => {
  const graph = createEcoGraph();
  graph.addNode('a', { label: 'A', kind: 'firm' });

  it('pushGraph fails before any batch (creating the schema), reporting no progress', async () => {
    const progress: number[] = [];
    await expect(pushGraph(graph, conn, { onProgress: (done) => progress.push(done) })).rejects.toThrow(/Failed to connect to server/);
    expect(progress).toEqual([]);
  });

  it('ensureSchema and clearGraph fail with the driver error', async () => {
    await expect(ensureSchema(conn)).rejects.toThrow(/Failed to connect to server/);
    await expect(clearGraph(conn)).rejects.toThrow(/Failed to connect to server/);
  });
});
