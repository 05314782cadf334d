/**
 * Figure files: PNG decoded and checked for real content (pixel variance, size from the DPI, the
 * pHYs resolution); PDF rendered with pdftoppm (Debian poppler-utils) and the page checked
 * non-blank, with the figure font embedded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_PDF_SIDE, figureFormatFromPath, pngSize, svgToPdf, svgToPng, writeFigure, writeFigureFile, writtenFigureText } from '../../src/figures/export.js';
import { writeFileAtomic as writeFileAtomicBytes } from '../../src/io/atomic-write.js';
import { figureTextMeasurer } from '../../src/figures/font.js';
import { treeFigure } from '../../src/figures/tree/tree-figure.js';
import { generatedSpinoffTree } from './generated-tree.js';
import { haveTool, popplerMissing } from '../helpers/required-tools.js';

/** poppler-utils is there to render and inspect PDFs (else those checks are skipped). */
const POPPLER_FOUND = haveTool('poppler', popplerMissing());

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-figures-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const graph = generatedSpinoffTree({ nodes: 30, seed: 21, maxChildren: 5, depthBias: 0.5 });
graph.mergeNodeAttributes('n1', { label: '京都大学 iPS細胞研究所' });
const { layout, svg } = treeFigure(graph, 'n0', figureTextMeasurer(), { title: 'Export test 浜松' });

/** Mean and variance of the grey level of an RGBA image, and the share of non-white pixels. */
function pixelStats(png: PNG) {
  let sum = 0;
  let sumSq = 0;
  let inked = 0;
  const n = png.width * png.height;
  for (let i = 0; i < n; i++) {
    const grey = (png.data[4 * i]! + png.data[4 * i + 1]! + png.data[4 * i + 2]!) / 3;
    sum += grey;
    sumSq += grey * grey;
    if (grey < 200) inked++;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean, inked: inked / n };
}

describe('PNG', () => {
  it('rasterises at the requested DPI with visible content and records the resolution', () => {
    const png = PNG.sync.read(svgToPng(svg, 192));
    expect(png.width).toBe(Math.round(layout.width * 2));
    expect(png.height).toBe(Math.round(layout.height * 2));
    const stats = pixelStats(png);
    expect(stats.variance).toBeGreaterThan(500);
    expect(stats.inked).toBeGreaterThan(0.01);
    const bytes = svgToPng(svg, 300);
    const phys = bytes.indexOf('pHYs', 0, 'latin1');
    expect(phys).toBeGreaterThan(0);
    expect(bytes.readUInt32BE(phys + 4)).toBe(Math.round(300 / 0.0254));
    expect(PNG.sync.read(bytes).width).toBe(Math.round((layout.width * 300) / 96));
  });

  it('renders text with the bundled font and no system fonts (same pixels on every run)', () => {
    expect(svgToPng(svg, 96).equals(svgToPng(svg, 96))).toBe(true);
    // Text drawn: the image with labels differs from the one with every <text> removed.
    const bare = svg.replace(/<text[^>]*>.*?<\/text>/g, '');
    const withText = pixelStats(PNG.sync.read(svgToPng(svg, 96)));
    const without = pixelStats(PNG.sync.read(svgToPng(bare, 96)));
    expect(withText.inked).toBeGreaterThan(without.inked * 1.2);
  });

  it('draws text inside the box measured with the font metrics (resvg and fontkit agree)', () => {
    const m = figureTextMeasurer();
    for (const text of ['Yamaha Motor Co., Ltd. *', '京都大学 iPS細胞研究所', 'WAVE Technology (AV)']) {
      const width = m.width(text, 40);
      const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width) + 40}" height="80" font-family="Noto Sans JP"><rect width="100%" height="100%" fill="#FFFFFF"/><text x="20" y="55" font-size="40" fill="#000000">${text.replace('&', '&amp;')}</text></svg>`;
      const png = PNG.sync.read(svgToPng(doc, 96));
      let minX = Infinity;
      let maxX = -Infinity;
      for (let y = 0; y < png.height; y++)
        for (let x = 0; x < png.width; x++)
          if (png.data[4 * (y * png.width + x)]! < 128) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
          }
      // Ink starts after x = 20 and ends within the measured advance (glyph side bearings keep it inside).
      expect(minX).toBeGreaterThanOrEqual(20);
      expect(maxX).toBeLessThanOrEqual(20 + width);
      expect(maxX).toBeGreaterThan(20 + width * 0.9);
    }
  });

  it('refuses a DPI out of range, and a PNG too large to render, naming a DPI that fits', () => {
    expect(() => svgToPng(svg, 0)).toThrow(/--dpi/);
    const huge = '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000" viewBox="0 0 20000 20000"></svg>';
    expect(() => svgToPng(huge, 300)).toThrow(/62500×62500 px PNG is too large; use --dpi 75 or less/);
  });
});

