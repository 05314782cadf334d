import type { RawGraph } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
export function readGexf(_text: string, file: string): RawGraph {
  throw new Error(`GEXF reading is not implemented yet (${file})`);
}
export function writeGexf(_graph: EcoGraph): string {
  throw new Error('GEXF writing is not implemented yet');
}
