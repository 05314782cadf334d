/**
 * The search box's query: nodes whose label or id contains the query (case- and width-insensitive),
 * best first. Each node's normalised label (NFKC, lower case) and lower-case id are kept between
 * queries, one entry a node, and redone only for a node whose label changed since (an edit), so a
 * query compares strings and does not normalise every name again.
 */
import type { EcoGraph, NodeAttributes } from '../../src/model/types.js';

interface Entry {
  /** The label the entry was made from. */
  label: string;
  normalised: string;
  id: string;
}

const entriesByGraph = new WeakMap<EcoGraph, Map<string, Entry>>();
/** Orders hits as `String.prototype.localeCompare` with the default locale does, faster. */
const collator = new Intl.Collator();

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Search: nodes whose label or id contains the query, best first: exact label or id, then labels
 * starting with the query, labels containing it, ids containing it; within a rank by label, then id.
 *
 * @param graph - the graph searched
 * @param query - the text typed
 * @param limit - most hits returned
 * @example searchNodes(graph, 'kyoto univ', 10)[0].node // → 'kyoto-university'
 */
export function searchNodes(graph: EcoGraph, query: string, limit: number): { node: string; attributes: NodeAttributes }[] {
  const q = normalise(query).trim();
  if (q === '') return [];
  let entries = entriesByGraph.get(graph);
  if (!entries) entriesByGraph.set(graph, (entries = new Map()));
  const known = entries;
  const hits: { node: string; attributes: NodeAttributes; rank: number }[] = [];
  graph.forEachNode((node, attributes) => {
    let e = known.get(node);
    if (e === undefined || e.label !== attributes.label) known.set(node, (e = { label: attributes.label, normalised: normalise(attributes.label), id: node.toLowerCase() }));
    const label = e.normalised;
    const rank = label === q || e.id === q ? 0 : label.startsWith(q) ? 1 : label.includes(q) ? 2 : e.id.includes(q) ? 3 : -1;
    if (rank >= 0) hits.push({ node, attributes, rank });
  });
  hits.sort((a, b) => a.rank - b.rank || collator.compare(a.attributes.label, b.attributes.label) || (a.node < b.node ? -1 : 1));
  return hits.slice(0, limit);
}
