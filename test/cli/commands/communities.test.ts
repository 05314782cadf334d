/** `ecograph communities`: the JSON contract, seeds, formats. Quality against igraph is in test/metrics/communities/louvain.test.ts. */
import { describe, expect, it } from 'vitest';
import { ECOSYSTEM, REFERENCE_GRAPHS, run } from './metrics-cli.js';

interface Output {
  view: Record<string, unknown>;
  algorithm: string;
  objective: string;
  restarts: number;
  path: string;
  reason: string;
  modularity: number | null;
  quality: number | null;
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

  it('records the algorithm, the objective and how the restarts were chosen', async () => {
    const out = await json(`${REFERENCE_GRAPHS}karate.json`);
    expect(out).toMatchObject({ algorithm: 'louvain', objective: 'modularity', restarts: 16, path: 'budget' });
    expect(out.reason).toMatch(/16 restarts, the most: 156 arcs × 16 fit in the work budget of 1,000,000 arc visits/);
    expect(out.quality).toBe(out.modularity);
    const asked = await json(`${REFERENCE_GRAPHS}karate.json`, '--restarts', '3');
    expect(asked).toMatchObject({ restarts: 3, path: 'asked', reason: '3 restarts asked for' });
  });

  it('--algorithm leiden: connected communities, modularity at least 99% of igraph community_leiden; seeded', async () => {
    const out = await json(`${REFERENCE_GRAPHS}karate.json`, '--algorithm', 'leiden');
    expect(out).toMatchObject({ algorithm: 'leiden', objective: 'modularity', restarts: 16 });
    expect(out.modularity!).toBeGreaterThanOrEqual(0.99 * 0.4198); // igraph community_leiden's best over ten seeds
    const again = await json(`${REFERENCE_GRAPHS}karate.json`, '--algorithm', 'leiden');
    expect(again.nodes).toEqual(out.nodes);
    const table = await run(['communities', `${REFERENCE_GRAPHS}karate.json`, '--algorithm', 'leiden']);
    expect(table.stdout).toMatch(/\d+ communities, modularity 0\.4\d+ \(Leiden, resolution 1, seed 42\)/);
  });

  it('--objective cpm reports the constant Potts model quality beside modularity; a higher resolution gives more communities', async () => {
    const coarse = await json(`${REFERENCE_GRAPHS}karate.json`, '--algorithm', 'leiden', '--objective', 'cpm', '--resolution', '0.05');
    const fine = await json(`${REFERENCE_GRAPHS}karate.json`, '--algorithm', 'leiden', '--objective', 'cpm', '--resolution', '0.5');
    expect(coarse.objective).toBe('cpm');
    expect(typeof coarse.quality).toBe('number');
    expect(coarse.quality).not.toBe(coarse.modularity);
    expect(fine.communities.length).toBeGreaterThan(coarse.communities.length);
    const table = await run(['communities', `${REFERENCE_GRAPHS}karate.json`, '--objective', 'cpm', '--resolution', '0.1']);
    expect(table.stdout).toMatch(/CPM quality -?\d+\.\d{4} \(resolution 0\.1, seed 42\)/);
  });

  it('refuses an unknown algorithm or objective, and --iterations without Leiden', async () => {
    expect((await run(['communities', ECOSYSTEM, '--algorithm', 'girvan'])).code).toBe(2);
    expect((await run(['communities', ECOSYSTEM, '--objective', 'surprise'])).code).toBe(2);
    const r = await run(['communities', ECOSYSTEM, '--iterations', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--iterations applies to --algorithm leiden only/);
    expect((await run(['communities', ECOSYSTEM, '--algorithm', 'leiden', '--iterations', '0'])).stderr).toMatch(/--iterations expects a positive integer/);
  });
});
