/** The graph argument every command takes, and the options that shape how it is read. */
import { loadGraph } from '../io/files.js';
import type { BuildOptions } from '../model/build.js';
import type { EcoGraph } from '../model/types.js';
import type { OptionSpec } from './command.js';

export const graphPositional = { name: 'graph', description: 'a .json, .gexf or .graphml file, or a CSV directory', required: true } as const;

/** `--kind-from ATTR`: map a node attribute to `kind` when importing foreign graphs. */
export const kindFromOption = {
  type: 'string',
  valueName: 'ATTR',
  description: 'read node kinds from attribute ATTR (for foreign graphs)',
} as const satisfies OptionSpec;

/** `--year-from ATTR`: read dates (years or ISO dates) from an attribute when importing foreign graphs. */
export const yearFromOption = {
  type: 'string',
  valueName: 'ATTR',
  description: 'read dates from attribute ATTR, a year or an ISO date (2022-01-15, 2022-01): a node’s founded, a tie’s year, where not given (for foreign graphs)',
} as const satisfies OptionSpec;

/** The build options of the graph flags. */
export function buildOptionsFrom(options: { 'kind-from'?: string | undefined; 'year-from'?: string | undefined }): BuildOptions {
  return {
    ...(options['kind-from'] !== undefined ? { kindFrom: options['kind-from'] } : {}),
    ...(options['year-from'] !== undefined ? { yearFrom: options['year-from'] } : {}),
  };
}

/** Loads the graph argument; an invalid graph is refused with every error (exit 1). */
export async function loadGraphArgument(path: string, options: { 'kind-from'?: string | undefined; 'year-from'?: string | undefined }): Promise<EcoGraph> {
  return loadGraph(path, buildOptionsFrom(options));
}
