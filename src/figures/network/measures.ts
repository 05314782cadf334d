/**
 * Node measures that size the nodes of a network figure, and the communities that can colour them,
 * on the simple undirected projection of the graph (one tie per pair of distinct nodes, direction
 * and parallel ties ignored, self-loops dropped).
 *
 * `degree` is computed here (number of neighbours); `betweenness` and `pagerank` use
 * graphology-metrics on the same projection; communities use graphology's Louvain with a seeded
 * random source, so the same seed gives the same colours.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { createRng } from '../../generate/random.js';
import type { EcoGraph } from '../../model/types.js';

// CommonJS packages: under Node's ESM the default import is `module.exports`, the function itself,
// while their typings declare it as `default`.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

/** Measures a network figure can size nodes by. */
export const SIZE_MEASURES = ['degree', 'betweenness', 'pagerank'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** The simple undirected projection: same node order as the graph, one edge per joined pair. */
export function simpleProjection(graph: EcoGraph): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachNode((id) => simple.addNode(id));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source !== target && !simple.hasEdge(source, target)) simple.addEdge(source, target);
  });
  return simple;
}

/**
 * One value per node of the projection, by measure.
 *
 * @param simple - from {@link simpleProjection}
 * @param measure - degree, betweenness (normalised, as NetworkX) or pagerank (alpha 0.85)
 * @example
 * nodeSizeMeasure(simpleProjection(graph), 'degree').get('yamaha-motor');
 */
export function nodeSizeMeasure(simple: UndirectedGraph, measure: SizeMeasure): Map<string, number> {
  const values = new Map<string, number>();
  if (measure === 'degree') simple.forEachNode((id) => values.set(id, simple.degree(id)));
  else if (measure === 'betweenness') {
    const scores = betweennessCentrality(simple, { normalized: true });
    simple.forEachNode((id) => values.set(id, scores[id] ?? 0));
  } else {
    const scores = simple.size === 0 ? {} : pagerank(simple, { alpha: 0.85, maxIterations: 1000, tolerance: 1e-10, getEdgeWeight: null });
    simple.forEachNode((id) => values.set(id, scores[id] ?? 1 / Math.max(1, simple.order)));
  }
  return values;
}

/**
 * Louvain communities, numbered 0, 1, … by size (largest first; ties by first node in graph order).
 *
 * @param simple - from {@link simpleProjection}
 * @param seed - seed of the random source Louvain uses
 */
export function seededCommunities(simple: UndirectedGraph, seed: number): Map<string, number> {
  const raw = simple.size === 0 ? {} : louvain(simple, { rng: createRng(seed).next, resolution: 1 });
  const members = new Map<number, string[]>();
  let isolated = -1;
  simple.forEachNode((id) => {
    const c = (raw as Record<string, number>)[id] ?? isolated--;
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(id);
  });
  const order = new Map<string, number>();
  simple.forEachNode((id) => order.set(id, order.size));
  const groups = [...members.values()].sort((a, b) => b.length - a.length || order.get(a[0]!)! - order.get(b[0]!)!);
  const community = new Map<string, number>();
  groups.forEach((group, i) => group.forEach((id) => community.set(id, i)));
  return community;
}
