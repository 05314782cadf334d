/**
 * Where a new node is drawn: next to the selected node, or at the centre of the view, on a small
 * golden-angle spiral so that several new nodes do not cover each other.
 */
import type { EcoGraph } from '../../../src/model/types.js';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A position for the `index`-th node added near `anchor`: at a distance of a few percent of the
 * graph's extent, turning by the golden angle from one new node to the next.
 *
 * @param graph - the graph (its extent sets the distance)
 * @param anchor - the selected node's position, or the centre of the view
 * @param index - how many nodes were placed before (0 for the first)
 * @example placeNewNode(graph, { x: 10, y: 5 }, 0)
 */
export function placeNewNode(graph: EcoGraph, anchor: { x: number; y: number }, index: number): { x: number; y: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) return;
    minX = Math.min(minX, a.x as number);
    maxX = Math.max(maxX, a.x as number);
    minY = Math.min(minY, a.y as number);
    maxY = Math.max(maxY, a.y as number);
  });
  const extent = Number.isFinite(maxX - minX) ? Math.max(maxX - minX, maxY - minY) : 0;
  const distance = (extent > 0 ? extent * 0.04 : 1) * (1 + 0.3 * Math.sqrt(index));
  const angle = index * GOLDEN_ANGLE;
  return { x: anchor.x + distance * Math.cos(angle), y: anchor.y + distance * Math.sin(angle) };
}
