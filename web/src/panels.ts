/**
 * The side panel's data-driven parts: legend, tie-kind filters, search suggestions, details and the
 * problems list. Everything from the data is set as text (`textContent` via `h`).
 */
import { EDGE_KINDS, EDGE_KIND_RULES, NODE_KINDS, NODE_KIND_INFO, isEdgeKind, isNodeKind } from '../../src/model/schema.js';
import { CATEGORY_COLORS, edgeKindColor, nodeKindColor } from '../../src/model/palette.js';
import { formatProblem, sortProblems, type Problem } from '../../src/model/problems.js';
import type { EcoGraph, NodeAttributes } from '../../src/model/types.js';
import { clear, h, isWebUrl } from './dom.js';
import { UNTYPED, isUnsourced, tieYear } from './view-state.js';
import { sourceContent } from './source-item.js';

/** Counts of nodes per kind (untyped under `untyped`), in model order. */
export function nodeKindCounts(graph: EcoGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => counts.set(a.kind ?? UNTYPED, (counts.get(a.kind ?? UNTYPED) ?? 0) + 1));
  const order = [...NODE_KINDS, UNTYPED];
  return new Map(order.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]));
}

/** Counts of edges per kind, in model order. */
export function edgeKindCounts(graph: EcoGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, a) => counts.set(a.kind ?? UNTYPED, (counts.get(a.kind ?? UNTYPED) ?? 0) + 1));
  const order = [...EDGE_KINDS, UNTYPED];
  return new Map(order.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]));
}

const kindTitle = (k: string) => (isNodeKind(k) ? NODE_KIND_INFO[k].title : 'Untyped');

/** The legend in kind mode: one toggle button per kind with its count. */
export function renderKindLegend(list: HTMLElement, graph: EcoGraph, hidden: ReadonlySet<string>, onToggle: (kind: string) => void): void {
  clear(list);
  for (const [kind, count] of nodeKindCounts(graph)) {
    const button = h(
      'button',
      { type: 'button', 'aria-pressed': String(!hidden.has(kind)), 'data-kind': kind, title: isNodeKind(kind) ? NODE_KIND_INFO[kind].description : 'nodes without a kind' },
      h('span', { class: 'swatch', style: `background:${nodeKindColor(isNodeKind(kind) ? kind : undefined)}` }),
      h('span', { class: 'name' }, kindTitle(kind)),
      h('span', { class: 'count' }, String(count)),
    );
    button.addEventListener('click', () => onToggle(kind));
    list.append(h('li', {}, button));
  }
}

/** The legend in community mode: the largest communities with their sizes and commonest kind. */
export function renderCommunityLegend(list: HTMLElement, graph: EcoGraph, communities: ReadonlyMap<string, number>, restarts: number, limit = 12): void {
  clear(list);
  const members = new Map<number, string[]>();
  for (const [n, c] of communities) members.set(c, [...(members.get(c) ?? []), n]);
  const ordered = [...members.entries()].sort((a, b) => a[0] - b[0]);
  for (const [c, nodes] of ordered.slice(0, limit)) {
    const top = [...nodes].sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    list.append(
      h(
        'li',
        { 'data-community': c },
        h(
          'span',
          { class: 'legend-row' },
          h('span', { class: 'swatch', style: `background:${CATEGORY_COLORS[c % CATEGORY_COLORS.length]}` }),
          h('span', { class: 'name' }, `Community ${c + 1} — around ${graph.getNodeAttribute(top, 'label')}`),
          h('span', { class: 'count' }, String(nodes.length)),
        ),
      ),
    );
  }
  if (ordered.length > limit) list.append(h('li', { class: 'hint' }, `… and ${ordered.length - limit} smaller communities`));
  if (restarts === 1) list.append(h('li', { class: 'hint' }, 'Large graph: one Louvain run (ecograph communities keeps the best of several).'));
}

/** Tie-kind checkboxes with counts and line style. */
export function renderEdgeKindFilters(list: HTMLElement, graph: EcoGraph, hidden: ReadonlySet<string>, onToggle: (kind: string, visible: boolean) => void): void {
  clear(list);
  for (const [kind, count] of edgeKindCounts(graph)) {
    const input = h('input', { type: 'checkbox', 'data-edge-kind': kind, checked: !hidden.has(kind) });
    input.addEventListener('change', () => onToggle(kind, input.checked));
    const directed = isEdgeKind(kind) && EDGE_KIND_RULES[kind].directed;
    const title = isEdgeKind(kind) ? EDGE_KIND_RULES[kind].title + (kind === 'spinoff' || kind === 'investment' ? ' →' : directed ? '' : ' (undirected)') : 'Untyped';
    list.append(
      h(
        'li',
        {},
        h(
          'label',
          {},
          input,
          h('span', { class: 'edge-swatch', style: `border-top-color:${edgeKindColor(isEdgeKind(kind) ? kind : undefined)}` }),
          title,
          h('span', { class: 'count' }, String(count)),
        ),
      ),
    );
  }
  list.append(h('li', { class: 'hint' }, 'Dashed ties are illustrative or inferred, not sourced.'));
}

