/**
 * Spin-off mode: a root's spin-off tree from the lineage library, laid out by the tree figure's
 * layout (`src/figures/tree/layout.ts`, browser-safe: it only needs a text measurer, which the
 * explorer gives from its canvas), so each generation's column is as wide as its longest name and
 * year; with the root's lineage numbers (generations, descendants per generation, leaves, listed
 * firms, spans).
 */
import { buildSpinoffDag, lineageTree, summariseRoots, type LineageTreeNode, type RootSummary } from '../../src/metrics/lineage/index.js';
import type { EcoGraph } from '../../src/model/types.js';
import { clear, h } from './dom.js';
import { bandSizeForArea, largestSiblingGroup, layoutTreeFigure, type TreeFigureLayout } from '../../src/figures/tree/layout.js';
import type { TextMeasurer } from '../../src/figures/font.js';
import { shortenLabel } from './label-placer.js';
import type { ExplorerSettings } from './settings.js';
import type { SpinoffView } from './view-state.js';

const NAME_ORDER = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Orders names as people read them: digit runs by their value, case and accents aside, so
 * "Firm 123" comes before "Firm 1031"; equal names fall back to plain code-point order.
 *
 * @example ['Firm 1031', 'Firm 123', 'firm 9'].sort(naturalCompare) // → ['firm 9', 'Firm 123', 'Firm 1031']
 */
