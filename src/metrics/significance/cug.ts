/**
 * The conditional uniform graph test: a whole-graph statistic of the observed graph against its
 * distribution over random graphs that share one property with it — the number of nodes, the
 * number of ties, or the degree sequence. Equal in definition to R `sna::cug.test` for `size` and
 * `edges`; the p-values are reported as sna does (share of draws ≥ / ≤ the observed value) and as
 * (b + 1)/(R + 1).
 */
import { MetricError } from '../metric-error.js';
import { drawSummary, runDraws, type DrawOptions, type PValues, pValues } from './draws.js';
import { graphStatistic, GRAPH_STATISTICS, type GraphStatistic } from './graph-statistics.js';
import { drawNullGraph, type DegreeNullOptions, type NullModel } from './random-graphs.js';
import { canonicalTies, type SimpleGraph } from './simple-graph.js';

export interface CugOptions extends DrawOptions {
  /** Statistic id from GRAPH_STATISTICS. */
  statistic: string;
  null: NullModel;
  /** Settings of the degree null. */
  degree?: Partial<DegreeNullOptions>;
  /** The group of each node, for the statistics that need one (attributeAssortativity, eiIndex). */
  groups?: ReadonlyArray<string | undefined>;
}

export interface CugResult {
  statistic: string;
  null: NullModel;
  draws: number;
  seed: number;
  observed: number;
  /** Draws on which the statistic is undefined (e.g. no ties between grouped nodes): left out of the distribution and the p-values. */
  undefinedDraws: number;
  /** Mean, standard deviation, minimum and maximum of the statistic over the draws. */
  distribution: { mean: number; sd: number; min: number; max: number };
  p: PValues;
  /** The statistic of each draw, by draw index. */
  values: Float64Array;
}

/**
 * Runs a conditional uniform graph test.
 *
 * @param graph - the observed graph
 * @param options - statistic, null model, draws, seed
 * @returns the observed value, the draws' distribution and the p-values
 * @throws MetricError for an unknown statistic, or one defined on undirected graphs only asked on a directed graph
 * @example
 * const r = cugTest(simpleGraphOfView(view.graph).graph, { statistic: 'transitivity', null: 'edges', draws: 1000, seed: 1 });
 * r.p.greater.corrected;
 * @see https://cran.r-project.org/package=sna (cug.test)
 */
export function cugTest(graph: SimpleGraph, options: CugOptions): CugResult {
  const { statistic, observed, graph: canonical } = prepareCug(graph, options);
  const context = options.groups ? { groups: options.groups } : {};
  const values = runDraws(options, (rng) => statistic.compute(drawNullGraph(options.null, canonical, rng, options.degree), context));
  return cugResult(options, observed, values);
}

/**
 * Checks a CUG request and computes the observed value; the draws start from the graph returned
 * (ties in canonical order, so that every thread draws the same graphs).
 *
 * @throws MetricError for an unknown statistic, a statistic the graph's mode does not have, one
 *   that needs groups without them, or one undefined on the observed graph
 */
export function prepareCug(graph: SimpleGraph, options: Pick<CugOptions, 'statistic' | 'groups'>): { statistic: GraphStatistic; observed: number; graph: SimpleGraph } {
  const statistic = graphStatistic(options.statistic);
  if (!statistic) throw new MetricError('cug', `unknown statistic "${options.statistic}" (known: ${GRAPH_STATISTICS.map((s) => s.id).join(', ')})`);
  if (graph.directed && !statistic.directed) throw new MetricError('cug', `${statistic.id} is defined on undirected views only: drop --directed`);
  if (!graph.directed && statistic.directedOnly) throw new MetricError('cug', `${statistic.id} is defined on directed views only: add --directed`);
  if (statistic.needsGroups && (!options.groups || options.groups.length !== graph.n)) throw new MetricError('cug', `${statistic.id} needs the group of each node: --by ATTR`);
  const observed = statistic.compute(graph, options.groups ? { groups: options.groups } : {});
  if (Number.isNaN(observed)) throw new MetricError('cug', `${statistic.id} is undefined on the observed graph (see describe's notes)`);
  return { statistic, observed, graph: canonicalTies(graph) };
}

/**
 * The result of a CUG test from its observed value and draws; draws where the statistic is
 * undefined (NaN) are counted and left out of the distribution and the p-values.
 *
 * @throws MetricError when the statistic is undefined on every draw
 */
export function cugResult(options: CugOptions, observed: number, values: Float64Array): CugResult {
  const defined = values.filter((x) => !Number.isNaN(x));
  if (defined.length === 0) throw new MetricError('cug', `${options.statistic} is undefined on every one of the ${values.length} random graphs`);
  return {
    statistic: options.statistic,
    null: options.null,
    draws: options.draws,
    seed: options.seed,
    observed,
    undefinedDraws: values.length - defined.length,
    distribution: drawSummary(defined),
    p: pValues(observed, defined),
    values,
  };
}
