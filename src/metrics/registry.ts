/**
 * The metric registry: every measure described once, as data — id, title, parameters with
 * defaults, outputs, the views it reads, the reference implementation it equals and the function.
 * The CLI (`--measures` choices, help), the web forms and the conventions table of
 * docs/statistics.md read it (a test checks that table against this registry);
 * nothing here imports UI code.
 */
import { gouldFernandez, ROLES } from './brokerage/gould-fernandez.js';
import { betweennessCentrality } from './centrality/betweenness.js';
import { closenessCentrality } from './centrality/closeness.js';
import { degreeCentrality } from './centrality/degree.js';
import { eigenvectorCentrality } from './centrality/eigenvector.js';
import { harmonicCentrality } from './centrality/harmonic.js';
import { hits } from './centrality/hits.js';
import { inDegree, outDegree } from './centrality/in-out-degree.js';
import { strength } from './centrality/strength.js';
import { pagerank } from './centrality/pagerank.js';
import type { ProgressCallback } from './centrality/progress.js';
import { louvain } from './communities/louvain.js';
import { burtConstraint } from './structural-holes/constraint.js';
import { effectiveSize } from './structural-holes/effective-size.js';
import { clustering } from './structure/clustering.js';
import { coreNumber } from './structure/core.js';
import { eccentricity } from './structure/eccentricity.js';
import type { ViewGraph } from './view.js';

export interface MeasureParameter {
  name: string;
  type: 'number' | 'string' | 'boolean';
  default: number | string | boolean;
  description: string;
}

/** Which views a measure reads. */
export type ViewRequirement =
  /** any view the user chooses */
  | 'any'
  /** the directed counterpart of the chosen view (same filters and weights) */
  | 'directed'
  /** the undirected counterpart of the chosen view */
  | 'undirected';

/** How a measure reads weights on a weighted view. */
export type WeightUse = 'none' | 'distance' | 'strength';

export interface MeasureReference {
  /** The peer implementation the tests compare with. */
  peer: 'NetworkX' | 'igraph' | 'R sna';
  /** The call, as written in the peer's language. */
  call: string;
  /** The convention, in a sentence. */
  convention: string;
}

export type NodeValues = Record<string, Map<string, number>>;

export interface NodeMeasureContext {
  params: Record<string, number | string | boolean>;
  onProgress?: ProgressCallback;
  /** The group of a node, for measures that need one (Gould–Fernandez). */
  groupOf?: (node: string) => string | undefined;
}

/** A measure that gives each node one or more numbers. */
export interface NodeMeasure {
  id: string;
  title: string;
  description: string;
  /** Output names (JSON fields per node), e.g. `['hubs', 'authorities']`. */
  outputs: readonly string[];
  parameters: readonly MeasureParameter[];
  view: ViewRequirement;
  weights: WeightUse;
  reference: MeasureReference;
  /** Whether the CLI should show progress (one search per node). */
  slow: boolean;
  compute(graph: ViewGraph, context: NodeMeasureContext): NodeValues;
}

const NX = 'https://networkx.org/documentation/stable/reference/algorithms/';

