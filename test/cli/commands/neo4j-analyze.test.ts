/**
 * `ecograph neo4j analyze` without a server: the measure list is checked before connecting (with
 * the known measures named), and an unreachable server fails naming it. Analysis against a real
 * server is in test/io/neo4j/neo4j.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CENTRALITY_MEASURES } from '../../../src/metrics/registry.js';
import { runCapture } from '../../helpers/run-cli.js';

const NOWHERE = ['--uri', 'bolt://127.0.0.1:1'];
const IDS = CENTRALITY_MEASURES.map((m) => m.id);

describe('ecograph neo4j analyze', () => {
  it('refuses unknown measures, listing the known ones and "all"', async () => {
    const r = await runCapture(['neo4j', 'analyze', ...NOWHERE, '--measures', 'degree,fame,luck']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ecograph neo4j analyze: --measures: unknown measure(s) fame, luck (known: ${IDS.join(', ')}, all)`);
  });

  it('takes no positional argument', async () => {
    const r = await runCapture(['neo4j', 'analyze', 'graph.json', ...NOWHERE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unexpected argument "graph.json"');
  });

  it('fails naming the server when none answers, for a valid measure list', async () => {
    const r = await runCapture(['neo4j', 'analyze', ...NOWHERE, '--measures', 'all', '--communities', '--lineage']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ecograph neo4j analyze: cannot connect to Neo4j at neo4j@bolt:\/\/127\.0\.0\.1:1: /);
    expect(r.stdout).toBe('');
  });
});
