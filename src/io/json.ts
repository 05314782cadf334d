/**
 * Native JSON: graphology's serialisation with `attributes.format: "ecograph@1"`.
 *
 * Reading keeps the line of every node and edge, so problems point into the file.
 */
import { FORMAT_ID } from '../model/schema.js';
import { problem, type Problem } from '../model/problems.js';
import type { RawEdge, RawGraph, RawNode } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import { LineIndex } from './text.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Start offsets of the elements of the top-level `nodes` and `edges` arrays, found by one
 * structural pass over the text (strings skipped, depth tracked).
 */
function elementOffsets(text: string): { nodes: number[]; edges: number[] } {
  const out = { nodes: [] as number[], edges: [] as number[] };
  let depth = 0;
  let lastKey: string | undefined;
  let current: number[] | undefined;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) {
        if (text.charCodeAt(i) === 92) i++;
        i++;
      }
      if (depth === 1) lastKey = text.slice(start + 1, i);
      if (depth === 2 && expectElement && current) {
        current.push(start);
        expectElement = false;
      }
      continue;
    }
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 58 /* : */) continue;
    if (c === 44 /* , */) {
      if (depth === 2 && current) expectElement = true;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth === 1 && c === 91) {
        current = lastKey === 'nodes' ? out.nodes : lastKey === 'edges' ? out.edges : undefined;
        expectElement = true;
      } else if (depth === 2 && expectElement && current) {
        current.push(i);
        expectElement = false;
      }
      depth++;
      continue;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (depth === 1) current = undefined;
      continue;
    }
    if (depth === 2 && expectElement && current) {
      current.push(i);
      expectElement = false;
    }
  }
  return out;
}

/** Offset of a JSON.parse error, from the messages V8 writes. */
function syntaxErrorOffset(message: string, text: string): number {
  const m = /position (\d+)/.exec(message);
  if (m) return Number(m[1]);
  return text.trimEnd().length;
}

export function readJson(text: string, file: string): RawGraph {
  const raw: RawGraph = { file, format: 'json', attributes: {}, nodes: [], edges: [], problems: [] };
  const lines = new LineIndex(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = lines.locate(syntaxErrorOffset(message, text));
    raw.problems.push(problem('error', 'syntax-error', `invalid JSON: ${message}`, { file, ...at }));
    return raw;
  }
  const structure = (msg: string, line = 1, field?: string) =>
    raw.problems.push(problem('error', 'bad-structure', msg, { file, line }, field));
  if (!isObject(doc)) {
    structure('expected a JSON object with "nodes" and "edges" arrays (ecograph@1 / graphology format)');
    return raw;
  }
  if (isObject(doc.attributes)) raw.attributes = { ...doc.attributes };
  const format = raw.attributes.format;
  if (format !== undefined && typeof format === 'string' && format.startsWith('ecograph@') && format !== FORMAT_ID)
    structure(`unsupported format version "${format}" (this version reads ${FORMAT_ID})`, 1, 'attributes.format');
  const offsets = elementOffsets(text);
  const where = (list: number[], i: number) => (list[i] !== undefined ? lines.locate(list[i]!) : { line: 1 });
  const defaultUndirected = isObject(doc.options) && doc.options.type === 'undirected';
  // graphology: in a mixed or directed graph an edge without `undirected: true` is directed
  const defaultDirected = isObject(doc.options) && (doc.options.type === 'mixed' || doc.options.type === 'directed');

  if (!Array.isArray(doc.nodes)) structure('missing "nodes" array', 1, 'nodes');
  else
    doc.nodes.forEach((n, i) => {
      const loc = { file, ...where(offsets.nodes, i) };
      if (!isObject(n)) return raw.problems.push(problem('error', 'bad-structure', `nodes[${i}] is not an object`, loc));
      const { key, id, attributes, ...rest } = n;
      const attrs: Record<string, unknown> = { ...rest, ...(isObject(attributes) ? attributes : {}) };
      const node: RawNode = { id: key ?? id, attributes: attrs, loc };
      raw.nodes.push(node);
      return undefined;
    });
  if (doc.edges !== undefined && !Array.isArray(doc.edges)) structure('"edges" must be an array', 1, 'edges');
  else if (Array.isArray(doc.edges))
    doc.edges.forEach((e, i) => {
      const loc = { file, ...where(offsets.edges, i) };
      if (!isObject(e)) return raw.problems.push(problem('error', 'bad-structure', `edges[${i}] is not an object`, loc));
      const { key, id, source, target, undirected, attributes, ...rest } = e;
      const edge: RawEdge = {
        key: key ?? id,
        source,
        target,
        attributes: { ...rest, ...(isObject(attributes) ? attributes : {}) },
        loc,
      };
      if (typeof undirected === 'boolean') edge.directed = !undirected;
      else if (defaultUndirected) edge.directed = false;
      else if (defaultDirected && [undefined, null, ''].includes(edge.attributes.kind as string)) edge.directed = true;
      raw.edges.push(edge);
      return undefined;
    });
  return raw;
}

/**
 * Serialises a graph as native JSON in the graph's own order: one node or edge per line, so files
 * stay compact, diff well and problems point at the element's line.
 */
export function writeJson(graph: EcoGraph): string {
  const nodes = graph.mapNodes((key, attributes) => JSON.stringify({ key, attributes }));
  const edges = graph.mapEdges((key, attributes, source, target, _sa, _ta, undirected) =>
    JSON.stringify(undirected ? { key, source, target, undirected: true, attributes } : { key, source, target, attributes }),
  );
  const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n    ${items.join(',\n    ')}\n  ]`);
  const attributes = JSON.stringify({ ...graph.getAttributes(), format: FORMAT_ID });
  const options = JSON.stringify({ type: 'mixed', multi: true, allowSelfLoops: true });
  return `{\n  "attributes": ${attributes},\n  "options": ${options},\n  "nodes": ${list(nodes)},\n  "edges": ${list(edges)}\n}\n`;
}

export type { Problem };
