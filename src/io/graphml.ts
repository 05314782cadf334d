/**
 * GraphML: `<key>` declarations (`attr.name`, `attr.type`, `<default>`), `<data>` values, the
 * graph's `edgedefault` and each edge's `directed`. Reads files from Gephi, Gephi Lite, NetworkX,
 * igraph and yEd (yEd's graphics keys are skipped). Graph-level `<data>` are graph attributes.
 *
 * GraphML has no list or record type: ecograph writes a list of strings as a `string` key marked
 * `attr.list="string"` whose values are JSON arrays, any other structured value (an object, a list
 * of objects or numbers) as a `string` key marked `attr.json="true"` whose values are JSON, and
 * reads such keys back as lists and JSON values. Other tools read both as plain strings.
 */
import { problem } from '../model/problems.js';
import type { RawEdge, RawGraph, RawNode } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import { collectColumns, columnKey, valueTypeOf, type AttributeColumn, type ValueType } from './attribute-columns.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';
import { childElement, childElements, descendantElements, parseXmlDocument, type XmlElement } from './xml-tree.js';
import { formatTypedValue, parseTypedValue } from './xml-values.js';

interface Key {
  name: string;
  type: ValueType | 'integer';
  default?: string;
  /** A yEd graphics key or other structured data: skipped. */
  skip: boolean;
}

function keyType(type: string | undefined, list: string | undefined, json: string | undefined): ValueType | 'integer' {
  if (list !== undefined) return 'string[]';
  if (json === 'true') return 'json';
  switch ((type ?? 'string').toLowerCase()) {
    case 'boolean':
      return 'boolean';
    case 'int':
    case 'long':
      return 'integer';
    case 'float':
    case 'double':
      return 'number';
    default:
      return 'string';
  }
}

/** Parses a list value: a JSON array of strings. */
function parseJsonList(text: string): string[] | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a GraphML document into a raw graph.
 *
 * @param text the document
 * @param file its name, for problems
 * @returns nodes and edges with typed attribute values and their lines; syntax and structure problems
 * @example
 * const raw = readGraphml('<graphml><graph edgedefault="undirected"><node id="a"/></graph></graphml>', 'g.graphml');
 * @see http://graphml.graphdrawing.org/specification.html
 */
export function readGraphml(text: string, file: string): RawGraph {
  const raw: RawGraph = { file, format: 'graphml', attributes: {}, nodes: [], edges: [], problems: [] };
  const parsed = parseXmlDocument(text, file, 'graphml');
  if (!parsed.ok) {
    raw.problems.push(parsed.problem);
    return raw;
  }
  const root = parsed.root;
  const at = (e: XmlElement) => ({ file, line: e.line, column: e.column });
  const keys = new Map<string, Key>();
  const domains = new Map<string, string>();
  for (const k of childElements(root, 'key')) {
    const id = k.attributes.id;
    if (id === undefined) {
      raw.problems.push(problem('error', 'bad-structure', '<key> without an id', at(k)));
      continue;
    }
    const key: Key = {
      name: k.attributes['attr.name'] ?? id,
      type: keyType(k.attributes['attr.type'], k.attributes['attr.list'], k.attributes['attr.json']),
      skip: k.attributes['yfiles.type'] !== undefined,
    };
    const def = childElement(k, 'default');
    if (def) key.default = def.text;
    keys.set(id, key);
    domains.set(id, (k.attributes.for ?? 'all').toLowerCase());
  }
  const graph = childElement(root, 'graph');
  if (!graph) {
    raw.problems.push(problem('error', 'bad-structure', 'the document has no <graph> element', at(root)));
    return raw;
  }

  const readData = (element: XmlElement, domain: 'graph' | 'node' | 'edge', attributes: Record<string, unknown>) => {
    const seen = new Set<string>();
    for (const d of childElements(element, 'data')) {
      const id = d.attributes.key;
      const key = id !== undefined ? keys.get(id) : undefined;
      if (id === undefined || !key) {
        raw.problems.push(
          problem('error', 'undeclared-attribute', `<data> for ${id === undefined ? 'no key' : `key "${id}"`}, which no <key> declares`, at(d), id),
        );
        continue;
      }
      seen.add(id);
      if (key.skip || d.children.length > 0) continue;
      setValue(d.text, key, d, attributes);
    }
    for (const [id, key] of keys) {
      const dom = domains.get(id);
      if (!seen.has(id) && key.default !== undefined && !key.skip && (dom === domain || dom === 'all'))
        setValue(key.default, key, element, attributes);
    }
  };
  const setValue = (text: string, key: Key, where: XmlElement, attributes: Record<string, unknown>) => {
    const r = parseTypedValue(text, key.type, parseJsonList);
    if (r.ok) attributes[key.name] = r.value;
    else raw.problems.push(problem('error', r.code, `"${key.name}" must hold ${r.expected}, got ${JSON.stringify(text)}`, at(where), key.name));
  };

  readData(graph, 'graph', raw.attributes);
  const edgedefault = graph.attributes.edgedefault?.toLowerCase();
  for (const n of descendantElements(graph, 'node')) {
    const attributes: Record<string, unknown> = {};
    readData(n, 'node', attributes);
    const node: RawNode = { id: n.attributes.id, attributes, loc: at(n) };
    raw.nodes.push(node);
  }
  for (const e of descendantElements(graph, 'edge')) {
    const attributes: Record<string, unknown> = {};
    readData(e, 'edge', attributes);
    const edge: RawEdge = { source: e.attributes.source, target: e.attributes.target, attributes, loc: at(e) };
    if (e.attributes.id !== undefined) edge.key = e.attributes.id;
    const directed = e.attributes.directed?.toLowerCase();
    if (directed === 'true' || directed === 'false') edge.directed = directed === 'true';
    else if (directed !== undefined)
      raw.problems.push(problem('error', 'bad-value', `directed must be true or false, got ${JSON.stringify(e.attributes.directed)}`, at(e), 'directed'));
    else if (edgedefault === 'directed' || edgedefault === 'undirected') edge.directed = edgedefault === 'directed';
    raw.edges.push(edge);
  }
  return raw;
}

