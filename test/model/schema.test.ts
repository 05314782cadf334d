/** The data model as data: kinds, edge-kind rules and attribute declarations, and the checks built on them. */
import { describe, expect, it } from 'vitest';
import {
  EDGE_ATTRIBUTES,
  EDGE_ATTRIBUTE_MAP,
  EDGE_KINDS,
  EDGE_KIND_RULES,
  NODE_ATTRIBUTES,
  NODE_ATTRIBUTE_MAP,
  NODE_KINDS,
  NODE_KIND_INFO,
  edgeKindAllows,
  isEdgeKind,
  isNodeKind,
  nearestName,
  unknownKindMessage,
} from '../../src/model/schema.js';

describe('kinds', () => {
  it('recognises the model kinds only, case-sensitively', () => {
    for (const k of NODE_KINDS) expect(isNodeKind(k)).toBe(true);
    for (const k of EDGE_KINDS) expect(isEdgeKind(k)).toBe(true);
    for (const v of ['Firm', 'planet', '', 3, undefined, null]) expect(isNodeKind(v)).toBe(false);
    expect(isEdgeKind('firm')).toBe(false);
    expect(isNodeKind('spinoff')).toBe(false);
  });

  it('gives every node kind a title and a description, and every edge kind a rule', () => {
    expect(Object.keys(NODE_KIND_INFO).sort()).toEqual([...NODE_KINDS].sort());
    for (const k of NODE_KINDS) expect(NODE_KIND_INFO[k].title.length).toBeGreaterThan(2);
    expect(Object.keys(EDGE_KIND_RULES).sort()).toEqual([...EDGE_KINDS].sort());
    for (const rule of Object.values(EDGE_KIND_RULES)) for (const k of [...rule.source, ...rule.target]) expect(isNodeKind(k)).toBe(true);
  });
});

describe('edgeKindAllows', () => {
  it('checks the ends of a directed kind in order', () => {
    expect(edgeKindAllows('spinoff', 'university', 'firm')).toBe(true);
    expect(edgeKindAllows('spinoff', 'firm', 'university')).toBe(false);
    expect(edgeKindAllows('founded', 'founder', 'firm')).toBe(true);
    expect(edgeKindAllows('founded', 'firm', 'founder')).toBe(false);
  });

  it('accepts an undirected kind either way round', () => {
    expect(EDGE_KIND_RULES.collaboration.directed).toBe(false);
    expect(edgeKindAllows('collaboration', 'person', 'firm')).toBe(true);
    expect(edgeKindAllows('collaboration', 'firm', 'person')).toBe(true);
  });

  it('always allows untyped ends', () => {
    expect(edgeKindAllows('spinoff', undefined, 'firm')).toBe(true);
    expect(edgeKindAllows('spinoff', 'firm', undefined)).toBe(true);
    expect(edgeKindAllows('investment', undefined, undefined)).toBe(true);
  });
});

describe('attributes', () => {
  it('declares each attribute once, with maps by name', () => {
    for (const [list, map] of [[NODE_ATTRIBUTES, NODE_ATTRIBUTE_MAP], [EDGE_ATTRIBUTES, EDGE_ATTRIBUTE_MAP]] as const) {
      expect(new Set(list.map((d) => d.name)).size).toBe(list.length);
      expect([...map.keys()]).toEqual(list.map((d) => d.name));
      for (const d of list) expect(map.get(d.name)).toBe(d);
    }
  });

  it('types years as integers and enumerates kinds and confidence', () => {
    for (const d of [...NODE_ATTRIBUTES, ...EDGE_ATTRIBUTES].filter((x) => x.year)) expect(d.type).toBe('integer');
    expect(NODE_ATTRIBUTE_MAP.get('founded')?.year).toBe(true);
    expect(NODE_ATTRIBUTE_MAP.get('kind')?.enum).toEqual(NODE_KINDS);
    expect(EDGE_ATTRIBUTE_MAP.get('kind')?.enum).toEqual(EDGE_KINDS);
    expect(NODE_ATTRIBUTE_MAP.get('confidence')?.enum).toEqual(['sourced', 'illustrative', 'inferred']);
    expect(NODE_ATTRIBUTE_MAP.get('sources')?.type).toBe('string[]');
  });
});

describe('nearest kind names', () => {
  it('matches spellings that differ only in case, hyphens, spaces or underscores, then by a few edits', () => {
    expect(nearestName('spin-off', EDGE_KINDS)).toBe('spinoff');
    expect(nearestName('Spin Off', EDGE_KINDS)).toBe('spinoff');
    expect(nearestName('investmnt', EDGE_KINDS)).toBe('investment');
    expect(nearestName('universty', NODE_KINDS)).toBe('university');
    expect(nearestName('incubator', NODE_KINDS)).toBeUndefined();
    expect(nearestName('', NODE_KINDS)).toBeUndefined();
  });

  it('unknown kinds name the nearest kind when there is one and list the valid kinds', () => {
    expect(unknownKindMessage('edge', 'spin-off')).toBe(`unknown edge kind "spin-off" (did you mean "spinoff"? kinds: ${EDGE_KINDS.join(', ')})`);
    expect(unknownKindMessage('node', 'incubator')).toBe(`unknown node kind "incubator" (kinds: ${NODE_KINDS.join(', ')})`);
    expect(unknownKindMessage('node', 7)).toBe(`unknown node kind 7 (kinds: ${NODE_KINDS.join(', ')})`);
  });
});
