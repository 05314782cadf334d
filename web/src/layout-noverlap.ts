/**
 * Overlap removal after a layout: places the discs one by one, largest first (hubs stay where the
 * layout put them), each at its own position when that is clear of the discs already placed, else
 * at the nearest clear spot found on rings of growing distance around it, starting from the
 * direction pointing away from the layout's centre. One pass resolves every overlap; each disc
 * moves no farther than it has to, so the layout's shape is kept. Deterministic: ties in size go
 * by input order.
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
  /** Rings of growing distance searched for a clear spot, at most (a disc with none left there counts as unresolved). */
  maxRings: number;
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

/** Uniform grid of placed discs, keyed by integer cell coordinates. */
class DiscGrid {
  private readonly cells = new Map<number, number[]>();

  constructor(
    private readonly cell: number,
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
    private readonly rs: Float64Array,
  ) {}

  private key(cx: number, cy: number): number {
    return cx * 0x100000 + cy;
  }

  add(i: number): void {
    const k = this.key(Math.floor(this.xs[i]! / this.cell), Math.floor(this.ys[i]! / this.cell));
    const list = this.cells.get(k);
    if (list) list.push(i);
    else this.cells.set(k, [i]);
  }

  /** Whether a disc at (x, y) of radius r keeps `margin` from every placed disc. */
  clear(x: number, y: number, r: number, margin: number): boolean {
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    for (let a = cx - 1; a <= cx + 1; a++)
      for (let b = cy - 1; b <= cy + 1; b++) {
        const list = this.cells.get(this.key(a, b));
        if (!list) continue;
        for (const j of list) {
          const need = r + this.rs[j]! + margin;
          const dx = x - this.xs[j]!;
          const dy = y - this.ys[j]!;
          if (dx * dx + dy * dy < need * need) return false;
        }
      }
    return true;
  }
}

/**
 * New centres for `discs` with no two closer than their radii plus `margin` (see the module
 * comment for the rule). The input is not changed.
 *
 * @example removeOverlaps([{ x: 0, y: 0, radius: 2 }, { x: 1, y: 0, radius: 1 }], { margin: 0 })
 *   // → the larger disc stays at (0, 0); the smaller moves to the nearest clear spot, 3 away
 */
export function removeOverlaps(discs: readonly OverlapDisc[], options: OverlapOptions): { positions: { x: number; y: number }[]; resolved: boolean } {
  const n = discs.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const rs = new Float64Array(n);
  let maxR = 0;
  let cx = 0;
  let cy = 0;
  discs.forEach((d, i) => {
    xs[i] = d.x;
    ys[i] = d.y;
    rs[i] = Math.max(0, d.radius);
    maxR = Math.max(maxR, rs[i]!);
    cx += d.x / n;
    cy += d.y / n;
  });
  const margin = Math.max(0, options.margin);
  const grid = new DiscGrid(Math.max(2 * maxR + margin, 1e-9), xs, ys, rs);
  const order = [...discs.keys()].sort((a, b) => rs[b]! - rs[a]! || a - b);
  let resolved = true;
  for (const i of order) {
    const x0 = xs[i]!;
    const y0 = ys[i]!;
    const r = rs[i]!;
    if (!grid.clear(x0, y0, r, margin)) {
      const step = Math.max(r + margin, maxR / 4, 1e-9);
      const away = Math.atan2(y0 - cy, x0 - cx) || 0;
      let found = false;
      for (let ring = 1; ring <= options.maxRings && !found; ring++) {
        const dist = ring * step;
        const count = Math.max(8, Math.ceil((2 * Math.PI * dist) / step));
        for (let k = 0; k < count; k++) {
          // alternate either side of the outward direction: k = 0, +1, −1, +2, −2, …
          const turn = ((k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * 2 * Math.PI) / count;
          const x = x0 + Math.cos(away + turn) * dist;
          const y = y0 + Math.sin(away + turn) * dist;
          if (grid.clear(x, y, r, margin)) {
            xs[i] = x;
            ys[i] = y;
            found = true;
            break;
          }
        }
      }
      if (!found) resolved = false;
    }
    grid.add(i);
  }
  return { positions: discs.map((_d, i) => ({ x: xs[i]!, y: ys[i]! })), resolved };
}

/**
 * Overlap removal for discs whose radii are fixed in screen px while positions are in graph
 * units: `scaleOf` gives the px per graph unit the positions will be drawn at, which shrinks as
 * discs move apart and the drawing grows. Each pass places the discs from their layout positions
 * (see {@link removeOverlaps}) with radii for a target scale a little below the last one; it is
 * done when the result is drawn at the target scale or larger, so the discs keep clear of each
 * other in the drawing.
 *
 * @param nodes positions (graph units) and drawn radii (px)
 * @param scaleOf px per graph unit for a set of positions (e.g. from the camera framing)
 * @param marginPx free space kept between discs, px
 * @param passes passes at most
 */
export function removeOverlapsAtScale(
  nodes: readonly { x: number; y: number; radiusPx: number }[],
  scaleOf: (positions: readonly { x: number; y: number }[]) => number,
  marginPx: number,
  passes = 12,
): { positions: { x: number; y: number }[]; resolved: boolean } {
  const original = nodes.map(({ x, y }) => ({ x, y }));
  const clearAt = (positions: readonly { x: number; y: number }[], scale: number) =>
    overlappingDiscs(positions.map((p, i) => ({ ...p, radius: nodes[i]!.radiusPx / scale })), marginPx / scale).length === 0;
  let scale = scaleOf(original);
  if (!(scale > 0) || !Number.isFinite(scale)) return { positions: original, resolved: false };
  if (clearAt(original, scale)) return { positions: original, resolved: true };
  let positions = original;
  for (let pass = 0; pass < passes; pass++) {
    // 3% to spare: the drawing grows a little as discs move out
    const target = scale * 0.97;
    const discs = original.map((p, i) => ({ ...p, radius: nodes[i]!.radiusPx / target }));
    positions = removeOverlaps(discs, { margin: marginPx / target, maxRings: 5000 }).positions;
    scale = scaleOf(positions);
    if (scale >= target) break;
  }
  return { positions, resolved: clearAt(positions, scale) };
}
