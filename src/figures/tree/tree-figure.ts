/**
 * A spin-off tree figure from a graph: the hierarchy from `lineageTree`, laid out, captioned with
 * the sources of what is drawn, and rendered as SVG.
 */
import { lineageTree, type LineageTreeNode } from '../../metrics/lineage/tree.js';
import { graphDates } from '../../metrics/evolution/snapshot.js';
import type { SpinoffType } from '../../model/schema.js';
import type { EcoGraph } from '../../model/types.js';
import { sourcesCaption } from '../caption.js';
import { figureLabel, type LabelLanguage } from '../label-choice.js';
import type { TextMeasurer } from '../font.js';
import { bandSizeForArea, largestSiblingGroup, layoutTreeFigure, type TreeFigureLayout, type TreeFigureOptions } from './layout.js';
import { layoutForestFigure, MAX_ASPECT } from './forest.js';
import { renderTreeSvg } from './render.js';

export interface TreeFigure {
  layout: TreeFigureLayout;
  svg: string;
  /** The printed size, px: the layout's times `scale`. */
  width: number;
  height: number;
  /** Printed size over laid-out size: below 1 when the figure was scaled down to fit a width or page. */
  scale: number;
}

/** Name size below which a scaled figure is too small to read in print, pt. */
export const MIN_PRINTED_PT = 6.5;

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

/** Options of {@link treeFigure} and {@link forestFigure}. */
export type TreeFigureCallOptions = Partial<Omit<TreeFigureOptions, 'captionText' | 'orientation' | 'maxBandSize'>> & {
  /**
   * Most children of one parent in one column before they are set in bands side by side (see
   * `TreeFigureOptions.maxBandSize`); `auto`: bands when a figure is too tall for the page (or, with
   * no page, more than `maxAspect` times as high as wide), as many as make it fit largest. Left out:
   * no bands.
   */
  maxBandSize?: number | 'auto';
  /**
   * Generations going down (`vertical`) or right (`horizontal`). Left out: horizontal for several
   * roots; vertical for one, unless that figure would be more than `maxAspect` times as wide as it
   * is high and the horizontal one is less so.
   */
  orientation?: 'vertical' | 'horizontal';
  /** The spin-off types the graph was filtered to (see `keepSpinoffTypes`): a caption sentence names them. */
  spinoffTypes?: readonly SpinoffType[];
  /** false: no caption. */
  caption?: boolean;
  /** Largest ratio of the longer side to the shorter one (default 3). */
  maxAspect?: number;
  /** The names printed: `en` (label, the default), `ja` (labelJa) or `short` (see `figureLabel`). */
  labelLanguage?: LabelLanguage;
  /**
   * The printed width, px (e.g. 174 mm, two journal columns): families wrap, a year axis narrows and
   * the orientation is chosen to fit it; a figure still wider is scaled down to it.
   */
  width?: number;
  /** A page's text block, px: the figure is shaped for it (families wrap to its proportions) and scaled down to fit it. */
  page?: { width: number; height: number };
};

/**
 * The families below `roots`, each node drawn once: a node already in an earlier family (it has
 * parents in both) is left out of the later ones, where it is named in the caption instead.
 */
function familyTrees(graph: EcoGraph, roots: readonly string[], language: LabelLanguage): LineageTreeNode[] {
  const drawn = new Set<string>();
  const trees: LineageTreeNode[] = [];
  const name = (id: string) => figureLabel(id, graph.getNodeAttributes(id), language);
  for (const root of roots) {
    if (drawn.has(root)) continue;
    const tree = lineageTree(graph, root);
    const queue = [tree];
    drawn.add(tree.id);
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      if (language !== 'en') {
        node.label = name(node.id);
        for (const link of [...node.extraParents, ...node.outsideParents]) link.label = name(link.id);
      }
      node.children = node.children.filter((c) => {
        if (drawn.has(c.id)) return false;
        drawn.add(c.id);
        return true;
      });
      queue.push(...node.children);
    }
    trees.push(tree);
  }
  return trees;
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
export function treeFigure(graph: EcoGraph, root: string, measurer: TextMeasurer, options: TreeFigureCallOptions = {}): TreeFigure {
  return forestFigure(graph, [root], measurer, options);
}

/**
 * Lays out and renders the spin-off families below several roots in one figure (NISTEP-style
 * regional spin-off chart), wrapped so that it keeps a page-like shape; with one root, the tree
 * figure of that root.
 *
 * @param graph - an ecosystem graph with acyclic spin-off ties
 * @param roots - ids of the roots, in the order to draw them; a root inside an earlier family is skipped
 * @param measurer - font metrics (see `figureTextMeasurer`)
 * @param options - see {@link TreeFigureCallOptions}
 * @throws an `Error` naming the id when a root is not a node, or when `roots` is empty; `SpinoffCycleError` when ties loop
 * @example
 * const { svg } = forestFigure(graph, ['nippon-gakki', 'gpi'], figureTextMeasurer());
 */
