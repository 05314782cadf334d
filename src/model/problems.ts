/**
 * Problems found while reading or validating a graph: each names the file, line (and column where
 * it applies), the field, a stable code and a plain message.
 */

export type Severity = 'error' | 'warning';

/** Stable problem codes. Tests, editors and other tools match on these. */
export const PROBLEM_CODES = {
  // reading
  'empty-file': 'the file is empty',
  'binary-file': 'the file is not text (binary data)',
  'bad-encoding': 'the text is neither UTF-8 nor Shift_JIS, or not in the encoding named with --encoding',
  'not-found': 'no file or directory at the path given',
  'not-a-directory': 'a path that must be a directory (ends in /) is a file',
  'no-edges-file': 'a CSV directory has no edges.csv (nor edges.tsv / edges.txt)',
  'missing-sheet': 'a workbook has neither nodes/edges nor Kumu Elements/Connections sheets',
  'unmapped-type': 'a Kumu type names no ecograph kind and --kind-map does not map it',
  'syntax-error': 'the file is not well-formed (JSON, XML or CSV syntax)',
  'csv-quote': 'a CSV field has unbalanced or misplaced quotes',
  'csv-columns': 'a CSV row has more fields than the header',
  'missing-column': 'a required CSV column is missing',
  'bad-structure': 'the document does not have the expected structure',
  'undeclared-attribute': 'a GEXF attvalue or GraphML data element refers to an attribute the file does not declare',
  'unsupported-format': 'the file type is not one ecograph reads',
  // model
  'empty-id': 'a node or edge endpoint id is empty',
  'empty-label': 'a node label is empty',
  'duplicate-id': 'two nodes (or two edges) share an id',
  'missing-node': 'an edge points to a node that does not exist',
  'unknown-node-kind': 'a node kind is not one of the model kinds',
  'unknown-edge-kind': 'an edge kind is not one of the model kinds',
  'edge-kind-not-allowed': 'this edge kind may not join these node kinds',
  'direction-mismatch': 'the edge direction contradicts its kind',
  'bad-year': 'a year is not an integer between 1000 and 2999',
  'bad-number': 'a number field does not hold a number',
  'bad-value': 'a field holds a value of the wrong type or outside its allowed values',
  'spinoff-cycle': 'spin-off ties form a cycle',
  // warnings
  'nodes-from-edges': 'there is no nodes table: nodes were made from the ends of the edges',
  'child-before-parent': 'a spin-off child is founded before its parent',
  'missing-sources': 'an element has no sources',
  'self-loop': 'an edge joins a node to itself',
  'spells-merged': 'a GEXF element has several spells with a gap between them, read as one span',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface SourceLocation {
  file: string;
  /** The worksheet, for a workbook (`line` is then the row, `column` the column number). */
  sheet?: string;
  line?: number;
  column?: number;
}

/** Where a node or edge is; CSV readers add the column (field number) of each of its fields. */
export interface ElementLocation extends SourceLocation {
  fieldColumns?: Readonly<Record<string, number>>;
}

export interface Problem extends SourceLocation {
  severity: Severity;
  code: ProblemCode;
  message: string;
  /** The field (attribute or column) the problem is about, when there is one. */
  field?: string;
}

export function problem(
  severity: Severity,
  code: ProblemCode,
  message: string,
  loc: ElementLocation,
  field?: string,
): Problem {
  const p: Problem = { severity, code, message, file: loc.file };
  if (loc.sheet !== undefined) p.sheet = loc.sheet;
  if (loc.line !== undefined) p.line = loc.line;
  const column = loc.column ?? (field !== undefined ? loc.fieldColumns?.[field] : undefined);
  if (column !== undefined) p.column = column;
  if (field !== undefined) p.field = field;
  return p;
}

/** The spreadsheet name of a 1-based column number: 1 → `A`, 27 → `AA`. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * `file:line:column: error [code] message (field)` — the form compilers use, clickable in editors;
 * in a workbook the place is the cell, `file.xlsx:edges!C7`.
 */
export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.sheet !== undefined) where += `:${p.sheet}!${p.column !== undefined ? columnLetters(p.column) : ''}${p.line ?? ''}`;
  else {
    if (p.line !== undefined) where += `:${p.line}`;
    if (p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
  }
  const field = p.field !== undefined ? ` (field "${p.field}")` : '';
  return `${where}: ${p.severity} [${p.code}] ${p.message}${field}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Codes of problems with a file as a whole, which cause whatever else goes wrong in it. */
const READING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'empty-file',
  'binary-file',
  'bad-encoding',
  'not-found',
  'not-a-directory',
  'no-edges-file',
  'missing-sheet',
  'unmapped-type',
  'syntax-error',
  'csv-quote',
  'csv-columns',
  'missing-column',
  'bad-structure',
  'undeclared-attribute',
  'unsupported-format',
]);

/** Codes of problems that follow from others: an edge to a node left out, a tie that node kinds forbid. */
const CONSEQUENCE_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['missing-node', 'edge-kind-not-allowed']);

/** 0: the file itself; 1: an element; 2: what follows from another element's problem. */
const causeTier = (p: Problem) => (READING_CODES.has(p.code) ? 0 : CONSEQUENCE_CODES.has(p.code) ? 2 : 1);

/**
 * Problems with causes first, each group in file order: problems with reading a file (its
 * encoding, syntax, columns), then problems of single elements (a node's empty id, an unknown
 * kind), then what those cause (an edge to a node that is missing, a tie its ends' kinds forbid);
 * within a group by file, sheet, line and column, errors before warnings on a tie.
 *
 * @example
 * sortProblems(problems).map(formatProblem); // nodes.csv:4 … [empty-id] before edges.csv:2 … [missing-node]
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      causeTier(a) - causeTier(b) ||
      a.file.localeCompare(b.file) ||
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/** Thrown by commands given a graph with errors; carries every problem found. */
export class InvalidGraphError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(`invalid graph: ${errors.length} error(s)\n` + errors.map(formatProblem).join('\n'));
    this.name = 'InvalidGraphError';
    this.problems = problems;
  }
}
