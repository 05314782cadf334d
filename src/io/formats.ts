/**
 * The one import function that dispatches on file type, and its writer counterpart. Works on
 * texts only (no file system), so the web app uses it too; `files.ts` adds disk access.
 */
import { buildGraph, type BuildOptions, type BuildResult } from '../model/build.js';
import { problem } from '../model/problems.js';
import type { FormatName, RawGraph } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import { readCsv, writeCsv } from './csv.js';
import { readGexf, writeGexf } from './gexf.js';
import { readGraphml, writeGraphml } from './graphml.js';
import { readJson, writeJson } from './json.js';

export const FORMATS: readonly FormatName[] = ['json', 'csv', 'gexf', 'graphml'];

/** File name extensions of the single-file formats. */
export const EXTENSIONS: Record<Exclude<FormatName, 'csv'>, readonly string[]> = {
  json: ['.json'],
  gexf: ['.gexf'],
  graphml: ['.graphml', '.xml'],
};

/** The format a path names by its extension; a directory or a path ending in `/` means CSV. */
export function formatFromPath(path: string, isDirectory = false): FormatName | undefined {
  if (isDirectory || path.endsWith('/') || path.endsWith('\\')) return 'csv';
  const lower = path.toLowerCase();
  for (const [format, exts] of Object.entries(EXTENSIONS)) if (exts.some((e) => lower.endsWith(e))) return format as FormatName;
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** One input text: its name (for messages) and content. */
export interface TextFile {
  file: string;
  text: string;
}

/** The texts of a graph in one format: one file, or for CSV a nodes file and an edges file. */
export type GraphTexts =
  | { format: Exclude<FormatName, 'csv'>; file: TextFile }
  | { format: 'csv'; nodes?: TextFile; edges?: TextFile; dir: string };

/** Reads texts into a raw graph (syntax and structure problems only). */
export function readRaw(input: GraphTexts): RawGraph {
  switch (input.format) {
    case 'json':
      return readJson(input.file.text, input.file.file);
    case 'gexf':
      return readGexf(input.file.text, input.file.file);
    case 'graphml':
      return readGraphml(input.file.text, input.file.file);
    case 'csv':
      return readCsv(input);
  }
}

/** Reads and validates: the graph, every problem, and where each element came from. */
export function parseGraph(input: GraphTexts, options: BuildOptions = {}): BuildResult {
  return buildGraph(readRaw(input), options);
}

/** Serialises a graph: one text, or for CSV the two files' texts. */
export function serializeGraph(graph: EcoGraph, format: FormatName): Record<string, string> {
  switch (format) {
    case 'json':
      return { '': writeJson(graph) };
    case 'gexf':
      return { '': writeGexf(graph) };
    case 'graphml':
      return { '': writeGraphml(graph) };
    case 'csv': {
      const { nodes, edges } = writeCsv(graph);
      return { 'nodes.csv': nodes, 'edges.csv': edges };
    }
  }
}

export function unsupportedFormat(file: string) {
  return problem(
    'error',
    'unsupported-format',
    'cannot tell the format: use a .json, .gexf or .graphml file, or a directory with nodes.csv and edges.csv',
    { file },
  );
}
