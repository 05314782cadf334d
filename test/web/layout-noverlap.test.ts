import { describe, expect, it } from 'vitest';
import { overlappingDiscs, removeOverlaps, removeOverlapsAtScale, type OverlapDisc } from '../../web/src/layout-noverlap.js';
import { seededRandom } from '../../web/src/seeded-random.js';

/** Every pair closer than radii + margin, by brute force (the reference for the grid search). */
function bruteForce(discs: readonly OverlapDisc[], margin: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < discs.length; i++)
    for (let j = i + 1; j < discs.length; j++) {
      const need = discs[i]!.radius + discs[j]!.radius + margin;
      if (Math.hypot(discs[i]!.x - discs[j]!.x, discs[i]!.y - discs[j]!.y) < need * (1 - 1e-9)) out.push([i, j]);
    }
  return out;
}

describe('overlappingDiscs', () => {
  it('finds exactly the pairs a brute-force search finds, on 400 random discs', () => {
    const rand = seededRandom(2);
    const discs = Array.from({ length: 400 }, () => ({ x: rand() * 300, y: rand() * 300, radius: 1 + rand() * 6 }));
    const found = overlappingDiscs(discs, 0.5);
    expect(found.length).toBeGreaterThan(50);
    expect(found.map((p) => p.join('-')).sort()).toEqual(bruteForce(discs, 0.5).map((p) => p.join('-')).sort());
  });

  it('touching discs do not overlap', () => {
    expect(overlappingDiscs([{ x: 0, y: 0, radius: 1 }, { x: 2, y: 0, radius: 1 }])).toEqual([]);
    expect(overlappingDiscs([{ x: 0, y: 0, radius: 1 }, { x: 1.9, y: 0, radius: 1 }])).toEqual([[0, 1]]);
  });
});

describe('removeOverlaps', () => {
  it('the larger disc stays; the smaller moves straight away from the centre to the first clear ring', () => {
    const { positions, resolved } = removeOverlaps([{ x: 0, y: 0, radius: 2 }, { x: 1, y: 0, radius: 1 }], { margin: 0, maxRings: 100 });
    expect(resolved).toBe(true);
    expect(positions[0]).toEqual({ x: 0, y: 0 });
    // rings 1 apart (radius + margin): at 1 + 1 = 2 still overlapping (need 3), at 1 + 2 = 3 clear, straight out along +x
    expect(positions[1]!.x).toBeCloseTo(3, 9);
    expect(positions[1]!.y).toBeCloseTo(0, 9);
  });

  it('separates coincident discs, the same way every time', () => {
    const discs = Array.from({ length: 12 }, () => ({ x: 5, y: 5, radius: 1 }));
    const a = removeOverlaps(discs, { margin: 0.1, maxRings: 100 });
    const b = removeOverlaps(discs, { margin: 0.1, maxRings: 100 });
    expect(a.resolved).toBe(true);
    expect(a.positions).toEqual(b.positions);
    expect(bruteForce(a.positions.map((p) => ({ ...p, radius: 1 })), 0.1)).toEqual([]);
  });

  it('clears 1,000 crowded discs, keeps clear ones in place and moves the others no farther than a few diameters', () => {
    const rand = seededRandom(9);
    const discs = Array.from({ length: 1000 }, () => ({ x: rand() * 200, y: rand() * 200, radius: 1 + rand() * 3 }));
    discs.push({ x: 1000, y: 1000, radius: 2 }); // far away
    const { positions, resolved } = removeOverlaps(discs, { margin: 0.5, maxRings: 1000 });
    expect(resolved).toBe(true);
    expect(bruteForce(positions.map((p, i) => ({ ...p, radius: discs[i]!.radius })), 0.5)).toEqual([]);
    expect(positions[1000]).toEqual({ x: 1000, y: 1000 });
    // the largest disc of all never moves
    const largest = discs.reduce((best, d, i) => (d.radius > discs[best]!.radius ? i : best), 0);
    expect(positions[largest]).toEqual({ x: discs[largest]!.x, y: discs[largest]!.y });
    const moves = positions.map((p, i) => Math.hypot(p.x - discs[i]!.x, p.y - discs[i]!.y));
    expect(moves.filter((m) => m === 0).length).toBeGreaterThan(100);
    const sorted = [...moves].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(16);
  });

  it('reports a disc it could not place within the rings allowed', () => {
    const { resolved } = removeOverlaps([{ x: 0, y: 0, radius: 5 }, { x: 0, y: 0, radius: 1 }], { margin: 0, maxRings: 2 });
    expect(resolved).toBe(false);
  });
});

describe('removeOverlapsAtScale', () => {
  it('clears discs of fixed px radii at the scale the positions end up drawn at', () => {
    const rand = seededRandom(4);
    const nodes = Array.from({ length: 300 }, () => ({ x: rand() * 100, y: rand() * 100, radiusPx: 3 + rand() * 8 }));
    // the drawing is 800 px wide whatever the positions' extent (as a framed view)
    const scaleOf = (ps: readonly { x: number; y: number }[]) => {
      const xs = ps.map((p) => p.x);
      const ys = ps.map((p) => p.y);
      return 800 / Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    };
    const { positions, resolved } = removeOverlapsAtScale(nodes, scaleOf, 1);
    expect(resolved).toBe(true);
    const s = scaleOf(positions);
    const px = positions.map((p, i) => ({ x: p.x * s, y: p.y * s, radius: nodes[i]!.radiusPx }));
    expect(bruteForce(px, 0)).toEqual([]);
  });
});
