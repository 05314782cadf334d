/** `ecograph centrality`: the JSON contract, view flags, formats, errors. Values are checked against NetworkX in test/metrics. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { close, readFixture } from '../../metrics/reference-fixtures.js';
import { ECOSYSTEM, REFERENCE_GRAPHS, run } from './metrics-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-centrality-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Output {
  view: Record<string, unknown>;
  measures: string[];
  nodes: Array<Record<string, unknown> & { id: string }>;
}
const fixture = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; values: Record<string, Record<string, number>> }> }>('centrality.json');

describe('ecograph centrality', () => {
  it('JSON: view, every measure per node, sorted by the first measure', async () => {
    const r = await run(['centrality', ECOSYSTEM, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Output;
    expect(out.view).toMatchObject({ directed: false, weight: null, nodes: 26, edges: 42, selfLoopsDropped: 1 });
    expect(out.measures).toEqual(['degree', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'hubs', 'authorities', 'indegree', 'outdegree', 'strength', 'clustering', 'core', 'eccentricity']);
    expect(out.view.directedCounterpart).toEqual(['hits', 'indegree', 'outdegree']);
    expect(Object.keys(out.nodes[0]!)).toEqual(['id', 'label', 'kind', ...out.measures]);
    const degrees = out.nodes.map((n) => n.degree as number);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    const want = fixture.cases.find((c) => c.graph === 'small-ecosystem' && Object.keys(c.view).length === 0)!.values;
    for (const node of out.nodes) expect(close(node.betweenness as number, want.betweenness![node.id]!), node.id).toBe(true);
  });

  it('HITS runs on the directed view and says so; other measures on the chosen view', async () => {
    const out = JSON.parse((await run(['centrality', ECOSYSTEM, '--measures', 'hits', '-f', 'json'])).stdout) as Output;
    expect(out.view.hitsView).toBe('directed');
    expect(out.view.directedCounterpart).toEqual(['hits']);
    const want = fixture.cases.find((c) => c.graph === 'small-ecosystem' && JSON.stringify(c.view) === '{"directed":true}')!.values;
    for (const node of out.nodes) expect(close(node.hubs as number, want.hubs![node.id]!), node.id).toBe(true);
  });

  it('--weighted --weight-as strength gives the NetworkX values of that view', async () => {
    const r = await run(['centrality', `${REFERENCE_GRAPHS}lesmis.json`, '--measures', 'closeness,pagerank', '--weighted', '--weight-as', 'strength', '--top', '5', '-f', 'json']);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.view).toMatchObject({ weight: 'weight', weightAs: 'strength' });
    expect(out.nodes).toHaveLength(5);
    const want = fixture.cases.find((c) => c.graph === 'lesmis' && c.view.weightAs === 'strength')!.values;
    const best = Object.entries(want.closeness!).sort((a, b) => b[1] - a[1])[0]!;
    expect(out.nodes[0]!.id).toBe(best[0]);
    expect(close(out.nodes[0]!.closeness as number, best[1])).toBe(true);
  });

  it('--weighted=ATTR, --edge-kinds and --node-kinds shape the view', async () => {
    const out = JSON.parse(
      (await run(['centrality', ECOSYSTEM, '--measures', 'degree', '--edge-kinds', 'spinoff,investment,collaboration', '--node-kinds', 'firm,university,anchor', '--weighted=weight', '-f', 'json'])).stdout,
    ) as Output;
    expect(out.view).toMatchObject({ edgeKinds: ['spinoff', 'investment', 'collaboration'], nodeKinds: ['firm', 'university', 'anchor'], weight: 'weight', weightAs: 'distance' });
    expect(out.nodes.every((n) => ['firm', 'university', 'anchor'].includes(n.kind as string))).toBe(true);
  });

  it('table for people and CSV with ids, written atomically with -o', async () => {
    const table = await run(['centrality', ECOSYSTEM, '--measures', 'pagerank,degree', '--top', '3']);
    expect(table.stdout).toContain('undirected view, 26 nodes, 42 edges [from 45 ties: 2 parallel ties merged, 1 self-loop dropped]; 3 of 26 nodes, sorted by pagerank');
    expect(table.stdout).toMatch(/\nu-north\s+North University\s+university\s+0\.06\d+\s+7/);
    const file = join(TMP, 'c.csv');
    expect((await run(['centrality', ECOSYSTEM, '--measures', 'degree', '-f', 'csv', '-o', file])).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,label,kind,degree');
    expect(lines).toHaveLength(27);
  });

  it('a measure that cannot run stops with its reason (exit 1, no stack trace)', async () => {
    const r = await run(['centrality', `${REFERENCE_GRAPHS}dag.json`, '--directed', '--measures', 'eigenvector']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/eigenvector: the directed view has no cycles/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('usage errors: unknown measure, unknown kind, --weight-as without --weighted', async () => {
    for (const [argv, message] of [
      [['--measures', 'fame'], /unknown measure\(s\) fame/],
      [['--edge-kinds', 'friendship'], /unknown kind\(s\) friendship/],
      [['--weight-as', 'strength'], /--weight-as needs --weighted/],
    ] as const) {
      const r = await run(['centrality', ECOSYSTEM, ...argv]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('a zero weight read as a distance is refused with the tie named', async () => {
    const r = await run(['centrality', `${REFERENCE_GRAPHS}disconnected.json`, '--weighted']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"b" and "d" has weight 0/);
  });

  it('progress goes to stderr only when interactive, never into JSON', async () => {
    const quiet = await run(['centrality', `${REFERENCE_GRAPHS}lesmis.json`, '--measures', 'betweenness', '-f', 'json']);
    expect(quiet.stderr).toBe('');
    const loud = await run(['centrality', `${REFERENCE_GRAPHS}lesmis.json`, '--measures', 'betweenness', '-f', 'json'], true);
    expect(loud.stderr).toMatch(/betweenness \[#+\] 100% \(77\/77\)/);
    expect(JSON.parse(loud.stdout)).toEqual(JSON.parse(quiet.stdout));
  });
});

describe('ecograph centrality --measures all on a view where a measure cannot run', () => {
  it('skips that measure with the reason and keeps the others', async () => {
    const r = await run(['centrality', `${REFERENCE_GRAPHS}dag.json`, '--directed', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipped eigenvector: the directed view has no cycles/);
    const out = JSON.parse(r.stdout) as Output & { skipped: Record<string, string> };
    expect(Object.keys(out.skipped).sort()).toEqual(['eigenvector', 'hits']);
    expect(out.nodes.every((n) => n.eigenvector === null && typeof n.pagerank === 'number')).toBe(true);
  });
});

describe('ecograph centrality: the node measures of describe', () => {
  it('indegree, outdegree, strength, clustering, core and eccentricity equal NetworkX', async () => {
    const nodeFixture = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; values: Record<string, Record<string, number>> }> }>('node-measures.json');
    const out = JSON.parse((await run(['centrality', ECOSYSTEM, '--measures', 'indegree,outdegree,strength,clustering,core,eccentricity', '-f', 'json', '--weighted', '--weight-as', 'strength'])).stdout) as Output;
    const want = nodeFixture.cases.find((c) => c.graph === 'small-ecosystem' && JSON.stringify(c.view) === '{"weighted":"weight","weightAs":"strength"}')!.values;
    for (const node of out.nodes)
      for (const m of ['indegree', 'outdegree', 'strength', 'clustering', 'core', 'eccentricity'])
        expect(close(node[m] as number, want[m]![node.id]!), `${m} ${node.id}`).toBe(true);
  });
});
