/**
 * How a network figure draws each kind of tie and each kind of actor, in colour and for black-and-
 * white print.
 *
 * Tie kinds are told apart by stroke width, dash pattern and arrowhead alone, so a colour figure
 * printed in greyscale still shows them; colour (Okabe–Ito) is a second channel on top. Confidence
 * has a channel of its own: an illustrative or inferred tie is drawn hollow (an outline of its
 * stroke), never dashed, so dashes stay free for kinds. In `bw` print every tie is black or grey and
 * the kinds of actor are shown by marker shape instead of fill colour.
 *
 * @see Okabe, M. and Ito, K. (2008) "Color Universal Design (CUD): how to make figures and
 * presentations that are friendly to colorblind people", https://jfly.uni-koeln.de/color/.
 */
import { NODE_KINDS, type Confidence, type EdgeKind, type NodeKind } from '../../model/schema.js';
import type { MarkerShape } from '../markers.js';

/** The eight colours of Okabe and Ito (2008), by their names. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Print mode: `color` (the default) or `bw` (black, white and greys; actor kinds by marker shape). */
export type PrintMode = 'color' | 'bw';

/** The stroke of one kind of tie. */
export interface TieStyle {
  /** Stroke colour in colour print. */
  color: string;
  /** Stroke colour in `bw` print. */
  bwColor: string;
  /** Stroke width, px. */
  width: number;
  /** SVG dash array, or undefined for a solid line (the same in both modes). */
  dash?: string;
  /** Whether an arrowhead marks the target end. */
  arrow: boolean;
  /** Drawing order: lower first (underneath). */
  layer: number;
}

/** Key of a tie without a kind. */
export const UNTYPED = 'untyped';
export type TieKey = EdgeKind | typeof UNTYPED;

/**
 * Tie styles. Spin-off: black, thickest, arrowhead. Investment: dashed with arrowhead. Collaboration:
 * solid, no arrowhead (undirected). Founded and mentorship: dotted and dash-dot with arrowheads.
 * Affiliation: thin and light, no arrowhead (it is context, not the story).
 */
export const TIE_STYLES: Readonly<Record<TieKey, TieStyle>> = {
  affiliation: { color: '#BBBBBB', bwColor: '#AAAAAA', width: 0.7, arrow: false, layer: 0 },
  [UNTYPED]: { color: '#CCCCCC', bwColor: '#999999', width: 0.7, dash: '3 2', arrow: false, layer: 1 },
  mentorship: { color: OKABE_ITO.reddishPurple, bwColor: '#555555', width: 1, dash: '5 2 1 2', arrow: true, layer: 2 },
  collaboration: { color: OKABE_ITO.blue, bwColor: '#444444', width: 1.2, arrow: false, layer: 3 },
  founded: { color: OKABE_ITO.vermillion, bwColor: '#333333', width: 1.1, dash: '1 1.8', arrow: true, layer: 4 },
  investment: { color: OKABE_ITO.orange, bwColor: '#222222', width: 1.4, dash: '5 2.5', arrow: true, layer: 5 },
  spinoff: { color: OKABE_ITO.black, bwColor: '#000000', width: 2.2, arrow: true, layer: 6 },
};

/** The style of a tie kind (untyped ties have their own). */
export function tieStyle(kind: EdgeKind | undefined): TieStyle {
  return TIE_STYLES[kind ?? UNTYPED];
}

/** Whether a tie of this confidence is drawn hollow: illustrative and inferred ties are. */
export function isHollow(confidence: Confidence | undefined): boolean {
  return confidence === 'illustrative' || confidence === 'inferred';
}

/** The outer width of a hollow stroke: wide enough that its white core shows. */
export function hollowWidth(width: number): number {
  return Math.max(width + 1.6, 2.4);
}

/** Width of the outline on each side of a hollow stroke. */
export const HOLLOW_EDGE = 0.6;

/** The marker shape of each kind of actor in `bw` print (untyped actors are circles too). */
export const NODE_KIND_MARKERS: Readonly<Record<NodeKind, MarkerShape>> = {
  firm: 'circle',
  anchor: 'diamond',
  university: 'square',
  institute: 'hexagon',
  founder: 'triangle',
  person: 'triangle-down',
  investor: 'star',
  government: 'cross',
};

/** Fill of markers in `bw` print, by kind: organisations white, people mid grey, others light grey. */
export function bwNodeFill(kind: NodeKind | undefined): string {
  if (kind === 'founder' || kind === 'person') return '#8C8C8C';
  if (kind === 'investor' || kind === 'government') return '#D0D0D0';
  return '#FFFFFF';
}

/** Marker shape of a kind of actor (untyped: circle). */
export function nodeMarker(kind: NodeKind | undefined): MarkerShape {
  return kind === undefined ? 'circle' : NODE_KIND_MARKERS[kind];
}

/** Kinds of actor in schema order (for legends). */
export const ACTOR_KINDS: readonly NodeKind[] = NODE_KINDS;
