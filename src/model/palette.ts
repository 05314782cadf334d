/**
 * Colours of node and edge kinds, shared by the web explorer and the figures. Node kinds use the
 * Okabe–Ito palette, which stays distinguishable under the common forms of colour blindness.
 * Browser-safe: no imports beyond the schema.
 *
 * @see Okabe, M. and Ito, K. (2008) "Color Universal Design (CUD): how to make figures and
 * presentations that are friendly to colorblind people".
 */
import type { EdgeKind, NodeKind } from './schema.js';

/** Fill colour of each node kind. */
export const NODE_KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  founder: '#D55E00',
  person: '#CC79A7',
  firm: '#0072B2',
  anchor: '#E69F00',
  university: '#009E73',
  institute: '#56B4E9',
  investor: '#F0E442',
  government: '#6E6E6E',
};

/** Colour of nodes that have no kind (foreign graphs). */
export const UNTYPED_NODE_COLOR = '#B8B8B8';

/** Stroke colour of each edge kind: darker tones for the directed, structural ties. */
export const EDGE_KIND_COLORS: Readonly<Record<EdgeKind, string>> = {
  spinoff: '#3D3D3D',
  investment: '#B07A00',
  collaboration: '#2F8FC4',
  founded: '#A84A00',
  affiliation: '#9A9A9A',
  mentorship: '#A8578A',
};

/** Colour of edges that have no kind. */
export const UNTYPED_EDGE_COLOR = '#C8C8C8';

/**
 * A categorical palette for communities (Okabe–Ito, then Paul Tol's muted scheme); colours repeat
 * after its length.
 */
export const CATEGORY_COLORS: readonly string[] = [
  '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#6E6E6E',
  '#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499',
];

/** The colour of a node kind, or the untyped colour. */
export function nodeKindColor(kind: NodeKind | undefined): string {
  return kind === undefined ? UNTYPED_NODE_COLOR : NODE_KIND_COLORS[kind];
}

/** The colour of an edge kind, or the untyped colour. */
export function edgeKindColor(kind: EdgeKind | undefined): string {
  return kind === undefined ? UNTYPED_EDGE_COLOR : EDGE_KIND_COLORS[kind];
}
