/**
 * The figure font: Noto Sans JP files from the npm package, and text measured with its metrics
 * (CJK ideographs one em wide, bold wider than regular, widths proportional to the size).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_FONT_FAMILY, figureFontFile, figureFontFiles, figureTextMeasurer } from '../../src/figures/font.js';

describe('font files', () => {
  it('are the regular and bold TrueType files of Noto Sans JP, present on disk', () => {
    expect(FIGURE_FONT_FAMILY).toBe('Noto Sans JP');
    expect(figureFontFile('regular')).toMatch(/noto-sans-jp\/.*NotoSansJP_400Regular\.ttf$/);
    expect(figureFontFile('bold')).toMatch(/noto-sans-jp\/.*NotoSansJP_700Bold\.ttf$/);
    expect(figureFontFiles()).toEqual([figureFontFile('regular'), figureFontFile('bold')]);
    for (const file of figureFontFiles()) expect(existsSync(file), file).toBe(true);
  });
});

describe('figureTextMeasurer', () => {
  const m = figureTextMeasurer();

  it('measures CJK ideographs one em wide and scales widths with the size', () => {
    expect(m.width('京都大学', 12)).toBeCloseTo(48, 6);
    expect(m.width('Kyoto', 24)).toBeCloseTo(2 * m.width('Kyoto', 12), 9);
    expect(m.width('', 12)).toBe(0);
  });

  it('measures bold wider than regular, and gives the same width from the cache', () => {
    expect(m.width('Hamamatsu Photonics', 12, 'bold')).toBeGreaterThan(m.width('Hamamatsu Photonics', 12));
    expect(m.width('Hamamatsu Photonics', 12, 'bold')).toBe(m.width('Hamamatsu Photonics', 12, 'bold'));
  });

  it('gives a positive ascent and descent proportional to the size, together about one em or more', () => {
    expect(m.ascent(10)).toBeGreaterThan(0);
    expect(m.descent(10)).toBeGreaterThan(0);
    expect(m.ascent(20)).toBeCloseTo(2 * m.ascent(10), 9);
    expect(m.ascent(10) + m.descent(10)).toBeGreaterThanOrEqual(10);
  });

  it('covers Latin and Japanese text, and not characters outside the font', () => {
    expect(m.covers('Kyoto 京都 はままつ カタカナ')).toBe(true);
    expect(m.covers('𓀀')).toBe(false);
  });
});
