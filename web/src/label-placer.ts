/**
 * The explorer's label placer: decides, for each frame, which node labels are drawn and where.
 * No two placed labels overlap (the figures' box rule, `boxesOverlap`), no label covers a node
 * disc drawn in colour (the `discs` obstacles), at most a budget of labels show at once, and the
 * labels that must show (the hovered and the selected node's) are placed first. Long names are
 * shortened unless the label asks for its full text.
 *
 * Nodes drawn faded around a focus (`fadedDiscs`) are obstacles too, one rank lower: a label takes
 * the first of its spots that covers no disc at all; only when every spot covers some disc does it
 * take the first that covers faded discs alone (a faded node under a name rather than the name
 * dropped). A label that must show (hovered or selected) stays by its node: it takes a spot next
 * to the node clear of every disc, else the nearest spot, next to the node or in rings farther
 * out, that covers no label and no coloured disc (faded discs allowed), else one that covers no
 * other label.
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
  /** Try the spots above the node first (a tree parent, whose ties leave to the right). */
  above?: boolean;
}

/** A drawn node disc (viewport px) that no label may cover. */
export interface Disc {
  x: number;
  y: number;
  radius: number;
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
  /** Node discs drawn in colour, which no label may cover (the candidates' own included). */
  discs?: readonly Disc[];
  /** Node discs drawn faded (the context around a focus), which a label covers only when none of its spots is clear of them. */
  fadedDiscs?: readonly Disc[];
}

/** Space between a node's disc and its label, and around the label's text. */
const GAP = 3;
const PAD = 1;
/** Spatial index cell size in px (labels). */
const CELL = 64;
/** Cell size of the disc index in px: small, so a crowded view keeps few discs a cell. */
const DISC_CELL = 16;
/** Ordinary candidates tried at most, per label of the budget (heaviest first): a crowded view stops early. */
const TRIES_PER_LABEL = 25;

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

/** Numeric key of a grid cell (cells within ±2^20 of the origin, far beyond any viewport). */
function cellKey(i: number, j: number): number {
  return (i + 0x100000) * 0x200000 + (j + 0x100000);
}

/** A grid of boxes for quick overlap queries. */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();

  collides(b: Box): boolean {
    for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.width) / CELL); i++)
      for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.height) / CELL); j++) {
        const list = this.cells.get(cellKey(i, j));
        if (list) for (const other of list) if (boxesOverlap(b, other)) return true;
      }
    return false;
  }

  add(b: Box): void {
    for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.width) / CELL); i++)
      for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.height) / CELL); j++) {
        const k = cellKey(i, j);
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
  }
}

/** Whether a box and a disc share interior area. */
export function boxHitsDisc(b: Box, d: Disc): boolean {
  const nx = Math.min(Math.max(d.x, b.x), b.x + b.width);
  const ny = Math.min(Math.max(d.y, b.y), b.y + b.height);
  return (nx - d.x) ** 2 + (ny - d.y) ** 2 < d.radius * d.radius;
}

/**
 * The discs that reach into the viewport, bucketed into a grid of `DISC_CELL` px cells (each cell's
 * discs one run of a flat array), for quick box–disc queries over thousands of discs.
 */
class DiscGrid {
  private readonly cols: number;
  private readonly rows: number;
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  private readonly discs: readonly Disc[];

  constructor(discs: readonly Disc[], width: number, height: number) {
    this.discs = discs;
    this.cols = Math.max(1, Math.ceil(width / DISC_CELL));
    this.rows = Math.max(1, Math.ceil(height / DISC_CELL));
    const cells = this.cols * this.rows;
    const count = new Int32Array(cells + 1);
    const visit = (d: Disc, f: (cell: number) => void) => {
      if (!(d.radius > 0)) return;
      const i0 = Math.max(0, Math.floor((d.x - d.radius) / DISC_CELL));
      const i1 = Math.min(this.cols - 1, Math.floor((d.x + d.radius) / DISC_CELL));
      const j0 = Math.max(0, Math.floor((d.y - d.radius) / DISC_CELL));
      const j1 = Math.min(this.rows - 1, Math.floor((d.y + d.radius) / DISC_CELL));
      for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) f(j * this.cols + i);
    };
    for (const d of discs) visit(d, (c) => count[c + 1]!++);
    this.start = new Int32Array(cells + 1);
    for (let c = 0; c < cells; c++) this.start[c + 1] = this.start[c]! + count[c + 1]!;
    this.items = new Int32Array(this.start[cells]!);
    const fill = this.start.slice(0, cells);
    discs.forEach((d, k) => visit(d, (c) => (this.items[fill[c]!++] = k)));
  }

  collides(b: Box): boolean {
    const i0 = Math.max(0, Math.floor(b.x / DISC_CELL));
    const i1 = Math.min(this.cols - 1, Math.floor((b.x + b.width) / DISC_CELL));
    const j0 = Math.max(0, Math.floor(b.y / DISC_CELL));
    const j1 = Math.min(this.rows - 1, Math.floor((b.y + b.height) / DISC_CELL));
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        const c = j * this.cols + i;
        for (let p = this.start[c]!; p < this.start[c + 1]!; p++) if (boxHitsDisc(b, this.discs[this.items[p]!]!)) return true;
      }
    return false;
  }
}

