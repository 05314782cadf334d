/** Kumu's free-text types: the map's syntax, and types mapped to kinds or reported once each. */
import { describe, expect, it } from 'vitest';
import { mapKumuTypes, parseKindMap } from '../../src/io/kind-map.js';
import type { RawGraph } from '../../src/model/raw.js';

describe('parseKindMap', () => {
  it('reads TYPE=kind entries split by commas or lines, in any case, with comments', () => {
    const map = parseKindMap('Startup=firm, VC = Investor\n# a comment\nSpin out=spinoff  # trailing\n');
    expect([...map]).toEqual([
      ['startup', 'firm'],
      ['vc', 'investor'],
      ['spin out', 'spinoff'],
    ]);
  });

  it('refuses an entry that is not TYPE=kind, or whose kind is none of the model, naming it and the kinds', () => {
    expect(() => parseKindMap('Startup')).toThrow('"Startup" is not TYPE=kind');
    expect(() => parseKindMap('Startup=company')).toThrow(/"company" is not a kind \(node kinds: founder, .*; edge kinds: /);
  });
});

describe('mapKumuTypes', () => {
  const raw = (): RawGraph => ({
    file: 'k.xlsx',
    format: 'xlsx',
    attributes: {},
    nodes: [
      { id: 'a', attributes: { kind: 'FIRM' }, loc: { file: 'k.xlsx', sheet: 'Elements', line: 2, fieldColumns: { kind: 2 } } },
      { id: 'b', attributes: { kind: 'Startup' }, loc: { file: 'k.xlsx', sheet: 'Elements', line: 3, fieldColumns: { kind: 2 } } },
      { id: 'c', attributes: { kind: 'startup' }, loc: { file: 'k.xlsx', sheet: 'Elements', line: 4, fieldColumns: { kind: 2 } } },
      { id: 'd', attributes: { kind: 'VC' }, loc: { file: 'k.xlsx', sheet: 'Elements', line: 5, fieldColumns: { kind: 2 } } },
    ],
    edges: [{ source: 'd', target: 'b', attributes: { kind: 'Invests' }, loc: { file: 'k.xlsx', sheet: 'Connections', line: 2, fieldColumns: { kind: 3 } } }],
    problems: [],
  });

  it('maps kinds in any case and through the map', () => {
    const g = raw();
    mapKumuTypes(g, parseKindMap('Startup=firm,VC=investor,Invests=investment'));
    expect(g.nodes.map((n) => n.attributes.kind)).toEqual(['firm', 'firm', 'firm', 'investor']);
    expect(g.edges[0]!.attributes.kind).toBe('investment');
    expect(g.problems).toEqual([]);
  });

  it('reports each unmapped type once, at its first cell, listing them all; keeps the text as `type`', () => {
    const g = raw();
    mapKumuTypes(g);
    expect(g.problems.map((p) => [p.code, p.sheet, p.line, p.column])).toEqual([
      ['unmapped-type', 'Elements', 3, 2],
      ['unmapped-type', 'Elements', 5, 2],
      ['unmapped-type', 'Connections', 2, 3],
    ]);
    expect(g.problems[0]!.message).toContain('node type "Startup" (2 elements) names no node kind; unmapped node types: "Startup", "VC"');
    expect(g.problems[0]!.message).toContain('--kind-map "Startup=KIND,VC=KIND"');
    expect(g.nodes[1]!.attributes).toEqual({ type: 'Startup' });
    expect(g.nodes[0]!.attributes.kind).toBe('firm');
  });
});
