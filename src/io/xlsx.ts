/**
 * Excel workbooks (`.xlsx`), read and written in streams with ExcelJS: the sheet XML is parsed
 * as it is unzipped, row by row, and never held whole. ExcelJS's streaming reader parks a sheet that
 * comes before the shared strings or the workbook's relationships in the zip in a temporary file
 * (which Excel's own files and ExcelJS's writers all do); the reader here never lets it: the zip is
 * streamed with its records reordered so that every sheet comes after the other parts (the central
 * directory says where each record lies, and the bytes are copied, not recompressed), and a
 * workbook without shared strings or relationships reads as having empty ones.
 *
 * Two layouts are read:
 * - sheets `nodes` and `edges` with the columns of `nodes.csv` and `edges.csv`;
 * - Kumu's: `Elements` (Label, Type, …; an `ID` column, when there is one, is the id) and
 *   `Connections` (From, To, Type, Direction). Connections name elements by Label unless there is
 *   an ID column, so two elements with one label are an error naming both rows. Types map to
 *   kinds by {@link mapKumuTypes}.
 *
 * Sheet names match in any case; other sheets are ignored. A workbook with an edges sheet only
 * makes its nodes from the ends, as a CSV edge list does. Every problem names its cell:
 * `eco.xlsx:edges!C7`. Rows go through the CSV readers' row converters, so the validation is the
 * CSV directory's.
 *
 * Writing uses Kumu's layout (`Elements`: ID, Label, Type, …; `Connections`: ID, From, To, Type,
 * Direction, …) with the CSV columns' typed headers, which Excel and Kumu open and which reads back
 * as the same graph.
 *
 * Node-only, and loaded only by commands given a workbook (`files.ts` imports it lazily).
 */
import ExcelJS from 'exceljs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { problem, type Problem } from '../model/problems.js';
import type { RawGraph } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import type { CsvRecord } from './csv-syntax.js';
import { checkRowWidth, edgeRowReader, graphTables, nodeRowReader, nodesFromEdges, nodesFromEdgesWarning, type GraphTables } from './csv.js';
import { mapKumuTypes, type KindMap } from './kind-map.js';
import { readZipLayout, reorderedZipStream } from './zip-records.js';

/** Options of {@link readXlsx}. */
export interface XlsxReadOptions {
  /** Maps Kumu types that name no kind. */
  kindMap?: KindMap | undefined;
}

type Role = 'nodes' | 'edges';
const SHEET_ROLES: Record<string, { role: Role; kumu: boolean }> = {
  nodes: { role: 'nodes', kumu: false },
  edges: { role: 'edges', kumu: false },
  elements: { role: 'nodes', kumu: true },
  connections: { role: 'edges', kumu: true },
};

/**
 * Cell text as Office stores what XML cannot hold (ECMA-376 ST_Xstring): a carriage return or
 * other control character as `_xHHHH_`, and a literal `_xHHHH_` with its underscore escaped.
 */
export function escapeCellText(text: string): string {
  // an underscore that starts `_xHHHH_` becomes `_x005F_` (the lookahead handles overlapping escapes)
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x1f]/g, (m) =>
    m === '_' ? '_x005F_' : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** The text {@link escapeCellText} escaped (and Excel writes), unescaped. */
export function unescapeCellText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The text of a cell value as ExcelJS gives it (numbers as JavaScript writes them, dates as ISO dates). */
function cellText(value: unknown, onError: (code: string) => void): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return unescapeCellText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; formula?: string; sharedFormula?: string };
    if (Array.isArray(v.richText)) return unescapeCellText(v.richText.map((r) => r.text).join(''));
    if (v.error !== undefined) {
      onError(v.error);
      return '';
    }
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result, onError);
    if ('text' in v) return cellText(v.text, onError);
  }
  return String(value);
}

/** The zip entries ExcelJS's streaming reader takes for worksheets (its own test, unanchored as it is). */
const WORKSHEET_ENTRY = /xl\/worksheets\/sheet\d+[.]xml/;

/**
 * ExcelJS's streaming reader over the workbook open in `file`, fed a stream of the zip with every
 * worksheet after the other parts, and with empty shared strings and relationships to start from
 * (the real ones, read first, replace them). ExcelJS parks a worksheet in a temporary file only
 * when one of the two is still missing when the sheet comes, so it never does here. `failed`
 * rejects if the file cannot be read to the end (ExcelJS itself would wait for the rest forever).
 */
async function workbookReader(file: FileHandle) {
  const layout = await readZipLayout(file);
  const sheetsLast = [...layout.records.filter((r) => !WORKSHEET_ENTRY.test(r.name)), ...layout.records.filter((r) => WORKSHEET_ENTRY.test(r.name))];
  const stream = reorderedZipStream(file, layout, sheetsLast);
  const failed = new Promise<never>((_resolve, reject) => stream.once('error', reject));
  failed.catch(() => undefined); // seen by the caller's race; never unhandled
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const state = reader as unknown as { sharedStrings?: unknown[]; workbookRels?: unknown[] };
  state.sharedStrings = [];
  state.workbookRels = [];
  return { reader, failed };
}

