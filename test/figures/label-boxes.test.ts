import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/model/random.js';
import { boxInside, boxesOverlap, overlappingPairs, type Box } from '../../src/figures/label-boxes.js';

describe('label box checks', () => {
  it('overlap needs shared area; touching edges do not overlap', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesOverlap(a, { x: 9.9, y: 9.9, width: 5, height: 5 })).toBe(true);
    expect(boxesOverlap(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(boxesOverlap(a, { x: 0, y: 10, width: 5, height: 5 })).toBe(false);
    expect(boxInside({ x: 0, y: 0, width: 10, height: 10 }, a)).toBe(true);
    expect(boxInside({ x: -0.1, y: 0, width: 5, height: 5 }, a)).toBe(false);
  });

  it('the sweep finds exactly the pairs a brute-force check finds', () => {
    const rng = createRng(3);
    const boxes: (Box & { i: number })[] = Array.from({ length: 300 }, (_, i) => ({ i, x: rng.next() * 500, y: rng.next() * 500, width: 5 + rng.next() * 40, height: 5 + rng.next() * 20 }));
    const key = ([a, b]: [{ i: number }, { i: number }]) => (a.i < b.i ? `${a.i}-${b.i}` : `${b.i}-${a.i}`);
    const brute: string[] = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i]!, boxes[j]!)) brute.push(key([boxes[i]!, boxes[j]!]));
    const swept = overlappingPairs(boxes).map(key);
    expect(brute.length).toBeGreaterThan(50);
    expect(swept.sort()).toEqual(brute.sort());
  });
});
