/**
 * Contour packing against a brute-force check: on random trees whose boxes sit anywhere on the
 * main axis (as on a year axis), every two boxes that are side by side along the main axis end up
 * at least the sibling gap apart across, and children keep their order.
 */
import { describe, expect, it } from 'vitest';
import { packTreeContours, type PackItem } from '../../../src/figures/tree/contour-packing.js';
import { createRng } from '../../../src/model/random.js';

interface Item extends PackItem {
  children: Item[];
}

function randomTree(seed: number, n: number, layered: boolean): Item[] {
  const rng = createRng(seed);
  const items: Item[] = [];
  const depth: number[] = [];
  for (let i = 0; i < n; i++) {
    const parent = i === 0 ? undefined : rng.int(i);
    const d = parent === undefined ? 0 : depth[parent]! + 1;
    const size = 15 + rng.int(40);
    const start = layered ? d * 80 : parent === undefined ? 0 : items[parent]!.mainStart + rng.int(60) - 5;
    const item: Item = { mainStart: start, mainEnd: start + size, crossSize: 20 + rng.int(120), children: [] };
    items.push(item);
    depth.push(d);
    if (parent !== undefined) items[parent]!.children.push(item);
  }
  return items;
}

describe('packTreeContours', () => {
  const spacing = { sibling: 10, mainClearance: 6, parentAside: 25 };
  for (const layered of [true, false])
    for (const seed of [1, 2, 3, 4, 5])
      it(`keeps side-by-side boxes apart (${layered ? 'layered' : 'free main positions'}, seed ${seed})`, () => {
        const items = randomTree(seed, 150, layered);
        const centres = packTreeContours(items[0]!, spacing);
        expect(centres.size).toBe(items.length);
        expect(centres.get(items[0]!)).toBe(0);
        const boxes = items.map((it) => ({ it, lo: centres.get(it)! - it.crossSize / 2, hi: centres.get(it)! + it.crossSize / 2 }));
        let sideBySide = 0;
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (!(a.it.mainStart < b.it.mainEnd + spacing.mainClearance && b.it.mainStart < a.it.mainEnd + spacing.mainClearance)) continue;
            sideBySide++;
            const gap = Math.max(b.lo - a.hi, a.lo - b.hi);
            expect(gap).toBeGreaterThanOrEqual(spacing.sibling - 1e-9);
          }
        expect(sideBySide).toBeGreaterThan(100);
        for (const it of items)
          for (let k = 1; k < it.children.length; k++) expect(centres.get(it.children[k]!)!).toBeGreaterThan(centres.get(it.children[k - 1]!)!);
      });

  it('centres a parent over its first and last child in the layered layout', () => {
    const items = randomTree(9, 60, true);
    const centres = packTreeContours(items[0]!, spacing);
    for (const it of items)
      if (it.children.length > 0) expect(centres.get(it)!).toBeCloseTo((centres.get(it.children[0]!)! + centres.get(it.children.at(-1)!)!) / 2, 9);
  });
});
