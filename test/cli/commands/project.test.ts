/** `ecograph project`: the JSON of the ties, the projected graph file, the table and usage errors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { readFixture } from '../../metrics/reference-fixtures.js';
import { ECOSYSTEM, run } from './metrics-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-project-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const nx = readFixture<{ cases: Array<{ edgeKinds: string[] | null; via: string[]; newman: Record<string, number> }> }>('project.json').cases;

describe('ecograph project', () => {
  it('prints the Newman-weighted ties as JSON, equal to NetworkX', async () => {
    const r = await run(['project', ECOSYSTEM, '--via', 'founder,person', '--onto', 'firm,university,anchor,institute', '--method', 'newman', '-f', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['via', 'onto', 'edgeKinds', 'method', 'concurrent', 'bipartite', 'ties']);
    const want = nx.find((c) => c.edgeKinds === null && c.via.includes('founder'))!.newman;
    expect(json.ties).toHaveLength(Object.keys(want).length);
    for (const t of json.ties) expect(t.weight).toBeCloseTo(want[[t.source, t.target].sort().join('\t')]!, 12);
    expect(json.ties[0].sources.length).toBeGreaterThan(0);
  });

  it('writes the projection as a graph file and lists ties in a table', async () => {
    const out = join(TMP, 'projection.json');
    const r = await run(['project', ECOSYSTEM, '--via', 'founder,person', '--onto', 'firm,university,anchor,institute', '--edge-kinds', 'founded,affiliation', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tied through shared founder, person \(count\)/);
    const g = await loadGraph(out);
    expect(g.nodes().every((n) => ['firm', 'university', 'anchor', 'institute'].includes(g.getNodeAttribute(n, 'kind')!))).toBe(true);
    expect(g.size).toBeGreaterThan(0);
    g.forEachEdge((_e, a) => expect(a.weight).toBeGreaterThan(0));
  });

  it('refuses overlapping modes, unknown kinds and a missing --via', async () => {
    expect((await run(['project', ECOSYSTEM, '--via', 'person', '--onto', 'person'])).code).toBe(2);
    expect((await run(['project', ECOSYSTEM, '--via', 'people', '--onto', 'firm'])).code).toBe(2);
    expect((await run(['project', ECOSYSTEM, '--onto', 'firm'])).code).toBe(2);
  });
});
