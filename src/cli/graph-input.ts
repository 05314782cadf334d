/** The graph argument every command takes, and the options that shape how it is read. */
import { loadGraph } from '../io/files.js';
import type { EcoGraph } from '../model/types.js';
import { parseSpinoffTypes } from '../metrics/lineage/spinoff-types.js';
import { SPINOFF_TYPES, type SpinoffType } from '../model/schema.js';
import { UsageError, type OptionSpec } from './command.js';

export const graphPositional = { name: 'graph', description: 'a .json, .gexf or .graphml file, or a CSV directory', required: true } as const;

/** `--kind-from ATTR`: map a node attribute to `kind` when importing foreign graphs. */
export const kindFromOption = {
  type: 'string',
  valueName: 'ATTR',
  description: 'read node kinds from attribute ATTR (for foreign graphs)',
} as const satisfies OptionSpec;

/** `--types LIST`: the spin-off types an analysis counts (lineage, compare, figure tree). */
export const spinoffTypesOption = {
  type: 'string',
  valueName: 'LIST',
  description: `count only spin-off ties of these types, comma-separated (${SPINOFF_TYPES.join(', ')}); untyped spin-off ties are then left out`,
} as const satisfies OptionSpec;

/**
 * The `--types` value as spin-off types; undefined when the option is absent.
 *
 * @param value - the option's text
 * @throws `UsageError` naming the values that are not spin-off types
 */
export function spinoffTypesArgument(value: string | undefined): SpinoffType[] | undefined {
  if (value === undefined) return undefined;
  try {
    return parseSpinoffTypes(value);
  } catch (err) {
    throw new UsageError(`--types: ${(err as Error).message}`);
  }
}

/** Loads the graph argument; an invalid graph is refused with every error (exit 1). */
export async function loadGraphArgument(path: string, options: { 'kind-from'?: string | undefined }): Promise<EcoGraph> {
  return loadGraph(path, options['kind-from'] !== undefined ? { kindFrom: options['kind-from'] } : {});
}
