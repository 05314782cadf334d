/**
 * Figure files: the SVG with a subset of the font embedded, PNG rasterised from it with resvg (`@resvg/resvg-js`), PDF as
 * vectors through PDFKit and `svg-to-pdfkit`. Both get the figure font files explicitly; neither
 * loads system fonts, so a figure looks the same on every machine. Files are written atomically.
 *
 * Node-only.
 */
import { extname } from 'node:path';
import { crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { writeFileAtomic } from '../io/atomic-write.js';
import { FIGURE_FONT_FAMILY, figureFontFile, figureFontFiles } from './font.js';
import { embedFigureFonts } from './font-embedding.js';

/** Output formats, chosen by the file extension. */
export type FigureFormat = 'svg' | 'png' | 'pdf';

export const DEFAULTS = { dpi: 300 } as const;

/** Largest PNG written, in pixels (about 1 GB of RGBA while rendering). */
export const MAX_PNG_PIXELS = 250_000_000;

/** Largest PDF page side, in pt (200 in: the limit of common PDF readers); larger figures are scaled down. */
export const MAX_PDF_SIDE = 14_400;

/** SVG user units are CSS px: 96 per inch. */
const CSS_PX_PER_INCH = 96;

/** The format of an output path, or an error naming the accepted extensions. */
export function figureFormatFromPath(path: string): FigureFormat {
  const ext = extname(path).toLowerCase().slice(1);
  if (ext === 'svg' || ext === 'png' || ext === 'pdf') return ext;
  throw new Error(`cannot tell the figure format of "${path}": the output must end in .svg, .png or .pdf`);
}

/** Adds a pHYs chunk so viewers and print tools know the resolution. */
function withResolution(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(13);
  data.write('pHYs', 0, 'latin1');
  data.writeUInt32BE(ppm, 4);
  data.writeUInt32BE(ppm, 8);
  data.writeUInt8(1, 12); // unit: metre
  const chunk = Buffer.alloc(4 + 13 + 4);
  chunk.writeUInt32BE(9, 0);
  data.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(data) >>> 0, 17);
  const ihdrEnd = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}

/**
 * Rasterises an SVG figure to PNG at the given resolution (SVG px are 1/96 in).
 *
 * @param svg - a figure's SVG text
 * @param dpi - dots per inch of the PNG
 * @example
 * const png = svgToPng(svg, 300); // a 400 px wide figure becomes 1250 px wide
 */
export function svgToPng(svg: string, dpi: number = DEFAULTS.dpi): Buffer {
  if (!(dpi > 0 && dpi <= 2400)) throw new Error(`--dpi must be between 1 and 2400, got ${dpi}`);
  const size = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  if (size) {
    const zoom = dpi / CSS_PX_PER_INCH;
    const pixels = Number(size[1]) * zoom * Number(size[2]) * zoom;
    if (pixels > MAX_PNG_PIXELS) {
      const fits = Math.floor(CSS_PX_PER_INCH * Math.sqrt(MAX_PNG_PIXELS / (Number(size[1]) * Number(size[2]))));
      throw new Error(
        `a ${Math.round(Number(size[1]) * zoom)}×${Math.round(Number(size[2]) * zoom)} px PNG is too large; use --dpi ${fits} or less, fewer generations, or SVG/PDF`,
      );
    }
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: dpi / CSS_PX_PER_INCH },
    font: { loadSystemFonts: false, fontFiles: figureFontFiles(), defaultFontFamily: FIGURE_FONT_FAMILY, sansSerifFamily: FIGURE_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return withResolution(resvg.render().asPng(), dpi);
}

/**
 * Converts an SVG figure to a one-page vector PDF of the same size (1 px = 0.75 pt; a figure with a
 * side over {@link MAX_PDF_SIDE} pt is scaled down to fit), with the figure font embedded (subset).
 *
 * @param svg - a figure's SVG text
 * @param size - the figure's width and height in px
 * @example
 * const pdf = await svgToPdf(svg, { width: layout.width, height: layout.height });
 */
export async function svgToPdf(svg: string, size: { width: number; height: number }): Promise<Buffer> {
  const scale = Math.min(0.75, MAX_PDF_SIDE / size.width, MAX_PDF_SIDE / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: true,
    compress: true,
    info: { Producer: 'ecograph', Creator: 'ecograph', CreationDate: new Date(0), ModDate: new Date(0) },
  });
  doc.registerFont('figure-regular', figureFontFile('regular'));
  doc.registerFont('figure-bold', figureFontFile('bold'));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const warnings: string[] = [];
  SVGtoPDF(doc, svg, 0, 0, {
    width,
    height,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'figure-bold' : 'figure-regular'),
    warningCallback: (message: string) => warnings.push(message),
  });
  doc.end();
  const pdf = await done;
  if (warnings.length) throw new Error(`the PDF writer could not draw the figure: ${warnings.join('; ')}`);
  return pdf;
}

