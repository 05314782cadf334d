/**
 * The opener for graph files and CSV directories: picks the route once, from the input's size and
 * format and from what the caller needs ({@link chooseRoute}), and returns the graph or its compact
 * form with the view metrics run on. The CLI's metric commands, the library and the notebooks all
 * open graphs here.
 *
 * Node-only (file sizes, file handles): the web app uses `./browser.ts`.
 */
import { stat } from 'node:fs/promises';
import { graphInputBytes } from '../io/csv-files.js';
import type { ReadOptions } from '../io/files.js';
import type { KindMap } from '../io/kind-map.js';
import type { LoadProgress } from '../io/stream/compact-load.js';
import type { TextEncodingName } from '../io/text.js';
import { formatFromPath } from '../io/format-names.js';
import type { CompactLoad } from '../metrics/compact-view.js';
import type { ViewOptions } from '../metrics/view-rules.js';
import type { BuildOptions } from '../model/build.js';
import type { FormatName } from '../model/raw.js';
import type { KeepOptions, OpenedGraph, OpenedView } from './opened.js';
import { chooseRoute, type Loader, type Route } from './route.js';

// Each route's modules are imported when a graph takes that route: the streaming reader and the
// compact view builder on the compact route; the whole-graph reader and the graphology view on the
// standard route.

/**
 * The standard route's loader, imported when a graph takes that route: the whole-graph readers (the
 * XML parser of GEXF and GraphML, graphology) are not loaded by a command on the compact route.
 */
async function loadWhole(path: string, options: ReadOptions) {
  const { loadGraph } = await import('../io/files.js');
  return loadGraph(path, options);
}

export type { LoadProgress } from '../io/stream/compact-load.js';

/** Options of {@link loadCompactGraph}. */
export interface CompactLoadOptions {
  /** The view to build (the default: the simple undirected projection). */
  view?: ViewOptions | undefined;
  /** Read node kinds from this attribute (foreign graphs). */
  kindFrom?: string | undefined;
  /** Read node labels from this attribute where it has a value (foreign graphs). */
  labelFrom?: string | undefined;
  /** Read text files in this encoding instead of detecting it. */
  encoding?: TextEncodingName | undefined;
  /** Maps Kumu types that name no kind (workbooks in Kumu's layout). */
  kindMap?: KindMap | undefined;
  /** Read dates from this attribute (foreign graphs); the graph is then read whole. */
  yearFrom?: string | undefined;
  /** Node attributes to keep beside the view (labels; lineage: founded, listed, spin-off ties). */
  keep?: KeepOptions | undefined;
  /** Warnings kept (the rest counted); default 1000. */
  maxWarnings?: number;
  /** Called after every chunk read. */
  onProgress?: ((progress: LoadProgress) => void) | undefined;
  /** Stops the load (the promise rejects with the signal's reason). */
  signal?: AbortSignal | undefined;
  /** Bytes per read (default 1 MiB). */
  chunkBytes?: number;
}

/** Options of {@link openGraph} and {@link openView}. */
export interface OpenOptions extends CompactLoadOptions {
  /** `auto` (default): by size and need; or a forced route. */
  loader?: Loader | undefined;
  /** Why the whole graph is needed, if it is (e.g. `'HITS needs the full graph'`): forces the standard route. */
  fullGraph?: string | undefined;
}

/**
 * Bytes of a graph argument: a file's size, or nodes.csv + edges.csv of a CSV directory (0 when
 * unknown).
 *
 * @param path - a graph file or CSV directory
 * @example
 * (await inputBytes('big-csv/')) >= COMPACT_MIN_BYTES;
 */
export const inputBytes = graphInputBytes;

/** The options that say how a file is read (its encoding, a Kumu kind map) and built (`kindFrom`, `yearFrom`). */
function readOptions(options: CompactLoadOptions): ReadOptions {
  const out: ReadOptions = {};
  if (options.kindFrom !== undefined) out.kindFrom = options.kindFrom;
  if (options.yearFrom !== undefined) out.yearFrom = options.yearFrom;
  if (options.labelFrom !== undefined) out.labelFrom = options.labelFrom;
  if (options.encoding !== undefined) out.encoding = options.encoding;
  if (options.kindMap !== undefined) out.kindMap = options.kindMap;
  return out;
}

/** The format of a graph argument (undefined when missing or unknown). */
async function formatOf(path: string): Promise<FormatName | undefined> {
  try {
    return formatFromPath(path, (await stat(path)).isDirectory());
  } catch {
    return undefined;
  }
}

/**
 * The route a graph argument takes.
 *
 * @param path - a graph file or CSV directory
 * @param options - the loader asked for and what needs the full graph
 * @throws {@link RouteError} when the compact route is forced but the full graph is needed
 * @example
 * await routeFor('big-csv/', { fullGraph: 'HITS needs the full graph' }); // 'standard'
 */
