/**
 * The measure descriptors: every measure described once, as data — id, title, parameters with
 * defaults, outputs, the views it reads and the reference implementation it equals. The CLI
 * (`--measures` choices, help), the web forms and the conventions table of docs/statistics.md read
 * them. Nothing here imports an implementation, so reading a descriptor costs no algorithm's module:
 * the functions are attached by registry.ts (all at once) or measure-loaders.ts (one measure on demand).
 */
import type { ProgressCallback } from './centrality/progress.js';
import type { ViewGraph } from './view.js';

/** The Gould–Fernandez brokerage roles, in output order (the role counts `brokerage` reports). */
export const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'] as const;

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

/** What is known of a node measure without loading its implementation. */
export interface MeasureDescriptor {
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
}

/** A measure that gives each node one or more numbers: its descriptor and its function. */
export interface NodeMeasure extends MeasureDescriptor {
  compute(graph: ViewGraph, context: NodeMeasureContext): NodeValues;
}

/** Centrality measures, in the order `--measures all` lists them. */
export const CENTRALITY_DESCRIPTORS: readonly MeasureDescriptor[] = [
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
  },
];

/** Brokerage and structural-hole measures (`ecograph brokerage`). */
export const BROKERAGE_DESCRIPTORS: readonly MeasureDescriptor[] = [
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
  },
];

/** A partition measure (`ecograph communities`); its function is `louvain` (communities/louvain.ts). */
export const COMMUNITY_DESCRIPTOR = {
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
} as const satisfies Omit<MeasureDescriptor, 'outputs' | 'slow'>;

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

/** A centrality measure's descriptor by id. */
export function centralityDescriptor(id: string): MeasureDescriptor | undefined {
  return CENTRALITY_DESCRIPTORS.find((m) => m.id === id);
}

/** Every measure with its reference, for the conventions table of docs/statistics.md and `--help`. */
export function conventionsTable(): Array<{ id: string; outputs: string; peer: string; call: string; convention: string }> {
  const rows = [...CENTRALITY_DESCRIPTORS, ...BROKERAGE_DESCRIPTORS].map((m) => ({
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
    id: COMMUNITY_DESCRIPTOR.id,
    outputs: 'community, modularity',
    peer: COMMUNITY_DESCRIPTOR.reference.peer,
    call: COMMUNITY_DESCRIPTOR.reference.call,
    convention: COMMUNITY_DESCRIPTOR.reference.convention,
  });
  return rows;
}
