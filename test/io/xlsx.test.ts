/**
 * Excel workbooks: the nodes/edges and Kumu layouts, type mapping, duplicate labels, edge sheets
 * alone, the writer's round trip and the cell text escapes. The fixtures come from
 * scripts/make-input-fixtures.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
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

