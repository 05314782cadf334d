/**
 * Routing connectors around boxes: straight or L-shaped when nothing is in the way, around a wall
 * of boxes otherwise, never entering a box (grown by the clearance), on seeded random scenes.
 */
import { describe, expect, it } from 'vitest';
import { freeLineAcross, pathClear, routeAroundBoxes, type Point } from '../../../src/figures/tree/connector-routing.js';
import type { Box } from '../../../src/figures/label-boxes.js';
import { createRng } from '../../../src/model/random.js';
import { segmentCrossesBox } from '../tree-geometry.js';

const crossings = (route: readonly Point[], boxes: readonly Box[]) =>
  boxes.filter((b) => route.some((p, i) => i > 0 && segmentCrossesBox(route[i - 1]!, p, b, 0)));
const orthogonal = (route: readonly Point[]) => route.every((p, i) => i === 0 || p[0] === route[i - 1]![0] || p[1] === route[i - 1]![1]);
const length = (route: readonly Point[]) => route.reduce((s, p, i) => (i === 0 ? 0 : s + Math.abs(p[0] - route[i - 1]![0]) + Math.abs(p[1] - route[i - 1]![1])), 0);

describe('routeAroundBoxes', () => {
  it('goes straight, or with one bend, when nothing is in the way', () => {
    expect(routeAroundBoxes([0, 0], [0, 100], [])).toEqual([[0, 0], [0, 100]]);
    const l = routeAroundBoxes([0, 0], [100, 50], [{ x: 200, y: 200, width: 10, height: 10 }])!;
    expect(l).toHaveLength(3);
    expect(length(l)).toBe(150);
  });

  it('goes around a box in the way, keeping the clearance', () => {
    const box = { x: 40, y: -10, width: 20, height: 20 };
    const route = routeAroundBoxes([0, 0], [100, 0], [box], { clearance: 3 })!;
    expect(orthogonal(route)).toBe(true);
    expect(route[0]).toEqual([0, 0]);
    expect(route.at(-1)).toEqual([100, 0]);
    expect(crossings(route, [{ x: 37, y: -13, width: 26, height: 26 }])).toEqual([]);
    // The detour is short: over or under the box, not around the scene.
    expect(length(route)).toBeLessThan(100 + 2 * 20);
  });

  it('finds the gap in a wall of boxes, or goes around its end', () => {
    const wall = [0, 1, 2, 3, 5, 6].map((k) => ({ x: 50, y: k * 30, width: 20, height: 26 }));
    const route = routeAroundBoxes([0, 100], [120, 100], wall)!;
    expect(crossings(route, wall)).toEqual([]);
    // The gap at k = 4 (y 116 to 150) is taken: the route does not leave the wall's height.
    for (const [, y] of route) expect(y).toBeGreaterThan(0);
    expect(length(route)).toBeLessThan(250);
  });

  it('never enters a box on seeded random scenes', () => {
    const rng = createRng(7);
    for (let scene = 0; scene < 30; scene++) {
      const boxes: Box[] = [];
      for (let k = 0; k < 60; k++) boxes.push({ x: rng.int(800), y: rng.int(600), width: 20 + rng.int(80), height: 12 + rng.int(30) });
      const free = (p: Point) => boxes.every((b) => !(p[0] > b.x - 3 && p[0] < b.x + b.width + 3 && p[1] > b.y - 3 && p[1] < b.y + b.height + 3));
      const ends: Point[] = [];
      while (ends.length < 2) {
        const p: Point = [rng.int(900), rng.int(700)];
        if (free(p)) ends.push(p);
      }
      const route = routeAroundBoxes(ends[0]!, ends[1]!, boxes)!;
      expect(route).toBeDefined();
      expect(orthogonal(route)).toBe(true);
      expect(route[0]).toEqual(ends[0]);
      expect(route.at(-1)).toEqual(ends[1]);
      expect(crossings(route, boxes)).toEqual([]);
    }
  });

  it('gives up only when an end lies inside a box', () => {
    expect(routeAroundBoxes([5, 5], [100, 100], [{ x: 0, y: 0, width: 10, height: 10 }])).toBeUndefined();
  });
});

describe('freeLineAcross', () => {
  // Two columns of boxes, 10 px apart down each column, the second column's rows offset.
  const column = (x: number, offset: number): Box[] => Array.from({ length: 6 }, (_, r) => ({ x, y: offset + r * 30, width: 50, height: 20 }));
  const boxes = [...column(0, 0), ...column(80, 0)];

  it('keeps the wanted line when it is clear, else takes the middle of the nearest gap between rows', () => {
    expect(freeLineAcross(0, 130, 25, boxes, true)).toBe(25);
    expect(freeLineAcross(0, 130, 31, boxes, true)).toBe(25);
    expect(freeLineAcross(0, 130, 48, boxes, true)).toBe(55);
    // a line only across the first column: the second one does not block it
    expect(freeLineAcross(0, 50, 48, [...column(0, 0), ...column(80, 15)], true)).toBe(55);
  });

  it('goes beyond the outermost box when no gap is wide enough, and works for vertical lines', () => {
    const tight = Array.from({ length: 4 }, (_, r) => ({ x: 0, y: r * 22, width: 50, height: 20 }));
    expect(freeLineAcross(0, 50, 30, tight, true)).toBe(-5);
    expect(freeLineAcross(0, 50, 70, tight, true)).toBe(3 * 22 + 20 + 5);
    const rotated = boxes.map((b) => ({ x: b.y, y: b.x, width: b.height, height: b.width }));
    expect(freeLineAcross(0, 130, 48, rotated, false)).toBe(55);
  });

  it('finds a line no box comes within the clearance of, on seeded random scenes', () => {
    const rng = createRng(7);
    for (let scene = 0; scene < 40; scene++) {
      const scattered: Box[] = Array.from({ length: 30 }, () => ({ x: rng.int(400), y: rng.int(400), width: 10 + rng.int(60), height: 8 + rng.int(20) }));
      const near = rng.int(400);
      const y = freeLineAcross(50, 300, near, scattered, true);
      expect(pathClear([[50, y], [300, y]], scattered, 3)).toBe(true);
    }
  });
});