/** Centrality measures, in the order `--measures all` lists them. */
export const CENTRALITY_MEASURES: readonly NodeMeasure[] = [
  {
    id: 'degree',
    title: 'Degree',
    description: 'number of distinct neighbours in the view',
    outputs: ['degree'],
    parameters: [],
    view: 'any',
    weights: 'none',
    reference: { peer: 'NetworkX', call: 'len(set(nx.all_neighbors(G, v)))', convention: 'neighbours, not ties: merged parallel ties count once' },
    slow: false,
    compute: (g) => ({ degree: degreeCentrality(g) }),
  },
  {
    id: 'betweenness',
    title: 'Betweenness',
    description: 'share of shortest paths between other nodes that pass through the node',
    outputs: ['betweenness'],
    parameters: [],
    view: 'any',
    weights: 'distance',
    reference: {
      peer: 'NetworkX',
      call: 'nx.betweenness_centrality(G, normalized=True, weight=…)',
      convention: 'normalised by (n−1)(n−2) (directed) or (n−1)(n−2)/2 (undirected)',
    },
    slow: true,
    compute: (g, c) => ({ betweenness: betweennessCentrality(g, c.onProgress ? { onProgress: c.onProgress } : {}) }),
  },
  {
    id: 'closeness',
    title: 'Closeness',
    description: 'inverse mean distance from the nodes that reach the node, scaled by the share reached',
    outputs: ['closeness'],
    parameters: [],
    view: 'any',
    weights: 'distance',
    reference: {
      peer: 'NetworkX',
      call: 'nx.closeness_centrality(G, distance=…, wf_improved=True)',
      convention: 'Wasserman–Faust scaling; incoming distances on a directed view',
    },
    slow: true,
    compute: (g, c) => ({ closeness: closenessCentrality(g, c.onProgress ? { onProgress: c.onProgress } : {}) }),
  },
  {
    id: 'harmonic',
    title: 'Harmonic closeness',
    description: 'sum of 1/distance from every other node (0 for unreachable ones)',
    outputs: ['harmonic'],
    parameters: [],
    view: 'any',
    weights: 'distance',
    reference: { peer: 'NetworkX', call: 'nx.harmonic_centrality(G, distance=…)', convention: 'not normalised; incoming distances on a directed view' },
    slow: true,
    compute: (g, c) => ({ harmonic: harmonicCentrality(g, c.onProgress ? { onProgress: c.onProgress } : {}) }),
  },
  {
    id: 'eigenvector',
    title: 'Eigenvector',
    description: 'leading eigenvector of the adjacency matrix: central nodes tied to central nodes',
    outputs: ['eigenvector'],
    parameters: [],
    view: 'any',
    weights: 'strength',
    reference: {
      peer: 'NetworkX',
      call: 'nx.eigenvector_centrality(G, weight=…)',
      convention: 'L2 norm 1; power iteration on A+I to 1e-15; refuses a directed acyclic view',
    },
    slow: false,
    compute: (g) => ({ eigenvector: eigenvectorCentrality(g) }),
  },
  {
    id: 'pagerank',
    title: 'PageRank',
    description: 'random-surfer visiting probability (damping 0.85, uniform teleport and dangling nodes)',
    outputs: ['pagerank'],
    parameters: [{ name: 'alpha', type: 'number', default: 0.85, description: 'damping factor' }],
    view: 'any',
    weights: 'strength',
    reference: { peer: 'NetworkX', call: 'nx.pagerank(G, alpha=0.85, weight=…)', convention: 'sums to 1; dangling nodes jump uniformly; converged to a relative change of 1e-11 per node' },
    slow: false,
    compute: (g, c) => ({ pagerank: pagerank(g, { alpha: Number(c.params.alpha ?? 0.85) }) }),
  },
  {
    id: 'hits',
    title: 'HITS hubs and authorities',
    description: 'hubs point to good authorities, authorities are pointed to by good hubs',
    outputs: ['hubs', 'authorities'],
    parameters: [],
    view: 'directed',
    weights: 'strength',
    reference: { peer: 'NetworkX', call: 'nx.hits(G)', convention: 'each sums to 1; on the directed view; refuses a non-unique leading singular vector' },
    slow: false,
    compute: (g) => {
      const r = hits(g);
      return { hubs: r.hubs, authorities: r.authorities };
    },
  },
  {
    id: 'indegree',
    title: 'In-degree',
    description: 'arcs into the node (an undirected tie gives an arc each way)',
    outputs: ['indegree'],
    parameters: [],
    view: 'directed',
    weights: 'none',
    reference: { peer: 'NetworkX', call: 'G.in_degree(v)', convention: 'on the directed view (same filters)' },
    slow: false,
    compute: (g) => ({ indegree: inDegree(g) }),
  },
  {
    id: 'outdegree',
    title: 'Out-degree',
    description: 'arcs out of the node (an undirected tie gives an arc each way)',
    outputs: ['outdegree'],
    parameters: [],
    view: 'directed',
    weights: 'none',
    reference: { peer: 'NetworkX', call: 'G.out_degree(v)', convention: 'on the directed view (same filters)' },
    slow: false,
    compute: (g) => ({ outdegree: outDegree(g) }),
  },
  {
    id: 'strength',
    title: 'Strength',
    description: 'summed tie strengths at the node (ties counted when unweighted; in + out on a directed view)',
    outputs: ['strength'],
    parameters: [],
    view: 'any',
    weights: 'strength',
    reference: { peer: 'NetworkX', call: 'G.degree(v, weight=…)', convention: 'ties, not neighbours: a reciprocated pair counts twice on a directed view' },
    slow: false,
    compute: (g) => ({ strength: strength(g) }),
  },
  {
    id: 'clustering',
    title: 'Local clustering',
    description: 'share of pairs of neighbours that are tied',
    outputs: ['clustering'],
    parameters: [],
    view: 'any',
    weights: 'none',
    reference: { peer: 'NetworkX', call: 'nx.clustering(G)', convention: "unweighted; Fagiolo's directed clustering on a directed view; 0 below degree 2" },
    slow: false,
    compute: (g) => ({ clustering: clustering(g) }),
  },
  {
    id: 'core',
    title: 'Core number',
    description: 'largest k such that the node is in the k-core',
    outputs: ['core'],
    parameters: [],
    view: 'any',
    weights: 'none',
    reference: { peer: 'NetworkX', call: 'nx.core_number(G)', convention: 'in + out degree on a directed view' },
    slow: false,
    compute: (g) => ({ core: coreNumber(g) }),
  },
  {
    id: 'eccentricity',
    title: 'Eccentricity',
    description: 'largest distance in hops to another node of its component',
    outputs: ['eccentricity'],
    parameters: [],
    view: 'any',
    weights: 'none',
    reference: {
      peer: 'NetworkX',
      call: 'nx.eccentricity(G.subgraph(component))',
      convention: 'per connected (directed: strongly connected) component, out-distances; NetworkX refuses a disconnected graph',
    },
    slow: true,
    compute: (g) => ({ eccentricity: eccentricity(g) }),
  },
];

