/**
 * The function of every centrality and brokerage measure, written once as an adapter from its
 * implementation module to the registry's `compute` signature. Only types are imported here: registry.ts
 * binds each adapter to its statically imported module (the all-at-once registry of the web app and
 * the library), measure-loaders.ts to the module it imports when the measure is asked for.
 */
import { ROLES, type NodeMeasure, type NodeValues } from './measure-descriptors.js';

type Compute = NodeMeasure['compute'];

/** The measures' adapters, by measure id: given the implementation module, the measure's `compute`. */
export const MEASURE_FUNCTIONS = {
  degree: ((m: typeof import('./centrality/degree.js')): Compute => (g) => ({ degree: m.degreeCentrality(g) })),
  betweenness: ((m: typeof import('./centrality/betweenness.js')): Compute => (g, c) => ({ betweenness: m.betweennessCentrality(g, c.onProgress ? { onProgress: c.onProgress } : {}) })),
  closeness: ((m: typeof import('./centrality/closeness.js')): Compute => (g, c) => ({ closeness: m.closenessCentrality(g, c.onProgress ? { onProgress: c.onProgress } : {}) })),
  harmonic: ((m: typeof import('./centrality/harmonic.js')): Compute => (g, c) => ({ harmonic: m.harmonicCentrality(g, c.onProgress ? { onProgress: c.onProgress } : {}) })),
  eigenvector: ((m: typeof import('./centrality/eigenvector.js')): Compute => (g) => ({ eigenvector: m.eigenvectorCentrality(g) })),
  pagerank: ((m: typeof import('./centrality/pagerank.js')): Compute => (g, c) => ({ pagerank: m.pagerank(g, { alpha: Number(c.params.alpha ?? 0.85) }) })),
  hits: ((m: typeof import('./centrality/hits.js')): Compute => (g) => {
    const r = m.hits(g);
    return { hubs: r.hubs, authorities: r.authorities };
  }),
  indegree: ((m: typeof import('./centrality/in-out-degree.js')): Compute => (g) => ({ indegree: m.inDegree(g) })),
  outdegree: ((m: typeof import('./centrality/in-out-degree.js')): Compute => (g) => ({ outdegree: m.outDegree(g) })),
  strength: ((m: typeof import('./centrality/strength.js')): Compute => (g) => ({ strength: m.strength(g) })),
  clustering: ((m: typeof import('./structure/clustering.js')): Compute => (g) => ({ clustering: m.clustering(g) })),
  core: ((m: typeof import('./structure/core.js')): Compute => (g) => ({ core: m.coreNumber(g) })),
  eccentricity: ((m: typeof import('./structure/eccentricity.js')): Compute => (g) => ({ eccentricity: m.eccentricity(g) })),
  'gould-fernandez': ((m: typeof import('./brokerage/gould-fernandez.js')): Compute => (g, c) => {
    const scores = m.gouldFernandez(g, c.groupOf ?? (() => undefined));
    const out: NodeValues = {};
    for (const role of ROLES) {
      out[role] = new Map([...scores].map(([id, s]) => [id, s[role]]));
      out[`z.${role}`] = new Map([...scores].map(([id, s]) => [id, s.z[role]]));
    }
    return out;
  }),
  constraint: ((m: typeof import('./structural-holes/constraint.js')): Compute => (g) => ({ constraint: m.burtConstraint(g) })),
  'effective-size': ((m: typeof import('./structural-holes/effective-size.js')): Compute => (g) => {
    const r = m.effectiveSize(g);
    return {
      effectiveSize: new Map([...r].map(([id, v]) => [id, v.effectiveSize])),
      efficiency: new Map([...r].map(([id, v]) => [id, v.efficiency])),
    };
  }),
} as const;

/** A measure id with a function. */
export type FunctionMeasureId = keyof typeof MEASURE_FUNCTIONS;
