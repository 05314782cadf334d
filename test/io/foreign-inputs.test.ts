/**
 * Inputs as people bring them: Japanese spreadsheets saved as Shift_JIS, UTF-16 and EUC-JP text,
 * Excel workbooks in the nodes/edges and Kumu layouts, Gephi edge lists without a nodes table,
 * tables named in any case. Each gives the graph its UTF-8 CSV gives, by both routes. The
 * fixtures come from scripts/make-input-fixtures.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraph, readGraphFile, saveGraph, type ReadOptions } from '../../src/io/files.js';
import { parseKindMap } from '../../src/io/kind-map.js';
import { TextStreamDecoder, decodeText, encodingNamed } from '../../src/io/text.js';
import { loadCompactGraph } from '../../src/open/files.js';
import { InvalidGraphError, formatProblem } from '../../src/model/problems.js';
import type { EcoGraph } from '../../src/model/types.js';
import { canonical, randomGraph } from './random-graph.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const VALID = join(FIXTURES, 'valid');
const INVALID = join(FIXTURES, 'invalid');
const BUNDLED = join(import.meta.dirname, '../../graphs');
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

describe('decoding', () => {
  const sjisSamco = Uint8Array.from([0x83, 0x54, 0x83, 0x80, 0x83, 0x52, 0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0]); // サムコ株式会社

  it('detects by fixed rules: BOM, then UTF-8, then Shift_JIS', () => {
    const ok = (bytes: Uint8Array) => {
      const d = decodeText(bytes, 'f.csv');
      if (!d.ok) throw new Error(d.problem.message);
      return [d.encoding, d.text];
    };
    expect(ok(new TextEncoder().encode('a,株式会社\n'))).toEqual(['utf-8', 'a,株式会社\n']);
    expect(ok(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual(['utf-8', 'a']);
    expect(ok(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x2a, 0x68]))).toEqual(['utf-16le', 'a株']);
    expect(ok(Uint8Array.from([0xfe, 0xff, 0, 0x61, 0x68, 0x2a]))).toEqual(['utf-16be', 'a株']);
    expect(ok(sjisSamco)).toEqual(['shift_jis', 'サムコ株式会社']);
  });

  it('a forced encoding replaces detection; names are spelt several ways', () => {
    expect(encodingNamed('CP932')).toBe('shift_jis');
    expect(encodingNamed('EUC-JP')).toBe('euc-jp');
    expect(encodingNamed('latin1')).toBeUndefined();
    const forced = decodeText(Uint8Array.from([0x69, 0x64, 0x0a, ...sjisSamco]), 'f.csv', { encoding: 'utf-8' });
    expect(forced.ok).toBe(false);
    if (!forced.ok) expect([forced.problem.code, forced.problem.line]).toEqual(['bad-encoding', 2]);
  });

  it('chunks split anywhere decode as the whole file does', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('id,label\n'), ...sjisSamco, 0x0a]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: bytes.length }), { maxLength: 6 }), (cuts) => {
        const decoder = new TextStreamDecoder('f.csv');
        let text = '';
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          text += decoder.push(bytes.subarray(at, Math.max(at, cut)));
          at = Math.max(at, cut);
        }
        text += decoder.push(bytes.subarray(at)) + decoder.end();
        expect(text).toBe('id,label\nサムコ株式会社\n');
        expect(decoder.encoding).toBe('shift_jis');
      }),
    );
  });

  it('UTF-16 without a byte order mark is refused with a hint', () => {
    const d = decodeText(Uint8Array.from([0x69, 0, 0x64, 0, 0x0a, 0, 0x61, 0]), 'f.csv');
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problem.message).toContain('--encoding utf-16le');
  });
});

describe('Excel workbooks', () => {
  it("reads Kumu's layout: Label as the id, Type as the kind in any case, Direction", async () => {
    const g = await load(join(VALID, 'kumu.xlsx'));
    expect(g.nodes()).toEqual(['Kyoto University', 'SAMCO', 'Osamu Tsuji']);
    expect(g.getNodeAttributes('SAMCO')).toEqual({ label: 'SAMCO', kind: 'firm', Description: 'Thin-film equipment' });
    expect(g.getNodeAttribute('Kyoto University', 'Tags')).toBe('research | education');
    expect(g.mapEdges((_e, a, s, t, _sa, _ta, undirected) => [s, t, a.kind, !undirected])).toEqual([
      ['Kyoto University', 'SAMCO', 'spinoff', true],
      ['Osamu Tsuji', 'SAMCO', 'founded', true],
      ['Kyoto University', 'Osamu Tsuji', 'collaboration', false],
    ]);
    expect(g.getEdgeAttribute(g.edges()[0]!, 'Strength')).toBe('3');
  });

  it('maps free-text Kumu types with --kind-map, matching by ID when there is an ID column', async () => {
    const path = join(VALID, 'kumu-kind-map.xlsx');
    const g = await load(path, { kindMap: parseKindMap('Startup=firm, vc=investor\nInvests=investment') });
    expect(g.nodes().map((n) => [n, g.getNodeAttribute(n, 'label'), g.getNodeAttribute(n, 'kind')])).toEqual([
      ['e1', 'Kyoto Startup', 'firm'],
      ['e2', 'Kyoto Angels', 'investor'],
      ['e3', 'Kyoto Startup', 'firm'],
    ]);
    expect(g.mapEdges((_e, a) => a.kind)).toEqual(['investment', 'investment']);
    const unmapped = (await readGraphFile(path)).problems.filter((p) => p.severity === 'error');
    expect(unmapped.map((p) => [p.code, p.sheet, p.line, p.column])).toEqual([
      ['unmapped-type', 'Elements', 2, 3],
      ['unmapped-type', 'Elements', 3, 3],
      ['unmapped-type', 'Connections', 2, 3],
    ]);
    expect(unmapped[0]!.message).toContain('"Startup", "VC"');
    expect(() => parseKindMap('Startup=company')).toThrow(/not a kind/);
  });

  it('an edges sheet alone makes its nodes from the ends', async () => {
    const r = await readGraphFile(join(VALID, 'edges-only.xlsx'));
    expect(r.graph.nodes()).toEqual(['a', 'b', 'c']);
    expect(r.problems.map((p) => [p.severity, p.code, p.sheet])).toEqual([['warning', 'nodes-from-edges', 'Edges']]);
  });

  it('writes a workbook in Kumu layout that reads back as the same graph', async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, async (graph) => {
        const path = join(tmp, 'random.xlsx');
        await saveGraph(graph, path);
        const back = await load(path);
        expect(canonical(back, { graphAttributes: false })).toStrictEqual(canonical(graph, { graphAttributes: false }));
      }),
      { numRuns: 10 },
    );
    const kyoto = await loadGraph(join(BUNDLED, 'kyoto-life-science.json'));
    const path = join(tmp, 'kyoto.xlsx');
    expect(await saveGraph(kyoto, path)).toEqual([path]);
    const back = await load(path);
    expect(canonical(back, { graphAttributes: false })).toStrictEqual(canonical(kyoto, { graphAttributes: false }));
  });

  it('refuses a file that is not a workbook', async () => {
    const path = join(tmp, 'fake.xlsx');
    writeFileSync(path, 'id,label\n');
    const r = await readGraphFile(path);
    expect(r.problems.map((p) => p.code)).toEqual(['syntax-error']);
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
