/**
 * The format dispatch on texts: which format a path names, reading any format into a raw graph and
 * a validated one, and round trips through every writer and reader (property-based).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTENSIONS, FILE_FORMATS, FORMATS, formatFromPath, parseGraph, readRaw, serializeGraph, unsupportedFormat, type GraphTexts } from '../../src/io/formats.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { hasErrors } from '../../src/model/problems.js';
import type { TextFormatName as FormatName } from '../../src/io/formats.js';
import type { EcoGraph } from '../../src/model/types.js';
import { canonical, randomGraph } from './random-graph.js';

/** Writes a graph in a format and reads it back through the public dispatch (no disk). */
function roundTrip(graph: EcoGraph, format: FormatName): EcoGraph {
  const texts = serializeGraph(graph, format);
  const input: GraphTexts =
    format === 'csv'
      ? { format, dir: 'g', nodes: { file: 'g/nodes.csv', text: texts['nodes.csv']! }, edges: { file: 'g/edges.csv', text: texts['edges.csv']! } }
      : { format, file: { file: `g.${format}`, text: texts['']! } };
  const result = parseGraph(input);
  const errors = result.problems.filter((p) => p.severity === 'error');
  expect(errors, `${format} read back with errors`).toEqual([]);
  expect(hasErrors(result.problems)).toBe(false);
  return result.graph;
}

const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 60);

describe('round trips keep every node, edge, kind, attribute, value type and direction', () => {
  for (const format of ['json', 'gexf', 'graphml'] as const)
    it(`${format} (with graph attributes)`, () => {
      fc.assert(
        fc.property(randomGraph, (graph) => {
          expect(canonical(roundTrip(graph, format))).toStrictEqual(canonical(graph));
        }),
        { numRuns: RUNS },
      );
    });

  it('csv (no graph attributes: CSV cannot hold them)', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const back = roundTrip(graph, 'csv');
        expect(canonical(back, { graphAttributes: false })).toStrictEqual(canonical(graph, { graphAttributes: false }));
        expect(back.getAttributes()).toEqual({ format: 'ecograph@1' });
      }),
      { numRuns: RUNS },
    );
  });

  it('json → csv → gexf → graphml → json', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        let g = graph;
        for (const format of ['json', 'csv', 'gexf', 'graphml', 'json'] as const) g = roundTrip(g, format);
        expect(canonical(g, { graphAttributes: false })).toStrictEqual(canonical(graph, { graphAttributes: false }));
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('graphml → gexf → json keeps graph attributes', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        let g = graph;
        for (const format of ['graphml', 'gexf', 'json'] as const) g = roundTrip(g, format);
        expect(canonical(g)).toStrictEqual(canonical(graph));
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

describe('formatFromPath', () => {
  it('names the format by extension, in any case; .xml is GraphML', () => {
    expect(formatFromPath('eco.json')).toBe('json');
    expect(formatFromPath('dir/Les.GEXF')).toBe('gexf');
    expect(formatFromPath('a.graphml')).toBe('graphml');
    expect(formatFromPath('a.xml')).toBe('graphml');
    expect(formatFromPath('eco/nodes.csv')).toBe('csv');
  });

  it('takes a directory, or a path ending in a separator, for CSV', () => {
    expect(formatFromPath('eco', true)).toBe('csv');
    expect(formatFromPath('eco.json', true)).toBe('csv');
    expect(formatFromPath('eco/')).toBe('csv');
    expect(formatFromPath('eco\\')).toBe('csv');
  });

  it('says nothing for an unknown extension or none', () => {
    expect(formatFromPath('eco.txt')).toBeUndefined();
    expect(formatFromPath('eco')).toBeUndefined();
    expect(formatFromPath('json')).toBeUndefined();
  });

  it('lists the four text formats, the file formats with workbooks, and the single-file extensions', () => {
    expect(FORMATS).toEqual(['json', 'csv', 'gexf', 'graphml']);
    expect(FILE_FORMATS).toEqual(['json', 'csv', 'gexf', 'graphml', 'xlsx']);
    expect(EXTENSIONS).toEqual({ json: ['.json'], gexf: ['.gexf'], graphml: ['.graphml', '.xml'], xlsx: ['.xlsx'] });
    expect(['a.XLSX', 'd/edges.tsv', 'd/Nodes.CSV'].map((p) => formatFromPath(p))).toEqual(['xlsx', 'csv', 'csv']);
  });
});

describe('readRaw and parseGraph', () => {
  const g = createEcoGraph({ name: 'toy' });
  g.addNode('a', { label: 'A', kind: 'firm' });
  g.addNode('b', { label: 'B', kind: 'university' });
  g.addDirectedEdgeWithKey('e', 'b', 'a', { kind: 'spinoff', sources: ['s'] });

  it('dispatch each format to its reader, giving the same raw nodes from each', () => {
    for (const format of FORMATS) {
      const texts = serializeGraph(g, format);
      const input: GraphTexts =
        format === 'csv'
          ? { format, dir: 'd', nodes: { file: 'd/nodes.csv', text: texts['nodes.csv']! }, edges: { file: 'd/edges.csv', text: texts['edges.csv']! } }
          : { format, file: { file: `g.${format}`, text: texts['']! } };
      const raw = readRaw(input);
      expect(raw.format, format).toBe(format);
      expect(raw.problems, format).toEqual([]);
      expect(raw.nodes.map((n) => n.id), format).toEqual(['a', 'b']);
      expect(raw.edges.map((e) => [e.source, e.target]), format).toEqual([['b', 'a']]);
    }
  });

  it('reports the file that a problem is in, with validation on top of syntax', () => {
    const bad: GraphTexts = { format: 'json', file: { file: 'bad.json', text: '{"nodes": [{"key": "a", "attributes": {"kind": "dragon"}}]}' } };
    expect(readRaw(bad).problems).toEqual([]);
    const { problems } = parseGraph(bad);
    expect(problems.map((p) => [p.file, p.code])).toContainEqual(['bad.json', 'unknown-node-kind']);
  });

  it('serializeGraph names the CSV files and gives other formats one text', () => {
    expect(Object.keys(serializeGraph(g, 'csv'))).toEqual(['nodes.csv', 'edges.csv']);
    for (const format of ['json', 'gexf', 'graphml'] as const) expect(Object.keys(serializeGraph(g, format))).toEqual(['']);
  });
});

describe('unsupportedFormat', () => {
  it('is an error naming the file and the formats ecograph reads', () => {
    expect(unsupportedFormat('eco.txt')).toEqual({
      severity: 'error',
      code: 'unsupported-format',
      message: 'cannot tell the format: use a .json, .gexf, .graphml or .xlsx file, or a directory with edges.csv (and nodes.csv)',
      file: 'eco.txt',
    });
  });
});
