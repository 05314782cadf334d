/**
 * End-to-end tests of the explorer's labels and layouts in headless Chromium: the boxes of the
 * labels drawn in the last frame (`window.__ecographLabels`) never overlap each other or a node
 * drawn in colour, stay inside the view and never exceed the budget, on Kyoto, Hamamatsu and a
 * generated 2,000-node graph: after ForceAtlas2, after every layout of the layout panel (with its
 * overlap pass: no two node discs overlap), on hover and in each mode. Screenshots go to
 * test-artifacts/.
 */
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadGraph } from '../../src/io/files.js';
import { writeJson } from '../../src/io/json.js';
import { overlappingPairs } from '../../src/figures/label-boxes.js';
import { generateEcosystem } from '../../src/generate/ecosystem.js';
import type { EcoGraph } from '../../src/model/types.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { APP_DIR, ensureAppBuilt } from '../../scripts/web-app.js';
import { startExplorerServer } from '../../src/serve/server.js';
import { DEFAULT_SETTINGS } from '../../web/src/settings.js';
import { launchBrowser } from './browser.js';
import { chromiumMissing, haveTool } from '../helpers/required-tools.js';

const ARTIFACTS = 'test-artifacts';
const CHROMIUM_FOUND = haveTool('chromium', chromiumMissing());

interface DrawnLabel {
  id: string;
  text: string;
  fullText: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface DrawnDisc {
  x: number;
  y: number;
  radius: number;
}
interface DrawnLabels {
  budget: number;
  width: number;
  height: number;
  labels: DrawnLabel[];
  discs: DrawnDisc[];
}

/** Labels that cover a node disc drawn in colour (the nearest point of the box lies inside the circle by more than 0.01 px). */
function labelsOnDiscs(frame: DrawnLabels): string[] {
  const out: string[] = [];
  for (const l of frame.labels)
    for (const d of frame.discs) {
      const nx = Math.min(Math.max(d.x, l.x), l.x + l.width);
      const ny = Math.min(Math.max(d.y, l.y), l.y + l.height);
      if (Math.hypot(nx - d.x, ny - d.y) < d.radius - 0.01) out.push(`${l.text} covers the disc at ${d.x.toFixed(1)},${d.y.toFixed(1)}`);
    }
  return out;
}

/** Pairs of drawn discs that overlap by more than 0.5 px. */
function overlappingDrawnDiscs(frame: DrawnLabels): string[] {
  const out: string[] = [];
  const ds = [...frame.discs].sort((a, b) => a.x - b.x);
  const maxR = Math.max(0, ...ds.map((d) => d.radius));
  for (let i = 0; i < ds.length; i++)
    for (let j = i + 1; j < ds.length && ds[j]!.x - ds[i]!.x < ds[i]!.radius + maxR; j++) {
      const a = ds[i]!;
      const b = ds[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius - 0.5) out.push(`${a.x.toFixed(1)},${a.y.toFixed(1)} × ${b.x.toFixed(1)},${b.y.toFixed(1)}`);
    }
  return out;
}

const servers: Server[] = [];
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const graphs: Record<string, { graph: EcoGraph; url: string }> = {};

async function serve(name: string, graph: EcoGraph): Promise<void> {
  const s = await startExplorerServer({ appDir: APP_DIR, graphJson: writeJson(graph), graphName: `${name}.json`, host: '127.0.0.1', port: 0 });
  servers.push(s.server);
  graphs[name] = { graph, url: s.url };
}

async function open(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  await page.goto(graphs[name]!.url);
  await page.waitForFunction(() => (window as unknown as { __ecograph?: { ready(): boolean } }).__ecograph?.ready() === true, null, { timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __ecographLabels?: unknown }).__ecographLabels !== undefined);
  return page;
}

const drawn = (page: Page) => page.evaluate(() => (window as unknown as { __ecographLabels: DrawnLabels }).__ecographLabels);

