/**
 * Measures the explorer can size nodes by: the centralities of the metrics library, each on the
 * view it is defined on (the simple undirected projection, or the directed view for PageRank and
 * HITS), so sizes agree with `ecograph centrality`. Path-based measures take O(n·m) and are offered
 * only on graphs up to `PATH_MEASURES_MAX_NODES` nodes, so the page stays responsive.
 */
import { betweennessCentrality } from '../../src/metrics/centrality/betweenness.js';
import { closenessCentrality } from '../../src/metrics/centrality/closeness.js';
import { degreeCentrality } from '../../src/metrics/centrality/degree.js';
import { eigenvectorCentrality } from '../../src/metrics/centrality/eigenvector.js';
import { harmonicCentrality } from '../../src/metrics/centrality/harmonic.js';
import { hits } from '../../src/metrics/centrality/hits.js';
import { pagerank } from '../../src/metrics/centrality/pagerank.js';
import { buildView } from '../../src/metrics/view.js';
import type { EcoGraph } from '../../src/model/types.js';

export const PATH_MEASURES_MAX_NODES = 5000;

export interface SizeMetric {
  id: string;
  title: string;
  /** Whether it runs shortest paths from every node (too slow for large graphs in a page). */
  pathBased: boolean;
  compute(graph: EcoGraph): Map<string, number>;
}

const undirected = (g: EcoGraph) => buildView(g).graph;
const directed = (g: EcoGraph) => buildView(g, { directed: true }).graph;

/** The size measures offered in the panel, degree first (the default). */
export const SIZE_METRICS: readonly SizeMetric[] = [
  { id: 'degree', title: 'Degree centrality', pathBased: false, compute: (g) => degreeCentrality(undirected(g)) },
  { id: 'betweenness', title: 'Betweenness centrality', pathBased: true, compute: (g) => betweennessCentrality(undirected(g)) },
  { id: 'closeness', title: 'Closeness centrality', pathBased: true, compute: (g) => closenessCentrality(undirected(g)) },
  { id: 'harmonic', title: 'Harmonic centrality', pathBased: true, compute: (g) => harmonicCentrality(undirected(g)) },
  { id: 'eigenvector', title: 'Eigenvector centrality', pathBased: false, compute: (g) => eigenvectorCentrality(undirected(g)) },
  { id: 'pagerank', title: 'PageRank (directed view)', pathBased: false, compute: (g) => pagerank(directed(g)) },
  { id: 'hits-authority', title: 'HITS authority (directed view)', pathBased: false, compute: (g) => hits(directed(g)).authorities },
  { id: 'uniform', title: 'Uniform size', pathBased: false, compute: (g) => new Map(g.mapNodes((n) => [n, 1] as const)) },
];
