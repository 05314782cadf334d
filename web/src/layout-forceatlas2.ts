/**
 * ForceAtlas2 for the explorer: seeded start positions (the same seed gives the same layout), the
 * settings the layout panel chooses, and a synchronous run (the web worker is in
 * `layout-forceatlas2-worker.ts`).
 */
import forceAtlas2Module, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { EcoGraph } from '../../src/model/types.js';
import { seededRandom } from './seeded-random.js';

/** The two functions used, typed alike under the bundler's and Node's module resolution (a CommonJS package). */
const forceAtlas2 = forceAtlas2Module as unknown as {
  assign(graph: EcoGraph, params: { iterations: number; settings: ForceAtlas2Settings; getEdgeWeight: null }): void;
  inferSettings(graph: EcoGraph): ForceAtlas2Settings;
};

/** Whether every node already has finite `x` and `y` (a GEXF with viz positions, a saved layout). */
export function hasPositions(graph: EcoGraph): boolean {
  let all = graph.order > 0;
  graph.forEachNode((_n, a) => {
    if (!(Number.isFinite(a.x) && Number.isFinite(a.y))) all = false;
  });
  return all;
}

/** Places the nodes uniformly at random in a disc whose area grows with the graph, from a seed. */
export function seedPositions(graph: EcoGraph, seed: number): void {
  const random = seededRandom(seed);
  const radius = 10 * Math.sqrt(graph.order);
  graph.updateEachNodeAttributes((_n, a) => {
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    return { ...a, x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
}

/** The ForceAtlas2 settings the explorer's layout panel sets; unset ones follow the graph's size (`inferSettings`). */
export interface ForceAtlas2Choices {
  /** Pull towards the centre (keeps components together). */
  gravity?: number;
  /** Repulsion strength: larger spreads the graph. */
  scalingRatio?: number;
  /** Logarithmic attraction (LinLog): tighter clusters. */
  linLogMode?: boolean;
  /** Gravity that grows with distance. */
  strongGravityMode?: boolean;
}

/** The settings ForceAtlas2 runs with: the graph's inferred ones, Barnes–Hut above 1,000 nodes, then the choices. */
export function layoutSettings(graph: EcoGraph, choices: ForceAtlas2Choices = {}): ForceAtlas2Settings {
  const out: ForceAtlas2Settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000, adjustSizes: false };
  for (const [k, v] of Object.entries(choices)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Runs ForceAtlas2 synchronously for a number of iterations (small graphs only). */
export function runForceAtlas2Sync(graph: EcoGraph, iterations: number, choices: ForceAtlas2Choices = {}): void {
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph, choices), getEdgeWeight: null });
}
