/**
 * Metrics the explorer can size nodes by. Degree counts every tie (parallel ties too); the
 * centralities come from the metrics library when it provides them.
 */
import type { EcoGraph } from '../../src/model/types.js';

export interface SizeMetric {
  id: string;
  title: string;
  compute(graph: EcoGraph): Map<string, number>;
}

const byNode = (graph: EcoGraph, f: (n: string) => number) => {
  const out = new Map<string, number>();
  graph.forEachNode((n) => out.set(n, f(n)));
  return out;
};

/** The size metrics offered in the panel. */
export const SIZE_METRICS: readonly SizeMetric[] = [
  { id: 'degree', title: 'Degree (all ties)', compute: (g) => byNode(g, (n) => g.degree(n)) },
  { id: 'in-degree', title: 'In-degree (directed ties received)', compute: (g) => byNode(g, (n) => g.inDegree(n) + g.undirectedDegree(n)) },
  { id: 'out-degree', title: 'Out-degree (directed ties sent)', compute: (g) => byNode(g, (n) => g.outDegree(n) + g.undirectedDegree(n)) },
  { id: 'uniform', title: 'Uniform', compute: (g) => byNode(g, () => 1) },
];