/** Brokerage and structural-hole measures (`ecograph brokerage`). */
export const BROKERAGE_MEASURES: readonly NodeMeasure[] = [
  {
    id: 'gould-fernandez',
    title: 'Gould–Fernandez brokerage roles',
    description: 'two-paths a → v → b with no tie a → b, by the groups of a, v and b',
    outputs: [...ROLES],
    parameters: [{ name: 'group', type: 'string', default: 'kind', description: 'node attribute giving the groups' }],
    view: 'directed',
    weights: 'none',
    reference: {
      peer: 'R sna',
      call: 'sna::brokerage(g, cl)',
      convention: 'raw.nli counts w_I, w_O, b_IO, b_OI, b_O, t and z.nli z-scores (under `z`)',
    },
    slow: false,
    compute: (g, c) => {
      const scores = gouldFernandez(g, c.groupOf ?? (() => undefined));
      const out: NodeValues = {};
      for (const role of ROLES) {
        out[role] = new Map([...scores].map(([id, s]) => [id, s[role]]));
        out[`z.${role}`] = new Map([...scores].map(([id, s]) => [id, s.z[role]]));
      }
      return out;
    },
  },
  {
    id: 'constraint',
    title: "Burt's constraint",
    description: 'how much the node’s ties are invested in ties that are tied to each other',
    outputs: ['constraint'],
    parameters: [],
    view: 'undirected',
    weights: 'strength',
    reference: { peer: 'NetworkX', call: 'nx.constraint(G, weight=…)', convention: 'NaN (null) for isolated nodes' },
    slow: false,
    compute: (g) => ({ constraint: burtConstraint(g) }),
  },
  {
    id: 'effective-size',
    title: "Burt's effective size and efficiency",
    description: 'non-redundant neighbours, and their share of the degree',
    outputs: ['effectiveSize', 'efficiency'],
    parameters: [],
    view: 'undirected',
    weights: 'strength',
    reference: { peer: 'NetworkX', call: 'nx.effective_size(G, weight=…); efficiency = effective size / degree', convention: 'NaN (null) for isolated nodes' },
    slow: false,
    compute: (g) => {
      const r = effectiveSize(g);
      return {
        effectiveSize: new Map([...r].map(([id, v]) => [id, v.effectiveSize])),
        efficiency: new Map([...r].map(([id, v]) => [id, v.efficiency])),
      };
    },
  },
];