export function naturalCompare(a: string, b: string): number {
  return NAME_ORDER.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Roots of the spin-off trees with their summaries, largest tree first. */
export function spinoffRoots(graph: EcoGraph): RootSummary[] {
  return summariseRoots(graph).sort((a, b) => b.descendants - a.descendants || naturalCompare(a.label, b.label) || (a.root < b.root ? -1 : 1));
}

/**
 * The name drawn for a tree member: its name, shortened so that with the founding year it keeps
 * within `maxChars` characters, then the year.
 *
 * @example treeLabel('Hamamatsu Photonics', 1953, 28) === 'Hamamatsu Photonics · 1953'
 */
export function treeLabel(label: string, founded: number | undefined, maxChars: number): string {
  if (founded === undefined) return shortenLabel(label, maxChars);
  const year = ` · ${founded}`;
  return shortenLabel(label, Math.max(4, maxChars - year.length)) + year;
}

/** Ties of a tree one of whose parents has more children than this are drawn thin (see `THIN_TIE_RATIO`). */
export const FAN_FOR_THIN_TIES = 8;
/** Thickness of a thin tie, as a share of the explorer's plain edge size (spin-off ties are otherwise 2.2 times it). */
export const THIN_TIE_RATIO = 0.7;

/** Font size the tree is laid out for (the explorer's label size). */
export const TREE_FONT_SIZE = 13;

/** The extent of a tree layout's boxes, px. */
function boxesExtent(layout: TreeFigureLayout): { width: number; height: number } {
  const xs = layout.nodes.flatMap((n) => [n.box.x, n.box.x + n.box.width]);
  const ys = layout.nodes.flatMap((n) => [n.box.y, n.box.y + n.box.height]);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/**
 * Positions of a tree's members from the tree figure's horizontal layout: each node's disc at the
 * left edge of its figure box, mid-height (graph y grows upwards), so its name runs to the right
 * inside the box and never into the next generation's column. Boxes are sized to the drawn names.
 * Given the view's size, a large sibling group is set in bands (sub-columns side by side, read down
 * then across) when that lets the tree fit the view larger, so that a parent of dozens of spin-offs
 * does not make a column too tall to read.
 */
export function treeFigurePositions(tree: LineageTreeNode, labels: ReadonlyMap<string, string>, measurer: TextMeasurer, view?: { width: number; height: number }): Map<string, { x: number; y: number }> {
  // A copy whose names are the drawn labels (years included), so the boxes are sized to them.
  const copy = (t: LineageTreeNode): LineageTreeNode => ({ ...t, label: labels.get(t.id) ?? t.label, founded: undefined, listed: false, children: [] });
  const root = copy(tree);
  const stack: [LineageTreeNode, LineageTreeNode][] = [[tree, root]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    for (const c of from.children) {
      const made = copy(c);
      to.children.push(made);
      stack.push([c, made]);
    }
  }
  const lay = (maxBandSize: number) => layoutTreeFigure(root, measurer, { orientation: 'horizontal', fontSize: TREE_FONT_SIZE, maxLabelWidth: 1000, maxLabelLines: 1, markListed: false, generationLabels: false, maxBandSize });
  const maxBandSize = view && view.width > 0 && view.height > 0 ? bandSizeForArea((size) => boxesExtent(lay(size)), largestSiblingGroup(root), view) : Infinity;
  const layout = lay(maxBandSize);
  const positions = new Map<string, { x: number; y: number }>();
  for (const n of layout.nodes) positions.set(n.id, { x: n.box.x, y: -(n.box.y + n.box.height / 2) });
  return positions;
}

/**
 * The view of one root's tree: generations, tree positions, drawn names and the spin-off ties
 * inside it; given the view's size (px), large sibling groups are set in bands to fit it.
 */
export function spinoffView(
  graph: EcoGraph,
  root: string,
  settings: ExplorerSettings,
  measurer: TextMeasurer,
  viewSize?: { width: number; height: number },
): { view: SpinoffView; tree: LineageTreeNode; summary: RootSummary } {
  const dag = buildSpinoffDag(graph);
  const tree = lineageTree(graph, root, { dag });
  const summary = summariseRoots(graph, { roots: [root], dag })[0]!;
  const generation = new Map<string, number>();
  const labels = new Map<string, string>();
  const stack: LineageTreeNode[] = [tree];
  while (stack.length > 0) {
    const t = stack.pop()!;
    generation.set(t.id, t.generation);
    labels.set(t.id, treeLabel(t.label, t.founded, settings.labelMaxChars));
    stack.push(...t.children);
  }
  const positions = treeFigurePositions(tree, labels, measurer, viewSize);
  const edges = new Set<string>();
  graph.forEachEdge((edge, a, s, t) => {
    if (a.kind === 'spinoff' && generation.has(s) && generation.has(t)) edges.add(edge);
  });
  // A parent with a large fan of ties: thin ties, so that the fan stays a set of lines where it
  // converges on the parent and the names it passes under stay legible.
  const fan = largestSiblingGroup(tree) > FAN_FOR_THIN_TIES;
  return { view: { root, generation, positions, edges, labels, ...(fan ? { edgeSize: settings.edgeSize * THIN_TIE_RATIO } : {}) }, tree, summary };
}

/** The lineage numbers and the members of each generation; member names navigate to the node. */
export function renderSpinoffSummary(container: HTMLElement, graph: EcoGraph, view: SpinoffView, summary: RootSummary, onNavigate: (node: string) => void): void {
  clear(container);
  const byGen = new Map<number, string[]>();
  for (const [n, g] of view.generation) byGen.set(g, [...(byGen.get(g) ?? []), n]);
  const numbers: [string, string][] = [
    ['Generations', String(summary.generations)],
    ['Descendants', String(summary.descendants)],
    ['Per generation', summary.byGeneration.join(' · ') || '—'],
    ['Listed descendants', String(summary.listedDescendants)],
    ['Leaves', String(summary.leaves)],
    ['Mean / max children', `${summary.meanChildren === null ? '—' : summary.meanChildren.toFixed(2)} / ${summary.maxChildren}`],
    ['Founding years', summary.span.first === null ? '—' : `${summary.span.first}–${summary.span.last}`],
    ['Median parent→child gap', summary.medianGapYears === null ? '—' : `${summary.medianGapYears} years`],
  ];
  const list = h('ol', { class: 'generation-list', start: 0 });
  for (const g of [...byGen.keys()].sort((a, b) => a - b)) {
    const members = byGen.get(g)!.sort((a, b) => naturalCompare(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')) || (a < b ? -1 : 1));
    const names = h('ul', { class: 'members' });
    for (const m of members) {
      const b = h('button', { type: 'button', class: 'tie-link', 'data-node': m }, graph.getNodeAttribute(m, 'label'));
      b.addEventListener('click', () => onNavigate(m));
      names.append(h('li', {}, b));
    }
    list.append(h('li', { 'data-generation': g }, h('span', { class: 'gen' }, g === 0 ? 'Root' : `Generation ${g} (${members.length})`), names));
  }
  container.append(
    h('table', { class: 'attributes', id: 'lineage-numbers' }, h('tbody', {}, ...numbers.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v))))),
    list,
  );
}
