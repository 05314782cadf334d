/** Native JSON: reading with element lines, direction defaults, structure problems, and writing. */
import { describe, expect, it } from 'vitest';
import { isProblem, jsonAttributeProblems, jsonEdge, jsonEdgeDefaults, jsonLineCache, jsonNode, readJson, writeJson } from '../../src/io/json.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { FORMAT_ID } from '../../src/model/schema.js';

const LOC = { file: 'eco.json', line: 3, column: 5 };

describe('jsonEdgeDefaults', () => {
  it("reads the direction defaults from options.type", () => {
    expect(jsonEdgeDefaults({ type: 'mixed' })).toEqual({ undirected: false, directed: true });
    expect(jsonEdgeDefaults({ type: 'directed' })).toEqual({ undirected: false, directed: true });
    expect(jsonEdgeDefaults({ type: 'undirected' })).toEqual({ undirected: true, directed: false });
    for (const options of [undefined, null, 'mixed', [], {}]) expect(jsonEdgeDefaults(options)).toEqual({ undirected: false, directed: false });
  });
});

describe('jsonAttributeProblems', () => {
  it('refuses another ecograph format version and accepts this one, foreign ones and none', () => {
    expect(jsonAttributeProblems({ format: 'ecograph@9' }, 'eco.json')).toEqual([
      {
        severity: 'error',
        code: 'bad-structure',
        message: `unsupported format version "ecograph@9" (this version reads ${FORMAT_ID})`,
        file: 'eco.json',
        line: 1,
        field: 'attributes.format',
      },
    ]);
    expect(jsonAttributeProblems({ format: FORMAT_ID }, 'eco.json')).toEqual([]);
    expect(jsonAttributeProblems({ format: 'gexf' }, 'eco.json')).toEqual([]);
    expect(jsonAttributeProblems(undefined, 'eco.json')).toEqual([]);
    expect(jsonAttributeProblems({ format: 9 }, 'eco.json')).toEqual([]);
  });
});

describe('jsonNode and jsonEdge', () => {
  it('take key (or id) as the id, and merge top-level fields with attributes (attributes win)', () => {
    expect(jsonNode({ key: 'a', label: 'top', kind: 'firm', attributes: { label: 'A' } }, 0, LOC)).toEqual({
      id: 'a',
      attributes: { label: 'A', kind: 'firm' },
      loc: LOC,
    });
    expect(jsonNode({ id: 'b' }, 1, LOC)).toEqual({ id: 'b', attributes: {}, loc: LOC });
    expect(jsonNode({ key: 'c', attributes: 'oops' }, 2, LOC)).toEqual({ id: 'c', attributes: {}, loc: LOC });
  });

  it('refuse an element that is not an object, by its position', () => {
    const p = jsonNode(['a'], 4, LOC);
    expect(isProblem(p) && p).toEqual({ severity: 'error', code: 'bad-structure', message: 'nodes[4] is not an object', ...LOC });
    const q = jsonEdge('a->b', 7, LOC, jsonEdgeDefaults(undefined));
    expect(isProblem(q) && q.message).toBe('edges[7] is not an object');
  });

  it('give an edge its direction: its own undirected flag, else the document type, else the kind', () => {
    const none = jsonEdgeDefaults(undefined);
    const mixed = jsonEdgeDefaults({ type: 'mixed' });
    const undirected = jsonEdgeDefaults({ type: 'undirected' });
    const edge = (value: Record<string, unknown>, defaults = none) => jsonEdge({ source: 'a', target: 'b', ...value }, 0, LOC, defaults);
    expect(edge({ undirected: true })).toMatchObject({ directed: false });
    expect(edge({ undirected: false }, undirected)).toMatchObject({ directed: true });
    expect(edge({}, undirected)).toMatchObject({ directed: false });
    expect(edge({}, mixed)).toMatchObject({ directed: true });
    expect('directed' in edge({ attributes: { kind: 'spinoff' } }, mixed)).toBe(false);
    expect('directed' in edge({})).toBe(false);
    expect(edge({ key: 'e1', weight: 2, attributes: { kind: 'spinoff' } })).toEqual({
      key: 'e1',
      source: 'a',
      target: 'b',
      attributes: { weight: 2, kind: 'spinoff' },
      loc: LOC,
    });
  });

  it('isProblem tells problems from elements', () => {
    expect(isProblem(jsonNode({ key: 'a' }, 0, LOC))).toBe(false);
    expect(isProblem(jsonNode(3, 0, LOC))).toBe(true);
  });
});

