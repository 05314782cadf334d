import { describe, expect, it } from 'vitest';
import { createEcoGraph } from '../../../src/model/graph.js';
import { placeNewNode } from '../../../web/src/edit/placement.js';

describe('placeNewNode', () => {
  it('places near the anchor, a few percent of the extent away, each new node somewhere else', () => {
    const g = createEcoGraph();
    g.addNode('a', { label: 'A', x: 0, y: 0 });
    g.addNode('b', { label: 'B', x: 100, y: 50 });
    const first = placeNewNode(g, { x: 100, y: 50 }, 0);
    expect(Math.hypot(first.x - 100, first.y - 50)).toBeCloseTo(4, 6);
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const p = placeNewNode(g, { x: 100, y: 50 }, i);
      expect(Math.hypot(p.x - 100, p.y - 50)).toBeLessThan(100 * 0.04 * 3);
      seen.add(`${p.x.toFixed(3)},${p.y.toFixed(3)}`);
    }
    expect(seen.size).toBe(20);
  });

  it('works on an empty graph or one without positions (distance 1)', () => {
    const p = placeNewNode(createEcoGraph(), { x: 3, y: 4 }, 0);
    expect(Math.hypot(p.x - 3, p.y - 4)).toBeCloseTo(1, 9);
  });
});
