/**
 * Loading a large graph straight into the compact form metrics run on: the file is read in chunks
 * (CSV directory or native JSON), each element is validated as it arrives by the rules of
 * `buildGraph`, and only the view's ties are kept, in typed arrays. No graphology graph is built
 * and the text is never held whole. GEXF and GraphML go through the standard path.
 *
 * Node-only (fs streams): the web app never imports this folder.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGraph } from '../files.js';
import { formatFromPath, unsupportedFormat } from '../formats.js';
import { checkRowWidth, edgeRowReader, nodeRowReader } from '../csv.js';
import { indexGraph } from '../../metrics/indexed-graph.js';
import { buildView, type ViewOptions } from '../../metrics/view.js';
import { InvalidGraphError, problem, type Problem } from '../../model/problems.js';
import type { RawEdge, RawNode } from '../../model/raw.js';
import { CONFIDENCE_LEVELS, FORMAT_ID, NODE_KINDS } from '../../model/schema.js';
import { CompactGraphBuilder, UNTYPED, type CompactLoad, type KeepOptions } from './compact-builder.js';
import { CsvRecordParser } from './csv-records.js';
import { JsonElementScanner, JsonScanFailure } from './json-elements.js';
import { TextDecodeFailure, readTextChunks } from './text-chunks.js';

/** Progress of a load: bytes read over all input files. */
export interface LoadProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
}

export interface CompactLoadOptions {
  /** The view to build (the default: the simple undirected projection). */
  view?: ViewOptions;
  /** Read node kinds from this attribute (foreign graphs). */
  kindFrom?: string | undefined;
  /** Node attributes to keep beside the view (labels; lineage: founded, listed, spin-off ties). */
  keep?: KeepOptions;
  /** Warnings kept (the rest counted); default 1000. */
  maxWarnings?: number;
  /** Called after every chunk read. */
  onProgress?: ((progress: LoadProgress) => void) | undefined;
  /** Stops the load (the promise rejects with the signal's reason). */
  signal?: AbortSignal | undefined;
  /** Bytes per read (default 1 MiB). */
  chunkBytes?: number;
}

export type { CompactLoad } from './compact-builder.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the texts of a CSV directory into the builder; decode problems apart (they replace all others). */
async function streamCsv(dir: string, builder: CompactGraphBuilder, options: CompactLoadOptions, decodeProblems: Problem[]): Promise<void> {
  const files = { nodes: join(dir, 'nodes.csv'), edges: join(dir, 'edges.csv') };
  const sizes = { nodes: await sizeOf(files.nodes), edges: await sizeOf(files.edges) };
  if (sizes.nodes === undefined) {
    decodeProblems.push(problem('error', 'missing-column', `the CSV directory has no nodes.csv`, { file: files.nodes }));
  }
  const totalBytes = (sizes.nodes ?? 0) + (sizes.edges ?? 0);
  let before = 0;
  for (const name of ['nodes', 'edges'] as const) {
    const file = files[name];
    if (sizes[name] === undefined) continue;
    const problems: Problem[] = [];
    let convert: ((row: { fields: string[]; line: number }) => void) | undefined;
    let width = 0;
    let header = true;
    const parser = new CsvRecordParser(file, (fields, line) => {
      if (header) {
        header = false;
        width = fields.length;
        if (name === 'nodes') {
          const toNode = nodeRowReader(file, fields, line, problems);
          if (toNode) convert = (row) => builder.addNode(toNode(row));
        } else {
          const toEdge = edgeRowReader(file, fields, line, problems);
          if (toEdge) convert = (row) => builder.addEdge(toEdge(row));
        }
        return;
      }
      checkRowWidth(fields, line, width, file, problems);
      convert?.({ fields, line });
      if (problems.length > 0) builder.report(problems.splice(0));
    });
    const offset = before;
    try {
      for await (const text of readTextChunks(file, file, {
        chunkBytes: options.chunkBytes,
        signal: options.signal,
        onBytes: (bytesRead) => options.onProgress?.({ file, bytesRead: offset + bytesRead, totalBytes }),
      })) {
        if (decodeProblems.length === 0) parser.push(text);
        if (problems.length > 0) builder.report(problems.splice(0));
        if (parser.problems.length > 0) builder.report(parser.problems.splice(0));
      }
      if (decodeProblems.length === 0) parser.end();
    } catch (err) {
      if (!(err instanceof TextDecodeFailure)) throw err;
      decodeProblems.push(err.problem);
    }
    builder.report(problems.splice(0));
    builder.report(parser.problems.splice(0));
    before += sizes[name]!;
  }
}

