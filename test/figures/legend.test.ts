/**
 * Legend layout: entries flowed left to right and wrapped before the width allowed, each entry's box
 * from the font metrics, rows as tall as their tallest swatch. A fixed measurer (each character
 * half an em) keeps the numbers exact.
 */
import { describe, expect, it } from 'vitest';
import { LEGEND_TEXT_SIZE, layoutLegend, type LegendEntry } from '../../src/figures/legend.js';
import { fixedMeasurer } from './fixed-measurer.js';

const box = (text: string): LegendEntry => ({ swatch: { shape: 'box', fill: '#fff', stroke: '#000' }, text });

describe('layoutLegend', () => {
  it('places entries in one row when they fit: swatch 22 px, gap 5, text, then 16 px to the next', () => {
    // 'firm' at 10 px: 4 × 5 = 20 px of text, entry 22 + 5 + 20 = 47 px.
    const legend = layoutLegend([box('firm'), box('university')], fixedMeasurer, { x: 10, y: 100, maxWidth: 500 });
    expect(legend.size).toBe(LEGEND_TEXT_SIZE);
    expect(legend.entries.map((e) => [e.label.x, e.label.y, e.label.width, e.label.height])).toEqual([
      [10, 100, 47, 10],
      [73, 100, 77, 10],
    ]);
    expect(legend.width).toBe(140);
    expect(legend.bottom).toBe(110);
    const first = legend.entries[0]!;
    expect([first.swatchX, first.swatchY, first.textX, first.baseline]).toEqual([21, 105, 37, 108]);
    expect(legend.labels).toEqual(legend.entries.map((e) => e.label));
    expect(first.label).toMatchObject({ role: 'legend', id: 'firm', lines: ['firm'] });
  });

  it('wraps before the width allowed, with 6 px between rows', () => {
    const legend = layoutLegend([box('firm'), box('university'), box('anchor')], fixedMeasurer, { x: 0, y: 0, maxWidth: 150 });
    expect(legend.entries.map((e) => [e.text, e.label.x, e.label.y])).toEqual([
      ['firm', 0, 0],
      ['university', 63, 0],
      ['anchor', 0, 16],
    ]);
    expect(legend.width).toBe(140);
    expect(legend.bottom).toBe(26);
  });

  it('never wraps before the first entry of a row, even when it alone is too wide', () => {
    const legend = layoutLegend([box('a very long legend entry')], fixedMeasurer, { x: 0, y: 0, maxWidth: 20 });
    expect(legend.entries).toHaveLength(1);
    expect(legend.width).toBeGreaterThan(20);
  });

  it('sizes circle and mark swatches, and makes a row as tall as its largest circle', () => {
    const legend = layoutLegend(
      [
        { swatch: { shape: 'circle', fill: '#fff', stroke: '#000', radius: 15 }, text: 'big' },
        { swatch: { shape: 'mark', mark: '*' }, text: 'listed' },
      ],
      fixedMeasurer,
      { x: 0, y: 0, maxWidth: 500 },
    );
    const [circle, mark] = legend.entries;
    expect(circle!.label.width).toBe(32 + 5 + 15);
    expect(mark!.label.width).toBe(6 + 5 + 30);
    expect(circle!.label.height).toBe(32);
    expect(mark!.label.height).toBe(32);
    expect(mark!.swatchY).toBe(16);
  });

  it('is empty with no entries, its bottom at the top', () => {
    expect(layoutLegend([], fixedMeasurer, { x: 5, y: 40, maxWidth: 100 })).toEqual({ entries: [], labels: [], width: 0, bottom: 40, size: LEGEND_TEXT_SIZE });
  });
});
