/** The element tree over saxes: names, attributes, text, positions, and syntax errors as problems. */
import { describe, expect, it } from 'vitest';
import { childElement, childElements, descendantElements, parseXmlDocument, parseXmlTree, type XmlElement } from '../../src/io/xml-tree.js';

function root(text: string): XmlElement {
  const r = parseXmlTree(text, 't.xml');
  if (!r.ok) throw new Error(r.problem.message);
  return r.root;
}

describe('parseXmlTree', () => {
  it('keeps local names, the qualified name, attributes (prefixed ones under both names) and children', () => {
    const r = root('<gexf xmlns:viz="v"><node id="a"><viz:color r="1" viz:alpha="0.5"/></node><node id="b"/></gexf>');
    expect(r.name).toBe('gexf');
    expect(r.children.map((c) => c.attributes.id)).toEqual(['a', 'b']);
    const color = r.children[0]!.children[0]!;
    expect([color.name, color.qualifiedName]).toEqual(['color', 'viz:color']);
    expect(color.attributes).toEqual({ r: '1', 'viz:alpha': '0.5', alpha: '0.5' });
    expect(r.attributes['xmlns:viz']).toBe('v');
    expect('viz' in r.attributes).toBe(false);
    expect(r.children[1]!.children).toEqual([]);
  });

  it('keeps text and CDATA, resolves entities, and drops layout whitespace between children', () => {
    const r = root('<a>\n  <b>x &amp; y &#10;z</b>\n  <c><![CDATA[<raw> & ]]>more</c>\n</a>');
    expect(r.text).toBe('\n  ');
    expect(childElement(r, 'b')!.text).toBe('x & y \nz');
    expect(childElement(r, 'c')!.text).toBe('<raw> & more');
  });

  it('gives every element the line and column of its start tag', () => {
    const r = root('<?xml version="1.0"?>\n<g>\n  <n id="1"/>\n    <n id="2"></n>\n</g>');
    expect([r.line, r.column]).toEqual([2, 1]);
    expect(r.children.map((c) => [c.line, c.column])).toEqual([
      [3, 3],
      [4, 5],
    ]);
  });

  it('accepts a leading BOM and leading whitespace', () => {
    expect(root('\uFEFF<a/>').name).toBe('a');
    expect(root('\n  <a/>').name).toBe('a');
  });

  it('refuses a text that does not start with "<", at its first character', () => {
    const r = parseXmlTree('\n  {"nodes": []}', 'g.graphml');
    expect(r).toEqual({
      ok: false,
      problem: { severity: 'error', code: 'syntax-error', message: 'not XML: the document starts with "{" instead of "<"', file: 'g.graphml', line: 2, column: 3 },
    });
  });

  it('reports malformed and truncated XML as one syntax-error problem with a position', () => {
    const mismatched = parseXmlTree('<a>\n<b></c>\n</a>', 'm.xml');
    expect(mismatched.ok).toBe(false);
    expect(!mismatched.ok && mismatched.problem).toMatchObject({ code: 'syntax-error', file: 'm.xml', line: 2 });
    expect(!mismatched.ok && mismatched.problem.message).toMatch(/^malformed XML: /);
    const truncated = parseXmlTree('<a><b>', 't.xml');
    expect(truncated.ok).toBe(false);
    expect(!truncated.ok && truncated.problem.code).toBe('syntax-error');
  });

  it('points at a bare "&" where it is, not where saxes gives up', () => {
    const r = parseXmlTree('<a>\n  <b>R & D</b>\n  <c>ok</c>\n</a>', 'amp.xml');
    expect(r).toEqual({
      ok: false,
      problem: { severity: 'error', code: 'syntax-error', message: 'malformed XML: a bare "&" (write &amp; for an ampersand)', file: 'amp.xml', line: 2, column: 8 },
    });
  });

  it('says when there is no root element', () => {
    for (const text of ['   ', '<?xml version="1.0"?>\n<!-- nothing -->']) {
      const r = parseXmlTree(text, 'e.xml');
      expect(r).toMatchObject({ ok: false, problem: { code: 'syntax-error', file: 'e.xml' } });
      expect(!r.ok && r.problem.message).toMatch(/root element/);
    }
  });
});

describe('childElements, childElement, descendantElements', () => {
  const r = root('<g><attributes><attribute id="x"/></attributes><nodes><node id="1"><attvalues><attvalue for="x"/></attvalues></node><node id="2"/></nodes></g>');

  it('find direct children by local name', () => {
    expect(childElements(childElement(r, 'nodes')!, 'node').map((n) => n.attributes.id)).toEqual(['1', '2']);
    expect(childElements(r, 'node')).toEqual([]);
    expect(childElement(r, 'edges')).toBeUndefined();
  });

  it('find all descendants depth first, in document order', () => {
    expect(descendantElements(r, 'node').map((n) => n.attributes.id)).toEqual(['1', '2']);
    expect(descendantElements(r, 'attvalue').map((n) => n.attributes.for)).toEqual(['x']);
    expect(descendantElements(r, 'attribute').length).toBe(1);
  });
});

describe('parseXmlDocument', () => {
  it('returns the tree when the root is the one asked for', () => {
    const r = parseXmlDocument('<graphml><graph/></graphml>', 'g.graphml', 'graphml');
    expect(r.ok && r.root.children[0]!.name).toBe('graph');
  });

  it('refuses a document of another kind at its root', () => {
    const r = parseXmlDocument('\n<gexf/>', 'g.graphml', 'graphml');
    expect(r).toEqual({
      ok: false,
      problem: { severity: 'error', code: 'bad-structure', message: 'expected a <graphml> document, found <gexf>', file: 'g.graphml', line: 2, column: 1 },
    });
  });

  it('passes syntax errors through', () => {
    expect(parseXmlDocument('<graphml>', 'g.graphml', 'graphml')).toMatchObject({ ok: false, problem: { code: 'syntax-error' } });
  });
});