export async function routeFor(path: string, options: Pick<OpenOptions, 'loader' | 'fullGraph'> & { asOf?: boolean | undefined } = {}): Promise<Route> {
  const loader = options.loader ?? 'auto';
  // a forced route needs no look at the file
  const [bytes, format] = await Promise.all([loader === 'auto' && options.fullGraph === undefined && !options.asOf ? inputBytes(path) : 0, formatOf(path)]);
  return chooseRoute({ loader, bytes, format, fullGraph: options.fullGraph, asOf: options.asOf });
}

/**
 * Loads a graph file or CSV directory straight into the indexed (CSR) form of a view: the compact
 * route, whatever the input's size.
 *
 * The result equals `indexGraph(buildView(await loadGraph(path), view).graph)` and that view's
 * description (node order, arcs, strengths, distances, merged ties, dropped self-loops and
 * zero-strength ties); an invalid graph is refused with every error, as `loadGraph` refuses it.
 * CSV directories and native JSON are streamed; GEXF and GraphML are read whole.
 *
 * @param path - a `.json` file or a CSV directory (`.gexf` / `.graphml` also accepted)
 * @param options - view, kept node attributes, progress callback, abort signal
 * @returns the indexed view, its description and the kind of every view node
 * @throws InvalidGraphError with every problem when the graph has errors
 * @throws MetricError for a bad weight, as `buildView`
 * @example
 * const { graph, view } = await loadCompactGraph('big-csv/', { view: { weighted: 'weight' } });
 * pagerank(graph);
 * @see indexGraph, buildView, loadGraph: the standard route this one equals
 */
export async function loadCompactGraph(path: string, options: CompactLoadOptions = {}): Promise<CompactLoad> {
  const format = await formatOf(path);
  // GEXF, GraphML and workbooks are not streamed; a view as of a year, or dates read from an
  // attribute, are cut from the whole graph
  if (format === 'gexf' || format === 'graphml' || format === 'xlsx' || options.view?.asOf !== undefined || options.yearFrom !== undefined) {
    const whole = await loadWhole(path, readOptions(options));
    const { compactLoadOfGraph } = await import('./opened.js');
    return compactLoadOfGraph(whole, options);
  }
  const { view, kindMap: _kindMap, yearFrom: _yearFrom, ...read } = options;
  const [{ readCompactGraph }, { CompactViewBuilder }] = await Promise.all([import('../io/stream/compact-load.js'), import('../metrics/compact-view.js')]);
  const builder = new CompactViewBuilder(view);
  const graph = await readCompactGraph(path, { ...read, sink: builder });
  return builder.finish(graph);
}

/**
 * Opens a graph argument by the route {@link chooseRoute} picks: the whole graph (standard) or the
 * compact form of the view (compact).
 *
 * @param path - a graph file or CSV directory
 * @param options - loader, what needs the full graph, view and kept attributes (compact route), progress, abort signal
 * @throws InvalidGraphError with every problem when the graph has errors
 * @throws {@link RouteError} when the compact route is forced but the full graph is needed
 * @example
 * const opened = await openGraph('firms-csv/', { keep: { labels: true, lineage: true } });
 * if (opened.route === 'compact') opened.load.spinoffs; else opened.graph.order;
 */
export async function openGraph(path: string, options: OpenOptions = {}): Promise<OpenedGraph> {
  const { loader, fullGraph, ...load } = options;
  const whole = options.view?.asOf !== undefined || options.yearFrom !== undefined;
  if ((await routeFor(path, { loader, fullGraph, asOf: whole })) === 'compact') return { route: 'compact', load: await loadCompactGraph(path, load) };
  return { route: 'standard', graph: await loadWhole(path, readOptions(options)) };
}

/**
 * Opens a graph argument and builds the view metrics run on, by either route: the same view,
 * labels and kinds either way.
 *
 * @param path - a graph file or CSV directory
 * @param options - loader, view, kept attributes, what needs the full graph, progress, abort signal
 * @throws InvalidGraphError with every problem when the graph has errors
 * @throws MetricError for a bad weight, as `buildView`
 * @throws {@link RouteError} when the compact route is forced but the full graph is needed
 * @example
 * const { indexed, view, label } = await openView('eco.json', { view: { weighted: 'weight' } });
 * pagerank(indexed);
 */
export async function openView(path: string, options: OpenOptions = {}): Promise<OpenedView> {
  const opened = await openGraph(path, options);
  if (opened.route === 'compact') {
    const { viewOfLoad } = await import('./compact-opened.js');
    return viewOfLoad(opened.load);
  }
  const { viewOfGraph } = await import('./opened.js');
  return viewOfGraph(opened.graph, options.view);
}
