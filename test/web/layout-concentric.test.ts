import { describe, expect, it } from 'vitest';
import { createEcoGraph } from '../../src/model/graph.js';
import { concentricLayout } from '../../web/src/layout-concentric.js';

describe('concentric layout by kind', () => {
  it('one ring per kind, inner kinds first, each ring 40 units or more outside the last and wide enough for its members', () => {
    const g = createEcoGraph();
    g.addNode('u1', { label: 'U1', kind: 'university' });
    g.addNode('u2', { label: 'U2', kind: 'university' });
    for (let i = 0; i < 60; i++) g.addNode(`f${i}`, { label: `F${i}`, kind: 'firm' });
    g.addNode('a', { label: 'A', kind: 'anchor' });
    const pos = concentricLayout(g);
    const r = (n: string) => Math.hypot(pos.get(n)!.x, pos.get(n)!.y);
    // firms (rank 2) inside anchors (rank 3) inside universities (rank 4)
    expect(r('f0')).toBeCloseTo(Math.max(40, (10 * 60) / (2 * Math.PI)), 9);
    for (let i = 1; i < 60; i++) expect(r(`f${i}`)).toBeCloseTo(r('f0'), 9);
    expect(r('a')).toBeCloseTo(r('f0') + 40, 9);
    expect(r('u1')).toBeCloseTo(r('a') + 40, 9);
    expect(r('u2')).toBeCloseTo(r('u1'), 9);
  });

  it('a single first-ring member sits at the centre', () => {
    const g = createEcoGraph();
    g.addNode('p', { label: 'P', kind: 'founder' });
    g.addNode('f', { label: 'F', kind: 'firm' });
    const pos = concentricLayout(g);
    expect(pos.get('p')).toEqual({ x: 0, y: 0 });
    expect(Math.hypot(pos.get('f')!.x, pos.get('f')!.y)).toBeCloseTo(40, 9);
  });
});
