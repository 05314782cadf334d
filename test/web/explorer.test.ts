/**
 * End-to-end tests of the web explorer in real headless Chromium: the real server on a free port,
 * the built app, and the Kyoto graph (assertions are computed from the graph and the library, not
 * hard-coded). Screenshots go to test-artifacts/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadGraph } from '../../src/io/files.js';
import { writeJson } from '../../src/io/json.js';
import { readGexf, writeGexf } from '../../src/io/gexf.js';
import { openGraphTexts } from '../../src/open/browser.js';
import { nodeKindColor } from '../../src/model/palette.js';
import { SIZE_METRICS } from '../../web/src/size-metrics.js';
import { brokers } from '../../src/metrics/brokerage/brokers.js';
import { louvain } from '../../src/metrics/communities/louvain.js';
import { lineageTree, summariseRoots, type LineageTreeNode } from '../../src/metrics/lineage/index.js';
import { buildView } from '../../src/metrics/view.js';
import { datingCounts, snapshotAt } from '../../src/metrics/evolution/snapshot.js';
import { createEcoGraph } from '../../src/model/graph.js';
import type { EcoGraph } from '../../src/model/types.js';
import { APP_DIR, ensureAppBuilt } from '../../scripts/web-app.js';
import { startExplorerServer } from '../../src/serve/server.js';
import { launchBrowser } from './browser.js';
import { chromiumMissing, haveTool } from '../helpers/required-tools.js';
import { loadToy } from '../metrics/evolution/toy.js';

/** The graph under test: switch data sets here. */
const GRAPH_PATH = 'graphs/kyoto-life-science.json';
const ARTIFACTS = 'test-artifacts';
/** Headless Chromium is there (else every test here is skipped, or fails when the run requires it). */
const CHROMIUM_FOUND = haveTool('chromium', chromiumMissing());

interface Hook {
  ready(): boolean;
  visibleNodeCount(): number;
  visibleEdgeCount(): number;
  visibleNodes(): string[];
  highlightedNodes(): string[];
  spinoffGenerations(): Record<string, number> | null;
  brokers(): string[] | null;
  nodeViewportPosition(node: string): { x: number; y: number } | null;
  cameraRatio(): number | null;
}

let graph: EcoGraph;
const servers: Server[] = [];
let url: string;
let xssUrl: string;
let toyUrl: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

const XSS_LABEL = '<img src=x onerror=alert(1)>';

function xssGraph(): EcoGraph {
  const g = createEcoGraph({ name: '<script>alert(2)</script>' });
  g.addNode('evil', { label: XSS_LABEL, kind: 'firm', founded: 2001, sources: ['javascript:alert(3)', 'https://example.org/"><b>x</b>'], notes: '<b onmouseover=alert(4)>hi</b>' });
  g.addNode('uni', { label: 'Plain University', kind: 'university', founded: 1900 });
  g.addDirectedEdge('uni', 'evil', { kind: 'spinoff', year: 2001, confidence: 'illustrative', notes: '<svg onload=alert(5)>' });
  return g;
}

async function start(g: EcoGraph, name: string): Promise<string> {
  const s = await startExplorerServer({ appDir: APP_DIR, graphJson: writeJson(g), graphName: name, host: '127.0.0.1', port: 0 });
  servers.push(s.server);
  return s.url;
}

async function openExplorer(target = url): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  await page.goto(target);
  await page.waitForFunction(() => (window as unknown as { __ecograph?: Hook }).__ecograph?.ready() === true, null, { timeout: 30_000 });
  return page;
}

const hook = <T>(page: Page, f: (h: Hook) => T) => page.evaluate(`(${f.toString()})(window.__ecograph)`) as Promise<T>;

/** Moves the year slider to `year`, as a user dragging it would. */
async function setYear(page: Page, year: number): Promise<void> {
  await page.$eval(
    '#year',
    (el, y) => {
      (el as HTMLInputElement).value = String(y);
      el.dispatchEvent(new Event('input'));
    },
    year,
  );
}

