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

/** The year a firm is placed at on a year axis: its founding year, or the year of its `by YEAR` bound. */
function placedYear(node: TreeFigureLayout['nodes'][number]): number | undefined {
  if (node.founded !== undefined) return node.founded;
  const bound = /^by (\d{4})$/.exec(node.yearText ?? '');
  return bound ? Number(bound[1]) : undefined;
}

/**
 * Pairs of firms on a year axis placed out of the order of their years (a firm of an earlier year
 * starting after one of a later year, or two of one year apart). A firm founded before its tree
 * parent sits at its parent's year by design (children never before their parents), and so do its
 * descendants: each firm is compared by the latest year among itself and its dated ancestors.
 */
export function yearPositionsOutOfOrder(layout: TreeFigureLayout): string[] {
  const start = (b: Box) => (layout.orientation === 'vertical' ? b.y : b.x);
  const parentOf = new Map(layout.links.filter((l) => l.role === 'tree').map((l) => [l.to, l.from]));
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const effective = new Map<string, number | undefined>();
  const yearOf = (id: string): number | undefined => {
    if (effective.has(id)) return effective.get(id);
    const own = placedYear(byId.get(id)!);
    const parent = parentOf.get(id);
    const inherited = own !== undefined && parent !== undefined ? yearOf(parent) : undefined;
    const year = own === undefined ? undefined : Math.max(own, inherited ?? own);
    effective.set(id, year);
    return year;
  };
  const placed = layout.nodes
    .map((n) => ({ n, year: yearOf(n.id) }))
    .filter((p): p is { n: (typeof layout.nodes)[number]; year: number } => p.year !== undefined)
    .sort((a, b) => a.year - b.year);
  const bad: string[] = [];
  for (let i = 1; i < placed.length; i++) {
    const [a, b] = [placed[i - 1]!, placed[i]!];
    if (a.year < b.year && start(a.n.box) >= start(b.n.box) - 1e-9) bad.push(`${a.n.id} (${a.year}) not before ${b.n.id} (${b.year})`);
    if (a.year === b.year && Math.abs(start(a.n.box) - start(b.n.box)) > 1e-6) bad.push(`${a.n.id} and ${b.n.id} (${a.year}) apart`);
  }
  return bad;
}
