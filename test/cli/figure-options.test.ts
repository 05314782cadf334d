/** Printed widths and page text blocks of the figure commands, in CSS px (96 per inch). */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { pageTextBlock, parseFigureWidth, PX_PER_MM } from '../../src/cli/figure-options.js';

describe('parseFigureWidth', () => {
  it('reads millimetres, inches and px', () => {
    expect(parseFigureWidth('174mm')).toBeCloseTo((174 / 25.4) * 96, 6);
    expect(parseFigureWidth('85mm')).toBeCloseTo(321.26, 2);
    expect(parseFigureWidth('6.85in')).toBeCloseTo(657.6, 6);
    expect(parseFigureWidth(' 660px ')).toBe(660);
    expect(PX_PER_MM).toBeCloseTo(3.7795, 4);
  });

  it('refuses lengths without a unit, or too small or too large, naming the option', () => {
    expect(() => parseFigureWidth('85')).toThrow(UsageError);
    expect(() => parseFigureWidth('85', '--width')).toThrow('--width expects a length such as 174mm');
    expect(() => parseFigureWidth('10mm')).toThrow('--width must be between 32mm and 5.3m, got "10mm"');
    expect(() => parseFigureWidth('6m')).toThrow(UsageError);
  });
});

describe('pageTextBlock', () => {
  it('is the page less its margins: A4 170 × 257 mm, Letter 6.5 × 9 in', () => {
    expect(pageTextBlock('a4').width).toBeCloseTo(170 * PX_PER_MM, 6);
    expect(pageTextBlock('a4').height).toBeCloseTo(257 * PX_PER_MM, 6);
    expect(pageTextBlock('letter').width).toBeCloseTo(6.5 * 96, 6);
    expect(pageTextBlock('letter').height).toBeCloseTo(9 * 96, 6);
  });
});
