/**
 * The opener for texts already in memory (the web app's dropped files, a notebook's strings): the
 * same route choice as for files, by the texts' size and by what the caller needs.
 *
 * Browser-safe: no Node imports.
 */
import { parseGraph, type GraphTexts } from '../io/formats.js';
import { readCompactTexts } from '../io/stream/compact-read.js';
import { CompactViewBuilder, type CompactLoad } from '../metrics/compact-view.js';
import type { ViewOptions } from '../metrics/view-rules.js';
import type { BuildOptions, BuildResult } from '../model/build.js';
import { InvalidGraphError, hasErrors } from '../model/problems.js';
import { compactLoadOfGraph, viewOfGraph, viewOfLoad, type KeepOptions, type OpenedView } from './opened.js';
import { chooseRoute, type Loader } from './route.js';

/** Options of {@link openTexts}. */
export interface OpenTextsOptions {
  /** `auto` (default): by size and need; or a forced route. */
  loader?: Loader | undefined;
  /** The view to build. */
  view?: ViewOptions | undefined;
  /** Read node kinds from this attribute (foreign graphs). */
  kindFrom?: string | undefined;
  /** Node attributes kept beside the view on the compact route. */
  keep?: KeepOptions | undefined;
  /** Why the whole graph is needed, if it is (forces the standard route). */
  fullGraph?: string | undefined;
}

/** Characters of the texts, which stand for their size in bytes. */
function textLength(texts: GraphTexts): number {
  return texts.format === 'csv' ? (texts.nodes?.text.length ?? 0) + (texts.edges?.text.length ?? 0) : texts.file.text.length;
}

/**
 * Reads texts into the compact form of one view, as `loadCompactGraph` reads files: streamed
 * through the incremental readers for CSV and JSON, read whole for GEXF and GraphML.
 *
 * @param texts - the texts of a graph
 * @param options - view, kept node attributes, `kindFrom`
 * @throws InvalidGraphError with every problem when the graph has errors
 * @throws MetricError for a bad weight, as `buildView`
 * @example
 * const load = await loadCompactTexts({ format: 'json', file: { file: 'eco.json', text } }, { keep: { labels: true } });
 */
export async function loadCompactTexts(texts: GraphTexts, options: Omit<OpenTextsOptions, 'loader' | 'fullGraph'> = {}): Promise<CompactLoad> {
  const kindFrom = options.kindFrom !== undefined ? { kindFrom: options.kindFrom } : {};
  if (texts.format === 'gexf' || texts.format === 'graphml' || options.view?.asOf !== undefined) return compactLoadOfGraph(openGraphTextsOrThrow(texts, kindFrom), options);
  const builder = new CompactViewBuilder(options.view);
  const graph = await readCompactTexts(texts, { ...kindFrom, ...(options.keep ? { keep: options.keep } : {}), sink: builder });
  return builder.finish(graph);
}

function openGraphTextsOrThrow(texts: GraphTexts, options: BuildOptions) {
  const result = parseGraph(texts, options);
  if (hasErrors(result.problems)) throw new InvalidGraphError(result.problems);
  return result.graph;
}

/**
 * Opens texts and builds the view metrics run on, by the route {@link chooseRoute} picks from the
 * texts' size and what the caller needs.
 *
 * @param texts - the texts of a graph (CSV, JSON, GEXF or GraphML)
 * @param options - loader, view, kept node attributes, what needs the full graph
 * @returns the indexed view, its description, labels and kinds, and the graph or compact load
 * @throws InvalidGraphError with every problem when the graph has errors
 * @throws {@link RouteError} when the compact route is forced but the full graph is needed
 * @example
 * const { indexed, view, label } = await openTexts({ format: 'json', file: { file: 'eco.json', text } }, { view: { weighted: 'weight' } });
 */
export async function openTexts(texts: GraphTexts, options: OpenTextsOptions = {}): Promise<OpenedView> {
  const route = chooseRoute({ loader: options.loader, bytes: textLength(texts), format: texts.format, fullGraph: options.fullGraph, asOf: options.view?.asOf !== undefined });
  if (route === 'compact') return viewOfLoad(await loadCompactTexts(texts, options));
  return viewOfGraph(openGraphTextsOrThrow(texts, options.kindFrom !== undefined ? { kindFrom: options.kindFrom } : {}), options.view);
}

/**
 * Opens texts by the standard route for callers that need the whole graph with every problem and
 * where each element came from (the web explorer draws every node and lists the problems), even
 * when the graph has errors.
 *
 * @param texts - the texts of a graph
 * @param options - `kindFrom` and the other options of `buildGraph`
 * @example
 * const { graph, problems } = openGraphTexts({ format: 'csv', dir: 'eco', nodes, edges });
 */
export function openGraphTexts(texts: GraphTexts, options: BuildOptions = {}): BuildResult {
  return parseGraph(texts, options);
}
