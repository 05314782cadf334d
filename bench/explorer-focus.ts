/**
 * Hover and search on the explorer's benchmark graph: the 95th-percentile time of a focus change,
 * measured on the reducers and the label placer (the page's `timeFocusChange` hook), not on frames,
 * which headless Chromium draws in software. Hovers go to the highest-degree node and to nodes
 * drawn at random (seeded); searches look each node up by its name and select the first hit. The
 * reducers' part includes recomputing the focus's neighbours (and, for a search, the query).
 */
import type { Page } from 'playwright-core';
import { createRng } from '../src/model/random.js';
import type { EcoGraph } from '../src/model/types.js';

/** Focus changes timed of each kind. */
export const FOCUS_SAMPLES = 40;

interface FocusHook {
  timeFocusChange(node: string, kind: 'hover' | 'search'): { reducers: number; placer: number } | null;
}

/** The nearest-rank 95th percentile of a sample. */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? NaN;
}

/** Times hovers and searches; returns one p95 measurement of each, named with the sample size. */
export async function measureFocusChanges(page: Page, graph: EcoGraph, seed: number, log: (line: string) => void = () => {}): Promise<{ name: string; ms: number }[]> {
  const rng = createRng(seed + 7);
  const nodes = graph.nodes();
  const hub = nodes.reduce((best, n) => (graph.degree(n) > graph.degree(best) ? n : best));
  const sample = [hub, ...Array.from({ length: FOCUS_SAMPLES - 1 }, () => nodes[rng.int(nodes.length)]!)];
  const out: { name: string; ms: number }[] = [];
  log('each focus change: the search query (search only), the focus neighbourhood and one reducer pass over every node and tie, then the label placer on the frame sigma computed; no frame drawn');
  for (const kind of ['hover', 'search'] as const) {
    const total: number[] = [];
    const reducers: number[] = [];
    const placer: number[] = [];
    for (const node of sample) {
      const ms = await page.evaluate(([n, k]) => (window as unknown as { __ecograph: FocusHook }).__ecograph.timeFocusChange(n, k), [node, kind] as const);
      if (ms === null) throw new Error(`the explorer could not focus ${node}`);
      total.push(ms.reducers + ms.placer);
      reducers.push(ms.reducers);
      placer.push(ms.placer);
    }
    log(`${kind}: ${total.length} changes, max ${Math.max(...total).toFixed(1)} ms; p95 reducers ${p95(reducers).toFixed(1)} ms, label placer ${p95(placer).toFixed(1)} ms`);
    out.push({ name: `${graph.order / 1000}k ${kind} (reducers + label placer), p95 of ${total.length}`, ms: p95(total) });
  }
  return out;
}
