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

  for (const seed of [21, 22, 23])
    it(`sets large sibling groups in bands: boxes apart, order down each band, rows aligned across bands (seed ${seed})`, () => {
      // Layered: a child of a banded parent sits at its layer's start plus its band's offset.
      const rng = createRng(seed);
      const items: Item[] = [{ mainStart: 0, mainEnd: 40, crossSize: 30, children: [] }];
      const depth = [0];
      for (let i = 1; i < 160; i++) {
        const parent = rng.chance(0.5) ? 0 : rng.int(i);
        items.push({ mainStart: 0, mainEnd: 0, crossSize: 20 + rng.int(30), children: [] });
        depth.push(depth[parent]! + 1);
        items[parent]!.children.push(items[i]!);
      }
      const layer = 400;
      items.forEach((it, i) => {
        it.mainStart = depth[i]! * layer;
        it.mainEnd = it.mainStart + 60;
      });
      for (const it of items)
        if (it.children.length > 5) {
          const perBand = Math.ceil(it.children.length / Math.ceil(it.children.length / 5));
          it.bands = it.children.map((_, k) => Math.floor(k / perBand));
          it.children.forEach((c, k) => {
            c.mainStart += 80 * it.bands![k]!;
            c.mainEnd += 80 * it.bands![k]!;
          });
        }
      expect(items.some((it) => it.bands)).toBe(true);
      const centres = packTreeContours(items[0]!, spacing);
      const lo = (it: Item) => centres.get(it)! - it.crossSize / 2;
      const hi = (it: Item) => centres.get(it)! + it.crossSize / 2;
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!;
          const b = items[j]!;
          if (!(a.mainStart < b.mainEnd + spacing.mainClearance && b.mainStart < a.mainEnd + spacing.mainClearance)) continue;
          expect(Math.max(lo(b) - hi(a), lo(a) - hi(b))).toBeGreaterThanOrEqual(spacing.sibling - 1e-9);
        }
      for (const it of items) {
        if (!it.bands) continue;
        const bands = it.bands;
        for (let k = 1; k < it.children.length; k++)
          if (bands[k] === bands[k - 1]) expect(centres.get(it.children[k]!)!).toBeGreaterThan(centres.get(it.children[k - 1]!)!);
        // Row r + 1 of every band starts below the lowest box of row r: a gap runs through all bands.
        const rows: Item[][] = [];
        it.children.forEach((c, k) => {
          const row = k - bands.indexOf(bands[k]!);
          (rows[row] ??= []).push(c);
        });
        for (let r = 1; r < rows.length; r++) expect(Math.min(...rows[r]!.map(lo))).toBeGreaterThanOrEqual(Math.max(...rows[r - 1]!.map(hi)) + spacing.sibling - 1e-9);
        // The parent is centred on the whole group.
        const top = Math.min(...it.children.map(lo));
        const bottom = Math.max(...it.children.map(hi));
        expect(centres.get(it)!).toBeCloseTo((top + bottom) / 2, 9);
      }
    });
});
