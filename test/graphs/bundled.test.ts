/**
 * The bundled example graphs (issue 5): they exist, validate strictly, every element carries a
 * source, the seed files they cite exist in ../shared/seeds (skipped with one line without that
 * folder), nothing in them is marked illustrative, graphs/README.md's tables equal what
 * `ecograph info` counts, and the analysis commands run cleanly on each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture } from '../helpers/run-cli.js';
import { haveTool } from '../helpers/required-tools.js';
import { loadGraph } from '../../src/io/files.js';
import { graphSummary } from '../../src/metrics/summary.js';
import { shortenSource, sourcesCaption } from '../../src/figures/caption.js';
import { SPINOFF_TYPES } from '../../src/model/schema.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const GRAPHS = ['kyoto-life-science.json', 'hamamatsu-spinoffs.json', 'sapporo-valley.json', 'kobe-biomedical.json', 'silicon-valley-semiconductors.json'];
/** The domain papers the graphs cite; they live beside the repository, not in it. */
const SEEDS = join(ROOT, '../shared/seeds');
const SEEDS_FOUND = haveTool(
  'seeds',
  existsSync(SEEDS) ? undefined : { missing: `seed folder ${SEEDS} not found`, install: "put the project's shared folder (seeds/) at ../shared" },
);
/** The seed file a source cites (`002_113372f276fbe30a.txt`), if any. */
const citedSeed = (source: string) => /\b(\d{3}_[0-9a-f]{16}\.txt)\b/.exec(source)?.[1];
const README = readFileSync(join(ROOT, 'graphs/README.md'), 'utf8');
/**
 * Hosts that are not sources: copies of other sites (Wikipedia mirrors, document-sharing sites, a rewritten
 * newspaper copy, staging and CDN copies, archive caches), aggregators, personal blogs and fan sites. A fact
 * read there is cited from the primary document or left out.
 */
const NOT_SOURCE_HOSTS = [
  'wikivisually.com',
  'piglix.com',
  'theinfolist.com',
  'liquisearch.com',
  'wikipedia-on-ipfs.org',
  'classicistranieri.com',
  'dokumen.tips',
  'documents.pub',
  'pdfslide.net',
  'pdfslide.us',
  'vdocuments.mx',
  'vdocuments.pub',
  'fdocuments.net',
  'jpshuntong.com',
  'staging.globalventuring.com',
  'global.ssl.fastly.net',
  'japanlives.net',
  'wwwtest.kcg.edu',
  'megalodon.jp',
  '710302.xyz',
  'hikyou.sakura.ne.jp',
  'panofudoki.com',
  'blog.excluto.com',
  'dic.pixiv.net',
  'mikesgig.com',
  'sohc4.com',
  'hamamatsu-daisuki.net',
  'mobygames.com',
  'news.infoseek.co.jp',
  'news.livedoor.com',
  'shinchonews.com',
  'hiroshima-da.com',
  'ante8.com',
  'ipscell.com',
  'pucchi.net',
  'autorabbit.jp',
];
/** The host of the first URL in a citation, if any. */
const citedHost = (source: string) => /https?:\/\/([^/\s]+)/.exec(source)?.[1]?.toLowerCase();
const onHostList = (host: string) => NOT_SOURCE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));

const run = (args: string[]) => runCapture(args);

/** The README's table for a graph, rebuilt from counts. */
function table(title: string, counts: Record<string, number>, total: number): string {
  const rows = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `| ${k} | ${v} |`);
  return [`| ${title} | count |`, '| --- | --- |', ...rows, `| **total** | ${total} |`].join('\n');
}

