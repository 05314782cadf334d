/**
 * The CSV directory format: `nodes.csv` + `edges.csv`, as researchers export them from a
 * spreadsheet, Gephi's data laboratory or Kumu.
 *
 * Reading: headers in any case and order. Nodes: `id`, `label`, `kind` (Kumu: `Label` is the id
 * when there is no `Id` column, `Type` is the kind). Edges: `source`/`from`, `target`/`to`,
 * `kind`, `id`, `directed` (true/false), `direction` (Kumu: directed, undirected, mutual) and
 * `type` — Gephi's `Directed`/`Undirected` sets the direction, any other value is the kind (Kumu).
 * An edges table alone (Gephi's edge list) makes its nodes from the ends. Other columns are
 * attributes; a header
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
type EdgeRole = 'id' | 'source' | 'target' | 'kind' | 'type' | 'directed' | 'direction';

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
  direction: 'direction',
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
  at: TablePlace & { line: number },
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
  place: TablePlace,
  problems: Problem[],
  attributes: Record<string, unknown>,
): void {
  for (const column of columns) {
    if (column.name === undefined) continue;
    const text = row.fields[column.index];
    if (text === undefined || text === '' || attributes[column.name] !== undefined) continue;
    const value = typedCell(text, column, { ...place, line: row.line }, problems);
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

/** Where a table is: its file, and its sheet in a workbook. */
export interface TablePlace {
  file: string;
  sheet?: string;
}

/** A table's place from a file name or a place. */
const placeOf = (where: string | TablePlace): TablePlace =>
  typeof where === 'string' ? { file: where } : where.sheet !== undefined ? { file: where.file, sheet: where.sheet } : { file: where.file };

/** How messages name a table: `nodes.csv`, or `sheet "Elements"`. */
const tableName = (place: TablePlace, csv: string) => (place.sheet !== undefined ? `sheet "${place.sheet}"` : csv);

/** Problem for a row with more fields than the header. */
export function checkRowWidth(fields: readonly string[], line: number, width: number, where: string | TablePlace, problems: Problem[]): void {
  if (fields.length > width)
    problems.push(problem('error', 'csv-columns', `row has ${fields.length} fields but the header has ${width}`, { ...placeOf(where), line, column: width + 1 }));
}

/**
 * The converter from `nodes.csv` rows to raw nodes, for a header; `undefined` (with a problem) when
 * the header has no id column. Shared by {@link readCsv} and the streaming reader.
 *
 * @param where - the file name (or file and sheet), for problems
 * @param header - the header record's fields
 * @param headerLine - its line
 * @param problems - where header and cell problems go
 * @example
 * const toNode = nodeRowReader('eco/nodes.csv', ['id', 'label'], 1, problems);
 * toNode?.({ fields: ['a', 'A'], line: 2 }).id; // 'a'
 */
export function nodeRowReader(where: string | TablePlace, header: string[], headerLine: number, problems: Problem[]): ((row: CsvRecord) => RawNode) | undefined {
  const place = placeOf(where);
  const columns = classifyHeader(header, NODE_ROLES, NODE_ATTRIBUTE_MAP);
  const byRole = (r: NodeRole) => columns.find((c) => c.role === r);
  const idColumn = byRole('id') ?? byRole('label');
  const labelColumn = byRole('label');
  const kindColumn = byRole('kind');
  const typeColumn = byRole('type');
  if (!idColumn) {
    if (columns.length > 0)
      problems.push(problem('error', 'missing-column', `${tableName(place, 'nodes.csv')} needs an "id" column (or a "label" column used as the id)`, { ...place, line: headerLine }));
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
    rowAttributes(row, columns, place, problems, attributes);
    return { id: cellOf(row, idColumn), attributes, loc: { ...place, line: row.line, fieldColumns: fields } };
  };
}

/**
 * The converter from `edges.csv` rows to raw edges, for a header; `undefined` (with a problem)
 * when the header lacks a source or target column. Shared by {@link readCsv} and the streaming
 * reader.
 *
 * @param where - the file name (or file and sheet), for problems
 * @param header - the header record's fields
 * @param headerLine - its line
 * @param problems - where header and cell problems go
 * @example
 * const toEdge = edgeRowReader('eco/edges.csv', ['source', 'target'], 1, problems);
 * toEdge?.({ fields: ['a', 'b'], line: 2 }).target; // 'b'
 */