beforeAll(async () => {
  if (!CHROMIUM_FOUND) return;
  await mkdir(ARTIFACTS, { recursive: true });
  await ensureAppBuilt();
  graph = await loadGraph(GRAPH_PATH);
  url = await start(graph, GRAPH_PATH.split('/').pop()!);
  xssUrl = await start(xssGraph(), 'xss.json');
  toyUrl = await start(loadToy(), 'toy-valley.json');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

describe.runIf(CHROMIUM_FOUND)('explorer on the Kyoto graph', () => {
  it('draws every node and tie, with legend counts equal to the data', async () => {
    const page = await openExplorer();
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(graph.order);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(graph.size);
    const expected: Record<string, number> = {};
    graph.forEachNode((_n, a) => {
      expected[a.kind ?? 'untyped'] = (expected[a.kind ?? 'untyped'] ?? 0) + 1;
    });
    const legend = await page.$$eval('#legend button', (buttons) =>
      Object.fromEntries(buttons.map((b) => [b.getAttribute('data-kind'), Number(b.querySelector('.count')!.textContent)])),
    );
    expect(legend).toEqual(expected);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-kyoto.png` });
    await page.close();
  });

  it('search suggests nodes, Enter opens the details and highlights the neighbourhood', async () => {
    const page = await openExplorer();
    let best = '';
    graph.forEachNode((n) => {
      if (best === '' || graph.degree(n) > graph.degree(best)) best = n;
    });
    const label = graph.getNodeAttribute(best, 'label');
    await page.focus('#search');
    await page.keyboard.type(label);
    await page.waitForSelector(`#suggestions li[data-node="${best}"]`);
    expect(await page.getAttribute('#suggestions li:first-child', 'data-node')).toBe(best);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-section:not([hidden])');
    expect(await page.textContent('#details-label')).toBe(label);
    // Every attribute is listed; every URL source is a link opening in a new tab.
    const sources = graph.getNodeAttribute(best, 'sources') ?? [];
    const links = await page.$$eval('#details-sources a', (as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.target).toBe('_blank');
      expect(l.rel).toContain('noopener');
    }
    const urls = sources.flatMap((s) => s.match(/https?:\/\/\S+/g) ?? []);
    expect(urls.length).toBeGreaterThan(0);
    expect(links.map((l) => l.href).sort()).toEqual(urls.sort());
    // Neighbourhood: the node highlighted, only its ties drawn.
    expect(await hook(page, (h) => h.highlightedNodes())).toEqual([best]);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(graph.edges(best).length);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-details.png` });
    await page.close();
  });

  it('hovering a node highlights it and its ties only; leaving restores the view', async () => {
    const page = await openExplorer();
    const node = graph.nodes().find((n) => graph.degree(n) >= 3)!;
    const at = await page.evaluate((n) => (window as unknown as { __ecograph: Hook }).__ecograph.nodeViewportPosition(n), node);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + at!.x, box.y + at!.y);
    await page.waitForFunction((n) => (window as unknown as { __ecograph: Hook }).__ecograph.highlightedNodes().includes(n), node);
    expect(await hook(page, (h) => h.highlightedNodes())).toEqual([node]);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(graph.edges(node).length);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-hover.png` });
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.highlightedNodes().length === 0);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(graph.size);
    await page.close();
  });

  it('the graph zooms and resets from the keyboard', async () => {
    const page = await openExplorer();
    await page.focus('#graph');
    const before = (await hook(page, (h) => h.cameraRatio()))!;
    await page.keyboard.press('+');
    await page.waitForFunction((r) => (window as unknown as { __ecograph: Hook }).__ecograph.cameraRatio()! < r, before);
    await page.keyboard.press('0');
    await page.waitForFunction((r) => (window as unknown as { __ecograph: Hook }).__ecograph.cameraRatio() === r, before);
    await page.close();
  });

  it('tie-kind filters hide the ties of that kind', async () => {
    const page = await openExplorer();
    const kind = 'collaboration';
    const count = graph.filterEdges((_e, a) => a.kind === kind).length;
    expect(count).toBeGreaterThan(0);
    await page.uncheck(`input[data-edge-kind="${kind}"]`);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(graph.size - count);
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(graph.order);
    await page.close();
  });

  it('the start layout is deterministic from the seed', async () => {
    const positions = async (query: string) => {
      const page = await openExplorer(url + query);
      const at = await page.evaluate((nodes) => nodes.map((n) => (window as unknown as { __ecograph: Hook }).__ecograph.nodeViewportPosition(n)), graph.nodes());
      await page.close();
      return at;
    };
    const first = await positions('?seed=7');
    expect(await positions('?seed=7')).toEqual(first);
    expect(await positions('?seed=8')).not.toEqual(first);
  });

  it('plays the years up to the last', async () => {
    const page = await openExplorer(url + '?yearPlayMs=10');
    // Play from 15 years before the last (play starts at the slider's year).
    const last = Number(await page.getAttribute('#year', 'max'));
    const first = last - 15;
    await page.$eval('#year', (el, y) => {
      (el as HTMLInputElement).value = String(y);
      el.dispatchEvent(new Event('input'));
    }, first);
    // Record every year shown and the node count drawn at it.
    await page.evaluate(() => {
      const seen: [string, number][] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() =>
        seen.push([document.querySelector('#year-value')!.textContent ?? '', (window as unknown as { __ecograph: Hook }).__ecograph.visibleNodeCount()]),
      ).observe(document.querySelector('#year-value')!, { childList: true, characterData: true, subtree: true });
    });
    await page.click('#year-play');
    await page.waitForFunction(() => document.querySelector('#year-play')!.getAttribute('aria-pressed') === 'false', null, { timeout: 20_000 });
    expect(await page.textContent('#year-value')).toBe(String(last));
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(snapshotAt(graph, last).order);
    const seen = (await page.evaluate(() => (window as unknown as { seen: [string, number][] }).seen)).map(([y, n]) => [Number(y), n] as const);
    expect(seen.map(([y]) => y)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    for (const [y, n] of seen) expect(n).toBe(snapshotAt(graph, y).order);
    await page.close();
  });

  it('clicking a legend entry hides that kind', async () => {
    const page = await openExplorer();
    const kind = 'firm';
    const firms = graph.filterNodes((_n, a) => a.kind === kind).length;
    expect(firms).toBeGreaterThan(0);
    await page.click(`#legend button[data-kind="${kind}"]`);
    expect(await page.getAttribute(`#legend button[data-kind="${kind}"]`, 'aria-pressed')).toBe('false');
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(graph.order - firms);
    expect(await page.textContent('#counts')).toBe(`Showing ${graph.order - firms} of ${graph.order} nodes and ${await hook(page, (h) => h.visibleEdgeCount())} of ${graph.size} ties.`);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-hide-firms.png` });
    await page.click(`#legend button[data-kind="${kind}"]`);
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(graph.order);
    await page.close();
  });

  it('the year slider shows the ecosystem as of a year: what snapshotAt keeps', async () => {
    const page = await openExplorer();
    const years = graph.mapNodes((_n, a) => a.founded).filter((y): y is number => y !== undefined).sort((a, b) => a - b);
    const year = years[Math.floor(years.length / 2)]!;
    expect(await page.textContent('#year-value')).toBe('all years');
    await setYear(page, year);
    const snapshot = snapshotAt(graph, year);
    expect((await hook(page, (h) => h.visibleNodes())).sort()).toEqual(snapshot.nodes().sort());
    expect(snapshot.order).toBeLessThan(graph.order);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(snapshot.size);
    expect(await page.textContent('#year-value')).toBe(String(year));
    await page.close();
  });

  it('spin-off mode shows the largest root tree by generation with the lineage numbers', async () => {
    const page = await openExplorer();
    const roots = summariseRoots(graph).sort((a, b) => b.descendants - a.descendants || a.label.localeCompare(b.label) || (a.root < b.root ? -1 : 1));
    const root = roots[0]!;
    await page.check('input[name="mode"][value="spinoff"]');
    expect(await page.inputValue('#spinoff-root')).toBe(root.root);
    const expected: Record<string, number> = {};
    const stack: LineageTreeNode[] = [lineageTree(graph, root.root)];
    while (stack.length) {
      const t = stack.pop()!;
      expected[t.id] = t.generation;
      stack.push(...t.children);
    }
    expect(await hook(page, (h) => h.spinoffGenerations())).toEqual(expected);
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(Object.keys(expected).length);
    const generations = await page.$$eval('#spinoff-summary [data-generation]', (lis) => lis.map((li) => Number(li.getAttribute('data-generation'))));
    expect(generations).toEqual([...Array(root.generations + 1).keys()]);
    expect(await page.textContent('#lineage-numbers')).toContain(root.byGeneration.join(' · '));
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-spinoff.png` });
    // Any node can root a tree: the subtree below a selected generation-1 firm.
    const child = Object.keys(expected).find((n) => expected[n] === 1)!;
    await page.click(`#spinoff-summary button[data-node="${child}"]`);
    await page.click('#spinoff-from-selection');
    const sub: Record<string, number> = {};
    const subStack: LineageTreeNode[] = [lineageTree(graph, child)];
    while (subStack.length) {
      const t = subStack.pop()!;
      sub[t.id] = t.generation;
      subStack.push(...t.children);
    }
    expect(await hook(page, (h) => h.spinoffGenerations())).toEqual(sub);
    await page.close();
  });

  it('brokers mode highlights the brokers the library query returns that broker at least one pair', async () => {
    const page = await openExplorer();
    const kindOf = (n: string) => graph.getNodeAttribute(n, 'kind');
    const all = brokers(buildView(graph).graph, buildView(graph, { directed: true }).graph, kindOf, kindOf, { between: 'university', and: 'anchor', via: 'firm' });
    const rows = all.filter((r) => r.brokeredPairs > 0);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.length);
    await page.check('input[name="mode"][value="brokers"]');
    await page.waitForSelector('#brokers-list');
    const expected = rows.map((r) => r.id);
    expect(await page.$$eval('#brokers-list [data-broker]', (lis) => lis.map((li) => li.getAttribute('data-broker')))).toEqual(expected);
    expect((await hook(page, (h) => h.highlightedNodes())).sort()).toEqual([...expected].sort());
    await page.screenshot({ path: `${ARTIFACTS}/explorer-brokers.png` });
    await page.close();
  });

  it('colours by Louvain community with a legend of community sizes, and sizes by a centrality', async () => {
    const page = await openExplorer();
    await page.selectOption('#color-by', 'community');
    const { community } = louvain(buildView(graph).graph, { seed: 1 });
    const sizes = new Map<number, number>();
    for (const c of community.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    const shown = await page.$$eval('#legend [data-community]', (lis) => lis.map((li) => [Number(li.getAttribute('data-community')), Number(li.querySelector('.count')!.textContent)]));
    expect(shown).toEqual([...sizes.entries()].sort((a, b) => a[0] - b[0]).slice(0, 12));
    await page.selectOption('#size-by', 'betweenness');
    expect(await page.textContent('#size-note')).toBe('');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-communities.png` });
    await page.close();
  });

  it('exports the view as a non-blank PNG and as SVG', async () => {
    const page = await openExplorer();
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('ecograph-view.png');
    await png.saveAs(`${ARTIFACTS}/export.png`);
    const bytes = await readFile(`${ARTIFACTS}/export.png`);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const stats = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let sum = 0;
      let sq = 0;
      let colored = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const l = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
        sum += l;
        sq += l * l;
        if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 40) colored++;
      }
      const mean = sum / n;
      return { width: c.width, variance: sq / n - mean * mean, colored };
    }, bytes.toString('base64'));
    expect(stats.width).toBeGreaterThan(100);
    expect(stats.variance).toBeGreaterThan(20);
    expect(stats.colored).toBeGreaterThan(200); // kind colours made it into the image
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    await svg.saveAs(`${ARTIFACTS}/export.svg`);
    const text = await readFile(`${ARTIFACTS}/export.svg`, 'utf8');
    expect(text).toContain('<svg');
    const nodeGroup = /<g class="nodes">([\s\S]*?)<\/g>/.exec(text)![1]!;
    expect(nodeGroup.match(/<circle /g)?.length).toBe(graph.order);
    // the frame: title, a legend entry per kind drawn, the sources line
    expect(text).toContain(`>${graph.getAttribute('name')}</text>`);
    const legendGroup = /<g class="legend"[^>]*>([\s\S]*?)<\/g>/.exec(text)![1]!;
    const kinds = new Set(graph.mapNodes((_n, a) => a.kind ?? 'untyped'));
    expect(legendGroup.match(/<circle /g)?.length).toBe(kinds.size);
    expect(legendGroup).toContain('University (');
    expect(/<g class="sources"[^>]*>\s*<text[^>]*>Sources: /.test(text)).toBe(true);
    // arrowheads a few px long, in px (not multiplied by the stroke width)
    const markers = [...text.matchAll(/<marker [^>]*markerUnits="userSpaceOnUse"[^>]*markerWidth="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(markers.length).toBeGreaterThan(0);
    for (const w of markers) expect(w).toBeLessThanOrEqual(12);
    // Circles are where sigma draws the nodes (graph order).
    const first = /<circle cx="([\d.-]+)" cy="([\d.-]+)"/.exec(text)!;
    const drawn = await page.evaluate((n) => (window as unknown as { __ecograph: Hook }).__ecograph.nodeViewportPosition(n), graph.nodes()[0]!);
    expect(Math.abs(Number(first[1]) - drawn!.x)).toBeLessThan(0.5);
    expect(Math.abs(Number(first[2]) - drawn!.y)).toBeLessThan(0.5);
    expect(text.match(/<line /g)?.length).toBe(graph.size);
    const dashed = graph.filterEdges((_e, a) => a.confidence === 'illustrative' || a.confidence === 'inferred').length;
    expect(text.match(/stroke-dasharray/g)?.length ?? 0).toBe(dashed);
    await page.close();
  });

  it('exports the filtered graph as GEXF and JSON with the drawn colours, sizes, positions and measures, read back by the library', async () => {
    const page = await openExplorer();
    // hide people, as a filter
    await page.click('#legend [data-kind="person"]');
    const shown = new Set(await hook(page, (h) => h.visibleNodes()));
    const positions = await page.evaluate(() => (window as unknown as { __ecograph: { nodePositions(): Record<string, [number, number]> } }).__ecograph.nodePositions());
    // degree as the explorer sizes by it: the registry's, on the view with parallel ties merged
    const degrees = SIZE_METRICS[0]!.compute(graph);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    expect(gexf.suggestedFilename()).toBe('ecograph-view.gexf');
    await gexf.saveAs(`${ARTIFACTS}/export.gexf`);
    const raw = readGexf(await readFile(`${ARTIFACTS}/export.gexf`, 'utf8'), 'export.gexf');
    expect(raw.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(raw.nodes.map((n) => n.id).sort()).toEqual([...shown].sort());
    expect(raw.nodes.some((n) => graph.getNodeAttribute(n.id as string, 'kind') === 'person')).toBe(false);
    for (const n of raw.nodes) {
      const id = n.id as string;
      expect(n.attributes.x).toBeCloseTo(positions[id]![0], 6);
      expect(n.attributes.y).toBeCloseTo(positions[id]![1], 6);
      expect(n.attributes.color).toBe(nodeKindColor(graph.getNodeAttribute(id, 'kind')).toLowerCase());
      expect(typeof n.attributes.size).toBe('number');
      expect(n.attributes.degree).toBe(degrees.get(id));
      expect(Number.isInteger(n.attributes.community)).toBe(true);
    }
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    await json.saveAs(`${ARTIFACTS}/export.json`);
    const opened = openGraphTexts({ format: 'json', file: { file: 'export.json', text: await readFile(`${ARTIFACTS}/export.json`, 'utf8') } });
    expect(opened.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(opened.graph.order).toBe(shown.size);
    opened.graph.forEachNode((id, a) => {
      expect([a.x, a.y]).toEqual(positions[id]);
      expect((a as Record<string, unknown>).degree).toBe(degrees.get(id));
    });
    await page.close();
  });

  it('uses a GEXF file\'s own viz colours and positions', async () => {
    const page = await openExplorer();
    const g = createEcoGraph({ name: 'Coloured' });
    g.addNode('a', { label: 'Alpha', kind: 'firm', color: '#ff0000', x: -50, y: 0 } as never);
    g.addNode('b', { label: 'Beta', kind: 'firm', color: '#00ff00', x: 50, y: 0 } as never);
    g.addNode('c', { label: 'Gamma', kind: 'university', color: '#0000ff', x: 0, y: 80 } as never);
    g.addUndirectedEdge('a', 'b', { kind: 'collaboration' });
    await page.setInputFiles('#file-input', { name: 'coloured.gexf', mimeType: 'application/xml', buffer: Buffer.from(writeGexf(g)) });
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.visibleNodeCount() === 3);
    const after = await page.evaluate(() => (window as unknown as { __ecograph: { nodePositions(): Record<string, [number, number]> } }).__ecograph.nodePositions());
    expect(after).toEqual({ a: [-50, 0], b: [50, 0], c: [0, 80] });
    expect(await page.inputValue('#color-by')).toBe('file');
    const colours = await page.evaluate(() => (window as unknown as { __ecograph: { nodeColors(): Record<string, string> } }).__ecograph.nodeColors());
    expect(colours).toEqual({ a: '#ff0000', b: '#00ff00', c: '#0000ff' });
    await page.screenshot({ path: `${ARTIFACTS}/explorer-gexf-colours.png` });
    await page.close();
  });

  it('opens dropped files and shows their validation problems with file, line and code', async () => {
    const page = await openExplorer();
    const bad = JSON.stringify({ nodes: [{ key: 'a', attributes: { label: 'A', kind: 'firm' } }], edges: [{ source: 'a', target: 'missing', attributes: { kind: 'collaboration' } }] }, null, 2);
    await page.setInputFiles('#file-input', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.waitForSelector('#problems:not([hidden])');
    const problems = await page.textContent('#problems');
    expect(problems).toContain('bad.json');
    expect(problems).toContain('missing-node');
    const lines = await page.$$eval('#problems tbody tr td:nth-child(2)', (tds) => tds.map((t) => t.textContent ?? ''));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\d+$/);
    // The graph shown is still the served one.
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(graph.order);
    // A CSV pair opens.
    await page.setInputFiles('#file-input', [
      { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from('id,label,kind\nu,Uni,university\nf,Firm,firm\n') },
      { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target,kind\nu,f,spinoff\n') },
    ]);
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.visibleNodeCount() === 2);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(1);
    await page.close();
  });
});

describe.runIf(CHROMIUM_FOUND)('as a static page without the server', () => {
  it('asks for files, opens GEXF and GraphML through the library readers, and marks illustrative ties in details', async () => {
    const page = await browser.context.newPage();
    // A static host has no api/: the page falls back to its drop zone.
    await page.route('**/api/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(url);
    await page.waitForSelector('#dropzone:not([hidden])');
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
<attributes class="edge"><attribute id="kind" title="kind" type="string"/><attribute id="confidence" title="confidence" type="string"/></attributes>
<nodes><node id="u" label="Uni"><attvalues><attvalue for="kind" value="university"/></attvalues></node>
<node id="f" label="Firm"><attvalues><attvalue for="kind" value="firm"/></attvalues></node>
<node id="g" label="Firm two"><attvalues><attvalue for="kind" value="firm"/></attvalues></node></nodes>
<edges><edge id="e1" source="u" target="f"><attvalues><attvalue for="kind" value="spinoff"/><attvalue for="confidence" value="illustrative"/></attvalues></edge>
<edge id="e2" source="u" target="g"><attvalues><attvalue for="kind" value="spinoff"/></attvalues></edge></edges>
</graph></gexf>`;
    await page.setInputFiles('#file-input', { name: 'tiny.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
    await page.waitForFunction(() => (window as unknown as { __ecograph?: Hook }).__ecograph?.ready() === true);
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(3);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(2);
    expect(await page.isHidden('#dropzone')).toBe(true);
    await page.fill('#search', 'Firm');
    await page.waitForSelector('#suggestions li[data-node="f"]');
    await page.click('#suggestions li[data-node="f"]');
    await page.waitForSelector('#details-section:not([hidden])');
    expect(await page.textContent('#details [data-edge="e1"] [data-confidence]')).toBe('illustrative');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-static-gexf.png` });
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="label" for="node" attr.name="label" attr.type="string"/><key id="kind" for="node" attr.name="kind" attr.type="string"/>
<key id="ekind" for="edge" attr.name="kind" attr.type="string"/>
<graph edgedefault="undirected">
<node id="a"><data key="label">A</data><data key="kind">firm</data></node>
<node id="b"><data key="label">B</data><data key="kind">anchor</data></node>
<edge source="a" target="b"><data key="ekind">collaboration</data></edge>
</graph></graphml>`;
    await page.setInputFiles('#file-input', { name: 'tiny.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml) });
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.visibleNodeCount() === 2);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(1);
    await page.close();
  });
});

describe.runIf(CHROMIUM_FOUND)('data is text, never markup', () => {
  it('a label like <img onerror> shows as text in suggestions and details and runs nothing', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(xssUrl);
    await page.waitForFunction(() => (window as unknown as { __ecograph?: Hook }).__ecograph?.ready() === true);
    await page.fill('#search', '<img');
    await page.waitForSelector('#suggestions li[data-node="evil"]');
    expect(await page.textContent('#suggestions li[data-node="evil"]')).toContain(XSS_LABEL);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details-section:not([hidden])');
    expect(await page.textContent('#details-label')).toBe(XSS_LABEL);
    expect(await page.isVisible('#details-label')).toBe(true);
    // No element came from the data: no <img src=x>, <b>, <svg> or <script> in the panel.
    expect(await page.$$eval('img, #details b, #details svg, script:not([src])', (els) => els.length)).toBe(0);
    // The javascript: source stays text; only the https source is a link.
    const hrefs = await page.$$eval('#details a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/']);
    expect(await page.textContent('#details .sources')).toContain('https://example.org/"><b>x</b>');
    expect(await page.textContent('#details')).toContain('javascript:alert(3)');
    expect(await page.title()).toContain('<script>alert(2)</script>');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-xss.png` });
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe.runIf(CHROMIUM_FOUND)('explorer year slider on the hand-made evolution graph', () => {
  it('hides exactly what snapshotAt removes in every year (dissolved firm, ended ties, undated elements until their bound), says how the actors of the year are placed, and All years shows everything', async () => {
    const toy = loadToy();
    const page = await openExplorer(toyUrl);
    expect(await page.getAttribute('#year', 'min')).toBe('2000');
    expect(await page.getAttribute('#year', 'max')).toBe('2006');
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(toy.order);
    for (let year = 2000; year <= 2006; year++) {
      await setYear(page, year);
      const snapshot = snapshotAt(toy, year);
      expect((await hook(page, (h) => h.visibleNodes())).sort(), String(year)).toEqual(snapshot.nodes().sort());
      expect(await hook(page, (h) => h.visibleEdgeCount()), String(year)).toBe(snapshot.size);
      expect(await page.textContent('#counts')).toBe(`Showing ${snapshot.order} of ${toy.order} nodes and ${snapshot.size} of ${toy.size} ties.`);
      // how the year's actors are placed: the counts of ecograph timeline (2000: uni dated, f by its bound, d and g not yet)
      const { nodes } = datingCounts(toy, year);
      expect(await page.textContent('#year-dating')).toBe(
        `Actors by the end of ${year}: ${nodes.dated} dated, ${nodes.bounded} placed by a derived bound, ${nodes.undated} undated and not placed by then (not shown).`,
      );
    }
    expect(datingCounts(toy, 2000).nodes).toEqual({ dated: 1, bounded: 1, undated: 2 });
    // the last year is a snapshot too: firm b (dissolved 2005) and the ties that ended are hidden
    expect(await hook(page, (h) => h.visibleNodes())).not.toContain('b');
    await page.click('#year-all');
    expect(await page.textContent('#year-value')).toBe('all years');
    expect(await page.textContent('#year-dating')).toBe('');
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(toy.order);
    expect(await hook(page, (h) => h.visibleEdgeCount())).toBe(toy.size);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-toy-all-years.png` });
    await page.close();
  });
});
