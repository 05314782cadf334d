/**
 * Routing a connector around boxes: the shortest path with few bends made of horizontal and
 * vertical segments, none of which enters a box (grown by a clearance). Used for the links of a
 * tree figure that do not follow the tree (a firm's second parent), which would otherwise cut
 * across the boxes between the two firms.
 *
 * The search runs on the sparse grid of lines just outside every box edge, plus lines through the
 * two ends and around everything (an orthogonal visibility grid, as in Wybrow, Marriott and Stuckey
 * 2010): a path exists on it whenever one exists at all, and one around the outside always does. A*
 * over (grid point, heading) with a cost per bend finds the route; the search starts in a window
 * around the two ends and widens it when no route is found there.
 *
 * @see Wybrow, M., Marriott, K. and Stuckey, P. J. (2010) "Orthogonal connector routing", Graph
 * Drawing 2009, LNCS 5849, 219–231.
 */
import type { Box } from '../label-boxes.js';

export type Point = [number, number];

/** Options of {@link routeAroundBoxes}. */
export interface RouteOptions {
  /** Distance kept from every box, px. */
  clearance: number;
  /** Cost of one bend, in px of length. */
  bendCost: number;
}

export const DEFAULTS: RouteOptions = { clearance: 3, bendCost: 24 };

/** Headings: right, down, left, up. */
const STEPS: readonly [number, number][] = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
];

/** A binary min-heap of numbers keyed by a cost. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, key: number): void {
    this.items.push(item);
    this.keys.push(key);
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p]! <= this.keys[i]!) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): number {
    const top = this.items[0]!;
    const lastItem = this.items.pop()!;
    const lastKey = this.keys.pop()!;
    if (this.items.length > 0) {
      this.items[0] = lastItem;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.keys[l]! < this.keys[m]!) m = l;
        if (r < this.items.length && this.keys[r]! < this.keys[m]!) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!];
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
  }
}

const sortedUnique = (values: number[]): number[] => [...new Set(values.map((v) => Math.round(v * 1000) / 1000))].sort((a, b) => a - b);

/** Whether the open interval (a, b) meets the open interval (c, d). */
const meets = (a: number, b: number, c: number, d: number) => a < d && c < b;

