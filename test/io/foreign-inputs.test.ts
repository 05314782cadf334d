/**
 * Inputs as people bring them (the corpus of test/fixtures/valid): one Japanese ecosystem saved as
 * Shift_JIS, EUC-JP, UTF-8 with a BOM, UTF-16 TSV and CSV, with tables named in any case, and as
 * a workbook, each giving the graph its UTF-8 CSV gives, by both routes; Gephi edge lists without
 * a nodes table. The fixtures come from scripts/make-input-fixtures.ts; workbooks in detail are in
 * xlsx.test.ts, decoding in text.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphFile, saveGraph, type ReadOptions } from '../../src/io/files.js';
import { loadCompactGraph } from '../../src/open/files.js';
import { InvalidGraphError, formatProblem } from '../../src/model/problems.js';
import type { EcoGraph } from '../../src/model/types.js';
import { canonical } from './random-graph.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const VALID = join(FIXTURES, 'valid');
const INVALID = join(FIXTURES, 'invalid');
const tmp = mkdtempSync(join(tmpdir(), 'ecograph-foreign-'));

async function load(path: string, options: ReadOptions = {}): Promise<EcoGraph> {
  const r = await readGraphFile(path, options);
  expect(r.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  return r.graph;
}

describe('one Japanese ecosystem in every encoding and container', () => {
  const JAPANESE: [string, ReadOptions][] = [
    ['ja-shift-jis-csv', {}],
    ['ja-euc-jp-csv', { encoding: 'euc-jp' }],
    ['ja-utf8-bom-csv', {}],
    ['ja-utf16-tsv', {}],
    ['ja-utf16be-csv', {}],
    ['case-names-csv', {}],
    ['ja.xlsx', {}],
  ];

  it('the UTF-8 CSV holds the labels, kinds and years', async () => {
    const g = await load(join(VALID, 'ja-utf8-csv'));
    expect(g.getNodeAttributes('samco')).toEqual({ label: 'サムコ株式会社', kind: 'firm', founded: 1979, city: '京都市伏見区' });
    expect(g.getNodeAttribute('horiba', 'label')).toBe('株式会社堀場製作所');
    expect(g.size).toBe(3);
  });

  it.each(JAPANESE)('%s gives the graph of the UTF-8 CSV', async (name, options) => {
    const expected = await load(join(VALID, 'ja-utf8-csv'));
    const actual = await load(join(VALID, name), options);
    expect(canonical(actual, { graphAttributes: false })).toStrictEqual(canonical(expected, { graphAttributes: false }));
  });

  it.each(JAPANESE.filter(([name]) => !name.endsWith('.xlsx')))('%s: the compact route decodes it the same way', async (name, options) => {
    const load = await loadCompactGraph(join(VALID, name), { keep: { labels: true }, chunkBytes: 7, ...(options.encoding ? { encoding: options.encoding } : {}) });
    expect(load.graph.nodes).toEqual(['kyoto-u', 'samco', 'tsuji', 'horiba']);
    expect(load.labels).toEqual(['京都大学', 'サムコ株式会社', '辻 理', '株式会社堀場製作所']);
  });

  it('EUC-JP is not guessed: without --encoding it is refused with the line and how to save UTF-8', async () => {
    const r = await readGraphFile(join(VALID, 'ja-euc-jp-csv'));
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.line])).toEqual([['bad-encoding', 2]]);
    expect(errors[0]!.message).toContain('CSV UTF-8');
  });
});

describe('edge lists and table names', () => {
  it("Gephi's edge table alone: nodes from the ends, a warning, the same by both routes", async () => {
    const path = join(VALID, 'gephi-edges-only-csv');
    const r = await readGraphFile(path);
    expect(r.graph.nodes()).toEqual(['Valjean', 'Javert', 'Myriel', 'Fantine']);
    expect(r.problems.map((p) => [p.severity, p.code, p.line])).toEqual([['warning', 'nodes-from-edges', 1]]);
    expect(r.graph.mapEdges((_e, a, s, t, _sa, _ta, undirected) => [s, t, !undirected, a.weight])).toEqual([
      ['Valjean', 'Javert', false, 4],
      ['Myriel', 'Valjean', true, 1.5],
      ['Javert', 'Fantine', false, 2],
    ]);
    const compact = await loadCompactGraph(path, { keep: { labels: true } });
    expect(compact.graph.nodes).toEqual(r.graph.nodes());
    expect(compact.warnings.map((p) => p.code)).toEqual(['nodes-from-edges']);
  });

  it('names missing paths, files given as directories and folders without edges.csv', async () => {
    expect((await readGraphFile(join(tmp, 'nope'))).problems.map((p) => p.code)).toEqual(['not-found']);
    const file = join(VALID, 'ja-utf8-csv', 'nodes.csv');
    expect((await readGraphFile(file + '/')).problems.map((p) => p.code)).toEqual(['not-a-directory']);
    const empty = join(tmp, 'empty-dir');
    mkdirSync(empty, { recursive: true });
    const r = await readGraphFile(empty);
    expect(r.problems.map((p) => p.code)).toEqual(['no-edges-file']);
    expect(r.problems[0]!.message).toContain('neither nodes.csv nor edges.csv');
    await expect(loadCompactGraph(empty)).rejects.toThrow(InvalidGraphError);
  });

  it('writes CSV as plain UTF-8, and with the BOM Excel needs when asked', async () => {
    const g = await load(join(VALID, 'ja-utf8-csv'));
    const plain = join(tmp, 'plain');
    const excel = join(tmp, 'excel');
    await saveGraph(g, plain + '/');
    await saveGraph(g, excel + '/', 'csv', { excel: true });
    expect([...readFileSync(join(plain, 'nodes.csv')).subarray(0, 3)]).toEqual([0x69, 0x64, 0x2c]);
    expect([...readFileSync(join(excel, 'nodes.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(canonical(await load(excel), { graphAttributes: false })).toStrictEqual(canonical(g, { graphAttributes: false }));
  });
});
