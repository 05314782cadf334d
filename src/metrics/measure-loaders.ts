/**
 * Node measures loaded one by one: {@link loadNodeMeasures} imports only the implementation modules of
 * the measures asked for, so a command that needs PageRank does not load the other algorithms (or
 * graphology-metrics). The adapters to the registry's `compute` are those of measure-functions.ts.
 */
import { BROKERAGE_DESCRIPTORS, CENTRALITY_DESCRIPTORS, type MeasureDescriptor, type NodeMeasure } from './measure-descriptors.js';
import { MEASURE_FUNCTIONS, type FunctionMeasureId } from './measure-functions.js';

/** The implementation module of every measure, imported on demand, by measure id. */
export const MEASURE_MODULES: { readonly [Id in FunctionMeasureId]: () => Promise<Parameters<(typeof MEASURE_FUNCTIONS)[Id]>[0]> } = {
  degree: () => import('./centrality/degree.js'),
  betweenness: () => import('./centrality/betweenness.js'),
  closeness: () => import('./centrality/closeness.js'),
  harmonic: () => import('./centrality/harmonic.js'),
  eigenvector: () => import('./centrality/eigenvector.js'),
  pagerank: () => import('./centrality/pagerank.js'),
  hits: () => import('./centrality/hits.js'),
  indegree: () => import('./centrality/in-out-degree.js'),
  outdegree: () => import('./centrality/in-out-degree.js'),
  strength: () => import('./centrality/strength.js'),
  clustering: () => import('./structure/clustering.js'),
  core: () => import('./structure/core.js'),
  eccentricity: () => import('./structure/eccentricity.js'),
  'gould-fernandez': () => import('./brokerage/gould-fernandez.js'),
  constraint: () => import('./structural-holes/constraint.js'),
  'effective-size': () => import('./structural-holes/effective-size.js'),
};

const DESCRIPTORS: ReadonlyMap<string, MeasureDescriptor> = new Map([...CENTRALITY_DESCRIPTORS, ...BROKERAGE_DESCRIPTORS].map((d) => [d.id, d]));

/**
 * The measures with these ids, each with its function, importing only their implementation modules.
 *
 * @param ids - centrality or brokerage measure ids (see CENTRALITY_DESCRIPTORS, BROKERAGE_DESCRIPTORS)
 * @returns the measures, in the order of `ids`
 * @throws Error on an id no measure has
 * @example
 * const [pagerank] = await loadNodeMeasures(['pagerank']); // loads centrality/pagerank.js only
 * pagerank!.compute(view.graph, { params: { alpha: 0.85 } }).pagerank;
 */
export async function loadNodeMeasures(ids: readonly string[]): Promise<NodeMeasure[]> {
  return Promise.all(
    ids.map(async (id) => {
      const descriptor = DESCRIPTORS.get(id);
      if (!descriptor || !Object.hasOwn(MEASURE_FUNCTIONS, id)) throw new Error(`unknown measure "${id}" (known: ${[...DESCRIPTORS.keys()].join(', ')})`);
      const known = id as FunctionMeasureId;
      const bind = MEASURE_FUNCTIONS[known] as (module: unknown) => NodeMeasure['compute'];
      return { ...descriptor, compute: bind(await MEASURE_MODULES[known]()) };
    }),
  );
}
