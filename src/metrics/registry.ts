/**
 * The metric registry: every measure's descriptor (measure-descriptors.ts) with its function
 * (measure-functions.ts), all loaded at once — for the web app and library callers that compute
 * synchronously. The CLI (`--measures` choices, help), the web forms and the conventions table of
 * docs/statistics.md read the descriptors (a test checks that table against this registry); a
 * command that computes a few measures loads them with `loadNodeMeasures` instead of importing this
 * module. Nothing here imports UI code.
 */
import * as gouldFernandezModule from './brokerage/gould-fernandez.js';
import * as betweennessModule from './centrality/betweenness.js';
import * as closenessModule from './centrality/closeness.js';
import * as degreeModule from './centrality/degree.js';
import * as eigenvectorModule from './centrality/eigenvector.js';
import * as harmonicModule from './centrality/harmonic.js';
import * as hitsModule from './centrality/hits.js';
import * as inOutDegreeModule from './centrality/in-out-degree.js';
import * as pagerankModule from './centrality/pagerank.js';
import * as strengthModule from './centrality/strength.js';
import { louvain } from './communities/louvain.js';
import {
  BROKERAGE_DESCRIPTORS,
  CENTRALITY_DESCRIPTORS,
  COMMUNITY_DESCRIPTOR,
  type MeasureDescriptor,
  type NodeMeasure,
} from './measure-descriptors.js';
import { MEASURE_FUNCTIONS } from './measure-functions.js';
import * as constraintModule from './structural-holes/constraint.js';
import * as effectiveSizeModule from './structural-holes/effective-size.js';
import * as clusteringModule from './structure/clustering.js';
import * as coreModule from './structure/core.js';
import * as eccentricityModule from './structure/eccentricity.js';

export {
  BROKERS_MEASURE,
  conventionsTable,
  type MeasureDescriptor,
  type MeasureParameter,
  type MeasureReference,
  type NodeMeasure,
  type NodeMeasureContext,
  type NodeValues,
  type ViewRequirement,
  type WeightUse,
} from './measure-descriptors.js';

const COMPUTE: Readonly<Record<string, NodeMeasure['compute']>> = {
  degree: MEASURE_FUNCTIONS.degree(degreeModule),
  betweenness: MEASURE_FUNCTIONS.betweenness(betweennessModule),
  closeness: MEASURE_FUNCTIONS.closeness(closenessModule),
  harmonic: MEASURE_FUNCTIONS.harmonic(harmonicModule),
  eigenvector: MEASURE_FUNCTIONS.eigenvector(eigenvectorModule),
  pagerank: MEASURE_FUNCTIONS.pagerank(pagerankModule),
  hits: MEASURE_FUNCTIONS.hits(hitsModule),
  indegree: MEASURE_FUNCTIONS.indegree(inOutDegreeModule),
  outdegree: MEASURE_FUNCTIONS.outdegree(inOutDegreeModule),
  strength: MEASURE_FUNCTIONS.strength(strengthModule),
  clustering: MEASURE_FUNCTIONS.clustering(clusteringModule),
  core: MEASURE_FUNCTIONS.core(coreModule),
  eccentricity: MEASURE_FUNCTIONS.eccentricity(eccentricityModule),
  'gould-fernandez': MEASURE_FUNCTIONS['gould-fernandez'](gouldFernandezModule),
  constraint: MEASURE_FUNCTIONS.constraint(constraintModule),
  'effective-size': MEASURE_FUNCTIONS['effective-size'](effectiveSizeModule),
};

const withCompute = (d: MeasureDescriptor): NodeMeasure => ({ ...d, compute: COMPUTE[d.id]! });

/** Centrality measures, in the order `--measures all` lists them. */
export const CENTRALITY_MEASURES: readonly NodeMeasure[] = CENTRALITY_DESCRIPTORS.map(withCompute);

/** Brokerage and structural-hole measures (`ecograph brokerage`). */
export const BROKERAGE_MEASURES: readonly NodeMeasure[] = BROKERAGE_DESCRIPTORS.map(withCompute);

/** A partition measure (`ecograph communities`). */
export const COMMUNITY_MEASURE = { ...COMMUNITY_DESCRIPTOR, compute: louvain } as const;

/** A centrality measure by id. */
export function centralityMeasure(id: string): NodeMeasure | undefined {
  return CENTRALITY_MEASURES.find((m) => m.id === id);
}
