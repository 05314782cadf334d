/**
 * Native JSON: graphology's serialisation with `attributes.format: "ecograph@1"`.
 *
 * Reading keeps the line of every node and edge, so problems point into the file. One scanner
 * (`stream/json-elements.ts`) serves both routes; the element conversions here serve both too.
 */
import { FORMAT_ID } from '../model/schema.js';
import { problem, type ElementLocation, type Problem } from '../model/problems.js';
import type { RawEdge, RawGraph, RawNode } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import { JsonElementScanner, JsonScanFailure } from './stream/json-elements.js';
import { LineIndex } from './text.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How edges without `undirected` get their direction: from the document's `options.type`. */
export interface JsonEdgeDefaults {
  /** `options.type` is `undirected`: every edge is undirected unless it says otherwise. */
  undirected: boolean;
  /** `options.type` is `mixed` or `directed`: an untyped edge is directed (graphology's rule). */
  directed: boolean;
}

/**
 * The edge direction defaults of a document's `options` value.
 *
 * @param options - the top-level `options` value (anything)
 * @example
 * jsonEdgeDefaults({ type: 'mixed' }); // { undirected: false, directed: true }
 */
export function jsonEdgeDefaults(options: unknown): JsonEdgeDefaults {
  return {
    undirected: isObject(options) && options.type === 'undirected',
    directed: isObject(options) && (options.type === 'mixed' || options.type === 'directed'),
  };
}

/**
 * Problems of a document's top-level `attributes` value (an unsupported format version).
 *
 * @param attributes - the top-level `attributes` value
 * @param file - the file, for problems
 * @example
 * jsonAttributeProblems({ format: 'ecograph@9' }, 'eco.json')[0]?.field; // 'attributes.format'
 */
export function jsonAttributeProblems(attributes: unknown, file: string): Problem[] {
  const format = isObject(attributes) ? attributes.format : undefined;
  if (format !== undefined && typeof format === 'string' && format.startsWith('ecograph@') && format !== FORMAT_ID)
    return [problem('error', 'bad-structure', `unsupported format version "${format}" (this version reads ${FORMAT_ID})`, { file, line: 1 }, 'attributes.format')];
  return [];
}

/**
 * One element of the `nodes` array as a raw node, or the problem of an element that is not an object.
 *
 * @param value - the element
 * @param position - its index in the array
 * @param loc - where it starts
 * @example
 * jsonNode({ key: 'a', attributes: { label: 'A' } }, 0, { file: 'eco.json', line: 3, column: 5 });
 */
export function jsonNode(value: unknown, position: number, loc: ElementLocation): RawNode | Problem {
  if (!isObject(value)) return problem('error', 'bad-structure', `nodes[${position}] is not an object`, loc);
  const { key, id, attributes, ...rest } = value;
  return { id: key ?? id, attributes: { ...rest, ...(isObject(attributes) ? attributes : {}) }, loc };
}

/**
 * One element of the `edges` array as a raw edge, or the problem of an element that is not an object.
 *
 * @param value - the element
 * @param position - its index in the array
 * @param loc - where it starts
 * @param defaults - the document's direction defaults ({@link jsonEdgeDefaults})
 * @example
 * jsonEdge({ source: 'a', target: 'b', attributes: { kind: 'spinoff' } }, 0, { file: 'eco.json', line: 9, column: 5 }, jsonEdgeDefaults(undefined));
 */
export function jsonEdge(value: unknown, position: number, loc: ElementLocation, defaults: JsonEdgeDefaults): RawEdge | Problem {
  if (!isObject(value)) return problem('error', 'bad-structure', `edges[${position}] is not an object`, loc);
  const { key, id, source, target, undirected, attributes, ...rest } = value;
  const edge: RawEdge = { key: key ?? id, source, target, attributes: { ...rest, ...(isObject(attributes) ? attributes : {}) }, loc };
  if (typeof undirected === 'boolean') edge.directed = !undirected;
  else if (defaults.undirected) edge.directed = false;
  else if (defaults.directed && [undefined, null, ''].includes(edge.attributes.kind as string)) edge.directed = true;
  return edge;
}

/** Whether a conversion gave a problem rather than an element. */
export const isProblem = (x: RawNode | RawEdge | Problem): x is Problem => 'code' in x && 'severity' in x;

/** Offset of a JSON.parse error, from the messages V8 writes. */
function syntaxErrorOffset(message: string, text: string): number {
  const m = /position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  return text.trimEnd().length;
}

/** An element as the scanner hands it over. */
interface Element {
  value: unknown;
  position: number;
  loc: ElementLocation;
}

/**
 * Reads a native JSON text into a raw graph with the line and column of every element.
 *
 * The text goes through {@link JsonElementScanner}, the scanner the compact route streams files
 * through; a syntax error is reported with JSON.parse's own message for the whole text.
 *
 * @param text - the JSON text
 * @param file - its name, for problems
 * @returns nodes and edges with their locations; syntax and structure problems
 * @example
 * readJson('{"nodes": [{"key": "a"}], "edges": []}', 'eco.json').nodes[0]?.id; // 'a'
 */
