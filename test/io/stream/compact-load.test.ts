/**
 * The compact loader equals the standard path: for every reference fixture, bundled graph, valid
 * fixture and random graph, in JSON and as a CSV directory, under several views, the indexed graph
 * (node order, arcs, strengths, distances) and the view description are those of
 * `indexGraph(buildView(loadGraph(path), view).graph)`; invalid inputs give the same problems.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph, readGraphFile } from '../../../src/io/files.js';
import { writeCsv } from '../../../src/io/csv.js';
import { writeJson } from '../../../src/io/json.js';
import { loadCompactGraph, type CompactLoad, type CompactLoadOptions } from '../../../src/open/index.js';
import { indexGraph, type IndexedGraph } from '../../../src/metrics/indexed-graph.js';
import { buildView, type ViewDescription, type ViewOptions } from '../../../src/metrics/view.js';
import { MetricError } from '../../../src/metrics/metric-error.js';
import { InvalidGraphError, type Problem } from '../../../src/model/problems.js';
import type { EcoGraph } from '../../../src/model/types.js';
import { randomGraph } from '../random-graph.js';

const ROOT = join(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'ecograph-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const VIEWS: ViewOptions[] = [
  {},
  { directed: true },
  { weighted: 'weight' },
  { weighted: 'weight', weightAs: 'strength' },
  { directed: true, weighted: 'weight', weightAs: 'strength' },
  { edgeKinds: ['collaboration', 'spinoff'] },
  { nodeKinds: ['firm', 'university', 'anchor'] },
  { directed: true, edgeKinds: ['investment', 'collaboration'], nodeKinds: ['firm', 'investor', 'anchor'] },
];

type Outcome = { indexed: IndexedGraph; view: ViewDescription } | { error: string };

async function standard(path: string, view: ViewOptions): Promise<Outcome> {
  try {
    const { graph, view: description } = buildView(await loadGraph(path), view);
    return { indexed: indexGraph(graph), view: description };
  } catch (err) {
    if (err instanceof MetricError || err instanceof InvalidGraphError) return { error: err.name };
    throw err;
  }
}

async function compact(path: string, options: CompactLoadOptions): Promise<Outcome> {
  try {
    const r: CompactLoad = await loadCompactGraph(path, options);
    return { indexed: r.graph, view: r.view };
  } catch (err) {
    if (err instanceof MetricError || err instanceof InvalidGraphError) return { error: err.name };
    throw err;
  }
}

/** Plain arrays of every part, so that a difference shows where. */
function plain(g: IndexedGraph) {
  return {
    directed: g.directed,
    weighted: g.weighted,
    nodes: g.nodes,
    index: [...g.index].filter(([id]) => g.nodes[g.index.get(id)!] === id).sort(),
    indexSize: g.nodes.length,
    outStart: Array.from(g.outStart),
    outTargets: Array.from(g.outTargets),
    outStrength: Array.from(g.outStrength),
    outDistance: Array.from(g.outDistance),
    inStart: Array.from(g.inStart),
    inSources: Array.from(g.inSources),
    inStrength: Array.from(g.inStrength),
    inDistance: Array.from(g.inDistance),
  };
}

async function expectSame(path: string, view: ViewOptions, extra: CompactLoadOptions = {}): Promise<void> {
  const expected = await standard(path, view);
  const actual = await compact(path, { view, maxWarnings: Infinity, ...extra });
  if ('error' in expected || 'error' in actual) {
    expect(actual, `${path} ${JSON.stringify(view)}`).toEqual(expected);
    return;
  }
  expect(actual.view, `${path} ${JSON.stringify(view)}`).toEqual(expected.view);
  expect(plain(actual.indexed), `${path} ${JSON.stringify(view)}`).toEqual(plain(expected.indexed));
  for (const id of actual.indexed.nodes) expect(actual.indexed.index.get(id)).toBe(expected.indexed.index.get(id));
}

/** Writes a graph as a CSV directory and returns its path. */
function asCsv(graph: EcoGraph, name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  const { nodes, edges } = writeCsv(graph);
  writeFileSync(join(dir, 'nodes.csv'), nodes);
  writeFileSync(join(dir, 'edges.csv'), edges);
  return dir;
}

const REFERENCE = join(ROOT, 'test/fixtures/reference/graphs');
const BUNDLED = join(ROOT, 'graphs');
const VALID = join(ROOT, 'test/fixtures/valid');
const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
const INPUTS = [
  ...jsonFiles(REFERENCE),
  ...jsonFiles(BUNDLED),
  ...readdirSync(VALID).filter((f) => f.endsWith('-csv') || f.endsWith('.json')).map((f) => join(VALID, f)),
];

