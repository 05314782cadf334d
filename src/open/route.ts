/**
 * Which route a graph takes from its file to the measures, decided in one place for the CLI, the
 * library, the notebooks and the web app:
 *
 * - **standard**: the whole text is read and validated into a graphology {@link EcoGraph}; a view
 *   is built from it (`buildView`) and indexed (`indexGraph`). Everything can be computed.
 * - **compact**: a CSV directory or native JSON file is read in chunks, validated element by
 *   element, and only the view's ties are kept, in typed arrays (`loadCompactGraph`). No graph
 *   object is built, so large inputs fit in memory and load several times faster; but only what
 *   the view and the kept node attributes hold can be computed.
 *
 * The route picks the representation, never the algorithm or its defaults: every measure gets the
 * same view (same nodes in the same order, same ties, weights and description) on either route,
 * so the same command gives the same result. Choices that depend on the size of a graph (e.g.
 * Louvain's fast path) are made from the view, which both routes share, never from the route.
 *
 * Browser-safe: no Node imports.
 */
import type { FormatName } from '../model/raw.js';

/** How the caller asks for a route: `auto` lets {@link chooseRoute} decide. */
export type Loader = 'auto' | 'standard' | 'compact';

/** The two routes. */
export type Route = 'standard' | 'compact';

/** The loader choices, as the CLI's `--loader` lists them. */
export const LOADERS: readonly Loader[] = ['auto', 'standard', 'compact'];

/** Inputs (CSV directory: nodes.csv + edges.csv; or a .json file) of at least this many bytes take the compact route. */
export const COMPACT_MIN_BYTES = 1024 * 1024;

/** Formats the compact route streams; other formats are read whole. */
export const STREAMED_FORMATS: readonly FormatName[] = ['csv', 'json'];

export const DEFAULTS = { loader: 'auto' } as const satisfies { loader: Loader };

/** What the route depends on. */
export interface RouteRequest {
  /** `auto` (default), or a route forced by the caller. */
  loader?: Loader | undefined;
  /** Size of the input in bytes (for CSV: nodes.csv + edges.csv). */
  bytes: number;
  /** Format of the input; only CSV and JSON are streamed. */
  format: FormatName | undefined;
  /**
   * Why the whole graph is needed, when the caller needs more than a view and a few node
   * attributes (e.g. `'HITS needs the full graph'`); undefined when the compact form suffices.
   */
  fullGraph?: string | undefined;
  /**
   * Whether the view is taken as of a year (or dates are read from a named attribute): the graph
   * is read whole, so `auto` takes the standard route (a forced compact route builds its arrays
   * from the whole graph's snapshot).
   */
  asOf?: boolean | undefined;
}

/** Raised when the compact route is forced for work that needs the whole graph. */
export class RouteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RouteError';
  }
}

/**
 * Picks the route for an input: compact for CSV or JSON inputs of {@link COMPACT_MIN_BYTES} or
 * more when a view is all the caller needs, else standard; a view as of a year takes the standard
 * route. A forced `loader` wins (a forced compact route on GEXF or GraphML, or as of a year, reads
 * the file whole and hands over the same compact form).
 *
 * @param request - the input's size and format, the loader asked for, what needs the full graph
 * @returns the route to take
 * @throws {@link RouteError} when the compact route is forced but the full graph is needed
 * @example
 * chooseRoute({ bytes: 50_000_000, format: 'csv' }); // 'compact'
 * chooseRoute({ bytes: 50_000_000, format: 'csv', fullGraph: 'HITS needs the full graph' }); // 'standard'
 * chooseRoute({ bytes: 2_000, format: 'json', loader: 'compact' }); // 'compact'
 */
export function chooseRoute(request: RouteRequest): Route {
  const loader = request.loader ?? DEFAULTS.loader;
  if (loader === 'compact') {
    if (request.fullGraph !== undefined) throw new RouteError(`the compact route keeps only the view: ${request.fullGraph}`);
    return 'compact';
  }
  if (loader === 'standard' || request.fullGraph !== undefined || request.asOf === true) return 'standard';
  return request.format !== undefined && STREAMED_FORMATS.includes(request.format) && request.bytes >= COMPACT_MIN_BYTES ? 'compact' : 'standard';
}
