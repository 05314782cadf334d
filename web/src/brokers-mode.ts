/**
 * Brokers mode: the universities ↔ anchors brokers query of the metrics library (the rows
 * `ecograph brokers --between university --and anchor` prints), highlighted in the view with the
 * ties that join each broker to the two sides; the two sides are labelled, and the highlight is
 * capped to the best brokers.
 */
import { brokers, type BrokerRow } from '../../src/metrics/brokerage/brokers.js';
import { buildView } from '../../src/metrics/view.js';
import type { EcoGraph } from '../../src/model/types.js';
import { clear, h } from './dom.js';
import type { BrokersView } from './view-state.js';

/** The query the mode runs: firms between universities and anchor companies. */
export const BROKERS_QUERY = { between: 'university', and: 'anchor', via: 'firm' } as const;

export interface BrokersResult {
  view: BrokersView;
  rows: BrokerRow[];
}

/** Brokers highlighted in the view at most (the list shows them all). */
export const BROKERS_HIGHLIGHTED = 15;

/**
 * Runs the brokers query and derives what to highlight: the best brokers (at most `highlighted`,
 * in the query's rank order), the universities and anchors on the two sides of their brokered
 * pairs, and the ties between them. Only firms that broker at least one university–anchor pair
 * count: a firm tied to one side only, or to two actors already tied to each other, brokers
 * nothing.
 */
export function findBrokers(graph: EcoGraph, highlighted = BROKERS_HIGHLIGHTED): BrokersResult {
  const kindOf = (node: string) => graph.getNodeAttribute(node, 'kind');
  const rows = brokers(buildView(graph).graph, buildView(graph, { directed: true }).graph, kindOf, kindOf, BROKERS_QUERY).filter((r) => r.brokeredPairs > 0);
  const shown = rows.slice(0, Math.max(0, highlighted));
  const ids = new Set(shown.map((r) => r.id));
  const ends = new Set(shown.flatMap((r) => [...r.between, ...r.and]));
  const edges = new Set<string>();
  for (const r of shown) {
    const sides = new Set([...r.between, ...r.and]);
    graph.forEachEdge(r.id, (edge, _a, s, t) => {
      if (sides.has(s === r.id ? t : s)) edges.add(edge);
    });
  }
  return { view: { brokers: ids, ends, edges }, rows };
}

/** The ranked list of brokers with their numbers; names navigate to the node. */
export function renderBrokers(container: HTMLElement, graph: EcoGraph, result: BrokersResult, onNavigate: (node: string) => void): void {
  clear(container);
  if (result.rows.length === 0) {
    container.append(h('p', { class: 'hint' }, 'No firm brokers a pair of a university and an anchor company in this graph: every firm tied to both sides is tied to actors already tied to each other, or is tied to one side only.'));
    return;
  }
  const label = (n: string) => graph.getNodeAttribute(n, 'label');
  const list = h('ol', { class: 'brokers-list', id: 'brokers-list' });
  for (const r of result.rows) {
    const name = h('button', { type: 'button', class: 'tie-link', 'data-node': r.id }, label(r.id));
    name.addEventListener('click', () => onNavigate(r.id));
    list.append(
      h(
        'li',
        { 'data-broker': r.id },
        name,
        r.tiedToBoth ? h('span', { class: 'badge' }, 'tied to both') : null,
        h(
          'div',
          { class: 'hint' },
          `betweenness ${Number.isInteger(r.betweenness) ? r.betweenness : r.betweenness.toFixed(2)} · brokered pairs ${r.brokeredPairs}`,
          r.between.length ? ` · universities: ${r.between.map(label).join(', ')}` : '',
          r.and.length ? ` · anchors: ${r.and.map(label).join(', ')}` : '',
        ),
      ),
    );
  }
  const capped = result.rows.length > result.view.brokers.size;
  container.append(h('p', {}, `${result.rows.length} firm(s), best broker first${capped ? `; the first ${result.view.brokers.size} are highlighted in the graph with the universities and anchors they connect` : '; highlighted in the graph with the universities and anchors they connect'}:`), list);
}
