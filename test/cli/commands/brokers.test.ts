/** `ecograph brokers`: the JSON contract, names following the kinds, ranking (acceptance 3). Values: test/metrics/brokerage/. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFixture, close } from '../../metrics/reference-fixtures.js';
import { ECOSYSTEM, run } from './metrics-cli.js';

type Node = Record<string, unknown> & { id: string; betweenness: number; brokeredPairs: number; tiedToBoth: boolean; roles: Record<string, number> };
const fixture = readFixture<{ cases: Array<{ between: string; and: string; via: string; view: Record<string, unknown>; rows: Record<string, { betweenness: number }> }> }>('brokers.json');

const json = async (...argv: string[]) => {
  const r = await run(['brokers', ...argv, '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { view: Record<string, unknown>; between: string; and: string; via: string; nodes: Node[] };
};

function bothSidesFirst(nodes: Node[], left: string, right: string): void {
  const tied = nodes.map((n) => (n[left] as string[]).length > 0 && (n[right] as string[]).length > 0);
  expect(tied.some(Boolean)).toBe(true);
  expect(tied).toEqual([...tied].sort((a, b) => Number(b) - Number(a)));
}

describe('ecograph brokers', () => {
  it('JSON: subset betweenness equal to NetworkX, universities/anchors lists, brokered pairs, roles', async () => {
    const out = await json(ECOSYSTEM, '--between', 'university', '--and', 'anchor');
    expect(out).toMatchObject({ between: 'university', and: 'anchor', via: 'firm' });
    const want = fixture.cases.find((c) => c.between === 'university' && c.via === 'firm' && Object.keys(c.view).length === 0)!.rows;
    for (const n of out.nodes) {
      expect(Object.keys(n)).toEqual(['id', 'label', 'kind', 'betweenness', 'universities', 'anchors', 'brokeredPairs', 'tiedToBoth', 'roles']);
      expect(close(n.betweenness, want[n.id]!.betweenness)).toBe(true);
    }
    bothSidesFirst(out.nodes, 'universities', 'anchors');
    expect(out.nodes[0]!.id).toBe('f2');
  });

  it('field names follow the chosen kinds', async () => {
    const out = await json(ECOSYSTEM, '--between', 'investor', '--and', 'anchor');
    expect(out.nodes[0]).toHaveProperty('investors');
    expect(out.nodes[0]).toHaveProperty('anchors');
    const people = await json(ECOSYSTEM, '--between', 'university', '--and', 'person', '--via', 'founder');
    expect(people.nodes.every((n) => Array.isArray(n.people))).toBe(true);
  });

  it('table for people has ids, names the neighbours by label, labels the raw subset betweenness and fits 120 columns', async () => {
    const r = await run(['brokers', ECOSYSTEM, '--between', 'university', '--and', 'anchor', '--top', '2']);
    expect(r.stdout).toMatch(/firm nodes brokering between universities and anchors \(undirected view, 26 nodes, 42 edges \[from 45 ties: 2 parallel ties merged, 1 self-loop dropped\]\)/);
    const lines = r.stdout.split('\n');
    expect(lines[2]).toMatch(/^id\s+label\s+subset betweenness \(raw\)\s+universities\s+anchors\s+brokeredPairs\s+roles$/);
    expect(r.stdout).toMatch(/f2\s+Cellworks\s+1\.5\s+South Institute of…\s+Chemical Works…\s+2/);
    for (const line of lines.slice(2)) expect(line.length).toBeLessThanOrEqual(120);
    const wide = await run(['brokers', ECOSYSTEM, '--between', 'university', '--and', 'anchor', '--top', '2', '-f', 'csv']);
    expect(wide.stdout.split('\n')[1]).toBe('f2,Cellworks,1.5,u-south,a-chem | a-pharma,2,0,2,0,0,6,8');
  });

  it('usage errors: missing sides, equal sides, unknown kind', async () => {
    expect((await run(['brokers', ECOSYSTEM, '--between', 'university'])).stderr).toMatch(/--between KIND and --and KIND are required/);
    expect((await run(['brokers', ECOSYSTEM, '--between', 'anchor', '--and', 'anchor'])).code).toBe(2);
    expect((await run(['brokers', ECOSYSTEM, '--between', 'college', '--and', 'anchor'])).stderr).toMatch(/must be one of/);
  });

  const kyoto = fileURLToPath(new URL('../../../graphs/kyoto-life-science.json', import.meta.url));
  it.runIf(existsSync(kyoto))('acceptance 3: on the Kyoto graph, start-ups tied to both universities and anchors come first', async () => {
    const out = await json(kyoto, '--between', 'university', '--and', 'anchor');
    bothSidesFirst(out.nodes, 'universities', 'anchors');
    expect(out.nodes[0]!.tiedToBoth).toBe(true);
  });
});