/** A* over the grid built from `boxes` inside `window`; undefined when no route exists there. */
function search(from: Point, to: Point, boxes: readonly Box[], window: Box, o: RouteOptions): Point[] | undefined {
  const grown = boxes
    .map((b) => ({ x0: b.x - o.clearance, y0: b.y - o.clearance, x1: b.x + b.width + o.clearance, y1: b.y + b.height + o.clearance }))
    .filter((b) => meets(b.x0, b.x1, window.x, window.x + window.width) && meets(b.y0, b.y1, window.y, window.y + window.height));
  const inside = (p: Point) => grown.some((b) => p[0] > b.x0 && p[0] < b.x1 && p[1] > b.y0 && p[1] < b.y1);
  if (inside(from) || inside(to)) return undefined;
  const gap = 2;
  const xs = sortedUnique([from[0], to[0], window.x, window.x + window.width, ...grown.flatMap((b) => [b.x0 - gap, b.x1 + gap])]).filter((x) => x >= window.x && x <= window.x + window.width);
  const ys = sortedUnique([from[1], to[1], window.y, window.y + window.height, ...grown.flatMap((b) => [b.y0 - gap, b.y1 + gap])]).filter((y) => y >= window.y && y <= window.y + window.height);
  const nx = xs.length;
  const ny = ys.length;
  // blockedH[j * nx + i]: the segment from (xs[i], ys[j]) to (xs[i+1], ys[j]) enters a box; blockedV likewise downwards.
  const blockedH = new Uint8Array(nx * ny);
  const blockedV = new Uint8Array(nx * ny);
  const lowerBound = (arr: number[], v: number) => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const b of grown) {
    // Rows strictly inside the box's y-range: their segments meeting (x0, x1) are blocked.
    for (let j = lowerBound(ys, b.y0); j < ny && ys[j]! < b.y1; j++) {
      if (ys[j]! <= b.y0) continue;
      for (let i = Math.max(0, lowerBound(xs, b.x0) - 1); i + 1 < nx && xs[i]! < b.x1; i++) if (meets(xs[i]!, xs[i + 1]!, b.x0, b.x1)) blockedH[j * nx + i] = 1;
    }
    for (let i = lowerBound(xs, b.x0); i < nx && xs[i]! < b.x1; i++) {
      if (xs[i]! <= b.x0) continue;
      for (let j = Math.max(0, lowerBound(ys, b.y0) - 1); j + 1 < ny && ys[j]! < b.y1; j++) if (meets(ys[j]!, ys[j + 1]!, b.y0, b.y1)) blockedV[j * nx + i] = 1;
    }
  }
  const index = (v: number, arr: number[]) => arr.indexOf(Math.round(v * 1000) / 1000);
  const si = index(from[0], xs);
  const sj = index(from[1], ys);
  const ti = index(to[0], xs);
  const tj = index(to[1], ys);
  const states = nx * ny * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const previous = new Int32Array(states).fill(-1);
  const heap = new MinHeap();
  const h = (i: number, j: number) => Math.abs(xs[i]! - xs[ti]!) + Math.abs(ys[j]! - ys[tj]!);
  for (let d = 0; d < 4; d++) {
    const s = (sj * nx + si) * 4 + d;
    cost[s] = 0;
    heap.push(s, h(si, sj));
  }
  let goal = -1;
  while (heap.size > 0) {
    const s = heap.pop();
    const d = s & 3;
    const cell = s >> 2;
    const i = cell % nx;
    const j = (cell - i) / nx;
    if (i === ti && j === tj) {
      goal = s;
      break;
    }
    for (let nd = 0; nd < 4; nd++) {
      const [dx, dy] = STEPS[nd]!;
      const ni = i + dx;
      const nj = j + dy;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const blocked = dx !== 0 ? blockedH[j * nx + Math.min(i, ni)] : blockedV[Math.min(j, nj) * nx + i];
      if (blocked) continue;
      const step = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!) + (nd !== d ? o.bendCost : 0);
      const ns = (nj * nx + ni) * 4 + nd;
      const c = cost[s]! + step;
      if (c < cost[ns]!) {
        cost[ns] = c;
        previous[ns] = s;
        heap.push(ns, c + h(ni, nj));
      }
    }
  }
  if (goal < 0) return undefined;
  const path: Point[] = [];
  for (let s = goal; s >= 0; s = previous[s]!) {
    const cell = s >> 2;
    const i = cell % nx;
    path.push([xs[i]!, ys[(cell - i) / nx]!]);
  }
  path.reverse();
  return simplify(path);
}

/** Whether no segment of `path` (horizontal and vertical segments) enters a box grown by `clearance`. */
export function pathClear(path: readonly Point[], boxes: readonly Box[], clearance: number): boolean {
  for (let k = 1; k < path.length; k++) {
    const [ax, ay] = path[k - 1]!;
    const [bx, by] = path[k]!;
    const x0 = Math.min(ax, bx);
    const x1 = Math.max(ax, bx);
    const y0 = Math.min(ay, by);
    const y1 = Math.max(ay, by);
    // Axis-parallel segments: they enter a grown box when their extents meet its interior.
    for (const b of boxes) {
      const bx0 = b.x - clearance;
      const bx1 = b.x + b.width + clearance;
      const by0 = b.y - clearance;
      const by1 = b.y + b.height + clearance;
      const acrossX = x0 === x1 ? x0 > bx0 && x0 < bx1 : meets(x0, x1, bx0, bx1);
      const acrossY = y0 === y1 ? y0 > by0 && y0 < by1 : meets(y0, y1, by0, by1);
      if (acrossX && acrossY) return false;
    }
  }
  return true;
}

/** Drops repeated points and points in the middle of a straight run. */
export function simplify(path: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of path) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const before = out[out.length - 2];
    if (before && last && ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))) out.pop();
    out.push(p);
  }
  return out;
}

/**
 * A route from `from` to `to` of horizontal and vertical segments that keeps `clearance` from every
 * box, with as little length and as few bends as the grid allows.
 *
 * @param from - start point, outside every box grown by the clearance
 * @param to - end point, likewise
 * @param boxes - the boxes to go around
 * @param options - clearance and cost of a bend
 * @returns the route's corner points, `from` first and `to` last; undefined when an end lies inside a box
 * @example
 * routeAroundBoxes([0, 0], [100, 0], [{ x: 40, y: -10, width: 20, height: 20 }]); // [[0,0],[0,-15],[100,-15],[100,0]] or similar
 */
