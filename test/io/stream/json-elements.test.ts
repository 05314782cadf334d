/** The incremental JSON scanner hands over what JSON.parse of the whole text holds, however the text is cut. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonElementScanner, JsonScanFailure } from '../../../src/io/stream/json-elements.js';

interface Seen {
  values: Record<string, unknown>;
  nodes: unknown[];
  edges: unknown[];
  lines: number[];
}

function scan(text: string, cuts: number[]): Seen {
  const seen: Seen = { values: {}, nodes: [], edges: [], lines: [] };
  const scanner = new JsonElementScanner('t.json', {
    value: (key, value) => void (seen.values[key] = value),
    element: (key, value, _i, line) => {
      seen[key].push(value);
      seen.lines.push(line);
    },
  });
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > at && cut < text.length) {
      scanner.push(text.slice(at, cut));
      at = cut;
    }
  }
  scanner.push(text.slice(at));
  scanner.end();
  return seen;
}

const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('"', '\\', '\\"', ']', '}', '[', '{', ',', ':', '\n', 'é', '😀', '\u2028'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, tricky, fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(fc.string(), tie('any'), { maxKeys: 3 })),
})).any;

describe('JsonElementScanner', () => {
  it('gives every element and top-level value of random documents cut at random places', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 5 }),
        fc.array(value, { maxLength: 5 }),
        fc.dictionary(fc.constantFrom('attributes', 'options', 'other'), value),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 12 }),
        (nodes, edges, extra, indent, cuts) => {
          const doc = { ...extra, nodes, edges };
          const text = JSON.stringify(doc, null, indent);
          const seen = scan(text, cuts);
          const parsed = JSON.parse(text) as typeof doc;
          expect(seen.nodes).toEqual(parsed.nodes);
          expect(seen.edges).toEqual(parsed.edges);
          for (const key of Object.keys(extra)) expect(seen.values[key]).toEqual((parsed as Record<string, unknown>)[key]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reports the line each element starts on', () => {
    const text = '{\n"nodes": [\n  {"key": "a"},\n\n  {"key": "b",\n   "x": [1,\n 2]},  {"key": "c"}\n]}';
    expect(scan(text, []).lines).toEqual([3, 5, 7]);
    expect(scan(text, Array.from({ length: text.length }, (_, i) => i)).lines).toEqual([3, 5, 7]);
  });

  it('stops at a syntax error with its line and column', () => {
    const cases: Array<[string, number, number]> = [
      ['{"nodes": [1, 2,]}', 1, 17],
      ['{\n "nodes": []\n "edges": []}', 3, 2],
      ['{"nodes": [] } x', 1, 16],
      ['{"nodes": [\n{"a": 1}', 2, 9],
      ['{"nodes" []}', 1, 10],
    ];
    for (const [text, line, column] of cases) {
      let failure: JsonScanFailure | undefined;
      try {
        scan(text, [3, 7]);
      } catch (err) {
        failure = err as JsonScanFailure;
      }
      expect(failure, text).toBeInstanceOf(JsonScanFailure);
      expect([failure!.problem.code, failure!.problem.line, failure!.problem.column], text).toEqual(['syntax-error', line, column]);
    }
  });
});

describe('plain elements', () => {
  /** Scans with the plain handlers; each element is recorded as the handler that got it. */
  function scanPlain(text: string, cuts: number[] = []) {
    const got: unknown[] = [];
    const scanner = new JsonElementScanner('t.json', {
      value: () => undefined,
      element: (key, value, position, line, column) => got.push({ general: key, value, position, line, column }),
      plainNode: (id, label, position, line, column) => got.push({ node: id, label, position, line, column }),
      plainEdge: (e, position, line, column) =>
        got.push({ edge: e.keyStart < 0 ? undefined : e.text.slice(e.keyStart, e.keyEnd), source: e.text.slice(e.sourceStart, e.sourceEnd), target: e.text.slice(e.targetStart, e.targetEnd), undirected: e.undirected, position, line, column }),
    });
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b))
      if (cut > at && cut < text.length) {
        scanner.push(text.slice(at, cut));
        at = cut;
      }
    scanner.push(text.slice(at));
    scanner.end();
    return got;
  }

  const TEXT = [
    '{"nodes": [',
    '  {"key":"a","attributes":{"label":"A b"}},',
    '  { "id" : "b" , "attributes" : { } },',
    '  {"key":"c\\"","attributes":{"label":"C"}},',
    '  {"key":"d","attributes":{"label":"D","kind":"firm"}},',
    '  {"key":"e",',
    '   "attributes":{}}',
    '], "edges": [',
    '  {"key":"e1","source":"a","target":"b","undirected":true,"attributes":{}},',
    '  {"source":"b","target":"a"},',
    '  {"source":"b","target":"a","undirected":false,"attributes":{"weight":2}},',
    '  {"source":"b","target":"a","weight":2},',
    '  {"source":"b"}',
    ']}',
  ].join('\n');

  const EXPECTED = [
    { node: 'a', label: 'A b', position: 0, line: 2, column: 3 },
    { node: 'b', label: undefined, position: 1, line: 3, column: 3 },
    { general: 'nodes', value: { key: 'c"', attributes: { label: 'C' } }, position: 2, line: 4, column: 3 },
    { general: 'nodes', value: { key: 'd', attributes: { label: 'D', kind: 'firm' } }, position: 3, line: 5, column: 3 },
    { general: 'nodes', value: { key: 'e', attributes: {} }, position: 4, line: 6, column: 3 },
    { edge: 'e1', source: 'a', target: 'b', undirected: true, position: 0, line: 9, column: 3 },
    { edge: undefined, source: 'b', target: 'a', undirected: undefined, position: 1, line: 10, column: 3 },
    { general: 'edges', value: { source: 'b', target: 'a', undirected: false, attributes: { weight: 2 } }, position: 2, line: 11, column: 3 },
    { general: 'edges', value: { source: 'b', target: 'a', weight: 2 }, position: 3, line: 12, column: 3 },
    { general: 'edges', value: { source: 'b' }, position: 4, line: 13, column: 3 },
  ];

  it('one-line elements with string ids, a label, undirected and empty attributes go to the plain handlers; the rest to element', () => {
    expect(scanPlain(TEXT)).toEqual(EXPECTED);
  });

  it('the same however the text is cut', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: TEXT.length - 1 }), { maxLength: 12 }), (cuts) => void expect(scanPlain(TEXT, cuts)).toEqual(EXPECTED)), { numRuns: 200 });
  });

  // as writeJson writes (a comma, a line feed, four spaces between elements), with other separators among them
  const WRITTEN = [
    '{"nodes": [',
    '    {"key":"a","attributes":{"label":"A"}},',
    '    {"key":"b","attributes":{}},',
    '    7,',
    '    {"key":"c","attributes":{}}',
    '], "edges": [',
    '    {"key":"e0","source":"a","target":"b","attributes":{}},',
    '    {"key":"e1","source":"b","target":"c","undirected":true,"attributes":{}},\r',
    '    {"key":"e2","source":"c","target":"a","attributes":{}}, {"key":"e3","source":"a","target":"c","attributes":{}},',
    '\t{"key":"e4","source":"a","target":"a","attributes":{}}  ,',
    '{"key":"e5","source":"c","target":"b","undirected":true,"attributes":{}}',
    ']}',
  ].join('\n');
  const e3Column = WRITTEN.split('\n')[8]!.indexOf('{"key":"e3"') + 1;
  const WRITTEN_EXPECTED = [
    { node: 'a', label: 'A', position: 0, line: 2, column: 5 },
    { node: 'b', label: undefined, position: 1, line: 3, column: 5 },
    { general: 'nodes', value: 7, position: 2, line: 4, column: 5 },
    { node: 'c', label: undefined, position: 3, line: 5, column: 5 },
    { edge: 'e0', source: 'a', target: 'b', undirected: undefined, position: 0, line: 7, column: 5 },
    { edge: 'e1', source: 'b', target: 'c', undirected: true, position: 1, line: 8, column: 5 },
    { edge: 'e2', source: 'c', target: 'a', undirected: undefined, position: 2, line: 9, column: 5 },
    { edge: 'e3', source: 'a', target: 'c', undirected: undefined, position: 3, line: 9, column: e3Column },
    { edge: 'e4', source: 'a', target: 'a', undirected: undefined, position: 4, line: 10, column: 2 },
    { edge: 'e5', source: 'c', target: 'b', undirected: true, position: 5, line: 11, column: 1 },
  ];

  it('elements as writeJson separates them, and others among them: the same elements, positions, lines and columns however the text is cut', () => {
    expect(e3Column).toBeGreaterThan(50);
    expect(scanPlain(WRITTEN)).toEqual(WRITTEN_EXPECTED);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: WRITTEN.length - 1 }), { maxLength: 12 }), (cuts) => void expect(scanPlain(WRITTEN, cuts)).toEqual(WRITTEN_EXPECTED)),
      { numRuns: 300 },
    );
    // every single cut
    for (let cut = 1; cut < WRITTEN.length; cut++) expect(scanPlain(WRITTEN, [cut]), `cut at ${cut}`).toEqual(WRITTEN_EXPECTED);
  });

  it('long runs of written elements (more than one match of a run holds), with a node or tie of another form among them', () => {
    const nodes = Array.from({ length: 700 }, (_, i) => (i === 300 ? `{"key":"n${i}","attributes":{"label":"N"},"x":1}` : `{"key":"n${i}","attributes":{${i % 3 === 0 ? '' : `"label":"L${i}"`}}}`));
    const edges = Array.from({ length: 900 }, (_, i) => (i === 555 ? `{"key":"e${i}","source":"n1","target":"n2","attributes":{"weight":2}}` : `{"key":"e${i}","source":"n${i % 700}","target":"n${(7 * i) % 700}",${i % 2 ? '"undirected":true,' : ''}"attributes":{}}`));
    const text = `{\n  "nodes": [\n    ${nodes.join(',\n    ')}\n  ],\n  "edges": [\n    ${edges.join(',\n    ')}\n  ]\n}\n`;
    const parsed = JSON.parse(text) as { nodes: Array<{ key: string; attributes: { label?: string } }>; edges: Array<{ key: string; source: string; target: string; undirected?: boolean }> };
    const expected: unknown[] = [
      ...parsed.nodes.map((node, position) =>
        position === 300 ? { general: 'nodes', value: node, position, line: 3 + position, column: 5 } : { node: node.key, label: node.attributes.label, position, line: 3 + position, column: 5 },
      ),
      ...parsed.edges.map((edge, position) => {
        const line = 5 + nodes.length + position;
        if (position === 555) return { general: 'edges', value: edge, position, line, column: 5 };
        return { edge: edge.key, source: edge.source, target: edge.target, undirected: edge.undirected, position, line, column: 5 };
      }),
    ];
    expect(scanPlain(text)).toEqual(expected);
    expect(scanPlain(text, [1000, 40_000, 70_001])).toEqual(expected);
  });

  it('written elements indented unevenly, with spaces and braces in their strings: the same elements, lines and columns', () => {
    const id = fc.stringMatching(/^[ {a1]{0,9}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 10 }), id, id, id, fc.boolean()), { minLength: 1, maxLength: 40 }), (ties) => {
        const lines = ties.map(([indent, key, source, target, undirected]) => `${' '.repeat(indent)}{"key":"${key}","source":"${source}","target":"${target}",${undirected ? '"undirected":true,' : ''}"attributes":{}}`);
        const text = `{"nodes": [], "edges": [\n${lines.join(',\n')}\n]}`;
        const expected = ties.map(([indent, key, source, target, undirected], position) => ({ edge: key, source, target, undirected: undirected || undefined, position, line: 2 + position, column: indent + 1 }));
        expect(scanPlain(text)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a comma after the last written element is the syntax error JSON.parse names', () => {
    const text = '{"nodes": [\n    {"key":"a","attributes":{}},\n    {"key":"b","attributes":{}},\n  ]}';
    let failure: JsonScanFailure | undefined;
    try {
      scanPlain(text);
    } catch (err) {
      failure = err as JsonScanFailure;
    }
    expect(failure).toBeInstanceOf(JsonScanFailure);
    expect([failure!.problem.code, failure!.problem.line, failure!.problem.column]).toEqual(['syntax-error', 4, 3]);
  });
});