describe('loadCompactGraph equals indexGraph(buildView(loadGraph(path)))', () => {
  it.each(INPUTS)('%s, every view', async (path) => {
    for (const view of VIEWS) await expectSame(path, view);
  });

  it.each([...jsonFiles(REFERENCE), ...jsonFiles(BUNDLED)])('%s written as a CSV directory, every view', async (path) => {
    const dir = asCsv(await loadGraph(path), `csv-${path.split('/').pop()}`);
    for (const view of VIEWS) await expectSame(dir, view);
  });

  it('reads the same in 7-byte chunks (records, strings and elements split across chunks)', async () => {
    for (const path of [join(BUNDLED, 'kyoto-life-science.json'), join(VALID, 'bom-crlf-csv'), join(VALID, 'bom.json'), join(REFERENCE, 'lesmis.json')]) {
      await expectSame(path, {}, { chunkBytes: 7 });
      await expectSame(path, { weighted: 'weight', directed: true }, { chunkBytes: 7 });
    }
    const dir = asCsv(await loadGraph(join(BUNDLED, 'sapporo-valley.json')), 'chunks-sapporo');
    await expectSame(dir, {}, { chunkBytes: 7 });
  });

  it('random graphs, as JSON and as CSV, under random views', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(randomGraph, fc.constantFrom(...VIEWS), fc.integer({ min: 5, max: 4096 }), async (graph, view, chunkBytes) => {
        const name = `random-${run++}`;
        const json = join(tmp, `${name}.json`);
        writeFileSync(json, writeJson(graph));
        await expectSame(json, view, { chunkBytes });
        await expectSame(asCsv(graph, name), view, { chunkBytes });
      }),
      { numRuns: 60 },
    );
  });

  it('JSON in another layout: one line, keys in another order (edges before nodes, options last)', async () => {
    const graph = await loadGraph(join(REFERENCE, 'small-ecosystem.json'));
    const doc = JSON.parse(writeJson(graph)) as Record<string, unknown>;
    const path = join(tmp, 'reordered.json');
    writeFileSync(path, JSON.stringify({ edges: doc.edges, attributes: doc.attributes, nodes: doc.nodes, options: doc.options }));
    for (const view of VIEWS) await expectSame(path, view);
    const pretty = join(tmp, 'pretty.json');
    writeFileSync(pretty, JSON.stringify(doc, null, 3));
    for (const view of VIEWS) await expectSame(pretty, view, { chunkBytes: 64 });
  });
});

/** Problems in a canonical order (the two paths find them in different orders). */
function canonical(problems: readonly Problem[], syntaxByPlace = false): unknown[] {
  return problems
    .map((p) => (syntaxByPlace && p.code === 'syntax-error' ? { ...p, message: '(syntax)' } : p))
    .map((p) => JSON.stringify([p.file, p.line ?? 0, p.column ?? 0, p.severity, p.code, p.field ?? '', p.message]))
    .sort();
}

/** Every problem the compact loader reports (read in chunks of `chunkBytes` when given), valid input or not. */
async function compactProblems(path: string, chunkBytes?: number): Promise<Problem[]> {
  try {
    const r = await loadCompactGraph(path, { maxWarnings: Infinity, ...(chunkBytes !== undefined ? { chunkBytes } : {}) });
    return r.warnings;
  } catch (err) {
    if (err instanceof InvalidGraphError) return err.problems;
    throw err;
  }
}

