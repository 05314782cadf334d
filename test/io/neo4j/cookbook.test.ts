import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COOKBOOK } from '../../../src/io/neo4j/cookbook.js';
import { fromProperties, toProperties } from '../../../src/io/neo4j/properties.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../src/io/neo4j/mapping.js';
import { EDGE_KINDS, NODE_KINDS } from '../../../src/model/schema.js';

const guide = readFileSync(new URL('../../../docs/guide/neo4j.md', import.meta.url), 'utf8');

describe('Cypher cookbook', () => {
  it.each(Object.entries(COOKBOOK))('the Neo4j guide (docs/guide/neo4j.md) shows the tested query verbatim: %s', (_name, entry) => {
    expect(guide).toContain('```cypher\n' + entry.cypher + '\n```');
  });
});

describe('Neo4j mapping and property values', () => {
  it('maps every node and edge kind to a distinct label or type made of safe characters', () => {
    expect(Object.keys(NODE_LABELS).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(RELATIONSHIP_TYPES).sort()).toEqual([...EDGE_KINDS].sort());
    const all = [...Object.values(NODE_LABELS), ...Object.values(RELATIONSHIP_TYPES)];
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(name).toMatch(/^[A-Za-z_]+$/);
  });

  it('keeps integers as Neo4j integers, other values as they are, and objects as marked JSON', () => {
    const props = toProperties({ year: 1990, weight: 0.5, listed: true, sources: ['a', 'b'], extra: { x: [1, 'y'] }, gone: undefined });
    expect((props.year as { toNumber(): number }).toNumber()).toBe(1990);
    expect(props.weight).toBe(0.5);
    expect(props.extra).toBe('{"x":[1,"y"]}');
    expect(props._json).toEqual(['extra']);
    expect('gone' in props).toBe(false);
    const back = fromProperties({ ...props, year: 1990 });
    expect(back).toEqual({ year: 1990, weight: 0.5, listed: true, sources: ['a', 'b'], extra: { x: [1, 'y'] } });
  });
});