/** Reads a workbook's nodes and edges sheets into a raw graph (syntax and structure problems only). */
export async function readXlsx(path: string, options: XlsxReadOptions = {}): Promise<RawGraph> {
  const problems: Problem[] = [];
  const raw: RawGraph = { file: path, format: 'xlsx', attributes: {}, nodes: [], edges: [], problems };
  const found: Partial<Record<Role, { sheet: string; kumu: boolean; idColumn: boolean }>> = {};
  const names: string[] = [];
  let file: FileHandle | undefined;
  const readSheets = async (reader: Awaited<ReturnType<typeof workbookReader>>['reader']) => {
    for await (const worksheet of reader) {
      const sheet = (worksheet as unknown as { name?: string }).name ?? `Sheet${(worksheet as unknown as { id: string }).id}`;
      names.push(sheet);
      const layout = SHEET_ROLES[sheet.trim().toLowerCase()];
      if (layout === undefined || found[layout.role] !== undefined) continue;
      const place = { file: path, sheet };
      let convert: ((row: CsvRecord) => void) | undefined;
      let width = 0;
      let headerSeen = false;
      const info = { sheet, kumu: layout.kumu, idColumn: false };
      found[layout.role] = info;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const fields: string[] = [];
        for (let c = 1; c < values.length; c++)
          fields.push(cellText(values[c], (code) => problems.push(problem('error', 'bad-value', `the cell holds the Excel error ${code}`, { ...place, line: row.number, column: c }))));
        while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
        if (fields.length === 0) continue;
        if (!headerSeen) {
          headerSeen = true;
          width = fields.length;
          info.idColumn = fields.some((f) => f.trim().toLowerCase() === 'id');
          if (layout.role === 'nodes') {
            const toNode = nodeRowReader(place, fields, row.number, problems);
            if (toNode) convert = (r) => raw.nodes.push(toNode(r));
          } else {
            const toEdge = edgeRowReader(place, fields, row.number, problems);
            if (toEdge) convert = (r) => raw.edges.push(toEdge(r));
          }
          continue;
        }
        checkRowWidth(fields, row.number, width, place, problems);
        convert?.({ fields, line: row.number });
      }
    }
  };
  try {
    file = await open(path, 'r');
    const { reader, failed } = await workbookReader(file);
    await Promise.race([readSheets(reader), failed]);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ...raw, nodes: [], edges: [], problems: [problem('error', 'syntax-error', `not a readable .xlsx workbook (${message})`, { file: path })] };
  } finally {
    await file?.close();
  }
  if (found.edges === undefined) {
    const seen = names.length > 0 ? `it has ${names.map((n) => `"${n}"`).join(', ')}` : 'it has no sheets';
    problems.push(
      problem('error', 'missing-sheet', `the workbook has no edges sheet (${seen}): name the sheets "nodes" and "edges" (the CSV columns), or "Elements" and "Connections" (Kumu)`, {
        file: path,
      }),
    );
    return raw;
  }
  if (found.nodes === undefined) {
    problems.push(nodesFromEdgesWarning({ file: path, sheet: found.edges.sheet }));
    raw.nodes = nodesFromEdges(raw.edges);
  } else if (found.nodes.kumu && !found.nodes.idColumn) duplicateLabels(raw, found.nodes.sheet);
  if (found.nodes?.kumu || found.edges.kumu) mapKumuTypes(raw, options.kindMap);
  return raw;
}

/** Kumu matches connections by Label: a second element with a label already seen is an error naming both rows, and is left out. */
function duplicateLabels(raw: RawGraph, sheet: string): void {
  const rows = new Map<string, number>();
  raw.nodes = raw.nodes.filter((node) => {
    const label = typeof node.id === 'string' ? node.id.trim() : undefined;
    if (label === undefined || label === '') return true;
    const first = rows.get(label);
    if (first === undefined) {
      rows.set(label, node.loc.line ?? 0);
      return true;
    }
    raw.problems.push(
      problem('error', 'duplicate-id', `rows ${first} and ${node.loc.line} of sheet "${sheet}" both have the label "${label}": Kumu matches connections by Label, so add an ID column to tell them apart`, node.loc, 'label'),
    );
    return false;
  });
}

/** The Kumu header of a written column. */
const KUMU_HEADERS: Record<string, string> = { id: 'ID', label: 'Label', kind: 'Type', source: 'From', target: 'To' };

/**
 * Writes a graph as a workbook in Kumu's layout, streamed to a temporary file beside `path` and
 * renamed into place (atomic, as every writer).
 *
 * @param graph - the graph
 * @param path - the `.xlsx` file to write
 * @example
 * await writeXlsx(graph, 'out/eco.xlsx');
 */
export async function writeXlsx(graph: EcoGraph, path: string): Promise<void> {
  const tables: GraphTables = graphTables(graph);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.ecograph.tmp`);
  try {
    // Strings inline (ExcelJS's streaming default, which Excel opens): no table of every distinct string held until the end.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: false, useStyles: false });
    workbook.creator = 'ecograph';
    const sheet = (name: string, table: GraphTables['nodes'], edges: boolean) => {
      const ws = workbook.addWorksheet(name);
      const columns = table.columns.filter((c) => !(edges && c.header === 'directed'));
      const directed = edges ? table.columns.find((c) => c.header === 'directed') : undefined;
      const header = columns.map((c) => KUMU_HEADERS[c.header] ?? c.header);
      // Direction right after Type (or after To when there are no kinds)
      const at = columns.findIndex((c) => c.header === 'kind') + 1 || 3;
      if (directed) header.splice(at, 0, 'Direction');
      ws.addRow(header).commit();
      for (let i = 0; i < table.rows; i++) {
        const cells = columns.map((c) => {
          const value = c.value(i);
          return typeof value === 'string' ? escapeCellText(value) : value;
        });
        if (directed) cells.splice(at, 0, directed.text(i) === 'true' ? 'directed' : 'undirected');
        ws.addRow(cells).commit();
      }
      ws.commit();
    };
    sheet('Elements', tables.nodes, false);
    sheet('Connections', tables.edges, true);
    await workbook.commit();
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
