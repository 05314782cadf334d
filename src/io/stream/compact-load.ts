/**
 * Reading a large graph file straight into the compact form: the file is read in chunks (CSV
 * directory or native JSON), each element is validated as it arrives by the rules of `buildGraph`,
 * every valid tie goes to the caller's {@link TieSink}, and no graphology graph is built nor the
 * text held whole. Reads and validates only: which view the ties make is the sink's business (the
 * opener in `src/open/` pairs this reader with the view builder of `metrics/`).
 *
 * Node-only (file handles): the web app never imports this file.
 */
import { stat } from 'node:fs/promises';
import { formatFromPath, unsupportedFormat } from '../format-names.js';
import type { CompactGraph } from '../../model/compact-graph.js';
import { InvalidGraphError } from '../../model/problems.js';
import type { CompactBuildOptions } from './compact-builder.js';
import { readCompactSources, type TextSource } from './compact-read.js';
import { findCsvFiles, notFound } from '../csv-files.js';
// measured before a route is picked, so it lives with the CSV tables and loads without this reader
export { graphInputBytes } from '../csv-files.js';
import type { TextEncodingName } from '../text.js';
import { readTextChunks } from './text-chunks.js';

/** Progress of a load: bytes read over all input files. */
export interface LoadProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
}

/** Options of {@link readCompactGraph}. */
export interface CompactReadOptions extends CompactBuildOptions {
  /** Called after every chunk read. */
  onProgress?: ((progress: LoadProgress) => void) | undefined;
  /** Stops the read (the promise rejects with the signal's reason). */
  signal?: AbortSignal | undefined;
  /** Bytes per read (default 1 MiB). */
  chunkBytes?: number;
  /** Read the text in this encoding instead of detecting it. */
  encoding?: TextEncodingName | undefined;
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads and validates a CSV directory or native JSON file in chunks into the compact form of the
 * graph, handing every valid tie to `options.sink`.
 *
 * @param path - a `.json` file or a CSV directory (or a file inside one)
 * @param options - kept node attributes, tie sink, progress callback, abort signal, chunk size
 * @returns ids, kinds and the kept node attributes of the valid graph
 * @throws InvalidGraphError with every problem when the graph has errors, or for a path that is
 *   missing, of no known format, or GEXF / GraphML (read those with `loadGraph`)
 * @example
 * const graph = await readCompactGraph('big-csv/', { keep: { labels: true }, sink: viewBuilder });
 * @see readGraphFile in `src/io/files.ts`, the whole-text reader whose problems these are
 */
export async function readCompactGraph(path: string, options: CompactReadOptions = {}): Promise<CompactGraph> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new InvalidGraphError([notFound(path, err)]);
  }
  const format = formatFromPath(path, info.isDirectory());
  if (format === undefined || format === 'gexf' || format === 'graphml' || format === 'xlsx' || (format === 'json' && info.isDirectory()))
    throw new InvalidGraphError([unsupportedFormat(path)]);
  const { onProgress, signal, chunkBytes, encoding, ...build } = options;
  if (format === 'json') {
    const totalBytes = (await sizeOf(path)) ?? 0;
    const chunks = readTextChunks(path, path, { chunkBytes, signal, encoding, onBytes: (bytesRead) => onProgress?.({ file: path, bytesRead, totalBytes }) });
    return readCompactSources({ format: 'json', source: { file: path, chunks } }, build);
  }
  const found = await findCsvFiles(path);
  if ('code' in found) throw new InvalidGraphError([found]);
  const files = { nodes: found.nodes, edges: found.edges };
  const [nodesSize, edgesSize] = await Promise.all([files.nodes !== undefined ? sizeOf(files.nodes) : undefined, sizeOf(files.edges)]);
  const sizes = { nodes: nodesSize, edges: edgesSize };
  const totalBytes = (sizes.nodes ?? 0) + (sizes.edges ?? 0);
  const source = (name: 'nodes' | 'edges', before: number): TextSource | undefined => {
    const file = files[name];
    if (file === undefined || sizes[name] === undefined) return undefined;
    return { file, chunks: readTextChunks(file, file, { chunkBytes, signal, encoding, onBytes: (bytesRead) => onProgress?.({ file, bytesRead: before + bytesRead, totalBytes }) }) };
  };
  return readCompactSources({ format: 'csv', dir: found.dir, nodes: source('nodes', 0), edges: source('edges', sizes.nodes ?? 0) }, build);
}