export function edgeRowReader(where: string | TablePlace, header: string[], headerLine: number, problems: Problem[]): ((row: CsvRecord) => RawEdge) | undefined {
  const place = placeOf(where);
  const columns = classifyHeader(header, EDGE_ROLES, EDGE_ATTRIBUTE_MAP);
  const byRole = (r: EdgeRole) => columns.find((c) => c.role === r);
  const sourceColumn = byRole('source');
  const targetColumn = byRole('target');
  const [keyColumn, kindColumn, typeColumn, directedColumn, directionColumn] = (['id', 'kind', 'type', 'directed', 'direction'] as const).map(byRole);
  const missing = [sourceColumn ? undefined : '"source" (or "from")', targetColumn ? undefined : '"target" (or "to")'].filter(
    (m) => m !== undefined,
  );
  if (missing.length > 0) {
    if (columns.length > 0)
      problems.push(problem('error', 'missing-column', `${tableName(place, 'edges.csv')} needs a ${missing.join(' and a ')} column`, { ...place, line: headerLine }));
    return undefined;
  }
  const fields = fieldColumns(columns, {
    id: keyColumn,
    source: sourceColumn,
    target: targetColumn,
    kind: kindColumn ?? typeColumn,
    directed: directedColumn ?? directionColumn ?? typeColumn,
  });
  return (row) => {
    const loc = { ...place, line: row.line, fieldColumns: fields };
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
    const direction = cellOf(row, directionColumn);
    if (directionColumn && direction !== undefined && direction.trim() !== '') {
      const d = DIRECTION_WORDS[direction.trim().toLowerCase()];
      if (d === undefined)
        problems.push(
          problem('error', 'bad-value', `column "${directionColumn.header}" must be directed, undirected or mutual, got ${JSON.stringify(direction)}`, { ...loc, column: directionColumn.index + 1 }, directionColumn.header),
        );
      else edge.directed = d;
    }
    rowAttributes(row, columns, place, problems, edge.attributes);
    return edge;
  };
}

/** The columns of an `edges.csv` whose header names only a source and a target, nothing else. */
export interface PlainEdgeColumns {
  /** Field index of the source column. */
  source: number;
  /** Field index of the target column. */
  target: number;
  /** The column (1-based) of each field, for problems (as {@link edgeRowReader}'s rows carry them). */
  fieldColumns: Readonly<Record<string, number>>;
}

/**
 * The source and target columns of an edges header that has those two columns and no other, or
 * `undefined` for any other header. A row of such a table is a tie with no attributes: what
 * {@link edgeRowReader} makes of it is `{ source: fields[source] ?? '', target: fields[target] ?? '',
 * attributes: {} }`, which lets a reader skip building raw edges for the largest edge lists.
 *
 * @param header - the header record's fields
 * @example
 * plainEdgeColumns(['source', 'target']); // { source: 0, target: 1, fieldColumns: { source: 1, target: 2 } }
 * plainEdgeColumns(['source', 'target', 'weight']); // undefined
 */
export function plainEdgeColumns(header: string[]): PlainEdgeColumns | undefined {
  if (header.length !== 2) return undefined;
  const columns = classifyHeader(header, EDGE_ROLES, EDGE_ATTRIBUTE_MAP);
  const source = columns.find((c) => c.role === 'source');
  const target = columns.find((c) => c.role === 'target');
  if (!source || !target) return undefined;
  return { source: source.index, target: target.index, fieldColumns: fieldColumns(columns, { source, target }) };
}

/** The columns of a `nodes.csv` whose header names only an id and, optionally, a label. */
export interface PlainNodeColumns {
  /** Field index of the id column. */
  id: number;
  /** Field index of the label column, when there is one. */
  label: number | undefined;
  /** The column (1-based) of each field, for problems (as {@link nodeRowReader}'s rows carry them). */
  fieldColumns: Readonly<Record<string, number>>;
}

/**
 * The id and label columns of a nodes header that has an `id` column, optionally a `label` column,
 * and no other, or `undefined` for any other header. What {@link nodeRowReader} makes of a row of
 * such a table is `{ id: fields[id] ?? '', attributes: { label: fields[label] ?? '' } }` (no
 * attributes without a label column).
 *
 * @param header - the header record's fields
 * @example
 * plainNodeColumns(['id', 'label']); // { id: 0, label: 1, fieldColumns: { id: 1, label: 2 } }
 * plainNodeColumns(['id', 'kind']); // undefined
 */
export function plainNodeColumns(header: string[]): PlainNodeColumns | undefined {
  if (header.length > 2) return undefined;
  const columns = classifyHeader(header, NODE_ROLES, NODE_ATTRIBUTE_MAP);
  const id = columns.find((c) => c.role === 'id');
  const label = columns.find((c) => c.role === 'label');
  if (!id || columns.length !== (label ? 2 : 1)) return undefined;
  return { id: id.index, label: label?.index, fieldColumns: fieldColumns(columns, { id, label, kind: undefined }) };
}

