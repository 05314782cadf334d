/**
 * Part of the explorer benchmark: the 95th-percentile time of filter and appearance changes on the
 * open benchmark graph, each made through the panels' own controls and followed by one pass of
 * sigma's node and edge reducers over every node and tie (the page hook `timePanelChange`), so the
 * time is the panels' computation and the reducers', not a frame (headless Chromium draws in
 * software). The reducers keep what the view hides and shows in arrays by node and tie number; the
 * pass's first call after a change recomputes the arrays the change affects, inside the timing.
 * Also the time to open the data table (every measure computed, first rows drawn) and to sort it,
 * which are one-off.
 */
import type { Page } from 'playwright-core';
import type { EcoGraph } from '../src/model/types.js';
import { createRng } from '../src/model/random.js';
import type { BenchChange } from '../web/src/data-panels.js';

/** Changes timed of each sort. */
export const CHANGES_PER_KIND = 20;

/** The 95th percentile (nearest rank) of some times. */
export function percentile95(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!;
}

/** The changes timed: `CHANGES_PER_KIND` of each kind, with varying parameters (seeded). */
export function benchChanges(graph: EcoGraph, seed: number): { name: string; group: 'filter' | 'appearance'; changes: BenchChange[] }[] {
  const rng = createRng(seed + 7);
  const nodes = graph.nodes();
  const n = CHANGES_PER_KIND;
  const years = graph.nodes().map((v) => graph.getNodeAttribute(v, 'founded')).filter((y): y is number => typeof y === 'number');
  const first = Math.min(...years);
  const last = Math.max(...years);
  const range = (i: number) => ({ from: first + ((i * 3) % Math.max(1, last - first)), to: Math.min(last, first + ((i * 3) % Math.max(1, last - first)) + 5) });
  const many = <T>(f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
  return [
    { name: 'filter: degree range', group: 'filter', changes: many((i) => ({ filter: 'degree', min: 1 + (i % 10) })) },
    { name: 'filter: attribute categories (kind)', group: 'filter', changes: many((i) => ({ filter: 'category', field: 'attr:kind', uncheck: i % 6 })) },
    { name: 'filter: largest component', group: 'filter', changes: many(() => ({ filter: 'largest-component' })) },
    { name: 'filter: 2-hop neighbourhood of a node', group: 'filter', changes: many(() => ({ filter: 'ego', node: nodes[rng.int(nodes.length)]!, hops: 2 })) },
    { name: 'filter: year range (6 years)', group: 'filter', changes: many((i) => ({ filter: 'years', ...range(i) })) },
    { name: 'appearance: colour by kind (categories)', group: 'appearance', changes: many((i) => ({ appearance: 'color', field: i % 2 ? 'attr:kind' : 'attr:region' })) },
    { name: 'appearance: colour by degree (ramp)', group: 'appearance', changes: many((i) => ({ appearance: 'color', field: i % 2 ? 'metric:degree' : 'attr:founded' })) },
    { name: 'appearance: size by degree', group: 'appearance', changes: many((i) => ({ appearance: 'size', field: i % 2 ? 'metric:degree' : 'attr:founded' })) },
    { name: 'appearance: label by an attribute', group: 'appearance', changes: many((i) => ({ appearance: 'label', field: i % 2 ? 'attr:founded' : 'attr:kind' })) },
  ];
}

interface PanelHook {
  timePanelChange(change: BenchChange): number | null;
  timeReducerPass(): number;
}

/**
 * Times the changes on an open explorer page.
 *
 * @returns one measurement a kind of change (its 95th percentile), the two groups' 95th percentiles, and the table's open and sort times
 */
export async function measurePanelChanges(page: Page, graph: EcoGraph, seed: number, log: (line: string) => void = () => {}): Promise<{ name: string; ms: number }[]> {
  const out: { name: string; ms: number }[] = [];
  const size = `${graph.order / 1000}k/${graph.size / 1000}k`;
  const groups = new Map<string, number[]>();
  const baseline: number[] = [];
  log('each change: the panel computation, then one reducer pass over every node and tie (with the per-node and per-tie arrays the change affects recomputed); no frame drawn');
  for (let i = 0; i <= CHANGES_PER_KIND; i++) baseline.push(await page.evaluate(() => (window as unknown as { __ecograph: PanelHook }).__ecograph.timeReducerPass()));
  out.push({ name: `${size} p95 reducers alone, no change (baseline)`, ms: percentile95(baseline.slice(1)) });
  log(`reducers alone: p95 ${percentile95(baseline.slice(1)).toFixed(1)} ms`);
  for (const kind of benchChanges(graph, seed)) {
    // one untimed change first: measures are computed once, on first use
    await page.evaluate((c) => (window as unknown as { __ecograph: PanelHook }).__ecograph.timePanelChange(c), kind.changes[0]!);
    const times: number[] = [];
    for (const change of kind.changes) times.push((await page.evaluate((c) => (window as unknown as { __ecograph: PanelHook }).__ecograph.timePanelChange(c), change))!);
    out.push({ name: `${size} p95 ${kind.name} (+ reducers)`, ms: percentile95(times) });
    log(`${kind.name}: p95 ${percentile95(times).toFixed(1)} ms`);
    groups.set(kind.group, [...(groups.get(kind.group) ?? []), ...times]);
  }
  for (const [group, times] of groups) out.push({ name: `${size} p95 of all ${group} changes (${times.length})`, ms: percentile95(times) });
  const table = await page.evaluate(async () => {
    const t = performance.now();
    (document.querySelector('#table-toggle') as HTMLButtonElement).click();
    const opened = performance.now() - t;
    const t2 = performance.now();
    (document.querySelector('.table-header button[data-field="metric:degree"]') as HTMLButtonElement).click();
    return { opened, sorted: performance.now() - t2, rows: document.querySelectorAll('.table-row').length };
  });
  if (table.rows === 0 || table.rows > 200) throw new Error(`the data table drew ${table.rows} rows`);
  out.push({ name: `${size} data table opened (attributes, degree, component and the measures already computed; rows in sight drawn)`, ms: table.opened });
  out.push({ name: `${size} data table sorted by degree`, ms: table.sorted });
  return out;
}
