/**
 * Feeding texts, chunk by chunk, through the incremental CSV tokenizer or JSON scanner into the
 * validating {@link CompactGraphBuilder}: the streaming half of the compact route, on any source of
 * text chunks (file streams in Node, whole texts in the browser).
 *
 * Browser-safe: no Node imports.
 */
import { checkRowWidth, edgeRowReader, nodeRowReader, nodesFromEdgesWarning, noEdgesProblem, plainEdgeColumns, plainNodeColumns } from '../csv.js';
import type { GraphTexts } from '../formats.js';
import { isProblem, jsonAttributeProblems, jsonEdge, jsonEdgeDefaults, jsonNode } from '../json.js';
import { TextDecodeFailure } from '../text.js';
import { problem, type Problem } from '../../model/problems.js';
import type { RawEdge } from '../../model/raw.js';
import type { CompactGraph } from '../../model/compact-graph.js';
import { InvalidGraphError } from '../../model/problems.js';
import { CompactGraphBuilder, type CompactBuildOptions } from './compact-builder.js';
import { CsvRecordParser } from './csv-records.js';
import { JsonElementScanner, JsonScanFailure } from './json-elements.js';

/** One text given in chunks: its name (for problems) and the chunks, in order. */
export interface TextSource {
  file: string;
  chunks: AsyncIterable<string> | Iterable<string>;
}

