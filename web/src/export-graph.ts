/**
 * Graph export of the current view: the nodes and ties the filters keep, each node with the
 * colour, size and position it is drawn with and the computed measures as attributes, written
 * with the library's browser-safe writers as GEXF (`viz:color`, `viz:size`, `viz:position`, read
 * back by Gephi, Gephi Lite and `ecograph`) or native JSON (`ecograph@1`, with `color`, `size`,
 * `x`, `y` attributes). Sources are written as they are, so a private source keeps its `private:`
 * prefix; each node and tie that cites one also gets `privateSources: true` (a flag Gephi can
 * filter on), so that whoever opens the file sees which elements rest on unpublished sources.
 */
import { writeGexf } from '../../src/io/gexf.js';
import { writeJson } from '../../src/io/json.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { isPrivateSource } from '../../src/model/private-source.js';
import type { EcoGraph, NodeAttributes } from '../../src/model/types.js';

/** How a node is drawn: colour (`#rrggbb`), size (px radius) and position (graph units). */
export interface NodeLook {
  color: string;
  size: number;
  x: number;
  y: number;
}

/** What to export: the kept elements, the drawn look and the measures (name → node → value). */
export interface ViewExport {
  keepNode(node: string): boolean;
  keepEdge(edge: string): boolean;
  look(node: string): NodeLook;
  measures: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** `#RRGGBB` or `#rgb` as lower-case `#rrggbb` (GEXF's viz:color needs six hex digits); other colours unchanged. */
export function normaliseHex(color: string): string {
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  return color;
}

/**
 * The attribute name a measure is stored under: its id with `:` turned into `_`, and `metric_`
 * before it when a data attribute of some node already has that name.
 */
export function measureAttributeName(id: string, taken: ReadonlySet<string>): string {
  const name = id.replace(/[^A-Za-z0-9_]/g, '_');
  return taken.has(name) ? `metric_${name}` : name;
}

/** The attribute that flags a node or tie citing a private source in an exported view. */
export const PRIVATE_SOURCES_FLAG = 'privateSources';

/** `{ privateSources: true }` when the attributes' `sources` hold a private source, else nothing. */
function privateFlag(attributes: { sources?: unknown }): Record<string, boolean> {
  return Array.isArray(attributes.sources) && attributes.sources.some(isPrivateSource) ? { [PRIVATE_SOURCES_FLAG]: true } : {};
}

/**
 * A copy of the graph with only the kept nodes and ties; each node carries its drawn colour, size
 * and position (replacing any the data had) and one attribute per measure, and each node and tie
 * citing a private source carries {@link PRIVATE_SOURCES_FLAG}. Graph attributes are kept. The
 * input graph is not changed.
 */
export function exportedGraph(graph: EcoGraph, view: ViewExport): EcoGraph {
  const out = createEcoGraph({ ...graph.getAttributes() });
  const taken = new Set<string>();
  graph.forEachNode((_n, a) => {
    for (const k of Object.keys(a)) taken.add(k);
  });
  for (const k of ['color', 'size', 'x', 'y']) taken.delete(k);
  const names = [...view.measures.keys()].map((id) => [id, measureAttributeName(id, taken)] as const);
  graph.forEachNode((node, attributes) => {
    if (!view.keepNode(node)) return;
    const look = view.look(node);
    const extra: Record<string, number> = {};
    for (const [id, name] of names) {
      const v = view.measures.get(id)!.get(node);
      if (v !== undefined && Number.isFinite(v)) extra[name] = v;
    }
    out.addNode(node, { ...attributes, ...extra, ...privateFlag(attributes), color: normaliseHex(look.color), size: look.size, x: look.x, y: look.y } as NodeAttributes);
  });
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (!view.keepEdge(edge) || !out.hasNode(source) || !out.hasNode(target)) return;
    const copy = { ...attributes, ...privateFlag(attributes) };
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, copy);
    else out.addDirectedEdgeWithKey(edge, source, target, copy);
  });
  return out;
}

/** The exported view as GEXF text. */
export function exportGexf(graph: EcoGraph, view: ViewExport): string {
  return writeGexf(exportedGraph(graph, view));
}

/** The exported view as native JSON text (`ecograph@1`). */
export function exportJson(graph: EcoGraph, view: ViewExport): string {
  return writeJson(exportedGraph(graph, view));
}
