/**
 * Where the explorer's graph comes from: the server's `api/graph` when served by `ecograph serve`,
 * or files the user drops or picks (JSON, GEXF, GraphML, or edges.csv with or without nodes.csv), read with
 * the library's browser-safe opener, which takes the standard route: the explorer draws every node
 * and lists every problem.
 */
import { formatFromPath, unsupportedFormat, type GraphTexts } from '../../src/io/formats.js';
import { openGraphTexts } from '../../src/open/browser.js';
import type { BuildResult } from '../../src/model/build.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { decodeText } from '../../src/io/text.js';
import { problem, type Problem } from '../../src/model/problems.js';

/** A graph read from somewhere, with every problem found and a name to show. */
export interface LoadedGraph extends BuildResult {
  name: string;
}

function failure(name: string, problems: Problem[]): LoadedGraph {
  return { name, graph: createEcoGraph(), problems, locations: { nodes: new Map(), edges: new Map() } };
}

/** The graph the server serves (already validated there), or null when the page is not served by `ecograph serve`. */
export async function loadServedGraph(): Promise<LoadedGraph | null> {
  let response: Response;
  try {
    response = await fetch('api/graph', { cache: 'no-store' });
  } catch {
    return null;
  }
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null;
  let name = 'graph.json';
  try {
    const info = (await (await fetch('api/info', { cache: 'no-store' })).json()) as { name?: unknown };
    if (typeof info.name === 'string') name = info.name;
  } catch {
    // the name is only for display
  }
  // The server validated the graph with `loadGraph` and serialised it with `writeJson`, whose
  // document is graphology's serialisation format: import it as is instead of validating it again
  // (the costly part on large graphs). Files the user opens are always read and validated.
  const graph = createEcoGraph();
  graph.import((await response.json()) as Parameters<typeof graph.import>[0]);
  return { name, graph, problems: [], locations: { nodes: new Map(), edges: new Map() } };
}

/** A dropped file's text, decoded by the rules of every reader (UTF-8, UTF-16 with a BOM, Shift_JIS), or the problem that says why not. */
async function readText(file: File): Promise<{ file: string; text: string } | Problem> {
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
  return decoded.ok ? { file: file.name, text: decoded.text } : decoded.problem;
}

/**
 * Reads dropped or picked files: one graph file, or a CSV pair recognised by the names
 * `…nodes.csv` and `…edges.csv`.
 */
export async function loadFiles(files: readonly File[]): Promise<LoadedGraph> {
  if (files.length === 0) return failure('no file', [problem('error', 'bad-structure', 'no file was given', { file: '(none)' })]);
  const csv = files.filter((f) => f.name.toLowerCase().endsWith('.csv'));
  if (csv.length > 0) {
    const nodes = csv.find((f) => /nodes\.csv$/i.test(f.name));
    const edges = csv.find((f) => /edges\.csv$/i.test(f.name));
    const name = [nodes, edges].filter((f) => f !== undefined).map((f) => f.name).join(' + ') || csv[0]!.name;
    const input: GraphTexts = { format: 'csv', dir: '' };
    const problems: Problem[] = [];
    for (const [key, f] of [['nodes', nodes], ['edges', edges]] as const) {
      if (f === undefined) continue;
      const text = await readText(f);
      if ('code' in text) problems.push(text);
      else input[key] = text;
    }
    if (problems.length > 0) return failure(name, problems);
    return { name, ...openGraphTexts(input) };
  }
  const file = files[0]!;
  const format = formatFromPath(file.name);
  if (format === undefined || format === 'csv' || format === 'xlsx') return failure(file.name, [unsupportedFormat(file.name)]);
  const text = await readText(file);
  if ('code' in text) return failure(file.name, [text]);
  return { name: file.name, ...openGraphTexts({ format, file: text }) };
}
