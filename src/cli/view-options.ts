/**
 * The graph-view flags every metric command shares (`--directed`, `--edge-kinds`, `--node-kinds`,
 * `--weighted[=ATTR]`, `--weight-as`, and the time flags `--at`, `--window`, `--undated`),
 * declared once, and their translation to `ViewOptions`.
 */
import { DEFAULTS as TIME_DEFAULTS, UNDATED_RULES, type AsOf, type TimeRules, type UndatedRule } from '../metrics/evolution/snapshot.js';
import type { ViewOptions, WeightAs } from '../metrics/view.js';
import { EDGE_KINDS, NODE_KINDS, nearestName } from '../model/schema.js';
import { UsageError, type OptionSpec } from './command.js';

export const directedOption = {
  type: 'boolean',
  description: 'keep tie directions (a collaboration counts both ways); default: the simple undirected projection',
} as const satisfies OptionSpec;

export const edgeKindsOption = {
  type: 'string',
  valueName: 'KINDS',
  description: `only ties of these kinds, comma-separated (${EDGE_KINDS.join(', ')})`,
} as const satisfies OptionSpec;

export const nodeKindsOption = {
  type: 'string',
  valueName: 'KINDS',
  description: `only nodes of these kinds, comma-separated (${NODE_KINDS.join(', ')})`,
} as const satisfies OptionSpec;

export const weightedOption = {
  type: 'string',
  valueName: 'ATTR',
  implicit: 'weight',
  description:
    'weights from attribute ATTR (bare: weight; attach a name with =); merged ties sum their weights, a missing weight counts 1 (so bare --weighted on a graph without weights counts ties); an ATTR no tie has is refused',
} as const satisfies OptionSpec;

export const weightAsOption = {
  type: 'string',
  choices: ['distance', 'strength'],
  description: 'how path measures read a weight: as a length (NetworkX) or a tie strength, length 1/weight [default: distance]',
} as const satisfies OptionSpec;

export const atOption = {
  type: 'number',
  valueName: 'Y',
  description: 'run on the ecosystem as it stood at the end of year Y (the rules of ecograph timeline; see --undated and --window)',
} as const satisfies OptionSpec;

export const windowOption = {
  type: 'number',
  valueName: 'N',
  description:
    'an event tie (investment, spinoff, founded) counts for N years from its year; collaboration, affiliation and mentorship last from since to until [default: no window, an event counts from its year on; 5 is the convention of venture-syndication studies]',
} as const satisfies OptionSpec;

export const undatedOption = {
  type: 'string',
  choices: UNDATED_RULES,
  description: `elements without their own start date: include (from the first year), bound (from the year their dated ties, children or ends place them; no such evidence: left out), exclude (left out) [default: ${TIME_DEFAULTS.undated}]`,
} as const satisfies OptionSpec;

/** The rule flags of `timeline` and `compare` (which take snapshots themselves). */
export const timeRuleOptions = {
  window: windowOption,
  undated: undatedOption,
} as const;

/** The time flags of every analysis: as of a year, with the rules. */
export const timeOptions = {
  at: atOption,
  ...timeRuleOptions,
} as const;

/** The view flags of commands that may run on a directed view. */
export const viewOptions = {
  directed: directedOption,
  'edge-kinds': edgeKindsOption,
  'node-kinds': nodeKindsOption,
  weighted: weightedOption,
  'weight-as': weightAsOption,
  ...timeOptions,
} as const;

/** The view flags of commands whose view is fixed to undirected (Louvain, brokers). */
export const undirectedViewOptions = {
  'edge-kinds': edgeKindsOption,
  'node-kinds': nodeKindsOption,
  weighted: weightedOption,
  'weight-as': weightAsOption,
  ...timeOptions,
} as const;

/**
 * Reads `--window` and `--undated` into snapshot rules (defaults filled in).
 *
 * @throws UsageError for a window that is not a whole number ≥ 1
 * @example
 * timeRulesFrom({ window: 5 }); // { undated: 'bound', window: 5 }
 */
export function timeRulesFrom(options: { window?: number | undefined; undated?: string | undefined }): Required<TimeRules> {
  const window = options.window ?? TIME_DEFAULTS.window;
  if (window !== null && (!Number.isInteger(window) || window < 1)) throw new UsageError(`--window expects a whole number of years ≥ 1, got ${window}`);
  return { undated: (options.undated as UndatedRule | undefined) ?? TIME_DEFAULTS.undated, window };
}

/**
 * Reads `--at`, `--window` and `--undated`: the year and rules of an analysis as of a year, or
 * undefined for the whole recorded graph.
 *
 * @throws UsageError for a year that is not whole, a bad window, or --window/--undated without --at
 * @example
 * asOfFrom({ at: 2009 }); // { year: 2009, undated: 'bound', window: null }
 */
export function asOfFrom(options: { at?: number | undefined; window?: number | undefined; undated?: string | undefined }): AsOf | undefined {
  if (options.at === undefined) {
    if (options.window !== undefined || options.undated !== undefined) throw new UsageError('--window and --undated shape an analysis as of a year: give --at Y');
    return undefined;
  }
  if (!Number.isInteger(options.at)) throw new UsageError(`--at expects a whole year, got ${options.at}`);
  return { year: options.at, ...timeRulesFrom(options) };
}

function kindList(flag: string, value: string | undefined, known: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  if (kinds.length === 0) throw new UsageError(`--${flag} needs at least one kind`);
  const unknown = kinds.filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    const hints = unknown.map((k) => nearestName(k, known)).filter((k) => k !== undefined);
    const hint = hints.length > 0 ? `did you mean ${hints.join(', ')}? ` : '';
    throw new UsageError(`--${flag}: unknown kind(s) ${unknown.join(', ')} (${hint}known: ${known.join(', ')})`);
  }
  return kinds;
}

/** Reads the view flags into `ViewOptions`, refusing unknown kinds and `--weight-as` without `--weighted`. */
export function viewOptionsFrom(options: {
  directed?: boolean | undefined;
  'edge-kinds'?: string | undefined;
  'node-kinds'?: string | undefined;
  weighted?: string | undefined;
  'weight-as'?: string | undefined;
  at?: number | undefined;
  window?: number | undefined;
  undated?: string | undefined;
}): ViewOptions {
  const view: ViewOptions = {};
  if (options.directed) view.directed = true;
  const edgeKinds = kindList('edge-kinds', options['edge-kinds'], EDGE_KINDS);
  if (edgeKinds) view.edgeKinds = edgeKinds;
  const nodeKinds = kindList('node-kinds', options['node-kinds'], NODE_KINDS);
  if (nodeKinds) view.nodeKinds = nodeKinds;
  if (options.weighted !== undefined) {
    if (options.weighted.trim() === '') throw new UsageError('--weighted= needs an attribute name (or use --weighted alone for "weight")');
    view.weighted = options.weighted;
  }
  if (options['weight-as'] !== undefined) {
    if (view.weighted === undefined) throw new UsageError('--weight-as needs --weighted');
    view.weightAs = options['weight-as'] as WeightAs;
  }
  const asOf = asOfFrom(options);
  if (asOf) view.asOf = asOf;
  return view;
}
