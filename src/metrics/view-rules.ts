/**
 * The rules of graph views that every way of building one shares: the options and their defaults,
 * the description every metric output states, how a tie's weight is read and refused, the
 * zero-distance refusal, and the view in words. {@link buildView} (graphology) and the compact
 * view builder (typed arrays, for streamed graphs) both take their defaults and messages from
 * here, so the two routes cannot drift apart.
 *
 * Browser-safe: no Node imports.
 */
import type { AsOf, AsOfDescription } from './evolution/snapshot.js';
import { MetricError } from './metric-error.js';

export type WeightAs = 'distance' | 'strength';

/** How to make a view (every field optional: the default is the simple undirected projection). */
export interface ViewOptions {
  directed?: boolean;
  /** Keep only ties of these kinds. */
  edgeKinds?: readonly string[];
  /** Keep only nodes of these kinds. */
  nodeKinds?: readonly string[];
  /** Attribute holding tie weights (usually `weight`); absent: an unweighted view. */
  weighted?: string;
  /** How path measures read a weight. */
  weightAs?: WeightAs;
  /**
   * Build the view of the ecosystem as it stood at the end of a year (the snapshot rules of
   * `evolution/snapshot.ts`: undated rule, event window); absent: the whole recorded graph.
   */
  asOf?: AsOf;
}

export const DEFAULTS = { directed: false, weightAs: 'distance' } as const satisfies ViewOptions;

/** The description of a view that every metric output states (JSON: top-level `view`). */
export interface ViewDescription {
  directed: boolean;
  /** Tie kinds kept, or null for all. */
  edgeKinds: string[] | null;
  /** Node kinds kept, or null for all. */
  nodeKinds: string[] | null;
  /** Weight attribute, or null when unweighted. */
  weight: string | null;
  /** How path measures read a weight; null when unweighted. */
  weightAs: WeightAs | null;
  nodes: number;
  /** Edges (undirected view) or arcs (directed view) of the simple view. */
  edges: number;
  /** Ties of the source graph that were merged into an edge already present. */
  mergedTies: number;
  selfLoopsDropped: number;
  /** Ties dropped because their (summed) strength was 0. */
  zeroStrengthDropped: number;
  /** The year, event window, undated rule and placement counts, when the view is as of a year. */
  asOf?: AsOfDescription;
}

/** The counts a view builder gathers, which with the options make a {@link ViewDescription}. */
export interface ViewCounts {
  nodes: number;
  edges: number;
  mergedTies: number;
  selfLoopsDropped: number;
  zeroStrengthDropped: number;
}

/**
 * The description of a view built with `options`, in the field order every output prints.
 *
 * @param options - the options the view was built with
 * @param counts - nodes, edges and dropped or merged ties
 * @example
 * describeViewOptions({ weighted: 'weight' }, { nodes: 3, edges: 2, mergedTies: 0, selfLoopsDropped: 0, zeroStrengthDropped: 0 }).weightAs; // 'distance'
 */
export function describeViewOptions(options: ViewOptions, counts: ViewCounts): ViewDescription {
  const weighted = options.weighted;
  return {
    directed: options.directed ?? DEFAULTS.directed,
    edgeKinds: options.edgeKinds ? [...options.edgeKinds] : null,
    nodeKinds: options.nodeKinds ? [...options.nodeKinds] : null,
    weight: weighted ?? null,
    weightAs: weighted !== undefined ? (options.weightAs ?? DEFAULTS.weightAs) : null,
    nodes: counts.nodes,
    edges: counts.edges,
    mergedTies: counts.mergedTies,
    selfLoopsDropped: counts.selfLoopsDropped,
    zeroStrengthDropped: counts.zeroStrengthDropped,
  };
}

/**
 * The weight of one tie from its attribute value: 1 when the value is missing.
 *
 * @param value - the value of the weight attribute on the tie
 * @param attribute - the weight attribute's name
 * @param edge - how to name the tie in an error (e.g. `edge "e7"`, or `edge at eco/edges.csv:12`)
 * @returns the weight, a finite number ≥ 0
 * @throws MetricError for a value that is not a finite number, or is negative
 * @example
 * tieWeight(2.5, 'weight', () => 'edge "e1"'); // 2.5
 * tieWeight(undefined, 'weight', () => 'edge "e1"'); // 1
 */
