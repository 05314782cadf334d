/**
 * Excel workbooks: the nodes/edges and Kumu layouts, type mapping, duplicate labels, edge sheets
 * alone, the writer's round trip and the cell text escapes. The fixtures come from
 * scripts/make-input-fixtures.ts.
 */
import { mkdtempSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraph, readGraphFile, saveGraph, type ReadOptions } from '../../src/io/files.js';
import { parseKindMap } from '../../src/io/kind-map.js';
import { escapeCellText, readXlsx, unescapeCellText } from '../../src/io/xlsx.js';
import { formatProblem } from '../../src/model/problems.js';
import type { EcoGraph } from '../../src/model/types.js';
import { canonical, randomGraph } from './random-graph.js';
import { zipBytes, type ZipEntryInput } from './zip-writer.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const VALID = join(FIXTURES, 'valid');
const INVALID = join(FIXTURES, 'invalid');
const BUNDLED = join(import.meta.dirname, '../../graphs');
const tmp = mkdtempSync(join(tmpdir(), 'ecograph-xlsx-'));

async function load(path: string, options: ReadOptions = {}): Promise<EcoGraph> {
  const r = await readGraphFile(path, options);
  expect(r.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  return r.graph;
}

describe('readXlsx', () => {
  it('reads the nodes and edges sheets row by row, each element located at its row', async () => {
    const raw = await readXlsx(join(VALID, 'ja.xlsx'));
    expect(raw.format).toBe('xlsx');
    expect(raw.nodes.map((n) => [n.id, n.loc.sheet, n.loc.line])).toEqual([
      ['kyoto-u', 'nodes', 2],
      ['samco', 'nodes', 3],
      ['tsuji', 'nodes', 4],
      ['horiba', 'nodes', 5],
    ]);
    expect(raw.nodes[1]!.attributes).toEqual({ label: 'サムコ株式会社', kind: 'firm', founded: '1979', city: '京都市伏見区' });
    expect(raw.edges.map((e) => [e.source, e.target, e.loc.sheet])).toEqual([
      ['kyoto-u', 'samco', 'edges'],
      ['tsuji', 'samco', 'edges'],
      ['samco', 'horiba', 'edges'],
    ]);
  });

  it('names the sheets a workbook has when it has no edges sheet', async () => {
    const raw = await readXlsx(join(INVALID, 'misnamed-sheet.xlsx'));
    expect(raw.problems.map((p) => p.code)).toEqual(['missing-sheet']);
    expect(raw.problems[0]!.message).toContain('"Sheet1", "Sheet2"');
  });

  it('Kumu elements without an ID column: a second label is an error naming both rows', async () => {
    const raw = await readXlsx(join(INVALID, 'kumu-duplicate-label.xlsx'));
    expect(raw.nodes.map((n) => n.id)).toEqual(['SAMCO', 'Horiba']);
    expect(raw.problems.map((p) => [p.code, p.sheet, p.line, p.column])).toEqual([['duplicate-id', 'Elements', 4, 1]]);
    expect(raw.problems[0]!.message).toContain('rows 2 and 4');
  });
});

describe('cell text escapes', () => {
  it('stores control characters and literal escapes as Office does, and reads them back', () => {
    expect(escapeCellText('a\r\nb')).toBe('a_x000D_\nb');
    expect(escapeCellText('_x0041_')).toBe('_x005F_x0041_');
    expect(unescapeCellText('a_x000D_\nb_x005F_x0041_')).toBe('a\r\nb_x0041_');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(unescapeCellText(escapeCellText(text))).toBe(text);
      }),
    );
  });
});

