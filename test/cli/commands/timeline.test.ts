/** `ecograph timeline` through runCli: the JSON contract, table, CSV, chart, undated note, errors. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCapture } from '../../helpers/run-cli.js';
import { TOY_PATH } from '../../metrics/evolution/toy.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-timeline-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('ecograph timeline', () => {
  it('JSON: the contract of the issue, one row per year, undated counts', async () => {
    const r = await runCapture(['timeline', TOY_PATH, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { rules: unknown; years: Array<Record<string, unknown>>; undated: unknown };
    expect(Object.keys(out)).toEqual(['rules', 'years', 'undated']);
    expect(out.rules).toEqual({ undated: 'bound', window: null });
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
      'dating',
      'undatedShare',
      'datedOnly',
    ]);
    // bound: d (undated firm) placed from 2001, g from 2006
    expect(out.years[4]).toMatchObject({ year: 2004, nodes: { total: 7, firm: 4 }, edges: { total: 8, spinoff: 3 }, newFirms: 1, maxGeneration: 3 });
    expect(out.years[4]!.datedOnly).toMatchObject({ nodes: 5, edges: 4, maxGeneration: 1 });
    expect(out.years[4]!.dating).toEqual({ nodes: { dated: 5, bounded: 2, undated: 1 }, edges: { dated: 6, bounded: 2, undated: 0 } });
    expect(out.years[0]!.meanConstraint).toBeNull();
  });

  it('table: a row per year with the undated note on stderr; --from/--to/--step', async () => {
    const r = await runCapture(['timeline', TOY_PATH, '--from', '2001', '--to', '2006', '--step', '2', '--undated', 'include']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('5 undated elements (3 nodes without founded, 2 ties without year/since): counted from the first year (--undated include)');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('Toy Valley: snapshots at the end of each year, 2001–2006, every 2 years; undated rule include');
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
      'year,nodes,nodes.founder,nodes.firm,nodes.anchor,nodes.university,nodes.government,edges,edges.spinoff,edges.investment,edges.collaboration,edges.founded,edges.affiliation,newFirms,newSpinoffs,density,components,largestComponentShare,modularity,maxGeneration,tripleHelixShare,meanConstraint,undatedShare,' +
        'dated.nodes,bounded.nodes,undated.nodes,dated.edges,bounded.edges,undated.edges,' +
        'datedOnly.nodes,datedOnly.edges,datedOnly.density,datedOnly.components,datedOnly.largestComponentShare,datedOnly.modularity,datedOnly.maxGeneration,datedOnly.tripleHelixShare,datedOnly.meanConstraint',
    );
    expect(rows).toHaveLength(7);
    // 2000 under bound: uni and f (founder, placed by its affiliation since 2000)
    expect(rows[0]!.split(',').slice(0, 8)).toEqual(['2000', '2', '1', '0', '0', '1', '0', '1']);
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

  it('progress goes to stderr only when interactive, never into JSON', async () => {
    const quiet = await runCapture(['timeline', TOY_PATH, '--format', 'json']);
    const loud = await runCapture(['timeline', TOY_PATH, '--format', 'json'], true);
    expect(quiet.stderr).toBe('');
    expect(loud.stderr).toMatch(/timeline \[#+\] 100% \(7\/7\)/);
    expect(JSON.parse(loud.stdout)).toEqual(JSON.parse(quiet.stdout));
  });

  it('--help lists every field with its definition and the examples', async () => {
    const r = await runCapture(['timeline', '--help']);
    expect(r.code).toBe(0);
    for (const id of ['newFirms', 'newSpinoffs', 'tripleHelixShare', 'meanConstraint', 'maxGeneration']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('ecograph timeline graphs/sapporo-valley.json');
  });

  it('a Gephi Lite file with ISO-dated ties gives a timeline with --year-from', async () => {
    const file = join(import.meta.dirname, '../../fixtures/evolution/gephi-lite-dated-ties.gexf');
    const none = await runCapture(['timeline', file, '--kind-from', 'category']);
    expect(none.stderr).toContain('has no years');
    const r = await runCapture(['timeline', file, '--kind-from', 'category', '--year-from', 'date', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { years: Array<{ year: number; nodes: { total: number; firm: number }; edges: { total: number } }> };
    const at = (y: number) => out.years.find((row) => row.year === y)!;
    // dockyard 1921-03, university 1949-05-31, Tidewater 2012-11-08; ties 2013-04-01, 2016-09, 2019-01-15
    expect(out.years[0]!.year).toBe(1921);
    expect(out.years[out.years.length - 1]!.year).toBe(2019);
    expect([1921, 1949, 2012, 2013, 2016, 2018].map((y) => [at(y).nodes.total, at(y).edges.total])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [3, 1],
      [3, 2],
      [3, 2],
    ]);
    // Saltmarsh (undated) is placed by its joint lab of 2019; its undated supplier tie to the dockyard comes with it
    expect([at(2019).nodes.total, at(2019).nodes.firm, at(2019).edges.total]).toEqual([4, 2, 4]);
  });

  it('a dynamic GEXF (start/end, spells, timeformat date) gives a timeline', async () => {
    const file = join(import.meta.dirname, '../../fixtures/evolution/dynamic-valley.gexf');
    const r = await runCapture(['timeline', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { years: Array<{ year: number; nodes: { total: number }; edges: { total: number } }> };
    const counts = Object.fromEntries(out.years.map((row) => [row.year, [row.nodes.total, row.edges.total]]));
    // lab: no start (placed by its 1998 spin-off), ends 2011; south: 2003–2010; c1 2004–2005; i1 2009
    expect(out.years[0]!.year).toBe(1998);
    expect(counts).toMatchObject({ 1998: [2, 1], 2001: [3, 1], 2004: [4, 2], 2006: [4, 1], 2009: [4, 2], 2010: [3, 1], 2011: [2, 0] });
    // the lab has no start of its own: under exclude it is never there (nor its spin-off tie)
    const exclude = JSON.parse((await runCapture(['timeline', file, '--format', 'json', '--undated', 'exclude'])).stdout) as typeof out;
    expect([exclude.years[0]!.nodes.total, exclude.years[0]!.edges.total]).toEqual([1, 0]);
  });
});