/** The texts of a CSV directory as chunk sources. */
export interface CsvSources {
  dir: string;
  nodes?: TextSource | undefined;
  edges?: TextSource | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the texts of a CSV directory into the builder, record by record.
 *
 * @param sources - the chunks of `edges.csv` and `nodes.csv` (without nodes.csv, the nodes are made
 *   from the edges' ends, as `readCsv` makes them)
 * @param builder - checks the elements and keeps the compact graph
 * @param fatal - receives the problems that replace every other one (unreadable text, no edges.csv)
 * @example
 * await feedCsv({ dir: 'eco', nodes: { file: 'eco/nodes.csv', chunks: [text] } }, builder, fatal);
 */
export async function feedCsv(sources: CsvSources, builder: CompactGraphBuilder, fatal: Problem[]): Promise<void> {
  if (sources.edges === undefined) fatal.push(noEdgesProblem(sources.dir, sources.nodes !== undefined));
  const nodesFromEdges = sources.nodes === undefined && sources.edges !== undefined;
  /** Adds the ends of an edge not yet seen as nodes, in the order `nodesFromEdges` makes them. */
  const addEnds = (edge: RawEdge) => {
    for (const end of [edge.source, edge.target]) {
      const id = typeof end === 'string' ? end.trim() : '';
      if (id === '' || builder.hasNode(id)) continue;
      const { fieldColumns: _columns, ...loc } = edge.loc;
      builder.addNode({ id, attributes: {}, loc });
    }
  };
  if (nodesFromEdges) builder.report([nodesFromEdgesWarning({ file: sources.edges!.file })]);
  for (const name of ['nodes', 'edges'] as const) {
    const source = sources[name];
    if (source === undefined) continue;
    const file = source.file;
    const problems: Problem[] = [];
    let convert: ((row: { fields: string[]; line: number }) => void) | undefined;
    let width = 0;
    let header = true;
    const onRow = (fields: string[], line: number) => {
      if (header) {
        header = false;
        width = fields.length;
        if (name === 'nodes') {
          const plain = plainNodeColumns(fields);
          if (plain) {
            // id and label only: the row is checked as the node it makes, without a raw node
            const { id: ii, label: li, fieldColumns } = plain;
            convert = (row) => builder.addPlainNode(row.fields[ii] ?? '', li === undefined ? undefined : (row.fields[li] ?? ''), { file, line: row.line, fieldColumns });
            // a row without quotes is read from where it stands in the text (no array of fields),
            // located by one object for every row (problems copy from it)
            const rowLoc = { file, line: 0, fieldColumns };
            parser.onRanges = (text, bounds, count, line) => {
              if (count !== width) return onRangesRow(text, bounds, count, line);
              rowLoc.line = line;
              builder.addPlainNode(text.slice(bounds[2 * ii]!, bounds[2 * ii + 1]!), li === undefined ? undefined : text.slice(bounds[2 * li]!, bounds[2 * li + 1]!), rowLoc);
            };
            return;
          }
          const toNode = nodeRowReader(file, fields, line, problems);
          if (toNode) convert = (row) => builder.addNode(toNode(row));
        } else {
          const plain = nodesFromEdges ? undefined : plainEdgeColumns(fields);
          if (plain) {
            // source and target only: the row is checked as the tie it makes, without a raw edge
            const { source: si, target: ti, fieldColumns } = plain;
            convert = (row) => builder.addPlainEdge(row.fields[si] ?? '', row.fields[ti] ?? '', { file, line: row.line, fieldColumns });
            // a row of two unquoted fields is checked where it stands in the text (no string per field),
            // located by one object for every row (problems copy from it; the tie sink reads it during the call)
            const rowLoc = { file, line: 0, fieldColumns };
            parser.onRanges = (text, bounds, count, line) => {
              if (count !== width) return onRangesRow(text, bounds, count, line);
              rowLoc.line = line;
              builder.addPlainEdgeAt(text, bounds[2 * si]!, bounds[2 * si + 1]!, bounds[2 * ti]!, bounds[2 * ti + 1]!, -1, -1, rowLoc, false);
            };
            return;
          }
          const toEdge = edgeRowReader(file, fields, line, problems);
          if (toEdge)
            convert = nodesFromEdges
              ? (row) => {
                  const edge = toEdge(row);
                  addEnds(edge);
                  builder.addEdge(edge);
                }
              : (row) => builder.addEdge(toEdge(row));
        }
        return;
      }
      checkRowWidth(fields, line, width, file, problems);
      convert?.({ fields, line });
      if (problems.length > 0) builder.report(problems.splice(0));
    };
    /** A row given as ranges whose width is not the header's, read as the record handler reads it (which reports it). */
    const onRangesRow = (text: string, bounds: Int32Array, count: number, line: number) => {
      const fields: string[] = [];
      for (let k = 0; k < count; k++) fields.push(text.slice(bounds[2 * k]!, bounds[2 * k + 1]!));
      onRow(fields, line);
    };
    const parser = new CsvRecordParser(file, onRow);
    try {
      for await (const text of source.chunks) {
        if (fatal.length === 0) parser.push(text);
        if (problems.length > 0) builder.report(problems.splice(0));
        if (parser.problems.length > 0) builder.report(parser.problems.splice(0));
      }
      if (fatal.length === 0) parser.end();
    } catch (err) {
      if (!(err instanceof TextDecodeFailure)) throw err;
      fatal.push(err.problem);
    }
    builder.report(problems.splice(0));
    builder.report(parser.problems.splice(0));
  }
}

/**
 * Reads a native JSON text into the builder, element by element.
 *
 * @param source - the chunks of the file
 * @param builder - checks the elements and keeps the compact graph
 * @param fatal - receives the problem that replaces every other one (unreadable text, a syntax error)
 * @example
 * await feedJson({ file: 'eco.json', chunks: [text] }, builder, fatal);
 */
export async function feedJson(source: TextSource, builder: CompactGraphBuilder, fatal: Problem[]): Promise<void> {
  const file = source.file;
  const structure = (message: string, line = 1, field?: string) => builder.report([problem('error', 'bad-structure', message, { file, line }, field)]);
  let optionsSeen = false;
  let defaults = jsonEdgeDefaults(undefined);
  let nodesArray = false;
  let edgesValue: unknown;
  let edgesArray = false;
  let ready = false;
  const waiting: { value: unknown; position: number; line: number; column: number }[] = [];
  const nodeLoc = { file, line: 0, column: 0 };
  const addEdge = (e: unknown, position: number, line: number, column: number) => {
    const edge = jsonEdge(e, position, { file, line, column }, defaults);
    if (isProblem(edge)) builder.report([edge]);
    else builder.addEdge(edge);
  };
  const scanner = new JsonElementScanner(file, {
    value(key, value) {
      if (key === 'attributes' && isObject(value)) {
        builder.graphAttributes = { ...value };
        builder.report(jsonAttributeProblems(value, file));
      } else if (key === 'options') {
        optionsSeen = true;
        defaults = jsonEdgeDefaults(value);
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
        const node = jsonNode(value, position, { file, line, column });
        if (isProblem(node)) builder.report([node]);
        else builder.addNode(node);
      } else if (ready) addEdge(value, position, line, column);
      else waiting.push({ value, position, line, column });
      return undefined;
    },
    plainNode(id, label, _position, line, column) {
      // one location object for every plain node, as for the rows of nodes.csv (problems copy from it)
      nodeLoc.line = line;
      nodeLoc.column = column;
      builder.addPlainNode(id, label, nodeLoc);
    },
    plainEdge(edge, position, line, column) {
      const { text, keyStart, undirected } = edge;
      if (!ready) {
        // read as any element once the nodes and the direction defaults are known
        const value: Record<string, unknown> = { source: text.slice(edge.sourceStart, edge.sourceEnd), target: text.slice(edge.targetStart, edge.targetEnd), attributes: {} };
        if (keyStart >= 0) value.key = text.slice(keyStart, edge.keyEnd);
        if (undirected !== undefined) value.undirected = undirected;
        waiting.push({ value, position, line, column });
        return;
      }
      // as jsonEdge reads the direction: the element's own, else the document's defaults
      const directed = undirected !== undefined ? !undirected : defaults.undirected ? false : defaults.directed;
      builder.addPlainEdgeIn(text, edge.sourceStart, edge.sourceEnd, edge.targetStart, edge.targetEnd, keyStart, edge.keyEnd, file, line, column, directed);
    },
  });
  try {
    for await (const text of source.chunks) scanner.push(text);
    scanner.end();
  } catch (err) {
    if (err instanceof TextDecodeFailure || err instanceof JsonScanFailure) {
      fatal.push(err.problem);
      return;
    }
    throw err;
  }
  if (!nodesArray) structure('missing "nodes" array', 1, 'nodes');
  if (edgesValue !== undefined && !edgesArray) structure('"edges" must be an array', 1, 'edges');
  for (const w of waiting) addEdge(w.value, w.position, w.line, w.column);
}

/**
 * Reads and validates a CSV directory's or a native JSON document's texts into the compact form,
 * handing every valid tie to `options.sink`.
 *
 * @param input - CSV sources (`format: 'csv'`) or one JSON source (`format: 'json'`)
 * @param options - node attributes to keep, the tie sink, `--kind-from`, warnings kept
 * @returns what was kept of the graph
 * @throws InvalidGraphError with every problem when the graph has errors
 * @example
 * const graph = await readCompactSources({ format: 'json', source: { file: 'eco.json', chunks: [text] } }, { keep: { labels: true } });
 */
export async function readCompactSources(
  input: ({ format: 'csv' } & CsvSources) | { format: 'json'; source: TextSource },
  options: CompactBuildOptions = {},
): Promise<CompactGraph> {
  const builder = new CompactGraphBuilder(input.format === 'csv' ? input.dir : input.source.file, options);
  // Problems that replace every other one (unreadable text, a syntax error), as the standard route reports them.
  const fatal: Problem[] = [];
  if (input.format === 'csv') await feedCsv(input, builder, fatal);
  else await feedJson(input.source, builder, fatal);
  if (fatal.length > 0) throw new InvalidGraphError(fatal);
  return builder.finish();
}

/**
 * The compact form of whole texts (CSV or native JSON), as {@link readCompactSources} reads them.
 *
 * @param texts - the texts of a graph in CSV or JSON
 * @param options - node attributes to keep, the tie sink, `--kind-from`, warnings kept
 * @throws InvalidGraphError with every problem; an Error for GEXF or GraphML (read them with `parseGraph`)
 * @example
 * const graph = await readCompactTexts({ format: 'json', file: { file: 'eco.json', text } });
 */
export async function readCompactTexts(texts: GraphTexts, options: CompactBuildOptions = {}): Promise<CompactGraph> {
  if (texts.format === 'csv') {
    const source = (t: { file: string; text: string } | undefined) => (t ? { file: t.file, chunks: [t.text] } : undefined);
    return readCompactSources({ format: 'csv', dir: texts.dir, nodes: source(texts.nodes), edges: source(texts.edges) }, options);
  }
  if (texts.format === 'json') return readCompactSources({ format: 'json', source: { file: texts.file.file, chunks: [texts.file.text] } }, options);
  throw new Error(`the compact reader reads CSV and native JSON, not ${texts.format}`);
}
