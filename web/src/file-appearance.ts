/**
 * A file's own look: the colour a node carries in its data (a GEXF's `viz:color`, which the
 * library's reader keeps as the `color` attribute, or a `color` in JSON or CSV), used instead of
 * the kind palette when the file has them. Positions need nothing here: nodes that all have `x`
 * and `y` keep them (see `hasPositions`).
 */
import type { EcoGraph, NodeAttributes } from '../../src/model/types.js';

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const RGBA = /^rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(?:,\s*(?:0|1|0?\.\d+|1\.0+)\s*)?\)$/;

/** The node's own colour when it is one sigma can draw (`#rgb`, `#rrggbb`, `rgb(…)`, `rgba(…)`), else undefined. */
export function fileColor(attributes: NodeAttributes): string | undefined {
  const c = (attributes as Record<string, unknown>).color;
  return typeof c === 'string' && (HEX.test(c.trim()) || RGBA.test(c.trim())) ? c.trim() : undefined;
}

/** Whether at least half the nodes carry a colour of their own (then the explorer colours by them at first). */
export function hasFileColors(graph: EcoGraph): boolean {
  if (graph.order === 0) return false;
  let coloured = 0;
  graph.forEachNode((_n, a) => {
    if (fileColor(a) !== undefined) coloured++;
  });
  return coloured * 2 >= graph.order;
}
