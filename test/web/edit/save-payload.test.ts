import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src/io/formats.js';
import { writeJson } from '../../../src/io/json.js';
import { createEcoGraph } from '../../../src/model/graph.js';
import { EditHistory } from '../../../src/model/edit-history.js';
import { editsPayload, positionsOf, savePayload } from '../../../web/src/edit/save-payload.js';

const parse = (text: string) => parseGraph({ format: 'json', file: { file: 'saved.json', text } }).graph;

describe('savePayload', () => {
  it('strips the positions the explorer gave a file without positions', () => {
    const g = createEcoGraph({ name: 'g' });
    g.addNode('a', { label: 'A', kind: 'firm', sources: ['s'] });
    const filed = positionsOf(g);
    expect(filed.size).toBe(0);
    g.mergeNodeAttributes('a', { x: 3, y: 4 });
    g.addNode('b', { label: 'B', kind: 'firm', sources: ['s'], x: 5, y: 6 });
    const saved = parse(savePayload(g, filed, 1));
    expect(saved.getNodeAttributes('a')).toEqual({ label: 'A', kind: 'firm', sources: ['s'] });
    expect(saved.getNodeAttributes('b')).toEqual({ label: 'B', kind: 'firm', sources: ['s'] });
    expect(saved.getAttribute('name')).toBe('g');
    // the graph itself keeps its drawing positions
    expect(g.getNodeAttribute('a', 'x')).toBe(3);
  });

  it('writes the file positions of a positioned file, not where the layout moved the nodes; new nodes keep theirs', () => {
    const g = createEcoGraph();
    g.addNode('a', { label: 'A', x: 1, y: 2 });
    g.addNode('b', { label: 'B', x: 3, y: 4 });
    const filed = positionsOf(g);
    g.mergeNodeAttributes('a', { x: 100, y: 200 });
    g.addNode('c', { label: 'C', x: 7, y: 8 });
    const saved = parse(savePayload(g, filed, 2));
    expect(saved.getNodeAttributes('a')).toMatchObject({ x: 1, y: 2 });
    expect(saved.getNodeAttributes('b')).toMatchObject({ x: 3, y: 4 });
    expect(saved.getNodeAttributes('c')).toMatchObject({ x: 7, y: 8 });
  });

  it('writes exactly what writeJson writes of the graph without the drawing positions', () => {
    const g = createEcoGraph({ name: 'g' });
    g.addNode('u', { label: 'U', kind: 'university', sources: ['s'], x: 1, y: 2 });
    g.addNode('f', { label: 'F', kind: 'firm', confidence: 'illustrative', x: 3, y: 4 });
    g.addDirectedEdgeWithKey('e1', 'u', 'f', { kind: 'spinoff', year: 2001 });
    const stripped = g.copy();
    stripped.updateEachNodeAttributes((_n, a) => {
      const { x: _x, y: _y, ...rest } = a;
      return rest as typeof a;
    });
    expect(savePayload(g, new Map(), 2)).toBe(writeJson(stripped));
  });

  it('keeps ties, their direction and attributes', () => {
    const g = createEcoGraph();
    g.addNode('u', { label: 'U', kind: 'university', x: 0, y: 0 });
    g.addNode('f', { label: 'F', kind: 'firm', x: 0, y: 0 });
    g.addDirectedEdgeWithKey('e1', 'u', 'f', { kind: 'spinoff', year: 2001, sources: ['private: interview K-07'] });
    g.addUndirectedEdgeWithKey('e2', 'u', 'f', { kind: 'collaboration' });
    const saved = parse(savePayload(g, new Map(), 2));
    expect(saved.isDirected('e1')).toBe(true);
    expect(saved.isDirected('e2')).toBe(false);
    expect(saved.getEdgeAttributes('e1')).toEqual({ kind: 'spinoff', year: 2001, sources: ['private: interview K-07'] });
  });
});

describe('editsPayload', () => {
  it('sends the changes since the last save and the nodes they set, positioned as the file has them', () => {
    const g = createEcoGraph({ name: 'g' });
    g.addNode('a', { label: 'A', kind: 'firm', sources: ['s'], x: 1, y: 2 });
    g.addNode('b', { label: 'B', kind: 'firm', sources: ['s'] });
    g.addNode('c', { label: 'C', kind: 'firm', sources: ['s'] });
    const filed = positionsOf(g);
    g.mergeNodeAttributes('a', { x: 100, y: 200 });
    g.mergeNodeAttributes('b', { x: 5, y: 6 });
    g.mergeNodeAttributes('c', { x: 7, y: 8 });
    const session = new EditHistory(g);
    session.apply({ op: 'update-node', id: 'a', attributes: { ...g.getNodeAttributes('a'), label: 'A2' } });
    session.apply({ op: 'update-node', id: 'b', attributes: { ...g.getNodeAttributes('b'), label: 'B2' } });
    session.apply({ op: 'add-edge', key: 't', source: 'a', target: 'c', attributes: { kind: 'collaboration', sources: ['s'] } });
    session.undo();
    const sent = JSON.parse(editsPayload(g, session.changesSinceSave, filed, 3)) as { edits: unknown[]; nodes: Record<string, Record<string, unknown>> };
    expect(sent.edits).toEqual(JSON.parse(JSON.stringify(session.changesSinceSave)));
    // a: its file position, not where the layout put it; b: no position (the file gave none); c: untouched.
    expect(sent.nodes).toEqual({ a: { label: 'A2', kind: 'firm', sources: ['s'], x: 1, y: 2 }, b: { label: 'B2', kind: 'firm', sources: ['s'] } });
  });

  it('sends the nodes added to a fully positioned file where they are now, touched or not', () => {
    const g = createEcoGraph();
    g.addNode('a', { label: 'A', x: 1, y: 2 });
    const filed = positionsOf(g);
    const session = new EditHistory(g);
    session.apply({ op: 'add-node', id: 'n', attributes: { label: 'N', kind: 'firm', confidence: 'illustrative', x: 3, y: 4 } });
    session.markSaved();
    g.mergeNodeAttributes('n', { x: 30, y: 40 });
    const sent = JSON.parse(editsPayload(g, session.changesSinceSave, filed, 1)) as { edits: unknown[]; nodes: Record<string, Record<string, unknown>> };
    expect(sent.edits).toEqual([]);
    expect(sent.nodes).toEqual({ n: { label: 'N', kind: 'firm', confidence: 'illustrative', x: 30, y: 40 } });
  });
});
