/**
 * Format names and how a path names its format: what the opener needs to pick a route, without
 * the readers and writers of `formats.ts` (whose XML parser alone costs a large part of a short
 * command's start-up). `formats.ts` re-exports everything here.
 *
 * Browser-safe: no Node imports.
 */
import { problem, type Problem } from '../model/problems.js';
import type { FormatName } from '../model/raw.js';

/** The formats held as text. */
export type TextFormatName = Exclude<FormatName, 'xlsx'>;

/** The text formats, which the web app reads too. */
export const FORMATS: readonly TextFormatName[] = ['json', 'csv', 'gexf', 'graphml'];

/** Every format the CLI reads and writes: the text formats and Excel workbooks. */
export const FILE_FORMATS: readonly FormatName[] = [...FORMATS, 'xlsx'];

/** File name extensions of the single-file formats. */
export const EXTENSIONS: Record<Exclude<FormatName, 'csv'>, readonly string[]> = {
  json: ['.json'],
  gexf: ['.gexf'],
  graphml: ['.graphml', '.xml'],
  xlsx: ['.xlsx'],
};

/**
 * The format a path names by its extension; a directory or a path ending in `/` means CSV, as does
 * a `.csv` or `.tsv` table in one.
 *
 * @param path - a file or directory path
 * @param isDirectory - whether the path is a directory (then CSV)
 * @returns the format, or undefined when the path names none
 * @example
 * formatFromPath('eco.graphml'); // 'graphml'
 */
export function formatFromPath(path: string, isDirectory = false): FormatName | undefined {
  if (isDirectory || path.endsWith('/') || path.endsWith('\\')) return 'csv';
  const lower = path.toLowerCase();
  for (const [format, exts] of Object.entries(EXTENSIONS)) if (exts.some((e) => lower.endsWith(e))) return format as FormatName;
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  return undefined;
}

/**
 * The problem of a path whose format cannot be told.
 *
 * @param file - the path as given
 * @example
 * throw new InvalidGraphError([unsupportedFormat('eco.txt')]);
 */
export function unsupportedFormat(file: string): Problem {
  return problem(
    'error',
    'unsupported-format',
    'cannot tell the format: use a .json, .gexf, .graphml or .xlsx file, or a directory with edges.csv (and nodes.csv)',
    { file },
  );
}
