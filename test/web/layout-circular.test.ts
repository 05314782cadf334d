import { describe, expect, it } from 'vitest';
import { createEcoGraph } from '../../src/model/graph.js';
import { circularLayout, kindOrder, kindRank } from '../../web/src/layout-circular.js';

function sample() {
  const g = createEcoGraph();
  g.addNode('u', { label: 'Uni', kind: 'university' });
  g.addNode('f2', { label: 'Firm B', kind: 'firm' });
  g.addNode('f1', { label: 'Firm A', kind: 'firm' });
  g.addNode('x', { label: 'Untyped' });
  g.addNode('p', { label: 'Founder', kind: 'founder' });
  return g;
}

describe('circular layout', () => {
  it('orders by the schema kind order, then name; untyped last', () => {
    expect(kindRank('founder')).toBe(0);
    expect(kindRank(undefined)).toBeGreaterThan(kindRank('government'));
    expect(kindOrder(sample())).toEqual(['p', 'f1', 'f2', 'u', 'x']);
  });

  it('puts every node on one circle, the first at the top, evenly spaced clockwise', () => {
    const pos = circularLayout(sample());
    const radii = [...pos.values()].map((p) => Math.hypot(p.x, p.y));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!, 9);
    expect(radii[0]).toBe(10); // 5 nodes: 10·5/2π < 10, so the minimum radius
    expect(pos.get('p')!.x).toBeCloseTo(0, 9);
    expect(pos.get('p')!.y).toBeCloseTo(10, 9);
    // second node 72° clockwise from the top
    expect(pos.get('f1')!.x).toBeCloseTo(10 * Math.sin((2 * Math.PI) / 5), 9);
    expect(pos.get('f1')!.y).toBeCloseTo(10 * Math.cos((2 * Math.PI) / 5), 9);
  });
});
