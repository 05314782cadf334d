/**
 * The explorer's layouts in one place: the choice the layout panel makes (which layout, the
 * ForceAtlas2 settings, iterations, overlap removal after) and running it on a graph's `x`/`y`.
 * Every layout is reproducible: the same seed and settings give the same positions.
 */
import type { EcoGraph } from '../../src/model/types.js';
import { concentricLayout } from './layout-concentric.js';
import { circularLayout } from './layout-circular.js';
import { runForceAtlas2Sync, seedPositions, type ForceAtlas2Choices } from './layout-forceatlas2.js';

/** Layouts the panel offers. */
export const LAYOUTS = [
  { id: 'forceatlas2', title: 'ForceAtlas2' },
  { id: 'circular', title: 'Circular (by kind)' },
  { id: 'concentric', title: 'Concentric rings by kind' },
  { id: 'random', title: 'Random (seeded)' },
] as const;
export type LayoutId = (typeof LAYOUTS)[number]['id'];

/** What the layout panel asks for. */
export interface LayoutChoice {
  layout: LayoutId;
  /** ForceAtlas2 settings; unset ones follow the graph's size. */
  forceAtlas2: ForceAtlas2Choices;
  /** ForceAtlas2 iterations of a run. */
  iterations: number;
  /** Run the overlap-removal pass after the layout. */
  removeOverlaps: boolean;
}

/** Defaults of the panel. */
export const DEFAULT_LAYOUT_CHOICE: Readonly<LayoutChoice> = { layout: 'forceatlas2', forceAtlas2: {}, iterations: 300, removeOverlaps: true };

/**
 * Reads the panel's fields (as the form gives them: strings, and booleans for checkboxes) into a
 * choice, or the problems with it. Empty numbers mean "follow the graph's size".
 *
 * @example parseLayoutChoice({ layout: 'forceatlas2', gravity: '2', scalingRatio: '', linLog: true, strongGravity: false, iterations: '500', removeOverlaps: true })
 *   // → { ok: true, choice: { layout: 'forceatlas2', forceAtlas2: { gravity: 2, linLogMode: true, strongGravityMode: false }, iterations: 500, removeOverlaps: true } }
 */
export function parseLayoutChoice(fields: Record<string, string | boolean>): { ok: true; choice: LayoutChoice } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const layout = String(fields.layout ?? DEFAULT_LAYOUT_CHOICE.layout);
  if (!LAYOUTS.some((l) => l.id === layout)) errors.push(`layout "${layout}" is not one of ${LAYOUTS.map((l) => l.id).join(', ')}`);
  const num = (name: string, min: number, max: number, integer = false): number | undefined => {
    const raw = fields[name];
    if (raw === undefined || raw === '' || typeof raw === 'boolean') return undefined;
    const v = Number(raw);
    if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      errors.push(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, not "${raw}"`);
      return undefined;
    }
    return v;
  };
  const gravity = num('gravity', 0, 1000);
  const scalingRatio = num('scalingRatio', 0.001, 10000);
  const iterations = num('iterations', 1, 100000, true) ?? DEFAULT_LAYOUT_CHOICE.iterations;
  if (errors.length > 0) return { ok: false, errors };
  const forceAtlas2: ForceAtlas2Choices = { linLogMode: fields.linLog === true, strongGravityMode: fields.strongGravity === true };
  if (gravity !== undefined) forceAtlas2.gravity = gravity;
  if (scalingRatio !== undefined) forceAtlas2.scalingRatio = scalingRatio;
  return { ok: true, choice: { layout: layout as LayoutId, forceAtlas2, iterations, removeOverlaps: fields.removeOverlaps !== false } };
}

/**
 * Runs a layout on the graph's `x`/`y`: ForceAtlas2 from seeded start positions for `iterations`
 * iterations, the circular or concentric layout, or seeded random positions. The overlap pass is
 * the caller's (it needs the drawn sizes).
 */
export function applyLayout(graph: EcoGraph, choice: LayoutChoice, seed: number): void {
  if (choice.layout === 'forceatlas2') {
    seedPositions(graph, seed);
    runForceAtlas2Sync(graph, choice.iterations, choice.forceAtlas2);
    return;
  }
  if (choice.layout === 'random') {
    seedPositions(graph, seed);
    return;
  }
  const positions = choice.layout === 'circular' ? circularLayout(graph) : concentricLayout(graph);
  for (const [node, p] of positions) graph.mergeNodeAttributes(node, p);
}
