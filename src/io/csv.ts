import type { RawGraph } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
import type { TextFile } from './formats.js';
export function readCsv(input: { nodes?: TextFile; edges?: TextFile; dir: string }): RawGraph {
  throw new Error(`CSV reading is not implemented yet (${input.dir})`);
}
export function writeCsv(_graph: EcoGraph): { nodes: string; edges: string } {
  throw new Error('CSV writing is not implemented yet');
}
