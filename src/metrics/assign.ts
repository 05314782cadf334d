/**
 * The `assign` variants of the node measures, after graphology's convention: next to the pure
 * function, `measure.assign(view, options)` computes the same values and writes them to node
 * attributes instead of returning them (the values written equal the pure function's). By default
 * the attributes go on the view itself, as graphology writes on the graph it read; give
 * `target` (usually the ecosystem graph the view was built from) to write them there instead, e.g.
 * before exporting to Gephi. Nodes of the target that are not in the view (filtered out by
 * `nodeKinds`) are left as they are.
 *
 * Attribute names, each overridable by the option beside it:
 *
 * | measure | attribute | option |
 * |---|---|---|
 * | `degreeCentrality` | `degree` (a count, not graphology's degree / (n − 1)) | `nodeCentralityAttribute` |
 * | `betweennessCentrality` | `betweennessCentrality` | `nodeCentralityAttribute` |
 * | `closenessCentrality` | `closenessCentrality` | `nodeCentralityAttribute` |
 * | `harmonicCentrality` | `harmonicCentrality` | `nodeCentralityAttribute` |
 * | `eigenvectorCentrality` | `eigenvectorCentrality` | `nodeCentralityAttribute` |
 * | `pagerank` | `pagerank` | `nodePagerankAttribute` |
 * | `hits` | `hub`, `authority` | `nodeHubAttribute`, `nodeAuthorityAttribute` |
 * | `louvain` | `community` | `nodeCommunityAttribute` |
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { MetricError } from './metric-error.js';
import type { ViewGraph } from './view.js';

/** The default attribute names of the `assign` variants (see the table above). */
export const ASSIGN_ATTRIBUTES = {
  degree: 'degree',
  betweenness: 'betweennessCentrality',
  closeness: 'closenessCentrality',
  harmonic: 'harmonicCentrality',
  eigenvector: 'eigenvectorCentrality',
  pagerank: 'pagerank',
  hub: 'hub',
  authority: 'authority',
  community: 'community',
} as const;

/** A graph that can receive node attributes: the view itself or the ecosystem graph it came from. */
export type AssignTarget = AbstractGraph<Attributes, Attributes, Attributes>;

/** Options every `assign` variant takes. */
export interface AssignOptions {
  /**
   * The graph whose nodes receive the attributes; it must hold every node of the view. Default:
   * the view.
   */
  target?: AssignTarget;
}

/** Options of the `assign` variant of a single-valued centrality measure. */
export interface CentralityAssignOptions extends AssignOptions {
  /** Attribute to write (defaults in {@link ASSIGN_ATTRIBUTES}). */
  nodeCentralityAttribute?: string;
}

/** Options of `pagerank.assign`. */
export interface PagerankAssignOptions extends AssignOptions {
  /** Attribute to write; default `pagerank`. */
  nodePagerankAttribute?: string;
}

/** Options of `hits.assign`. */
export interface HitsAssignOptions extends AssignOptions {
  /** Attribute for hub scores; default `hub`. */
  nodeHubAttribute?: string;
  /** Attribute for authority scores; default `authority`. */
  nodeAuthorityAttribute?: string;
}

/** Options of `louvain.assign`. */
export interface LouvainAssignOptions extends AssignOptions {
  /** Attribute for the community number; default `community`. */
  nodeCommunityAttribute?: string;
}

/**
 * Writes per-node values to node attributes of `target` (default: the view). Checks first that
 * every attribute name is a non-empty string, that names differ and that every node of the view
 * is in the target, so that nothing is written when something is wrong.
 *
 * @param view - the view the values were computed on
 * @param target - the graph to write on, or undefined for the view
 * @param columns - pairs of attribute name and values by node
 * @throws MetricError naming the attribute or the node
 * @example
 * writeNodeValues(view, eco, [['betweennessCentrality', betweennessCentrality(view)]]);
 */
export function writeNodeValues(
  view: ViewGraph,
  target: AssignTarget | undefined,
  columns: ReadonlyArray<readonly [string, ReadonlyMap<string, number>]>,
): void {
  const graph = target ?? (view as unknown as AssignTarget);
  const names = columns.map(([name]) => name);
  for (const name of names)
    if (typeof name !== 'string' || name.length === 0)
      throw new MetricError('assign', `an attribute name must be a non-empty string, got ${JSON.stringify(name)}`);
  if (new Set(names).size !== names.length) throw new MetricError('assign', `attribute names must differ, got ${names.join(', ')}`);
  view.forEachNode((node) => {
    if (!graph.hasNode(node)) throw new MetricError('assign', `node "${node}" of the view is not in the target graph`);
  });
  view.forEachNode((node) => {
    const attributes: Record<string, number> = {};
    for (const [name, values] of columns) {
      const value = values.get(node);
      if (value !== undefined) attributes[name] = value;
    }
    graph.mergeNodeAttributes(node, attributes);
  });
}
