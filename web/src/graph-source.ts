/**
 * Where the explorer's graph comes from: the server's `api/graph` when served by `ecograph serve`,
 * or files the user drops or picks (JSON, GEXF, GraphML, or a nodes.csv + edges.csv pair), read with
 * the library's browser-safe opener, which takes the standard route: the explorer draws every node
 * and lists every problem.
 */
import { formatFromPath, unsupportedFormat, type GraphTexts } from '../../src/io/formats.js';
import { openGraphTexts } from '../../src/open/browser.js';
import type { BuildResult } from '../../src/model/build.js';
import { createEcoGraph } from '../../src/model/graph.js';
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

async function readText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
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
    if (!nodes)
      return failure(csv[0]!.name, [problem('error', 'missing-column', 'a CSV graph needs a nodes.csv file (drop nodes.csv and edges.csv together)', { file: csv[0]!.name })]);
    const input: GraphTexts = { format: 'csv', dir: '', nodes: { file: nodes.name, text: await readText(nodes) } };
    if (edges) input.edges = { file: edges.name, text: await readText(edges) };
    return { name: edges ? `${nodes.name} + ${edges.name}` : nodes.name, ...openGraphTexts(input) };
  }
  const file = files[0]!;
  const format = formatFromPath(file.name);
  if (format === undefined || format === 'csv' || format === 'xlsx') return failure(file.name, [unsupportedFormat(file.name)]);
  return { name: file.name, ...openGraphTexts({ format, file: { file: file.name, text: await readText(file) } }) };
}
