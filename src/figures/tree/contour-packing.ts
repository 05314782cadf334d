/**
 * Packing the subtrees of a tree along the cross axis with contours, in the manner of the
 * Reingold–Tilford tidy tree, generalised from one level per generation to boxes at any position
 * on the main axis (a founding-year axis).
 *
 * A subtree's left contour gives, for each stretch of the main axis, the leftmost cross coordinate
 * any of its boxes reaches there; the right contour the rightmost. Placing a child subtree to the
 * right of its elder siblings needs only the siblings' right contour and the child's left contour:
 * the shift is the largest (right − left + gap) over the stretches where both exist. Contours are
 * piecewise-constant lists of segments, merged by a linear sweep, and carry a lazy offset, so a
 * tree of n boxes packs in O(n · d) for contours of at most d segments (d ≤ depth in the layered
 * layout) instead of comparing every pair of boxes.
 *
 * A large sibling group may be set in bands (sub-columns side by side along the main axis, see
 * `layout.ts`): its children then carry a band index, each band is a stack of its own, and the
 * children are placed row by row (the first of every band, then the second of every band, …), each
 * against the contour of everything placed before it, so that a band's subtrees interleave with the
 * other bands' by row instead of queueing after them. Rows are aligned across the bands (a row
 * starts below the lowest box of the row before), which leaves a gap through all the bands between
 * two rows for connectors.
 *
 * @see Reingold, E. M. and Tilford, J. S. (1981) "Tidier drawings of trees", IEEE Transactions on
 * Software Engineering SE-7(2), 223–228.
 */

/** One box to pack: where it sits on the main axis, its size across, and its children in order. */
export interface PackItem {
  mainStart: number;
  mainEnd: number;
  crossSize: number;
  children: readonly PackItem[];
  /**
   * The band of each child (0, 1, …, never decreasing along `children`) when the children are set
   * in bands side by side; undefined: one stack.
   */
  bands?: readonly number[];
}

/** Gaps kept between boxes. */
export interface PackSpacing {
  /** Between two boxes side by side (cross axis). */
  sibling: number;
  /** Boxes closer than this along the main axis count as side by side. */
  mainClearance: number;
  /** Between a parent moved aside and a child next to it (year axis). */
  parentAside: number;
}

interface Segment {
  /** Main-axis stretch [from, to). */
  from: number;
  to: number;
  /** Cross coordinate (before the contour's offset). */
  value: number;
}

interface Contour {
  segments: Segment[];
  offset: number;
}

/** Pointwise combination of two contours (max for right contours, min for left ones). */
function combine(a: Contour, b: Contour, pick: (x: number, y: number) => number): Contour {
  // Both contours' endpoints are already sorted: merge them in one pass.
  const ends = (c: Contour) => c.segments.flatMap((s) => [s.from, s.to]);
  const ea = ends(a);
  const eb = ends(b);
  const cuts: number[] = [];
  for (let x = 0, y = 0; x < ea.length || y < eb.length; ) {
    const next = y >= eb.length || (x < ea.length && ea[x]! <= eb[y]!) ? ea[x++]! : eb[y++]!;
    if (cuts.length === 0 || cuts[cuts.length - 1] !== next) cuts.push(next);
  }
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]!;
    const to = cuts[k + 1]!;
    while (i < a.segments.length && a.segments[i]!.to <= from) i++;
    while (j < b.segments.length && b.segments[j]!.to <= from) j++;
    const sa = a.segments[i];
    const sb = b.segments[j];
    const va = sa && sa.from <= from ? sa.value + a.offset : undefined;
    const vb = sb && sb.from <= from ? sb.value + b.offset : undefined;
    const value = va === undefined ? vb : vb === undefined ? va : pick(va, vb);
    if (value === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.to === from && last.value === value) last.to = to;
    else out.push({ from, to, value });
  }
  return { segments: out, offset: 0 };
}

/** Largest `right − left` over the main-axis stretches where both contours exist (−∞ if none). */
function largestGap(right: Contour, left: Contour): number {
  let best = -Infinity;
  let i = 0;
  let j = 0;
  while (i < right.segments.length && j < left.segments.length) {
    const r = right.segments[i]!;
    const l = left.segments[j]!;
    if (r.to <= l.from) i++;
    else if (l.to <= r.from) j++;
    else {
      best = Math.max(best, r.value + right.offset - (l.value + left.offset));
      if (r.to <= l.to) i++;
      else j++;
    }
  }
  return best;
}

/** Extremes of a contour over the stretch [from, to), or undefined where it has no segment. */
function extremeOver(c: Contour, from: number, to: number, pick: (x: number, y: number) => number): number | undefined {
  let out: number | undefined;
  for (const s of c.segments) if (s.from < to && from < s.to) out = out === undefined ? s.value + c.offset : pick(out, s.value + c.offset);
  return out;
}

/** The row of child `index` within its band (its place in the band's stack). */
function rowOf(bands: readonly number[], index: number): number {
  let first = index;
  while (first > 0 && bands[first - 1] === bands[index]) first--;
  return index - first;
}

/** Child indices row by row: the first child of every band, then the second of every band, and so on. */
export function bandRowOrder(bands: readonly number[]): number[] {
  const rows = bands.map((_, i) => ({ i, row: rowOf(bands, i), band: bands[i]! }));
  return rows.sort((a, b) => a.row - b.row || a.band - b.band).map((r) => r.i);
}

