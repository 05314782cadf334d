import { describe, expect, it } from 'vitest';
import { overlappingPairs } from '../../src/figures/label-boxes.js';
import { FRAME_PAD, layoutFrame, legendByGroup, wrapText } from '../../web/src/export-frame.js';

const measure = (text: string, size = 10) => [...text].length * size * 0.6;

describe('wrapText', () => {
  it('breaks at spaces within the width; a long word gets its own line', () => {
    expect(wrapText('one two three four', 50, (t) => measure(t))).toEqual(['one two', 'three', 'four']);
    expect(wrapText('a Supercalifragilistic b', 30, (t) => measure(t))).toEqual(['a', 'Supercalifragilistic', 'b']);
    expect(wrapText('', 30, (t) => measure(t))).toEqual([]);
  });
});

describe('legendByGroup', () => {
  it('counts each group, largest first, and sums the groups beyond the limit', () => {
    const items = [...Array(5).fill({ group: 'firm', color: '#0072b2' }), ...Array(2).fill({ group: 'university', color: '#009e73' }), { group: 'x', color: '#000000' }, { group: 'y', color: '#111111' }];
    expect(legendByGroup(items, (g) => g.toUpperCase(), 2)).toEqual([
      { color: '#0072b2', label: 'FIRM (5)' },
      { color: '#009e73', label: 'UNIVERSITY (2)' },
      { color: '#BBBBBB', label: '2 more groups (2)' },
    ]);
  });
});

describe('layoutFrame', () => {
  it('puts the title above the view, legend rows and wrapped sources below it, all inside the width and apart', () => {
    const legend = Array.from({ length: 9 }, (_, i) => ({ color: '#123456', label: `Kind number ${i} (12)` }));
    const sources = 'Sources: ' + Array.from({ length: 30 }, (_, i) => `Document ${i}`).join('; ') + '.';
    const f = layoutFrame({ title: 'Kyoto life science', legend, sources }, 600, 400, measure);
    expect(f.width).toBe(600);
    expect(f.title.y).toBeLessThan(f.view.y);
    expect(f.view.height).toBe(400);
    const below = f.view.y + f.view.height;
    const boxes = [
      ...f.legend.map((e) => ({ x: e.swatch.cx - e.swatch.r, y: e.swatch.cy - e.swatch.r, width: e.text.x + measure(e.text.text, e.text.size) - (e.swatch.cx - e.swatch.r), height: 2 * e.swatch.r })),
      ...f.sources.map((l) => ({ x: l.x, y: l.y - l.size, width: measure(l.text, l.size), height: l.size })),
    ];
    for (const b of boxes) {
      expect(b.y).toBeGreaterThan(below);
      expect(b.x).toBeGreaterThanOrEqual(FRAME_PAD);
      expect(b.x + b.width).toBeLessThanOrEqual(600 - FRAME_PAD + 1e-9);
      expect(b.y + b.height).toBeLessThanOrEqual(f.height);
    }
    expect(overlappingPairs(boxes)).toEqual([]);
    // nine entries of ~130 px do not fit one 576 px row
    expect(new Set(f.legend.map((e) => e.swatch.cy)).size).toBeGreaterThan(1);
    expect(f.sources.length).toBeGreaterThan(1);
    expect(f.sources.map((l) => l.text).join(' ')).toBe(sources);
  });
});
