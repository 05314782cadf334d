/** Geometry checks of tree figures for tests: which connectors (polylines) run through a box they do not join. */
import type { Box } from '../../src/figures/label-boxes.js';
import type { TreeFigureLayout, TreeFigureLink } from '../../src/figures/tree/layout.js';

/** Whether the segment (a, b) passes through the interior of `box` shrunk by `inset` on each side. */
export function segmentCrossesBox(a: readonly [number, number], b: readonly [number, number], box: Box, inset = 0.5): boolean {
  const x0 = box.x + inset;
  const y0 = box.y + inset;
  const x1 = box.x + box.width - inset;
  const y1 = box.y + box.height - inset;
  if (x1 <= x0 || y1 <= y0) return false;
  // Liang–Barsky clipping of the segment against the rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  if (!clip(-dx, a[0] - x0) || !clip(dx, x1 - a[0]) || !clip(-dy, a[1] - y0) || !clip(dy, y1 - a[1])) return false;
  return t1 - t0 > 1e-9;
}

/** Every (link, node) pair where the link runs through the box of a node other than its two ends. */
export function connectorsThroughBoxes(layout: TreeFigureLayout, roles: readonly TreeFigureLink['role'][] = ['tree', 'second-parent']): string[] {
  const out: string[] = [];
  for (const link of layout.links) {
    if (!roles.includes(link.role)) continue;
    const path = link.points;
    for (const node of layout.nodes) {
      if (node.id === link.from || node.id === link.to) continue;
      for (let i = 1; i < path.length; i++)
        if (segmentCrossesBox(path[i - 1]!, path[i]!, node.box)) {
          out.push(`${link.role} ${link.from}→${link.to} × ${node.id}`);
          break;
        }
    }
  }
  return out;
}
