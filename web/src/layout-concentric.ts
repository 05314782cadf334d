/**
 * Concentric layout by kind: one ring per kind of actor, in the schema's kind order from the centre
 * out (untyped last), members by name around their ring. Each ring is at least ten units of arc per
 * member and at least `ringGap` outside the previous ring, so no ring is crowded.
 */
import type { EcoGraph } from '../../src/model/types.js';
import { kindOrder } from './layout-circular.js';

/** Distance between neighbouring rings, graph units. */
const RING_GAP = 40;
/** Arc length per member, graph units. */
const ARC = 10;

/**
 * Positions on concentric rings, one per kind. A kind with a single member that is the only ring
 * sits at the centre.
 *
 * @example concentricLayout(graph) // universities on the inner ring, then anchors, firms, …
 */
export function concentricLayout(graph: EcoGraph): Map<string, { x: number; y: number }> {
  const rings: string[][] = [];
  let lastKind: string | undefined | null = null;
  for (const node of kindOrder(graph)) {
    const kind = graph.getNodeAttribute(node, 'kind');
    if (rings.length === 0 || kind !== lastKind) rings.push([]);
    rings[rings.length - 1]!.push(node);
    lastKind = kind;
  }
  const out = new Map<string, { x: number; y: number }>();
  let radius = 0;
  rings.forEach((members, r) => {
    const needed = (ARC * members.length) / (2 * Math.PI);
    radius = r === 0 && members.length === 1 ? 0 : Math.max(radius + RING_GAP, needed);
    members.forEach((node, i) => {
      const angle = Math.PI / 2 - (2 * Math.PI * i) / members.length;
      out.set(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  });
  return out;
}