describe('workbooks through readGraphFile and saveGraph', () => {
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


/** A cell of a hand-written sheet: a number, a shared string (its index), or an inline string. */
type Cell = number | { shared: number } | { inline: string };

function sheetXml(rows: Cell[][]): string {
  const cell = (c: Cell, r: number, i: number) => {
    const ref = `${String.fromCharCode(65 + i)}${r}`;
    if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
    if ('shared' in c) return `<c r="${ref}" t="s"><v>${c.shared}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${c.inline}</t></is></c>`;
  };
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((c, i) => cell(c, r + 1, i)).join('')}</row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKBOOK_PARTS: ZipEntryInput[] = [
  {
    name: 'xl/workbook.xml',
    content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet sheetId="1" name="nodes" r:id="rId1"/><sheet sheetId="2" name="edges" r:id="rId2"/></sheets></workbook>`,
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  },
];
const STRINGS = ['id', 'label', 'kind', 'founded', 'kyoto-u', '京都大学', 'university', 'samco', 'サムコ株式会社', 'firm', 'nineteen seventy-nine', 'source', 'target', 'spinoff'];
const SHARED_STRINGS: ZipEntryInput = {
  name: 'xl/sharedStrings.xml',
  content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
};
const s = (text: string): Cell => ({ shared: STRINGS.indexOf(text) });
/** Sheets first, then the shared strings, the workbook and its relationships: the order that made ExcelJS park each sheet in a temporary file. */
const SHEETS_FIRST: ZipEntryInput[] = [
  {
    name: 'xl/worksheets/sheet1.xml',
    content: sheetXml([
      [s('id'), s('label'), s('kind'), s('founded')],
      [s('kyoto-u'), s('京都大学'), s('university'), 1897],
      [s('samco'), s('サムコ株式会社'), s('firm'), s('nineteen seventy-nine')],
    ]),
  },
  { name: 'xl/worksheets/sheet2.xml', content: sheetXml([[s('source'), s('target'), s('kind')], [s('kyoto-u'), s('samco'), s('spinoff')]]) },
  SHARED_STRINGS,
  ...WORKBOOK_PARTS,
];
/** Inline strings, no shared strings part at all, the workbook after the sheets (as ExcelJS's streaming writer lays a workbook out). */
const INLINE_NO_SHARED_STRINGS: ZipEntryInput[] = [
  { name: 'xl/worksheets/sheet1.xml', content: sheetXml([[{ inline: 'id' }, { inline: 'label' }], [{ inline: 'a' }, { inline: 'A' }], [{ inline: 'b' }, { inline: 'B' }]]) },
  { name: 'xl/worksheets/sheet2.xml', content: sheetXml([[{ inline: 'source' }, { inline: 'target' }], [{ inline: 'a' }, { inline: 'b' }]]) },
  ...WORKBOOK_PARTS,
];

/** ExcelJS's temporary files (`tmp-<pid>-…` in the temporary directory) of this process. */
function ownTmpFiles(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));
}

/** Runs `read` while watching the temporary directory: the temporary files of this process created meanwhile, and any unhandled error. */
async function watched<T>(read: () => Promise<T>): Promise<{ result: T; created: string[]; unhandled: unknown[] }> {
  const created: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  const watcher = watch(tmpdir(), (_event, name) => {
    if (name !== null && name.startsWith(`tmp-${process.pid}-`)) created.push(name);
  });
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  try {
    const result = await read();
    // let late stream errors and watch events arrive
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { result, created, unhandled };
  } finally {
    watcher.close();
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
  }
}

describe('workbooks whose sheets come before the shared strings and the workbook in the zip', () => {
  it('reads them with every string resolved, locating problems at file, sheet, row and field, and writes no temporary file', async () => {
    const path = join(tmp, 'sheets-first.xlsx');
    writeFileSync(path, zipBytes(SHEETS_FIRST));
    const before = ownTmpFiles();
    const { result: r, created, unhandled } = await watched(() => readGraphFile(path));
    expect(created).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(ownTmpFiles()).toEqual(before);
    expect(r.graph.nodes()).toEqual(['kyoto-u', 'samco']);
    expect(r.graph.getNodeAttributes('kyoto-u')).toEqual({ label: '京都大学', kind: 'university', founded: 1897 });
    expect(r.graph.getNodeAttribute('samco', 'label')).toBe('サムコ株式会社');
    expect(r.graph.mapEdges((_e, a, source, target) => [source, target, a.kind])).toEqual([['kyoto-u', 'samco', 'spinoff']]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.file, p.sheet, p.line, p.field])).toEqual([['bad-year', path, 'nodes', 3, 'founded']]);
    expect(formatProblem(errors[0]!)).toMatch(/sheets-first\.xlsx:nodes!D3: error \[bad-year\]/);
  });

  it('reads a zip64 workbook and one without shared strings (inline strings, as a streaming writer stores them) without temporary files', async () => {
    const zip64 = join(tmp, 'sheets-first-zip64.xlsx');
    writeFileSync(zip64, zipBytes(SHEETS_FIRST, { zip64: true }));
    const inline = join(tmp, 'inline.xlsx');
    writeFileSync(inline, zipBytes(INLINE_NO_SHARED_STRINGS));
    const written = join(tmp, 'written.xlsx');
    const kyoto = await loadGraph(join(BUNDLED, 'kyoto-life-science.json'));
    await saveGraph(kyoto, written);
    const before = ownTmpFiles();
    const { result, created, unhandled } = await watched(() => Promise.all([readGraphFile(zip64), readGraphFile(inline), readGraphFile(written)]));
    expect(created).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(ownTmpFiles()).toEqual(before);
    const [fromZip64, fromInline, fromWritten] = result;
    expect(fromZip64.graph.getNodeAttribute('samco', 'label')).toBe('サムコ株式会社');
    expect(fromInline.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(fromInline.graph.nodes().map((n) => [n, fromInline.graph.getNodeAttribute(n, 'label')])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
    expect(fromInline.graph.size).toBe(1);
    expect(canonical(fromWritten.graph, { graphAttributes: false })).toStrictEqual(canonical(kyoto, { graphAttributes: false }));
  });
});
