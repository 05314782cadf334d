/**
 * Writing computed results back to Neo4j as node properties, in batched transactions.
 */
import type { Connection } from './connection.js';
import { ACTOR_LABEL } from './mapping.js';
import { toProperties } from './properties.js';

export interface WriteBackOptions {
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Sets properties on `Actor` nodes by id: `values` maps node id → { property: value }.
 *
 * @example
 * await writeNodeProperties(conn, new Map([['kyoto-university', { betweenness: 0.12 }]]));
 */
export async function writeNodeProperties(
  conn: Connection,
  values: ReadonlyMap<string, Record<string, unknown>>,
  options: WriteBackOptions = {},
): Promise<number> {
  const batch = Math.max(1, options.batch ?? 5000);
  const rows = [...values].map(([id, props]) => ({ id, props: toProperties(props) }));
  const session = conn.driver.session(conn.database ? { database: conn.database } : {});
  try {
    for (let i = 0; i < rows.length; i += batch) {
      const part = rows.slice(i, i + batch);
      try {
        await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row MATCH (n:${ACTOR_LABEL} {id: row.id}) SET n += row.props`, { rows: part }));
      } catch (err) {
        throw new Error(`write-back batch ${i / batch + 1} of ${Math.ceil(rows.length / batch)} failed and was rolled back: ${(err as Error).message}`);
      }
      options.onProgress?.(Math.min(rows.length, i + batch), rows.length);
    }
  } finally {
    await session.close();
  }
  return rows.length;
}
