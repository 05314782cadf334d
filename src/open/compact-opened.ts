/**
 * The view of a graph opened by the compact route, apart from `./opened.ts` (whose whole-graph half
 * loads graphology and the view builder) so that a command on the compact route loads neither.
 *
 * Browser-safe: no Node imports.
 */
import { kindOfCode } from '../model/compact-graph.js';
import type { CompactLoad } from '../metrics/compact-view.js';
import type { OpenedView } from './opened.js';

/**
 * The view of a compact load (compact route).
 *
 * @param load - a graph loaded by `loadCompactGraph`
 * @example
 * const { indexed, label } = viewOfLoad(await loadCompactGraph('big-csv/', { keep: { labels: true } }));
 */
export function viewOfLoad(load: CompactLoad): OpenedView {
  const indexed = load.graph;
  return {
    route: 'compact',
    indexed,
    view: load.view,
    load,
    attributes: load.attributes,
    label: (i) => load.labels?.[i] ?? indexed.nodes[i]!,
    kind: (i) => kindOfCode(load.nodeKinds[i]!),
  };
}
