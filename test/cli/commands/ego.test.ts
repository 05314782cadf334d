/** `ecograph ego`: measures as JSON and a table, the ego network written as a graph file, usage errors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/io/files.js';
import { readFixture } from '../../metrics/reference-fixtures.js';
import { ECOSYSTEM, REFERENCE_GRAPHS, run } from './metrics-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-ego-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const nx = readFixture<{ cases: Array<{ graph: string; ego: string; radius: number; densityWithEgo: number; constraint: number }> }>('ego.json').cases;

describe('ecograph ego', () => {
  it('prints the measures as JSON, equal to NetworkX', async () => {
    const r = await run(['ego', `${REFERENCE_GRAPHS}karate.json`, '33', '--radius', '2', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['ego', 'radius', 'direction', 'view', 'nodes', 'distance', 'measures']);
    const want = nx.find((c) => c.graph === 'karate' && c.ego === '33')!;
    expect(json.measures.densityWithEgo).toBeCloseTo(want.densityWithEgo, 12);
    expect(json.measures.constraint).toBeCloseTo(want.constraint, 12);
    expect(Object.keys(json.measures.brokerage)).toContain('liaison');
  });

  it('writes the ego network as a graph file and prints a table', async () => {
    const out = join(TMP, 'ego.json');
    const r = await run(['ego', ECOSYSTEM, 'u-north', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ego network of North University \(radius 1, all\)/);
    expect(r.stdout).toMatch(/densityWithoutEgo/);
    const written = await loadGraph(out);
    expect(written.hasNode('u-north')).toBe(true);
    expect(written.order).toBe(JSON.parse((await run(['ego', ECOSYSTEM, 'u-north', '-f', 'json'])).stdout).nodes.length);
  });

  it('refuses --direction out without --directed, and an unknown node', async () => {
    expect((await run(['ego', ECOSYSTEM, 'u-north', '--direction', 'out'])).code).toBe(2);
    const missing = await run(['ego', ECOSYSTEM, 'nobody']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/nobody/);
  });
});
