import { describe, expect, it } from 'vitest';
import { readGraphml, writeGraphml } from '../../src/io/graphml.js';
import { buildGraph } from '../../src/model/build.js';
import { createEcoGraph } from '../../src/model/graph.js';

const NS = 'xmlns="http://graphml.graphdrawing.org/xmlns"';

describe('readGraphml', () => {
  it('reads typed keys, defaults, graph data, edgedefault and per-edge directed', () => {
    const raw = readGraphml(
      `<graphml ${NS}>
  <key id="d0" for="node" attr.name="n" attr.type="int"/>
  <key id="d1" for="node" attr.name="ok" attr.type="boolean"><default>true</default></key>
  <key id="d2" for="node" attr.name="tags" attr.type="string" attr.list="string"/>
  <key id="d3" for="graph" attr.name="name" attr.type="string"/>
  <key id="d4" for="edge" attr.name="w" attr.type="double"/>
  <key id="g" for="node" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed">
    <data key="d3">G</data>
    <node id="a"><data key="d0">3</data><data key="d2">["x, y", "z"]</data><data key="g"><y:Shape xmlns:y="y"/></data></node>
    <node id="b"><data key="d1">false</data></node>
    <edge source="a" target="b"><data key="d4">0.5</data></edge>
    <edge id="k" source="b" target="a" directed="false"/>
  </graph>
</graphml>`,
      'g.graphml',
    );
    expect(raw.problems).toEqual([]);
    expect(raw.attributes).toEqual({ name: 'G' });
    expect(raw.nodes.map((n) => n.attributes)).toEqual([{ n: 3, tags: ['x, y', 'z'], ok: true }, { ok: false }]);
    expect(raw.edges.map((e) => [e.key, e.directed, e.attributes])).toEqual([
      [undefined, true, { w: 0.5 }],
      ['k', false, {}],
    ]);
  });

  it('reports undeclared keys and bad typed values with line and column', () => {
    const raw = readGraphml(
      `<graphml ${NS}>\n<key id="n" for="node" attr.name="n" attr.type="long"/>\n<graph>\n<node id="a"><data key="n">1.5</data></node>\n  <node id="b"><data key="zz">1</data></node>\n</graph></graphml>`,
      'g.graphml',
    );
    expect(raw.problems.map((p) => [p.code, p.line, p.column, p.field])).toEqual([
      ['bad-number', 4, 14, 'n'],
      ['undeclared-attribute', 5, 16, 'zz'],
    ]);
  });

  it('refuses a document that is not GraphML', () => {
    expect(readGraphml('<gexf/>', 'x.graphml').problems.map((p) => p.code)).toEqual(['bad-structure']);
  });
});

describe('writeGraphml', () => {
  it('declares one key per attribute name and type, marks lists, and writes direction exceptions', () => {
    const g = createEcoGraph({ name: 'G' });
    g.addNode('a', { label: 'A', sources: ['s1', 's2'], n: 1 });
    g.addNode('b', { label: 'B', n: 'one' });
    g.addDirectedEdgeWithKey('e1', 'a', 'b', {});
    g.addDirectedEdgeWithKey('e2', 'b', 'a', {});
    g.addUndirectedEdgeWithKey('e3', 'a', 'b', {});
    const xml = writeGraphml(g);
    expect(xml).toContain('attr.name="sources" attr.type="string" attr.list="string"/>');
    expect(xml).toContain('attr.name="n" attr.type="long"/>');
    expect(xml).toContain('attr.name="n" attr.type="string"/>');
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
    expect(xml).toContain('<edge id="e3" source="a" target="b" directed="false"/>');
    const back = buildGraph(readGraphml(xml, 'g.graphml')).graph;
    expect(back.getNodeAttributes('a')).toEqual(g.getNodeAttributes('a'));
    expect(back.getNodeAttributes('b')).toEqual(g.getNodeAttributes('b'));
    expect(back.getAttributes()).toEqual(g.getAttributes());
  });
});

describe('structured values in GraphML', () => {
  it('writes objects and lists of objects as JSON keys marked attr.json and reads them back equal', () => {
    const g = createEcoGraph({
      name: 'structured',
      roster: { description: 'a survey', sources: ['Survey report — https://example.org/s'], members: [{ name: 'Acme', node: 'a' }], size: 3 },
      seedStatements: [{ statement: 'firms cluster', seed: 'A paper — 000_x.txt', reproduced: true, how: 'counted' }],
      knownGaps: ['none known'],
    });
    g.addNode('a', { label: 'A', kind: 'firm', scores: [0.5, 1] });
    const text = writeGraphml(g);
    expect(text).toMatch(/attr\.name="roster" attr\.type="string" attr\.json="true"/);
    expect(text).toMatch(/attr\.name="knownGaps" attr\.type="string" attr\.list="string"/);
    const { graph, problems } = buildGraph(readGraphml(text, 'g.graphml'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(graph.getAttributes()).toEqual(g.getAttributes());
    expect(graph.getNodeAttribute('a', 'scores')).toEqual([0.5, 1]);
  });

  it('says which key holds text that is not JSON', () => {
    const text = `<graphml><key id="d0" for="graph" attr.name="roster" attr.type="string" attr.json="true"/><graph edgedefault="directed"><data key="d0">{not json</data></graph></graphml>`;
    const raw = readGraphml(text, 'g.graphml');
    expect(raw.problems.map((p) => [p.code, p.field])).toEqual([['bad-value', 'roster']]);
  });
});
