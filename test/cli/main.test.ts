/**
 * The CLI entry: help for the tool, groups and commands; the version; exit codes 2 for usage
 * errors (with the usage line), 1 for invalid graphs and failures, with messages and never a stack
 * trace.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processIO } from '../../src/cli/main.js';
import { runCapture } from '../helpers/run-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-main-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const STACK = /\n\s+at /;

describe('help and version', () => {
  it('prints the command list with no arguments (exit 2) and with --help (exit 0)', async () => {
    const bare = await runCapture([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^Usage: ecograph <command> \[options\]/);
    expect(bare.stdout).toMatch(/^ {2}validate +check a graph/m);
    expect(bare.stdout).toContain('A graph argument is a .json, .gexf or .graphml file');
    for (const flag of ['--help', '-h', 'help']) {
      const r = await runCapture([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(bare.stdout);
    }
  });

  it('prints a group’s sub-commands and a command’s options', async () => {
    const group = await runCapture(['figure']);
    expect(group.code).toBe(0);
    expect(group.stdout).toMatch(/^Usage: ecograph figure <command> \[options\]/);
    expect(group.stdout).toMatch(/^ {2}tree +draw the spin-off tree/m);
    expect(group.stdout).toMatch(/^ {2}network +draw the network/m);
    const command = await runCapture(['neo4j', 'push', '--help']);
    expect(command.code).toBe(0);
    expect(command.stdout).toMatch(/^Usage: ecograph neo4j push <graph> \[options\]/);
    expect(command.stdout).toContain('--batch N');
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCapture(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await runCapture(['-v'])).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('exit codes and messages', () => {
  it('exits 2 for an unknown command or sub-command, naming it and listing the choices', async () => {
    const r = await runCapture(['centrallity']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ecograph: unknown command "centrallity"\n\nUsage: ecograph <command>/);
    const sub = await runCapture(['figure', 'pie']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toMatch(/^ecograph: unknown command "figure pie"\n\nUsage: ecograph figure <command>/);
  });

  it('exits 2 for a usage error with the message, the usage line and where help is', async () => {
    const r = await runCapture(['info']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ecograph info: missing <graph>\nUsage: ecograph info <graph> [options]\nRun `ecograph info --help` for details.\n',
    });
  });

  it('exits 1 for an invalid graph with each error and a pointer to validate', async () => {
    const bad = join(TMP, 'bad.json');
    writeFileSync(bad, JSON.stringify({ nodes: [{ key: 'a', attributes: { label: 'A', kind: 'planet' } }], edges: [] }));
    const r = await runCapture(['info', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown-node-kind');
    expect(r.stderr).toMatch(/ecograph info: the graph has 1 error\(s\); run `ecograph validate` for details\.\n$/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('exits 1 for a missing file, naming it, with no stack trace', async () => {
    const path = join(TMP, 'absent.json');
    const r = await runCapture(['info', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}: error [not-found] no such file or directory`);
    expect(r.stderr).toContain('ecograph info: ');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('processIO', () => {
  it('writes to the process streams and is interactive only on a terminal', () => {
    expect(processIO.interactive).toBe(Boolean(process.stderr.isTTY));
    expect(typeof processIO.stdout).toBe('function');
    expect(typeof processIO.stderr).toBe('function');
  });
});

describe('-o and the output format', () => {
  const KYOTO = 'graphs/kyoto-life-science.json';

  it('-o FILE.csv / FILE.json write CSV / JSON without --format (centrality, communities, lineage)', async () => {
    const csv = join(TMP, 'c.csv');
    expect((await runCapture(['centrality', KYOTO, '--measures', 'degree', '-o', csv])).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe('id,label,kind,degree');
    const json = join(TMP, 'c.json');
    expect((await runCapture(['communities', KYOTO, '-o', json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toHaveProperty('modularity');
    const lineage = join(TMP, 'l.csv');
    expect((await runCapture(['lineage', 'graphs/sapporo-valley.json', '-o', lineage])).code).toBe(0);
    const text = readFileSync(lineage, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^root,label,generations,descendants/);
    expect(text).not.toContain('─');
    const table = join(TMP, 'l.txt');
    expect((await runCapture(['lineage', 'graphs/sapporo-valley.json', '-o', table])).code).toBe(0);
    expect(readFileSync(table, 'utf8')).toContain('─');
  });

  it('refuses -o c.csv --format json, and a directory as -o, with one line each (exit 2, no temp file named)', async () => {
    const contradiction = await runCapture(['centrality', KYOTO, '-o', join(TMP, 'x.csv'), '--format', 'json']);
    expect(contradiction.code).toBe(2);
    expect(contradiction.stderr.split('\n')[0]).toMatch(/-o .*x\.csv names a \.csv file but --format is json/);
    const dir = await runCapture(['centrality', KYOTO, '-o', TMP]);
    expect(dir.code).toBe(2);
    expect(dir.stderr.split('\n')[0]).toBe(`ecograph centrality: -o ${TMP} is a directory: give a file name, e.g. ${TMP}/result.csv`);
    expect(dir.stderr).not.toMatch(/EISDIR|\.tmp/);
    const svgDir = join(TMP, 'figure.svg');
    mkdirSync(svgDir);
    const figure = await runCapture(['figure', 'network', KYOTO, '-o', svgDir]);
    expect(figure.code).toBe(1);
    expect(figure.stderr).toBe(`ecograph figure network: cannot write ${svgDir}: it is a directory (give a file name)\n`);
  });

  it('tables carry ids and fit 120 columns; a tiny HITS score prints as 0', async () => {
    // Kobe has the longest id of the bundled graphs (41 characters)
    const KOBE = 'graphs/kobe-biomedical.json';
    const few = await runCapture(['centrality', KOBE, '--measures', 'betweenness,pagerank']);
    expect(few.stdout.split('\n')[2]).toMatch(/^id\s+label\s+kind\s+betweenness\s+pagerank$/);
    expect(few.stdout).toMatch(/\nkobe-city-medical-center-general-hospital  /);
    expect(few.stdout).not.toContain('cut short');
    // all the measures: ids shortened only as the last resort, and the table says so
    const all = await runCapture(['centrality', KOBE]);
    const lines = all.stdout.split('\n');
    for (const line of lines.slice(2)) expect(line.length).toBeLessThanOrEqual(120);
    // too many measures for one 120-column table: blocks of columns one below the other, each
    // repeating the ids whole (as R prints a wide data frame), so no id is cut
    const headers = lines.filter((l) => /^id\s{2,}/.test(l));
    expect(headers.length).toBeGreaterThan(1);
    expect(headers[0]).toMatch(/^id\s+label\s+kind\s+degree\s/);
    expect(lines.filter((l) => l.startsWith('kobe-city-medical-center-general-hospital '))).toHaveLength(headers.length);
    expect(all.stdout).not.toContain('cut short');
    const hits = await runCapture(['centrality', 'graphs/hamamatsu-spinoffs.json', '--measures', 'hits']);
    const hitsCsv = await runCapture(['centrality', 'graphs/hamamatsu-spinoffs.json', '--measures', 'hits', '-f', 'csv']);
    expect(hitsCsv.stdout).toMatch(/\de-\d\d/);
    expect(hits.stdout).not.toMatch(/\de-\d\d/);
  });

  it('unknown kinds name the nearest kind and list the valid ones', async () => {
    const r = await runCapture(['centrality', KYOTO, '--edge-kinds', 'spin-off']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--edge-kinds: unknown kind(s) spin-off (did you mean spinoff? known: spinoff, investment');
    const incubator = await runCapture(['centrality', KYOTO, '--node-kinds', 'incubator']);
    expect(incubator.stderr).toContain('--node-kinds: unknown kind(s) incubator (known: founder, person, firm');
  });
});
