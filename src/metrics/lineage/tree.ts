/**
 * The spin-off tree below one root as a nested hierarchy, the shape tree figures and the web
 * explorer draw (d3-hierarchy style `children` arrays).
 *
 * Browser-safe: no Node imports.
 */
import type { Confidence, NodeKind } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';
import { buildSpinoffDag, requireNode, rootedSubDag, type SpinoffDag } from './spinoff-dag.js';

/** A spin-off link drawn as a secondary (e.g. dashed) line. */
export interface LineageLink {
  /** The other parent's id. */
  id: string;
  label: string;
  /** Confidence of that parent → child link; null when no edge says. */
  confidence: Confidence | null;
}

/** One node of a lineage tree. */
export interface LineageTreeNode {
  id: string;
  label: string;
  /** Node kind; null for untyped nodes. */
  kind: NodeKind | null;
  founded?: number;
  listed?: boolean;
  /** Longest spin-off path from the tree's root (root = 0). */
  generation: number;
  /**
   * Confidence of the link from the tree parent (the strongest among parallel edges); for the root,
   * the node's own `confidence`. null when nothing says.
   */
  confidence: Confidence | null;
  /** Spin-off children placed under this node, by founding year (unknown last), then label, then id. */
  children: LineageTreeNode[];
  /** The node's other spin-off parents inside this tree: links not drawn as tree edges. */
  extraParents: LineageLink[];
  /** Spin-off parents outside this root's tree (the node also descends from another root). */
  outsideParents: LineageLink[];
}

/** Options of {@link lineageTree}. */
export interface LineageTreeOptions {
  /** A DAG already built from the same graph. */
  dag?: SpinoffDag;
}

export const DEFAULTS = {} as const satisfies LineageTreeOptions;

/** Sort key: founding year (unknown last), then label, then id. */
function compareByFounding(a: { founded?: number; label: string; id: string }, b: { founded?: number; label: string; id: string }): number {
  const fa = a.founded ?? Infinity;
  const fb = b.founded ?? Infinity;
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The spin-off tree below `root` as a nested hierarchy.
 *
 * Every descendant appears exactly once. A firm with several parents in the tree is placed under
 * the parent on its longest path from the root (a parent one generation above it; among several
 * such parents, the first by founding year, then label, then id); its other parents are listed in
 * `extraParents` so figures can draw those links differently (dashed). Built without recursion in
 * O(k log k) for a tree of k nodes (the log from sorting children).
 *
 * @param graph - an ecosystem graph whose spin-off ties are acyclic
 * @param root - id of the root node (any node; one without children gives a single-node tree)
 * @param options - a prebuilt DAG
 * @throws {@link SpinoffCycleError} when the spin-off ties loop; an `Error` when `root` is not a node
 * @example
 * const tree = lineageTree(graph, 'yamaha-motor');
 * tree.children.map((c) => `${c.label} (${c.founded ?? '?'})`);
 * @see d3-hierarchy's `hierarchy(data)`, which takes this shape directly
 */
export function lineageTree(graph: EcoGraph, root: string, options: LineageTreeOptions = {}): LineageTreeNode {
  const dag = options.dag ?? buildSpinoffDag(graph);
  const sub = rootedSubDag(dag, requireNode(dag, root));
  const nodes: LineageTreeNode[] = sub.order.map((v, i) => {
    const id = dag.ids[v]!;
    const a = graph.getNodeAttributes(id);
    const node: LineageTreeNode = {
      id,
      label: a.label ?? id,
      kind: a.kind ?? null,
      generation: sub.generation[i]!,
      confidence: i === 0 ? (a.confidence ?? null) : null,
      children: [],
      extraParents: [],
      outsideParents: [],
    };
    if (typeof a.founded === 'number') node.founded = a.founded;
    if (typeof a.listed === 'boolean') node.listed = a.listed;
    return node;
  });
  const link = (p: number, confidence: Confidence | null): LineageLink => ({
    id: dag.ids[p]!,
    label: nodes[sub.position.get(p) ?? -1]?.label ?? graph.getNodeAttribute(dag.ids[p]!, 'label') ?? dag.ids[p]!,
    confidence,
  });
  for (let i = 1; i < sub.order.length; i++) {
    const v = sub.order[i]!;
    const node = nodes[i]!;
    const parents = dag.parents[v]!;
    const confidences = dag.parentConfidence[v]!;
    let primary: LineageTreeNode | undefined;
    let primaryK = -1;
    for (let k = 0; k < parents.length; k++) {
      const pos = sub.position.get(parents[k]!);
      if (pos === undefined) continue;
      const candidate = nodes[pos]!;
      if (candidate.generation === node.generation - 1 && (primary === undefined || compareByFounding(candidate, primary) < 0)) {
        primary = candidate;
        primaryK = k;
      }
    }
    // The last link of a longest path from the root always comes from a parent one generation up.
    primary!.children.push(node);
    node.confidence = confidences[primaryK] ?? null;
    for (let k = 0; k < parents.length; k++) {
      if (k === primaryK) continue;
      const l = link(parents[k]!, confidences[k] ?? null);
      if (sub.position.has(parents[k]!)) node.extraParents.push(l);
      else node.outsideParents.push(l);
    }
    node.extraParents.sort((a, b) => compareByFounding(nodes[sub.position.get(dag.index.get(a.id)!)!]!, nodes[sub.position.get(dag.index.get(b.id)!)!]!));
    node.outsideParents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  for (const node of nodes) node.children.sort(compareByFounding);
  return nodes[0]!;
}
