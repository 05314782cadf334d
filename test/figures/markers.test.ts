/** Marker shapes for black-and-white print: closed paths inside the square of side 2r around the centre. */
import { describe, expect, it } from 'vitest';
import { markerPath, type MarkerShape } from '../../src/figures/markers.js';

const SHAPES: MarkerShape[] = ['circle', 'square', 'diamond', 'triangle', 'triangle-down', 'hexagon', 'star', 'cross'];

/** The coordinates of a path's points (the arc radii of a circle are not points). */
function points(path: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of path.matchAll(/([MLA])([^MLAZ]+)/g)) {
    const n = m[2]!.trim().split(/[\s,]+/).map(Number);
    if (m[1] === 'A') out.push([n[5]!, n[6]!]);
    else out.push([n[0]!, n[1]!]);
  }
  return out;
}

describe('markerPath', () => {
  it('gives every shape a closed path within the square of side 2r around the centre', () => {
    for (const shape of SHAPES) {
      const path = markerPath(shape, 50, 40, 10);
      expect(path.startsWith('M'), shape).toBe(true);
      expect(path.endsWith('Z'), shape).toBe(true);
      for (const [x, y] of points(path)) {
        expect(Math.abs(x - 50), shape).toBeLessThanOrEqual(10 + 1e-9);
        expect(Math.abs(y - 40), shape).toBeLessThanOrEqual(10 + 1e-9);
      }
    }
  });

  it('draws each shape with its own number of corners, the triangles pointing up and down', () => {
    const corners = (shape: MarkerShape) => points(markerPath(shape, 0, 0, 10)).length;
    expect(corners('square')).toBe(4);
    expect(corners('diamond')).toBe(4);
    expect(corners('triangle')).toBe(3);
    expect(corners('hexagon')).toBe(6);
    expect(corners('star')).toBe(10);
    expect(corners('cross')).toBe(12);
    expect(points(markerPath('triangle', 0, 0, 10))[0]![1]).toBeCloseTo(-10, 9);
    expect(points(markerPath('triangle-down', 0, 0, 10))[0]![1]).toBeCloseTo(10, 9);
    // the diamond's corners are on the axes at distance r
    expect(points(markerPath('diamond', 0, 0, 10)).map(([x, y]) => Math.hypot(x, y))).toEqual([10, 10, 10, 10].map((d) => expect.closeTo(d, 9)));
  });

  it('draws a circle as two arcs of radius r through the left and right ends', () => {
    expect(markerPath('circle', 5, 5, 2)).toBe('M3 5 A2 2 0 1 0 7 5 A2 2 0 1 0 3 5 Z');
  });
});
