/**
 * Options shared by the figure commands: the printed width (`--width 174mm`) and the page
 * (`--page a4|letter`), read into CSS px (1/96 in), the unit figures are laid out in.
 */
import { UsageError } from './command.js';

/** CSS px per millimetre. */
export const PX_PER_MM = 96 / 25.4;

/**
 * Text blocks of the pages `--page` takes, in mm: A4 (210 × 297 mm) and US Letter (8.5 × 11 in),
 * each less 20 mm (A4) or 1 in (Letter) margins all round.
 */
export const PAGE_TEXT_BLOCKS_MM = {
  a4: { width: 170, height: 257 },
  letter: { width: 165.1, height: 228.6 },
} as const;

/** Pages `--page` takes. */
export type PageName = keyof typeof PAGE_TEXT_BLOCKS_MM;

export const PAGE_NAMES = Object.keys(PAGE_TEXT_BLOCKS_MM) as PageName[];

/**
 * Reads a printed width such as `174mm` (two journal columns), `85mm` (one column), `6.85in` or
 * `660px` into px.
 *
 * @param value - the option's text
 * @param option - the option's name, for messages
 * @throws `UsageError` for anything else, or a width under 32 mm or over 5.3 m
 * @example
 * parseFigureWidth('85mm'); // 321.26
 */
export function parseFigureWidth(value: string, option = '--width'): number {
  const m = /^(\d+(?:\.\d+)?)\s*(mm|in|px)$/.exec(value.trim());
  if (!m) throw new UsageError(`${option} expects a length such as 174mm, 85mm, 6.85in or 660px, got "${value}"`);
  const px = Number(m[1]) * (m[2] === 'mm' ? PX_PER_MM : m[2] === 'in' ? 96 : 1);
  if (!(px >= 120 && px <= 20000)) throw new UsageError(`${option} must be between 32mm and 5.3m, got "${value}"`);
  return px;
}

/**
 * The text block of a page in px.
 *
 * @example
 * pageTextBlock('a4'); // { width: 642.52, height: 971.34 }
 */
export function pageTextBlock(page: PageName): { width: number; height: number } {
  const mm = PAGE_TEXT_BLOCKS_MM[page];
  return { width: mm.width * PX_PER_MM, height: mm.height * PX_PER_MM };
}
