/**
 * What a save sends: the graph's data as an ecograph@1 JSON document (the library's `writeJson`),
 * without the positions the explorer gave the nodes for drawing. A file that had positions keeps
 * them: every node it positioned is written at its position in the file (layout runs and spin-off
 * mode move nodes on screen only), and nodes added in the session keep where they were placed.
 */
import { writeJson } from '../../../src/io/json.js';
import type { EcoGraph, NodeAttributes } from '../../../src/model/types.js';

/** The attributes the explorer adds to nodes for drawing. */
export const LAYOUT_ATTRIBUTES = ['x', 'y'] as const;

/** Positions as the file gave them, by node id. */
export type FilePositions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * The positions a graph arrived with: every node with a finite `x` and `y`. Take it before the
 * explorer lays the graph out.
 *
 * @example const filePositions = positionsOf(loaded.graph);
 */
export function positionsOf(graph: EcoGraph): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) positions.set(node, { x: a.x as number, y: a.y as number });
  });
  return positions;
}

/**
 * The JSON document a save sends.
 *
 * @param graph - the edited graph (not changed)
 * @param filePositions - the positions the served file had ({@link positionsOf} before layout)
 * @param openedOrder - how many nodes the served file had: when every one of them was positioned,
 * new nodes keep their positions too, so the file stays fully laid out
 * @returns ecograph@1 JSON text
 */
export function savePayload(graph: EcoGraph, filePositions: FilePositions, openedOrder: number): string {
  const fullyPositioned = openedOrder > 0 && filePositions.size === openedOrder;
  const dataOf = (node: string, a: NodeAttributes): NodeAttributes => {
    const filed = filePositions.get(node);
    if (filed) return { ...a, x: filed.x, y: filed.y };
    if (fullyPositioned && Number.isFinite(a.x) && Number.isFinite(a.y)) return a;
    const out: Record<string, unknown> = { ...a };
    for (const name of LAYOUT_ATTRIBUTES) delete out[name];
    return out as NodeAttributes;
  };
  // writeJson reads a graph through these three methods only: the nodes are given to it with their
  // data attributes, without copying the graph (a copy of a 20k-node graph costs seconds).
  const dataView = {
    getAttributes: () => graph.getAttributes(),
    mapNodes: <T>(callback: (node: string, attributes: NodeAttributes) => T) => graph.mapNodes((node, a) => callback(node, dataOf(node, a))),
    mapEdges: graph.mapEdges.bind(graph),
  };
  return writeJson(dataView as unknown as EcoGraph);
}