/** One table (a CSV file or a worksheet): its place, header and rows. */
export interface Table extends TablePlace {
  header: string[] | undefined;
  headerLine: number;
  rows: Iterable<CsvRecord>;
}

/** The header and rows of one CSV text; problems for syntax and ragged rows. */
function readTable(input: TextFile, problems: Problem[]): Table {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const parsed = parseCsv(text, input.file);
  problems.push(...parsed.problems);
  const [head, ...rows] = parsed.records;
  if (!head) return { file: input.file, header: undefined, rows: [], headerLine: 1 };
  for (const row of rows) checkRowWidth(row.fields, row.line, head.fields.length, input.file, problems);
  return { file: input.file, header: head.fields, rows, headerLine: head.line };
}

/**
 * The warning for an edges table read without a nodes table. Shared by both routes.
 *
 * @param edges - the edges table's place
 */
export function nodesFromEdgesWarning(edges: TablePlace): Problem {
  const name = tableName(edges, 'edges.csv');
  return problem('warning', 'nodes-from-edges', `there is no nodes table: the nodes are made from the sources and targets of ${name} (ids as labels, no kinds)`, { ...edges, line: 1 });
}

/**
 * The problem for a CSV directory or workbook without an edges table.
 *
 * @param dir - the directory (or workbook)
 * @param hasNodes - whether it has a nodes table
 */
export function noEdgesProblem(dir: string, hasNodes: boolean): Problem {
  const what = hasNodes ? 'has nodes.csv but no edges.csv' : 'has neither nodes.csv nor edges.csv';
  return problem('error', 'no-edges-file', `the CSV directory ${what}: it needs edges.csv (source,target,…) and, optionally, nodes.csv (id,label,kind,…)`, {
    file: `${dir}/edges.csv`,
  });
}

/**
 * Raw nodes made from the ends of raw edges, in order of first appearance (source before
 * target), each located at the edge that first names it.
 *
 * @param edges - the edges read from an edges table
 * @example
 * nodesFromEdges([{ source: 'a', target: 'b', attributes: {}, loc }]).map((n) => n.id); // ['a', 'b']
 */
export function nodesFromEdges(edges: readonly RawEdge[]): RawNode[] {
  const seen = new Set<string>();
  const nodes: RawNode[] = [];
  for (const edge of edges)
    for (const end of [edge.source, edge.target]) {
      const id = typeof end === 'string' ? end.trim() : undefined;
      if (id === undefined || id === '' || seen.has(id)) continue;
      seen.add(id);
      const { fieldColumns: _columns, ...loc } = edge.loc;
      nodes.push({ id, attributes: {}, loc });
    }
  return nodes;
}

/**
 * Reads a nodes table and an edges table (CSV texts or worksheets) into a raw graph: the tables'
 * rows through {@link nodeRowReader} and {@link edgeRowReader}, nodes made from the edges' ends
 * when there is no nodes table.
 *
 * @param input - the tables, the graph's name (directory or workbook) and its format
 * @param problems - problems found so far (syntax); header and cell problems are added
 * @example
 * const raw = readTables({ file: 'eco.xlsx', format: 'xlsx', nodes, edges }, []);
 */
export function readTables(input: { file: string; format: RawGraph['format']; nodes?: Table | undefined; edges?: Table | undefined }, problems: Problem[]): RawGraph {
  const raw: RawGraph = { file: input.file, format: input.format, attributes: {}, nodes: [], edges: [], problems };
  const { nodes, edges } = input;
  if (nodes?.header) {
    const toNode = nodeRowReader(nodes, nodes.header, nodes.headerLine, problems);
    if (toNode) for (const row of nodes.rows) raw.nodes.push(toNode(row));
  }
  if (edges?.header) {
    const toEdge = edgeRowReader(edges, edges.header, edges.headerLine, problems);
    if (toEdge) for (const row of edges.rows) raw.edges.push(toEdge(row));
  }
  if (edges && !nodes) {
    problems.push(nodesFromEdgesWarning(edges));
    raw.nodes = nodesFromEdges(raw.edges);
  }
  return raw;
}

/**
 * Reads a CSV directory's texts into a raw graph.
 *
 * @param input the texts of `edges.csv` and (optionally) `nodes.csv`, and the directory name
 * @returns nodes and edges with their lines; syntax and header problems; nodes made from the
 *   edges' ends (with a `nodes-from-edges` warning) when there is no nodes.csv; a `no-edges-file`
 *   error when there is no edges.csv
 * @example
 * const raw = readCsv({ dir: 'eco', nodes: { file: 'eco/nodes.csv', text: 'id,label\na,A\n' }, edges: { file: 'eco/edges.csv', text: 'source,target\n' } });
 * raw.nodes[0]?.id; // 'a'
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function readCsv(input: { nodes?: TextFile | undefined; edges?: TextFile | undefined; dir: string }): RawGraph {
  const problems: Problem[] = [];
  if (!input.edges) problems.push(noEdgesProblem(input.dir, input.nodes !== undefined));
  const nodes = input.nodes ? readTable(input.nodes, problems) : undefined;
  const edges = input.edges ? readTable(input.edges, problems) : undefined;
  return readTables({ file: input.dir, format: 'csv', nodes, edges }, problems);
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

/** One column of a written table: its header, and each row's cell as text and as a value (numbers and booleans kept). */
export interface TableColumn {
  header: string;
  text: (row: number) => string;
  value: (row: number) => string | number | boolean;
}

