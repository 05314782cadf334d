/** `ecograph timeline` and `ecograph compare` through runCli: JSON contracts, table, CSV, charts, notes, errors. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCapture } from '../helpers/run-cli.js';
import { TOY_PATH } from '../metrics/evolution/toy.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-timeline-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const GRAPHS = join(import.meta.dirname, '../../graphs');
const BUNDLED = readdirSync(GRAPHS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => join(GRAPHS, f));

describe('ecograph timeline', () => {
  it('JSON: the contract of the issue, one row per year, undated counts', async () => {
    const r = await runCapture(['timeline', TOY_PATH, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { years: Array<Record<string, unknown>>; undated: unknown };
    expect(Object.keys(out)).toEqual(['years', 'undated']);
    expect(out.undated).toEqual({ nodes: 3, edges: 2 });
    expect(out.years.map((y) => y.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005, 2006]);
    expect(Object.keys(out.years[0]!)).toEqual([
      'year',
      'nodes',
      'edges',
      'newFirms',
      'newSpinoffs',
      'density',
      'components',
      'largestComponentShare',
      'modularity',
      'maxGeneration',
      'tripleHelixShare',
      'meanConstraint',
    ]);
    expect(out.years[4]).toMatchObject({ year: 2004, nodes: { total: 8, firm: 4 }, edges: { total: 8, spinoff: 3 }, newFirms: 1, maxGeneration: 3 });
    expect(out.years[0]!.meanConstraint).toBeNull();
  });

  it('table: a row per year with the undated note on stderr; --from/--to/--step', async () => {
    const r = await runCapture(['timeline', TOY_PATH, '--from', '2001', '--to', '2006', '--step', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('5 undated elements (3 nodes without founded, 2 ties without year/since): counted from the first year');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('Toy Valley: snapshots at the end of each year, 2001–2006, every 2 years');
    expect(lines[2]).toMatch(/^year\s+nodes\s+firms\s+edges\s+newFirms/);
    expect(lines.slice(4).map((l) => l.trim().split(/\s+/).slice(0, 5))).toEqual([
      ['2001', '5', '1', '2', '0'],
      ['2003', '7', '3', '7', '2'],
      ['2005', '7', '3', '5', '1'],
      ['2006', '7', '3', '6', '0'],
    ]);
  });

  it('CSV: a column per kind, written atomically with --output', async () => {
    const out = join(TMP, 'toy.csv');
    const r = await runCapture(['timeline', TOY_PATH, '--format', 'csv', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const [header, ...rows] = readFileSync(out, 'utf8').trim().split('\n');
    expect(header).toBe(
      'year,nodes,nodes.founder,nodes.firm,nodes.anchor,nodes.university,nodes.government,edges,edges.spinoff,edges.investment,edges.collaboration,edges.founded,edges.affiliation,newFirms,newSpinoffs,density,components,largestComponentShare,modularity,maxGeneration,tripleHelixShare,meanConstraint',
    );
    expect(rows).toHaveLength(7);
    expect(rows[0]!.split(',').slice(0, 8)).toEqual(['2000', '4', '1', '1', '0', '1', '1', '1']);
  });

  it('--chart writes an SVG of the chosen indicators', async () => {
    const chart = join(TMP, 'toy.svg');
    const r = await runCapture(['timeline', TOY_PATH, '--chart', chart, '--chart-indicators', 'nodes,maxGeneration', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wrote .*toy\.svg \(svg, 7 years/);
    const svg = readFileSync(chart, 'utf8');
    expect(svg.match(/class="panel"/g)).toHaveLength(2);
    expect(svg).toContain('Toy Valley: timeline');
  });

  it('refuses a bad chart path, unknown indicators or a bad range before writing anything', async () => {
    const chart = join(TMP, 'keep.png');
    writeFileSync(chart, 'earlier file');
    for (const argv of [
      ['--chart', join(TMP, 'x.gif')],
      ['--chart', chart, '--chart-indicators', 'nodes,nope'],
      ['--from', '2006', '--to', '2000', '--chart', chart],
      ['--step', '0', '--chart', chart],
      ['--from', '2000.5'],
    ]) {
      const r = await runCapture(['timeline', TOY_PATH, ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^ecograph timeline: .*\nUsage: ecograph timeline/);
    }
    const before = await runCapture(['timeline', TOY_PATH, '--to', '1990', '--chart', chart]);
    expect(before.code).toBe(1);
    expect(before.stderr).toBe("ecograph timeline: range: from 2000 (the graph's first year) is after to 1990\n");
    const missing = await runCapture(['timeline', join(TMP, 'missing.json'), '--chart', chart]);
    expect(missing.code).toBe(1);
    expect(readFileSync(chart, 'utf8')).toBe('earlier file');
    expect(existsSync(join(TMP, 'x.gif'))).toBe(false);
  });

  it('--help lists every field with its definition and the examples', async () => {
    const r = await runCapture(['timeline', '--help']);
    expect(r.code).toBe(0);
    for (const id of ['newFirms', 'newSpinoffs', 'tripleHelixShare', 'meanConstraint', 'maxGeneration']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('ecograph timeline graphs/sapporo-valley.json');
  });
});

describe('ecograph compare', () => {
  it('prints a table of the bundled regions, one column per graph, and writes a PNG chart', async () => {
    const chart = join(TMP, 'compare.png');
    const r = await runCapture(['compare', ...BUNDLED, '--chart', chart]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('4 regions, whole recorded graphs (definitions: ecograph compare --help)');
    expect(lines[2]).toMatch(/^indicator\s+Hamamatsu spin-offs\s+Kobe biomedical\s+Kyoto life science\s+Sapporo Valley$/);
    const row = (id: string) => lines.find((l) => l.startsWith(`${id} `))!.trim().split(/\s{2,}/).slice(1);
    expect(row('nodes')).toEqual(['36', '24', '36', '35']); // ecograph info of each graph (graphs/README.md)
    expect(row('firms')).toEqual(['11', '5', '9', '11']);
    expect(row('knowledgeOrganisations')).toEqual(['3', '7', '4', '3']);
    expect(lines.filter((l) => /^[a-zA-Z]+ /.test(l))).toHaveLength(1 + 18);
    expect(r.stderr).toContain('Sapporo Valley: 60 undated elements');
    expect(r.stderr).toMatch(/wrote .*compare\.png \(png, 4 regions/);
    const png = PNG.sync.read(readFileSync(chart));
    expect(png.width).toBeGreaterThan(1000);
  });

  it('JSON carries every definition; a graph without a name is named by its file', async () => {
    const unnamed = join(TMP, 'toy-region.json');
    const data = JSON.parse(readFileSync(TOY_PATH, 'utf8')) as { attributes: Record<string, unknown> };
    delete data.attributes.name;
    writeFileSync(unnamed, JSON.stringify(data));
    const r = await runCapture(['compare', TOY_PATH, unnamed, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      indicators: Array<{ id: string; definition: string; nistep?: string }>;
      regions: Array<{ name: string; file: string; values: Record<string, number | null> }>;
    };
    expect(out.regions.map((x) => x.name)).toEqual(['Toy Valley', 'toy-region']);
    expect(out.regions[1]!.file).toBe(unnamed);
    expect(out.regions[0]!.values).toEqual(out.regions[1]!.values);
    expect(out.indicators.find((d) => d.id === 'coreStartups')).toMatchObject({ nistep: '(3) core start-ups' });
    for (const d of out.indicators) expect(Object.keys(out.regions[0]!.values)).toContain(d.id);
  });

  it('graphs with the same name are told apart by their paths (the same file twice: by a number)', async () => {
    const copy = join(TMP, 'toy-copy.json');
    copyFileSync(TOY_PATH, copy);
    const r = await runCapture(['compare', TOY_PATH, copy, TOY_PATH, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { regions: Array<{ name: string }> };
    expect(out.regions.map((x) => x.name)).toEqual([`Toy Valley (${TOY_PATH}) #1`, `Toy Valley (${copy})`, `Toy Valley (${TOY_PATH}) #2`]);
  });

  it('CSV: one row per indicator with its definition', async () => {
    const r = await runCapture(['compare', TOY_PATH, '--format', 'csv']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe('id,indicator,Toy Valley,definition,nistep');
    expect(rows.find((l) => l.startsWith('spinoffs,'))).toMatch(/^spinoffs,Spin-offs,3,actors that are the child/);
  });

  it('an invalid graph among several stops the command and leaves an earlier chart intact', async () => {
    const bad = join(TMP, 'bad.json');
    writeFileSync(bad, '{"nodes": [');
    const chart = join(TMP, 'compare-keep.svg');
    copyFileSync(TOY_PATH, chart);
    const r = await runCapture(['compare', TOY_PATH, bad, '--chart', chart]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.json');
    expect(readFileSync(chart, 'utf8')).toBe(readFileSync(TOY_PATH, 'utf8'));
  });
});
