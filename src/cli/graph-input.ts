/** The graph argument every command takes, and the options that shape how it is read. */
import { loadGraph } from '../io/files.js';
import type { EcoGraph } from '../model/types.js';
import type { OptionSpec } from './command.js';

export const graphPositional = { name: 'graph', description: 'a .json, .gexf or .graphml file, or a CSV directory', required: true } as const;

/** `--kind-from ATTR`: map a node attribute to `kind` when importing foreign graphs. */
export const kindFromOption = {
  type: 'string',
  valueName: 'ATTR',
  description: 'read node kinds from attribute ATTR (for foreign graphs)',
} as const satisfies OptionSpec;

/** Loads the graph argument; an invalid graph is refused with every error (exit 1). */
export async function loadGraphArgument(path: string, options: { 'kind-from'?: string | undefined }): Promise<EcoGraph> {
  return loadGraph(path, options['kind-from'] !== undefined ? { kindFrom: options['kind-from'] } : {});
}
