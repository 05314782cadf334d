/**
 * The one typeface of every figure: Noto Sans JP (SIL Open Font License), taken from the npm package
 * `@expo-google-fonts/noto-sans-jp`, so Latin and Japanese labels (京都大学) render the same on every
 * machine. Text is measured with the real font metrics (fontkit), and the same font files are handed
 * to the PNG rasteriser and the PDF writer: the SVG references the family by name, nothing loads
 * system fonts.
 *
 * Node-only (reads the font files).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/** Weights used by the figures. */
export type FontWeight = 'regular' | 'bold';

/** The family name written into the SVG `font-family` attribute. */
export const FIGURE_FONT_FAMILY = 'Noto Sans JP';

const FONT_FILE_NAMES: Record<FontWeight, string> = {
  regular: '400Regular/NotoSansJP_400Regular.ttf',
  bold: '700Bold/NotoSansJP_700Bold.ttf',
};

let packageDir: string | undefined;

/** Absolute path of the TrueType file of one weight. */
export function figureFontFile(weight: FontWeight): string {
  if (packageDir === undefined) {
    const require = createRequire(import.meta.url);
    packageDir = dirname(require.resolve('@expo-google-fonts/noto-sans-jp/package.json'));
  }
  return join(packageDir, FONT_FILE_NAMES[weight]);
}

/** Both font files, regular first. */
export function figureFontFiles(): string[] {
  return [figureFontFile('regular'), figureFontFile('bold')];
}

/** Measures text set in the figure font. */
export interface TextMeasurer {
  /** Advance width of `text` at `size` px, with kerning and shaping applied. */
  width(text: string, size: number, weight?: FontWeight): number;
  /** Ascent above the baseline at `size` px (the font's typographic ascender). */
  ascent(size: number): number;
  /** Descent below the baseline at `size` px (positive). */
  descent(size: number): number;
  /** Whether the font has a glyph for every character of `text`. */
  covers(text: string): boolean;
}

type OpenFont = fontkit.Font;
const fonts = new Map<FontWeight, OpenFont>();

function openFont(weight: FontWeight): OpenFont {
  let font = fonts.get(weight);
  if (!font) {
    const opened = fontkit.openSync(figureFontFile(weight));
    if (!('layout' in opened)) throw new Error(`font file ${figureFontFile(weight)} is a collection, expected one font`);
    font = opened;
    fonts.set(weight, font);
  }
  return font;
}

/**
 * A text measurer backed by the figure font's metrics. Widths are cached per string and weight.
 *
 * @example
 * const m = figureTextMeasurer();
 * m.width('京都大学', 12); // 48: CJK ideographs are one em wide
 */
export function figureTextMeasurer(): TextMeasurer {
  const cache = new Map<string, number>();
  return {
    width(text, size, weight = 'regular') {
      const key = `${weight}\u0000${text}`;
      let units = cache.get(key);
      if (units === undefined) {
        const font = openFont(weight);
        units = font.layout(text).advanceWidth / font.unitsPerEm;
        cache.set(key, units);
      }
      return units * size;
    },
    ascent(size) {
      const font = openFont('regular');
      return (font.ascent / font.unitsPerEm) * size;
    },
    descent(size) {
      const font = openFont('regular');
      return (-font.descent / font.unitsPerEm) * size;
    },
    covers(text) {
      const font = openFont('regular');
      for (const ch of text) if (!font.hasGlyphForCodePoint(ch.codePointAt(0)!)) return false;
      return true;
    },
  };
}