export function forestFigure(graph: EcoGraph, roots: readonly string[], measurer: TextMeasurer, options: TreeFigureCallOptions = {}): TreeFigure {
  if (roots.length === 0) throw new Error('no roots to draw');
  for (const root of roots) if (!graph.hasNode(root)) throw new Error(`no node "${root}" in the graph (--root takes a node id)`);
  const trees = familyTrees(graph, roots, options.labelLanguage ?? 'en');
  const maxAspect = options.maxAspect ?? MAX_ASPECT;
  const maxWidth = Math.min(options.width ?? Infinity, options.page?.width ?? Infinity);
  const maxHeight = options.page?.height ?? Infinity;
  if (Number.isFinite(maxWidth)) options = { ...options, maxWidth, ...(options.maxLabelWidth === undefined && maxWidth < 500 ? { maxLabelWidth: 104 } : {}) };
  /** How much a layout must shrink to fit the printed width and page (1: not at all). */
  const shrink = (l: TreeFigureLayout) => Math.min(1, maxWidth / l.width, maxHeight / l.height);
  if (options.years && options.yearBounds === undefined) options = { ...options, yearBounds: graphDates(graph).nodeBounds };
  let maxBandSize = typeof options.maxBandSize === 'number' ? options.maxBandSize : Infinity;
  const layBanded = (orientation: 'vertical' | 'horizontal', captionText: string, bandSize: number): TreeFigureLayout => {
    const o = { ...options, orientation, captionText, maxBandSize: bandSize };
    return trees.length === 1
      ? layoutTreeFigure(trees[0]!, measurer, o)
      : layoutForestFigure(trees, measurer, { ...o, maxAspect, ...(options.page ? { targetRatio: options.page.width / options.page.height } : {}) });
  };
  const lay = (orientation: 'vertical' | 'horizontal', captionText: string): TreeFigureLayout => layBanded(orientation, captionText, maxBandSize);
  let orientation = options.orientation;
  if (orientation === undefined) {
    orientation = trees.length > 1 ? 'horizontal' : 'vertical';
    if (trees.length === 1) {
      const down = lay('vertical', '');
      if (down.width / down.height > maxAspect) {
        const right = lay('horizontal', '');
        if (aspectRatio(right) < aspectRatio(down)) orientation = 'horizontal';
      }
    }
    // On a printed width or page: the other orientation when it needs less shrinking.
    if (shrink(lay(orientation, '')) < 1) {
      const other = orientation === 'vertical' ? 'horizontal' : 'vertical';
      if (shrink(lay(other, '')) > shrink(lay(orientation, '')) + 0.02) orientation = other;
    }
  }
  // Lay out once without caption to learn what is drawn, then again with the caption.
  const draft = lay(orientation, '');
  const notes: string[] = [];
  if (options.spinoffTypes !== undefined) notes.push(`Spin-off ties drawn: ${options.spinoffTypes.join(', ')} only.`);
  if (draft.hiddenDescendants > 0)
    notes.push(`${draft.hiddenDescendants} firm${draft.hiddenDescendants > 1 ? 's' : ''} beyond generation ${draft.generations} not shown.`);
  if (options.years && draft.nodes.some((n) => n.bounded))
    notes.push('A firm marked "by YEAR" has no founding year of its own and is placed at its earliest record in the data (dashed box).');
  if (options.years && draft.nodes.some((n) => n.founded === undefined && !n.bounded))
    notes.push('Firms without a founding year are drawn off the axis, in the shaded "year unknown" band.');
  const drawn = new Set(draft.nodes.map((n) => n.id));
  const outside = trees.flatMap(collectNodes).filter((n) => drawn.has(n.id) && n.outsideParents.length > 0);
  if (outside.length > 0)
    notes.push(
      `Also spun off from ${trees.length > 1 ? 'another family' : 'outside this tree'}: ${outside
        .slice(0, 3)
        .map((n) => `${n.label} (from ${n.outsideParents.map((p) => p.label).join(', ')})`)
        .join('; ')}${outside.length > 3 ? `; and ${outside.length - 3} more` : ''}.`,
    );
  const captionText = options.caption === false ? '' : sourcesCaption(drawnSources(graph, draft), notes);
  // Bands chosen to fit: when the figure would be scaled down to fit the printed width or page,
  // the number of bands that needs least of it; else when its generations run along a column more
  // than maxAspect times as long as the figure is deep (then shaped for a landscape page).
  if (options.maxBandSize === 'auto' && !options.years) {
    const plain = lay(orientation, captionText);
    const along = orientation === 'horizontal' ? plain.height / plain.width : plain.width / plain.height;
    const area = shrink(plain) < 1 ? { width: maxWidth, height: maxHeight } : along > maxAspect ? { width: Math.SQRT2, height: 1 } : undefined;
    if (area) {
      const chosen = orientation;
      maxBandSize = bandSizeForArea((size) => layBanded(chosen, captionText, size), Math.max(...trees.map(largestSiblingGroup)), area, shrink(plain) < 1 ? 1 : Infinity);
    }
  }
  const layout = lay(orientation, captionText);
  const scale = shrink(layout);
  return { layout, svg: renderTreeSvg(layout, scale), width: layout.width * scale, height: layout.height * scale, scale };
}

/** Longer side over shorter side. */
export function aspectRatio(layout: { width: number; height: number }): number {
  return Math.max(layout.width, layout.height) / Math.min(layout.width, layout.height);
}
