/**
 * The CSV directory format: `nodes.csv` + `edges.csv`, as researchers export them from a
 * spreadsheet, Gephi's data laboratory or Kumu.
 *
 * Reading: headers in any case and order. Nodes: `id`, `label`, `kind` (Kumu: `Label` is the id
 * when there is no `Id` column, `Type` is the kind). Edges: `source`/`from`, `target`/`to`,
 * `kind`, `id`, `directed` (true/false), and `type` — Gephi's `Directed`/`Undirected` sets the
 * direction, any other value is the kind (Kumu). Other columns are attributes; a header
 * `name:type` (`number`, `integer`, `boolean`, `string`, `string[]`, `json`) types its column,
 * and known model attributes are coerced by validation. An empty cell is an absent attribute
 * (except `id`, `label`, `source` and `target`, which validation reports as empty). Lists
 * (`sources`, `string[]` columns) hold several values separated by ` | `.
 *
 * Writing annotates every extra column whose values are not plain strings, so that a written
 * directory reads back with the same value types. CSV holds no graph attributes.
 */
import { EDGE_ATTRIBUTES, EDGE_ATTRIBUTE_MAP, NODE_ATTRIBUTES, NODE_ATTRIBUTE_MAP } from '../model/schema.js';
import { problem, type Problem } from '../model/problems.js';
import type { RawEdge, RawGraph, RawNode } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import { joinList, parseBoolean, parseNumber, splitList } from '../model/values.js';
import { collectColumns, valueTypeOf, type ValueType } from './attribute-columns.js';
import { formatCsvRow, parseCsv, type CsvRecord } from './csv-syntax.js';
import { formatTypedValue } from './xml-values.js';
import type { TextFile } from './formats.js';

/** Value types a header may declare with a `name:type` suffix. */
const ANNOTATED_TYPES = ['string', 'number', 'integer', 'boolean', 'string[]', 'json'] as const;
type AnnotatedType = (typeof ANNOTATED_TYPES)[number];
const ANNOTATION = /^(.*):(string|number|integer|boolean|string\[\]|json)$/s;

type NodeRole = 'id' | 'label' | 'kind' | 'type';
type EdgeRole = 'id' | 'source' | 'target' | 'kind' | 'type' | 'directed';

/** Bare header spellings (lower case) and the role each plays. */
const NODE_ROLES: Record<string, NodeRole> = { id: 'id', label: 'label', kind: 'kind', type: 'type' };
const EDGE_ROLES: Record<string, EdgeRole> = {
  id: 'id',
  source: 'source',
  from: 'source',
  target: 'target',
  to: 'target',
  kind: 'kind',
  type: 'type',
  directed: 'directed',
};

interface Column<R extends string> {
  index: number;
  header: string;
  role?: R;
  /** Attribute name, for attribute columns. */
  name?: string;
  type?: AnnotatedType;
}

function classifyHeader<R extends string>(
  header: string[],
  roles: Record<string, R>,
  known: ReadonlyMap<string, unknown>,
): Column<R>[] {
  const taken = new Set<R>();
  return header.map((raw, index) => {
    const annotated = ANNOTATION.exec(raw);
    if (annotated) return { index, header: raw, name: annotated[1]!, type: annotated[2] as AnnotatedType };
    const bare = raw.trim();
    const lower = bare.toLowerCase();
    const role = roles[lower];
    if (role !== undefined && !taken.has(role)) {
      taken.add(role);
      return { index, header: raw, role };
    }
    return { index, header: raw, name: known.has(lower) || lower === 'label' ? lower : bare };
  });
}

/** Converts one annotated cell; a problem for a value that is not of the declared type. */
function typedCell(
  text: string,
  column: Column<string>,
  at: { file: string; line: number },
  problems: Problem[],
): unknown {
  const loc = { ...at, column: column.index + 1 };
  const bad = (code: 'bad-number' | 'bad-value', expected: string) => {
    problems.push(problem('error', code, `column "${column.header}" must hold ${expected}, got ${JSON.stringify(text)}`, loc, column.header));
    return undefined;
  };
  switch (column.type) {
    case undefined:
    case 'string':
      return text;
    case 'number':
    case 'integer': {
      const n = parseNumber(text);
      if (n === undefined) return bad('bad-number', 'a number');
      if (column.type === 'integer' && !Number.isInteger(n)) return bad('bad-number', 'an integer');
      return n;
    }
    case 'boolean': {
      const b = parseBoolean(text);
      return b === undefined ? bad('bad-value', 'true or false') : b;
    }
    case 'string[]':
      return splitList(text);
    case 'json':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return bad('bad-value', 'a JSON value');
      }
  }
}

