/** Creating ecosystem graphs: the one place that fixes the graphology options. */
import { MultiGraph } from 'graphology';
import { FORMAT_ID } from './schema.js';
import type { EcoGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from './types.js';

/** graphology options of every ecosystem graph: mixed (directed and undirected ties), multi, self-loops allowed. */
export const GRAPH_OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: true } as const;

/** An empty ecosystem graph. */
export function createEcoGraph(attributes: GraphAttributes = {}): EcoGraph {
  const graph: EcoGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>(GRAPH_OPTIONS);
  graph.replaceAttributes({ ...attributes, format: FORMAT_ID });
  return graph;
}
