/**
 * The two groups a permutation test compares, defined outside the measure: the first group is the
 * nodes that match `ATTR=VALUE[|VALUE…]` (a node attribute; a list attribute matches when it holds
 * a value), or the derived `spinoff-parent=KIND` (a spin-off tie comes in from a node of that kind);
 * the second group is every other compared node. Compared nodes are those of the given node kinds
 * (default: the kinds found in the first group), so that e.g. university spin-offs are compared
 * with the other firms only.
 */
import { NODE_KINDS } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';
import { MetricError } from '../metric-error.js';

/** The derived attribute: kinds of the organisations a node was spun off from. */
export const SPINOFF_PARENT = 'spinoff-parent';

export interface GroupDefinition {
  attribute: string;
  values: string[];
}

/**
 * Reads `ATTR=VALUE[|VALUE…]`.
 *
 * @throws MetricError on a malformed definition
 * @example
 * parseGroup('spinoff-parent=university'); // { attribute: 'spinoff-parent', values: ['university'] }
 */
export function parseGroup(text: string): GroupDefinition {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw new MetricError('permute', `a group is ATTR=VALUE (e.g. ${SPINOFF_PARENT}=university or region=Kyoto), got "${text}"`);
  const values = text
    .slice(eq + 1)
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return { attribute: text.slice(0, eq).trim(), values };
}

/** The values of a node for a group attribute, as strings. */
function nodeValues(graph: EcoGraph, node: string, attribute: string): string[] {
  if (attribute === SPINOFF_PARENT) {
    const kinds: string[] = [];
    graph.forEachInEdge(node, (_e, a, source) => {
      if (a.kind === 'spinoff') {
        const kind = graph.getNodeAttribute(source, 'kind');
        if (kind !== undefined) kinds.push(kind);
      }
    });
    return kinds;
  }
  const value = graph.getNodeAttribute(node, attribute) as unknown;
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

export interface NodeGroups {
  /** 1: first group, 0: second group, −1: not compared; by position in `nodes`. */
  labels: Int8Array;
  /** Node kinds compared. */
  comparedKinds: string[];
}

/**
 * Labels nodes for a permutation test.
 *
 * @param graph - the ecosystem graph
 * @param nodes - the nodes in the order of the measure's values
 * @param group - the first group's definition
 * @param comparedKinds - node kinds compared (default: those found in the first group)
 * @returns a label per node and the kinds compared
 * @throws MetricError when no node matches, or the attribute is found on no node
 * @example
 * nodeGroups(graph, nodes, parseGroup('spinoff-parent=university'));
 */
export function nodeGroups(graph: EcoGraph, nodes: readonly string[], group: GroupDefinition, comparedKinds?: readonly string[]): NodeGroups {
  if (group.attribute !== SPINOFF_PARENT && !graph.someNode((_n, a) => a[group.attribute] !== undefined))
    throw new MetricError('permute', `no node has the attribute "${group.attribute}"`);
  const wanted = new Set(group.values);
  const inFirst = nodes.map((node) => nodeValues(graph, node, group.attribute).some((v) => wanted.has(v)));
  const kindOf = (node: string) => graph.getNodeAttribute(node, 'kind') ?? '';
  const kinds = comparedKinds ? [...comparedKinds] : [...new Set(nodes.filter((_n, i) => inFirst[i]).map(kindOf))].sort((a, b) => NODE_KINDS.indexOf(a as never) - NODE_KINDS.indexOf(b as never));
  if (!inFirst.some(Boolean)) throw new MetricError('permute', `no node matches ${group.attribute}=${group.values.join('|')}`);
  const compared = new Set(kinds);
  const labels = Int8Array.from(nodes, (node, i) => (compared.has(kindOf(node)) ? (inFirst[i] ? 1 : 0) : -1));
  return { labels, comparedKinds: kinds };
}
