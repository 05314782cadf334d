/**
 * graphology-metrics and graphology-communities-louvain as typed functions, for the oracle tests and
 * the `oracles` benchmark. The packages are CommonJS (`module.exports = fn`) while their type
 * declarations say `export default fn`; depending on the loader a default import is the function
 * itself or a namespace holding it, so each one is resolved here once.
 */
import * as louvainModule from 'graphology-communities-louvain';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as closenessModule from 'graphology-metrics/centrality/closeness.js';
import { degreeCentrality as graphologyDegree } from 'graphology-metrics/centrality/degree.js';
import * as eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import * as hitsModule from 'graphology-metrics/centrality/hits.js';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { undirectedDensity as graphologyUndirectedDensity } from 'graphology-metrics/graph/density.js';
import * as modularityModule from 'graphology-metrics/graph/modularity.js';

/** The function a CommonJS module exports, however the loader wraps it. */
function exported<F>(module: unknown, name: string): F {
  let m: unknown = module;
  for (let depth = 0; depth < 3; depth++) {
    if (typeof m === 'function') return m as F;
    m = (m as { default?: unknown } | undefined)?.default;
  }
  throw new Error(`${name}: the module does not export a function`);
}

type Mapping = Record<string, number>;
type Getter = string | null;

export const graphology = {
  degree: graphologyDegree,
  betweenness: exported<(g: unknown, o?: { getEdgeWeight?: Getter; normalized?: boolean }) => Mapping>(betweennessModule, 'betweenness'),
  closeness: exported<(g: unknown, o?: { wassermanFaust?: boolean }) => Mapping>(closenessModule, 'closeness'),
  eigenvector: exported<(g: unknown, o?: { getEdgeWeight?: Getter; maxIterations?: number; tolerance?: number }) => Mapping>(
    eigenvectorModule,
    'eigenvector',
  ),
  pagerank: exported<(g: unknown, o?: { getEdgeWeight?: Getter; alpha?: number; maxIterations?: number; tolerance?: number }) => Mapping>(
    pagerankModule,
    'pagerank',
  ),
  hits: exported<
    (g: unknown, o?: { getEdgeWeight?: Getter; maxIterations?: number; tolerance?: number }) => { hubs: Mapping; authorities: Mapping }
  >(hitsModule, 'hits'),
  modularity: exported<
    (g: unknown, o?: { getNodeCommunity?: string | ((node: string) => number); getEdgeWeight?: Getter; resolution?: number }) => number
  >(modularityModule, 'modularity'),
  undirectedDensity: graphologyUndirectedDensity,
  louvain: exported<{
    detailed(
      g: unknown,
      o?: { getEdgeWeight?: Getter; resolution?: number; rng?: () => number; fastLocalMoves?: boolean; randomWalk?: boolean },
    ): { communities: Mapping; modularity: number; count: number };
  }>(louvainModule, 'louvain'),
};

/** A graphology mapping (object) as a Map, for comparing with ecograph's results. */
export function asMap(mapping: Mapping): Map<string, number> {
  return new Map(Object.entries(mapping));
}
