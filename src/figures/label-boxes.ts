/**
 * Label boxes: the rectangle each piece of text of a figure occupies, computed from the font metrics.
 * Layouts return them so that tests (and callers) can check that no two labels overlap and that
 * none leaves the canvas.
 */

/** An axis-aligned rectangle in figure px (y grows downwards). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a label is: a node's name, a legend entry, the title, the caption, an axis tick. */
export type LabelRole = 'node' | 'legend' | 'title' | 'caption' | 'axis';

/** The box of one label of a figure. */
export interface LabelBox extends Box {
  role: LabelRole;
  /** The node id for node labels, else a description. */
  id: string;
  /** The text lines drawn in the box. */
  lines: string[];
}

/** Whether two boxes share interior area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies within `outer` (edges may touch). */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * Every pair of overlapping boxes, found by a sweep over x (O(n log n + k)).
 *
 * @example
 * overlappingPairs(layout.labels).length === 0; // the layout's guarantee
 */
export function overlappingPairs<B extends Box>(boxes: readonly B[]): [B, B][] {
  const order = [...boxes].sort((a, b) => a.x - b.x);
  const pairs: [B, B][] = [];
  const active: B[] = [];
  for (const box of order) {
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.x + active[i]!.width <= box.x) active.splice(i, 1);
    for (const other of active) if (boxesOverlap(other, box)) pairs.push([other, box]);
    active.push(box);
  }
  return pairs;
}
