/** Tree figure styles: tints mixed with white, node boxes in the kind colour, one line style per link kind. */
import { describe, expect, it } from 'vitest';
import { SECOND_PARENT_COLOR, TREE_LINK_COLOR, linkStyle, nodeBoxColors, tint } from '../../../src/figures/tree/style.js';
import { NODE_KIND_COLORS, UNTYPED_NODE_COLOR } from '../../../src/model/palette.js';

describe('tint', () => {
  it('mixes a colour with white: 0 keeps it, 1 gives white, 0.5 half way (rounded)', () => {
    expect(tint('#0072B2', 0)).toBe('#0072B2');
    expect(tint('#0072B2', 1)).toBe('#FFFFFF');
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(tint('#0072B2', 0.8)).toBe('#CCE3F0');
    expect(tint('#ff0000', 0.2)).toBe('#FF3333');
  });
});

describe('nodeBoxColors', () => {
  it('outlines with the kind colour and fills with its 80% tint; untyped nodes in grey', () => {
    expect(nodeBoxColors('firm')).toEqual({ fill: tint(NODE_KIND_COLORS.firm, 0.8), stroke: NODE_KIND_COLORS.firm });
    expect(nodeBoxColors('university').stroke).toBe(NODE_KIND_COLORS.university);
    expect(nodeBoxColors(null)).toEqual({ fill: tint(UNTYPED_NODE_COLOR, 0.8), stroke: UNTYPED_NODE_COLOR });
  });
});

describe('linkStyle', () => {
  it('draws tree links solid, second parents dashed, inferred dotted and illustrative dash-dotted', () => {
    expect(linkStyle('tree', null)).toEqual({ stroke: TREE_LINK_COLOR, width: 1.2 });
    expect(linkStyle('tree', 'sourced')).toEqual({ stroke: TREE_LINK_COLOR, width: 1.2 });
    expect(linkStyle('second-parent', null)).toEqual({ stroke: SECOND_PARENT_COLOR, width: 1.2, dash: '5 3' });
    expect(linkStyle('tree', 'inferred')).toEqual({ stroke: TREE_LINK_COLOR, width: 1.4, dash: '1.5 2.5' });
    expect(linkStyle('second-parent', 'inferred')).toEqual({ stroke: SECOND_PARENT_COLOR, width: 1.4, dash: '1.5 2.5' });
    expect(linkStyle('tree', 'illustrative')).toEqual({ stroke: TREE_LINK_COLOR, width: 1.2, dash: '8 3 2 3' });
  });
});