describe('the size reported for a written figure', () => {
  it('is the PNG’s real pixel size at the dpi asked for (the CSS size × dpi / 96), the PDF page in points, the SVG in CSS px', async () => {
    const png = await writeFigureFile(join(TMP, 'size.png'), svg, layout, { dpi: 300 });
    const decoded = PNG.sync.read(readFileSync(join(TMP, 'size.png')));
    expect(png).toEqual({ format: 'png', width: decoded.width, height: decoded.height, unit: 'px' });
    expect(png.width).toBe(Math.round((layout.width * 300) / 96));
    expect(pngSize(svgToPng(svg, 96))).toEqual({ width: Math.round(layout.width), height: Math.round(layout.height) });
    expect(await writeFigureFile(join(TMP, 'size.svg'), svg, layout)).toEqual({ format: 'svg', width: Math.round(layout.width), height: Math.round(layout.height), unit: 'px' });
    expect(await writeFigureFile(join(TMP, 'size.pdf'), svg, layout)).toEqual({ format: 'pdf', width: Math.round(layout.width * 0.75), height: Math.round(layout.height * 0.75), unit: 'pt' });
  });

  it('is said with the resolution of a PNG and the printed size in mm (96 CSS px to the inch)', () => {
    // 658 × 686 CSS px are 174.1 × 181.5 mm
    const size = { width: 658, height: 686 };
    expect(writtenFigureText({ format: 'png', width: 2056, height: 2144, unit: 'px' }, size, 300)).toBe('2056×2144 px at 300 dpi, 174×182 mm');
    expect(writtenFigureText({ format: 'pdf', width: 494, height: 515, unit: 'pt' }, size, 300)).toBe('494×515 pt, 174×182 mm');
    expect(writtenFigureText({ format: 'svg', width: 658, height: 686, unit: 'px' }, size, 300)).toBe('658×686 px, 174×182 mm');
  });
});

describe('PDF', () => {
  it('starts with the PDF signature and ends with the end-of-file marker', async () => {
    const pdf = await svgToPdf(svg, layout);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it.runIf(POPPLER_FOUND)('is a one-page vector PDF with the font embedded, and renders non-blank with pdftoppm', async () => {
    const path = join(TMP, 'tree.pdf');
    await writeFigure(path, svg, layout);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansJP-Regular/);
    expect(fonts).toMatch(/NotoSansJP-Bold/);
    // Vectors, not a bitmap: no image in the PDF.
    expect(execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1/);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Number(size[1])).toBeCloseTo(layout.width * 0.75, 1);
    expect(Number(size[2])).toBeCloseTo(layout.height * 0.75, 1);
    execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', path, join(TMP, 'page')]);
    const page = PNG.sync.read(readFileSync(join(TMP, 'page.png')));
    const stats = pixelStats(page);
    expect(stats.variance).toBeGreaterThan(500);
    expect(stats.inked).toBeGreaterThan(0.01);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('京都大学');
  });
});

describe('large PDF pages', () => {
  it('scales a figure over 200 inches down to fit the page limit', async () => {
    const wide = '<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="400" viewBox="0 0 40000 400"><rect x="0" y="0" width="40000" height="400" fill="#000000"/></svg>';
    const path = join(TMP, 'wide.pdf');
    await writeFileAtomicBytes(path, await svgToPdf(wide, { width: 40000, height: 400 }));
    // The page size as the PDF declares it (what pdfinfo reports), read without poppler.
    const size = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(readFileSync(path).toString('latin1'))!;
    expect(Number(size[1])).toBeCloseTo(MAX_PDF_SIDE, 0);
    expect(Number(size[2])).toBeCloseTo((400 * MAX_PDF_SIDE) / 40000, 1);
  });
});

describe('writeFigure', () => {
  it('chooses the format from the extension and writes atomically (no temporary files left)', async () => {
    expect(await writeFigure(join(TMP, 'a.svg'), svg, layout)).toBe('svg');
    // The file is the figure plus the embedded font subset.
    expect(readFileSync(join(TMP, 'a.svg'), 'utf8').replace(/\n  <style>@font-face.*?<\/style>/s, '')).toBe(svg);
    expect(await writeFigure(join(TMP, 'a.PNG'), svg, layout, { dpi: 50 })).toBe('png');
    expect(readdirSync(TMP).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(() => figureFormatFromPath('figure.jpg')).toThrow(/\.svg, \.png or \.pdf/);
  });
});