/** Sets the attribute columns of one row: the first non-empty cell per attribute name wins. */
function rowAttributes(
  row: CsvRecord,
  columns: Column<string>[],
  file: string,
  problems: Problem[],
  attributes: Record<string, unknown>,
): void {
  for (const column of columns) {
    if (column.name === undefined) continue;
    const text = row.fields[column.index];
    if (text === undefined || text === '' || attributes[column.name] !== undefined) continue;
    const value = typedCell(text, column, { file, line: row.line }, problems);
    if (value !== undefined) attributes[column.name] = value;
  }
}

const DIRECTION_WORDS: Record<string, boolean> = { directed: true, undirected: false, mutual: false };

/** The column (1-based field number) of each field name, for problems about a row's fields. */
function fieldColumns(columns: Column<string>[], roles: Record<string, Column<string> | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of columns) if (c.name !== undefined && out[c.name] === undefined) out[c.name] = c.index + 1;
  for (const [field, c] of Object.entries(roles)) if (c) out[field] = c.index + 1;
  return out;
}

/** The text of a role's cell in a row ('' for a missing trailing cell), or undefined when the header has no such column. */
function cellOf(row: CsvRecord, c: Column<string> | undefined): string | undefined {
  return c ? (row.fields[c.index] ?? '') : undefined;
}

/** Problem for a row with more fields than the header. */
export function checkRowWidth(fields: readonly string[], line: number, width: number, file: string, problems: Problem[]): void {
  if (fields.length > width)
    problems.push(problem('error', 'csv-columns', `row has ${fields.length} fields but the header has ${width}`, { file, line, column: width + 1 }));
}

/**
 * The converter from `nodes.csv` rows to raw nodes, for a header; `undefined` (with a problem) when
 * the header has no id column. Shared by {@link readCsv} and the streaming reader.
 *
 * @param file - the file name, for problems
 * @param header - the header record's fields
 * @param headerLine - its line
 * @param problems - where header and cell problems go
 * @example
 * const toNode = nodeRowReader('eco/nodes.csv', ['id', 'label'], 1, problems);
 * toNode?.({ fields: ['a', 'A'], line: 2 }).id; // 'a'
 */
export function nodeRowReader(file: string, header: string[], headerLine: number, problems: Problem[]): ((row: CsvRecord) => RawNode) | undefined {
  const columns = classifyHeader(header, NODE_ROLES, NODE_ATTRIBUTE_MAP);
  const byRole = (r: NodeRole) => columns.find((c) => c.role === r);
  const idColumn = byRole('id') ?? byRole('label');
  const labelColumn = byRole('label');
  const kindColumn = byRole('kind');
  const typeColumn = byRole('type');
  if (!idColumn) {
    if (columns.length > 0)
      problems.push(problem('error', 'missing-column', 'nodes.csv needs an "id" column (or a "label" column used as the id)', { file, line: headerLine }));
    return undefined;
  }
  const fields = fieldColumns(columns, { id: idColumn, label: labelColumn, kind: kindColumn ?? typeColumn });
  return (row) => {
    const attributes: Record<string, unknown> = {};
    const label = cellOf(row, labelColumn);
    if (label !== undefined) attributes.label = label;
    const kind = cellOf(row, kindColumn);
    const type = cellOf(row, typeColumn);
    if (kind !== undefined && kind !== '') attributes.kind = kind;
    if (type !== undefined && type !== '') attributes[kindColumn ? 'type' : 'kind'] = type;
    rowAttributes(row, columns, file, problems, attributes);
    return { id: cellOf(row, idColumn), attributes, loc: { file, line: row.line, fieldColumns: fields } };
  };
}

/**
 * The converter from `edges.csv` rows to raw edges, for a header; `undefined` (with a problem)
 * when the header lacks a source or target column. Shared by {@link readCsv} and the streaming
 * reader.
 *
 * @param file - the file name, for problems
 * @param header - the header record's fields
 * @param headerLine - its line
 * @param problems - where header and cell problems go
 * @example
 * const toEdge = edgeRowReader('eco/edges.csv', ['source', 'target'], 1, problems);
 * toEdge?.({ fields: ['a', 'b'], line: 2 }).target; // 'b'
 */
