/**
 * The groups of Gould–Fernandez brokerage and of the brokers' roles: a node's kind, or the value of
 * another node attribute.
 *
 * Browser-safe: no Node imports.
 */
import type { EcoGraph } from '../../model/types.js';

/**
 * The group of each node: the value of `attribute` as text ("undefined" when missing, as R's
 * `as.character(NA)` groups; lists joined with `|`).
 *
 * @param graph - the ecosystem graph
 * @param attribute - the node attribute that defines the groups (usually `kind`)
 * @returns a function from node id to group name
 * @example
 * const groupOf = groupFunction(graph, 'sector');
 * gouldFernandez(directedView, groupOf);
 */
export function groupFunction(graph: EcoGraph, attribute: string): (node: string) => string {
  return (node) => {
    const v: unknown = graph.getNodeAttribute(node, attribute);
    return v === undefined || v === null ? 'undefined' : Array.isArray(v) ? v.join('|') : String(v);
  };
}
