/**
 * The format-neutral form every reader produces before validation: plain records with their
 * source locations. `buildGraph` turns it into a checked, typed {@link EcoGraph}.
 */
import type { ElementLocation, Problem } from './problems.js';

/** The formats ecograph reads and writes; `xlsx` (a workbook) is read and written from files only (Node). */
export type FormatName = 'json' | 'csv' | 'gexf' | 'graphml' | 'xlsx';

export interface RawNode {
  id: unknown;
  attributes: Record<string, unknown>;
  loc: ElementLocation;
}

export interface RawEdge {
  /** Edge id, when the format carries one. */
  key?: unknown;
  source: unknown;
  target: unknown;
  /** Direction stated by the file (`undefined`: not stated; the kind or default decides). */
  directed?: boolean;
  attributes: Record<string, unknown>;
  loc: ElementLocation;
}

export interface RawGraph {
  file: string;
  format: FormatName;
  attributes: Record<string, unknown>;
  nodes: RawNode[];
  edges: RawEdge[];
  /** Problems found while reading (syntax, structure). */
  problems: Problem[];
}