describe.each(GRAPHS)('bundled graph %s', (name) => {
  const file = join(ROOT, 'graphs', name);

  it('exists and passes `ecograph validate --strict` with no problem at all', async () => {
    expect(existsSync(file)).toBe(true);
    const r = await run(['validate', file, '--strict', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { valid: boolean; errors: number; warnings: number };
    expect(report).toMatchObject({ valid: true, errors: 0, warnings: 0 });
    expect(r.code).toBe(0);
  });

  it('gives every node and edge at least one source; nothing is illustrative', async () => {
    const graph = await loadGraph(file);
    const problems: string[] = [];
    const check = (what: string, attrs: { sources?: string[]; confidence?: string }) => {
      if (!attrs.sources || attrs.sources.length === 0) problems.push(`${what}: no sources`);
      for (const s of attrs.sources ?? []) {
        if (s.trim().length < 8) problems.push(`${what}: source "${s}" is not a citation`);
      }
      // Real organisations and people: never made-up teaching data.
      if (attrs.confidence === 'illustrative') problems.push(`${what}: marked illustrative in a graph of real actors`);
    };
    graph.forEachNode((id, a) => check(`node ${id}`, a));
    graph.forEachEdge((key, a) => check(`edge ${key}`, a));
    expect(problems).toEqual([]);
  });

  it.runIf(SEEDS_FOUND)('cites only seed files that exist in ../shared/seeds', async () => {
    const graph = await loadGraph(file);
    const cited: string[] = [];
    const collect = (attrs: { sources?: string[] }) => {
      for (const s of attrs.sources ?? []) {
        const seed = citedSeed(s);
        if (seed) cited.push(seed);
      }
    };
    graph.forEachNode((_, a) => collect(a));
    graph.forEachEdge((_, a) => collect(a));
    expect(cited.filter((seed) => !existsSync(join(SEEDS, seed)))).toEqual([]);
  });

  it('cites no mirror, aggregator, blog or fan site', async () => {
    const graph = await loadGraph(file);
    const offending: string[] = [];
    const check = (what: string, sources: string[] | undefined) => {
      for (const s of sources ?? []) {
        const host = citedHost(s);
        if (host && onHostList(host)) offending.push(`${what}: ${host}`);
      }
    };
    check('graph', graph.getAttribute('sources'));
    graph.forEachNode((id, a) => check(`node ${id}`, a.sources));
    graph.forEachEdge((key, a) => check(`edge ${key}`, a.sources));
    expect(offending).toEqual([]);
  });

  it('cites domain papers by what they are, with the file name beside the title, so captions never show a bare file name', async () => {
    const graph = await loadGraph(file);
    const lists: string[][] = [graph.getAttribute('sources') ?? []];
    graph.forEachNode((_, a) => lists.push(a.sources ?? []));
    graph.forEachEdge((_, a) => lists.push(a.sources ?? []));
    const seedCitations = lists.flat().filter((s) => citedSeed(s) !== undefined);
    expect(seedCitations.length).toBeGreaterThan(0);
    for (const s of seedCitations) expect(s, s).toMatch(/^\S.{7,} — \d{3}_[0-9a-f]{16}\.txt$/);
    for (const s of seedCitations) expect(shortenSource(s)).not.toMatch(/\d{3}_[0-9a-f]{16}|\.txt/);
    // The caption of a figure drawing the whole graph names its sources by their titles.
    const caption = sourcesCaption(lists);
    expect(caption).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it('gives every spin-off tie a type from its source (a tie no source types is not a spin-off), and graphs/README.md lists none untyped', async () => {
    const graph = await loadGraph(file);
    const section = README.split(`## ${name}`)[1]!.split('\n## ')[0]!;
    expect(/Untyped spin-off ties: ([^\n]*)/.exec(section)?.[1]).toBe('none.');
    const spinoffs: string[] = [];
    const untyped: string[] = [];
    graph.forEachEdge((key, a) => {
      if (a.kind !== 'spinoff') return;
      spinoffs.push(key);
      if (!(SPINOFF_TYPES as readonly unknown[]).includes(a.type)) untyped.push(key);
    });
    expect(spinoffs.length).toBeGreaterThan(0);
    expect(untyped, 'spin-off ties without a type').toEqual([]);
  });

  it('matches the counts graphs/README.md gives for it (regenerated from `ecograph info`)', async () => {
    const r = await run(['info', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout) as ReturnType<typeof graphSummary>;
    const section = README.split(`### Counts: ${name}`)[1];
    expect(section, `graphs/README.md has a "### Counts: ${name}" section`).toBeDefined();
    expect(section).toContain(table('nodes by kind', info.nodes.byKind, info.nodes.total));
    expect(section).toContain(table('edges by kind', info.edges.byKind, info.edges.total));
    const elements = info.nodes.total + info.edges.total;
    expect(section).toMatch(new RegExp(`All ${elements} elements are \`sourced\`; 0 are \`illustrative\``));
  });

  it('runs lineage, brokers and centrality cleanly', async () => {
    for (const args of [
      ['lineage', file, '--format', 'json'],
      ['brokers', file, '--between', 'university', '--and', 'anchor', '--format', 'json'],
      ['centrality', file, '--format', 'json'],
    ]) {
      const r = await run(args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });
});

describe('the Kyoto graph answers the brokers question', () => {
  it('has start-ups tied both to a university and to an anchor company, listed first by `ecograph brokers`', async () => {
    const r = await run(['brokers', join(ROOT, 'graphs/kyoto-life-science.json'), '--between', 'university', '--and', 'anchor', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { brokers?: Array<{ universities: string[]; anchors: string[] }>; nodes?: Array<{ universities: string[]; anchors: string[] }> };
    const rows = out.brokers ?? out.nodes ?? [];
    const both = rows.filter((b) => b.universities.length > 0 && b.anchors.length > 0);
    expect(both.length).toBeGreaterThanOrEqual(2);
    expect(rows.slice(0, both.length)).toEqual(both);
  });
});

/** Loads a bundled graph by file name. */
const bundled = (name: string) => loadGraph(join(ROOT, 'graphs', name));

describe('corrections to the bundled data stay corrected', () => {
  it('Kobe: TOA → Sysmex has no year, because the sources disagree (1961 vs 1968), and says so; it is a carve-out ("separated from")', async () => {
    const kobe = await bundled('kobe-biomedical.json');
    const tie = kobe.getEdgeAttributes('e-034');
    expect([kobe.source('e-034'), kobe.target('e-034')]).toEqual(['toa', 'sysmex']);
    expect(tie.type).toBe('carve-out');
    expect(tie.notes).toMatch(/Sysmex separated from Toa Tokushu Denki/);
    expect(tie.year).toBeUndefined();
    expect(tie.notes).toMatch(/1961/);
    expect(tie.notes).toMatch(/1968/);
    expect(kobe.getNodeAttribute('sysmex', 'founded')).toBeUndefined();
  });

  it("Kyoto: Takeda's ties to Orizuru and Chordia are carve-outs (its programmes' assets made firms), typed from the sources' words", async () => {
    const kyoto = await bundled('kyoto-life-science.json');
    expect([kyoto.source('e-003'), kyoto.target('e-003')]).toEqual(['takeda', 'orizuru']);
    expect(kyoto.getEdgeAttributes('e-003')).toMatchObject({ kind: 'spinoff', type: 'carve-out', year: 2021 });
    expect(kyoto.getEdgeAttribute('e-003', 'notes')).toMatch(/agreed to transfer the research assets from the projects to OZTx/);
    expect([kyoto.source('e-004'), kyoto.target('e-004')]).toEqual(['takeda', 'chordia']);
    expect(kyoto.getEdgeAttributes('e-004')).toMatchObject({ kind: 'spinoff', type: 'carve-out', year: 2017 });
    expect(kyoto.getEdgeAttribute('e-004', 'notes')).toMatch(/Takeda spins off cancer assets to incubated startup/);
    // Orizuru's other parents keep their own types: CiRA (academic) and Kyoto iCAP (subsidiary).
    expect(kyoto.getEdgeAttributes('e-002')).toMatchObject({ kind: 'spinoff', type: 'academic' });
    expect(kyoto.getEdgeAttributes('e-063')).toMatchObject({ kind: 'spinoff', type: 'subsidiary' });
  });

  it('Kobe: Vision Care is not a RIKEN CDB spin-off (it existed before its founder moved)', async () => {
    const kobe = await bundled('kobe-biomedical.json');
    expect(kobe.hasEdge('e-027')).toBe(false);
    expect(kobe.edges('riken-cdb', 'vision-care')).toEqual([]);
    expect(kobe.getNodeAttribute('vision-care', 'notes')).toMatch(/not recorded as a RIKEN spin-off/);
  });

  it('Kobe: no Bechtel node and no Kobe City – Bechtel tie beyond what the seed says', async () => {
    const kobe = await bundled('kobe-biomedical.json');
    expect(kobe.hasNode('bechtel')).toBe(false);
    expect(kobe.hasEdge('e-002')).toBe(false);
    expect(kobe.getNodeAttribute('kobe-city', 'notes')).toMatch(/Basic Concept by Bechtel, Inc\./);
  });

  it('Hamamatsu: the higher technical school and Shizuoka University are two actors, with the succession noted', async () => {
    const hamamatsu = await bundled('hamamatsu-spinoffs.json');
    const school = hamamatsu.getNodeAttributes('hamamatsu-higher-technical-school');
    const university = hamamatsu.getNodeAttributes('shizuoka-university');
    expect(school.label).toBe('Hamamatsu Higher Technical School');
    expect(school.founded).toBe(1922);
    expect(school.notes).toMatch(/successor is the separate node shizuoka-university/);
    expect(university.notes).toMatch(/Successor of the Hamamatsu Higher Technical School/);
    // The 2013 Light Declaration ties belong to the university, not to the pre-war school.
    for (const key of ['e-054', 'e-056']) {
      expect(hamamatsu.extremities(key)).toContain('shizuoka-university');
      expect(hamamatsu.extremities(key)).not.toContain('hamamatsu-higher-technical-school');
    }
    // Hamamatsu Photonics (1953) still comes from the school where its founder studied.
    expect([hamamatsu.source('e-003'), hamamatsu.target('e-003')]).toEqual(['hamamatsu-higher-technical-school', 'hamamatsu-photonics']);
  });

  it('rule 2 (sources disagree → leave it out, note both) holds for Ace Electronics, GPI and Horiba', async () => {
    const hamamatsu = await bundled('hamamatsu-spinoffs.json');
    expect(hamamatsu.getNodeAttribute('ace-electronics', 'founded')).toBeUndefined();
    expect(hamamatsu.getNodeAttribute('ace-electronics', 'notes')).toMatch(/1964.*1960|1960.*1964/);
    expect(hamamatsu.getEdgeAttribute('e-023', 'year')).toBeUndefined();
    expect(hamamatsu.getNodeAttribute('gpi', 'founded')).toBeUndefined();
    expect(hamamatsu.getNodeAttribute('gpi', 'notes')).toMatch(/2004.*2005/);
    expect(hamamatsu.getEdgeAttribute('e-053', 'year')).toBeUndefined();
    const kyoto = await bundled('kyoto-life-science.json');
    const horibaStudy = kyoto.getEdgeAttributes('e-022');
    expect(horibaStudy.until).toBeUndefined();
    expect(horibaStudy.notes).toMatch(/1945.*1946/);
  });
});

describe('the list of hosts that are not sources', () => {
  it('matches a host and its subdomains, and nothing else', () => {
    expect(onHostList('wikivisually.com')).toBe(true);
    expect(onHostList('staging.globalventuring.com')).toBe(true);
    expect(onHostList('prod-news.global.ssl.fastly.net')).toBe(true);
    expect(onHostList('en.wikipedia-on-ipfs.org')).toBe(true);
    expect(onHostList('globalventuring.com')).toBe(false);
    expect(onHostList('www.hamamatsu.com')).toBe(false);
    expect(citedHost('Title (Publisher) — https://Piglix.com/x')).toBe('piglix.com');
    expect(citedHost('NISTEP Policy Study No. 9 (2004) — 002_113372f276fbe30a.txt')).toBeUndefined();
  });
});
