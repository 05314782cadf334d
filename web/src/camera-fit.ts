/**
 * Framing that fits nodes *and* their labels: the bounding box (graph units) to hand to sigma so
 * that, at the initial camera, every node's disc and the label drawn to its right lie inside the
 * viewport. Labels keep their pixel size while positions scale, so the box depends on the scale
 * it is drawn at; the largest scale at which everything fits is found by bisection.
 *
 * Pure: no DOM, no sigma.
 */

/** A node to frame: graph position, drawn radius and label size in px (width 0: no label). */
export interface FramedNode {
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
  labelHeight: number;
}

/** Graph-unit bounding box as sigma's `setCustomBBox` takes it. */
export interface BBox {
  x: [number, number];
  y: [number, number];
}

/** Gap between a disc and its label, px (the label placer's). */
const GAP = 3;

/** The box that holds every node and its right-hand label when drawn at `scale` px per graph unit. */
export function extentAtScale(nodes: readonly FramedNode[], scale: number): BBox {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const right = n.labelWidth > 0 ? n.radius + GAP + n.labelWidth : n.radius;
    const half = Math.max(n.radius, n.labelWidth > 0 ? n.labelHeight / 2 : 0);
    minX = Math.min(minX, n.x - n.radius / scale);
    maxX = Math.max(maxX, n.x + right / scale);
    minY = Math.min(minY, n.y - half / scale);
    maxY = Math.max(maxY, n.y + half / scale);
  }
  return { x: [minX, maxX], y: [minY, maxY] };
}

/**
 * The bounding box to frame so that nodes and labels fit a viewport of `width` × `height` px
 * (the area sigma fits the box into, padding already taken off), or null for an empty graph or
 * one whose labels cannot fit at any scale. The box is the extent at the largest scale `s` at
 * which it spans at most `width` and `height` px; framing it at that scale or larger keeps every
 * label inside, since the box grows with the positions.
 *
 * @example labelFitBBox([{ x: 0, y: 0, radius: 5, labelWidth: 80, labelHeight: 14 }, { x: 100, y: 0, radius: 5, labelWidth: 80, labelHeight: 14 }], 400, 300)
 *   // → a box reaching past x = 100 by (5 + 3 + 80) / s
 */
export function labelFitBBox(nodes: readonly FramedNode[], width: number, height: number): BBox | null {
  if (nodes.length === 0 || !(width > 0) || !(height > 0)) return null;
  const fits = (s: number) => {
    const b = extentAtScale(nodes, s);
    return (b.x[1] - b.x[0]) * s <= width && (b.y[1] - b.y[0]) * s <= height;
  };
  // Spans in graph units, for the scale bounds.
  const plain = extentAtScale(nodes.map((n) => ({ ...n, radius: 0, labelWidth: 0 })), 1);
  const spanX = plain.x[1] - plain.x[0];
  const spanY = plain.y[1] - plain.y[0];
  const span = Math.max(spanX, spanY);
  if (!(span > 0)) {
    // One point (or all nodes at one place): any scale gives the same pixel box; frame it at scale 1.
    return fits(1) ? extentAtScale(nodes, 1) : null;
  }
  let lo = 0;
  let hi = Math.min(width / Math.max(spanX, 1e-12), height / Math.max(spanY, 1e-12));
  if (fits(hi)) lo = hi;
  else {
    lo = hi * 1e-6;
    if (!fits(lo)) return null;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
  }
  return extentAtScale(nodes, lo);
}
