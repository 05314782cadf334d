/**
 * Graphs on disk: a graph argument is a file (`.json`, `.gexf`, `.graphml`) or a CSV directory
 * (`nodes.csv` + `edges.csv`). Node-only: the web app uses `formats.ts` directly.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGraph, type BuildOptions, type BuildResult } from '../model/build.js';
import { InvalidGraphError, hasErrors, problem } from '../model/problems.js';
import type { FormatName, RawGraph } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import { writeFilesAtomic } from './atomic-write.js';
import { formatFromPath, readRaw, serializeGraph, unsupportedFormat, type TextFile } from './formats.js';
import { decodeText } from './text.js';

export interface ReadResult extends BuildResult {
  format: FormatName | undefined;
}

async function readText(path: string): Promise<TextFile | RawGraph['problems'][number]> {
  const bytes = await readFile(path);
  const decoded = decodeText(bytes, path);
  return decoded.ok ? { file: path, text: decoded.text } : decoded.problem;
}

function failed(file: string, format: FormatName | undefined, problems: RawGraph['problems']): ReadResult {
  const raw: RawGraph = { file, format: format ?? 'json', attributes: {}, nodes: [], edges: [], problems };
  return { ...buildGraph(raw), format };
}

/** Reads and validates a graph from disk, reporting every problem (never throws on bad input). */
export async function readGraphFile(path: string, options: BuildOptions = {}): Promise<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return failed(path, undefined, [problem('error', 'bad-structure', 'no such file or directory', { file: path })]);
  }
  const format = formatFromPath(path, info.isDirectory());
  if (format === undefined) return failed(path, undefined, [unsupportedFormat(path)]);
  if (format === 'csv') {
    const dir = info.isDirectory() ? path : join(path, '..');
    const texts: { nodes?: TextFile; edges?: TextFile } = {};
    const problems = [];
    for (const name of ['nodes', 'edges'] as const) {
      const file = join(dir, `${name}.csv`);
      try {
        await stat(file);
      } catch {
        if (name === 'nodes') problems.push(problem('error', 'missing-column', `the CSV directory has no nodes.csv`, { file }));
        continue;
      }
      const t = await readText(file);
      if ('text' in t) texts[name] = t;
      else problems.push(t);
    }
    if (problems.length > 0) return failed(dir, format, problems);
    return { ...buildGraph(readRaw({ format, dir, ...texts }), options), format };
  }
  if (info.isDirectory()) return failed(path, format, [unsupportedFormat(path)]);
  const t = await readText(path);
  if (!('text' in t)) return failed(path, format, [t]);
  return { ...buildGraph(readRaw({ format, file: t }), options), format };
}

/** Reads a graph and refuses it (throws {@link InvalidGraphError}) if it has errors. */
export async function loadGraph(path: string, options: BuildOptions = {}): Promise<EcoGraph> {
  const result = await readGraphFile(path, options);
  if (hasErrors(result.problems)) throw new InvalidGraphError(result.problems);
  return result.graph;
}

/** Writes a graph atomically in the given (or path-implied) format. Returns the files written. */
export async function saveGraph(graph: EcoGraph, path: string, format?: FormatName): Promise<string[]> {
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    // a new path
  }
  const fmt = format ?? formatFromPath(path, isDir);
  if (fmt === undefined) throw new Error(`cannot tell the output format of "${path}": use --to json|csv|gexf|graphml`);
  const texts = serializeGraph(graph, fmt);
  const files = Object.entries(texts).map(([name, data]) => ({ path: name === '' ? path : join(path, name), data }));
  await writeFilesAtomic(files);
  return files.map((f) => f.path);
}
