/**
 * The Silicon Valley semiconductor family (graphs/silicon-valley-semiconductors.json): the deep reference
 * genealogy the seeds set Japanese clusters against. It validates strictly, holds at least 30 firms, its
 * Shockley tree reaches at least three generations as `ecograph lineage` counts them (all ties and employee
 * spin-offs only), every spin-off tie carries a type, and no source sits on a host the bundled-graph tests
 * refuse or on an encyclopaedia or document-sharing copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture } from '../helpers/run-cli.js';
import { loadGraph } from '../../src/io/files.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FILE = join(ROOT, 'graphs/silicon-valley-semiconductors.json');
const SPINOFF_TYPES = ['employee', 'academic', 'carve-out', 'subsidiary', 'joint-venture'];

/** The hosts test/graphs/bundled.test.ts refuses, read from that file so the two lists cannot drift apart. */
function refusedHosts(): string[] {
  const text = readFileSync(join(ROOT, 'test/graphs/bundled.test.ts'), 'utf8');
  const list = /const NOT_SOURCE_HOSTS = \[([\s\S]*?)\];/.exec(text)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}
/** Encyclopaedias and copies of documents, never cited in this graph (its sources are primary documents). */
const NOT_PRIMARY = ['wikipedia.org', 'wikipedia.com', 'wikimili.com', 'docslib.org', 'vdocuments.us', 'vdocuments.site', 'fundinguniverse.com', 'web.archive.org', 'grokipedia.com', 'encyclopedia.com', 'britannica.com'];
const hostOf = (source: string) => /https?:\/\/([^/\s?]+)/.exec(source)?.[1]?.toLowerCase();
const onList = (host: string, list: string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));

interface LineageRoot {
  root: string;
  generations: number;
  descendants: number;
}

async function lineage(...args: string[]): Promise<{ roots: LineageRoot[]; spinoffTypes: { counted: unknown } }> {
  const r = await runCapture(['lineage', FILE, '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { roots: LineageRoot[]; spinoffTypes: { counted: unknown } };
}

describe('graphs/silicon-valley-semiconductors.json', () => {
  it('passes `ecograph validate --strict` with no problem at all', async () => {
    const r = await runCapture(['validate', FILE, '--strict', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, errors: 0, warnings: 0 });
    expect(r.code).toBe(0);
  });

  it('holds at least 30 firms, each with a country', async () => {
    const graph = await loadGraph(FILE);
    const firms = graph.filterNodes((_, a) => a.kind === 'firm');
    expect(firms.length).toBeGreaterThanOrEqual(30);
    expect(firms.filter((id) => graph.getNodeAttribute(id, 'country') !== 'US')).toEqual([]);
  });

  it('has a Shockley spin-off tree of at least three generations, counting all ties and employee spin-offs only', async () => {
    const all = await lineage('--root', 'shockley-semiconductor');
    expect(all.roots).toHaveLength(1);
    expect(all.roots[0]!.generations).toBeGreaterThanOrEqual(3);
    expect(all.roots[0]!.descendants).toBeGreaterThanOrEqual(15);
    const employee = await lineage('--root', 'shockley-semiconductor', '--types', 'employee');
    expect(employee.spinoffTypes.counted).toEqual(['employee']);
    expect(employee.roots[0]!.generations).toBeGreaterThanOrEqual(3);
    // Fairchild's own tree (Fairchild → Intel → SEEQ → …) is also at least three generations deep.
    const fairchild = await lineage('--root', 'fairchild-semiconductor', '--types', 'employee');
    expect(fairchild.roots[0]!.generations).toBeGreaterThanOrEqual(3);
  });

  it('gives every spin-off tie a type and, where dated, a year no earlier than the parent’s founding', async () => {
    const graph = await loadGraph(FILE);
    const untyped: string[] = [];
    graph.forEachEdge((key, a, source) => {
      if (a.kind !== 'spinoff') return;
      if (!SPINOFF_TYPES.includes(a.type as string)) untyped.push(key);
      const parentFounded = graph.getNodeAttribute(source, 'founded') as number | string | undefined;
      if (typeof a.year === 'number' && parentFounded !== undefined) {
        expect(a.year, key).toBeGreaterThanOrEqual(Number(String(parentFounded).slice(0, 4)));
      }
    });
    expect(untyped).toEqual([]);
  });

  it('cites no refused host, encyclopaedia or document-sharing copy, and cites the seeds by title', async () => {
    const graph = await loadGraph(FILE);
    const refused = refusedHosts();
    expect(refused.length).toBeGreaterThan(10);
    const offending: string[] = [];
    const check = (what: string, sources: string[] | undefined) => {
      for (const s of sources ?? []) {
        const host = hostOf(s);
        if (host && (onList(host, refused) || onList(host, NOT_PRIMARY))) offending.push(`${what}: ${host}`);
      }
    };
    const graphSources = graph.getAttribute('sources') as string[];
    check('graph', graphSources);
    graph.forEachNode((id, a) => check(`node ${id}`, a.sources));
    graph.forEachEdge((key, a) => check(`edge ${key}`, a.sources));
    expect(offending).toEqual([]);
    expect(graphSources).toContain('NISTEP Policy Study No. 9 (2004), A Study on Conditions and Promotion Policy for Successful Regional Innovation — 002_113372f276fbe30a.txt');
  });

  it('records only what its sources state: National is not a Fairchild spin-off, Xilinx has no spin-off parent, disputed years are left out', async () => {
    const graph = await loadGraph(FILE);
    expect(graph.edges('fairchild-semiconductor', 'national-semiconductor')).toEqual([]);
    expect(graph.getNodeAttribute('national-semiconductor', 'founded')).toBeUndefined();
    expect(graph.getNodeAttribute('national-semiconductor', 'notes')).toMatch(/struggling company/);
    expect(graph.inEdges('xilinx').filter((e) => graph.getEdgeAttribute(e, 'kind') === 'spinoff')).toEqual([]);
    // LSI Logic's founding year differs between sources, so it and its Fairchild tie stay undated.
    expect(graph.getNodeAttribute('lsi-logic', 'founded')).toBeUndefined();
    expect(graph.getNodeAttribute('lsi-logic', 'notes')).toMatch(/1981.*1980/);
    // So does AMD's (CHM: 1969; San Jose Mercury News: 1968), and with it the Fairchild → AMD tie.
    expect(graph.getNodeAttribute('amd', 'founded')).toBeUndefined();
    expect(graph.getNodeAttribute('amd', 'notes')).toMatch(/1969.*1968/);
    const fairchildAmd = graph.edges('fairchild-semiconductor', 'amd');
    expect(fairchildAmd).toHaveLength(1);
    expect(graph.getEdgeAttribute(fairchildAmd[0]!, 'year')).toBeUndefined();
  });
});
