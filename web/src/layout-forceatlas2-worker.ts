/**
 * ForceAtlas2 in a web worker for the explorer (graphs too large for a synchronous run): the
 * worker writes positions back to the graph; a change of the panel's settings starts a new worker.
 */
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { EcoGraph } from '../../src/model/types.js';
import { layoutSettings, type ForceAtlas2Choices } from './layout-forceatlas2.js';

/** ForceAtlas2 running in a web worker; the worker writes positions back to the graph. */
export class ForceAtlas2Worker {
  private supervisor: FA2LayoutSupervisor | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  private runningWith = '';

  constructor(
    private readonly graph: EcoGraph,
    private readonly onChange: (running: boolean) => void,
    private readonly choices: () => ForceAtlas2Choices = () => ({}),
  ) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Starts the worker; with `forMs`, stops it again after that many milliseconds. */
  start(forMs?: number): void {
    // A new worker when the settings changed since the last one started.
    const settings = layoutSettings(this.graph, this.choices());
    const key = JSON.stringify(settings);
    if (this.supervisor && key !== this.runningWith) {
      this.supervisor.kill();
      this.supervisor = null;
    }
    this.runningWith = key;
    this.supervisor ??= new FA2LayoutSupervisor(this.graph, { settings, getEdgeWeight: null });
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
