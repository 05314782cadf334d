/**
 * The caption line of a figure: which sources the drawn data comes from. Sources are the `sources`
 * of the drawn nodes and ties (seed file names and document titles), shortened for print:
 *
 * - a citation written `Title (Publisher, date) — https://…` keeps its title part, without the URL;
 * - a citation written `Title — file-name.txt` (how a domain paper is cited, its title with its file name beside
 *   it) keeps its title part, without the file name;
 * - a private source (`private: interview K-07`) is printed marked as such: `private source: interview K-07`;
 * - a bare URL keeps its host and path; a file path keeps its file name;
 * - anything longer than {@link SOURCE_MAX_CHARS} characters is cut with `…` at a word boundary
 *   (after a space or punctuation, or between Japanese characters), never inside a word unless a
 *   single word fills the whole length;
 * - duplicates are merged; sources are listed by how many drawn elements cite them (most first),
 *   then alphabetically, at most {@link SOURCES_LISTED} of them, then `and N more`.
 */
import type { TextMeasurer } from './font.js';
import { fitLabel } from './label-text.js';
import type { LabelBox } from './label-boxes.js';
import { isPrivateSource, privateSourceText } from '../model/private-source.js';

export const SOURCE_MAX_CHARS = 72;
export const SOURCES_LISTED = 6;
export const CAPTION_SIZE = 9;

/**
 * The short form of one citation, as printed in a caption (rules above).
 *
 * @param source - one entry of a `sources` list
 * @example
 * shortenSource('Our philosophy (Hamamatsu Photonics) — https://www.hamamatsu.com/…'); // 'Our philosophy (Hamamatsu Photonics)'
 */
export function shortenSource(source: string): string {
  let s = (isPrivateSource(source) ? `private source: ${privateSourceText(source)}` : source).replace(/\s+/g, ' ').trim();
  const titled = /^(.*?\S)\s*[—–]\s*(?:https?:\/\/|www\.)\S*$/u.exec(s) ?? /^(.*?\S)\s+-\s+(?:https?:\/\/|www\.)\S*$/u.exec(s);
  const fileCited = titled ? null : /^(.*?\S)\s*[—–]\s*[^\s/\\]+\.[A-Za-z0-9]{1,5}$/u.exec(s);
  if (titled) s = titled[1]!;
  else if (fileCited) s = fileCited[1]!;
  else if (/^(?:https?:\/\/)\S+$/.test(s)) s = s.replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/$/, '');
  else if (/^[^\s]*[/\\][^\s]*$/.test(s)) s = s.split(/[/\\]/).pop() ?? s;
  const chars = [...s];
  if (chars.length > SOURCE_MAX_CHARS) s = cutAtWordBoundary(chars, SOURCE_MAX_CHARS - 1) + '…';
  return s;
}

/** Whether a character sits in a script written without spaces (kana, CJK ideographs, full-width forms). */
function isSpaceless(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

/**
 * The longest prefix of at most `limit` characters that ends at a word boundary: before a space,
 * after punctuation, or between two characters of a script written without spaces. Trailing spaces
 * and separators (`,;:-–—(`) are dropped. A first word longer than `limit` is cut where it must.
 */
function cutAtWordBoundary(chars: readonly string[], limit: number): string {
  const boundaryAt = (i: number) => {
    // A cut between chars[i - 1] and chars[i].
    const before = chars[i - 1]!;
    const after = chars[i]!;
    return after === ' ' || before === ' ' || /[-/,;:.)\]–—]/u.test(before) || isSpaceless(before) || isSpaceless(after);
  };
  let cut = limit;
  while (cut > 0 && !boundaryAt(cut)) cut--;
  if (cut === 0) cut = limit;
  return chars
    .slice(0, cut)
    .join('')
    .replace(/[\s,;:(\-–—]+$/u, '');
}

/**
 * The caption text naming the sources of the drawn elements.
 *
 * @param sourceLists - the `sources` of each drawn node and tie (one list per element)
 * @param extra - sentences appended after the sources (e.g. what the figure leaves out)
 * @example
 * sourcesCaption([['002_113372f276fbe30a.txt'], ['Our philosophy (Hamamatsu Photonics) — https://…']]);
 * // 'Sources: 002_113372f276fbe30a.txt; Our philosophy (Hamamatsu Photonics).'
 */
export function sourcesCaption(sourceLists: ReadonlyArray<readonly string[] | undefined>, extra: readonly string[] = []): string {
  const counts = new Map<string, number>();
  for (const list of sourceLists) {
    const seen = new Set<string>();
    for (const source of list ?? []) {
      const short = shortenSource(source);
      if (short === '' || seen.has(short)) continue;
      seen.add(short);
      counts.set(short, (counts.get(short) ?? 0) + 1);
    }
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s]) => s);
  let text: string;
  if (ordered.length === 0) text = 'Sources: none recorded in the data.';
  else {
    const listed = ordered.slice(0, SOURCES_LISTED);
    const more = ordered.length - listed.length;
    const body = `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
    text = `Source${ordered.length > 1 ? 's' : ''}: ${body}${body.endsWith('…') || body.endsWith('.') ? '' : '.'}`;
  }
  return [text, ...extra].join(' ');
}

export interface CaptionLayout {
  lines: string[];
  baselines: number[];
  x: number;
  size: number;
  labels: LabelBox[];
  bottom: number;
}

/**
 * Wraps the caption into lines no wider than `maxWidth` (see `fitLabel`), starting at (x, y).
 *
 * @param text - the caption, from {@link sourcesCaption}
 * @param measurer - font metrics
 * @param at - top-left corner and width
 * @returns the lines, their baselines and the caption's label box
 */
export function layoutCaption(text: string, measurer: TextMeasurer, at: { x: number; y: number; maxWidth: number }): CaptionLayout {
  if (text === '') return { lines: [], baselines: [], x: at.x, size: CAPTION_SIZE, labels: [], bottom: at.y };
  const fitted = fitLabel(text, measurer, { size: CAPTION_SIZE, maxWidth: at.maxWidth, maxLines: 12 });
  const ascent = measurer.ascent(CAPTION_SIZE);
  const step = CAPTION_SIZE * 1.35;
  const baselines = fitted.lines.map((_, i) => at.y + ascent + i * step);
  const height = Math.ceil(ascent + measurer.descent(CAPTION_SIZE) + (fitted.lines.length - 1) * step);
  const label: LabelBox = { role: 'caption', id: 'caption', lines: fitted.lines, x: at.x, y: at.y, width: Math.ceil(fitted.width), height };
  return { lines: fitted.lines, baselines, x: at.x, size: CAPTION_SIZE, labels: [label], bottom: at.y + height };
}
