/** The fixed mapping between ecograph kinds and Neo4j labels and relationship types. */
import { describe, expect, it } from 'vitest';
import {
  ACTOR_LABEL,
  ALL_RELATIONSHIP_TYPES,
  EDGE_DIRECTED_PROPERTY,
  EDGE_KEY_PROPERTY,
  GRAPH_LABEL,
  KIND_LABELS,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  UNTYPED_RELATIONSHIP,
} from '../../../src/io/neo4j/mapping.js';
import { EDGE_KINDS, NODE_KINDS } from '../../../src/model/schema.js';

describe('Neo4j mapping', () => {
  it('maps every node and edge kind to a distinct label or type made of safe characters', () => {
    expect(Object.keys(NODE_LABELS).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(RELATIONSHIP_TYPES).sort()).toEqual([...EDGE_KINDS].sort());
    const all = [...Object.values(NODE_LABELS), ...Object.values(RELATIONSHIP_TYPES)];
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(name).toMatch(/^[A-Za-z_]+$/);
  });

  it('keeps the actor and graph labels and the untyped relationship apart from the kind names', () => {
    expect([ACTOR_LABEL, GRAPH_LABEL]).toEqual(['Actor', 'EcographGraph']);
    expect(KIND_LABELS).not.toContain(ACTOR_LABEL);
    expect(KIND_LABELS).not.toContain(GRAPH_LABEL);
    expect(Object.values(RELATIONSHIP_TYPES)).not.toContain(UNTYPED_RELATIONSHIP);
    for (const name of [ACTOR_LABEL, GRAPH_LABEL, UNTYPED_RELATIONSHIP]) expect(name).toMatch(/^[A-Za-z_]+$/);
  });

  it('uses the conventional Neo4j spellings for the domain kinds', () => {
    expect(NODE_LABELS.anchor).toBe('AnchorCompany');
    expect(RELATIONSHIP_TYPES.spinoff).toBe('SPUN_OFF');
    expect(RELATIONSHIP_TYPES.collaboration).toBe('COLLABORATES_WITH');
    expect(UNTYPED_RELATIONSHIP).toBe('LINKED_TO');
  });

  it('lists every kind label and every relationship type written, the untyped one last', () => {
    expect(KIND_LABELS).toEqual(Object.values(NODE_LABELS));
    expect(ALL_RELATIONSHIP_TYPES).toEqual([...Object.values(RELATIONSHIP_TYPES), 'LINKED_TO']);
    expect([EDGE_KEY_PROPERTY, EDGE_DIRECTED_PROPERTY]).toEqual(['key', 'directed']);
  });
});
