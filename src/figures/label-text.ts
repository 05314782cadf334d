/**
 * Fitting a label into a width: long names are wrapped onto a few lines and, past the last line,
 * abbreviated with an ellipsis. The rule, documented for users in docs/guide/figures.md ("Long names"):
 *
 * 1. Break at spaces (and after `-`, `/`, `,`); Japanese and Chinese text may break between any two
 *    characters, since it has no spaces, except before closing brackets, `、。`, the long-vowel mark
 *    and small kana, and after opening brackets (the basic line-breaking rules, kinsoku shori).
 * 2. A single word wider than the line is broken between characters.
 * 3. At most `maxLines` lines; if the text still does not fit, the last line is cut and ends in `…`.
 *    A short parenthesised part at the end (an acronym such as `(GPI)`, at most 12 characters) is
 *    kept after the ellipsis: `… New Photonics… (GPI)`, since it is often how readers know the name.
 */
import type { FontWeight, TextMeasurer } from './font.js';

/** How to fit a label. */
export interface LabelFitOptions {
  /** Font size in px. */
  size: number;
  /** Widest line allowed, in px. */
  maxWidth: number;
  /** Most lines allowed. */
  maxLines: number;
  weight?: FontWeight;
}

/** A label fitted into lines. */
export interface FittedLabel {
  lines: string[];
  /** Width of the widest line in px. */
  width: number;
  /** Whether words were dropped and an ellipsis added. */
  abbreviated: boolean;
}

const ELLIPSIS = '…';

/** Characters after which a line may break without a space (CJK, kana and full-width forms). */
function breaksAnywhere(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // CJK radicals, kana, CJK unified ideographs
    (c >= 0xac00 && c <= 0xd7af) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xff00 && c <= 0xffef) // half- and full-width forms
  );
}

/** Characters a line may not start with (closing brackets, punctuation, long-vowel mark, small kana). */
const NO_LINE_START = new Set([...')）]」』】〕〉》、。，．・：；！？ー〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ']);
/** Characters a line may not end with (opening brackets). */
const NO_LINE_END = new Set([...'(（[「『【〔〈《']);

/** Splits text into pieces between which a line may break; spaces stay at the end of a piece. */
function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    current += ch;
    const next = chars[i + 1];
    if (next === undefined) break;
    const breakAfter =
      ch === ' ' ? next !== ' ' : '-/,'.includes(ch) ? next !== ' ' : (breaksAnywhere(ch) || breaksAnywhere(next)) && !NO_LINE_START.has(next) && !NO_LINE_END.has(ch);
    if (breakAfter) {
      pieces.push(current);
      current = '';
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Cuts `text` so that `text + …` fits `maxWidth`. */
function cutWithEllipsis(text: string, maxWidth: number, measure: (s: string) => number): string {
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ELLIPSIS) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * Wraps and, if needed, abbreviates a label so every line is at most `maxWidth` wide.
 *
 * @param text - the label
 * @param measurer - font metrics
 * @param options - size, width and line limits
 * @returns the lines and the width of the widest
 * @example
 * fitLabel('Hamamatsu Higher Technical School', figureTextMeasurer(), { size: 11, maxWidth: 120, maxLines: 2 });
 * // { lines: ['Hamamatsu Higher', 'Technical School'], ... }
 */
export function fitLabel(text: string, measurer: TextMeasurer, options: LabelFitOptions): FittedLabel {
  const measure = (s: string) => measurer.width(s, options.size, options.weight);
  const clean = text.replace(/\s+/g, ' ').trim();
  if (measure(clean) <= options.maxWidth) return { lines: [clean], width: measure(clean), abbreviated: false };
  // Break over-long pieces between characters so each piece fits on a line.
  const pieces: string[] = [];
  for (const piece of breakPieces(clean)) {
    if (measure(piece.trimEnd()) <= options.maxWidth) {
      pieces.push(piece);
      continue;
    }
    let part = '';
    for (const ch of piece) {
      if (part !== '' && measure((part + ch).trimEnd()) > options.maxWidth) {
        pieces.push(part);
        part = '';
      }
      part += ch;
    }
    if (part !== '') pieces.push(part);
  }
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (line !== '' && measure((line + piece).trimEnd()) > options.maxWidth) {
      lines.push(line.trimEnd());
      line = '';
      if (lines.length === options.maxLines) break;
    }
    line += piece;
  }
  let abbreviated = false;
  if (lines.length < options.maxLines) {
    if (line !== '') lines.push(line.trimEnd());
  } else {
    // Out of lines: the rest is dropped and the last line ends in an ellipsis.
    abbreviated = true;
    const last = lines.pop()!;
    lines.push(cutWithEllipsis(last + ' ', options.maxWidth, measure));
    const kept = keepingSuffix(clean, measurer, options);
    if (kept) return kept;
  }
  const width = Math.max(...lines.map(measure));
  return { lines, width, abbreviated };
}

/** An abbreviated fit that keeps a short parenthesised ending, e.g. `(GPI)`; undefined when there is none or no room. */
function keepingSuffix(text: string, measurer: TextMeasurer, options: LabelFitOptions): FittedLabel | undefined {
  const m = /^(.*\S)\s*(\([^()\s][^()]{0,10}\))$/u.exec(text);
  if (!m) return undefined;
  const measure = (s: string) => measurer.width(s, options.size, options.weight);
  const suffix = ' ' + m[2]!;
  if (measure(suffix) > options.maxWidth / 2) return undefined;
  const head = fitLabel(m[1]!, measurer, options);
  const lines = [...head.lines];
  const last = lines.pop()!.replace(/…$/u, '');
  lines.push(measure(last + suffix) <= options.maxWidth && !head.abbreviated ? last + suffix : cutWithEllipsis(last + ' ', options.maxWidth - measure(suffix), measure) + suffix);
  return { lines, width: Math.max(...lines.map(measure)), abbreviated: true };
}
