/**
 * Depth metrics of spin-off trees: one summary per root (generations, descendants per generation,
 * leaves, branching, founding span, median gap between parent and child) and one record per firm
 * (its generation, the roots above it and its parents). The summary itself is computed once, on
 * typed arrays, by `compact-lineage.ts`; the functions here adapt a graphology graph to it.
 *
 * Browser-safe: no Node imports.
 */
import type { EcoGraph } from '../../model/types.js';
import { compactLineageSummary, type CompactLineageInput } from './compact-lineage.js';
import { buildSpinoffDag, type RootedSubDag, type SpinoffDag } from './spinoff-dag.js';

/** Options of {@link lineageSummary}. */
export interface LineageOptions {
  /**
   * Summarise these roots (node ids) instead of the natural roots (nodes with spin-off children and
   * no spin-off parent). A given root may have parents or no children.
   */
  roots?: readonly string[];
  /** A DAG already built from the same graph (saves rebuilding it when calling several functions). */
  dag?: SpinoffDag;
}

export const DEFAULTS = { roots: undefined } as const satisfies LineageOptions;

/** Summary of the spin-off tree below one root. */
export interface RootSummary {
  /** Root node id. */
  root: string;
  label: string;
  /** Longest spin-off path from the root (0 when it has no children). */
  generations: number;
  /** Nodes reachable from the root by spin-off links, each counted once (the root excluded). */
  descendants: number;
  /** `byGeneration[i]` = descendants whose generation (longest path from the root) is i + 1. */
  byGeneration: number[];
  /** Descendants with `listed: true`. */
  listedDescendants: number;
  /** Descendants with no spin-off children of their own. */
  leaves: number;
  /** Mean number of spin-off children over the tree's nodes (root included) that have any; null when none do. */
  meanChildren: number | null;
  /** Largest number of spin-off children of one node of the tree (root included); 0 for a root without children. */
  maxChildren: number;
  /** Earliest and latest founding year among the root and its descendants; null when no year is known. */
  span: { first: number | null; last: number | null };
  /**
   * Median of (child founded − parent founded) over the tree's distinct spin-off links whose two
   * ends both have a founding year; null when no link has both.
   */
  medianGapYears: number | null;
}

/** Where one node sits in the reported trees. */
export interface FirmLineage {
  id: string;
  /**
   * The largest of its per-root generations: the longest spin-off chain from any reported root down
   * to this node (a root itself is 0). When every root is reported this is the node's depth in the
   * whole spin-off DAG.
   */
  generation: number;
  /** The reported roots whose trees contain the node, in report order (a root lists itself). */
  roots: string[];
  /** Generation below each of those roots (longest path from that root). */
  generationByRoot: Record<string, number>;
  /** Its spin-off parents (all of them, in or out of the reported trees), sorted by id. */
  parents: string[];
}

/** The whole lineage report: one summary per root and one record per node of the trees. */
export interface LineageReport {
  roots: RootSummary[];
  firms: FirmLineage[];
}

/**
 * The typed-array input of {@link compactLineageSummary} for a graph and its spin-off DAG: the
 * DAG's distinct links in its children order, so the summary sees the graph exactly as the
 * compact route loads it.
 *
 * @param graph - the ecosystem graph the DAG was built from
 * @param dag - its spin-off DAG
 * @example
 * compactLineageSummary(lineageInput(graph, buildSpinoffDag(graph)));
 */
export function lineageInput(graph: EcoGraph, dag: SpinoffDag): CompactLineageInput {
  const n = dag.ids.length;
  const labels = new Array<string>(n);
  const founded = new Float64Array(n);
  const listed = new Uint8Array(n);
  let links = 0;
  for (let v = 0; v < n; v++) {
    const attributes = graph.getNodeAttributes(dag.ids[v]!);
    labels[v] = attributes.label ?? dag.ids[v]!;
    founded[v] = typeof attributes.founded === 'number' ? attributes.founded : NaN;
    listed[v] = attributes.listed === true ? 1 : 0;
    links += dag.children[v]!.length;
  }
  const source = new Int32Array(links);
  const target = new Int32Array(links);
  for (let v = 0, e = 0; v < n; v++)
    for (const c of dag.children[v]!) {
      source[e] = v;
      target[e++] = c;
    }
  return { ids: dag.ids, labels, founded, listed, spinoffs: { source, target }, indexOf: (id) => dag.index.get(id) };
}

/**
 * Summarises the spin-off tree below one root.
 *
 * @param graph - the ecosystem graph the DAG was built from
 * @param dag - its spin-off DAG ({@link buildSpinoffDag})
 * @param sub - the root's sub-DAG ({@link rootedSubDag})
 * @example
 * const dag = buildSpinoffDag(graph);
 * summariseRoot(graph, dag, rootedSubDag(dag, dag.index.get('yamaha-motor')!)).generations;
 * @see NetworkX `dag_longest_path_length` and `descendants`, the reference in `scripts/reference/lineage.py`
 */
export function summariseRoot(graph: EcoGraph, dag: SpinoffDag, sub: RootedSubDag): RootSummary {
  return compactLineageSummary(lineageInput(graph, dag), { roots: [dag.ids[sub.root]!] }).roots[0]!;
}

/**
 * Per-root summaries and per-node records of the spin-off trees of a graph.
 *
 * Roots are the nodes with spin-off children and no spin-off parent, in graph order (or
 * `options.roots`). A firm below two roots appears in both summaries and once in `firms`, with the
 * larger generation there and each per-root generation in `generationByRoot`. Time: linear in the
 * size of the graph plus the total size of the reported trees. The summary is the one of
 * {@link compactLineageSummary}, which the compact route runs on typed arrays; this function
 * checks the spin-off ties for cycles and hands it the graph's DAG.
 *
 * @param graph - an ecosystem graph whose spin-off ties are acyclic
 * @param options - roots to report, a prebuilt DAG
 * @throws {@link SpinoffCycleError} when the spin-off ties loop; an `Error` naming an unknown root
 * @example
 * const { roots, firms } = lineageSummary(graph);
 * roots.map((r) => `${r.label}: ${r.descendants} spin-offs over ${r.generations} generations`);
 * @see NetworkX `dag_longest_path_length` / `descendants` (reference values: `scripts/reference/lineage.py`)
 */
export function lineageSummary(graph: EcoGraph, options: LineageOptions = {}): LineageReport {
  const dag = options.dag ?? buildSpinoffDag(graph);
  const roots = options.roots ?? DEFAULTS.roots;
  return compactLineageSummary(lineageInput(graph, dag), roots !== undefined ? { roots } : {});
}

/**
 * Only the per-root summaries of {@link lineageSummary}.
 *
 * @param graph - an ecosystem graph whose spin-off ties are acyclic
 * @param options - roots to report, a prebuilt DAG
 * @example
 * summariseRoots(graph, { roots: ['yamaha-motor'] })[0]?.byGeneration;
 */
export function summariseRoots(graph: EcoGraph, options: LineageOptions = {}): RootSummary[] {
  return lineageSummary(graph, options).roots;
}

/**
 * Only the per-node records of {@link lineageSummary}: every node of the reported trees with its
 * generation, roots and parents, sorted by generation then id.
 *
 * @param graph - an ecosystem graph whose spin-off ties are acyclic
 * @param options - roots to report, a prebuilt DAG
 * @example
 * firmLineages(graph).filter((f) => f.parents.length > 1); // firms with two parents
 */
export function firmLineages(graph: EcoGraph, options: LineageOptions = {}): FirmLineage[] {
  return lineageSummary(graph, options).firms;
}
