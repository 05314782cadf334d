/**
 * Connection settings (flags over environment over defaults) and the refusal when no server
 * answers. Connecting to a real server is tested in neo4j.test.ts (skipped without one).
 */
import { describe, expect, it } from 'vitest';
import { CONNECTION_DEFAULTS, connect, resolveConnection } from '../../../src/io/neo4j/connection.js';
import { UNREACHABLE_URI } from './unreachable-server.js';

describe('resolveConnection', () => {
  it('defaults to the local development server, with no database', () => {
    expect(resolveConnection({}, {})).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'ecograph-dev', database: undefined });
    expect(CONNECTION_DEFAULTS).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'ecograph-dev' });
  });

  it('takes NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE from the environment', () => {
    const env = { NEO4J_URI: 'neo4j://db:7687', NEO4J_USER: 'alice', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'eco' };
    expect(resolveConnection({}, env)).toEqual({ uri: 'neo4j://db:7687', user: 'alice', password: 's3cret', database: 'eco' });
  });

  it('lets options win over the environment, field by field', () => {
    const env = { NEO4J_URI: 'neo4j://db:7687', NEO4J_USER: 'alice', NEO4J_PASSWORD: 's3cret' };
    expect(resolveConnection({ user: 'bob', database: 'other' }, env)).toEqual({ uri: 'neo4j://db:7687', user: 'bob', password: 's3cret', database: 'other' });
    expect(resolveConnection({ uri: undefined, password: 'flag' }, env)).toMatchObject({ uri: 'neo4j://db:7687', password: 'flag' });
  });

  it('reads the process environment by default', () => {
    const saved = process.env.NEO4J_USER;
    process.env.NEO4J_USER = 'from-process-env';
    try {
      expect(resolveConnection().user).toBe('from-process-env');
    } finally {
      if (saved === undefined) delete process.env.NEO4J_USER;
      else process.env.NEO4J_USER = saved;
    }
  });
});

describe('connect without a server', () => {
  it('fails with an error naming user and URI (and database), never the password', async () => {
    const password = 'unguessable-password-4711';
    const err = await connect({ uri: UNREACHABLE_URI, user: 'carol', password, database: 'eco' }).then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toMatch(new RegExp(`^cannot connect to Neo4j at carol@${UNREACHABLE_URI.replace(/[.]/g, '\\.')} \\(database eco\\): `));
    expect(err!.message).not.toContain(password);
  });

  it('refuses a URI with an unknown scheme', async () => {
    await expect(connect({ uri: 'http://127.0.0.1:1', password: 'x' })).rejects.toThrow(/http/);
  });
});