/** Label boxes tried around a node, in order: right, left, above, below, then the four corners (above first for `above` candidates). */
function positions(c: LabelCandidate, w: number, h: number): Box[] {
  const r = c.radius;
  const d = r * Math.SQRT1_2 + GAP;
  if (c.above)
    return [
      { x: c.x - w / 2, y: c.y - r - GAP - h, width: w, height: h },
      { x: c.x + d, y: c.y - d - h, width: w, height: h },
      { x: c.x - d - w, y: c.y - d - h, width: w, height: h },
      { x: c.x - w / 2, y: c.y + r + GAP, width: w, height: h },
      { x: c.x + r + GAP, y: c.y - h / 2, width: w, height: h },
      { x: c.x - r - GAP - w, y: c.y - h / 2, width: w, height: h },
    ];
  return [
    { x: c.x + r + GAP, y: c.y - h / 2, width: w, height: h },
    { x: c.x - r - GAP - w, y: c.y - h / 2, width: w, height: h },
    { x: c.x - w / 2, y: c.y - r - GAP - h, width: w, height: h },
    { x: c.x - w / 2, y: c.y + r + GAP, width: w, height: h },
    { x: c.x + d, y: c.y - d - h, width: w, height: h },
    { x: c.x + d, y: c.y + d, width: w, height: h },
    { x: c.x - d - w, y: c.y - d - h, width: w, height: h },
    { x: c.x - d - w, y: c.y + d, width: w, height: h },
  ];
}

/**
 * Farther spots for a label that must show when the spots next to its node are taken: rings of
 * growing distance (a label height apart) around the node, eight directions each, sixteen from
 * the fifth ring out.
 */
function fartherPositions(c: LabelCandidate, w: number, h: number, rings: number): Box[] {
  const out: Box[] = [];
  for (let k = 1; k <= rings; k++) {
    const reach = c.radius + GAP + k * h;
    const directions = k <= 4 ? 8 : 16;
    for (let a = 0; a < directions; a++) {
      const angle = (a * 2 * Math.PI) / directions;
      const cx = c.x + Math.cos(angle) * reach;
      const cy = c.y + Math.sin(angle) * reach;
      // anchor the box on the side facing away from the node
      const x = Math.cos(angle) > 0.1 ? cx : Math.cos(angle) < -0.1 ? cx - w : cx - w / 2;
      const y = Math.sin(angle) > 0.1 ? cy : Math.sin(angle) < -0.1 ? cy - h : cy - h / 2;
      out.push({ x, y, width: w, height: h });
    }
  }
  return out;
}

function inside(b: Box, width: number, height: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
}

/** Rings of farther spots tried for a label that must show (a label height apart: far enough to cross a crowded view). */
const RINGS = 40;

/**
 * Places labels: those that must show first (at the first free spot around their node, else
 * farther out, else moved inside the viewport), then the rest by tier and weight while the budget
 * lasts, each at the first of eight spots around its node that is inside the viewport, overlaps no
 * placed label and covers no node disc (faded discs included; failing that, the first spot that
 * covers faded discs only). In a crowded view it stops after trying 25 ordinary candidates per
 * label of the budget, heaviest first.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelPlacerOptions): PlacedLabel[] {
  const order = [...candidates].sort((a, b) => Number(b.always) - Number(a.always) || a.tier - b.tier || b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new BoxIndex();
  // Boxes tested are inside the viewport (ordinary spots must be, spots that must show are moved in).
  const discs = new DiscGrid(options.discs ?? [], options.width, options.height);
  const faded = options.fadedDiscs && options.fadedDiscs.length > 0 ? new DiscGrid(options.fadedDiscs, options.width, options.height) : null;
  const clearOfColour = (b: Box) => !index.collides(b) && !discs.collides(b);
  const clearOfAll = faded ? (b: Box) => clearOfColour(b) && !faded.collides(b) : clearOfColour;
  const placed: PlacedLabel[] = [];
  const h = options.fontSize + 2 * PAD;
  let tries = 0;
  const maxTries = Math.max(1, options.budget) * TRIES_PER_LABEL;
  for (const c of order) {
    if (!c.always && (placed.length >= options.budget || ++tries > maxTries)) break;
    if (!c.text) continue;
    const text = c.full ? c.text : shortenLabel(c.text, options.maxChars);
    const w = Math.ceil(options.measure(text)) + 2 * PAD;
    let spot: Box | undefined;
    if (c.always) {
      const clamp = (b: Box): Box => ({ ...b, x: Math.min(Math.max(0, b.x), Math.max(0, options.width - b.width)), y: Math.min(Math.max(0, b.y), Math.max(0, options.height - b.height)) });
      // Spots inside the view first (a long name goes left of a node near the right edge), then
      // spots moved inside it.
      const near = positions(c, w, h);
      const around = [...near, ...fartherPositions(c, w, h, RINGS)];
      const tries = [...around.filter((b) => inside(b, options.width, options.height)), ...around.map(clamp)];
      // Next to the node and free of labels and discs; else the nearest spot free of labels and
      // coloured discs (faded discs may be covered: the name stays by its node rather than moving
      // far out to find empty space); else free of labels (a disc covered rather than a name hidden).
      const nearTries = faded ? [...near.filter((b) => inside(b, options.width, options.height)), ...near.map(clamp)] : [];
      spot = nearTries.find(clearOfAll) ?? tries.find(clearOfColour) ?? tries.find((b) => !index.collides(b)) ?? tries[0];
    } else {
      const spots = positions(c, w, h).filter((b) => inside(b, options.width, options.height));
      spot = spots.find(clearOfAll) ?? (faded ? spots.find(clearOfColour) : undefined);
    }
    if (!spot) continue;
    index.add(spot);
    placed.push({ ...spot, id: c.id, text, fullText: c.text });
  }
  return placed;
}