export function readJson(text: string, file: string): RawGraph {
  const raw: RawGraph = { file, format: 'json', attributes: {}, nodes: [], edges: [], problems: [] };
  const values: Record<string, unknown> = {};
  // like JSON.parse, a key given twice counts with its last value
  let nodes: Element[] | undefined;
  let edges: Element[] | undefined;
  const scanner = new JsonElementScanner(file, {
    value(key, value) {
      values[key] = value;
      if (key === 'nodes') nodes = undefined;
      else if (key === 'edges') edges = undefined;
    },
    arrayStart(key) {
      delete values[key];
      if (key === 'nodes') nodes = [];
      else edges = [];
    },
    element(key, value, position, line, column) {
      (key === 'nodes' ? nodes : edges)!.push({ value, position, loc: { file, line, column } });
    },
  });
  try {
    scanner.push(text);
    scanner.end();
  } catch (err) {
    if (!(err instanceof JsonScanFailure)) throw err;
    let p = err.problem;
    // A text that is not JSON at all: its own message and place, as JSON.parse of the whole text
    // gives them (the scanner parses element by element). Valid JSON that is not an object keeps
    // the scanner's structure problem.
    try {
      JSON.parse(text);
    } catch (parseError) {
      const message = (parseError as Error).message;
      p = problem('error', 'syntax-error', `invalid JSON: ${message}`, { file, ...new LineIndex(text).locate(syntaxErrorOffset(message, text)) });
    }
    raw.problems.push(p);
    return raw;
  }
  if (isObject(values.attributes)) raw.attributes = { ...values.attributes };
  raw.problems.push(...jsonAttributeProblems(values.attributes, file));
  const defaults = jsonEdgeDefaults(values.options);
  if (!nodes) raw.problems.push(problem('error', 'bad-structure', 'missing "nodes" array', { file, line: 1 }, 'nodes'));
  else
    for (const e of nodes) {
      const node = jsonNode(e.value, e.position, e.loc);
      if (isProblem(node)) raw.problems.push(node);
      else raw.nodes.push(node);
    }
  if (values.edges !== undefined && !edges) raw.problems.push(problem('error', 'bad-structure', '"edges" must be an array', { file, line: 1 }, 'edges'));
  else if (edges)
    for (const e of edges) {
      const edge = jsonEdge(e.value, e.position, e.loc, defaults);
      if (isProblem(edge)) raw.problems.push(edge);
      else raw.edges.push(edge);
    }
  return raw;
}

/**
 * The JSON line of each node and edge {@link writeJson} wrote, remembered by the element's
 * attributes object, so that writing the same graph again serialises only the elements whose
 * attributes were replaced (or that were added, or moved to other ends). Valid only for a graph
 * whose attributes are replaced, never changed in place (as the edit functions change a graph):
 * an attribute set in place on a remembered object would be written as it was.
 */
export interface JsonLineCache {
  nodes: WeakMap<object, { key: string; line: string }>;
  edges: WeakMap<object, { key: string; source: string; target: string; undirected: boolean; line: string }>;
}

/** An empty {@link JsonLineCache}. */
export function jsonLineCache(): JsonLineCache {
  return { nodes: new WeakMap(), edges: new WeakMap() };
}

/**
 * Serialises a graph as native JSON in the graph's own order: one node or edge per line, so files
 * stay compact, diff well and problems point at the element's line.
 *
 * @param graph - the graph
 * @param cache - lines remembered from an earlier write of the same graph (see {@link JsonLineCache}); the text is the same with or without
 */
export function writeJson(graph: EcoGraph, cache?: JsonLineCache): string {
  const nodes = graph.mapNodes((key, attributes) => {
    const known = cache?.nodes.get(attributes);
    if (known !== undefined && known.key === key) return known.line;
    const line = JSON.stringify({ key, attributes });
    cache?.nodes.set(attributes, { key, line });
    return line;
  });
  const edges = graph.mapEdges((key, attributes, source, target, _sa, _ta, undirected) => {
    const known = cache?.edges.get(attributes);
    if (known !== undefined && known.key === key && known.source === source && known.target === target && known.undirected === undirected) return known.line;
    const line = JSON.stringify(undirected ? { key, source, target, undirected: true, attributes } : { key, source, target, attributes });
    cache?.edges.set(attributes, { key, source, target, undirected, line });
    return line;
  });
  const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n    ${items.join(',\n    ')}\n  ]`);
  const attributes = JSON.stringify({ ...graph.getAttributes(), format: FORMAT_ID });
  const options = JSON.stringify({ type: 'mixed', multi: true, allowSelfLoops: true });
  return `{\n  "attributes": ${attributes},\n  "options": ${options},\n  "nodes": ${list(nodes)},\n  "edges": ${list(edges)}\n}\n`;
}

export type { Problem };
