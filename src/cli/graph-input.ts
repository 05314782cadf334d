/** The graph argument every command takes, and the options that shape how it is read. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadGraph, type ReadOptions } from '../io/files.js';
import { parseKindMap } from '../io/kind-map.js';
import { TEXT_ENCODINGS, encodingNamed } from '../io/text.js';
import type { EcoGraph } from '../model/types.js';
import { parseSpinoffTypes } from '../metrics/lineage/spinoff-types.js';
import { SPINOFF_TYPES, type SpinoffType } from '../model/schema.js';
import { UsageError, type OptionSpec } from './command.js';

export const graphPositional = { name: 'graph', description: 'a .json, .gexf, .graphml or .xlsx file, or a CSV directory', required: true } as const;

/** `--encoding NAME`: read text input in this encoding instead of detecting it. */
export const encodingOption = {
  type: 'string',
  valueName: 'NAME',
  description: 'read text as utf-8, utf-16le, utf-16be, shift_jis (cp932) or euc-jp, not detected',
} as const satisfies OptionSpec;

/** `--kind-map MAP`: Kumu types to kinds. */
export const kindMapOption = {
  type: 'string',
  valueName: 'MAP',
  description: 'Kumu types to kinds: "Startup=firm,VC=investor" or a file of Type=kind lines',
} as const satisfies OptionSpec;

/**
 * The read options of the graph options a command was given: `--kind-from`, `--year-from`,
 * `--encoding` and `--kind-map` (a map, or the file that holds one).
 *
 * @throws UsageError for an unknown encoding or a bad map
 */
export function readOptionsOf(options: {
  'kind-from'?: string | undefined;
  'year-from'?: string | undefined;
  encoding?: string | undefined;
  'kind-map'?: string | undefined;
}): ReadOptions {
  const out: ReadOptions = {};
  if (options['kind-from'] !== undefined) out.kindFrom = options['kind-from'];
  if (options['year-from'] !== undefined) out.yearFrom = options['year-from'];
  if (options.encoding !== undefined) {
    const encoding = encodingNamed(options.encoding);
    if (encoding === undefined) throw new UsageError(`--encoding ${options.encoding}: use one of ${TEXT_ENCODINGS.join(', ')} (or cp932)`);
    out.encoding = encoding;
  }
  const map = options['kind-map'];
  if (map !== undefined) {
    const isFile = !map.includes('=') && existsSync(map) && statSync(map).isFile();
    if (!isFile && !map.includes('=')) throw new UsageError(`--kind-map ${map}: no such file, and not TYPE=kind entries (e.g. Startup=firm,VC=investor)`);
    try {
      out.kindMap = parseKindMap(isFile ? readFileSync(map, 'utf8') : map);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  return out;
}

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
export async function loadGraphArgument(
  path: string,
  options: { 'kind-from'?: string | undefined; 'year-from'?: string | undefined; encoding?: string | undefined; 'kind-map'?: string | undefined },
): Promise<EcoGraph> {
  return loadGraph(path, readOptionsOf(options));
}
