/**
 * Depth metrics of spin-off trees: one summary per root (generations, descendants per generation,
 * leaves, branching, founding span, median gap between parent and child) and one record per firm
 * (its generation, the roots above it and its parents).
 *
 * Browser-safe: no Node imports.
 */
import type { EcoGraph } from '../../model/types.js';
import { buildSpinoffDag, lineageRoots, requireNode, rootedSubDag, type RootedSubDag, type SpinoffDag } from './spinoff-dag.js';

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

function foundedOf(graph: EcoGraph, id: string): number | undefined {
  const y = graph.getNodeAttribute(id, 'founded');
  return typeof y === 'number' && Number.isFinite(y) ? y : undefined;
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Summarises the spin-off tree below one root, in time linear in the size of that tree.
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
  const rootId = dag.ids[sub.root]!;
  let generations = 0;
  for (const g of sub.generation) if (g > generations) generations = g;
  const byGeneration = new Array<number>(generations).fill(0);
  let listed = 0;
  let leaves = 0;
  let parentsWithChildren = 0;
  let childLinks = 0;
  let maxChildren = 0;
  let first: number | null = null;
  let last: number | null = null;
  const gaps: number[] = [];
  for (let i = 0; i < sub.order.length; i++) {
    const v = sub.order[i]!;
    const id = dag.ids[v]!;
    const kids = dag.children[v]!;
    const year = foundedOf(graph, id);
    if (year !== undefined) {
      if (first === null || year < first) first = year;
      if (last === null || year > last) last = year;
    }
    if (kids.length > 0) {
      parentsWithChildren++;
      childLinks += kids.length;
      if (kids.length > maxChildren) maxChildren = kids.length;
      if (year !== undefined)
        for (const c of kids) {
          const cy = foundedOf(graph, dag.ids[c]!);
          if (cy !== undefined) gaps.push(cy - year);
        }
    }
    if (i === 0) continue; // the root is not its own descendant
    byGeneration[sub.generation[i]! - 1]!++;
    if (graph.getNodeAttribute(id, 'listed') === true) listed++;
    if (kids.length === 0) leaves++;
  }
  return {
    root: rootId,
    label: graph.getNodeAttribute(rootId, 'label') ?? rootId,
    generations,
    descendants: sub.order.length - 1,
    byGeneration,
    listedDescendants: listed,
    leaves,
    meanChildren: parentsWithChildren > 0 ? childLinks / parentsWithChildren : null,
    maxChildren,
    span: { first, last },
    medianGapYears: gaps.length > 0 ? median(gaps) : null,
  };
}

/** The root indices a report covers: the given ids, or the natural roots. */
function reportRoots(dag: SpinoffDag, roots: readonly string[] | undefined): number[] {
  return roots === undefined ? lineageRoots(dag) : roots.map((id) => requireNode(dag, id));
}

/**
 * Per-root summaries and per-node records of the spin-off trees of a graph.
 *
 * Roots are the nodes with spin-off children and no spin-off parent, in graph order (or
 * `options.roots`). A firm below two roots appears in both summaries and once in `firms`, with the
 * larger generation there and each per-root generation in `generationByRoot`. Time: linear in the
 * total size of the reported trees.
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
  const roots: RootSummary[] = [];
  const records = new Map<number, FirmLineage>();
  for (const r of reportRoots(dag, options.roots ?? DEFAULTS.roots)) {
    const sub = rootedSubDag(dag, r);
    const summary = summariseRoot(graph, dag, sub);
    roots.push(summary);
    for (let i = 0; i < sub.order.length; i++) {
      const v = sub.order[i]!;
      const g = sub.generation[i]!;
      let rec = records.get(v);
      if (!rec) {
        rec = {
          id: dag.ids[v]!,
          generation: g,
          roots: [],
          generationByRoot: {},
          parents: dag.parents[v]!.map((p) => dag.ids[p]!).sort(),
        };
        records.set(v, rec);
      }
      if (rec.generationByRoot[summary.root] === undefined) rec.roots.push(summary.root);
      rec.generationByRoot[summary.root] = g;
      if (g > rec.generation) rec.generation = g;
    }
  }
  const firms = [...records.values()].sort((a, b) => a.generation - b.generation || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { roots, firms };
}

/**
 * Only the per-root summaries of {@link lineageSummary} (skips the per-node records).
 *
 * @param graph - an ecosystem graph whose spin-off ties are acyclic
 * @param options - roots to report, a prebuilt DAG
 * @example
 * summariseRoots(graph, { roots: ['yamaha-motor'] })[0]?.byGeneration;
 */
export function summariseRoots(graph: EcoGraph, options: LineageOptions = {}): RootSummary[] {
  const dag = options.dag ?? buildSpinoffDag(graph);
  return reportRoots(dag, options.roots ?? DEFAULTS.roots).map((r) => summariseRoot(graph, dag, rootedSubDag(dag, r)));
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