/** Reads a native JSON file into the builder. */
async function streamJson(path: string, builder: CompactGraphBuilder, options: CompactLoadOptions, failures: Problem[]): Promise<void> {
  const file = path;
  const totalBytes = (await sizeOf(path)) ?? 0;
  const structure = (message: string, line = 1, field?: string) => builder.report([problem('error', 'bad-structure', message, { file, line }, field)]);
  let optionsSeen = false;
  let defaultUndirected = false;
  let defaultDirected = false;
  let nodesArray = false;
  let edgesValue: unknown;
  let edgesArray = false;
  let ready = false;
  const waiting: { value: unknown; position: number; line: number; column: number }[] = [];
  const addEdge = (e: unknown, position: number, line: number, column: number) => {
    const loc = { file, line, column };
    if (!isObject(e)) return structure(`edges[${position}] is not an object`, line);
    const { key, id, source, target, undirected, attributes, ...rest } = e;
    const edge: RawEdge = { key: key ?? id, source, target, attributes: { ...rest, ...(isObject(attributes) ? attributes : {}) }, loc };
    if (typeof undirected === 'boolean') edge.directed = !undirected;
    else if (defaultUndirected) edge.directed = false;
    else if (defaultDirected && [undefined, null, ''].includes(edge.attributes.kind as string)) edge.directed = true;
    builder.addEdge(edge);
  };
  const scanner = new JsonElementScanner(file, {
    value(key, value) {
      if (key === 'attributes' && isObject(value)) {
        builder.graphAttributes = { ...value };
        const format = value.format;
        if (format !== undefined && typeof format === 'string' && format.startsWith('ecograph@') && format !== FORMAT_ID)
          structure(`unsupported format version "${format}" (this version reads ${FORMAT_ID})`, 1, 'attributes.format');
      } else if (key === 'options') {
        optionsSeen = true;
        defaultUndirected = isObject(value) && value.type === 'undirected';
        defaultDirected = isObject(value) && (value.type === 'mixed' || value.type === 'directed');
      } else if (key === 'nodes') nodesArray = false;
      else if (key === 'edges') {
        edgesValue = value;
        edgesArray = false;
      }
    },
    arrayStart(key) {
      if (key === 'nodes') nodesArray = true;
      else {
        edgesArray = true;
        // Edges are checked against the nodes and read with the graph's default direction: both
        // must be known first. In the layout writeJson writes (options, nodes, edges) they are;
        // otherwise edges wait in memory until the end of the document.
        ready = nodesArray && optionsSeen;
      }
    },
    element(key, value, position, line, column) {
      if (key === 'nodes') {
        if (!isObject(value)) return structure(`nodes[${position}] is not an object`, line);
        const { key: k, id, attributes, ...rest } = value;
        const node: RawNode = { id: k ?? id, attributes: { ...rest, ...(isObject(attributes) ? attributes : {}) }, loc: { file, line, column } };
        builder.addNode(node);
      } else if (ready) addEdge(value, position, line, column);
      else waiting.push({ value, position, line, column });
      return undefined;
    },
  });
  try {
    for await (const text of readTextChunks(path, file, {
      chunkBytes: options.chunkBytes,
      signal: options.signal,
      onBytes: (bytesRead) => options.onProgress?.({ file, bytesRead, totalBytes }),
    }))
      scanner.push(text);
    scanner.end();
  } catch (err) {
    if (err instanceof TextDecodeFailure || err instanceof JsonScanFailure) {
      failures.push(err.problem);
      return;
    }
    throw err;
  }
  if (!nodesArray) structure('missing "nodes" array', 1, 'nodes');
  if (edgesValue !== undefined && !edgesArray) structure('"edges" must be an array', 1, 'edges');
  for (const w of waiting) addEdge(w.value, w.position, w.line, w.column);
}

