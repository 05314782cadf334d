/**
 * Connecting to Neo4j: credentials from flags or `NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD`,
 * `NEO4J_DATABASE`; defaults point at the local development server (`npm run neo4j:start`).
 * The password is never printed or logged.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface ConnectionOptions {
  uri?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

export interface Connection {
  driver: Driver;
  database: string | undefined;
  /** `uri` as user@host, without the password, for messages. */
  describe: string;
  close(): Promise<void>;
}

export const CONNECTION_DEFAULTS = {
  uri: 'bolt://127.0.0.1:7687',
  user: 'neo4j',
  password: 'ecograph-dev',
} as const;

export function resolveConnection(options: ConnectionOptions = {}, env: NodeJS.ProcessEnv = process.env): Required<Omit<ConnectionOptions, 'database'>> & { database: string | undefined } {
  return {
    uri: options.uri ?? env.NEO4J_URI ?? CONNECTION_DEFAULTS.uri,
    user: options.user ?? env.NEO4J_USER ?? CONNECTION_DEFAULTS.user,
    password: options.password ?? env.NEO4J_PASSWORD ?? CONNECTION_DEFAULTS.password,
    database: options.database ?? env.NEO4J_DATABASE ?? undefined,
  };
}

/** Opens a driver and checks that the server answers (clear error naming the URI, never the password). */
export async function connect(options: ConnectionOptions = {}): Promise<Connection> {
  const c = resolveConnection(options);
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
  });
  const describe = `${c.user}@${c.uri}${c.database ? ` (database ${c.database})` : ''}`;
  try {
    await driver.getServerInfo(c.database ? { database: c.database } : {});
  } catch (err) {
    await driver.close();
    const msg = (err as Error).message.split(c.password).join('***');
    throw new Error(`cannot connect to Neo4j at ${describe}: ${msg}`);
  }
  return { driver, database: c.database, describe, close: () => driver.close() };
}