export function edgeRowReader(file: string, header: string[], headerLine: number, problems: Problem[]): ((row: CsvRecord) => RawEdge) | undefined {
  const columns = classifyHeader(header, EDGE_ROLES, EDGE_ATTRIBUTE_MAP);
  const byRole = (r: EdgeRole) => columns.find((c) => c.role === r);
  const sourceColumn = byRole('source');
  const targetColumn = byRole('target');
  const [keyColumn, kindColumn, typeColumn, directedColumn] = (['id', 'kind', 'type', 'directed'] as const).map(byRole);
  const missing = [sourceColumn ? undefined : '"source" (or "from")', targetColumn ? undefined : '"target" (or "to")'].filter(
    (m) => m !== undefined,
  );
  if (missing.length > 0) {
    if (columns.length > 0)
      problems.push(problem('error', 'missing-column', `edges.csv needs a ${missing.join(' and a ')} column`, { file, line: headerLine }));
    return undefined;
  }
  const fields = fieldColumns(columns, {
    id: keyColumn,
    source: sourceColumn,
    target: targetColumn,
    kind: kindColumn ?? typeColumn,
    directed: directedColumn ?? typeColumn,
  });
  return (row) => {
    const loc = { file, line: row.line, fieldColumns: fields };
    const edge: RawEdge = { source: cellOf(row, sourceColumn), target: cellOf(row, targetColumn), attributes: {}, loc };
    const key = cellOf(row, keyColumn);
    if (key !== undefined && key !== '') edge.key = key;
    const kind = cellOf(row, kindColumn);
    if (kind !== undefined && kind !== '') edge.attributes.kind = kind;
    const type = cellOf(row, typeColumn);
    if (type !== undefined && type !== '') {
      const direction = DIRECTION_WORDS[type.trim().toLowerCase()];
      if (direction !== undefined) edge.directed = direction;
      else edge.attributes[kindColumn ? 'type' : 'kind'] = type;
    }
    const directed = cellOf(row, directedColumn);
    if (directedColumn && directed !== undefined && directed.trim() !== '') {
      const b = parseBoolean(directed);
      if (b === undefined)
        problems.push(
          problem('error', 'bad-value', `column "${directedColumn.header}" must be true or false, got ${JSON.stringify(directed)}`, { ...loc, column: directedColumn.index + 1 }, directedColumn.header),
        );
      else edge.directed = b;
    }
    rowAttributes(row, columns, file, problems, edge.attributes);
    return edge;
  };
}

/** The header and rows of one CSV text; problems for syntax and ragged rows. */
function readTable(input: TextFile, problems: Problem[]): { header: string[] | undefined; rows: CsvRecord[]; headerLine: number } {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const parsed = parseCsv(text, input.file);
  problems.push(...parsed.problems);
  const [head, ...rows] = parsed.records;
  if (!head) return { header: undefined, rows: [], headerLine: 1 };
  for (const row of rows) checkRowWidth(row.fields, row.line, head.fields.length, input.file, problems);
  return { header: head.fields, rows, headerLine: head.line };
}

/**
 * Reads a CSV directory's texts into a raw graph.
 *
 * @param input the texts of `nodes.csv` and (optionally) `edges.csv`, and the directory name
 * @returns nodes and edges with their lines; syntax and header problems
 * @example
 * const raw = readCsv({ dir: 'eco', nodes: { file: 'eco/nodes.csv', text: 'id,label\na,A\n' } });
 * raw.nodes[0]?.id; // 'a'
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function readCsv(input: { nodes?: TextFile; edges?: TextFile; dir: string }): RawGraph {
  const raw: RawGraph = { file: input.dir, format: 'csv', attributes: {}, nodes: [], edges: [], problems: [] };
  const problems = raw.problems;
  if (!input.nodes) {
    problems.push(problem('error', 'missing-column', 'the CSV directory has no nodes.csv', { file: `${input.dir}/nodes.csv` }));
  } else {
    const { header, rows, headerLine } = readTable(input.nodes, problems);
    const toNode = header ? nodeRowReader(input.nodes.file, header, headerLine, problems) : undefined;
    if (toNode) for (const row of rows) raw.nodes.push(toNode(row));
  }
  if (input.edges) {
    const { header, rows, headerLine } = readTable(input.edges, problems);
    const toEdge = header ? edgeRowReader(input.edges.file, header, headerLine, problems) : undefined;
    if (toEdge) for (const row of rows) raw.edges.push(toEdge(row));
  }
  return raw;
}

/** Text of one cell: lists joined with ` | `, other values as every format writes them. */
function formatCell(value: unknown): string {
  const type = valueTypeOf(value);
  return type === undefined ? '' : formatTypedValue(value, type, joinList);
}

