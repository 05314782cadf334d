/** `ecograph compare` through runCli: the bundled regions as a table and a PNG chart, JSON definitions, CSV, names, errors. */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCapture } from '../../helpers/run-cli.js';
import { TOY_PATH } from '../../metrics/evolution/toy.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-compare-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const GRAPHS = join(import.meta.dirname, '../../../graphs');
const BUNDLED = readdirSync(GRAPHS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => join(GRAPHS, f));

describe('ecograph compare', () => {
  it('--types counts only those spin-off types in every region and says so in the title and in JSON', async () => {
    // --undated include measures every recorded tie, so the counts are those of the files; under the
    // default rule (bound) undated spin-off ties no dated evidence places are left out
    const r = await runCapture(['compare', ...BUNDLED, '--types', 'employee,academic', '--undated', 'include']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '5 regions, whole recorded graphs; undated rule include (undated elements from the first year); events count from their year on; spin-off ties counted: employee, academic (definitions: ecograph compare --help)',
    );
    const row = (id: string) => lines.find((l) => l.startsWith(`${id} `))!.trim().split(/\s{2,}/).slice(1);
    // Hamamatsu, Kobe, Kyoto, Sapporo, Silicon Valley: firms that are the child of an employee or
    // academic spin-off tie (ties 4+2, 0+1, 0+6, 1+2, 22+2 — see graphs/README.md; in Silicon Valley
    // Genentech and NVIDIA each have two such parents, so 24 ties make 22 children). Hamamatsu's employee ties,
    // checked by hand in graphs/hamamatsu-spinoffs.json: Nippon Gakki → Kawai, Hamamatsu Photonics → Hamamatsu
    // Quantum, Ace Electronics → Roland, Art Shokai Hamamatsu branch → Tokai Seiki (typed from Honda's history);
    // academic: Hamamatsu Higher Technical School → Hamamatsu Photonics, GPI → Lihito: six children.
    expect(row('spinoffs')).toEqual(['6', '1', '6', '3', '22']);
    expect(row('maxGeneration')).toEqual(['2', '1', '1', '1', '6']);
    const json = await runCapture(['compare', ...BUNDLED, '--types', 'employee', '--format', 'json']);
    const out = JSON.parse(json.stdout) as { spinoffTypes: string[]; regions: Array<{ name: string; spinoffTypes: { counted: string[]; countedTies: number; totalTies: number } }> };
    expect(out.spinoffTypes).toEqual(['employee']);
    expect(out.regions.map((x) => [x.name, x.spinoffTypes.countedTies, x.spinoffTypes.totalTies])).toEqual([
      ['Hamamatsu spin-offs', 4, 11],
      ['Kobe biomedical', 0, 3],
      ['Kyoto life science', 0, 10],
      ['Sapporo Valley', 1, 3],
      ['Silicon Valley semiconductors', 22, 25],
    ]);
  });

  it('prints a table of the bundled regions, one column per graph, and writes a PNG chart', async () => {
    const chart = join(TMP, 'compare.png');
    const r = await runCapture(['compare', ...BUNDLED, '--chart', chart]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '5 regions, whole recorded graphs; undated rule bound (undated elements from their derived bound, unplaced ones left out); events count from their year on; spin-off ties counted: all types (definitions: ecograph compare --help)',
    );
    expect(lines[2]).toMatch(/^indicator\s+Hamamatsu spin-offs\s+Kobe biomedical\s+Kyoto life science\s+Sapporo Valley\s+Silicon Valley semiconductors$/);
    const row = (id: string) => lines.find((l) => l.startsWith(`${id} `))!.trim().split(/\s{2,}/).slice(1);
    // under the default rule (bound) the actors with no dated evidence at all are left out: of 43, 23, 36, 31, 73 (ecograph info)
    expect(row('nodes')).toEqual(['38', '19', '27', '21', '61']);
    expect(row('firms')).toEqual(['14', '4', '8', '3', '24']);
    // five regions fit 120 columns only with the longer indicator names shortened
    expect(row('knowledgeOrgan…')).toEqual(['4', '7', '3', '3', '2']);
    // the header and one row per indicator (18), names shortened with … included
    expect(lines.filter((l) => /^[a-zA-Z]+…? /.test(l))).toHaveLength(1 + 18);
    // Sapporo: 25 nodes without founded + 21 ties without year/since (ecograph info: 31 nodes, 38 ties; the three
    // undated Foresight spin-off ties were removed), 46 of 69 elements = 66.7%
    expect(r.stderr).toContain('Sapporo Valley: 46 undated elements');
    // Undated shares: Hamamatsu 48/101 = 47.5%, Kobe 30/59 = 50.8%, Kyoto 54/87 = 62.1%, Sapporo 46/69 = 66.7%,
    // Silicon Valley 110/193 = 57.0%. Pairs more than 10 points apart: Hamamatsu–Kyoto, Hamamatsu–Sapporo,
    // Kobe–Kyoto, Kobe–Sapporo; Silicon Valley is 9.5 points off Hamamatsu and 9.7 off Sapporo, so no warning.
    expect(r.stderr.match(/warning: .* and Sapporo Valley: undated shares/g)).toHaveLength(2);
    expect(r.stderr.match(/warning: .*: undated shares/g)).toHaveLength(4);
    expect(r.stderr).toMatch(/wrote .*compare\.png \(png, 5 regions/);
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

  it('progress goes to stderr only when interactive, never into JSON', async () => {
    const loud = await runCapture(['compare', TOY_PATH, TOY_PATH, '--format', 'json'], true);
    expect(loud.stderr).toMatch(/compare \[#+\] 100% \(2\/2\)/);
    expect(JSON.parse(loud.stdout).regions).toHaveLength(2);
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
