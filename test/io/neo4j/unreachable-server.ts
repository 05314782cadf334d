/**
 * A connection whose driver points at a port where no server listens, for the tests of what the
 * Neo4j modules do when the server cannot be reached (no server is needed, nothing is mocked: the
 * real driver fails to connect).
 */
import neo4j from 'neo4j-driver';
import type { Connection } from '../../../src/io/neo4j/connection.js';

/** A URI no Neo4j server answers on (port 1 is never a Bolt server). */
export const UNREACHABLE_URI = 'bolt://127.0.0.1:1';

/** An open driver to {@link UNREACHABLE_URI}, failing fast: no transaction retries. */
export function unreachableConnection(database?: string): Connection {
  const driver = neo4j.driver(UNREACHABLE_URI, neo4j.auth.basic('neo4j', 'not-a-real-secret'), {
    disableLosslessIntegers: true,
    connectionTimeout: 2000,
    maxTransactionRetryTime: 0,
  });
  return { driver, database, describe: `neo4j@${UNREACHABLE_URI}`, close: () => driver.close() };
}
