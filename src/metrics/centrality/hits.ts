/**
 * HITS hubs and authorities, as NetworkX `hits(G)`: authorities are the leading right singular
 * vector of the adjacency matrix A (tie strengths on weighted views), hubs = A × authorities, each
 * normalised to sum 1. Meant for the directed view; on an undirected view hubs equal authorities.
 *
 * NetworkX gets the singular vector from ARPACK; ecograph uses power iteration on AᵀA to 1e-15 per
 * node. When the leading singular value is not unique (e.g. two identical components, or a
 * bipartite undirected view) the vectors are not determined — any mix is a solution and NetworkX's
 * answer is an accident of ARPACK — so ecograph runs the iteration from two different starts and
 * throws a {@link MetricError} if they disagree.
 */
import { indexGraph, type IndexedGraph } from '../indexed-graph.js';
import { MetricError } from '../metric-error.js';
import type { ViewGraph } from '../view.js';
import { ASSIGN_ATTRIBUTES, writeNodeValues, type HitsAssignOptions } from '../assign.js';

export interface HitsOptions {
  maxIterations: number;
  /** Convergence: the summed absolute change of the authority vector is below n × tolerance. */
  tolerance: number;
}

export const DEFAULTS: HitsOptions = { maxIterations: 100_000, tolerance: 1e-15 };

export interface HitsResult {
  hubs: Map<string, number>;
  authorities: Map<string, number>;
}

/** h = A a (hub of u: sum over its out-ties). */
function hubsFrom(g: IndexedGraph, a: Float64Array, h: Float64Array): void {
  const n = g.nodes.length;
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let e = g.outStart[u]!; e < g.outStart[u + 1]!; e++) s += g.outStrength[e]! * a[g.outTargets[e]!]!;
    h[u] = s;
  }
}

/** a = Aᵀ h (authority of v: sum over its in-ties). */
function authoritiesFrom(g: IndexedGraph, h: Float64Array, a: Float64Array): void {
  const n = g.nodes.length;
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) s += g.inStrength[e]! * h[g.inSources[e]!]!;
    a[v] = s;
  }
}

function normaliseSum(x: Float64Array): void {
  let s = 0;
  for (const v of x) s += v;
  if (s !== 0) for (let i = 0; i < x.length; i++) x[i]! /= s;
}

function leadingAuthorities(g: IndexedGraph, start: Float64Array, maxIterations: number, tolerance: number): Float64Array {
  const n = g.nodes.length;
  let a: Float64Array = start;
  const h = new Float64Array(n);
  let next: Float64Array = new Float64Array(n);
  let change = Infinity;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    hubsFrom(g, a, h);
    authoritiesFrom(g, h, next);
    normaliseSum(next);
    change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - a[i]!);
    [a, next] = [next, a];
    if (change < n * tolerance) return a;
  }
  throw new MetricError(
    'hits',
    `power iteration did not converge in ${maxIterations} iterations (last change ${change.toExponential(2)}): the leading singular value of the adjacency matrix is not well separated, so hubs and authorities are not determined`,
  );
}

/**
 * Hubs and authorities of every node of a view.
 *
 * @param graph - a view (normally directed; weighted views use tie strengths)
 * @param options - iteration limit and tolerance
 * @returns hubs and authorities by node id, each summing to 1
 * @throws MetricError on a view without edges or when the leading singular vector is not unique
 * @example
 * const { hubs, authorities } = hits(buildView(eco, { directed: true }).graph);
 * @see https://networkx.org/documentation/stable/reference/algorithms/generated/networkx.algorithms.link_analysis.hits_alg.hits.html
 */
export function hits(graph: ViewGraph, options: Partial<HitsOptions> = {}): HitsResult {
  const { maxIterations, tolerance } = { ...DEFAULTS, ...options };
  const g = indexGraph(graph);
  const n = g.nodes.length;
  if (n === 0) return { hubs: new Map(), authorities: new Map() };
  if (g.outStart[n] === 0) throw new MetricError('hits', 'the view has no edges, so hubs and authorities are not defined');
  const uniform = new Float64Array(n).fill(1 / n);
  const a = leadingAuthorities(g, uniform, maxIterations, tolerance);
  // a second, uneven start: a different answer means the leading singular vector is not unique
  const uneven = new Float64Array(n);
  for (let i = 0; i < n; i++) uneven[i] = 1 + ((i * 0.6180339887498949) % 1);
  normaliseSum(uneven);
  const b = leadingAuthorities(g, uneven, maxIterations, tolerance);
  for (let i = 0; i < n; i++)
    if (Math.abs(a[i]! - b[i]!) > 1e-9 * Math.max(Math.abs(a[i]!), Math.abs(b[i]!), 1 / n))
      throw new MetricError(
        'hits',
        'the leading singular value of the adjacency matrix is not unique (e.g. disconnected parts of equal strength, or a bipartite undirected view), so hubs and authorities are not determined',
      );
  const h = new Float64Array(n);
  hubsFrom(g, a, h);
  normaliseSum(h);
  const hubs = new Map<string, number>();
  const authorities = new Map<string, number>();
  g.nodes.forEach((node, i) => {
    hubs.set(node, h[i]!);
    authorities.set(node, a[i]!);
  });
  return { hubs, authorities };
}

/**
 * Hubs and authorities of every node of a view, written to two node attributes (graphology's
 * `assign` convention; see `src/metrics/assign.ts` for attribute names and `target`).
 *
 * @param graph - a view (normally directed; weighted views use tie strengths)
 * @param options - iteration limit and tolerance as {@link hits}; attribute names
 *   (`nodeHubAttribute`, default `hub`; `nodeAuthorityAttribute`, default `authority`) and target
 *   graph (default: the view)
 * @throws MetricError as {@link hits} (nothing is written then), when the two names are equal, or
 *   if a node of the view is not in the target graph
 * @example
 * hits.assign(buildView(eco, { directed: true }).graph, { target: eco });
 */
hits.assign = function assignHits(graph: ViewGraph, options: Partial<HitsOptions> & HitsAssignOptions = {}): void {
  const { hubs, authorities } = hits(graph, options);
  writeNodeValues(graph, options.target, [
    [options.nodeHubAttribute ?? ASSIGN_ATTRIBUTES.hub, hubs],
    [options.nodeAuthorityAttribute ?? ASSIGN_ATTRIBUTES.authority, authorities],
  ]);
};
