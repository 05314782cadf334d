import { describe, expect, it } from 'vitest';
import { OKABE_ITO } from '../../src/figures/network/tie-style.js';
import { CATEGORY_COLORS } from '../../src/model/palette.js';
import { categoricalColors, continuousColors, labelsBy, MISSING_COLOR, OTHER_COLOR, rampColor, RAMPS, sizesBy } from '../../web/src/appearance.js';

describe('categoricalColors', () => {
  it('colours the commonest category first with the Okabe–Ito colours the figures use, and gives empty values their own grey', () => {
    const kinds: Record<string, string | undefined> = { a: 'firm', b: 'firm', c: 'university', d: undefined, e: 'anchor', f: 'firm', g: 'anchor' };
    const { colors, legend } = categoricalColors(Object.keys(kinds), (n) => kinds[n]);
    const okabeIto = new Set<string>(Object.values(OKABE_ITO));
    expect(CATEGORY_COLORS.slice(0, 7).every((c) => okabeIto.has(c))).toBe(true);
    expect(legend).toEqual([
      { value: 'firm', color: CATEGORY_COLORS[0], count: 3 },
      { value: 'anchor', color: CATEGORY_COLORS[1], count: 2 },
      { value: 'university', color: CATEGORY_COLORS[2], count: 1 },
      { value: undefined, color: MISSING_COLOR, count: 1 },
    ]);
    expect(colors.get('f')).toBe(CATEGORY_COLORS[0]);
    expect(colors.get('d')).toBe(MISSING_COLOR);
  });

  it('puts the categories beyond the palette under "other", with counts that add up', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const { colors, legend } = categoricalColors(nodes, (n) => `group ${Number(n.slice(1)) % 6}`, ['#111111', '#222222', '#333333', '#444444']);
    expect(legend.map((e) => e.value)).toEqual(['group 0', 'group 1', 'group 2', null]);
    expect(legend.at(-1)).toEqual({ value: null, color: OTHER_COLOR, count: 15 });
    expect(legend.reduce((s, e) => s + e.count, 0)).toBe(30);
    expect(colors.get('n5')).toBe(OTHER_COLOR);
    expect(colors.get('n7')).toBe('#222222');
  });
});

describe('continuous colours and sizes', () => {
  it('interpolates the ramp linearly between its stops', () => {
    expect(rampColor(RAMPS.viridis!, 0)).toBe('#440154');
    expect(rampColor(RAMPS.viridis!, 1)).toBe('#FDE725');
    expect(rampColor(RAMPS.viridis!, 0.5)).toBe('#21918C');
    expect(rampColor(['#000000', '#FFFFFF'], 0.5)).toBe('#808080');
    expect(rampColor(['#000000', '#FFFFFF'], 7)).toBe('#FFFFFF');
  });

  it('places each number between the minimum and maximum; nodes without one are grey', () => {
    const v: Record<string, unknown> = { a: 10, b: 20, c: 15, d: 'n/a' };
    const out = continuousColors(Object.keys(v), (n) => v[n] as never, ['#000000', '#FFFFFF']);
    expect([out.min, out.max, out.missing]).toEqual([10, 20, 1]);
    expect(Object.fromEntries(out.colors)).toEqual({ a: '#000000', b: '#FFFFFF', c: '#808080', d: MISSING_COLOR });
  });

  it('gives nodes with the same number the same ramp colour, each the colour rampColor gives its place', () => {
    const values = Array.from({ length: 300 }, (_, i) => (i * 7) % 23);
    const out = continuousColors(values.map((_, i) => `n${i}`), (n) => values[Number(n.slice(1))], RAMPS.viridis);
    values.forEach((v, i) => expect(out.colors.get(`n${i}`)).toBe(rampColor(RAMPS.viridis!, v / 22)));
  });

  it('sizes linearly from min to max, the missing and the all-equal at the minimum', () => {
    const v: Record<string, number | undefined> = { a: 1, b: 3, c: 2, d: undefined };
    expect(Object.fromEntries(sizesBy(Object.keys(v), (n) => v[n], 2, 10))).toEqual({ a: 2, b: 10, c: 6, d: 2 });
    expect(Object.fromEntries(sizesBy(['a', 'b'], () => 5, 2, 10))).toEqual({ a: 2, b: 2 });
  });

  it('labels by a field, rounding measures and leaving empty values unlabelled', () => {
    const v: Record<string, unknown> = { a: 0.123456, b: ['x', 'y'], c: undefined };
    expect(Object.fromEntries(labelsBy(Object.keys(v), (n) => v[n] as never))).toEqual({ a: '0.1235', b: 'x | y', c: '' });
  });
});
