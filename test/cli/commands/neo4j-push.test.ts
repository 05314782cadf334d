/**
 * `ecograph neo4j push` without a server: the batch size and the graph are checked before
 * connecting, and an unreachable server is a one-line failure naming it, never the password. The
 * push itself against a real server is in test/io/neo4j/neo4j.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCapture } from '../../helpers/run-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-neo4j-push-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
/** A port nothing listens on: connecting fails at once. */
const NOWHERE = ['--uri', 'bolt://127.0.0.1:1', '--password', 'not-to-be-shown'];
const GRAPH = 'graphs/kobe-biomedical.json';

describe('ecograph neo4j push', () => {
  it('refuses a batch size that is not a positive integer, before anything else', async () => {
    for (const batch of ['0', '-5', '2.5']) {
      const r = await runCapture(['neo4j', 'push', GRAPH, ...NOWHERE, `--batch=${batch}`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('ecograph neo4j push: --batch must be a positive integer');
    }
  });

  it('refuses an invalid graph with its errors without connecting', async () => {
    const bad = join(TMP, 'bad.json');
    writeFileSync(bad, JSON.stringify({ nodes: [{ key: 'a', attributes: { label: 'A', kind: 'planet' } }], edges: [] }));
    const r = await runCapture(['neo4j', 'push', bad, ...NOWHERE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown-node-kind');
    expect(r.stderr).not.toContain('cannot connect');
  });

  it('fails in one message naming user and URI when no server answers, hiding the password', async () => {
    const r = await runCapture(['neo4j', 'push', GRAPH, ...NOWHERE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ecograph neo4j push: cannot connect to Neo4j at neo4j@bolt:\/\/127\.0\.0\.1:1: /);
    expect(r.stderr).not.toContain('not-to-be-shown');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
