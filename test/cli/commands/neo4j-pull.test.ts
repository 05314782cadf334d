/**
 * `ecograph neo4j pull` without a server: --params must be a JSON object and the output is
 * required, both checked before connecting; an unreachable server fails naming it and writes
 * nothing. Pulling from a real server is in test/io/neo4j/neo4j.test.ts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCapture } from '../../helpers/run-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-neo4j-pull-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const NOWHERE = ['--uri', 'bolt://127.0.0.1:1'];

describe('ecograph neo4j pull', () => {
  it('needs the output path', async () => {
    const r = await runCapture(['neo4j', 'pull', ...NOWHERE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ecograph neo4j pull: missing <out>');
  });

  it('refuses --params that is not JSON, or JSON that is not an object', async () => {
    const out = join(TMP, 'out.json');
    const notJson = await runCapture(['neo4j', 'pull', out, ...NOWHERE, '--params', '{root:1}']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('ecograph neo4j pull: --params is not valid JSON: ');
    for (const params of ['[1,2]', 'null', '"x"']) {
      const r = await runCapture(['neo4j', 'pull', out, ...NOWHERE, '--params', params]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('ecograph neo4j pull: --params must be a JSON object');
    }
  });

  it('fails naming the server when none answers, and writes nothing', async () => {
    const out = join(TMP, 'pulled.json');
    const r = await runCapture(['neo4j', 'pull', out, ...NOWHERE, '--params', '{"root":"a"}', '--query', 'MATCH (n) RETURN n']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ecograph neo4j pull: cannot connect to Neo4j at neo4j@bolt:\/\/127\.0\.0\.1:1: /);
    expect(existsSync(out)).toBe(false);
  });
});
