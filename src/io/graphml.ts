import type { RawGraph } from '../model/raw.js';
import type { EcoGraph } from '../model/types.js';
export function readGraphml(_text: string, file: string): RawGraph {
  throw new Error(`GraphML reading is not implemented yet (${file})`);
}
export function writeGraphml(_graph: EcoGraph): string {
  throw new Error('GraphML writing is not implemented yet');
}
