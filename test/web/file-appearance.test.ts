import { describe, expect, it } from 'vitest';
import { readGexf, writeGexf } from '../../src/io/gexf.js';
import { openGraphTexts } from '../../src/open/browser.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { NodeAttributes } from '../../src/model/types.js';
import { fileColor, hasFileColors } from '../../web/src/file-appearance.js';
import { hasPositions } from '../../web/src/layout-forceatlas2.js';

const node = (color: unknown) => ({ label: 'x', color }) as unknown as NodeAttributes;

describe('fileColor', () => {
  it('accepts hex and rgb(a) colours, nothing else', () => {
    expect(fileColor(node('#ff0000'))).toBe('#ff0000');
    expect(fileColor(node('#F00'))).toBe('#F00');
    expect(fileColor(node('rgba(10,20,30,0.5)'))).toBe('rgba(10,20,30,0.5)');
    expect(fileColor(node('rgb(10, 20, 30)'))).toBe('rgb(10, 20, 30)');
    expect(fileColor(node('red'))).toBeUndefined();
    expect(fileColor(node('#ff00'))).toBeUndefined();
    expect(fileColor(node('url(javascript:alert(1))'))).toBeUndefined();
    expect(fileColor(node(3))).toBeUndefined();
  });
});

describe('a GEXF file\'s own colours and positions', () => {
  it('survive the library\'s GEXF reader and opener, so the explorer colours and places by them', () => {
    const g = createEcoGraph({ name: 'Coloured' });
    g.addNode('a', { label: 'Alpha', kind: 'firm', color: '#ff0000', x: -50.5, y: 0 } as NodeAttributes);
    g.addNode('b', { label: 'Beta', kind: 'firm', color: 'rgba(0,255,0,0.5)', x: 50, y: 12.25 } as NodeAttributes);
    g.addUndirectedEdge('a', 'b', { kind: 'collaboration' });
    const text = writeGexf(g);
    const raw = readGexf(text, 'c.gexf');
    expect(raw.nodes.map((n) => [n.id, n.attributes.color, n.attributes.x, n.attributes.y])).toEqual([
      ['a', '#ff0000', -50.5, 0],
      ['b', 'rgba(0,255,0,0.5)', 50, 12.25],
    ]);
    const opened = openGraphTexts({ format: 'gexf', file: { file: 'c.gexf', text } });
    expect(opened.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(hasFileColors(opened.graph)).toBe(true);
    expect(hasPositions(opened.graph)).toBe(true);
    expect(fileColor(opened.graph.getNodeAttributes('b'))).toBe('rgba(0,255,0,0.5)');
  });

  it('a graph with colours on fewer than half its nodes is coloured by kind', () => {
    const g = createEcoGraph();
    g.addNode('a', node('#ff0000'));
    g.addNode('b', { label: 'b' });
    g.addNode('c', { label: 'c' });
    expect(hasFileColors(g)).toBe(false);
    expect(hasFileColors(createEcoGraph())).toBe(false);
  });
});
