/** `ecograph communities`: the JSON contract, seeds, formats. Quality against igraph is in test/metrics/communities/louvain.test.ts. */
import { describe, expect, it } from 'vitest';
import { ECOSYSTEM, REFERENCE_GRAPHS, run } from './metrics-cli.js';

interface Output {
  view: Record<string, unknown>;
  modularity: number | null;
  communities: Array<{ id: number; size: number; kinds: Record<string, number>; members: string[] }>;
  nodes: Array<{ id: string; community: number }>;
}

const json = async (...argv: string[]) => {
  const r = await run(['communities', ...argv, '--format', 'json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Output;
};

describe('ecograph communities', () => {
  it('JSON: modularity, communities with size, kinds and members, and every node with its community', async () => {
    const out = await json(ECOSYSTEM);
    expect(out.view).toMatchObject({ directed: false, nodes: 26 });
    expect(out.modularity).toBeGreaterThan(0.3);
    expect(out.nodes).toHaveLength(26);
    const total = out.communities.reduce((s, c) => s + c.size, 0);
    expect(total).toBe(26);
    for (const c of out.communities) {
      expect(c.members).toHaveLength(c.size);
      expect(Object.values(c.kinds).reduce((a, b) => a + b, 0)).toBe(c.size);
      for (const m of c.members) expect(out.nodes.find((n) => n.id === m)!.community).toBe(c.id);
    }
  });

  it('the same seed gives the same partition; --resolution changes it', async () => {
    const a = await json(`${REFERENCE_GRAPHS}lesmis.json`, '--weighted', '--seed', '3');
    const b = await json(`${REFERENCE_GRAPHS}lesmis.json`, '--weighted', '--seed', '3');
    expect(b.nodes).toEqual(a.nodes);
    const fine = await json(`${REFERENCE_GRAPHS}lesmis.json`, '--weighted', '--seed', '3', '--resolution', '2');
    expect(fine.communities.length).toBeGreaterThan(a.communities.length);
  });

  it('table lists communities; CSV lists nodes', async () => {
    const table = await run(['communities', `${REFERENCE_GRAPHS}karate.json`]);
    expect(table.stdout).toMatch(/karate.json: undirected view, 34 nodes, 78 edges; \d+ communities, modularity 0\.4\d+/);
    const csv = await run(['communities', `${REFERENCE_GRAPHS}karate.json`, '-f', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('id,label,kind,community');
    expect(lines).toHaveLength(35);
  });

  it('refuses --directed (Louvain reads the undirected view) and a non-positive resolution', async () => {
    expect((await run(['communities', ECOSYSTEM, '--directed'])).stderr).toMatch(/unknown option --directed/);
    const r = await run(['communities', ECOSYSTEM, '--resolution', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--resolution must be positive/);
  });
});