/** A partition measure (`ecograph communities`). */
export const COMMUNITY_MEASURE = {
  id: 'louvain',
  title: 'Louvain communities',
  description: 'partition maximising modularity (seeded, multi-level refinement, best of restarts)',
  parameters: [
    { name: 'resolution', type: 'number', default: 1, description: 'resolution γ (above 1: smaller communities)' },
    { name: 'seed', type: 'number', default: 42, description: 'random seed (same seed, same partition)' },
    { name: 'restarts', type: 'number', default: 16, description: 'seeded restarts; the best partition is kept (16 on views up to 31,250 ties, then fewer by the work budget, at least 1)' },
  ],
  view: 'undirected',
  weights: 'strength',
  reference: {
    peer: 'igraph',
    call: 'Graph.community_multilevel(weights=…, resolution=γ)',
    convention: 'modularity ≥ 99% of igraph’s on every reference graph; modularity equals nx.community.modularity',
  },
  compute: louvain,
} as const satisfies Omit<NodeMeasure, 'compute' | 'outputs' | 'slow'> & { compute: typeof louvain };

/** The ranking of `ecograph brokers`. */
export const BROKERS_MEASURE = {
  id: 'brokers',
  title: 'Brokers between two kinds',
  description: 'candidates of one kind on shortest paths from one kind of node to another',
  outputs: ['betweenness', 'brokeredPairs'],
  view: 'undirected',
  weights: 'distance',
  reference: {
    peer: 'NetworkX',
    call: 'nx.betweenness_centrality_subset(G, sources, targets, normalized=False)',
    convention: 'NetworkX halves the sum on undirected graphs; roles from sna::brokerage with groups = kind',
  },
} as const;

/** A centrality measure by id. */
export function centralityMeasure(id: string): NodeMeasure | undefined {
  return CENTRALITY_MEASURES.find((m) => m.id === id);
}

/** Every measure with its reference, for the conventions table of docs/statistics.md and `--help`. */
export function conventionsTable(): Array<{ id: string; outputs: string; peer: string; call: string; convention: string }> {
  const rows = [...CENTRALITY_MEASURES, ...BROKERAGE_MEASURES].map((m) => ({
    id: m.id,
    outputs: m.outputs.join(', '),
    peer: m.reference.peer,
    call: m.reference.call,
    convention: m.reference.convention,
  }));
  rows.push({
    id: BROKERS_MEASURE.id,
    outputs: BROKERS_MEASURE.outputs.join(', '),
    peer: BROKERS_MEASURE.reference.peer,
    call: BROKERS_MEASURE.reference.call,
    convention: BROKERS_MEASURE.reference.convention,
  });
  rows.push({
    id: COMMUNITY_MEASURE.id,
    outputs: 'community, modularity',
    peer: COMMUNITY_MEASURE.reference.peer,
    call: COMMUNITY_MEASURE.reference.call,
    convention: COMMUNITY_MEASURE.reference.convention,
  });
  return rows;
}