/** The placer's guarantees on one frame: no overlaps, inside the view, within the budget (plus the labels that must show). */
function expectReadable(frame: DrawnLabels, alwaysShown = 0): void {
  expect(frame.labels.length).toBeGreaterThan(0);
  expect(frame.labels.length).toBeLessThanOrEqual(frame.budget + alwaysShown);
  expect(overlappingPairs(frame.labels).map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
  expect(labelsOnDiscs(frame)).toEqual([]);
  for (const l of frame.labels) {
    expect(l.x).toBeGreaterThanOrEqual(0);
    expect(l.y).toBeGreaterThanOrEqual(0);
    expect(l.x + l.width).toBeLessThanOrEqual(frame.width + 0.01);
    expect(l.y + l.height).toBeLessThanOrEqual(frame.height + 0.01);
    expect([...l.text].length).toBeLessThanOrEqual(Math.max(DEFAULT_SETTINGS.labelMaxChars, [...l.fullText].length));
  }
}

type HoverHook = { __ecograph: { hovered(): string | null; nodeViewportPosition(n: string): { x: number; y: number } | null } };

/**
 * Moves the mouse onto `node` (trying points around its centre, as a user would when a neighbour's
 * disc covers part of it) and waits until its label is drawn.
 */
async function hover(page: Page, node: string): Promise<void> {
  const box = (await page.locator('#graph').boundingBox())!;
  const at = (await page.evaluate((n) => (window as unknown as HoverHook).__ecograph.nodeViewportPosition(n), node))!;
  let found = false;
  for (const r of [0, 2, 4, 6]) {
    for (let k = 0; k < (r === 0 ? 1 : 8) && !found; k++) {
      const a = (k * Math.PI) / 4;
      await page.mouse.move(box.x + at.x + r * Math.cos(a), box.y + at.y + r * Math.sin(a));
      found = await page.evaluate((n) => (window as unknown as HoverHook).__ecograph.hovered() === n, node);
    }
    if (found) break;
  }
  expect(found).toBe(true);
  await page.waitForFunction((n) => (window as unknown as { __ecographLabels: DrawnLabels }).__ecographLabels.labels.some((l) => l.id === n && l.text === l.fullText), node);
}

/** A university with spin-offs whose names differ only in their numbers. */
function numberedFirms(): EcoGraph {
  const g = createEcoGraph({ name: 'Numbered firms' });
  g.addNode('uni', { label: 'Root University', kind: 'university', founded: 1950 });
  for (const n of [1031, 123, 9, 45, 1000]) {
    g.addNode(`f${n}`, { label: `Firm ${n}`, kind: 'firm', founded: 2000 });
    g.addDirectedEdge('uni', `f${n}`, { kind: 'spinoff', year: 2000 });
  }
  return g;
}

beforeAll(async () => {
  if (!CHROMIUM_FOUND) return;
  await mkdir(ARTIFACTS, { recursive: true });
  await ensureAppBuilt();
  await serve('kyoto', await loadGraph('graphs/kyoto-life-science.json'));
  await serve('hamamatsu', await loadGraph('graphs/hamamatsu-spinoffs.json'));
  await serve('generated-2000', generateEcosystem({ nodes: 2000, seed: 1 }));
  await serve('numbered-firms', numberedFirms());
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

describe.runIf(CHROMIUM_FOUND)('explorer labels', () => {
  it('Kyoto after ForceAtlas2: labels never overlap, stay within the budget, and the hovered node shows its full name', async () => {
    const page = await open('kyoto');
    expectReadable(await drawn(page));
    await page.screenshot({ path: `${ARTIFACTS}/explorer-labels-kyoto.png` });
    const { graph } = graphs.kyoto!;
    const longest = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'label').length - graph.getNodeAttribute(a, 'label').length)[0]!;
    await hover(page, longest);
    const frame = await drawn(page);
    expectReadable(frame, 1);
    expect(frame.labels.find((l) => l.id === longest)!.text).toBe(graph.getNodeAttribute(longest, 'label'));
    await page.screenshot({ path: `${ARTIFACTS}/explorer-labels-kyoto-hover.png` });
    await page.close();
  });

  it('Kyoto: after ForceAtlas2 and the overlap pass no two node discs overlap, and the camera frames every disc', async () => {
    const page = await open('kyoto');
    const frame = await drawn(page);
    expect(frame.discs.length).toBe(graphs.kyoto!.graph.order);
    expect(overlappingDrawnDiscs(frame)).toEqual([]);
    for (const d of frame.discs) {
      expect(d.x - d.radius).toBeGreaterThanOrEqual(0);
      expect(d.x + d.radius).toBeLessThanOrEqual(frame.width);
      expect(d.y - d.radius).toBeGreaterThanOrEqual(0);
      expect(d.y + d.radius).toBeLessThanOrEqual(frame.height);
    }
    await page.close();
  });

  for (const name of ['kyoto', 'hamamatsu', 'generated-2000'] as const)
    it(`${name}: every layout of the panel (ForceAtlas2 with LinLog, gravity and scaling set; circular; concentric; random), then the overlap pass: no overlaps of labels or discs`, async () => {
      const page = await open(name);
      const runs: { layout: string; fill?: Record<string, string>; check?: string[] }[] = [
        { layout: 'forceatlas2', fill: { '#fa2-gravity': '2', '#fa2-scaling': '4', '#fa2-iterations': '200' }, check: ['#fa2-linlog'] },
        { layout: 'circular' },
        { layout: 'concentric' },
        { layout: 'random' },
      ];
      for (const run of runs) {
        await page.selectOption('#layout-kind', run.layout);
        for (const [sel, v] of Object.entries(run.fill ?? {})) await page.fill(sel, v);
        for (const sel of run.check ?? []) await page.check(sel);
        const before = await page.evaluate(() => (window as unknown as { __ecograph: { nodePositions(): Record<string, [number, number]> } }).__ecograph.nodePositions());
        await page.click('#layout-run');
        await page.waitForFunction(() => /Overlap removal moved/.test(document.getElementById('layout-note')?.textContent ?? ''));
        expect(await page.textContent('#layout-note')).toContain('no two nodes overlap');
        await page.waitForTimeout(400); // the camera's reset animation
        const after = await page.evaluate(() => (window as unknown as { __ecograph: { nodePositions(): Record<string, [number, number]> } }).__ecograph.nodePositions());
        expect(after).not.toEqual(before);
        const frame = await drawn(page);
        expectReadable(frame);
        expect(overlappingDrawnDiscs(frame)).toEqual([]);
        await page.screenshot({ path: `${ARTIFACTS}/explorer-layout-${name}-${run.layout}.png` });
        await page.evaluate(() => document.getElementById('layout-note')!.replaceChildren());
      }
      await page.close();
    }, 300_000);

  for (const name of ['kyoto', 'hamamatsu', 'generated-2000'] as const)
    it(`${name} in each mode (explore, brokers, spin-off), and hovering in brokers mode: no label overlaps a label or a node`, async () => {
      const page = await open(name);
      expectReadable(await drawn(page));
      await page.screenshot({ path: `${ARTIFACTS}/explorer-mode-${name}-explore.png` });
      await page.check('input[name="mode"][value="brokers"]');
      await page.waitForSelector('#brokers-result > *');
      await page.waitForTimeout(300);
      const highlighted = await page.evaluate(() => (window as unknown as { __ecograph: { highlightedNodes(): string[] } }).__ecograph.highlightedNodes());
      expect(highlighted.length).toBeLessThanOrEqual(15);
      const inBrokers = await drawn(page);
      if (highlighted.length > 0) {
        expectReadable(inBrokers);
        // the two sides are labelled: at least one university or anchor beside the brokers
        const { graph } = graphs[name]!;
        expect(inBrokers.labels.some((l) => ['university', 'anchor'].includes(graph.getNodeAttribute(l.id, 'kind') ?? ''))).toBe(true);
        await hover(page, highlighted[0]!);
        expectReadable(await drawn(page), 1);
        await page.mouse.move(1, 1);
      }
      await page.screenshot({ path: `${ARTIFACTS}/explorer-mode-${name}-brokers.png` });
      await page.check('input[name="mode"][value="spinoff"]');
      await page.waitForSelector('#spinoff-summary [data-generation="0"]');
      await page.waitForTimeout(500);
      expectReadable(await drawn(page));
      await page.screenshot({ path: `${ARTIFACTS}/explorer-mode-${name}-spinoff.png` });
      await page.close();
    }, 180_000);

  it('Kyoto: ForceAtlas2 with strong gravity and no overlap pass, then the Remove overlaps button alone; the same seed and settings give the same layout', async () => {
    const page = await open('kyoto');
    const positions = () => page.evaluate(() => (window as unknown as { __ecograph: { nodePositions(): Record<string, [number, number]> } }).__ecograph.nodePositions());
    await page.check('#fa2-strong-gravity');
    await page.uncheck('#layout-noverlap');
    await page.fill('#fa2-iterations', '150');
    await page.click('#layout-run');
    await page.waitForFunction(() => /layout done/.test(document.getElementById('layout-note')?.textContent ?? ''));
    const first = await positions();
    await page.click('#layout-run');
    expect(await positions()).toEqual(first);
    await page.click('#layout-remove-overlaps');
    await page.waitForFunction(() => /Overlap removal moved/.test(document.getElementById('layout-note')?.textContent ?? ''));
    expect(await page.textContent('#layout-note')).toContain('no two nodes overlap');
    await page.waitForTimeout(400);
    const frame = await drawn(page);
    expect(overlappingDrawnDiscs(frame)).toEqual([]);
    expectReadable(frame);
    // a bad setting is refused with its reason, and nothing moves
    const before = await positions();
    await page.fill('#fa2-gravity', '-3');
    await page.click('#layout-run');
    expect(await page.textContent('#layout-note')).toContain('gravity must be a number from 0 to 1000');
    expect(await positions()).toEqual(before);
    await page.close();
  });

  it('Hamamatsu: labels never overlap; brokers mode lists no firm, as none brokers a university–anchor pair', async () => {
    const page = await open('hamamatsu');
    expectReadable(await drawn(page));
    await page.screenshot({ path: `${ARTIFACTS}/explorer-labels-hamamatsu.png` });
    await page.check('input[name="mode"][value="brokers"]');
    await page.waitForFunction(() => (window as unknown as { __ecograph: { mode(): string } }).__ecograph.mode() === 'brokers');
    await page.waitForSelector('#brokers-result p.hint');
    expect(await page.$$('#brokers-list [data-broker]')).toHaveLength(0);
    expect(await page.textContent('#brokers-result')).toContain('No firm brokers a pair');
    expect(await page.evaluate(() => (window as unknown as { __ecograph: { highlightedNodes(): string[] } }).__ecograph.highlightedNodes())).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-labels-hamamatsu-brokers.png` });
    await page.close();
  });

  it('Kyoto in brokers mode: only firms with a brokered pair are listed, and their labels do not overlap', async () => {
    const page = await open('kyoto');
    await page.check('input[name="mode"][value="brokers"]');
    await page.waitForSelector('#brokers-list');
    const listed = await page.$$eval('#brokers-list [data-broker] .hint', (hints) => hints.map((h) => Number(/brokered pairs (\d+)/.exec(h.textContent ?? '')![1])));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((n) => n > 0)).toBe(true);
    await page.waitForTimeout(200);
    const frame = await drawn(page);
    expectReadable(frame);
    const brokers = await page.evaluate(() => (window as unknown as { __ecograph: { brokers(): string[] } }).__ecograph.brokers());
    for (const b of brokers) expect(frame.labels.some((l) => l.id === b)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-labels-kyoto-brokers.png` });
    await page.close();
  });

  it('generated 2,000-node graph: within the budget without overlaps; hovering the hub labels it but not all its neighbours', async () => {
    const page = await open('generated-2000');
    const first = await drawn(page);
    expectReadable(first);
    expect(first.labels.length).toBeLessThanOrEqual(DEFAULT_SETTINGS.labelBudget);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-labels-2000.png` });
    const { graph } = graphs['generated-2000']!;
    const hub = graph.nodes().reduce((best, n) => (graph.degree(n) > graph.degree(best) ? n : best));
    const neighbours = new Set(graph.neighbors(hub));
    expect(neighbours.size).toBeGreaterThan(DEFAULT_SETTINGS.labelBudget);
    await hover(page, hub);
    const frame = await drawn(page);
    expectReadable(frame, 1);
    const labelledNeighbours = frame.labels.filter((l) => neighbours.has(l.id)).length;
    expect(labelledNeighbours).toBeLessThan(neighbours.size);
    expect(frame.labels.every((l) => l.id === hub || neighbours.has(l.id))).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-labels-2000-hover.png` });
    await page.close();
  }, 180_000);

  it('spin-off mode lists members in natural order ("Firm 123" before "Firm 1031") and labels the tree without overlaps', async () => {
    const page = await open('numbered-firms');
    await page.check('input[name="mode"][value="spinoff"]');
    await page.waitForSelector('#spinoff-summary [data-generation="1"]');
    const members = await page.$$eval('#spinoff-summary [data-generation="1"] .members button', (bs) => bs.map((b) => b.textContent));
    expect(members).toEqual(['Firm 9', 'Firm 45', 'Firm 123', 'Firm 1000', 'Firm 1031']);
    await page.waitForTimeout(200);
    const frame = await drawn(page);
    expectReadable(frame);
    expect(frame.labels.map((l) => l.id).sort()).toEqual(['f1000', 'f1031', 'f123', 'f45', 'f9', 'uni']);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-labels-spinoff-numbered.png` });
    await page.close();
  });
});
