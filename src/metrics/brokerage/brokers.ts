/**
 * The researchers' question "which start-ups broker between universities and large firms?": nodes
 * of one kind (`via`, e.g. firm) ranked by how they connect a `between` kind (e.g. university) to
 * an `and` kind (e.g. anchor).
 *
 * For each candidate: `betweenness` = NetworkX `betweenness_centrality_subset(G, sources, targets,
 * normalized=False)` on the undirected view (sources: the `between` nodes, targets: the `and`
 * nodes); its neighbours of each side; `brokeredPairs` = pairs (one from each side) both tied to
 * the candidate and not to each other; and its Gould–Fernandez roles on the directed view.
 *
 * Ranking: candidates tied to both sides first (they broker directly, as in NISTEP's Figure 4 of
 * start-ups between universities and large firms), then by subset betweenness, brokered pairs, and
 * id. Candidates tied to neither side and on no such path are left out.
 */
import type { ViewGraph } from '../view.js';
import { subsetBetweenness } from '../centrality/betweenness-subset.js';
import { gouldFernandez, type BrokerageScores } from './gould-fernandez.js';

export interface BrokersOptions {
  /** Kind of the first side, e.g. `university`. */
  between: string;
  /** Kind of the second side, e.g. `anchor`. */
  and: string;
  /** Kind of the candidate brokers, e.g. `firm`. */
  via: string;
  /** Keep candidates with no tie to either side and zero betweenness too. */
  includeUninvolved: boolean;
}

export const DEFAULTS = { via: 'firm', includeUninvolved: false } as const;

export interface BrokerRow {
  id: string;
  betweenness: number;
  /** Neighbours of kind `between`, sorted. */
  between: string[];
  /** Neighbours of kind `and`, sorted. */
  and: string[];
  brokeredPairs: number;
  tiedToBoth: boolean;
  /** Gould–Fernandez roles on the directed view, groups = the grouping given (normally kind). */
  roles: BrokerageScores;
}

/**
 * Ranks the nodes of kind `via` as brokers between two kinds.
 *
 * @param undirected - the undirected view (paths and neighbours)
 * @param directed - the directed view with the same filters (Gould–Fernandez roles)
 * @param kindOf - the kind of a node
 * @param groupOf - the group of a node for Gould–Fernandez roles (normally its kind)
 * @param options - the two sides and the candidates' kind
 * @returns candidates, best broker first
 * @example
 * brokers(undirectedView, directedView, kindOf, kindOf, { between: 'university', and: 'anchor', via: 'firm' });
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.centrality.betweenness_centrality_subset.html
 */
export function brokers(
  undirected: ViewGraph,
  directed: ViewGraph,
  kindOf: (node: string) => string | undefined,
  groupOf: (node: string) => string | undefined,
  options: Pick<BrokersOptions, 'between' | 'and'> & Partial<BrokersOptions>,
): BrokerRow[] {
  const { between, and, via, includeUninvolved } = { ...DEFAULTS, ...options };
  const nodes = undirected.nodes();
  const sources = nodes.filter((n) => kindOf(n) === between);
  const targets = nodes.filter((n) => kindOf(n) === and);
  const betweenness = subsetBetweenness(undirected, sources, targets);
  const roles = gouldFernandez(directed, groupOf);
  const rows: BrokerRow[] = [];
  for (const node of nodes) {
    if (kindOf(node) !== via) continue;
    const neighbours = undirected.neighbors(node);
    const left = neighbours.filter((n) => kindOf(n) === between).sort();
    const right = neighbours.filter((n) => kindOf(n) === and).sort();
    let pairs = 0;
    for (const x of left) for (const y of right) if (x !== y && !undirected.areNeighbors(x, y)) pairs++;
    const b = betweenness.get(node) ?? 0;
    if (!includeUninvolved && b === 0 && left.length === 0 && right.length === 0) continue;
    rows.push({
      id: node,
      betweenness: b,
      between: left,
      and: right,
      brokeredPairs: pairs,
      tiedToBoth: left.length > 0 && right.length > 0,
      roles: roles.get(node)!,
    });
  }
  rows.sort(
    (p, q) =>
      Number(q.tiedToBoth) - Number(p.tiedToBoth) ||
      q.betweenness - p.betweenness ||
      q.brokeredPairs - p.brokeredPairs ||
      (p.id < q.id ? -1 : p.id > q.id ? 1 : 0),
  );
  return rows;
}