describe('invalid inputs: the same problems as the standard reader', () => {
  const INVALID = join(ROOT, 'test/fixtures/invalid');
  const cases = readdirSync(INVALID).filter((f) => f.endsWith('-csv') || (f.endsWith('.json') && f !== 'cases.json'));
  it.each(cases)('%s', async (name) => {
    const path = join(INVALID, name);
    const expected = await readGraphFile(path);
    const actual = await compactProblems(path);
    expect(canonical(actual, true)).toEqual(canonical(expected.problems, true));
    expect(actual.some((p) => p.severity === 'error')).toBe(true);
  });

  it('several errors at once, each with file, line and field', async () => {
    const dir = join(tmp, 'broken-csv');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'nodes.csv'), 'id,label,kind,founded\na,A,firm,1990\na,A2,firm,1991\nb,,club,nineteen\nc,C,firm,\n');
    writeFileSync(join(dir, 'edges.csv'), 'source,target,kind,weight\na,zz,collaboration,1\na,c,friendship,2\nc,a,spinoff,x\na,c,founded,1\n');
    const expected = await readGraphFile(dir);
    const actual = await compactProblems(dir);
    expect(canonical(actual)).toEqual(canonical(expected.problems));
    const errors = actual.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file.split('/').pop()}:${p.line} ${p.code} ${p.field ?? ''}`).sort()).toEqual([
      'edges.csv:2 missing-node target',
      'edges.csv:3 unknown-edge-kind kind',
      'edges.csv:4 bad-number weight',
      'edges.csv:5 edge-kind-not-allowed kind',
      'nodes.csv:3 duplicate-id id',
      'nodes.csv:4 bad-year founded',
      'nodes.csv:4 empty-label label',
      'nodes.csv:4 unknown-node-kind kind',
    ]);
  });

  it('plain edge and node lists (source,target / id,label) report every problem code of the standard reader', async () => {
    // these headers take the rows straight to the checks, without raw elements: the problems must not change
    const dir = join(tmp, 'plain-broken-csv');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'nodes.csv'), 'id,label\na,A\na,A again\n,nameless\nb, \nc,"C, ltd"\nd,D,extra\ne,"E"x\n');
    writeFileSync(join(dir, 'edges.csv'), 'Source,Target\na,zz\n,b\n c ,a\na,a\nb,c,x\na,"b"c\nyy,\n');
    const expected = await readGraphFile(dir);
    const actual = await compactProblems(dir);
    expect(canonical(actual)).toEqual(canonical(expected.problems));
    expect([...new Set(actual.map((p) => `${p.file.split('/').pop()} ${p.severity} ${p.code}`))].sort()).toEqual([
      'edges.csv error csv-columns',
      'edges.csv error csv-quote',
      'edges.csv error empty-id',
      'edges.csv error missing-node',
      'edges.csv warning self-loop',
      'nodes.csv error csv-columns',
      'nodes.csv error csv-quote',
      'nodes.csv error duplicate-id',
      'nodes.csv error empty-id',
      'nodes.csv error empty-label',
    ]);
  });

  it('plain JSON elements (writeJson layout) report every problem code of the standard reader', async () => {
    // one element per line with string ids, a label, a boolean undirected and empty attributes is
    // read without JSON.parse; the others (escapes, other keys) go through it: both in one file
    const path = join(tmp, 'plain-broken.json');
    writeFileSync(
      path,
      [
        '{"attributes": {"format": "ecograph@1"}, "options": {"type": "mixed"}, "nodes": [',
        '  {"key": "a", "attributes": {"label": "A"}},',
        '  {"key": "a", "attributes": {"label": "A again"}},',
        '  {"key": " ", "attributes": {}},',
        '  {"id": "b", "attributes": {"label": " "}},',
        '  {"key": "c\\u0020d"},',
        '  {"key": "e", "attributes": {"kind": "planet"}}',
        '], "edges": [',
        '  {"key": "e1", "source": "a", "target": "zz", "undirected": true, "attributes": {}},',
        '  {"key": "e2", "source": "", "target": "b", "attributes": {}},',
        '  {"key": "e3", "source": "a", "target": "a", "undirected": false, "attributes": {}},',
        '  {"key": "e3", "source": "a", "target": "b", "undirected": true, "attributes": {}},',
        '  {"id": "e4", "source": "b", "target": "a"},',
        '  {"source": "b", "target": "c d", "undirected": "yes", "attributes": {"kind": "friendship"}}',
        ']}',
      ].join('\n'),
    );
    const expected = await readGraphFile(path);
    const actual = await compactProblems(path);
    expect(canonical(actual)).toEqual(canonical(expected.problems));
    expect([...new Set(actual.map((p) => `${p.severity} ${p.code}`))].sort()).toEqual([
      'error duplicate-id',
      'error empty-id',
      'error empty-label',
      'error missing-node',
      'error unknown-edge-kind',
      'error unknown-node-kind',
      'warning self-loop',
    ]);
  });

  it('a valid graph in writeJson layout loads by the plain JSON route as by the standard path, edges before nodes too', async () => {
    const path = join(tmp, 'plain-valid.json');
    const nodes = ['  {"key": "a", "attributes": {"label": "A"}}', '  {"id": "b"}', '  {"key": "c", "attributes": {}}'];
    const edges = ['  {"key": "e1", "source": "a", "target": "b", "undirected": true, "attributes": {}}', '  {"source": "b", "target": "c", "attributes": {}}', '  {"id": "e3", "source": "c", "target": "a", "undirected": false}'];
    writeFileSync(path, `{"options": {"type": "mixed"}, "nodes": [\n${nodes.join(',\n')}\n], "edges": [\n${edges.join(',\n')}\n]}`);
    for (const view of VIEWS) await expectSame(path, view);
    const early = join(tmp, 'plain-edges-first.json');
    writeFileSync(early, `{"edges": [\n${edges.join(',\n')}\n], "nodes": [\n${nodes.join(',\n')}\n], "options": {"type": "directed"}}`);
    for (const view of VIEWS) await expectSame(early, view);
  });

  it('seeded random JSON (escapes, Japanese, exponents, key orders, extra and nested attributes, odd white space, BOM, duplicates, missing fields, broken syntax): the same graph and problems', async () => {
    // Every element is written by hand so that the raw text holds escapes and odd layouts; some
    // elements are exactly as writeJson writes them (the matched route), the others are not.
    const ids = ['a', 'b', 'n1', 'n10', '京都', ' c ', '', 'd\\u3042', 'q\\"x', 'b\\\\s', 'x y', '\\u0020e'];
    const rawId = fc.constantFrom(...ids.map((id) => `"${id}"`));
    const text = fc.constantFrom('"A"', '"京都大学"', '" "', '""', '"\\u3042\\n"', '"x\\"y"');
    const number = fc.constantFrom('1', '2e0', '1.5E+1', '-0', '3.0e-1', '1990', '1.99e3');
    const nested = fc.constantFrom('[1,{"y":[2,3]}]', '{"a":{"b":null}}', '[]', '{}');
    const sep = fc.constantFrom(',', ', ', ' ,\t', ',\n      ', '\n,');
    const colon = fc.constantFrom(':', ': ', ' : ', ':\n');
    /** An object from raw members, in the given order, with the given separators. */
    const object = (members: fc.Arbitrary<Array<[string, string]>>) =>
      fc.tuple(members, sep, colon, fc.constantFrom('', ' ', '\n ')).map(([ms, comma, c, pad]) => `{${pad}${ms.map(([k, v]) => `"${k}"${c}${v}`).join(comma)}${pad}}`);
    const nodeAttributes = object(
      fc.subarray<[string, string]>([], { minLength: 0 }).chain(() =>
        fc.tuple(fc.option(text), fc.option(fc.constantFrom('"firm"', '"university"', '"planet"', '7')), fc.option(number), fc.option(nested)).map(([label, kind, founded, extra]) => {
          const ms: Array<[string, string]> = [];
          if (label !== null) ms.push(['label', label]);
          if (kind !== null) ms.push(['kind', kind]);
          if (founded !== null) ms.push(['founded', founded]);
          if (extra !== null) ms.push(['extra', extra]);
          return ms;
        }),
      ),
    );
    const written = (members: Array<[string, string]>) => `{${members.map(([k, v]) => `"${k}":${v}`).join(',')}}`;
    const node = fc.oneof(
      // as writeJson writes it
      fc.tuple(rawId, fc.option(text)).map(([id, label]) => written([['key', id], ['attributes', label === null ? '{}' : `{"label":${label}}`]])),
      fc
        .tuple(fc.constantFrom('key', 'id', 'none'), rawId, fc.option(nodeAttributes), fc.boolean(), sep, colon)
        .map(([name, id, attributes, reversed, comma, c]) => {
          const ms: Array<[string, string]> = [];
          if (name !== 'none') ms.push([name, id]);
          if (attributes !== null) ms.push(['attributes', attributes]);
          if (reversed) ms.reverse();
          return `{${ms.map(([k, v]) => `"${k}"${c}${v}`).join(comma)}}`;
        }),
    );
    const edgeKey = fc.constantFrom('"e1"', '"e2"', '"e\\u0031"', '"ｅ3"', '" e4"', '""');
    const edgeAttributes = fc.constantFrom('{}', '{"weight":2e0}', '{"kind":"collaboration","sources":["x"]}', '{"kind":"friendship"}', '{"nested":[{"a":1}]}', '{"weight":"heavy"}');
    const edge = fc.oneof(
      fc.tuple(edgeKey, rawId, rawId, fc.boolean()).map(([key, source, target, undirected]) =>
        written([['key', key], ['source', source], ['target', target], ...(undirected ? [['undirected', 'true'] as [string, string]] : []), ['attributes', '{}']]),
      ),
      fc
        .tuple(fc.option(edgeKey), fc.option(rawId), fc.option(rawId), fc.option(fc.constantFrom('true', 'false', '"yes"')), fc.option(edgeAttributes), fc.boolean(), sep, colon)
        .map(([key, source, target, undirected, attributes, reversed, comma, c]) => {
          const ms: Array<[string, string]> = [];
          if (key !== null) ms.push(['key', key]);
          if (source !== null) ms.push(['source', source]);
          if (target !== null) ms.push(['target', target]);
          if (undirected !== null) ms.push(['undirected', undirected]);
          if (attributes !== null) ms.push(['attributes', attributes]);
          if (reversed) ms.reverse();
          return `{${ms.map(([k, v]) => `"${k}"${c}${v}`).join(comma)}}`;
        }),
    );
    const document = fc
      .tuple(
        fc.array(node, { maxLength: 8 }),
        fc.array(edge, { maxLength: 10 }),
        fc.constantFrom('{"type":"mixed","multi":true,"allowSelfLoops":true}', '{"type":"directed"}', '{"type":"undirected"}'),
        fc.boolean(), // edges first
        fc.constantFrom(',\n    ', ',', ' , ', '\n,\n'),
        fc.boolean(), // BOM
        fc.option(fc.tuple(fc.nat(), fc.constantFrom('}', '"', ',', ']', 'x', '', '\n{'))), // broken syntax: at, insert (or delete one character)
      )
      .map(([nodes, edges, options, edgesFirst, between, bom, broken]) => {
        const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n    ${items.join(between)}\n  ]`);
        const parts = [`"attributes": {"format":"ecograph@1"}`, `"options": ${options}`, `"nodes": ${list(nodes)}`, `"edges": ${list(edges)}`];
        if (edgesFirst) parts.reverse();
        let doc = `{\n  ${parts.join(',\n  ')}\n}\n`;
        if (broken !== null) {
          const at = broken[0] % doc.length;
          doc = broken[1] === '' ? doc.slice(0, at) + doc.slice(at + 1) : doc.slice(0, at) + broken[1] + doc.slice(at);
        }
        return (bom ? '\ufeff' : '') + doc;
      });
    let run = 0;
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(document, fc.integer({ min: 5, max: 300 }), async (doc, chunkBytes) => {
        const path = join(tmp, `fuzz-${run++}.json`);
        writeFileSync(path, doc);
        const expected = await readGraphFile(path);
        const actual = await compactProblems(path, chunkBytes);
        const syntax = expected.problems.find((p) => p.code === 'syntax-error');
        if (syntax) {
          // JSON.parse of the whole text words it (the compact route cannot hold the text): the
          // same place when JSON.parse names one, and in any case a syntax error naming a line
          expect(actual.map((p) => [p.code, p.file]), doc).toEqual([['syntax-error', path]]);
          expect(actual[0]!.line, doc).toBeGreaterThan(0);
          if (/position \d+/.test(syntax.message)) expect([actual[0]!.line, actual[0]!.column], doc).toEqual([syntax.line, syntax.column]);
        } else expect(canonical(actual), doc).toEqual(canonical(expected.problems));
        if (expected.problems.some((p) => p.severity === 'error')) invalid++;
        else {
          await expectSame(path, {}, { chunkBytes });
          await expectSame(path, { directed: true }, { chunkBytes });
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
    expect(invalid).toBeGreaterThan(30);

    // valid graphs in the same odd layouts: the same graph under several views
    const cleanIds = ['a', 'b', 'n1', 'n10', '京都', 'd\\u3042', 'q\\"x', 'b\\\\s', 'x y', 'ｅ'];
    const valid = fc
      .tuple(
        fc.uniqueArray(fc.constantFrom(...cleanIds), { minLength: 1, maxLength: cleanIds.length }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.option(fc.constantFrom('{}', '{"weight":2e0}', '{"weight":1.5E+1}', '{"kind":"collaboration","sources":["x"]}', '{"nested":[{"a":1}]}'))), { maxLength: 12 }),
        fc.array(fc.tuple(fc.boolean(), fc.boolean(), sep, colon), { minLength: 30, maxLength: 30 }),
        fc.constantFrom(',\n    ', ',', ' , ', '\n,\n'),
        fc.boolean(),
      )
      .map(([ids, ties, looks, between, bom]) => {
        const look = (i: number) => looks[i % looks.length]!;
        const shape = (i: number, ms: Array<[string, string]>) => {
          const [asWritten, reversed, comma, c] = look(i);
          if (asWritten) return written(ms);
          const order = reversed ? [...ms].reverse() : ms;
          return `{${order.map(([k, v]) => `"${k}"${c}${v}`).join(comma)}}`;
        };
        const nodes = ids.map((id, i) => shape(i, [['key', `"${id}"`], ['attributes', i % 2 ? `{"label":"${id}"}` : '{}']]));
        const edges = ties.map(([s, t, undirected, attributes], i) => {
          const ms: Array<[string, string]> = [['key', `"t${i}"`], ['source', `"${ids[s % ids.length]}"`], ['target', `"${ids[t % ids.length]}"`]];
          if (undirected) ms.push(['undirected', 'true']);
          ms.push(['attributes', attributes ?? '{}']);
          return shape(i + 7, ms);
        });
        const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n    ${items.join(between)}\n  ]`);
        return `${bom ? '\ufeff' : ''}{\n  "attributes": {"format":"ecograph@1"},\n  "options": {"type":"mixed"},\n  "nodes": ${list(nodes)},\n  "edges": ${list(edges)}\n}\n`;
      });
    await fc.assert(
      fc.asyncProperty(valid, fc.integer({ min: 5, max: 300 }), async (doc, chunkBytes) => {
        const path = join(tmp, `fuzz-${run++}.json`);
        writeFileSync(path, doc);
        const expected = await readGraphFile(path);
        expect(expected.problems.filter((p) => p.severity === 'error'), doc).toEqual([]);
        for (const view of [{}, { directed: true }, { weighted: 'weight' }] as ViewOptions[]) await expectSame(path, view, { chunkBytes });
      }),
      { numRuns: 150, seed: 20261203 },
    );
  });

  it('a syntax error deep in a JSON file names its line and column', async () => {
    const graph = await loadGraph(join(BUNDLED, 'kobe-biomedical.json'));
    const lines = writeJson(graph).split('\n');
    const at = lines.length - 5;
    lines[at] = lines[at]!.replace('"target"', '"target" "oops"');
    const path = join(tmp, 'broken.json');
    writeFileSync(path, lines.join('\n'));
    const expected = (await readGraphFile(path)).problems;
    const actual = await compactProblems(path);
    expect(actual.map((p) => [p.code, p.line, p.column])).toEqual(expected.map((p) => [p.code, p.line, p.column]));
    expect(actual[0]!.line).toBe(at + 1);
  });

  it('a missing path, a bad extension and a missing nodes.csv are refused like loadGraph refuses them', async () => {
    for (const path of [join(tmp, 'nope.json'), join(ROOT, 'package.json').replace('.json', '.txt'), join(tmp)]) {
      const expected = await readGraphFile(path);
      const actual = await compactProblems(path);
      expect(canonical(actual)).toEqual(canonical(expected.problems));
    }
  });
});

describe('progress and abort', () => {
  it('reports bytes read per chunk, up to the total', async () => {
    const path = join(BUNDLED, 'kyoto-life-science.json');
    const seen: number[] = [];
    await loadCompactGraph(path, { chunkBytes: 4096, onProgress: (p) => seen.push(p.bytesRead / p.totalBytes) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('stops when the signal aborts, with its reason', async () => {
    const controller = new AbortController();
    const path = join(BUNDLED, 'kyoto-life-science.json');
    const load = loadCompactGraph(path, {
      chunkBytes: 1024,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.bytesRead > 4096) controller.abort(new Error('stop here'));
      },
    });
    await expect(load).rejects.toThrow('stop here');
  });
});

describe('numbered ids, CSV rows read as ranges and JSON elements matched whole: the standard reader\'s graph and problems', () => {
  // ids of one prefix and a number (kept by number), others (kept by hash), and ids that need trimming or quoting
  const CSV_IDS = ['n0', 'n1', 'n2', 'n7', 'n10', 'n12', 'n007', 'n', '3', ' n1 ', 'n1 ', '京都1', 'e1', '"n2"', '"a,b"', '"q""x"', 'N1', 'n999'];

  it('seeded random CSV directories (plain and quoted rows, extra and missing fields, blank lines, CR / CRLF / LF, BOM), chunks of 1 to 7 bytes and more', async () => {
    const field = fc.constantFrom(...CSV_IDS);
    const end = fc.constantFrom('\n', '\r\n', '\r\n', '\n', '\r');
    const row = fc.oneof(
      { arbitrary: fc.tuple(field, field).map(([a, b]) => `${a},${b}`), weight: 8 },
      { arbitrary: fc.tuple(field, field, field).map(([a, b, c]) => `${a},${b},${c}`), weight: 1 },
      { arbitrary: field, weight: 1 },
      { arbitrary: fc.constantFrom('', ' ', 'x"y,n1'), weight: 1 },
    );
    const table = (header: fc.Arbitrary<string>) =>
      fc.tuple(header, fc.array(fc.tuple(row, end), { maxLength: 14 }), end, fc.boolean()).map(([head, rows, first, bom]) => `${bom ? '\ufeff' : ''}${head}${first}${rows.map(([r, e]) => r + e).join('')}`);
    const directory = fc.tuple(table(fc.constantFrom('id,label', 'id', 'Id,Label')), table(fc.constantFrom('source,target', 'Source,Target', 'target,source')));
    let run = 0;
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(directory, fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 8, max: 200 })), async ([nodes, edges], chunkBytes) => {
        const dir = join(tmp, `ranges-${run++}-csv`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'nodes.csv'), nodes);
        writeFileSync(join(dir, 'edges.csv'), edges);
        const expected = await readGraphFile(dir);
        const actual = await compactProblems(dir, chunkBytes);
        expect(canonical(actual), `${nodes}\n---\n${edges}`).toEqual(canonical(expected.problems));
        if (!expected.problems.some((p) => p.severity === 'error')) {
          valid++;
          await expectSame(dir, {}, { chunkBytes });
          await expectSame(dir, { directed: true }, { chunkBytes });
        }
      }),
      { numRuns: 250, seed: 20261208 },
    );
    expect(run - valid).toBeGreaterThan(100);

    // valid directories: nodes of numbered and other ids (some quoted or padded), ties among them
    const clean = ['n0', 'n1', 'n2', 'n7', 'n10', 'n12', 'n007', '3', '京都1', 'e1', 'a,b', 'N1'];
    const spell = (id: string, how: number) => (id.includes(',') || how === 1 ? `"${id}"` : how === 2 ? ` ${id} ` : id);
    const validDirectory = fc
      .tuple(fc.uniqueArray(fc.constantFrom(...clean), { minLength: 1 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 4 }), fc.nat({ max: 4 })), { maxLength: 20 }), end, fc.boolean())
      .map(([ids, ties, e, bom]): [string, string] => [
        `${bom ? '\ufeff' : ''}id,label${e}${ids.map((id, i) => `${spell(id, i % 5)},L${i}${e}`).join('')}`,
        `source,target${e}${ties.map(([s, t, hs, ht]) => `${spell(ids[s % ids.length]!, hs)},${spell(ids[t % ids.length]!, ht)}${e}`).join('')}`,
      ]);
    await fc.assert(
      fc.asyncProperty(validDirectory, fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 8, max: 200 })), async ([nodes, edges], chunkBytes) => {
        const dir = join(tmp, `ranges-${run++}-csv`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'nodes.csv'), nodes);
        writeFileSync(join(dir, 'edges.csv'), edges);
        const expected = await readGraphFile(dir);
        expect(expected.problems.filter((p) => p.severity === 'error'), `${nodes}\n---\n${edges}`).toEqual([]);
        expect(canonical(await compactProblems(dir, chunkBytes))).toEqual(canonical(expected.problems));
        for (const view of [{}, { directed: true }] as ViewOptions[]) await expectSame(dir, view, { chunkBytes });
      }),
      { numRuns: 150, seed: 20261210 },
    );
  });

  it('seeded random JSON in writeJson layout with numbered ids and keys among other elements, chunks of 1 to 7 bytes and more', async () => {
    const ids = ['n0', 'n1', 'n2', 'n10', 'n01', 'n', '7', '京都1', 'n\\u0031', ' n2', 'x"'.replace('"', '\\"'), 'n999'];
    const id = fc.constantFrom(...ids.map((i) => `"${i}"`));
    const key = fc.constantFrom('"e0"', '"e1"', '"e2"', '"e10"', '"e010"', '"e"', '"3"', '"ｅ1"', '"e\\u0032"', '""');
    const node = fc.oneof(
      { arbitrary: fc.tuple(id, fc.option(fc.constantFrom('"A"', '"京"', '" "', '"n1"'))).map(([k, l]) => `{"key":${k},"attributes":{${l === null ? '' : `"label":${l}`}}}`), weight: 6 },
      { arbitrary: fc.tuple(id, fc.constantFrom('{}', '{"kind":"firm"}', '{"label":"x","kind":"planet"}')).map(([k, a]) => `{"id": ${k}, "attributes": ${a}}`), weight: 1 },
    );
    const edge = fc.oneof(
      {
        arbitrary: fc.tuple(key, id, id, fc.boolean()).map(([k, s, t, u]) => `{"key":${k},"source":${s},"target":${t}${u ? ',"undirected":true' : ''},"attributes":{}}`),
        weight: 6,
      },
      { arbitrary: fc.tuple(key, id, id).map(([k, s, t]) => `{"source": ${s}, "target": ${t}, "key": ${k}, "attributes": {"weight": 2}}`), weight: 1 },
      { arbitrary: fc.tuple(id, id).map(([s, t]) => `{"source":${s},"target":${t},"attributes":{}}`), weight: 1 },
    );
    const document = fc
      .tuple(fc.array(node, { maxLength: 10 }), fc.array(edge, { maxLength: 12 }), fc.constantFrom(',\n    ', ',\r\n    ', ','), fc.boolean())
      .map(([nodes, edges, between, bom]) => {
        const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n    ${items.join(between)}\n  ]`);
        return `${bom ? '\ufeff' : ''}{\n  "attributes": {"format":"ecograph@1"},\n  "options": {"type":"mixed","multi":true,"allowSelfLoops":true},\n  "nodes": ${list(nodes)},\n  "edges": ${list(edges)}\n}\n`;
      });
    let run = 0;
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(document, fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 8, max: 300 })), async (doc, chunkBytes) => {
        const path = join(tmp, `numbered-${run++}.json`);
        writeFileSync(path, doc);
        const expected = await readGraphFile(path);
        const actual = await compactProblems(path, chunkBytes);
        expect(canonical(actual), doc).toEqual(canonical(expected.problems));
        if (!expected.problems.some((p) => p.severity === 'error')) {
          valid++;
          await expectSame(path, {}, { chunkBytes });
          await expectSame(path, { directed: true }, { chunkBytes });
        }
      }),
      { numRuns: 250, seed: 20261209 },
    );
    expect(run - valid).toBeGreaterThan(100);

    // valid documents: numbered and other ids, numbered and other keys, ties among the nodes
    const cleanIds = ['n0', 'n1', 'n2', 'n10', 'n01', 'n', '7', '京都1', 'x y'];
    const validDocument = fc
      .tuple(fc.uniqueArray(fc.constantFrom(...cleanIds), { minLength: 1 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), fc.nat({ max: 3 })), { maxLength: 20 }), fc.constantFrom(',\n    ', ',\r\n    ', ','))
      .map(([nodeIds, ties, between]) => {
        const nodes = nodeIds.map((n, i) => (i % 3 === 2 ? `{"id": "${n}"}` : `{"key":"${n}","attributes":{${i % 2 ? `"label":"L${i}"` : ''}}}`));
        const edges = ties.map(([s, t, u, how], i) => {
          const k = how === 0 ? `"e${i}"` : how === 1 ? `"${i}"` : how === 2 ? `"e0${i}"` : `"k${i}"`;
          return `{"key":${k},"source":"${nodeIds[s % nodeIds.length]}","target":"${nodeIds[t % nodeIds.length]}"${u ? ',"undirected":true' : ''},"attributes":{}}`;
        });
        const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n    ${items.join(between)}\n  ]`);
        return `{\n  "options": {"type":"mixed"},\n  "nodes": ${list(nodes)},\n  "edges": ${list(edges)}\n}\n`;
      });
    await fc.assert(
      fc.asyncProperty(validDocument, fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 8, max: 300 })), async (doc, chunkBytes) => {
        const path = join(tmp, `numbered-${run++}.json`);
        writeFileSync(path, doc);
        const expected = await readGraphFile(path);
        expect(expected.problems.filter((p) => p.severity === 'error'), doc).toEqual([]);
        expect(canonical(await compactProblems(path, chunkBytes))).toEqual(canonical(expected.problems));
        for (const view of [{}, { directed: true }] as ViewOptions[]) await expectSame(path, view, { chunkBytes });
      }),
      { numRuns: 150, seed: 20261211 },
    );
  });

  it('a Shift_JIS CSV directory reads as the standard reader reads it, whatever the chunk size', async () => {
    const dir = join(tmp, 'sjis-csv');
    mkdirSync(dir, { recursive: true });
    const kabushiki = [0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0]; // 株式会社
    const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
    writeFileSync(join(dir, 'nodes.csv'), Buffer.from([...ascii('id,label\n'), ...kabushiki, ...ascii(',x\nn1,'), ...kabushiki, ...ascii('\nn2,y\n')]));
    writeFileSync(join(dir, 'edges.csv'), Buffer.from([...ascii('source,target\n'), ...kabushiki, ...ascii(',n1\nn1,n2\nn2,n2\nn2,n3\n')]));
    const expected = await readGraphFile(dir);
    expect(expected.problems.map((p) => p.code)).toContain('missing-node');
    for (const chunkBytes of [1, 2, 3, 5, 7, 64]) expect(canonical(await compactProblems(dir, chunkBytes))).toEqual(canonical(expected.problems));
    writeFileSync(join(dir, 'edges.csv'), Buffer.from([...ascii('source,target\n'), ...kabushiki, ...ascii(',n1\nn1,n2\nn2,n2\n')]));
    for (const chunkBytes of [1, 3, 7, 64]) await expectSame(dir, {}, { chunkBytes });
  });
});

describe('named tie keys, checked for duplicates at the end of the input: the standard reader\'s problems', () => {
  /** Keys with the same 32-bit FNV-1a hash (the hash of the key set). */
  const COLLIDING = ['k32728x', 'k261234x'];

  /**
   * A document in writeJson layout with 300 named nodes and `ties` named ties (keys `t<i>x`), in
   * which the ties at the given positions take other keys; `attributed` positions get a weight
   * (read by the general route, which needs the keys taken so far at once).
   */
  function document(ties: number, keys: Map<number, string>, ends: Map<number, [string, string]>, attributed: Set<number>): string {
    const nodes = Array.from({ length: 300 }, (_, i) => `{"key":"n${i}x","attributes":{"label":"N${i}"}}`);
    const edges = Array.from({ length: ties }, (_, i) => {
      const key = keys.get(i) ?? `t${i}x`;
      const [s, t] = ends.get(i) ?? [`n${(i * 7) % 300}x`, `n${(i * 13 + 1) % 300}x`];
      const attributes = attributed.has(i) ? '{"weight":2}' : '{}';
      return `{"key":"${key}","source":"${s}","target":"${t}","undirected":true,"attributes":${attributes}}`;
    });
    return `{\n  "attributes": {"format":"ecograph@1"},\n  "options": {"type":"mixed","multi":true,"allowSelfLoops":true},\n  "nodes": [\n    ${nodes.join(',\n    ')}\n  ],\n  "edges": [\n    ${edges.join(',\n    ')}\n  ]\n}\n`;
  }

  const keys = new Map<number, string>([
    [10, 'far'], [7990, 'far'], // far apart
    [100, 'three'], [4000, 'three'], [7999, 'three'], // three copies
    [200, 'n5x'], [201, 'n6x'], [6000, 'n5x'], // keys equal to node ids
    [300, COLLIDING[0]!], [301, COLLIDING[1]!], [5000, COLLIDING[1]!], // colliding keys, one of them twice
    [400, 'loop'], [401, 'loop'], // the second a self-loop
    [500, 'gone'], [501, 'gone'], [502, 'gone'], // the first with a missing end: the second takes the key
    [600, 't601x'], // the next tie's key, taken first
    [700, 'e1'], [701, 'e1'], // numbered
  ]);
  const ends = new Map<number, [string, string]>([
    [401, ['n3x', 'n3x']],
    [500, ['n1x', 'nowhere']],
  ]);

  it('8,000 ties in the matched route, whole and in chunks of 7 and 64 bytes: the same problems, in the order of a check tie by tie', async () => {
    const path = join(tmp, 'named-keys.json');
    writeFileSync(path, document(8000, keys, ends, new Set()));
    const expected = await readGraphFile(path);
    const codes = expected.problems.map((p) => `${p.line} ${p.code}`);
    expect(codes.filter((c) => c.endsWith('duplicate-id')).length).toBe(9);
    // the order of the tie-by-tie check: by line (one tie a line), the missing end before its tie's neighbours
    let first: Problem[] | undefined;
    for (const chunkBytes of [7, 64, 1 << 20]) {
      const actual = await compactProblems(path, chunkBytes);
      expect(canonical(actual)).toEqual(canonical(expected.problems));
      first ??= actual;
      expect(actual).toEqual(first);
    }
    expect(first!.map((p) => p.line)).toEqual([...first!.map((p) => p.line!)].sort((a, b) => a - b));
  });

  it('with ties of the general route among them (the keys checked so far are settled there): the same problems', async () => {
    const path = join(tmp, 'named-keys-mixed.json');
    const attributed = new Set([5, 150, 402, 4000, 4500, 7990]);
    writeFileSync(path, document(8000, keys, ends, attributed));
    const expected = await readGraphFile(path);
    for (const chunkBytes of [7, 1 << 20]) expect(canonical(await compactProblems(path, chunkBytes))).toEqual(canonical(expected.problems));
  });

  it('valid: 8,000 named ties load as the standard path loads them', async () => {
    const path = join(tmp, 'named-keys-valid.json');
    writeFileSync(path, document(8000, new Map([[300, COLLIDING[0]!], [301, COLLIDING[1]!]]), new Map(), new Set([42])));
    await expectSame(path, {});
    await expectSame(path, { directed: true }, { chunkBytes: 5 });
  });
});