/** The standard path (graphology), for formats the streaming readers do not cover. */
async function loadStandard(path: string, options: CompactLoadOptions): Promise<CompactLoad> {
  const eco = await loadGraph(path, options.kindFrom !== undefined ? { kindFrom: options.kindFrom } : {});
  const { graph: viewGraph, view } = buildView(eco, options.view);
  const graph = indexGraph(viewGraph);
  const n = graph.nodes.length;
  const nodeKinds = new Uint8Array(n);
  graph.nodes.forEach((id, i) => {
    const kind = eco.getNodeAttribute(id, 'kind');
    nodeKinds[i] = kind !== undefined ? NODE_KINDS.indexOf(kind) : UNTYPED;
  });
  const result: CompactLoad = { graph, view, nodeKinds, attributes: { ...eco.getAttributes() }, warnings: [], warningCount: 0 };
  if (options.keep?.labels) result.labels = graph.nodes.map((id) => eco.getNodeAttribute(id, 'label'));
  if (options.keep?.lineage) {
    const founded = new Float64Array(n);
    const listed = new Uint8Array(n);
    graph.nodes.forEach((id, i) => {
      const y = eco.getNodeAttribute(id, 'founded');
      founded[i] = typeof y === 'number' ? y : NaN;
      listed[i] = eco.getNodeAttribute(id, 'listed') === true ? 1 : 0;
    });
    const source: number[] = [];
    const target: number[] = [];
    const confidence: number[] = [];
    eco.forEachDirectedEdge((_e, attrs, s, t) => {
      if (attrs.kind !== 'spinoff') return;
      const a = graph.index.get(s);
      const b = graph.index.get(t);
      if (a === undefined || b === undefined) return;
      source.push(a);
      target.push(b);
      const c = attrs.confidence !== undefined ? CONFIDENCE_LEVELS.indexOf(attrs.confidence) : -1;
      confidence.push(c < 0 ? 255 : c);
    });
    Object.assign(result, {
      founded,
      listed,
      spinoffs: { source: Int32Array.from(source), target: Int32Array.from(target), confidence: Uint8Array.from(confidence) },
    });
  }
  return result;
}

/**
 * Loads a graph file or CSV directory straight into the indexed (CSR) form of a view.
 *
 * The result equals `indexGraph(buildView(await loadGraph(path), view).graph)` and that view's
 * description (node order, arcs, strengths, distances, merged ties, dropped self-loops and
 * zero-strength ties); an invalid graph is refused with every error, as `loadGraph` refuses it.
 * CSV directories and native JSON are streamed; GEXF and GraphML take the standard path.
 *
 * @param path - a `.json` file or a CSV directory (`.gexf` / `.graphml` also accepted)
 * @param options - view, kept node attributes, progress callback, abort signal
 * @returns the indexed view, its description and the kind of every view node
 * @throws InvalidGraphError with every problem when the graph has errors
 * @throws MetricError for a bad weight, as `buildView`
 * @example
 * const { graph, view } = await loadCompactGraph('big-csv/', { view: { weighted: 'weight' } });
 * pagerank(graph);
 * @see indexGraph, buildView, loadGraph: the standard path this one equals
 */
export async function loadCompactGraph(path: string, options: CompactLoadOptions = {}): Promise<CompactLoad> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InvalidGraphError([problem('error', 'bad-structure', 'no such file or directory', { file: path })]);
  }
  const format = formatFromPath(path, info.isDirectory());
  if (format === undefined) throw new InvalidGraphError([unsupportedFormat(path)]);
  if (format === 'gexf' || format === 'graphml') return loadStandard(path, options);
  if (format === 'json' && info.isDirectory()) throw new InvalidGraphError([unsupportedFormat(path)]);
  const dir = format === 'csv' ? (info.isDirectory() ? path : join(path, '..')) : path;
  const builder = new CompactGraphBuilder(dir, {
    ...(options.view ? { view: options.view } : {}),
    kindFrom: options.kindFrom,
    ...(options.keep ? { keep: options.keep } : {}),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
  });
  // Problems that replace every other one (unreadable text, a syntax error), as the standard path reports them.
  const fatal: Problem[] = [];
  if (format === 'csv') await streamCsv(dir, builder, options, fatal);
  else await streamJson(path, builder, options, fatal);
  if (fatal.length > 0) throw new InvalidGraphError(fatal);
  return builder.finish();
}
