/**
 * The shared colours of node kinds, edge kinds and communities: every kind has its own colour,
 * elements without a kind get the neutral ones, colours are 6-digit hex.
 */
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

describe('node kinds', () => {
  it('gives each kind its own colour and the untyped colour to nodes without a kind', () => {
    const colours = NODE_KINDS.map((kind) => nodeKindColor(kind));
    expect(colours).toEqual(NODE_KINDS.map((kind) => NODE_KIND_COLORS[kind]));
    expect(new Set(colours).size).toBe(NODE_KINDS.length);
    expect(nodeKindColor(undefined)).toBe(UNTYPED_NODE_COLOR);
    expect(colours).not.toContain(UNTYPED_NODE_COLOR);
    for (const c of [...colours, UNTYPED_NODE_COLOR]) expect(c).toMatch(HEX);
  });

  it('takes the firm, founder and university colours from the Okabe–Ito palette', () => {
    expect(nodeKindColor('firm')).toBe('#0072B2');
    expect(nodeKindColor('founder')).toBe('#D55E00');
    expect(nodeKindColor('university')).toBe('#009E73');
  });
});

describe('edge kinds', () => {
  it('gives each kind its own colour and the untyped colour to edges without a kind', () => {
    const colours = EDGE_KINDS.map((kind) => edgeKindColor(kind));
    expect(colours).toEqual(EDGE_KINDS.map((kind) => EDGE_KIND_COLORS[kind]));
    expect(new Set(colours).size).toBe(EDGE_KINDS.length);
    expect(edgeKindColor(undefined)).toBe(UNTYPED_EDGE_COLOR);
    expect(colours).not.toContain(UNTYPED_EDGE_COLOR);
    for (const c of [...colours, UNTYPED_EDGE_COLOR]) expect(c).toMatch(HEX);
  });
});

describe('community colours', () => {
  it('are distinct hex colours, the first eight the Okabe–Ito ones', () => {
    expect(new Set(CATEGORY_COLORS).size).toBe(CATEGORY_COLORS.length);
    for (const c of CATEGORY_COLORS) expect(c).toMatch(HEX);
    expect(CATEGORY_COLORS.slice(0, 8)).toEqual(['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#6E6E6E']);
  });
});
