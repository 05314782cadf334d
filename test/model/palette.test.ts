/** The kind colours shared by figures and the explorer: one distinct valid colour per kind, grey when untyped. */
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLORS,
  EDGE_KIND_COLORS,
  NODE_KIND_COLORS,
  UNTYPED_EDGE_COLOR,
  UNTYPED_NODE_COLOR,
  edgeKindColor,
  nodeKindColor,
} from '../../src/model/palette.js';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model/schema.js';

const HEX = /^#[0-9A-F]{6}$/;

describe('palette', () => {
  it('gives every node kind and edge kind its own colour, as #RRGGBB', () => {
    expect(Object.keys(NODE_KIND_COLORS).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(EDGE_KIND_COLORS).sort()).toEqual([...EDGE_KINDS].sort());
    for (const colors of [Object.values(NODE_KIND_COLORS), Object.values(EDGE_KIND_COLORS), CATEGORY_COLORS]) {
      for (const c of colors) expect(c).toMatch(HEX);
      expect(new Set(colors).size).toBe(colors.length);
    }
    expect(UNTYPED_NODE_COLOR).toMatch(HEX);
    expect(Object.values(NODE_KIND_COLORS)).not.toContain(UNTYPED_NODE_COLOR);
  });

  it('looks colours up by kind, grey for untyped elements', () => {
    expect(nodeKindColor('firm')).toBe(NODE_KIND_COLORS.firm);
    expect(nodeKindColor(undefined)).toBe(UNTYPED_NODE_COLOR);
    expect(edgeKindColor('spinoff')).toBe(EDGE_KIND_COLORS.spinoff);
    expect(edgeKindColor(undefined)).toBe(UNTYPED_EDGE_COLOR);
  });

  it('has enough category colours for the communities a legend lists', () => {
    expect(CATEGORY_COLORS.length).toBeGreaterThanOrEqual(12);
  });
});
