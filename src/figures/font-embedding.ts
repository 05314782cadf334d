/**
 * Self-contained SVG files: the glyphs a figure uses, cut from the figure font with HarfBuzz's
 * subsetter (`subset-font`), embedded as `@font-face` rules in a `<style>` element. A browser then
 * draws the SVG with exactly the font its label boxes were measured with, on any machine.
 * Subsetting is deterministic: the same SVG gives the same bytes.
 *
 * Node-only.
 */
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { FIGURE_FONT_FAMILY, figureFontFile, type FontWeight } from './font.js';

const WEIGHT_VALUE: Record<FontWeight, number> = { regular: 400, bold: 700 };

/** The characters of every `<text>` of an SVG (entities decoded), split by weight. */
export function svgTextCharacters(svg: string): Record<FontWeight, string> {
  const chars: Record<FontWeight, Set<string>> = { regular: new Set(), bold: new Set() };
  const decode = (s: string) =>
    s.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
  for (const m of svg.matchAll(/<text([^>]*)>(.*?)<\/text>/gs)) {
    const weight: FontWeight = /font-weight="(700|bold)"/.test(m[1]!) ? 'bold' : 'regular';
    for (const ch of decode(m[2]!)) chars[weight].add(ch);
  }
  const sorted = (set: Set<string>) => [...set].sort().join('');
  return { regular: sorted(chars.regular), bold: sorted(chars.bold) };
}

/**
 * Embeds subsets of the figure font (the glyphs the SVG's texts use, per weight) into an SVG
 * written by the figure renderers.
 *
 * @param svg - a figure's SVG text
 * @returns the same SVG with a `<style>` of `@font-face` rules after the opening `<svg>` tag
 * @example
 * await writeFileAtomic('tree.svg', await embedFigureFonts(svg));
 */
export async function embedFigureFonts(svg: string): Promise<string> {
  const used = svgTextCharacters(svg);
  const rules: string[] = [];
  for (const weight of ['regular', 'bold'] as const) {
    if (used[weight] === '') continue;
    const subset = await subsetFont(await readFile(figureFontFile(weight)), used[weight], { targetFormat: 'truetype' });
    rules.push(
      `@font-face{font-family:"${FIGURE_FONT_FAMILY}";font-weight:${WEIGHT_VALUE[weight]};src:url(data:font/ttf;base64,${Buffer.from(subset).toString('base64')}) format("truetype")}`,
    );
  }
  if (rules.length === 0) return svg;
  const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  return `${svg.slice(0, open)}\n  <style>${rules.join('')}</style>${svg.slice(open)}`;
}
