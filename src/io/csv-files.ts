/**
 * Finding the tables of a CSV directory on disk: `nodes` and `edges` with a `.csv`, `.tsv` or
 * `.txt` extension, names in any case (`Nodes.csv`, `EDGES.CSV`). The edges table is the one
 * required file (an edge list alone makes its nodes from the ends); a missing path, a file given
 * as a directory, and a directory without an edges table are problems with stable codes.
 *
 * Node-only (file system).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { problem, type Problem } from '../model/problems.js';

/** Extensions of a CSV directory's tables, in order of preference. */
export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt'] as const;

/** The tables found in a CSV directory. */
export interface CsvFiles {
  dir: string;
  /** Path of the nodes table, when there is one. */
  nodes?: string | undefined;
  /** Path of the edges table. */
  edges: string;
}

/**
 * The problem for a path that cannot be opened: `not-a-directory` when a part of it that must be a
 * directory is a file (`eco/nodes.csv/`), else `not-found`.
 *
 * @param path - the path given
 * @param error - the error `stat` threw, if any
 */
export function notFound(path: string, error?: unknown): Problem {
  if ((error as { code?: string } | undefined)?.code === 'ENOTDIR')
    return problem('error', 'not-a-directory', 'a part of this path that must be a directory is a file', { file: path });
  return problem('error', 'not-found', 'no such file or directory', { file: path });
}

/** The table named `base` among a directory's entries (any case, preferred extension first). */
function tableIn(entries: readonly string[], base: 'nodes' | 'edges'): string | undefined {
  for (const ext of TABLE_EXTENSIONS) {
    const found = entries.find((e) => e.toLowerCase() === base + ext);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The nodes and edges tables of a CSV directory argument (the directory, or a `.csv` / `.tsv`
 * file inside it), or the problem that says why there are none.
 *
 * @param path - a directory, or a table inside one
 * @returns the tables, or a `not-found`, `not-a-directory` or `no-edges-file` problem
 * @example
 * const found = await findCsvFiles('eco/'); // { dir: 'eco/', nodes: 'eco/Nodes.csv', edges: 'eco/edges.csv' }
 */
export async function findCsvFiles(path: string): Promise<CsvFiles | Problem> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (err) {
    return notFound(path, err);
  }
  if (!isDirectory && (path.endsWith('/') || path.endsWith('\\')))
    return problem('error', 'not-a-directory', 'this path ends in / but is a file, not a CSV directory', { file: path });
  const dir = isDirectory ? path : join(path, '..');
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return notFound(dir);
  }
  const nodes = tableIn(entries, 'nodes');
  const edges = tableIn(entries, 'edges');
  if (edges === undefined) {
    const tables = entries.filter((e) => TABLE_EXTENSIONS.some((ext) => e.toLowerCase().endsWith(ext))).sort();
    const seen = tables.length > 0 ? ` (it holds ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''})` : '';
    const what = nodes !== undefined ? `has ${nodes} but no edges.csv` : 'has neither nodes.csv nor edges.csv';
    return problem(
      'error',
      'no-edges-file',
      `the CSV directory ${what}${seen}: it needs edges.csv (source,target,…) and, optionally, nodes.csv (id,label,kind,…)`,
      { file: join(dir, 'edges.csv') },
    );
  }
  return { dir, nodes: nodes !== undefined ? join(dir, nodes) : undefined, edges: join(dir, edges) };
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : 0;
  } catch {
    return 0;
  }
}

/**
 * Bytes of a graph argument: a file's size, or nodes.csv + edges.csv of a CSV directory (0 when
 * unknown or missing). What the opener weighs to pick a route, before any reader is loaded.
 *
 * @param path - a graph file or CSV directory
 * @example
 * await graphInputBytes('big-csv/'); // 734003200
 */
export async function graphInputBytes(path: string): Promise<number> {
  try {
    if ((await stat(path)).isDirectory()) {
      const found = await findCsvFiles(path);
      if ('code' in found) return 0;
      const [nodes, edges] = await Promise.all([found.nodes !== undefined ? fileSize(found.nodes) : 0, fileSize(found.edges)]);
      return nodes + edges;
    }
  } catch {
    return 0;
  }
  return fileSize(path);
}
