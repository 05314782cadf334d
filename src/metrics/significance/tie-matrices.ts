/**
 * The tie matrices QAP compares, made from an ecosystem graph: one binary matrix per tie kind on
 * the nodes that can hold every kind compared (by the model's tie rules), and the mode the
 * comparison runs in — `graph` when every kind is undirected, else `digraph` with each undirected
 * kind symmetrised (a tie counts in both cells).
 */
import { EDGE_KIND_RULES, type EdgeKind, type NodeKind } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';
import { MetricError } from '../metric-error.js';
import type { QapMode, TieMatrix } from './qap.js';

export interface TieMatrices {
  /** The nodes of the matrices, by row. */
  nodes: string[];
  /** The node kinds that can hold every kind compared. */
  nodeKinds: NodeKind[];
  mode: QapMode;
  /** Undirected kinds whose ties count in both cells because another kind is directed. */
  symmetrised: EdgeKind[];
  matrices: Record<string, TieMatrix>;
  /** Ties of each kind inside the node set (self-loops are dropped; parallel ties count once). */
  ties: Record<string, number>;
}

/** The node kinds that may be an end of a tie of this kind. */
export function kindsHolding(kind: EdgeKind): Set<NodeKind> {
  const rule = EDGE_KIND_RULES[kind];
  return new Set<NodeKind>([...rule.source, ...rule.target]);
}

/** Largest number of nodes a QAP matrix is built for (n² cells are held in memory per matrix). */
export const MAX_QAP_NODES = 4000;

/**
 * Binary tie matrices of the given kinds.
 *
 * @param graph - the ecosystem graph
 * @param kinds - tie kinds, two or more (the first is the response of a regression)
 * @param onlyNodeKinds - optionally, fewer node kinds than the tie rules allow
 * @returns the node set, mode and matrices
 * @throws MetricError when no node kind can hold every kind, or the node set is too large
 * @example
 * const { matrices, mode } = tieMatrices(graph, ['collaboration', 'investment']);
 */
export function tieMatrices(graph: EcoGraph, kinds: readonly EdgeKind[], onlyNodeKinds?: readonly NodeKind[]): TieMatrices {
  let allowed: Set<NodeKind> | undefined;
  for (const kind of kinds) {
    const holding = kindsHolding(kind);
    allowed = allowed ? new Set([...allowed].filter((k) => holding.has(k))) : holding;
  }
  if (onlyNodeKinds) allowed = new Set([...allowed!].filter((k) => onlyNodeKinds.includes(k)));
  const nodeKinds = [...allowed!];
  if (nodeKinds.length === 0) throw new MetricError('qap', `no node kind can hold ${kinds.join(' and ')} ties`);
  const nodes = graph.filterNodes((_n, a) => a.kind !== undefined && allowed!.has(a.kind));
  const n = nodes.length;
  if (n > MAX_QAP_NODES) throw new MetricError('qap', `${n} nodes: QAP holds n² cells per matrix and stops at ${MAX_QAP_NODES} nodes; narrow the nodes with --node-kinds`);
  const index = new Map<string, number>();
  nodes.forEach((key, i) => index.set(key, i));
  const directed = kinds.some((k) => EDGE_KIND_RULES[k].directed);
  const matrices: Record<string, TieMatrix> = {};
  for (const kind of kinds) matrices[kind] = { n, cells: new Float64Array(n * n) };
  graph.forEachEdge((_e, a, source, target, _sa, _ta, undirected) => {
    if (a.kind === undefined || !(a.kind in matrices) || source === target) return;
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    const cells = matrices[a.kind]!.cells;
    cells[s * n + t] = 1;
    if (undirected || !directed) cells[t * n + s] = 1;
  });
  const ties: Record<string, number> = {};
  for (const kind of kinds) {
    let count = 0;
    const cells = matrices[kind]!.cells;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (cells[i * n + j] === 1 && (EDGE_KIND_RULES[kind].directed || i < j)) count++;
    ties[kind] = count;
  }
  return {
    nodes,
    nodeKinds,
    mode: directed ? 'digraph' : 'graph',
    symmetrised: directed ? kinds.filter((k) => !EDGE_KIND_RULES[k].directed) : [],
    matrices,
    ties,
  };
}