/** A graph as two tables with the columns `writeCsv` writes. */
export interface GraphTables {
  nodes: { rows: number; columns: TableColumn[] };
  edges: { rows: number; columns: TableColumn[] };
}

/** A cell's value: a number or boolean as itself (when the column's text is its plain form), anything else as the text. */
function cellValue(value: unknown, text: string): string | number | boolean {
  if (typeof value === 'number' && Number.isFinite(value) && String(value) === text) return value;
  if (typeof value === 'boolean' && String(value) === text) return value;
  return text;
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
 * A graph as the nodes and edges tables every tabular writer writes (CSV, workbooks): node `id`,
 * `label`, `kind`, then the known attributes in schema order and typed extra columns; edge `id`,
 * `source`, `target`, `directed`, `kind` and the rest.
 *
 * @param graph - the graph
 * @example
 * const { nodes } = graphTables(graph);
 * nodes.columns.map((c) => c.header); // ['id', 'label', 'kind', …]
 */
export function graphTables(graph: EcoGraph): GraphTables {
  const nodeRecords: Record<string, unknown>[] = [];
  const nodeIds: string[] = [];
  graph.forEachNode((id, attributes) => {
    nodeIds.push(id);
    nodeRecords.push(attributes);
  });
  const nodeKnown = NODE_ATTRIBUTES.map((d) => d.name).filter((n) => n !== 'label' && n !== 'kind');
  const recordColumn = (records: Record<string, unknown>[], c: OutColumn, name?: string): TableColumn => ({
    header: c.header,
    text: (i) => c.cell(records[i]!),
    value: (i) => {
      const text = c.cell(records[i]!);
      return name !== undefined ? cellValue(records[i]![name], text) : text;
    },
  });
  const fixed = (header: string, values: string[]): TableColumn => ({ header, text: (i) => values[i]!, value: (i) => values[i]! });
  const attributeName = (header: string) => header.replace(ANNOTATION, '$1');
  const nodeColumns: OutColumn[] = [
    { header: 'label', cell: (r) => formatCell(r.label) },
    ...(nodeRecords.some((r) => r.kind !== undefined) ? [{ header: 'kind', cell: (r: Record<string, unknown>) => formatCell(r.kind) }] : []),
    ...attributeColumns(nodeRecords, nodeKnown, NODE_RESERVED, ['label', 'kind']),
  ];
  const edgeRecords: Record<string, unknown>[] = [];
  const ends: string[][] = [[], [], [], []];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    ends[0]!.push(key);
    ends[1]!.push(source);
    ends[2]!.push(target);
    ends[3]!.push(undirected ? 'false' : 'true');
    edgeRecords.push(attributes);
  });
  const edgeKnown = EDGE_ATTRIBUTES.map((d) => d.name).filter((n) => n !== 'kind');
  const edgeColumns: OutColumn[] = [
    ...(edgeRecords.some((r) => r.kind !== undefined) ? [{ header: 'kind', cell: (r: Record<string, unknown>) => formatCell(r.kind) }] : []),
    ...attributeColumns(edgeRecords, edgeKnown, EDGE_RESERVED, ['kind']),
  ];
  return {
    nodes: {
      rows: nodeIds.length,
      columns: [fixed('id', nodeIds), ...nodeColumns.map((c) => recordColumn(nodeRecords, c, attributeName(c.header)))],
    },
    edges: {
      rows: edgeRecords.length,
      columns: [
        ...['id', 'source', 'target', 'directed'].map((h, k) => fixed(h, ends[k]!)),
        ...edgeColumns.map((c) => recordColumn(edgeRecords, c, attributeName(c.header))),
      ],
    },
  };
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
  const tables = graphTables(graph);
  const text = (t: GraphTables['nodes']) => {
    const rows: string[][] = [];
    for (let i = 0; i < t.rows; i++) rows.push(t.columns.map((c) => c.text(i)));
    return table(
      t.columns.map((c) => c.header),
      rows,
    );
  };
  return { nodes: text(tables.nodes), edges: text(tables.edges) };
}