export function tieWeight(value: unknown, attribute: string, edge: () => string): number {
  if (value === undefined || value === null) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new MetricError('view', `${edge()}: weight attribute "${attribute}" must be a finite number, got ${JSON.stringify(value)}`);
  if (value < 0) throw new MetricError('view', `${edge()}: weight attribute "${attribute}" is negative (${value}); weights must be 0 or more`);
  return value;
}

/**
 * The refusal of a merged tie of weight 0 read as a distance.
 *
 * @param source - id of one end
 * @param target - id of the other end
 * @example
 * throw zeroDistanceError('a', 'b');
 */
export function zeroDistanceError(source: string, target: string): MetricError {
  return new MetricError(
    'view',
    `the tie between "${source}" and "${target}" has weight 0, which as a distance makes shortest paths ambiguous; give positive weights or use --weight-as strength (a strength of 0 drops the tie)`,
  );
}

/**
 * Why a view has fewer (or more) edges than its graph has ties, in words: parallel ties merged,
 * self-loops and zero-strength ties dropped, ties left out by the kind filters or the year, and on
 * a directed view that a two-way tie gives two arcs. Empty when every tie became one edge.
 *
 * @param view - a view's description
 * @param sourceTies - the ties of the graph the view was made from, when known
 * @example
 * tieAccount(view, 55); // '4 parallel ties merged'
 */
export function tieAccount(view: ViewDescription, sourceTies?: number): string {
  const reasons: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  // arcs against ties: only worth saying beside the count of ties
  if (view.directed && sourceTies !== undefined) reasons.push('a two-way tie gives two arcs');
  if (view.mergedTies > 0) reasons.push(`${plural(view.mergedTies, view.directed ? 'parallel arc' : 'parallel tie', view.directed ? 'parallel arcs' : 'parallel ties')} merged`);
  if (view.selfLoopsDropped > 0) reasons.push(`${plural(view.selfLoopsDropped, 'self-loop', 'self-loops')} dropped`);
  if (view.zeroStrengthDropped > 0) reasons.push(`${plural(view.zeroStrengthDropped, 'tie', 'ties')} of strength 0 dropped`);
  if (sourceTies !== undefined && !view.directed) {
    const left = sourceTies - (view.edges + view.mergedTies + view.selfLoopsDropped + view.zeroStrengthDropped);
    if (left > 0) {
      const by = [...(view.edgeKinds || view.nodeKinds ? ['by the kind filters'] : []), ...(view.asOf ? [`as of the end of ${view.asOf.year}`] : [])];
      reasons.push(`${plural(left, 'tie', 'ties')} left out${by.length > 0 ? ` ${by.join(' and ')}` : ''}`);
    }
  }
  return reasons.join(', ');
}

/**
 * The view in words, for table titles: its direction, size, why its edge count differs from the
 * graph's tie count (when it does), filters, weights and year.
 *
 * @param view - a view's description
 * @param sourceTies - the ties of the graph the view was made from, when known
 * @example
 * describeView(view, 55); // 'undirected view, 36 nodes, 51 edges [from 55 ties: 4 parallel ties merged]'
 */
export function describeView(view: ViewDescription, sourceTies?: number): string {
  const account = tieAccount(view, sourceTies);
  const from = sourceTies !== undefined ? `from ${sourceTies} ${sourceTies === 1 ? 'tie' : 'ties'}` : '';
  const why = account !== '' ? ` [${from ? `${from}: ` : ''}${account}]` : from && sourceTies !== view.edges ? ` [${from}]` : '';
  const parts = [view.directed ? 'directed view' : 'undirected view', `${view.nodes} nodes`, `${view.edges} ${view.directed ? 'arcs' : 'edges'}${why}`];
  if (view.edgeKinds) parts.push(`ties: ${view.edgeKinds.join(', ')}`);
  if (view.nodeKinds) parts.push(`nodes: ${view.nodeKinds.join(', ')}`);
  if (view.weight) parts.push(`weighted by ${view.weight} as ${view.weightAs}`);
  if (view.asOf) {
    const { year, window, undated } = view.asOf;
    parts.push(`as of the end of ${year}`, `undated rule ${undated}`, window === null ? 'events count from their year on' : `events count for ${window} year${window === 1 ? '' : 's'}`);
  }
  return parts.join(', ');
}
