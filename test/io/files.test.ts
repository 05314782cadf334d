/** Graphs on disk: reading a file or CSV directory with every problem reported, loading, and saving atomically. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph, readGraphFile, saveGraph } from '../../src/io/files.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { InvalidGraphError } from '../../src/model/problems.js';
import { canonical } from './random-graph.js';

const DIR = mkdtempSync(join(tmpdir(), 'ecograph-files-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function toy() {
  const g = createEcoGraph({ name: 'toy' });
  g.addNode('u', { label: 'University', kind: 'university', sources: ['s'] });
  g.addNode('f', { label: 'Firm, Inc.', kind: 'firm', founded: 2001, sources: ['s'] });
  g.addDirectedEdgeWithKey('e1', 'u', 'f', { kind: 'spinoff', sources: ['s'] });
  return g;
}

describe('saveGraph and readGraphFile', () => {
  it.each(['json', 'gexf', 'graphml'] as const)('write a %s file by its extension and read it back', async (format) => {
    const path = join(DIR, `toy.${format}`);
    expect(await saveGraph(toy(), path)).toEqual([path]);
    const r = await readGraphFile(path);
    expect(r.format).toBe(format);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(canonical(r.graph)).toEqual(canonical(toy()));
  });

  it('write a CSV directory (given the format) as nodes.csv and edges.csv, read from the directory or either file', async () => {
    const dir = join(DIR, 'toy-csv');
    mkdirSync(dir);
    expect(await saveGraph(toy(), dir)).toEqual([join(dir, 'nodes.csv'), join(dir, 'edges.csv')]);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'nodes.csv']);
    for (const path of [dir, join(dir, 'nodes.csv'), join(dir, 'edges.csv')]) {
      const r = await readGraphFile(path);
      expect(r.format).toBe('csv');
      expect(r.graph.order).toBe(2);
      expect(r.graph.getNodeAttribute('f', 'label')).toBe('Firm, Inc.');
      expect(r.graph.size).toBe(1);
    }
    const named = join(DIR, 'named-csv');
    expect(await saveGraph(toy(), named, 'csv')).toEqual([join(named, 'nodes.csv'), join(named, 'edges.csv')]);
  });

  it('an explicit format wins over the extension', async () => {
    const path = join(DIR, 'really-json.graphml');
    await saveGraph(toy(), path, 'json');
    expect(readFileSync(path, 'utf8').startsWith('{')).toBe(true);
  });

  it('refuses to save to a path whose format it cannot tell', async () => {
    await expect(saveGraph(toy(), join(DIR, 'toy.txt'))).rejects.toThrow(
      `cannot tell the output format of "${join(DIR, 'toy.txt')}": use --to json|csv|gexf|graphml`,
    );
  });

  it.each(['json', 'gexf', 'graphml', 'xlsx', 'csv'] as const)('a %s file keeps private sources as written (marked `private:`), beside public ones, through a round trip', async (format) => {
    const g = toy();
    const privateNode = 'private: interview K-07, 2026-03';
    const privateTie = 'Private:survey Q12 (wave 2)';
    g.setNodeAttribute('f', 'sources', ['Annual report 2024 — https://example.org/ar.pdf', privateNode]);
    g.setEdgeAttribute('e1', 'sources', [privateTie]);
    const path = join(DIR, format === 'csv' ? 'private-csv' : `private.${format}`);
    const written = await saveGraph(g, path, format);
    if (format !== 'xlsx') {
      const text = written.map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(text).toContain('private: interview K-07, 2026-03');
      expect(text).toContain('Private:survey Q12 (wave 2)');
    }
    const r = await readGraphFile(path);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.graph.getNodeAttribute('f', 'sources')).toEqual(['Annual report 2024 — https://example.org/ar.pdf', privateNode]);
    expect(r.graph.getEdgeAttribute('e1', 'sources')).toEqual([privateTie]);
    // a private source counts as a source: no missing-sources warning for either element
    expect(r.problems.filter((p) => p.code === 'missing-sources')).toEqual([]);
  });

  it('leaves no temporary files beside what it wrote', async () => {
    const dir = mkdtempSync(join(DIR, 'clean-'));
    await saveGraph(toy(), join(dir, 'g.json'));
    expect(readdirSync(dir)).toEqual(['g.json']);
  });
});

describe('readGraphFile problems (never throws on bad input)', () => {
  it('a missing path', async () => {
    const path = join(DIR, 'nope.json');
    const r = await readGraphFile(path);
    expect(r.format).toBeUndefined();
    expect(r.problems).toEqual([{ severity: 'error', code: 'not-found', message: 'no such file or directory', file: path }]);
    expect(r.graph.order).toBe(0);
  });

  it('an unknown extension; a directory is read as CSV whatever its name', async () => {
    const txt = join(DIR, 'graph.txt');
    writeFileSync(txt, 'hello');
    expect((await readGraphFile(txt)).problems.map((p) => [p.code, p.file])).toEqual([['unsupported-format', txt]]);
    const dirJson = join(DIR, 'dir.json');
    mkdirSync(dirJson);
    // a directory is read as CSV: without edges.csv that is the problem reported
    const r = await readGraphFile(dirJson);
    expect(r.format).toBe('csv');
    expect(r.problems.map((p) => p.code)).toEqual(['no-edges-file']);
  });

  it('a CSV directory without nodes.csv makes its nodes from the edges, with a warning', async () => {
    const dir = join(DIR, 'no-nodes');
    mkdirSync(dir);
    writeFileSync(join(dir, 'edges.csv'), 'source,target\na,b\n');
    const r = await readGraphFile(dir);
    expect(r.problems.map((p) => [p.severity, p.code, p.file, p.line])).toEqual([['warning', 'nodes-from-edges', join(dir, 'edges.csv'), 1]]);
    expect(r.graph.nodes()).toEqual(['a', 'b']);
  });

  it('a CSV directory without edges.csv is an error naming the files expected and found', async () => {
    const dir = join(DIR, 'nodes-only');
    mkdirSync(dir);
    writeFileSync(join(dir, 'nodes.csv'), 'id,label\na,A\n');
    writeFileSync(join(dir, 'edge.csv'), 'source,target\na,a\n');
    const r = await readGraphFile(dir);
    expect(r.problems.map((p) => [p.code, p.file])).toEqual([['no-edges-file', join(dir, 'edges.csv')]]);
    expect(r.problems[0]!.message).toContain('has nodes.csv but no edges.csv (it holds edge.csv, nodes.csv)');
  });

  it('table names in any case, TSV, and a workbook read lazily', async () => {
    const dir = join(DIR, 'cased');
    mkdirSync(dir);
    writeFileSync(join(dir, 'NODES.TSV'), 'id\tlabel\na\tA\nb\tB\n');
    writeFileSync(join(dir, 'Edges.csv'), 'source,target\na,b\n');
    const r = await readGraphFile(dir);
    expect(r.problems).toEqual([]);
    expect(r.graph.getNodeAttribute('b', 'label')).toBe('B');
    const book = join(DIR, 'toy.xlsx');
    expect(await saveGraph(r.graph, book)).toEqual([book]);
    expect((await readGraphFile(book)).format).toBe('xlsx');
  });

  it('binary and empty files, in single files and in CSV directories', async () => {
    const bin = join(DIR, 'bin.json');
    writeFileSync(bin, Buffer.from([0x7b, 0x00, 0x7d]));
    expect((await readGraphFile(bin)).problems.map((p) => [p.code, p.file])).toEqual([['binary-file', bin]]);
    const dir = join(DIR, 'empty-csv');
    mkdirSync(dir);
    writeFileSync(join(dir, 'nodes.csv'), '');
    writeFileSync(join(dir, 'edges.csv'), '\n');
    expect((await readGraphFile(dir)).problems.map((p) => [p.code, p.file])).toEqual([
      ['empty-file', join(dir, 'nodes.csv')],
      ['empty-file', join(dir, 'edges.csv')],
    ]);
  });

  it('validation problems with their lines', async () => {
    const path = join(DIR, 'bad-kind.json');
    writeFileSync(path, '{\n"nodes": [\n{"key": "a", "attributes": {"label": "A", "kind": "dragon"}}\n]\n}\n');
    const r = await readGraphFile(path);
    expect(r.format).toBe('json');
    expect(r.problems.find((p) => p.code === 'unknown-node-kind')).toMatchObject({ file: path, line: 3 });
  });
});

describe('loadGraph', () => {
  it('returns the graph when it has no errors', async () => {
    const path = join(DIR, 'load.json');
    await saveGraph(toy(), path);
    expect((await loadGraph(path)).nodes()).toEqual(['u', 'f']);
  });

  it('throws InvalidGraphError carrying every problem otherwise', async () => {
    const path = join(DIR, 'two-problems.json');
    writeFileSync(path, '{"nodes": [{"key": "a", "attributes": {"kind": "dragon"}}], "edges": [{"source": "a", "target": "zz"}]}');
    const err = await loadGraph(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidGraphError);
    expect((err as InvalidGraphError).problems.map((p) => p.code)).toEqual(expect.arrayContaining(['unknown-node-kind', 'missing-node']));
  });
});
