/** Reading chart SVGs back for the chart tests: the texts drawn, their boxes, and a PNG's inked share. */
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { figureTextMeasurer } from '../../../src/figures/font.js';

/** The figure font's text measurer. */
export const measurer = figureTextMeasurer();

export interface SvgText {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: string;
  bold: boolean;
  rotated: boolean;
}

/** Every one-line <text> of a chart, with the font size of its own attribute or enclosing group. */
export function texts(svg: string): SvgText[] {
  const out: SvgText[] = [];
  const sizes: number[] = [];
  for (const line of svg.split('\n')) {
    const t = line.trim();
    if (t.startsWith('<g')) sizes.push(Number(/font-size="([\d.]+)"/.exec(t)?.[1] ?? sizes[sizes.length - 1] ?? 12));
    else if (t === '</g>') sizes.pop();
    else if (t.startsWith('<text')) {
      const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(t)?.[1];
      out.push({
        text: />([^<]*)<\/text>$/.exec(t)![1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"'),
        x: Number(attr('x')),
        y: Number(attr('y')),
        size: Number(attr('font-size') ?? sizes[sizes.length - 1] ?? 12),
        anchor: attr('text-anchor') ?? 'start',
        bold: attr('font-weight') === '700',
        rotated: attr('transform') !== undefined,
      });
    }
  }
  return out;
}

/** Asserts every unrotated text lies inside the canvas, measured with the figure font. */
export function expectTextInside(svg: string, width: number, height: number): void {
  for (const t of texts(svg)) {
    if (t.rotated) continue;
    const w = measurer.width(t.text, t.size, t.bold ? 'bold' : 'regular');
    const left = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
    expect(left, t.text).toBeGreaterThanOrEqual(0);
    expect(left + w, t.text).toBeLessThanOrEqual(width);
    expect(t.y, t.text).toBeLessThanOrEqual(height);
  }
}

/** The share of pixels darker than light grey in a PNG. */
export function inkedShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  let inked = 0;
  for (let i = 0; i < image.width * image.height; i++) if (image.data[4 * i]! < 200) inked++;
  return inked / (image.width * image.height);
}