/** Search (kept here for the modules that import it from the panels). */
export { searchNodes } from './search-index.js';

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function sourcesList(sources: unknown, id?: string): HTMLElement | null {
  if (!Array.isArray(sources) || sources.length === 0) return null;
  const list = h('ul', { class: 'sources', id });
  for (const s of sources) {
    const text = String(s);
    list.append(h('li', {}, sourceContent(text)));
  }
  return list;
}

function confidenceBadge(confidence: unknown): HTMLElement | null {
  if (typeof confidence !== 'string') return null;
  return h('span', { class: `badge${isUnsourced({ confidence }) ? ' unsourced' : ''}`, 'data-confidence': confidence }, confidence);
}

/** Layout attributes not worth listing. */
const HIDDEN_ATTRIBUTES = new Set(['x', 'y', 'size', 'color', 'label', 'kind', 'sources']);

/** The details of a node: every attribute, its sources as links, and its ties with their marks. */
export function renderDetails(container: HTMLElement, graph: EcoGraph, node: string, onNavigate: (node: string) => void): void {
  clear(container);
  const a = graph.getNodeAttributes(node);
  const rows = Object.entries(a)
    .filter(([k]) => !HIDDEN_ATTRIBUTES.has(k))
    .map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, k === 'url' && isWebUrl(String(v)) ? h('a', { href: String(v), target: '_blank', rel: 'noopener noreferrer' }, String(v)) : formatValue(v))));
  const ties = h('ul', { class: 'details-ties' });
  const tieItems: { sort: string; el: HTMLElement }[] = [];
  graph.forEachEdge(node, (edge, e, source, target) => {
    const other = source === node ? target : source;
    const directed = graph.isDirected(edge);
    const arrow = !directed ? '—' : source === node ? '→' : '←';
    const link = h('button', { type: 'button', class: 'tie-link', 'data-node': other }, graph.getNodeAttribute(other, 'label'));
    link.addEventListener('click', () => onNavigate(other));
    const extra: string[] = [];
    const y = tieYear(e);
    if (y !== undefined) extra.push(String(y));
    if (e.role) extra.push(String(e.role));
    const sources = sourcesList(e.sources);
    const el = h(
      'li',
      { 'data-edge': edge },
      h('span', { class: 'badge' }, (e.kind ?? 'tie') + ' ' + arrow),
      link,
      extra.length ? ` (${extra.join(', ')})` : '',
      ' ',
      confidenceBadge(e.confidence),
      e.notes ? h('div', { class: 'hint' }, e.notes) : null,
      sources,
    );
    tieItems.push({ sort: `${e.kind ?? '~'} ${graph.getNodeAttribute(other, 'label')}`, el });
  });
  tieItems.sort((x, y) => x.sort.localeCompare(y.sort));
  for (const t of tieItems) ties.append(t.el);
  container.append(
    h('h3', { class: 'details-title', id: 'details-label' }, a.label),
    h('p', {}, h('span', { class: 'badge', 'data-kind': a.kind ?? UNTYPED }, a.kind ? NODE_KIND_INFO[a.kind].title : 'Untyped'), confidenceBadge(a.confidence), h('code', { class: 'hint' }, node)),
    h('table', { class: 'attributes' }, h('tbody', {}, ...rows)),
    h('h4', {}, 'Sources'),
    sourcesList(a.sources, 'details-sources') ?? h('p', { class: 'hint' }, 'No sources given.'),
    h('h4', {}, `Ties (${tieItems.length})`),
    ties,
  );
}

/** Shows reading and validation problems: file, line, code and message of each. */
export function renderProblems(container: HTMLElement, problems: readonly Problem[], heading: string): void {
  clear(container);
  if (problems.length === 0) {
    container.hidden = true;
    return;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  container.classList.toggle('warnings', errors === 0);
  const close = h('button', { type: 'button', class: 'close' }, 'Dismiss');
  close.addEventListener('click', () => {
    container.hidden = true;
  });
  const rows = sortProblems(problems)
    .slice(0, 200)
    .map((p) =>
      h('tr', { title: formatProblem(p) }, h('td', {}, p.file), h('td', {}, p.line !== undefined ? String(p.line) : ''), h('td', {}, p.severity), h('td', {}, h('code', {}, p.code)), h('td', {}, p.message + (p.field ? ` (field "${p.field}")` : ''))),
    );
  const table = h('table', {}, h('thead', {}, h('tr', {}, ...['file', 'line', 'severity', 'code', 'message'].map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, ...rows));
  // Errors are shown at once; warnings only (the graph opened) stay folded under their count.
  if (errors > 0) container.append(h('p', {}, h('strong', {}, heading), ' ', close), table);
  else container.append(h('details', {}, h('summary', {}, h('strong', {}, heading), ' ', close), table));
  if (problems.length > 200) container.append(h('p', {}, `… and ${problems.length - 200} more`));
  container.hidden = false;
}
