/**
 * A spin-off tree figure from a graph: the hierarchy from `lineageTree`, laid out, captioned with
 * the sources of what is drawn, and rendered as SVG.
 */
import { lineageTree, type LineageTreeNode } from '../../metrics/lineage/tree.js';
import { graphDates } from '../../metrics/evolution/snapshot.js';
import type { SpinoffType } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';
import { sourcesCaption } from '../caption.js';
import type { TextMeasurer } from '../font.js';
import { layoutTreeFigure, type TreeFigureLayout, type TreeFigureOptions } from './layout.js';
import { renderTreeSvg } from './render.js';

export interface TreeFigure {
  layout: TreeFigureLayout;
  svg: string;
}

/** Every node of a lineage tree, breadth first. */
function collectNodes(tree: LineageTreeNode): LineageTreeNode[] {
  const out = [tree];
  for (let i = 0; i < out.length; i++) out.push(...out[i]!.children);
  return out;
}

/** The sources of the drawn nodes and of the spin-off ties between drawn nodes. */
function drawnSources(graph: EcoGraph, layout: TreeFigureLayout): (string[] | undefined)[] {
  const lists: (string[] | undefined)[] = layout.nodes.map((n) => graph.getNodeAttribute(n.id, 'sources'));
  for (const link of layout.links)
    graph.forEachDirectedEdge(link.from, link.to, (_e, attrs) => {
      if (attrs.kind === 'spinoff') lists.push(attrs.sources);
    });
  return lists;
}

/**
 * Lays out and renders the spin-off tree below `root`.
 *
 * @param graph - an ecosystem graph with acyclic spin-off ties
 * @param root - id of the root node
 * @param measurer - font metrics (see `figureTextMeasurer`)
 * @param options - orientation, year axis, depth limit, listed marks, title; `spinoffTypes` (the types the
 *   graph was filtered to, see `keepSpinoffTypes`) adds a caption sentence naming them
 * @throws an `Error` naming the id when `root` is not a node; `SpinoffCycleError` when ties loop
 * @example
 * const { svg } = treeFigure(graph, 'yamaha-motor', figureTextMeasurer(), { orientation: 'horizontal' });
 */
export function treeFigure(
  graph: EcoGraph,
  root: string,
  measurer: TextMeasurer,
  options: Partial<Omit<TreeFigureOptions, 'captionText'>> & { spinoffTypes?: readonly SpinoffType[]; caption?: boolean } = {},
): TreeFigure {
  if (!graph.hasNode(root)) throw new Error(`no node "${root}" in the graph (--root takes a node id)`);
  const tree = lineageTree(graph, root);
  if (options.years && options.yearBounds === undefined) options = { ...options, yearBounds: graphDates(graph).nodeBounds };
  // Lay out once without caption to learn what is drawn, then again with the caption.
  const draft = layoutTreeFigure(tree, measurer, { ...options, captionText: '' });
  const notes: string[] = [];
  if (options.spinoffTypes !== undefined) notes.push(`Spin-off ties drawn: ${options.spinoffTypes.join(', ')} only.`);
  if (draft.hiddenDescendants > 0)
    notes.push(`${draft.hiddenDescendants} firm${draft.hiddenDescendants > 1 ? 's' : ''} beyond generation ${draft.generations} not shown.`);
  if (options.years && draft.nodes.some((n) => n.bounded))
    notes.push('A firm marked "by YEAR" has no founding year of its own and is placed at its earliest record in the data (dashed box).');
  if (options.years && draft.nodes.some((n) => n.founded === undefined && !n.bounded))
    notes.push('Firms without a founding year are drawn off the axis, in the shaded "year unknown" band.');
  const drawn = new Set(draft.nodes.map((n) => n.id));
  const outside = collectNodes(tree).filter((n) => drawn.has(n.id) && n.outsideParents.length > 0);
  if (outside.length > 0)
    notes.push(
      `Also spun off from outside this tree: ${outside
        .slice(0, 3)
        .map((n) => `${n.label} (from ${n.outsideParents.map((p) => p.label).join(', ')})`)
        .join('; ')}${outside.length > 3 ? `; and ${outside.length - 3} more` : ''}.`,
    );
  const captionText = options.caption === false ? '' : sourcesCaption(drawnSources(graph, draft), notes);
  const layout = layoutTreeFigure(tree, measurer, { ...options, captionText });
  return { layout, svg: renderTreeSvg(layout) };
}
