/**
 * ForceAtlas2 for the explorer: seeded start positions (the same seed gives the same layout), a
 * synchronous run for small graphs before the first frame, and a web worker for the rest.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { EcoGraph } from '../../src/model/types.js';
import { seededRandom } from './seeded-random.js';

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

function layoutSettings(graph: EcoGraph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000, adjustSizes: false };
}

/** Runs ForceAtlas2 synchronously for a number of iterations (small graphs only). */
export function runForceAtlas2Sync(graph: EcoGraph, iterations: number): void {
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph), getEdgeWeight: null });
}

/** ForceAtlas2 running in a web worker; the worker writes positions back to the graph. */
export class ForceAtlas2Worker {
  private supervisor: FA2LayoutSupervisor | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly graph: EcoGraph,
    private readonly onChange: (running: boolean) => void,
  ) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Starts the worker; with `forMs`, stops it again after that many milliseconds. */
  start(forMs?: number): void {
    this.supervisor ??= new FA2LayoutSupervisor(this.graph, { settings: layoutSettings(this.graph), getEdgeWeight: null });
    this.supervisor.start();
    if (this.timer) clearTimeout(this.timer);
    if (forMs !== undefined) this.timer = setTimeout(() => this.stop(), forMs);
    this.onChange(true);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.supervisor?.stop();
    this.onChange(false);
  }

  kill(): void {
    this.stop();
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