describe('readJson', () => {
  it('reads nodes and edges with the line and column where each starts', () => {
    const text = '{\n  "attributes": {"name": "toy"},\n  "options": {"type": "mixed"},\n  "nodes": [\n    {"key": "a"},\n    {"key": "b"}\n  ],\n  "edges": [\n    {"source": "a", "target": "b"}\n  ]\n}\n';
    const raw = readJson(text, 'toy.json');
    expect(raw.problems).toEqual([]);
    expect(raw.attributes).toEqual({ name: 'toy' });
    expect(raw.nodes.map((n) => [n.id, n.loc.line, n.loc.column])).toEqual([
      ['a', 5, 5],
      ['b', 6, 5],
    ]);
    expect(raw.edges).toEqual([{ key: undefined, source: 'a', target: 'b', attributes: {}, directed: true, loc: { file: 'toy.json', line: 9, column: 5 } }]);
  });

  it("reports invalid JSON with JSON.parse's message at its line and column", () => {
    const raw = readJson('{\n  "nodes": [\n    {"key": "a",}\n  ]\n}', 'bad.json');
    expect(raw.problems).toHaveLength(1);
    expect(raw.problems[0]).toMatchObject({ severity: 'error', code: 'syntax-error', file: 'bad.json', line: 3 });
    expect(raw.problems[0]!.message).toMatch(/^invalid JSON: /);
    expect(raw.nodes).toEqual([]);
  });

  it('keeps the structure problem of valid JSON that is not a graph object', () => {
    const raw = readJson('[1, 2]', 'list.json');
    expect(raw.problems).toHaveLength(1);
    expect(raw.problems[0]!.code).toBe('bad-structure');
  });

  it('requires a nodes array and an edges array (when edges is given)', () => {
    expect(readJson('{"edges": []}', 'n.json').problems).toEqual([
      { severity: 'error', code: 'bad-structure', message: 'missing "nodes" array', file: 'n.json', line: 1, field: 'nodes' },
    ]);
    expect(readJson('{"nodes": [], "edges": {}}', 'e.json').problems).toEqual([
      { severity: 'error', code: 'bad-structure', message: '"edges" must be an array', file: 'e.json', line: 1, field: 'edges' },
    ]);
    expect(readJson('{"nodes": []}', 'ok.json').problems).toEqual([]);
  });

  it('reports each element that is not an object and reads the others', () => {
    const raw = readJson('{"nodes": [{"key": "a"}, 5, {"key": "b"}], "edges": [null]}', 'x.json');
    expect(raw.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(raw.problems.map((p) => p.message)).toEqual(['nodes[1] is not an object', 'edges[0] is not an object']);
  });

  it('counts a key given twice with its last value, as JSON.parse does', () => {
    const raw = readJson('{"nodes": [{"key": "old"}], "nodes": [{"key": "new"}]}', 'd.json');
    expect(raw.nodes.map((n) => n.id)).toEqual(['new']);
    const notArray = readJson('{"nodes": [{"key": "a"}], "nodes": 3}', 'd.json');
    expect(notArray.problems.map((p) => p.message)).toEqual(['missing "nodes" array']);
  });

  it('refuses another format version', () => {
    const raw = readJson('{"attributes": {"format": "ecograph@2"}, "nodes": []}', 'v.json');
    expect(raw.problems.map((p) => p.field)).toEqual(['attributes.format']);
  });
});

describe('writeJson', () => {
  it('writes one element per line, in graph order, with the format id and mixed options', () => {
    const g = createEcoGraph({ name: 'toy' });
    g.addNode('a', { label: 'A', kind: 'firm' });
    g.addNode('b', { label: 'B' });
    g.addDirectedEdgeWithKey('e1', 'a', 'b', { kind: 'spinoff' });
    g.addUndirectedEdgeWithKey('e2', 'a', 'b', { weight: 2 });
    const text = writeJson(g);
    expect(text.split('\n')).toEqual([
      '{',
      `  "attributes": {"name":"toy","format":"${FORMAT_ID}"},`,
      '  "options": {"type":"mixed","multi":true,"allowSelfLoops":true},',
      '  "nodes": [',
      '    {"key":"a","attributes":{"label":"A","kind":"firm"}},',
      '    {"key":"b","attributes":{"label":"B"}}',
      '  ],',
      '  "edges": [',
      '    {"key":"e1","source":"a","target":"b","attributes":{"kind":"spinoff"}},',
      '    {"key":"e2","source":"a","target":"b","undirected":true,"attributes":{"weight":2}}',
      '  ]',
      '}',
      '',
    ]);
  });

  it('writes the same text with remembered lines, after attributes are replaced and elements added, dropped or moved', () => {
    const g = createEcoGraph({ name: 'g' });
    g.addNode('a', { label: 'A', kind: 'firm' });
    g.addNode('b', { label: 'B', kind: 'firm' });
    g.addNode('c', { label: 'C', kind: 'founder' });
    g.addUndirectedEdgeWithKey('e1', 'a', 'b', { kind: 'collaboration' });
    g.addDirectedEdgeWithKey('e2', 'c', 'a', { kind: 'founded' });
    const cache = jsonLineCache();
    expect(writeJson(g, cache)).toBe(writeJson(g));
    g.replaceNodeAttributes('a', { label: 'A2', kind: 'firm' });
    g.addNode('d', { label: 'D', kind: 'firm' });
    g.dropNode('b');
    // The same attributes object on a tie re-added with other ends and direction, and a node re-added under another key.
    const e2 = g.getEdgeAttributes('e2');
    g.dropEdge('e2');
    g.addUndirectedEdgeWithKey('e2', 'a', 'd', e2);
    const c = g.getNodeAttributes('c');
    g.dropNode('c');
    g.addNode('c2', c);
    g.replaceEdgeAttributes('e2', { kind: 'collaboration', year: 2001 });
    expect(writeJson(g, cache)).toBe(writeJson(g));
  });

  it('writes empty lists inline, and reads back what it writes', () => {
    const g = createEcoGraph();
    expect(writeJson(g)).toContain('"nodes": [],\n  "edges": []\n');
    g.addNode('x', { label: 'X', tags: ['p'] });
    g.addUndirectedEdgeWithKey('u', 'x', 'x', {});
    const raw = readJson(writeJson(g), 'back.json');
    expect(raw.problems).toEqual([]);
    expect(raw.nodes.map((n) => [n.id, n.attributes])).toEqual([['x', { label: 'X', tags: ['p'] }]]);
    expect(raw.edges.map((e) => [e.key, e.directed])).toEqual([['u', false]]);
  });
});
