/** `ecograph convert`: format by extension or --to, validation first, atomic output. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph, saveGraph } from '../../../src/io/files.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { canonical } from '../../io/random-graph.js';
import { runCapture } from '../../helpers/run-cli.js';

const REPO = join(import.meta.dirname, '../../..');
const VALID = join(REPO, 'test/fixtures/valid');
const TMP = mkdtempSync(join(tmpdir(), 'ecograph-convert-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const convert = (...argv: string[]) => runCapture(['convert', ...argv]);
const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('convert', () => {
  it('picks the format from the extension, a trailing / (CSV) or --to, and keeps the graph', async () => {
    const input = join(VALID, 'gephi-1.2.gexf');
    const original = await loadGraph(input);
    const outputs = [join(TMP, 'a.json'), join(TMP, 'a.graphml'), join(TMP, 'a.gexf'), join(TMP, 'a-csv') + '/'];
    for (const out of outputs) {
      const r = await convert(input, out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('wrote 2 nodes and 2 edges');
      expect(canonical(await loadGraph(out), { graphAttributes: false })).toStrictEqual(canonical(original, { graphAttributes: false }));
    }
    expect(readFileSync(join(TMP, 'a.graphml'), 'utf8')).toContain('<graphml');
    expect(readdirSync(join(TMP, 'a-csv')).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const forced = join(TMP, 'forced.out');
    expect((await convert(input, forced, '--to', 'gexf')).code).toBe(0);
    expect(readFileSync(forced, 'utf8')).toContain('<gexf');
  });

  it('writes a workbook Excel and Kumu open, reads it back, and writes CSV for Excel with --excel', async () => {
    const input = join(REPO, 'graphs/sapporo-valley.json');
    const original = await loadGraph(input);
    const book = join(TMP, 'sapporo.xlsx');
    const r = await convert(input, book);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`as xlsx: ${book}`);
    expect(readFileSync(book).subarray(0, 2).toString()).toBe('PK');
    expect(canonical(await loadGraph(book), { graphAttributes: false })).toStrictEqual(canonical(original, { graphAttributes: false }));
    const back = join(TMP, 'from-book.json');
    expect((await convert(book, back)).code).toBe(0);
    const excel = join(TMP, 'excel-csv') + '/';
    expect((await convert(book, excel, '--excel')).code).toBe(0);
    expect(readFileSync(join(excel, 'nodes.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(join(TMP, 'a-csv', 'nodes.csv')).subarray(0, 3)).not.toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('reads Shift_JIS and Kumu input with --encoding and --kind-map, and refuses a bad value as usage', async () => {
    const sjis = await convert(join(VALID, 'ja-shift-jis-csv'), join(TMP, 'ja.json'));
    expect(sjis.code, sjis.stderr).toBe(0);
    expect(readFileSync(join(TMP, 'ja.json'), 'utf8')).toContain('株式会社堀場製作所');
    expect((await convert(join(VALID, 'ja-euc-jp-csv'), join(TMP, 'euc.json'), '--encoding', 'EUC-JP')).code).toBe(0);
    const bad = await convert(join(VALID, 'ja-euc-jp-csv'), join(TMP, 'euc2.json'), '--encoding', 'latin9');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('utf-8, utf-16le, utf-16be, shift_jis, euc-jp');
    const mapFile = join(TMP, 'kinds.txt');
    writeFileSync(mapFile, '# Kumu types\nStartup=firm\nVC=investor\nInvests=investment\n');
    const kumu = await convert(join(VALID, 'kumu-kind-map.xlsx'), join(TMP, 'kumu.json'), '--kind-map', mapFile);
    expect(kumu.code, kumu.stderr).toBe(0);
    expect((await loadGraph(join(TMP, 'kumu.json'))).getNodeAttribute('e2', 'kind')).toBe('investor');
    expect((await convert(join(VALID, 'kumu-kind-map.xlsx'), join(TMP, 'kumu2.json'), '--kind-map', 'Startup=company')).code).toBe(2);
  });

  it('exits 2 when the output format cannot be told, 1 when the input is invalid, leaving earlier output intact', async () => {
    const r = await convert(join(VALID, 'bom.json'), join(TMP, 'out.unknown'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('use --to');
    const out = join(TMP, 'earlier.json');
    expect((await convert(join(VALID, 'bom.json'), out)).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const bad = await convert(join(REPO, 'test/fixtures/invalid/dangling-edge.json'), out);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('[missing-node]');
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(temps(TMP)).toEqual([]);
  });

  it('fails cleanly when the output path is under a regular file (no stack, nothing written)', async () => {
    const file = join(TMP, 'plain-file');
    writeFileSync(file, 'keep me');
    const r = await convert(join(VALID, 'bom.json'), join(file, 'out.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ecograph convert: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect(temps(TMP)).toEqual([]);
  });

  it('leaves the earlier output intact and no temporary file when serialising fails', async () => {
    const dir = join(TMP, 'atomic');
    mkdirSync(dir);
    const out = join(dir, 'graph.gexf');
    writeFileSync(out, 'earlier output');
    const g = createEcoGraph();
    g.addNode('a', { label: 'A', huge: 10n as unknown as number });
    await expect(saveGraph(g, out)).rejects.toThrow();
    await expect(saveGraph(g, join(dir, 'graph.json'))).rejects.toThrow(/BigInt/);
    expect(readFileSync(out, 'utf8')).toBe('earlier output');
    expect(readdirSync(dir)).toEqual(['graph.gexf']);
  });

  it('runs through the real binary', () => {
    const out = join(TMP, 'bin.graphml');
    const r = spawnSync(process.execPath, [join(REPO, 'bin/ecograph.js'), 'convert', join(VALID, 'kumu-csv'), out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('wrote 3 nodes and 2 edges as graphml');
    expect(readFileSync(out, 'utf8')).toContain('Kyoto University');
  });
});
