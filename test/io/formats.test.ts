/**
 * The format dispatch on texts (which format a path names: test/io/format-names.test.ts), reading any format into a raw graph and
 * a validated one, and round trips through every writer and reader (property-based).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as formatNames from '../../src/io/format-names.js';
import * as formats from '../../src/io/formats.js';
import { parseGraph, readRaw, serializeGraph, type GraphTexts } from '../../src/io/formats.js';
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

describe('readRaw and parseGraph', () => {
  const g = createEcoGraph({ name: 'toy' });
  g.addNode('a', { label: 'A', kind: 'firm' });
  g.addNode('b', { label: 'B', kind: 'university' });
  g.addDirectedEdgeWithKey('e', 'b', 'a', { kind: 'spinoff', sources: ['s'] });

  it('dispatch each format to its reader, giving the same raw nodes from each', () => {
    for (const format of formats.FORMATS) {
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

describe('format names', () => {
  it('are re-exported from format-names.ts unchanged', () => {
    expect(formats.formatFromPath).toBe(formatNames.formatFromPath);
    expect(formats.unsupportedFormat).toBe(formatNames.unsupportedFormat);
    expect(formats.FORMATS).toBe(formatNames.FORMATS);
    expect(formats.FILE_FORMATS).toBe(formatNames.FILE_FORMATS);
    expect(formats.EXTENSIONS).toBe(formatNames.EXTENSIONS);
  });
});