/**
 * Cross-axis centre of every item, the root at 0, such that boxes closer than `mainClearance` along
 * the main axis are at least `sibling` apart across, children keep their order, and a parent sits
 * centred over its first and last child (or, when a child on a year axis sits beside it, just
 * before its subtree's boxes there).
 *
 * @param root - the tree, children in drawing order
 * @param spacing - gaps
 * @returns the centre of each item relative to the root's
 * @example
 * const centres = packTreeContours(root, { sibling: 10, mainClearance: 6, parentAside: 25 });
 */
export function packTreeContours(root: PackItem, spacing: PackSpacing): Map<PackItem, number> {
  const half = spacing.mainClearance / 2;
  const contours = new Map<PackItem, { left: Contour; right: Contour }>();
  /** Each child's centre relative to its parent's. */
  const relative = new Map<PackItem, number>();
  const stack: { item: PackItem; expanded: boolean }[] = [{ item: root, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (!top.expanded) {
      top.expanded = true;
      for (let i = top.item.children.length - 1; i >= 0; i--) stack.push({ item: top.item.children[i]!, expanded: false });
      continue;
    }
    stack.pop();
    const item = top.item;
    let left: Contour | undefined;
    let right: Contour | undefined;
    const shifts: number[] = [];
    // The order children are placed in: one after another, or row by row across the bands.
    const order = item.bands ? bandRowOrder(item.bands) : item.children.map((_, i) => i);
    /** Per band, the last child placed in it; per row (banded), where the row starts. */
    const lastInBand = new Map<number, { center: number; half: number }>();
    let rowTop = 0;
    let rowBottom = -Infinity;
    let row = -1;
    for (const { index, row: childRow } of order.map((index) => ({ index, row: item.bands ? rowOf(item.bands, index) : index }))) {
      const child = item.children[index]!;
      const band = item.bands?.[index] ?? 0;
      const c = contours.get(child)!;
      contours.delete(child);
      const previous = lastInBand.get(band);
      let shift: number;
      if (item.bands) {
        if (childRow !== row) {
          // A new row starts below the lowest box of the row before (the first row at the top).
          if (row >= 0) rowTop = rowBottom + spacing.sibling;
          row = childRow;
        }
        shift = Math.max(rowTop + child.crossSize / 2, previous ? previous.center + previous.half + spacing.sibling + child.crossSize / 2 : -Infinity);
        if (index === 0) {
          shift = 0;
          rowTop = -child.crossSize / 2;
        }
      } else shift = previous ? previous.center + previous.half + spacing.sibling + child.crossSize / 2 : 0;
      if (right) shift = Math.max(shift, largestGap(right, c.left) + spacing.sibling);
      c.left.offset += shift;
      c.right.offset += shift;
      left = left ? combine(left, c.left, Math.min) : c.left;
      right = right ? combine(right, c.right, Math.max) : c.right;
      shifts[index] = shift;
      lastInBand.set(band, { center: shift, half: child.crossSize / 2 });
      rowBottom = Math.max(rowBottom, shift + child.crossSize / 2);
    }
    // Centred over the first and last child; over the whole group when it is set in bands.
    let center = shifts.length ? (shifts[0]! + shifts[shifts.length - 1]!) / 2 : 0;
    if (item.bands && shifts.length) {
      const tops = item.children.map((child, i) => shifts[i]! - child.crossSize / 2);
      const bottoms = item.children.map((child, i) => shifts[i]! + child.crossSize / 2);
      center = (Math.min(...tops) + Math.max(...bottoms)) / 2;
    }
    const from = item.mainStart - half;
    const to = item.mainEnd + half;
    if (left && right) {
      // On a year axis a child may sit beside its parent: keep the parent clear of its subtree.
      const lo = extremeOver(left, from, to, Math.min);
      const hi = extremeOver(right, from, to, Math.max);
      if (lo !== undefined && hi !== undefined) {
        const clearLeft = center + item.crossSize / 2 + spacing.sibling <= lo;
        const clearRight = center - item.crossSize / 2 - spacing.sibling >= hi;
        if (!clearLeft && !clearRight) center = lo - spacing.parentAside - item.crossSize / 2;
      }
    }
    const own = (value: number): Contour => ({ segments: [{ from, to, value }], offset: 0 });
    const ownLeft = own(center - item.crossSize / 2);
    const ownRight = own(center + item.crossSize / 2);
    left = left ? combine(left, ownLeft, Math.min) : ownLeft;
    right = right ? combine(right, ownRight, Math.max) : ownRight;
    left.offset -= center;
    right.offset -= center;
    item.children.forEach((child, i) => relative.set(child, shifts[i]! - center));
    contours.set(item, { left, right });
  }
  // Absolute centres, top down.
  const centres = new Map<PackItem, number>([[root, 0]]);
  const queue: PackItem[] = [root];
  for (let q = 0; q < queue.length; q++) {
    const item = queue[q]!;
    const c = centres.get(item)!;
    for (const child of item.children) {
      centres.set(child, c + relative.get(child)!);
      queue.push(child);
    }
  }
  return centres;
}