export function routeAroundBoxes(from: Point, to: Point, boxes: readonly Box[], options: Partial<RouteOptions> = {}): Point[] | undefined {
  const o = { ...DEFAULTS, ...options };
  // The simple shapes first (an L either way, or a Z bending halfway), when one is clear.
  const [fx, fy] = from;
  const [tx, ty] = to;
  const simple: Point[][] = [
    [from, [tx, fy], to],
    [from, [fx, ty], to],
    [from, [fx, (fy + ty) / 2], [tx, (fy + ty) / 2], to],
    [from, [(fx + tx) / 2, fy], [(fx + tx) / 2, ty], to],
  ];
  for (const path of simple) if (pathClear(path, boxes, o.clearance)) return simplify(path);
  if (boxes.length === 0) return simplify(simple[0]!);
  const all = {
    x0: Math.min(from[0], to[0], ...boxes.map((b) => b.x)) - o.clearance - 12,
    y0: Math.min(from[1], to[1], ...boxes.map((b) => b.y)) - o.clearance - 12,
    x1: Math.max(from[0], to[0], ...boxes.map((b) => b.x + b.width)) + o.clearance + 12,
    y1: Math.max(from[1], to[1], ...boxes.map((b) => b.y + b.height)) + o.clearance + 12,
  };
  // Start in a window around the two ends; widen it until a route is found or it covers everything.
  for (let margin = 120; ; margin *= 3) {
    const x0 = Math.max(all.x0, Math.min(from[0], to[0]) - margin);
    const y0 = Math.max(all.y0, Math.min(from[1], to[1]) - margin);
    const x1 = Math.min(all.x1, Math.max(from[0], to[0]) + margin);
    const y1 = Math.min(all.y1, Math.max(from[1], to[1]) + margin);
    const window = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    const route = search(from, to, boxes, window, o);
    if (route) return route;
    if (x0 === all.x0 && y0 === all.y0 && x1 === all.x1 && y1 === all.y1) return undefined;
  }
}

/**
 * A line across a stretch that no box meets: the coordinate `at` (y when `horizontal`, else x) of a
 * horizontal (vertical) line from `from` to `to` along the other axis that keeps `clearance` from
 * every box, nearest `near`. `near` itself when the line through it is clear; else the middle of the
 * nearest free gap between boxes, or just beyond the outermost box.
 *
 * @param from - start of the stretch along the line (x for a horizontal line)
 * @param to - its end
 * @param near - the wanted position across (y for a horizontal line)
 * @param boxes - the boxes to keep clear of
 * @param horizontal - a horizontal line (boxes' y extents block it), else vertical
 * @example
 * freeLineAcross(0, 100, 5, [{ x: 10, y: 0, width: 20, height: 10 }, { x: 10, y: 20, width: 20, height: 10 }], true); // 15
 */
export function freeLineAcross(from: number, to: number, near: number, boxes: readonly Box[], horizontal: boolean, clearance = DEFAULTS.clearance): number {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const blocked: [number, number][] = [];
  for (const b of boxes) {
    const [a0, a1, c0, c1] = horizontal ? [b.x, b.x + b.width, b.y, b.y + b.height] : [b.y, b.y + b.height, b.x, b.x + b.width];
    if (meets(lo, hi, a0 - clearance, a1 + clearance) || (lo === hi && lo > a0 - clearance && lo < a1 + clearance)) blocked.push([c0 - clearance, c1 + clearance]);
  }
  blocked.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of blocked) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  if (!merged.some(([s, e]) => near > s && near < e)) return near;
  // The free gaps: before the first blocked stretch, between two, after the last.
  let best = { at: merged[0]![0] - 2, distance: Math.abs(near - (merged[0]![0] - 2)) };
  const consider = (at: number, distance: number) => {
    if (distance < best.distance) best = { at, distance };
  };
  for (let k = 0; k + 1 < merged.length; k++) {
    const s = merged[k]![1];
    const e = merged[k + 1]![0];
    if (e - s < 1) continue;
    consider((s + e) / 2, near < s ? s - near : near > e ? near - e : 0);
  }
  const end = merged[merged.length - 1]![1] + 2;
  consider(end, Math.abs(end - near));
  return best.at;
}
