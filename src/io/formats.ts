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
import { formatFromPath, unsupportedFormat, type TextFormatName } from './format-names.js';

export { EXTENSIONS, FILE_FORMATS, FORMATS, formatFromPath, unsupportedFormat, type TextFormatName } from './format-names.js';

/** One input text: its name (for messages) and content. */
export interface TextFile {
  file: string;
  text: string;
}

/** The texts of a graph in one format: one file, or for CSV a nodes file and an edges file. */
export type GraphTexts =
  | { format: Exclude<TextFormatName, 'csv'>; file: TextFile }
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

/**
 * Serialises a graph: one text, or for CSV the two files' texts.
 *
 * @param graph - the graph
 * @param format - a text format (workbooks are written by `saveGraph`, Node only)
 * @param options - `excel`: CSV texts start with the byte order mark Excel needs to show non-ASCII text
 */
export function serializeGraph(graph: EcoGraph, format: FormatName, options: { excel?: boolean } = {}): Record<string, string> {
  switch (format) {
    case 'xlsx':
      throw new Error('a workbook is not text: write it with saveGraph');
    case 'json':
      return { '': writeJson(graph) };
    case 'gexf':
      return { '': writeGexf(graph) };
    case 'graphml':
      return { '': writeGraphml(graph) };
    case 'csv': {
      const { nodes, edges } = writeCsv(graph);
      const bom = options.excel ? '\ufeff' : '';
      return { 'nodes.csv': bom + nodes, 'edges.csv': bom + edges };
    }
  }
}
