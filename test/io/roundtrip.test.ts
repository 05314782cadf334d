import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGraph, serializeGraph, type GraphTexts } from '../../src/io/formats.js';
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
