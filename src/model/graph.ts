/** Creating ecosystem graphs: the one place that fixes the graphology options. */
import { MultiGraph } from 'graphology';
import { FORMAT_ID } from './schema.js';
import type { EcoGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from './types.js';

/** graphology options of every ecosystem graph: mixed (directed and undirected ties), multi, self-loops allowed. */
export const GRAPH_OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: true } as const;

/** An empty ecosystem graph. */
/** The attribute names that occur on a graph's nodes and on its edges, each sorted. */
export interface AttributeNames {
  nodes: string[];
  edges: string[];
}

/** Whether a value counts as given: not undefined, null or empty text. */
export const isGiven = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The attribute names that at least one node, and at least one edge, has a value for.
 *
 * @param graph - an ecosystem graph
 * @example
 * attributeNamesOf(graph).edges; // ['kind', 'sources', 'weight', 'year']
 */
export function attributeNamesOf(graph: EcoGraph): AttributeNames {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((_n, attributes) => {
    for (const [k, v] of Object.entries(attributes)) if (isGiven(v)) nodes.add(k);
  });
  graph.forEachEdge((_e, attributes) => {
    for (const [k, v] of Object.entries(attributes)) if (isGiven(v)) edges.add(k);
  });
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
}

export function createEcoGraph(attributes: GraphAttributes = {}): EcoGraph {
  const graph: EcoGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>(GRAPH_OPTIONS);
  graph.replaceAttributes({ ...attributes, format: FORMAT_ID });
  return graph;
}
