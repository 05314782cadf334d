/**
 * Spin-off types in analyses: which `spinoff` ties an analysis counts, and a report of how many
 * ties of each type a graph has. NISTEP's and Klepper's spin-off trees are employee spin-offs, so
 * `lineage`, `compare` and `figure tree` can keep only some types (`--types employee,academic`)
 * and always say which types they counted.
 */
import { SPINOFF_TYPES, isSpinoffType, type SpinoffType } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';

/** How many spin-off ties of each type a graph has; `untyped` counts ties without a `type`. */
export type SpinoffTypeTally = Record<SpinoffType | 'untyped', number>;

/** Which spin-off ties an analysis counted. */
export interface SpinoffTypeReport {
  /** The types counted, in the order of `SPINOFF_TYPES`, or `'all'` (every spin-off tie, typed or not). */
  counted: SpinoffType[] | 'all';
  /** Spin-off ties of the graph by type, before filtering. */
  ties: SpinoffTypeTally;
  /** Spin-off ties the analysis counted. */
  countedTies: number;
  /** Spin-off ties in the graph. */
  totalTies: number;
}

/**
 * Parses a `--types` list: comma-separated spin-off types, spaces and case ignored, duplicates merged.
 *
 * @param list - e.g. `"employee, academic"`
 * @returns the types, in the order of `SPINOFF_TYPES`
 * @throws an `Error` naming every value that is not a spin-off type, and the allowed ones; also for an empty list
 * @example
 * parseSpinoffTypes('academic,employee'); // ['employee', 'academic']
 */
export function parseSpinoffTypes(list: string): SpinoffType[] {
  const values = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (values.length === 0) throw new Error(`no spin-off type given: use some of ${SPINOFF_TYPES.join(', ')}`);
  const unknown = values.filter((v) => !isSpinoffType(v));
  if (unknown.length > 0)
    throw new Error(`unknown spin-off type${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => JSON.stringify(u)).join(', ')}: use some of ${SPINOFF_TYPES.join(', ')}`);
  return SPINOFF_TYPES.filter((t) => values.includes(t));
}

/**
 * Counts the spin-off ties of a graph by type, and those a filter would keep.
 *
 * @param graph - the graph, before filtering
 * @param types - the types counted; undefined: all spin-off ties
 * @returns the report an analysis prints with its result
 * @example
 * spinoffTypeReport(graph, ['employee']).countedTies; // number of employee spin-offs
 */
export function spinoffTypeReport(graph: EcoGraph, types?: readonly SpinoffType[]): SpinoffTypeReport {
  const ties = Object.fromEntries([...SPINOFF_TYPES, 'untyped'].map((t) => [t, 0])) as SpinoffTypeTally;
  let totalTies = 0;
  let countedTies = 0;
  graph.forEachEdge((_key, attrs) => {
    if (attrs.kind !== 'spinoff') return;
    totalTies++;
    const type = isSpinoffType(attrs.type) ? attrs.type : undefined;
    ties[type ?? 'untyped']++;
    if (types === undefined || (type !== undefined && types.includes(type))) countedTies++;
  });
  return { counted: types === undefined ? 'all' : SPINOFF_TYPES.filter((t) => types.includes(t)), ties, countedTies, totalTies };
}

/**
 * A copy of the graph without the spin-off ties of other types: untyped spin-off ties are left out
 * too, since their type is unknown. Every node and every other tie is kept.
 *
 * @param graph - the graph (not changed)
 * @param types - the spin-off types to keep
 * @returns the filtered copy
 * @example
 * lineageSummary(keepSpinoffTypes(graph, ['employee', 'academic']));
 */
export function keepSpinoffTypes(graph: EcoGraph, types: readonly SpinoffType[]): EcoGraph {
  const copy = graph.copy() as EcoGraph;
  copy.forEachEdge((key, attrs) => {
    if (attrs.kind === 'spinoff' && !(isSpinoffType(attrs.type) && types.includes(attrs.type))) copy.dropEdge(key);
  });
  return copy;
}

/**
 * One sentence saying which spin-off ties were counted, for reports and captions.
 *
 * @param report - from `spinoffTypeReport`
 * @returns e.g. `"Spin-off ties counted: employee, academic (5 of 9; in the graph: employee 3, academic 2, subsidiary 2, untyped 2)."`
 * @example
 * spinoffTypesSentence(spinoffTypeReport(graph)); // 'Spin-off ties counted: all types (9; …).'
 */
export function spinoffTypesSentence(report: SpinoffTypeReport): string {
  const present = ([...SPINOFF_TYPES, 'untyped'] as const).filter((t) => report.ties[t] > 0).map((t) => `${t} ${report.ties[t]}`);
  const tally = present.length > 0 ? `in the graph: ${present.join(', ')}` : 'none in the graph';
  if (report.counted === 'all') return `Spin-off ties counted: all types (${report.totalTies}; ${tally}).`;
  return `Spin-off ties counted: ${report.counted.join(', ')} (${report.countedTies} of ${report.totalTies}; ${tally}).`;
}
