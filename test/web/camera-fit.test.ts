import { describe, expect, it } from 'vitest';
import { extentAtScale, labelFitBBox, type FramedNode } from '../../web/src/camera-fit.js';
import { seededRandom } from '../../web/src/seeded-random.js';

/** Viewport px of a graph point when `box` is framed into width × height (uniform scale, centred, as sigma frames a bbox). */
function project(box: { x: [number, number]; y: [number, number] }, width: number, height: number) {
  const s = Math.min(width / (box.x[1] - box.x[0]), height / (box.y[1] - box.y[0]));
  const cx = (box.x[0] + box.x[1]) / 2;
  const cy = (box.y[0] + box.y[1]) / 2;
  return { scale: s, at: (x: number, y: number) => ({ x: width / 2 + (x - cx) * s, y: height / 2 - (y - cy) * s }) };
}

describe('labelFitBBox', () => {
  it('two nodes 100 units apart with 80 px labels in a 400 × 300 view: the scale leaves exactly room for the right label', () => {
    const nodes: FramedNode[] = [
      { x: 0, y: 0, radius: 5, labelWidth: 80, labelHeight: 14 },
      { x: 100, y: 0, radius: 5, labelWidth: 80, labelHeight: 14 },
    ];
    const box = labelFitBBox(nodes, 400, 300)!;
    // width in px: 5 (left disc) + 100 s + 5 + 3 + 80 = 400 → s = 3.07
    const s = 400 / (box.x[1] - box.x[0]);
    expect(s * 100 + 93).toBeCloseTo(400, 3);
    expect(box.x[0]).toBeCloseTo(-5 / s, 6);
    expect(box.x[1]).toBeCloseTo(100 + 88 / s, 6);
    expect(box.y[1] - box.y[0]).toBeCloseTo(14 / s, 6);
  });

  it('every disc and right-hand label of 500 random nodes lies inside the view once the box is framed', () => {
    const rand = seededRandom(5);
    const nodes: FramedNode[] = Array.from({ length: 500 }, () => ({ x: rand() * 1000 - 500, y: rand() * 400, radius: 2 + rand() * 10, labelWidth: rand() < 0.3 ? 40 + rand() * 160 : 0, labelHeight: 15 }));
    const W = 1000;
    const H = 700;
    const box = labelFitBBox(nodes, W, H)!;
    const { at } = project(box, W, H);
    for (const n of nodes) {
      const p = at(n.x, n.y);
      const right = n.labelWidth > 0 ? p.x + n.radius + 3 + n.labelWidth : p.x + n.radius;
      expect(p.x - n.radius).toBeGreaterThanOrEqual(-1e-6);
      expect(right).toBeLessThanOrEqual(W + 1e-6);
      expect(p.y - Math.max(n.radius, n.labelWidth > 0 ? 7.5 : 0)).toBeGreaterThanOrEqual(-1e-6);
      expect(p.y + Math.max(n.radius, n.labelWidth > 0 ? 7.5 : 0)).toBeLessThanOrEqual(H + 1e-6);
    }
    // and it is tight: one side touches the view's edge
    const ex = extentAtScale(nodes, project(box, W, H).scale);
    expect(Math.max((ex.x[1] - ex.x[0]) * project(box, W, H).scale / W, (ex.y[1] - ex.y[0]) * project(box, W, H).scale / H)).toBeCloseTo(1, 3);
  });

  it('returns null for no nodes, and for a label wider than the view', () => {
    expect(labelFitBBox([], 100, 100)).toBeNull();
    expect(labelFitBBox([{ x: 0, y: 0, radius: 3, labelWidth: 500, labelHeight: 14 }, { x: 1, y: 0, radius: 3, labelWidth: 0, labelHeight: 14 }], 300, 300)).toBeNull();
  });
});
