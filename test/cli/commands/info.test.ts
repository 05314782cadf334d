/** `ecograph info`: the JSON contract of issue 2 on a graph whose figures are counted by hand. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCapture } from '../../helpers/run-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-info-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const info = (...argv: string[]) => runCapture(['info', ...argv]);

/**
 * Six nodes (one untyped and isolated), six edges: two spin-offs, an investment and a founding
 * (directed), two parallel collaborations (undirected). By hand: components {u,f1,f2,i,p} and
 * {lonely} = 2; linked pairs u–f1, f1–f2, i–f2, p–f1, u–f2 = 5 of 6·5/2 = 15, density 1/3;
 * years 1897 (u founded) … 2012 (last collaboration).
 */
const nodesCsv = `id,label,kind,founded,sources
u,Kyoto University,university,1897,s
f1,Firm 1,firm,1990,s
f2,Firm 2,firm,2001,s
i,Fund,investor,,s
p,Founder,founder,,s
lonely,Lonely,,,
`;
const edgesCsv = `source,target,kind,year,sources
u,f1,spinoff,1990,s
f1,f2,spinoff,2001,s
i,f2,investment,2005,s
p,f1,founded,,s
u,f2,collaboration,2010,s
f2,u,collaboration,2012,s
`;

describe('info', () => {
  it('--format json matches the contract { nodes, edges, components, density, years }', async () => {
    const dir = join(TMP, 'eco');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
    writeFileSync(join(dir, 'nodes.csv'), nodesCsv);
    writeFileSync(join(dir, 'edges.csv'), edgesCsv);
    const r = await info(dir, '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['components', 'density', 'edges', 'nodes', 'years']);
    expect(out.nodes).toEqual({ total: 6, byKind: { firm: 2, founder: 1, investor: 1, university: 1, untyped: 1 } });
    expect(out.edges).toEqual({ total: 6, byKind: { collaboration: 2, founded: 1, investment: 1, spinoff: 2 }, directed: 4, undirected: 2 });
    expect(out.components).toBe(2);
    expect(out.density).toBeCloseTo(1 / 3, 12);
    expect(out.years).toEqual({ first: 1897, last: 2012 });

    const text = await info(dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('nodes: 6');
    expect(text.stdout).toContain('edges: 6 (4 directed, 2 undirected)');
    expect(text.stdout).toContain('years: 1897–2012');
  });

  it('reports years as null for a graph without years, and refuses an invalid graph (exit 1)', async () => {
    const file = join(TMP, 'plain.json');
    writeFileSync(file, JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] }));
    const out = JSON.parse((await info(file, '--format', 'json')).stdout) as { years: unknown; density: number; components: number };
    expect(out.years).toEqual({ first: null, last: null });
    expect(out.density).toBe(1);
    expect(out.components).toBe(1);
    const bad = join(TMP, 'bad.json');
    writeFileSync(bad, JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'zz' }] }));
    const r = await info(bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[missing-node]');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on usage errors', async () => {
    expect((await info()).code).toBe(2);
    expect((await info('x.json', '--format', 'yaml')).code).toBe(2);
  });
});
