/**
 * Overlap removal after a layout: moves discs apart until no two overlap, each move as small as
 * the overlap it resolves, so the layout's shape is kept. Every round finds the overlapping pairs
 * with a uniform grid and pushes each pair apart along the line between their centres, half each
 * (coincident centres apart along a direction fixed by their order, so the result is reproducible).
 *
 * Pure: positions and radii in one unit (graph units), no DOM.
 */

/** A disc to keep apart from the others. */
export interface OverlapDisc {
  x: number;
  y: number;
  radius: number;
}

/** Options of {@link removeOverlaps}. */
export interface OverlapOptions {
  /** Free space kept between two discs, in the discs' unit. */
  margin: number;
  /** Rounds at most (each round resolves every overlap found, and may create new ones). */
  maxRounds: number;
}

/** Pairs `[i, j]` (i < j) of discs closer than the sum of their radii plus `margin`. */
export function overlappingDiscs(discs: readonly OverlapDisc[], margin = 0): [number, number][] {
  const pairs: [number, number][] = [];
  if (discs.length < 2) return pairs;
  let maxR = 0;
  for (const d of discs) maxR = Math.max(maxR, d.radius);
  const cell = Math.max(2 * maxR + margin, 1e-9);
  const grid = new Map<string, number[]>();
  discs.forEach((d, i) => {
    const k = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  });
  discs.forEach((d, i) => {
    const cx = Math.floor(d.x / cell);
    const cy = Math.floor(d.y / cell);
    for (let a = cx - 1; a <= cx + 1; a++)
      for (let b = cy - 1; b <= cy + 1; b++)
        for (const j of grid.get(`${a},${b}`) ?? []) {
          if (j <= i) continue;
          const e = discs[j]!;
          const need = d.radius + e.radius + margin;
          if ((d.x - e.x) ** 2 + (d.y - e.y) ** 2 < need * need - 1e-9 * need * need) pairs.push([i, j]);
        }
  });
  return pairs;
}

/**
 * New centres for `discs` with no two closer than their radii plus `margin`, or as close to that as
 * `maxRounds` rounds get (the result says whether it got there). The input is not changed.
 *
 * @example removeOverlaps([{ x: 0, y: 0, radius: 1 }, { x: 1, y: 0, radius: 1 }], { margin: 0, maxRounds: 10 })
 *   // → positions [{ x: -0.5…, y: 0 }, { x: 1.5…, y: 0 }], resolved: true
 */
export function removeOverlaps(discs: readonly OverlapDisc[], options: OverlapOptions): { positions: { x: number; y: number }[]; resolved: boolean; rounds: number } {
  const work = discs.map((d) => ({ ...d }));
  for (let round = 0; round < options.maxRounds; round++) {
    const pairs = overlappingDiscs(work, options.margin);
    if (pairs.length === 0) return { positions: work.map(({ x, y }) => ({ x, y })), resolved: true, rounds: round };
    for (const [i, j] of pairs) {
      const a = work[i]!;
      const b = work[j]!;
      let dx = b.x - a.x;
      let dy = b.y - a.y;
      const dist = Math.hypot(dx, dy);
      if (dist < 1e-12) {
        // coincident: apart along a direction fixed by the pair
        const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
        dx = Math.cos(angle);
        dy = Math.sin(angle);
      } else {
        dx /= dist;
        dy /= dist;
      }
      const need = a.radius + b.radius + options.margin;
      // a little over half each, so rounding never leaves the pair just touching
      const push = ((need - dist) / 2) * 1.01;
      if (push <= 0) continue;
      a.x -= dx * push;
      a.y -= dy * push;
      b.x += dx * push;
      b.y += dy * push;
    }
  }
  const resolved = overlappingDiscs(work, options.margin).length === 0;
  return { positions: work.map(({ x, y }) => ({ x, y })), resolved, rounds: options.maxRounds };
}

/**
 * Overlap removal for discs whose radii are fixed in screen px while positions are in graph
 * units: `scaleOf` gives the px per graph unit the positions will be drawn at (it shrinks as the
 * discs move apart and the drawing grows), so the pass repeats at the new scale until the discs
 * are clear of each other at the scale they end up drawn at.
 *
 * @param nodes positions (graph units) and drawn radii (px)
 * @param scaleOf px per graph unit for a set of positions (e.g. from the camera framing)
 * @param marginPx free space kept between discs, px
 */
export function removeOverlapsAtScale(
  nodes: readonly { x: number; y: number; radiusPx: number }[],
  scaleOf: (positions: readonly { x: number; y: number }[]) => number,
  marginPx: number,
  passes = 8,
): { positions: { x: number; y: number }[]; resolved: boolean } {
  let positions = nodes.map(({ x, y }) => ({ x, y }));
  for (let pass = 0; pass < passes; pass++) {
    const scale = scaleOf(positions);
    if (!(scale > 0) || !Number.isFinite(scale)) break;
    // radii a little larger than needed, as the scale shrinks when discs move apart
    const discs = positions.map((p, i) => ({ ...p, radius: (nodes[i]!.radiusPx * 1.02) / scale }));
    if (overlappingDiscs(discs, marginPx / scale).length === 0) return { positions, resolved: true };
    positions = removeOverlaps(discs, { margin: marginPx / scale, maxRounds: 200 }).positions;
  }
  const scale = scaleOf(positions);
  const resolved = overlappingDiscs(positions.map((p, i) => ({ ...p, radius: nodes[i]!.radiusPx / scale })), 0).length === 0;
  return { positions, resolved };
}
