/** Small in-memory spin-off graphs for the lineage tests. */
import { createEcoGraph } from '../../../src/model/graph.js';
import type { NodeKind } from '../../../src/model/schema.js';
import type { EcoGraph, EdgeAttributes, NodeAttributes } from '../../../src/model/types.js';

export type NodeSpec = [id: string, kind: NodeKind, attrs?: Partial<NodeAttributes>];

/** A graph with the given nodes and `spinoff` edges `[parent, child, attrs?]`. */
export function spinoffGraph(nodes: NodeSpec[], spinoffs: [string, string, Partial<EdgeAttributes>?][]): EcoGraph {
  const graph = createEcoGraph({ name: 'test' });
  for (const [id, kind, attrs] of nodes) graph.addNode(id, { label: id.toUpperCase(), kind, sources: ['test'], ...attrs });
  spinoffs.forEach(([p, c, attrs], i) => graph.addDirectedEdgeWithKey(`s${i}`, p, c, { kind: 'spinoff', sources: ['test'], ...attrs }));
  return graph;
}
