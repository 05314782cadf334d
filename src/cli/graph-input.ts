/** The graph argument every command takes, and the options that shape how it is read. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ReadOptions } from '../io/files.js';
import { parseKindMap } from '../io/kind-map.js';
import { TEXT_ENCODINGS, encodingNamed } from '../io/text.js';
import { attributeNamesOf, type AttributeNames } from '../model/graph.js';
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
 * `--label-from`, `--encoding` and `--kind-map` (a map, or the file that holds one).
 *
 * @throws UsageError for an unknown encoding or a bad map
 */
export function readOptionsOf(options: {
  'kind-from'?: string | undefined;
  'year-from'?: string | undefined;
  'label-from'?: string | undefined;
  encoding?: string | undefined;
  'kind-map'?: string | undefined;
}): ReadOptions {
  const out: ReadOptions = {};
  if (options['kind-from'] !== undefined) out.kindFrom = options['kind-from'];
  if (options['year-from'] !== undefined) out.yearFrom = options['year-from'];
  if (options['label-from'] !== undefined) out.labelFrom = options['label-from'];
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

/**
 * The opener's options for the graph flags a command was given (`--kind-from`, `--year-from`,
 * `--label-from`), to spread into `openGraph`, `openView` or `loadCompactGraph`.
 *
 * @example
 * await openView(path, { ...openerOptionsOf(options), view, keep: { labels: true } });
 */
export function openerOptionsOf(options: { 'kind-from'?: string | undefined; 'year-from'?: string | undefined; 'label-from'?: string | undefined }): {
  kindFrom: string | undefined;
  yearFrom: string | undefined;
  labelFrom: string | undefined;
} {
  return { kindFrom: options['kind-from'], yearFrom: options['year-from'], labelFrom: options['label-from'] };
}

/** `--label-from ATTR`: take node labels from another attribute (e.g. `tooltip`). */
export const labelFromOption = {
  type: 'string',
  valueName: 'ATTR',
  description: 'read node labels from attribute ATTR where a node has it (e.g. tooltip); else label, else the id',
} as const satisfies OptionSpec;

/** The options that name attributes of the graph: each must be one some element has. */
export interface NamedAttributeOptions {
  'kind-from'?: string | undefined;
  'year-from'?: string | undefined;
  'label-from'?: string | undefined;
  weighted?: string | undefined;
}

/** The attribute bare `--weighted` reads. */
const IMPLICIT_WEIGHT = 'weight';

const listed = (names: readonly string[], of: string) => (names.length > 0 ? `${of} attributes: ${names.join(', ')}` : `${of}s have no attributes`);

/**
 * Refuses an attribute named by `--kind-from`, `--label-from` (nodes), `--weighted=ATTR` (edges)
 * or `--year-from` (either) that no element has: otherwise the run would go on silently without
 * it. Bare `--weighted` (attribute `weight`) is allowed on a graph without weights: it then weighs
 * each view edge by the number of ties merged into it.
 *
 * @param names - the attribute names the graph's nodes and edges have values for
 * @param options - the command's options
 * @param path - the graph argument, for the message
 * @throws UsageError listing the attributes that exist
 * @example
 * checkNamedAttributes({ nodes: ['label'], edges: ['weight'] }, { weighted: 'nosuch' }, 'g.json'); // throws
 */
export function checkNamedAttributes(names: AttributeNames, options: NamedAttributeOptions, path: string): void {
  const nodeFlags = [
    ['kind-from', options['kind-from']],
    ['label-from', options['label-from']],
  ] as const;
  for (const [flag, name] of nodeFlags)
    if (name !== undefined && !names.nodes.includes(name)) throw new UsageError(`--${flag} ${name}: no node of ${path} has the attribute "${name}" (${listed(names.nodes, 'node')})`);
  const weight = options.weighted;
  // bare --weighted on a graph without weights is the documented tie count: each tie counts 1 and merged ties sum
  if (weight !== undefined && weight !== IMPLICIT_WEIGHT && weight.trim() !== '' && !names.edges.includes(weight))
    throw new UsageError(`--weighted=${weight}: no edge of ${path} has the attribute "${weight}" (${listed(names.edges, 'edge')})`);
  const year = options['year-from'];
  if (year !== undefined && !names.nodes.includes(year) && !names.edges.includes(year))
    throw new UsageError(`--year-from ${year}: no node or edge of ${path} has the attribute "${year}" (${listed(names.nodes, 'node')}; ${listed(names.edges, 'edge')})`);
}

/**
 * {@link checkNamedAttributes} for a graph opened by either route: the whole graph's attributes,
 * or those the streaming reader recorded.
 *
 * @throws UsageError listing the attributes that exist
 */
export function checkOpenedAttributes(
  opened: { graph?: EcoGraph | undefined; load?: { attributeNames?: AttributeNames | undefined } | undefined },
  options: NamedAttributeOptions,
  path: string,
): void {
  const names = opened.graph ? attributeNamesOf(opened.graph) : opened.load?.attributeNames;
  if (names) checkNamedAttributes(names, options, path);
}

/**
 * Loads the graph argument; an invalid graph is refused with every error (exit 1), an attribute
 * named by an option that no element has with the attributes there are (exit 2).
 */
export async function loadGraphArgument(
  path: string,
  options: NamedAttributeOptions & { encoding?: string | undefined; 'kind-map'?: string | undefined },
): Promise<EcoGraph> {
  // imported here: commands that open their graph by the compact route never load the whole-graph readers
  const { loadGraph } = await import('../io/files.js');
  const graph = await loadGraph(path, readOptionsOf(options));
  checkNamedAttributes(attributeNamesOf(graph), options, path);
  return graph;
}