const GRAPHML_TYPE: Record<ValueType, string> = { string: 'string', number: 'double', boolean: 'boolean', 'string[]': 'string', json: 'string' };

interface DeclaredKey {
  id: string;
  column: AttributeColumn;
}

/**
 * Writes a graph as a GraphML document.
 *
 * @param graph the graph
 * @returns the document text
 * @example
 * const xml = writeGraphml(graph); // open in Gephi Lite, yEd, NetworkX
 * @see http://graphml.graphdrawing.org/specification.html
 */
export function writeGraphml(graph: EcoGraph): string {
  const graphAttributes = { ...graph.getAttributes() } as Record<string, unknown>;
  delete graphAttributes.format;
  const nodeRecords: Record<string, unknown>[] = [];
  graph.forEachNode((_n, a) => void nodeRecords.push(a));
  const edgeRecords: Record<string, unknown>[] = [];
  graph.forEachEdge((_e, a) => void edgeRecords.push(a));

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  let next = 0;
  const declare = (domain: string, records: Record<string, unknown>[]) => {
    const out = new Map<string, DeclaredKey>();
    for (const column of collectColumns(records, () => true)) {
      const id = `d${next++}`;
      out.set(columnKey(column.name, column.type), { id, column });
      const type = column.type === 'number' && column.integer ? 'long' : GRAPHML_TYPE[column.type];
      const list = column.type === 'string[]' ? ' attr.list="string"' : column.type === 'json' ? ' attr.json="true"' : '';
      lines.push(`  <key id="${id}" for="${domain}" attr.name="${escapeXmlAttribute(column.name)}" attr.type="${type}"${list}/>`);
    }
    return out;
  };
  const graphKeys = declare('graph', [graphAttributes]);
  const nodeKeys = declare('node', nodeRecords);
  const edgeKeys = declare('edge', edgeRecords);
  const data = (record: Record<string, unknown>, keys: Map<string, DeclaredKey>, indent: string) => {
    const out: string[] = [];
    for (const [name, value] of Object.entries(record)) {
      const type = valueTypeOf(value);
      if (type === undefined) continue;
      const key = keys.get(columnKey(name, type))!;
      out.push(`${indent}<data key="${key.id}">${escapeXmlText(formatTypedValue(value, type, (items) => JSON.stringify(items)))}</data>`);
    }
    return out;
  };

  let directed = 0;
  graph.forEachEdge((_e, _a, _s, _t, _sa, _ta, undirected) => {
    if (!undirected) directed++;
  });
  const defaultDirected = directed * 2 >= graph.size;
  lines.push(`  <graph id="G" edgedefault="${defaultDirected ? 'directed' : 'undirected'}">`);
  lines.push(...data(graphAttributes, graphKeys, '    '));
  graph.forEachNode((id, attributes) => {
    const body = data(attributes, nodeKeys, '      ');
    const head = `    <node id="${escapeXmlAttribute(id)}"`;
    if (body.length === 0) lines.push(`${head}/>`);
    else lines.push(`${head}>`, ...body, '    </node>');
  });
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const body = data(attributes, edgeKeys, '      ');
    let head = `    <edge id="${escapeXmlAttribute(key)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}"`;
    if (undirected === defaultDirected) head += ` directed="${undirected ? 'false' : 'true'}"`;
    if (body.length === 0) lines.push(`${head}/>`);
    else lines.push(`${head}>`, ...body, '    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
