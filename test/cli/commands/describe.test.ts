/** `ecograph describe`: the JSON shape, the table and CSV, the group and node levels, and usage errors. */
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../metrics/reference-fixtures.js';
import { ECOSYSTEM, REFERENCE_GRAPHS, run } from './metrics-cli.js';

const nx = readFixture<{ cases: Array<{ graph: string; view: Record<string, unknown>; by: string | null; statistics: Record<string, unknown> }> }>('describe.json').cases;

describe('ecograph describe', () => {
  it('prints the JSON shape with every statistic, null and a note where one does not apply', async () => {
    const r = await run(['describe', `${REFERENCE_GRAPHS}karate.json`, '--format', 'json', '--by', 'club', '--draws', '99', '--seed', '5']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['view', 'by', 'partition', 'statistics', 'groups', 'nodes', 'notes']);
    expect(Object.keys(json.statistics)).toEqual([
      'nodes', 'edges', 'sourceTies', 'density', 'meanDegree', 'components', 'largestComponentShare', 'reciprocity', 'transitivity',
      'averageClustering', 'averagePathLength', 'diameter', 'centralization', 'degreeAssortativity', 'attributeAssortativity', 'eiIndex',
      'maxCore', 'modularity', 'nmi', 'ari',
    ]);
    const want = nx.find((c) => c.graph === 'karate')!.statistics;
    expect(json.statistics.transitivity).toBeCloseTo(want.transitivity as number, 12);
    expect(json.statistics.reciprocity).toBeNull();
    expect(json.notes.reciprocity).toMatch(/no directed ties/);
    expect(json.statistics.eiIndex.permutation).toMatchObject({ draws: 99, seed: 5 });
    expect(json.groups.map((g: { value: string }) => g.value)).toEqual(['Mr. Hi', 'Officer']);
    expect(json.nodes).toHaveLength(34);
    expect(json.statistics.modularity).toBeNull();
    expect(json.notes.modularity).toMatch(/--partition/);
  });

  it('prints a table of statistics with notes, and CSV', async () => {
    const table = await run(['describe', ECOSYSTEM, '--directed']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/directed view, 26 nodes/);
    expect(table.stdout).toMatch(/centralization\.closeness .* on the largest strongly connected component/);
    expect(table.stdout).toMatch(/reciprocity\.spinoff/);
    const csv = await run(['describe', ECOSYSTEM, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('statistic,value,note');
    expect(csv.stdout).toMatch(/\ndensity,0\.129230769/);
  });

  it('with --partition gives modularity, NMI and ARI', async () => {
    const r = await run(['describe', ECOSYSTEM, '--partition', 'sphere', '--format', 'json']);
    const s = JSON.parse(r.stdout).statistics;
    const want = nx.find((c) => c.graph === 'small-ecosystem' && c.by === 'sphere' && Object.keys(c.view).length === 0)!.statistics;
    expect(s.modularity).toBeCloseTo(want.partitionModularity as number, 12);
    expect(s.nmi).toBeGreaterThanOrEqual(0);
    expect(s.nmi).toBeLessThanOrEqual(1);
    expect(typeof s.ari).toBe('number');
  });

  it('lists groups and nodes with --level', async () => {
    const groups = await run(['describe', ECOSYSTEM, '--by', 'sphere', '--level', 'group', '--format', 'csv', '--draws', '0']);
    expect(groups.stdout.split('\n')[0]).toBe('value,nodes,internalTies,externalTies,eiIndex');
    expect(groups.stdout).toMatch(/\nindustry,/);
    const nodes = await run(['describe', ECOSYSTEM, '--by', 'sphere', '--level', 'node', '--format', 'csv', '--draws', '0']);
    expect(nodes.stdout).toMatch(/\nu-north,North University,university,/);
  });

  it('refuses --level without --by and a negative --draws', async () => {
    expect((await run(['describe', ECOSYSTEM, '--level', 'group'])).code).toBe(2);
    expect((await run(['describe', ECOSYSTEM, '--draws', '-1'])).code).toBe(2);
  });
});