/**
 * Writes a figure to `path` as SVG (with the glyphs it uses embedded, see `embedFigureFonts`),
 * PNG or PDF, by extension, atomically.
 *
 * @param path - output file ending in .svg, .png or .pdf
 * @param svg - the figure's SVG text
 * @param size - the figure's size in px (for the PDF page)
 * @param options - `dpi` of a PNG
 * @returns the format written
 */
export async function writeFigure(path: string, svg: string, size: { width: number; height: number }, options: { dpi?: number } = {}): Promise<FigureFormat> {
  const format = figureFormatFromPath(path);
  const data = format === 'svg' ? await embedFigureFonts(svg) : format === 'png' ? svgToPng(svg, options.dpi ?? DEFAULTS.dpi) : await svgToPdf(svg, size);
  await writeFileAtomic(path, data);
  return format;
}

/** What {@link writeFigureFile} wrote: the format and the size in the file's own unit. */
export interface WrittenFigure {
  format: FigureFormat;
  width: number;
  height: number;
  /** `px` for SVG (CSS pixels) and PNG (image pixels, at the --dpi asked for), `pt` for PDF. */
  unit: 'px' | 'pt';
}

/**
 * The size of a PNG image from its header (IHDR chunk).
 *
 * @example
 * pngSize(svgToPng(svg, 300)); // { width: 875, height: 1197 }
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * What {@link writeFigureFile} wrote, for a message: its size in the file's own unit (a PNG's
 * pixels and resolution, a PDF's points, an SVG's CSS pixels) and its printed size in millimetres.
 *
 * @example
 * writtenFigureText({ format: 'png', width: 2056, height: 2125, unit: 'px' }, layout, 300); // '2056×2125 px at 300 dpi, 174×180 mm'
 */
export function writtenFigureText(written: WrittenFigure, size: { width: number; height: number }, dpi: number): string {
  const mm = (px: number) => Math.round((px * 25.4) / CSS_PX_PER_INCH);
  return `${written.width}×${written.height} ${written.unit}${written.format === 'png' ? ` at ${dpi} dpi` : ''}, ${mm(size.width)}×${mm(size.height)} mm`;
}

/**
 * Writes a figure as {@link writeFigure} does and says what was written: a PNG's size in image
 * pixels (the figure's CSS size × dpi / 96), a PDF's page in points, an SVG's in CSS pixels.
 *
 * @param path - output file ending in .svg, .png or .pdf
 * @param svg - the figure's SVG text
 * @param size - the figure's size in CSS px
 * @param options - `dpi` of a PNG
 * @example
 * const { format, width, height, unit } = await writeFigureFile('tree.png', svg, layout, { dpi: 300 });
 */
export async function writeFigureFile(path: string, svg: string, size: { width: number; height: number }, options: { dpi?: number } = {}): Promise<WrittenFigure> {
  const format = figureFormatFromPath(path);
  if (format === 'png') {
    const png = svgToPng(svg, options.dpi ?? DEFAULTS.dpi);
    await writeFileAtomic(path, png);
    return { format, ...pngSize(png), unit: 'px' };
  }
  await writeFigure(path, svg, size, options);
  if (format === 'pdf') {
    const scale = Math.min(0.75, MAX_PDF_SIDE / size.width, MAX_PDF_SIDE / size.height);
    return { format, width: Math.round(size.width * scale), height: Math.round(size.height * scale), unit: 'pt' };
  }
  return { format, width: Math.round(size.width), height: Math.round(size.height), unit: 'px' };
}
