/**
 * How tree figures draw things: node boxes tinted with the kind colour of the shared palette, and
 * one line style per kind of link (the tree link, a second parent, inferred and illustrative ties).
 */
import { nodeKindColor } from '../../model/palette.js';
import type { Confidence, NodeKind } from '../../model/schema.js';

/**
 * A colour mixed with white.
 *
 * @param hex - `#RRGGBB`
 * @param amount - 0 keeps the colour, 1 gives white
 * @example
 * tint('#0072B2', 0.8); // '#CCE3F0'
 */
export function tint(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return '#' + [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase();
}

/**
 * Fill and outline of a node box: the kind's colour from the shared palette, tinted for the fill.
 *
 * @param kind - node kind, null for untyped nodes
 * @example
 * nodeBoxColors('firm'); // { fill: '#CCE3F0', stroke: '#0072B2' }
 */
export function nodeBoxColors(kind: NodeKind | null): { fill: string; stroke: string } {
  const base = nodeKindColor(kind ?? undefined);
  return { fill: tint(base, 0.8), stroke: base };
}

export interface LineStyle {
  stroke: string;
  width: number;
  /** SVG `stroke-dasharray`, absent for solid lines. */
  dash?: string;
}

export const TREE_LINK_COLOR = '#3D3D3D';
export const SECOND_PARENT_COLOR = '#5A7896';

/**
 * The line style of a link: solid tree links, dashed second parents, dotted inferred and
 * dash-dotted illustrative ties.
 *
 * @param role - `tree` (link to the parent a firm hangs under) or `second-parent`
 * @param confidence - the tie's confidence, null when none is given
 * @example
 * linkStyle('tree', 'inferred'); // { stroke: '#3D3D3D', width: 1.4, dash: '1.5 2.5' }
 */
export function linkStyle(role: 'tree' | 'second-parent', confidence: Confidence | null): LineStyle {
  const stroke = role === 'tree' ? TREE_LINK_COLOR : SECOND_PARENT_COLOR;
  if (confidence === 'inferred') return { stroke, width: 1.4, dash: '1.5 2.5' };
  if (confidence === 'illustrative') return { stroke, width: 1.2, dash: '8 3 2 3' };
  if (role === 'second-parent') return { stroke, width: 1.2, dash: '5 3' };
  return { stroke, width: 1.2 };
}
