/**
 * The explorer's label placer: decides, for each frame, which node labels are drawn and where.
 * No two placed labels overlap (the figures' box rule, `boxesOverlap`), at most a budget of labels
 * show at once, and the labels that must show (the hovered and the selected node's) are placed
 * first. Long names are shortened unless the label asks for its full text.
 *
 * Pure and DOM-free apart from the `measure` callback, so it runs in unit tests as well.
 */
import { boxesOverlap, type Box } from '../../src/figures/label-boxes.js';

/** A node that may get a label, in viewport pixels. */
export interface LabelCandidate {
  id: string;
  /** Node centre in viewport px. */
  x: number;
  y: number;
  /** Drawn node radius in px. */
  radius: number;
  /** The node's full name. */
  text: string;
  /** Placed regardless of the budget (hovered and selected nodes). */
  always: boolean;
  /** Shown unshortened (the hovered node shows its full name). */
  full: boolean;
  /** Lower tiers are placed first (e.g. the focus's neighbours before the rest). */
  tier: number;
  /** Within a tier, heavier first (e.g. the drawn node size). */
  weight: number;
}

/** A label the placer kept: its box (viewport px), the text drawn and the full name. */
export interface PlacedLabel extends Box {
  id: string;
  text: string;
  fullText: string;
}

export interface LabelPlacerOptions {
  /** Most labels drawn at once (labels that must show count too, but are never dropped). */
  budget: number;
  /** Names longer than this many characters are shortened with an ellipsis. */
  maxChars: number;
  /** Label text height in px. */
  fontSize: number;
  /** Viewport size in px: ordinary labels must fit inside it. */
  width: number;
  height: number;
  /** Text width in px. */
  measure: (text: string) => number;
}

/** Space between a node's disc and its label, and around the label's text. */
const GAP = 3;
const PAD = 1;
/** Spatial index cell size in px. */
const CELL = 64;

/**
 * `text` cut to at most `maxChars` characters (an ellipsis included), at a word boundary when one
 * is near the end.
 *
 * @example shortenLabel('Kyoto University Hospital Innovation Centre', 20) === 'Kyoto University…'
 */
export function shortenLabel(text: string, maxChars: number): string {
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  const head = chars.slice(0, Math.max(1, maxChars - 1)).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= head.length * 0.6 ? head.slice(0, space) : head;
  return cut.replace(/[\s,.;:·–-]+$/u, '') + '…';
}

/** A grid of boxes for quick overlap queries. */
class BoxIndex {
  private readonly cells = new Map<string, Box[]>();

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.width) / CELL); i++)
      for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.height) / CELL); j++) keys.push(`${i},${j}`);
    return keys;
  }

  collides(b: Box): boolean {
    for (const k of this.keys(b)) for (const other of this.cells.get(k) ?? []) if (boxesOverlap(b, other)) return true;
    return false;
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/** Label boxes tried around a node, in order: right, left, above, below. */
function positions(c: LabelCandidate, w: number, h: number): Box[] {
  const r = c.radius;
  return [
    { x: c.x + r + GAP, y: c.y - h / 2, width: w, height: h },
    { x: c.x - r - GAP - w, y: c.y - h / 2, width: w, height: h },
    { x: c.x - w / 2, y: c.y - r - GAP - h, width: w, height: h },
    { x: c.x - w / 2, y: c.y + r + GAP, width: w, height: h },
  ];
}

function inside(b: Box, width: number, height: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
}

/**
 * Places labels: those that must show first (moved inside the viewport and, if their first spots
 * are taken, stepped down until free), then the rest by tier and weight while the budget lasts,
 * each at the first of four spots around its node that is inside the viewport and free.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelPlacerOptions): PlacedLabel[] {
  const order = [...candidates].sort((a, b) => Number(b.always) - Number(a.always) || a.tier - b.tier || b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new BoxIndex();
  const placed: PlacedLabel[] = [];
  const h = options.fontSize + 2 * PAD;
  for (const c of order) {
    if (!c.always && placed.length >= options.budget) break;
    if (!c.text) continue;
    const text = c.full ? c.text : shortenLabel(c.text, options.maxChars);
    const w = Math.ceil(options.measure(text)) + 2 * PAD;
    let spot: Box | undefined;
    if (c.always) {
      const clamp = (b: Box): Box => ({ ...b, x: Math.min(Math.max(0, b.x), Math.max(0, options.width - b.width)), y: Math.min(Math.max(0, b.y), Math.max(0, options.height - b.height)) });
      // Spots inside the view first (a long name goes left of a node near the right edge), then
      // spots moved inside it.
      const around = positions(c, w, h);
      const tries = [...around.filter((b) => inside(b, options.width, options.height)), ...around.map(clamp)];
      const first = tries[0]!;
      for (let step = 1; step <= 20; step++) tries.push(clamp({ ...first, y: first.y + step * h }), clamp({ ...first, y: first.y - step * h }));
      spot = tries.find((b) => !index.collides(b)) ?? tries[0];
    } else {
      spot = positions(c, w, h).find((b) => inside(b, options.width, options.height) && !index.collides(b));
    }
    if (!spot) continue;
    index.add(spot);
    placed.push({ ...spot, id: c.id, text, fullText: c.text });
  }
  return placed;
}
