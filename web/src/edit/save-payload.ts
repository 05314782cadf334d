/**
 * What a save sends: the graph's data as an ecograph@1 JSON document (the library's `writeJson`),
 * without the positions the explorer gave the nodes for drawing. A file that had positions keeps
 * them: every node it positioned is written at its position in the file (layout runs and spin-off
 * mode move nodes on screen only), and nodes added in the session keep where they were placed.
 */
import { writeJson } from '../../../src/io/json.js';
import type { EcoGraph } from '../../../src/model/types.js';

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
  const copy = graph.copy() as EcoGraph;
  copy.updateEachNodeAttributes((node, a) => {
    const out: Record<string, unknown> = { ...a };
    const filed = filePositions.get(node);
    if (filed) {
      out.x = filed.x;
      out.y = filed.y;
    } else if (!(fullyPositioned && Number.isFinite(a.x) && Number.isFinite(a.y))) {
      for (const name of LAYOUT_ATTRIBUTES) delete out[name];
    }
    return out as typeof a;
  });
  return writeJson(copy);
}