interface OutColumn {
  header: string;
  cell: (attributes: Record<string, unknown>) => string;
}

/** Header of an extra attribute column: annotated unless it is a plain string column no reader would misread. */
function extraHeader(name: string, type: ValueType, reserved: ReadonlySet<string>): string {
  const plain = type === 'string' && name !== '' && name === name.trim() && !ANNOTATION.test(name) && !reserved.has(name.toLowerCase());
  return plain ? name : `${name}:${type}`;
}

/** Columns for the known attributes present, in schema order, then typed extra columns (except those `written` already). */
function attributeColumns(
  records: Record<string, unknown>[],
  knownNames: readonly string[],
  reserved: ReadonlySet<string>,
  written: readonly string[],
): OutColumn[] {
  const known = new Set([...knownNames, ...written]);
  const out: OutColumn[] = [];
  for (const name of knownNames)
    if (records.some((r) => r[name] !== undefined)) out.push({ header: name, cell: (r) => formatCell(r[name]) });
  for (const column of collectColumns(records, (name) => !known.has(name)))
    out.push({
      header: extraHeader(column.name, column.type, reserved),
      cell: (r) => (valueTypeOf(r[column.name]) === column.type ? formatCell(r[column.name]) : ''),
    });
  return out;
}

const NODE_RESERVED = new Set([...Object.keys(NODE_ROLES), ...NODE_ATTRIBUTE_MAP.keys()]);
const EDGE_RESERVED = new Set([...Object.keys(EDGE_ROLES), ...EDGE_ATTRIBUTE_MAP.keys(), 'label']);

function table(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => formatCsvRow(r) + '\r\n').join('');
}

/**
 * Writes a graph as the texts of `nodes.csv` and `edges.csv`.
 *
 * @param graph the graph
 * @returns the two files' texts (CRLF line ends, comma separated, UTF-8 without BOM)
 * @example
 * const { nodes, edges } = writeCsv(graph);
 * @see readCsv
 */
export function writeCsv(graph: EcoGraph): { nodes: string; edges: string } {
  const nodeRecords: Record<string, unknown>[] = [];
  const nodeIds: string[] = [];
  graph.forEachNode((id, attributes) => {
    nodeIds.push(id);
    nodeRecords.push(attributes);
  });
  const nodeKnown = NODE_ATTRIBUTES.map((d) => d.name).filter((n) => n !== 'label' && n !== 'kind');
  const nodeColumns: OutColumn[] = [
    { header: 'label', cell: (r) => formatCell(r.label) },
    ...(nodeRecords.some((r) => r.kind !== undefined) ? [{ header: 'kind', cell: (r: Record<string, unknown>) => formatCell(r.kind) }] : []),
    ...attributeColumns(nodeRecords, nodeKnown, NODE_RESERVED, ['label', 'kind']),
  ];
  const nodes = table(
    ['id', ...nodeColumns.map((c) => c.header)],
    nodeRecords.map((r, i) => [nodeIds[i]!, ...nodeColumns.map((c) => c.cell(r))]),
  );

  const edgeRecords: Record<string, unknown>[] = [];
  const edgeEnds: string[][] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    edgeEnds.push([key, source, target, undirected ? 'false' : 'true']);
    edgeRecords.push(attributes);
  });
  const edgeKnown = EDGE_ATTRIBUTES.map((d) => d.name).filter((n) => n !== 'kind');
  const edgeColumns: OutColumn[] = [
    ...(edgeRecords.some((r) => r.kind !== undefined) ? [{ header: 'kind', cell: (r: Record<string, unknown>) => formatCell(r.kind) }] : []),
    ...attributeColumns(edgeRecords, edgeKnown, EDGE_RESERVED, ['kind']),
  ];
  const edges = table(
    ['id', 'source', 'target', 'directed', ...edgeColumns.map((c) => c.header)],
    edgeRecords.map((r, i) => [...edgeEnds[i]!, ...edgeColumns.map((c) => c.cell(r))]),
  );
  return { nodes, edges };
}
