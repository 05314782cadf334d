/**
 * The names and cut-offs of the all-sources path measures, apart from their implementations: the
 * CLI reads them (measure choice, help text) without loading the search code or the worker pool.
 */

/** Measures fast-centrality.ts computes (one search per source). */
export const PATH_MEASURES = ['betweenness', 'closeness', 'harmonic'] as const;

/**
 * Below this many arc visits of the whole computation (nodes × arcs for one search per source),
 * starting threads costs more than it saves: measured on a 2-core machine, starting two workers
 * (the worker module bundled once) takes about 0.3 s, the time one thread needs for exact
 * betweenness on a Barabási–Albert graph with nodes × arcs ≈ 3·10⁷ (1 500–3 000 nodes); one and
 * two threads took the same time there.
 */
export const PARALLEL_MIN_WORK = 3e7;

/**
 * The same cut-off for closeness and harmonic centrality, whose multi-source search does about a
 * fifth of betweenness's work per source (10k-node BA graph: 1.2 s against 10 s on one thread).
 */
export const PARALLEL_MIN_WORK_DISTANCES = 1.5e8;
