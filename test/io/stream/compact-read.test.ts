/**
 * The browser-safe half of the compact reader: texts (whole or in chunks) are validated into the
 * compact form with the problems of the whole-text reader; GEXF and GraphML are left to parseGraph.
 */
import { describe, expect, it } from 'vitest';
import { readRaw, parseGraph } from '../../../src/io/formats.js';
import { readCompactSources, readCompactTexts } from '../../../src/io/stream/compact-read.js';
import { InvalidGraphError, type Problem } from '../../../src/model/problems.js';
import { UNTYPED, kindCode, type TieSink } from '../../../src/model/compact-graph.js';

const JSON_TEXT = `{
  "attributes": {"name": "toy"},
  "options": {"type": "mixed"},
  "nodes": [
    {"key": "a", "attributes": {"label": "A", "kind": "firm", "founded": 1990}},
    {"key": "b", "attributes": {"kind": "university"}},
    {"key": "c"}
  ],
  "edges": [
    {"key": "e1", "source": "b", "target": "a", "attributes": {"kind": "spinoff", "confidence": "sourced"}},
    {"source": "a", "target": "c"}
  ]
}`;

async function problemsOf(run: Promise<unknown>): Promise<Problem[]> {
  try {
    await run;
    return [];
  } catch (err) {
    if (err instanceof InvalidGraphError) return err.problems;
    throw err;
  }
}

describe('readCompactTexts', () => {
  it('keeps ids, kinds, labels, lineage attributes and graph attributes; hands every node and tie to the sink', async () => {
    const seen: string[] = [];
    const sink: TieSink = {
      node: (id, kind) => void seen.push(`node ${id} ${kind ?? '-'}`),
      tie: (s, t, directed, kind, _attributes, loc) => void seen.push(`tie ${s}→${t} ${directed ? 'directed' : 'undirected'} ${kind ?? '-'} line ${loc.line}`),
    };
    const graph = await readCompactTexts({ format: 'json', file: { file: 'toy.json', text: JSON_TEXT } }, { keep: { labels: true, lineage: true }, sink });
    expect(graph.ids).toEqual(['a', 'b', 'c']);
    expect([...graph.kinds]).toEqual([kindCode('firm'), kindCode('university'), UNTYPED]);
    expect(graph.labels).toEqual(['A', 'b', 'c']);
    expect(graph.founded![0]).toBe(1990);
    expect(Number.isNaN(graph.founded![1])).toBe(true);
    expect([...graph.spinoffs!.source]).toEqual([1]);
    expect(graph.attributes).toEqual({ name: 'toy' });
    expect(graph.indexMap().get('c')).toBe(2);
    // an untyped edge of a mixed graph is directed (graphology's rule)
    expect(seen).toEqual(['node a firm', 'node b university', 'node c -', 'tie 1→0 directed spinoff line 10', 'tie 0→2 directed - line 11']);
  });

  it('reads the same in chunks of any size as whole', async () => {
    const whole = await readCompactTexts({ format: 'json', file: { file: 'toy.json', text: JSON_TEXT } }, { keep: { labels: true } });
    for (const size of [1, 3, 17]) {
      const chunks = Array.from({ length: Math.ceil(JSON_TEXT.length / size) }, (_, i) => JSON_TEXT.slice(i * size, (i + 1) * size));
      const chunked = await readCompactSources({ format: 'json', source: { file: 'toy.json', chunks } }, { keep: { labels: true } });
      expect(chunked.ids).toEqual(whole.ids);
      expect(chunked.labels).toEqual(whole.labels);
      expect(chunked.warnings).toEqual(whole.warnings);
    }
  });

  it('refuses an invalid graph with the problems of the whole-text reader', async () => {
    const texts = {
      format: 'csv' as const,
      dir: 'bad',
      nodes: { file: 'bad/nodes.csv', text: 'id,kind\na,firm\na,firm\nb,planet\n' },
      edges: { file: 'bad/edges.csv', text: 'source,target,kind\na,zz,collaboration\n' },
    };
    const problems = await problemsOf(readCompactTexts(texts));
    const expected = parseGraph(texts).problems.filter((p) => p.severity === 'error');
    const key = (p: Problem) => `${p.file}:${p.line}:${p.column ?? ''} ${p.code} ${p.field ?? ''} ${p.message}`;
    expect(problems.filter((p) => p.severity === 'error').map(key).sort()).toEqual(expected.map(key).sort());
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.code).sort()).toEqual(['duplicate-id', 'missing-node', 'unknown-node-kind']);
    expect(problems.filter((p) => p.severity === 'warning').map((p) => p.code)).toEqual(['missing-sources']);
  });

  it('reports a CSV directory without edges.csv, and a JSON syntax error with its line', async () => {
    const missing = await problemsOf(readCompactTexts({ format: 'csv', dir: 'd', nodes: { file: 'd/nodes.csv', text: 'id\na\n' } }));
    expect(missing).toEqual([expect.objectContaining({ code: 'no-edges-file', file: 'd/edges.csv' })]);
    const broken = '{\n  "nodes": [\n    {"key": "a"},\n  ]\n}';
    // the scanner names the bracket after the trailing comma (JSON.parse of the whole text names no place here)
    const syntax = await problemsOf(readCompactTexts({ format: 'json', file: { file: 'x.json', text: broken } }));
    expect(syntax).toEqual([expect.objectContaining({ code: 'syntax-error', file: 'x.json', line: 4, column: 3 })]);
    expect(readRaw({ format: 'json', file: { file: 'x.json', text: broken } }).problems).toEqual([expect.objectContaining({ code: 'syntax-error' })]);
  });

  it('leaves GEXF and GraphML to the whole-text readers', async () => {
    await expect(readCompactTexts({ format: 'gexf', file: { file: 'x.gexf', text: '<gexf/>' } })).rejects.toThrow(/reads CSV and native JSON, not gexf/);
  });
});
