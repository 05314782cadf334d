/**
 * Circular layout: every node on one circle, grouped by kind (in the schema's kind order, untyped
 * last) and by name within a kind, so actors of a kind sit together. The circle's circumference
 * grows with the node count, as the other layouts' extents do.
 */
import type { EcoGraph } from '../../src/model/types.js';
import { NODE_KINDS } from '../../src/model/schema.js';

/** Sort key of a kind: its place in the schema's list, unknown and missing kinds after them. */
export function kindRank(kind: string | undefined): number {
  const i = kind === undefined ? -1 : (NODE_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? NODE_KINDS.length : i;
}

/** Nodes by kind, then name, then id: the order the circular and concentric layouts place them in. */
export function kindOrder(graph: EcoGraph): string[] {
  return graph.nodes().sort((a, b) => {
    const A = graph.getNodeAttributes(a);
    const B = graph.getNodeAttributes(b);
    return kindRank(A.kind) - kindRank(B.kind) || (A.label ?? '').localeCompare(B.label ?? '') || (a < b ? -1 : a > b ? 1 : 0);
  });
}

/**
 * Positions on a circle of radius `10 · n / (2π)` (ten units of arc per node), starting at the top
 * and running clockwise.
 *
 * @example circularLayout(graph) // → Map { id → { x, y } } with every node at the same distance from (0, 0)
 */
export function circularLayout(graph: EcoGraph): Map<string, { x: number; y: number }> {
  const order = kindOrder(graph);
  const n = order.length;
  const radius = Math.max(10, (10 * n) / (2 * Math.PI));
  const out = new Map<string, { x: number; y: number }>();
  order.forEach((node, i) => {
    const angle = Math.PI / 2 - (2 * Math.PI * i) / Math.max(1, n);
    out.set(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return out;
}
