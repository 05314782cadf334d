/**
 * Self-contained SVG files: the characters of every text split by weight, and subsets of the figure
 * font holding exactly those glyphs embedded as @font-face rules, deterministically and without
 * changing how the figure draws.
 */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/figures/export.js';
import { embedFigureFonts, svgTextCharacters } from '../../src/figures/font-embedding.js';
import { figureTextMeasurer } from '../../src/figures/font.js';
import { treeFigure } from '../../src/figures/tree/tree-figure.js';
import { generatedSpinoffTree } from './generated-tree.js';

const graph = generatedSpinoffTree({ nodes: 30, seed: 21, maxChildren: 5, depthBias: 0.5 });
graph.mergeNodeAttributes('n1', { label: '京都大学 iPS細胞研究所' });
const { svg } = treeFigure(graph, 'n0', figureTextMeasurer(), { title: 'Export test 浜松' });

describe('svgTextCharacters', () => {
  it('collects the characters of each text once, sorted, by weight, with entities decoded and markup dropped', () => {
    const chars = svgTextCharacters(
      '<svg><text x="1">b&amp;a</text><text font-weight="700">Z<tspan>y</tspan></text><text font-weight="bold">&lt;&quot;</text><text>ab</text></svg>',
    );
    expect(chars).toEqual({ regular: '&ab', bold: '"<Zy' });
  });

  it('is empty for an SVG without text', () => {
    expect(svgTextCharacters('<svg><rect width="1" height="1"/></svg>')).toEqual({ regular: '', bold: '' });
  });
});

describe('embedFigureFonts', () => {
  it('leaves an SVG without text unchanged', async () => {
    const plain = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';
    expect(await embedFigureFonts(plain)).toBe(plain);
  });

  it('embeds only the weights used, right after the opening tag', async () => {
    const regularOnly = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>Ab</text></svg>';
    const out = await embedFigureFonts(regularOnly);
    expect(out.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">\n  <style>@font-face{')).toBe(true);
    expect([...out.matchAll(/font-weight:(\d+)/g)].map((m) => m[1])).toEqual(['400']);
    expect(out.endsWith('<text>Ab</text></svg>')).toBe(true);
  });

  it('embeds the glyphs of every text, per weight, deterministically, without changing the drawing', async () => {
    const used = svgTextCharacters(svg);
    expect(used.regular).toContain('京');
    expect(used.bold).toContain('浜');
    expect(used.bold).not.toContain('京');
    const a = await embedFigureFonts(svg);
    expect(await embedFigureFonts(svg)).toBe(a);
    const faces = [...a.matchAll(/@font-face\{font-family:"Noto Sans JP";font-weight:(\d+);src:url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(faces.map((f) => f[1])).toEqual(['400', '700']);
    for (const [face, chars] of [[faces[0]!, used.regular], [faces[1]!, used.bold]] as const) {
      const font = fontkit.create(Buffer.from(face[2]!, 'base64')) as fontkit.Font;
      for (const ch of chars) if (ch !== ' ') expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
      // A subset: the full font has about 17,000 glyphs (HarfBuzz keeps substitution alternates of the used ones).
      expect(font.numGlyphs).toBeLessThan(1000);
    }
    // resvg ignores the style (it has the font files) and draws the same pixels.
    expect(svgToPng(a, 96).equals(svgToPng(svg, 96))).toBe(true);
  });
});

