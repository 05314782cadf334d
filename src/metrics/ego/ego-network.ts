/**
 * The ego network of a node and its measures, as NetworkX `nx.ego_graph` and UCINET's ego-network
 * table define them.
 *
 * Members: the ego and every node within `radius` hops of it in the view — following ties either
 * way (`direction: 'all'`, the default, NetworkX's `undirected=True`), out-arcs only (`'out'`,
 * NetworkX's default on a directed graph) or in-arcs only (`'in'`, `ego_graph(G.reverse())`).
 * On an undirected view the direction is always `all`.
 *
 * Measures of the ego:
 * - `size`: alters (members other than the ego); `ties`: ties among the alters; `egoTies`: the
 *   ego's ties to them (arcs on a directed view);
 * - `densityWithEgo`: `nx.density` of the ego network, the ego included (NetworkX's choice);
 *   `densityWithoutEgo`: ties among alters / pairs of alters (UCINET's choice);
 * - `effectiveSize`, `efficiency`, `constraint`: Burt's measures of the ego in the whole view, as
 *   `nx.effective_size(G)[ego]` and `nx.constraint(G)[ego]` on the undirected counterpart of the
 *   view (constraint reads the alters' ties outside the ego network too);
 * - `brokerage`: the ego's Gould–Fernandez role counts and z-scores (`sna::brokerage`) on the
 *   directed counterpart of the whole view, with groups from a node attribute.
 */
import type { EcoGraph } from '../../model/types.js';
import { gouldFernandez, type BrokerageScores } from '../brokerage/gould-fernandez.js';
import { MetricError } from '../metric-error.js';
import { burtConstraint } from '../structural-holes/constraint.js';
import { effectiveSize } from '../structural-holes/effective-size.js';
import { groupValue } from '../structure/describe.js';
import { density } from '../summary.js';
import { buildView, type ViewDescription, type ViewOptions } from '../view.js';

export type EgoDirection = 'in' | 'out' | 'all';

export interface EgoOptions {
  radius: number;
  direction: EgoDirection;
  view: ViewOptions;
  /** Node attribute of the Gould–Fernandez groups (`sphere` is derived from the kind). */
  group: string;
}

export const DEFAULTS: EgoOptions = { radius: 1, direction: 'all', view: {}, group: 'kind' };

export interface EgoMeasures {
  size: number;
  ties: number;
  egoTies: number;
  densityWithEgo: number;
  /** null with fewer than two alters. */
  densityWithoutEgo: number | null;
  /** null for an ego without ties. */
  effectiveSize: number | null;
  efficiency: number | null;
  constraint: number | null;
  brokerage: BrokerageScores;
}

export interface EgoNetwork {
  ego: string;
  radius: number;
  direction: EgoDirection;
  view: ViewDescription;
  /** Members, the ego first, then by distance and id. */
  nodes: string[];
  /** Hops from the ego, by member. */
  distance: Record<string, number>;
  measures: EgoMeasures;
}

const finite = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

/**
 * The ego network of a node in a view of an ecosystem graph, with its measures.
 *
 * @param graph - the ecosystem graph
 * @param ego - the node's id
 * @param options - radius, direction, view and the brokerage group attribute
 * @throws MetricError when the node is not in the view, or on a radius below 1
 * @example
 * egoNetwork(eco, 'kyoto-university', { radius: 1 }).measures.densityWithoutEgo;
 * @see https://networkx.org/documentation/stable/reference/generated/networkx.generators.ego.ego_graph.html
 */
export function egoNetwork(graph: EcoGraph, ego: string, options: Partial<EgoOptions> = {}): EgoNetwork {
  const o = { ...DEFAULTS, ...options };
  if (!Number.isInteger(o.radius) || o.radius < 1) throw new MetricError('ego', `the radius must be a whole number ≥ 1, got ${o.radius}`);
  const built = buildView(graph, o.view);
  const view = built.graph;
  if (!view.hasNode(ego)) throw new MetricError('ego', graph.hasNode(ego) ? `node "${ego}" is not in the view (filtered out by --node-kinds)` : `no node "${ego}" in the graph`);
  const directed = view.type === 'directed';
  const direction: EgoDirection = directed ? o.direction : 'all';
  const distance = new Map<string, number>([[ego, 0]]);
  let frontier = [ego];
  for (let hop = 1; hop <= o.radius && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const v of frontier) {
      const step = (w: string) => {
        if (!distance.has(w)) {
          distance.set(w, hop);
          next.push(w);
        }
      };
      if (direction === 'out') view.forEachOutNeighbor(v, step);
      else if (direction === 'in') view.forEachInNeighbor(v, step);
      else view.forEachNeighbor(v, step);
    }
    frontier = next;
  }
  const members = [...distance.keys()].sort((a, b) => distance.get(a)! - distance.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  let ties = 0;
  let egoTies = 0;
  view.forEachEdge((_e, _a, s, t) => {
    if (!distance.has(s) || !distance.has(t)) return;
    if (s === ego || t === ego) egoTies++;
    else ties++;
  });
  const alters = members.length - 1;
  const pairs = directed ? alters * (alters - 1) : (alters * (alters - 1)) / 2;
  const undirected = directed ? buildView(graph, { ...o.view, directed: false }).graph : view;
  const burt = effectiveSize(undirected).get(ego);
  const directedView = directed ? view : buildView(graph, { ...o.view, directed: true }).graph;
  const brokerage = gouldFernandez(directedView, (node) => groupValue(graph.getNodeAttributes(node), o.group)).get(ego)!;
  return {
    ego,
    radius: o.radius,
    direction,
    view: built.view,
    nodes: members,
    distance: Object.fromEntries(distance),
    measures: {
      size: alters,
      ties,
      egoTies,
      densityWithEgo: density(members.length, ties + egoTies, directed),
      densityWithoutEgo: pairs === 0 ? null : ties / pairs,
      effectiveSize: finite(burt?.effectiveSize),
      efficiency: finite(burt?.efficiency),
      constraint: finite(burtConstraint(undirected).get(ego)),
      brokerage,
    },
  };
}

/**
 * The ego network as an ecosystem graph: its members with all their attributes, and every tie of
 * the source graph between two members that the view keeps (kind filter; self-loops included, as
 * they are part of the source), with its attributes — a file that round-trips like any other.
 *
 * @param graph - the ecosystem graph
 * @param network - an ego network of that graph
 * @param edgeKinds - the view's tie kinds, if filtered
 * @example
 * await saveGraph(egoSubgraph(eco, egoNetwork(eco, 'kyoto-university')), 'ego.json');
 */
export function egoSubgraph(graph: EcoGraph, network: EgoNetwork, edgeKinds?: readonly string[]): EcoGraph {
  const keep = new Set(network.nodes);
  const kinds = edgeKinds ? new Set(edgeKinds) : undefined;
  const out = graph.emptyCopy() as EcoGraph;
  out.mergeAttributes({ name: `ego network of ${graph.getNodeAttribute(network.ego, 'label') ?? network.ego} (radius ${network.radius}, ${network.direction})` });
  graph.forEachNode((node, attributes) => {
    if (!keep.has(node)) out.dropNode(node);
    else out.replaceNodeAttributes(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (!keep.has(source) || !keep.has(target)) return;
    if (kinds && (attributes.kind === undefined || !kinds.has(attributes.kind))) return;
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
    else out.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return out;
}
