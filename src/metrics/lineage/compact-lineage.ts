/**
 * The lineage summary, on typed arrays: the spin-off ties as compressed adjacency (parallel ties
 * merged), each root's tree found by an iterative depth-first search with an Int32Array stack and
 * stamp arrays instead of sets and maps, generations (longest path from the root) by one pass over
 * the reverse post-order. Both routes run it: the compact route on what `loadCompactGraph` keeps,
 * the standard route through {@link lineageSummary}, which hands it a graph's spin-off DAG.
 *
 * Browser-safe: no Node imports.
 */
import type { FirmLineage, LineageReport, RootSummary } from './summary.js';

/** What the compact path needs of a graph: ids, labels, founding years, listed flags, spin-off ties. */
export interface CompactLineageInput {
  /** Node ids by index (every node of the graph, in graph order). */
  ids: readonly string[];
  /** Label of each node. */
  labels: readonly string[];
  /** Founding year of each node; NaN when unknown. */
  founded: Float64Array;
  /** 1 for nodes with `listed: true`. */
  listed: Uint8Array;
  /** Spin-off ties (parent → child), in file order; parallel ties allowed. */
  spinoffs: { source: Int32Array; target: Int32Array };
  /** Index of an id (default: a map built from `ids`). */
  indexOf?: (id: string) => number | undefined;
}

export interface CompactLineageOptions {
  /** Summarise these roots instead of the natural ones (nodes with children and no parent). */
  roots?: readonly string[];
}

/** Compressed adjacency of the distinct spin-off links, children and parents. */
interface SpinoffCsr {
  childStart: Int32Array;
  children: Int32Array;
  parentStart: Int32Array;
  parents: Int32Array;
}

/**
 * Children in the order of their first tie from the parent (ties bucketed by parent, stable);
 * parents of each child by increasing index, as `buildSpinoffDag` orders them.
 */
function spinoffCsr(n: number, source: Int32Array, target: Int32Array): SpinoffCsr {
  const m = source.length;
  const bucket = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) bucket[source[e]! + 1]!++;
  for (let v = 0; v < n; v++) bucket[v + 1]! += bucket[v]!;
  const fill = bucket.slice(0, n);
  const byParent = new Int32Array(m);
  for (let e = 0; e < m; e++) byParent[fill[source[e]!]!++] = e;
  const stamp = new Int32Array(n).fill(-1);
  const childStart = new Int32Array(n + 1);
  const children = new Int32Array(m);
  const parentCount = new Int32Array(n);
  let k = 0;
  for (let v = 0; v < n; v++) {
    for (let i = bucket[v]!; i < bucket[v + 1]!; i++) {
      const c = target[byParent[i]!]!;
      if (stamp[c] === v) continue;
      stamp[c] = v;
      children[k++] = c;
      parentCount[c]!++;
    }
    childStart[v + 1] = k;
  }
  const parentStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) parentStart[v + 1] = parentStart[v]! + parentCount[v]!;
  const parentFill = parentStart.slice(0, n);
  const parents = new Int32Array(k);
  for (let v = 0; v < n; v++) for (let i = childStart[v]!; i < childStart[v + 1]!; i++) parents[parentFill[children[i]!]!++] = v;
  return { childStart, children: children.slice(0, k), parentStart, parents };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Per-root summaries and per-node records of the spin-off trees, on typed arrays.
 *
 * @param input - ids, labels, founding years, listed flags and spin-off ties (e.g. from
 *   `loadCompactGraph(path, { keep: { labels: true, lineage: true } })`)
 * @param options - roots to report (default: the natural roots, in graph order)
 * @returns the report of {@link lineageSummary} for the same graph
 * @throws Error naming an unknown root
 * @example
 * const load = await loadCompactGraph('firms-csv/', { keep: { labels: true, lineage: true } });
 * const report = compactLineageSummary({ ids: load.graph.nodes, labels: load.labels!, founded: load.founded!, listed: load.listed!, spinoffs: load.spinoffs! });
 * @see lineageSummary in `./summary.ts`, the adapter for graphology graphs
 */
