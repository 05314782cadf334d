/**
 * Graphs on disk: a graph argument is a file (`.json`, `.gexf`, `.graphml`, `.xlsx`) or a CSV
 * directory (`edges.csv` and, optionally, `nodes.csv`). Node-only: the web app uses `formats.ts`
 * directly. The workbook reader and writer are imported only when a workbook is read or written,
 * and the GEXF and GraphML readers and the writers (with their XML parser) only when used, so that a
 * command reading a CSV directory or a JSON file starts without them.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGraph, type BuildOptions, type BuildResult } from '../model/build.js';
import { InvalidGraphError, hasErrors } from '../model/problems.js';
import type { FormatName, RawGraph } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import { formatFromPath, unsupportedFormat } from './format-names.js';
import type { TextFile } from './formats.js';
import { findCsvFiles, notFound } from './csv-files.js';
import type { KindMap } from './kind-map.js';
import { decodeText, type TextEncodingName } from './text.js';

export interface ReadResult extends BuildResult {
  format: FormatName | undefined;
}

/** Options of {@link readGraphFile} and {@link loadGraph}: how the file is read, then how it is built. */
export interface ReadOptions extends BuildOptions {
  /** Read text files in this encoding instead of detecting it. */
  encoding?: TextEncodingName | undefined;
  /** Maps Kumu types that name no kind (workbooks in Kumu's layout). */
  kindMap?: KindMap | undefined;
}

const buildOptions = (options: ReadOptions): BuildOptions => ({
  ...(options.kindFrom !== undefined ? { kindFrom: options.kindFrom } : {}),
  ...(options.yearFrom !== undefined ? { yearFrom: options.yearFrom } : {}),
  ...(options.labelFrom !== undefined ? { labelFrom: options.labelFrom } : {}),
});

async function readText(path: string, options: ReadOptions): Promise<TextFile | RawGraph['problems'][number]> {
  const bytes = await readFile(path);
  const decoded = decodeText(bytes, path, { encoding: options.encoding });
  return decoded.ok ? { file: path, text: decoded.text } : decoded.problem;
}

function failed(file: string, format: FormatName | undefined, problems: RawGraph['problems']): ReadResult {
  const raw: RawGraph = { file, format: format ?? 'json', attributes: {}, nodes: [], edges: [], problems };
  return { ...buildGraph(raw), format };
}

/**
 * Reads and validates a graph from disk, reporting every problem (never throws on bad input): a
 * `.json`, `.gexf`, `.graphml` or `.xlsx` file, or a CSV directory (edges.csv and, optionally,
 * nodes.csv; names in any case; `.tsv` too).
 *
 * @param path - the graph file or CSV directory
 * @param options - forced text encoding, Kumu kind map, `kindFrom`
 * @example
 * const { graph, problems } = await readGraphFile('eco/', { encoding: 'shift_jis' });
 */
export async function readGraphFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    return failed(path, undefined, [notFound(path, err)]);
  }
  const format = formatFromPath(path, info.isDirectory());
  if (format === undefined) return failed(path, undefined, [unsupportedFormat(path)]);
  if (format === 'csv') {
    const found = await findCsvFiles(path);
    if ('code' in found) return failed(path, format, [found]);
    const texts: { nodes?: TextFile; edges?: TextFile } = {};
    const problems = [];
    for (const name of ['nodes', 'edges'] as const) {
      const file = found[name];
      if (file === undefined) continue;
      const t = await readText(file, options);
      if ('text' in t) texts[name] = t;
      else problems.push(t);
    }
    if (problems.length > 0) return failed(found.dir, format, problems);
    // each format's reader is imported when a file of that format is read
    const { readCsv } = await import('./csv.js');
    return { ...buildGraph(readCsv({ dir: found.dir, ...texts }), buildOptions(options)), format };
  }
  if (info.isDirectory()) return failed(path, format, [unsupportedFormat(path)]);
  if (format === 'xlsx') {
    const { readXlsx } = await import('./xlsx.js');
    return { ...buildGraph(await readXlsx(path, { kindMap: options.kindMap }), buildOptions(options)), format };
  }
  const t = await readText(path, options);
  if (!('text' in t)) return failed(path, format, [t]);
  if (format === 'json') {
    const { readJson } = await import('./json.js');
    return { ...buildGraph(readJson(t.text, t.file), buildOptions(options)), format };
  }
  const { readRaw } = await import('./formats.js');
  return { ...buildGraph(readRaw({ format, file: t }), buildOptions(options)), format };
}

/** Reads a graph and refuses it (throws {@link InvalidGraphError}) if it has errors. */
export async function loadGraph(path: string, options: ReadOptions = {}): Promise<EcoGraph> {
  const result = await readGraphFile(path, options);
  if (hasErrors(result.problems)) throw new InvalidGraphError(result.problems);
  return result.graph;
}

/**
 * Writes a graph atomically in the given (or path-implied) format. Returns the files written.
 *
 * @param graph - the graph
 * @param path - the file, or the directory for CSV
 * @param format - the format (default: from the path)
 * @param options - `excel`: CSV files start with the byte order mark Excel needs to show non-ASCII text
 */
export async function saveGraph(graph: EcoGraph, path: string, format?: FormatName, options: { excel?: boolean } = {}): Promise<string[]> {
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    // a new path
  }
  const fmt = format ?? formatFromPath(path, isDir);
  if (fmt === undefined) throw new Error(`cannot tell the output format of "${path}": use --to json|csv|gexf|graphml`);
  if (fmt === 'xlsx') {
    const { writeXlsx } = await import('./xlsx.js');
    await writeXlsx(graph, path);
    return [path];
  }
  const [{ serializeGraph }, { writeFilesAtomic }] = await Promise.all([import('./formats.js'), import('./atomic-write.js')]);
  const texts = serializeGraph(graph, fmt, options);
  const files = Object.entries(texts).map(([name, data]) => ({ path: name === '' ? path : join(path, name), data }));
  await writeFilesAtomic(files);
  return files.map((f) => f.path);
}
