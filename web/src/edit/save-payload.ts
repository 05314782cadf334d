/**
 * What a save sends. The explorer's save sends the changes made since the version it loaded or last
 * saved ({@link editsPayload}), which the server applies to the graph it holds; the whole graph as
 * an ecograph@1 JSON document ({@link savePayload}) is what "Download my copy" gives.
 *
 * Either way the positions the explorer gave the nodes for drawing are not saved. A file that had
 * positions keeps them: every node it positioned is written at its position in the file (layout
 * runs and spin-off mode move nodes on screen only), and when the file positioned every node,
 * nodes added in the session keep where they are.
 */
import { writeJson } from '../../../src/io/json.js';
import type { LoggedEdit } from '../../../src/model/edit-replay.js';
import type { GraphEdit } from '../../../src/model/edits.js';
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

/** A node's attributes as a save writes them: positions as the file had them (see the module's description). */
function dataAttributes(filePositions: FilePositions, openedOrder: number): (node: string, a: NodeAttributes) => NodeAttributes {
  const fullyPositioned = openedOrder > 0 && filePositions.size === openedOrder;
  return (node, a) => {
    const filed = filePositions.get(node);
    if (filed) return { ...a, x: filed.x, y: filed.y };
    if (fullyPositioned && Number.isFinite(a.x) && Number.isFinite(a.y)) return a;
    const out: Record<string, unknown> = { ...a };
    for (const name of LAYOUT_ATTRIBUTES) delete out[name];
    return out as NodeAttributes;
  };
}

/** Ids of the nodes whose attributes a change sets (a merge: the node kept). */
function nodesSetBy(edit: GraphEdit, into: Set<string>): void {
  switch (edit.op) {
    case 'add-node':
    case 'update-node':
      into.add(edit.id);
      return;
    case 'merge-nodes':
      into.add(edit.keep);
      return;
    case 'batch':
      for (const part of edit.edits) nodesSetBy(part, into);
      return;
    default:
      return;
  }
}

/**
 * The body of an incremental save (`PATCH api/graph`, `EditsSave` on the server): the changes made
 * since the last save, in order, and the nodes they set, with their attributes as the file gets
 * them (positions as {@link savePayload} writes them). The server applies the changes to the graph
 * it holds and checks that it arrives at these nodes, positions apart.
 *
 * @param graph - the edited graph (not changed)
 * @param changes - `EditHistory.changesSinceSave`
 * @param filePositions - the positions the served file had ({@link positionsOf} before layout)
 * @param openedOrder - how many nodes the served file had
 * @returns JSON text `{ "edits": [...], "nodes": {...} }`
 * @example const body = editsPayload(graph, history.changesSinceSave, filePositions, openedOrder);
 */
export function editsPayload(graph: EcoGraph, changes: readonly LoggedEdit[], filePositions: FilePositions, openedOrder: number): string {
  const dataOf = dataAttributes(filePositions, openedOrder);
  const touched = new Set<string>();
  for (const change of changes) nodesSetBy(change.edit, touched);
  // In a file that positioned every node, nodes added in the session are written where they are
  // now, as savePayload writes them, even when no change since the last save touched them.
  if (openedOrder > 0 && filePositions.size === openedOrder) graph.forEachNode((id) => void (filePositions.has(id) || touched.add(id)));
  const nodes: Record<string, NodeAttributes> = {};
  for (const id of touched) if (graph.hasNode(id)) nodes[id] = dataOf(id, graph.getNodeAttributes(id));
  return JSON.stringify({ edits: changes, nodes });
}

/**
 * The whole graph as an ecograph@1 JSON document, as a whole-graph save (`PUT api/graph`) sends it
 * and as "Download my copy" gives it.
 *
 * @param graph - the edited graph (not changed)
 * @param filePositions - the positions the served file had ({@link positionsOf} before layout)
 * @param openedOrder - how many nodes the served file had: when every one of them was positioned,
 * new nodes keep their positions too, so the file stays fully laid out
 * @returns ecograph@1 JSON text
 */
export function savePayload(graph: EcoGraph, filePositions: FilePositions, openedOrder: number): string {
  const dataOf = dataAttributes(filePositions, openedOrder);
  // writeJson reads a graph through these three methods only: the nodes are given to it with their
  // data attributes, without copying the graph (a copy of a 20k-node graph costs seconds).
  const dataView = {
    getAttributes: () => graph.getAttributes(),
    mapNodes: <T>(callback: (node: string, attributes: NodeAttributes) => T) => graph.mapNodes((node, a) => callback(node, dataOf(node, a))),
    mapEdges: graph.mapEdges.bind(graph),
  };
  return writeJson(dataView as unknown as EcoGraph);
}
