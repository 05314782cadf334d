/**
 * The graph-view flags every metric command shares (`--directed`, `--edge-kinds`, `--node-kinds`,
 * `--weighted[=ATTR]`, `--weight-as`), declared once, and their translation to `ViewOptions`.
 */
import type { ViewOptions, WeightAs } from '../metrics/view.js';
import { EDGE_KINDS, NODE_KINDS } from '../model/schema.js';
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
  description: 'weights from attribute ATTR (bare: weight; attach a name with =); merged ties sum their weights, a missing weight counts 1',
} as const satisfies OptionSpec;

export const weightAsOption = {
  type: 'string',
  choices: ['distance', 'strength'],
  description: 'how path measures read a weight: as a length (NetworkX) or a tie strength, length 1/weight [default: distance]',
} as const satisfies OptionSpec;

/** The view flags of commands that may run on a directed view. */
export const viewOptions = {
  directed: directedOption,
  'edge-kinds': edgeKindsOption,
  'node-kinds': nodeKindsOption,
  weighted: weightedOption,
  'weight-as': weightAsOption,
} as const;

/** The view flags of commands whose view is fixed to undirected (Louvain, brokers). */
export const undirectedViewOptions = {
  'edge-kinds': edgeKindsOption,
  'node-kinds': nodeKindsOption,
  weighted: weightedOption,
  'weight-as': weightAsOption,
} as const;

function kindList(flag: string, value: string | undefined, known: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  if (kinds.length === 0) throw new UsageError(`--${flag} needs at least one kind`);
  const unknown = kinds.filter((k) => !known.includes(k));
  if (unknown.length > 0) throw new UsageError(`--${flag}: unknown kind(s) ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return kinds;
}

/** Reads the view flags into `ViewOptions`, refusing unknown kinds and `--weight-as` without `--weighted`. */
export function viewOptionsFrom(options: {
  directed?: boolean | undefined;
  'edge-kinds'?: string | undefined;
  'node-kinds'?: string | undefined;
  weighted?: string | undefined;
  'weight-as'?: string | undefined;
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
  return view;
}
