import { describe, expect, it } from 'vitest';
import { formatGexfList, parseGexfList, readGexf, spellGaps, writeGexf } from '../../src/io/gexf.js';
import { buildGraph } from '../../src/model/build.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadToy } from '../metrics/evolution/toy.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/evolution');

/** Every own date of every element: what a round trip must keep, and never add to. */
function ownDates(graph: EcoGraph): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const pick = (a: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.filter((k) => a[k] !== undefined).map((k) => [k, a[k] as number]));
  graph.forEachNode((n, a) => (out[`node ${n}`] = pick(a, ['founded', 'dissolved'])));
  graph.forEachEdge((e, a) => (out[`edge ${e}`] = pick(a, ['year', 'since', 'until'])));
  return out;
}

const doc = (graph: string, meta = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">${meta}\n${graph}\n</gexf>\n`;

describe('GEXF lists', () => {
  it('reads the bracket syntax with JSON items, Gephi bare items and the 1.2 pipe syntax', () => {
    expect(parseGexfList('["a, b", "c|d", "京都"]')).toEqual(['a, b', 'c|d', '京都']);
    expect(parseGexfList('[a, b]')).toEqual(['a', 'b']);
    expect(parseGexfList('a|b')).toEqual(['a', 'b']);
    expect(parseGexfList('[]')).toEqual([]);
  });
  it('writes lists that read back exactly', () => {
    const items = ['x, y', 'p|q', '"quoted"', ' [bracket] ', 'back\\slash'];
    expect(parseGexfList(formatGexfList(items))).toEqual(items);
  });
});

describe('readGexf', () => {
  it('reads typed attributes, defaults, viz data, weight, label and per-edge type', () => {
    const raw = readGexf(
      doc(`<graph defaultedgetype="undirected">
  <attributes class="node"><attribute id="0" title="n" type="integer"/><attribute id="1" title="f" type="float"/>
    <attribute id="2" title="b" type="boolean"><default>false</default></attribute><attribute id="3" title="l" type="liststring"/></attributes>
  <nodes>
    <node id="a" label="A"><attvalues><attvalue for="0" value="7"/><attvalue for="1" value="0.5"/><attvalue for="3" value="[x, y]"/></attvalues>
      <viz:color r="1" g="2" b="3"/><viz:size value="4"/><viz:position x="5" y="6"/></node>
    <node id="b"><viz:color r="255" g="0" b="0" a="0.25"/></node>
  </nodes>
  <edges><edge id="e" source="a" target="b" type="directed" weight="1.5" label="L"/><edge source="b" target="a"/></edges>
</graph>`),
      'g.gexf',
    );
    expect(raw.problems).toEqual([]);
    expect(raw.nodes.map((n) => n.attributes)).toEqual([
      { label: 'A', n: 7, f: 0.5, l: ['x', 'y'], b: false, color: '#010203', size: 4, x: 5, y: 6 },
      { b: false, color: 'rgba(255,0,0,0.25)' },
    ]);
    expect(raw.edges.map((e) => [e.key, e.directed, e.attributes])).toEqual([
      ['e', true, { label: 'L', weight: 1.5 }],
      [undefined, false, {}],
    ]);
    expect(raw.nodes[0]!.loc).toEqual({ file: 'g.gexf', line: 7, column: 5 });
  });

  it('reports malformed XML as a syntax error with line and column', () => {
    const raw = readGexf('<gexf>\n  <graph>\n    <nodes>\n      <node id="a" label="A & B"/>\n', 'bad.gexf');
    expect(raw.problems).toEqual([expect.objectContaining({ code: 'syntax-error', file: 'bad.gexf', line: 4, column: 29 })]);
    const cut = readGexf('<gexf>\n  <graph>\n    <nodes>\n      <node id="a"/>\n    </edges>\n', 'cut.gexf');
    expect(cut.problems).toEqual([expect.objectContaining({ code: 'syntax-error', line: 5 })]);
  });

  it('reports an unknown edge type and a document that is not XML', () => {
    const raw = readGexf(doc('<graph><nodes><node id="a"/></nodes><edges><edge source="a" target="a" type="sideways"/></edges></graph>'), 'g.gexf');
    expect(raw.problems.map((p) => [p.code, p.field])).toEqual([['bad-value', 'type']]);
    expect(readGexf('\n  {"nodes": []}', 'j.gexf').problems).toEqual([
      expect.objectContaining({ code: 'syntax-error', line: 2, column: 3, message: 'not XML: the document starts with "{" instead of "<"' }),
    ]);
  });

  it('reports attvalues for undeclared attributes and values of the wrong type', () => {
    const raw = readGexf(
      doc(`<graph><attributes class="node"><attribute id="0" title="n" type="integer"/></attributes><nodes>
<node id="a"><attvalues><attvalue for="9" value="x"/></attvalues></node>
<node id="b"><attvalues><attvalue for="0" value="1.5"/></attvalues></node>
</nodes></graph>`),
      'g.gexf',
    );
    expect(raw.problems.map((p) => [p.code, p.line, p.field])).toEqual([
      ['undeclared-attribute', 4, '9'],
      ['bad-number', 5, 'n'],
    ]);
  });

  it('reads meta title as the graph name and ecograph graph attributes', () => {
    const raw = readGexf(
      doc('<graph/>', `<meta><title> Kyoto </title><ecograph:attribute xmlns:ecograph="x" name="sources" type="string[]" value='["a"]'/></meta>`),
      'g.gexf',
    );
    expect(raw.attributes).toEqual({ name: 'Kyoto', sources: ['a'] });
  });
});

describe('writeGexf', () => {
  it('writes GEXF 1.3 with declared typed attributes, viz data and per-edge direction', () => {
    const g = createEcoGraph({ name: 'Kyoto', sources: ['s'] });
    g.addNode('a', { label: 'A & B', kind: 'firm', founded: 1990, x: 1, y: 2, color: '#ff0000', size: 3, tags: ['p, q'] });
    g.addNode('b', { label: 'B' });
    g.addDirectedEdgeWithKey('e1', 'a', 'b', { weight: 2 });
    g.addUndirectedEdgeWithKey('e2', 'a', 'b', {});
    g.addUndirectedEdgeWithKey('e3', 'b', 'a', {});
    const xml = writeGexf(g);
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('<title>Kyoto</title>');
    expect(xml).toContain('<attribute id="founded" title="founded" type="long"/>');
    expect(xml).toContain('<attribute id="tags" title="tags" type="liststring"/>');
    expect(xml).toContain('<node id="a" label="A &amp; B">');
    expect(xml).toContain('<viz:position x="1" y="2"/>');
    expect(xml).toContain('<viz:color r="255" g="0" b="0"/>');
    // a's founding year is written as a spell too: a dynamic graph Gephi's timeline reads
    expect(xml).toContain('<graph defaultedgetype="undirected" mode="dynamic" timeformat="integer">');
    expect(xml).toContain('<spell start="1990"/>');
    expect(xml).toContain('<edge id="e1" source="a" target="b" type="directed" weight="2"/>');
    const back = buildGraph(readGexf(xml, 'g.gexf')).graph;
    expect(back.getNodeAttributes('a')).toEqual(g.getNodeAttributes('a'));
    expect(back.getAttributes()).toEqual(g.getAttributes());
    expect(back.mapEdges((_e, _a, _s, _t, _sa, _ta, u) => u)).toEqual([false, true, true]);
  });
});

describe('GEXF dynamic mode', () => {
  const read = (xml: string) => {
    const result = buildGraph(readGexf(xml, 'g.gexf'));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    return result.graph;
  };

  it('reads start/end attributes and spells (timeformat date) into own dates; a missing start invents none', () => {
    const g = read(readFileSync(join(FIXTURES, 'dynamic-valley.gexf'), 'utf8'));
    expect(ownDates(g)).toEqual({
      'node lab': { dissolved: 2011 }, // no start: present from the beginning in Gephi; no founding year made up
      'node north': { founded: 1998 },
      'node south': { founded: 2003, dissolved: 2010 }, // two spells: earliest start, latest end
      'node fund': { founded: 2001 },
      'edge s1': { year: 1998 }, // a spin-off is an event: its start is its year
      'edge c1': { since: 2004, until: 2005 }, // a collaboration lasts
      'edge i1': { year: 2009 },
    });
  });

  it('warns when spells with a gap are read as one span, naming the element and the years no spell covers', () => {
    const result = buildGraph(readGexf(readFileSync(join(FIXTURES, 'dynamic-valley.gexf'), 'utf8'), 'dynamic-valley.gexf'));
    const merged = result.problems.filter((p) => p.code === 'spells-merged');
    // south: spells 2003–2006 and 2008–2010, so 2007 lies in the span 2003–2010 but in no spell
    expect(merged).toEqual([
      {
        severity: 'warning',
        code: 'spells-merged',
        message: 'node "south": 2 spells read as one span 2003–2010, so 2007, which no spell covers, counts as present (an element holds one span of dates)',
        file: 'dynamic-valley.gexf',
        line: 21,
        column: 7,
        field: 'spells',
      },
    ]);
    const touching = `<gexf version="1.3"><graph mode="dynamic" timeformat="integer"><nodes><node id="a"><spells><spell start="1990" end="1994"/><spell start="1995" end="1999"/></spells></node></nodes></graph></gexf>`;
    expect(buildGraph(readGexf(touching, 'g.gexf')).problems.filter((p) => p.code === 'spells-merged')).toEqual([]);
  });

  it('spellGaps: overlapping or touching spells leave no gap; open ends reach everything', () => {
    expect(spellGaps([])).toEqual([]);
    expect(spellGaps([{ start: 2000, end: 2005 }])).toEqual([]);
    expect(spellGaps([{ start: 2006, end: 2009 }, { start: 2000, end: 2005 }])).toEqual([]);
    expect(spellGaps([{ start: 2000, end: 2008 }, { start: 2003, end: 2004 }, { start: 2010, end: 2012 }])).toEqual([{ after: 2008, before: 2010 }]);
    expect(spellGaps([{ start: 1990, end: 1991 }, { start: 1995, end: 1996 }, { start: 2000, end: 2001 }])).toEqual([
      { after: 1991, before: 1995 },
      { after: 1996, before: 2000 },
    ]);
    expect(spellGaps([{ start: -Infinity, end: Infinity }, { start: 2000, end: 2001 }])).toEqual([]);
  });

  it('reads timeformat integer and double, and names a bad time', () => {
    const doc = (format: string, start: string) =>
      `<gexf version="1.3"><graph mode="dynamic" timeformat="${format}"><nodes><node id="a" start="${start}"/></nodes></graph></gexf>`;
    expect(read(doc('integer', '2001')).getNodeAttribute('a', 'founded')).toBe(2001);
    expect(read(doc('double', '2001.0')).getNodeAttribute('a', 'founded')).toBe(2001);
    const bad = buildGraph(readGexf(doc('date', 'soon'), 'g.gexf'));
    expect(bad.problems.find((p) => p.severity === 'error')?.message).toBe('start must be a date (timeformat date), got "soon"');
  });

  it('keeps a date given as an attribute over the spell, and ignores start/end in static mode', () => {
    const dynamic = `<gexf version="1.3"><graph mode="dynamic" timeformat="integer"><attributes class="node"><attribute id="founded" title="founded" type="long"/></attributes><nodes><node id="a" start="1990"><attvalues><attvalue for="founded" value="1985"/></attvalues></node></nodes></graph></gexf>`;
    expect(read(dynamic).getNodeAttribute('a', 'founded')).toBe(1985);
    const fixed = `<gexf version="1.3"><graph mode="static"><nodes><node id="a" start="1990"/></nodes></graph></gexf>`;
    expect(read(fixed).getNodeAttribute('a', 'founded')).toBeUndefined();
  });

  it('a round trip keeps every date and invents none (the hand-made graph, and a dynamic file read back)', () => {
    const toy = loadToy();
    const xml = writeGexf(toy);
    expect(xml).toContain('mode="dynamic" timeformat="integer"');
    // b: founded 2003, dissolved 2005; e5: since 2000 until 2003; d (undated) has no spell
    expect(xml).toMatch(/<node id="b"[^]*?<spell start="2003" end="2005"\/>[^]*?<\/node>/);
    expect(xml).toMatch(/<edge id="e5"[^]*?<spell start="2000" end="2003"\/>/);
    expect(xml).not.toMatch(/<node id="d"[^>]*>(?:(?!<\/node>)[^])*<spell/);
    const back = read(xml);
    expect(ownDates(back)).toEqual(ownDates(toy));
    back.forEachNode((n, a) => expect(a).toEqual(toy.getNodeAttributes(n)));
    back.forEachEdge((e, a) => expect(a).toEqual(toy.getEdgeAttributes(e)));
    const dynamic = read(readFileSync(join(FIXTURES, 'dynamic-valley.gexf'), 'utf8'));
    expect(ownDates(read(writeGexf(dynamic)))).toEqual(ownDates(dynamic));
  });

  it('a graph without dates stays static', () => {
    const g = createEcoGraph();
    g.addNode('a', { label: 'A' });
    expect(writeGexf(g)).toContain('mode="static"');
  });
});