export function compactLineageSummary(input: CompactLineageInput, options: CompactLineageOptions = {}): LineageReport {
  const { ids, labels, founded, listed } = input;
  const n = ids.length;
  const csr = spinoffCsr(n, input.spinoffs.source, input.spinoffs.target);
  const { childStart, children, parentStart, parents } = csr;
  let rootList: number[];
  if (options.roots !== undefined) {
    let indexOf = input.indexOf;
    if (!indexOf) {
      const map = new Map<string, number>();
      ids.forEach((id, i) => map.set(id, i));
      indexOf = (id) => map.get(id);
    }
    rootList = options.roots.map((id) => {
      const i = indexOf(id);
      if (i === undefined) throw new Error(`no node "${id}" in the graph`);
      return i;
    });
  } else {
    rootList = [];
    for (let v = 0; v < n; v++) if (childStart[v + 1]! > childStart[v]! && parentStart[v + 1] === parentStart[v]) rootList.push(v);
  }

  const seen = new Int32Array(n).fill(-1); // serial of the last root whose tree reached the node
  const position = new Int32Array(n);
  const stack = new Int32Array(n);
  const next = new Int32Array(n);
  const postorder = new Int32Array(n);
  const records: (FirmLineage | undefined)[] = new Array<FirmLineage | undefined>(n);
  const recordOrder: number[] = [];
  const roots: RootSummary[] = [];

  rootList.forEach((root, serial) => {
    // iterative depth-first search: post-order of the root's tree
    let top = 0;
    let count = 0;
    stack[0] = root;
    next[0] = childStart[root]!;
    seen[root] = serial;
    while (top >= 0) {
      const v = stack[top]!;
      const i = next[top]!;
      if (i < childStart[v + 1]!) {
        next[top] = i + 1;
        const c = children[i]!;
        if (seen[c] !== serial) {
          seen[c] = serial;
          stack[++top] = c;
          next[top] = childStart[c]!;
        }
        continue;
      }
      top--;
      postorder[count++] = v;
    }
    // topological order = reverse post-order; generations by relaxing each link once
    const order = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      order[i] = postorder[count - 1 - i]!;
      position[order[i]!] = i;
    }
    const generation = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const g = generation[i]! + 1;
      const v = order[i]!;
      for (let e = childStart[v]!; e < childStart[v + 1]!; e++) {
        const p = position[children[e]!]!;
        if (generation[p]! < g) generation[p] = g;
      }
    }
    // the root's summary
    let generations = 0;
    for (let i = 0; i < count; i++) if (generation[i]! > generations) generations = generation[i]!;
    const byGeneration = new Array<number>(generations).fill(0);
    let listedCount = 0;
    let leaves = 0;
    let parentsWithChildren = 0;
    let childLinks = 0;
    let maxChildren = 0;
    let first: number | null = null;
    let last: number | null = null;
    const gaps: number[] = [];
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      const kids = childStart[v + 1]! - childStart[v]!;
      const year = founded[v]!;
      const known = Number.isFinite(year);
      if (known) {
        if (first === null || year < first) first = year;
        if (last === null || year > last) last = year;
      }
      if (kids > 0) {
        parentsWithChildren++;
        childLinks += kids;
        if (kids > maxChildren) maxChildren = kids;
        if (known)
          for (let e = childStart[v]!; e < childStart[v + 1]!; e++) {
            const cy = founded[children[e]!]!;
            if (Number.isFinite(cy)) gaps.push(cy - year);
          }
      }
      if (i === 0) continue;
      byGeneration[generation[i]! - 1]!++;
      if (listed[v] === 1) listedCount++;
      if (kids === 0) leaves++;
    }
    const rootId = ids[root]!;
    roots.push({
      root: rootId,
      label: labels[root] ?? rootId,
      generations,
      descendants: count - 1,
      byGeneration,
      listedDescendants: listedCount,
      leaves,
      meanChildren: parentsWithChildren > 0 ? childLinks / parentsWithChildren : null,
      maxChildren,
      span: { first, last },
      medianGapYears: gaps.length > 0 ? median(gaps) : null,
    });
    // per-node records
    for (let i = 0; i < count; i++) {
      const v = order[i]!;
      const g = generation[i]!;
      let rec = records[v];
      if (!rec) {
        const ps: string[] = [];
        for (let e = parentStart[v]!; e < parentStart[v + 1]!; e++) ps.push(ids[parents[e]!]!);
        rec = { id: ids[v]!, generation: g, roots: [], generationByRoot: {}, parents: ps.sort() };
        records[v] = rec;
        recordOrder.push(v);
      }
      if (rec.generationByRoot[rootId] === undefined) rec.roots.push(rootId);
      rec.generationByRoot[rootId] = g;
      if (g > rec.generation) rec.generation = g;
    }
  });
  const firms = recordOrder.map((v) => records[v]!);
  firms.sort((a, b) => a.generation - b.generation || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { roots, firms };
}
