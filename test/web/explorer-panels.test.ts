/**
 * End-to-end tests of the explorer's data table, appearance and node-filter panels in headless
 * Chromium: the real server, the built app, the Kyoto graph and a generated 2,000-node graph.
 * Expected values come from the graph and the library, not from the app. Screenshots go to
 * test-artifacts/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadGraph } from '../../src/io/files.js';
import { parseCsv } from '../../src/io/csv-syntax.js';
import { writeJson } from '../../src/io/json.js';
import { generateEcosystem } from '../../src/generate/ecosystem.js';
import { snapshotAt } from '../../src/metrics/evolution/snapshot.js';
import { CATEGORY_COLORS } from '../../src/model/palette.js';
import type { EcoGraph } from '../../src/model/types.js';
import { APP_DIR, ensureAppBuilt } from '../../scripts/web-app.js';
import { startExplorerServer } from '../../src/serve/server.js';
import { launchBrowser } from './browser.js';
import { chromiumMissing, haveTool } from '../helpers/required-tools.js';
import { connectedComponents } from 'graphology-components';

const ARTIFACTS = 'test-artifacts';
const CHROMIUM_FOUND = haveTool('chromium', chromiumMissing());

interface Hook {
  ready(): boolean;
  visibleNodes(): string[];
  selected(): string | null;
  nodeDisplay(node: string): { color: string; size: number; label: string; hidden?: boolean } | null;
  tableRows(): string[];
}

let kyoto: EcoGraph;
let big: EcoGraph;
let kyotoUrl: string;
let bigUrl: string;
const servers: Server[] = [];
let browser: Awaited<ReturnType<typeof launchBrowser>>;

async function start(g: EcoGraph, name: string): Promise<string> {
  const s = await startExplorerServer({ appDir: APP_DIR, graphJson: writeJson(g), graphName: name, host: '127.0.0.1', port: 0 });
  servers.push(s.server);
  return s.url;
}

async function openExplorer(target: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(target);
  await page.waitForFunction(() => (window as unknown as { __ecograph?: Hook }).__ecograph?.ready() === true, null, { timeout: 60_000 });
  return page;
}

const hook = <T>(page: Page, f: (h: Hook) => T) => page.evaluate(`(${f.toString()})(window.__ecograph)`) as Promise<T>;
const visible = async (page: Page) => (await hook(page, (h) => h.visibleNodes())).sort();
const display = (page: Page, node: string) => page.evaluate((n) => (window as unknown as { __ecograph: Hook }).__ecograph.nodeDisplay(n), node);

/** Sets a number input as a user typing and leaving it would. */
async function setNumber(page: Page, selector: string, value: number): Promise<void> {
  await page.fill(selector, String(value));
  await page.$eval(selector, (el) => el.dispatchEvent(new Event('change')));
}

beforeAll(async () => {
  if (!CHROMIUM_FOUND) return;
  await mkdir(ARTIFACTS, { recursive: true });
  await ensureAppBuilt();
  kyoto = await loadGraph('graphs/kyoto-life-science.json');
  big = generateEcosystem({ nodes: 2000, seed: 3 });
  kyotoUrl = await start(kyoto, 'kyoto-life-science.json');
  bigUrl = await start(big, 'generated-2000.json');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

describe.runIf(CHROMIUM_FOUND)('explorer data table', () => {
  it('lists every node with attributes and measures, sorts, filters, selects a row and exports CSV with a BOM', async () => {
    const page = await openExplorer(kyotoUrl);
    await page.click('#table-toggle');
    await page.waitForSelector('#data-table:not([hidden]) .table-row');
    expect(await page.textContent('#table-count')).toBe(`${kyoto.order} of ${kyoto.order} nodes`);
    const headers = await page.$$eval('.table-header button', (bs) => bs.map((b) => b.getAttribute('data-field')));
    for (const h of ['id', 'attr:label', 'attr:kind', 'attr:founded', 'attr:sources', 'metric:degree', 'metric:pagerank', 'metric:betweenness', 'metric:community', 'metric:component']) expect(headers).toContain(h);
    // sort by degree, descending (second click)
    await page.click('.table-header button[data-field="metric:degree"]');
    await page.click('.table-header button[data-field="metric:degree"]');
    const sorted = await hook(page, (h) => h.tableRows());
    expect(sorted.map((n) => kyoto.degree(n))).toEqual(kyoto.nodes().map((n) => kyoto.degree(n)).sort((a, b) => b - a));
    expect(await page.getAttribute('.table-header [aria-sort="descending"] button', 'data-field')).toBe('metric:degree');
    // filter rows by a column
    await page.fill('#table-query', 'kind:university');
    await page.waitForFunction((n) => document.querySelector('#table-count')?.textContent?.startsWith(`${n} of`), kyoto.filterNodes((_n, a) => a.kind === 'university').length);
    const universities = await hook(page, (h) => h.tableRows());
    expect(universities.sort()).toEqual(kyoto.filterNodes((_n, a) => a.kind === 'university').sort());
    // clicking a row selects the node and opens its details
    const first = universities[0]!;
    await page.click(`.table-row[data-row="${first}"]`);
    expect(await hook(page, (h) => h.selected())).toBe(first);
    await page.waitForSelector('#details-section:not([hidden])');
    expect(await page.textContent('#details-label')).toBe(kyoto.getNodeAttribute(first, 'label'));
    expect(await page.getAttribute(`.table-row[data-row="${first}"]`, 'aria-selected')).toBe('true');
    // CSV of the listed rows: UTF-8 with a BOM, read back by the library's reader
    await page.fill('#table-query', '');
    await page.waitForFunction((n) => document.querySelector('#table-count')?.textContent === `${n} of ${n} nodes`, kyoto.order);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#table-export')]);
    expect(download.suggestedFilename()).toBe('ecograph-nodes.csv');
    await download.saveAs(`${ARTIFACTS}/table-nodes.csv`);
    const bytes = await readFile(`${ARTIFACTS}/table-nodes.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { records, problems } = parseCsv(bytes.toString('utf8'), 'table-nodes.csv');
    expect(problems).toEqual([]);
    expect(records).toHaveLength(kyoto.order + 1);
    const header = records[0]!.fields;
    const ids = records.slice(1).map((r) => r.fields[header.indexOf('id')]!);
    expect(ids.sort()).toEqual(kyoto.nodes().sort());
    const someJapanese = kyoto.filterNodes((_n, a) => typeof a.labelJa === 'string')[0];
    if (someJapanese) expect(records.find((r) => r.fields[0] === someJapanese)!.fields[header.indexOf('labelJa')]).toBe(kyoto.getNodeAttribute(someJapanese, 'labelJa'));
    const degreeColumn = header.indexOf('Degree (all ties)');
    for (const r of records.slice(1)) expect(Number(r.fields[degreeColumn])).toBe(kyoto.degree(r.fields[0]!));
    // ties tab
    await page.click('#table-tab-edges');
    expect(await page.textContent('#table-count')).toBe(`${kyoto.size} of ${kyoto.size} ties`);
    await page.click('#table-tab-nodes');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-table.png` });
    await page.close();
  });

  it('keeps only the rows in sight in the DOM on a 2,000-node graph and scrolls to the last row', async () => {
    const page = await openExplorer(bigUrl);
    await page.click('#table-toggle');
    await page.waitForSelector('.table-row');
    expect(await page.textContent('#table-count')).toBe(`2,000 of 2,000 nodes`);
    expect(await page.$$eval('.table-row', (rows) => rows.length)).toBeLessThan(80);
    await page.$eval('#table-scroller', (el) => (el.scrollTop = el.scrollHeight));
    const last = (await hook(page, (h) => h.tableRows())).at(-1)!;
    await page.waitForSelector(`.table-row[data-row="${last}"]`);
    expect(await page.$$eval('.table-row', (rows) => rows.length)).toBeLessThan(80);
    await page.close();
  });
});

describe.runIf(CHROMIUM_FOUND)('explorer appearance', () => {
  it('colours by a categorical attribute with the shared palette and a legend, by a number on a ramp, sizes between min and max and labels by any field', async () => {
    const page = await openExplorer(kyotoUrl);
    await page.selectOption('#appearance-color', 'attr:kind');
    const counts = new Map<string, number>();
    kyoto.forEachNode((_n, a) => counts.set(a.kind!, (counts.get(a.kind!) ?? 0) + 1));
    const legend = await page.$$eval('#appearance-legend li', (lis) => lis.map((li) => [li.getAttribute('data-category'), Number(li.querySelector('.count')!.textContent)]));
    expect(new Map(legend as [string, number][])).toEqual(counts);
    const order = legend.map(([k]) => k as string);
    kyoto.forEachNode((_n, a) => expect(order.indexOf(a.kind!)).toBeGreaterThanOrEqual(0));
    for (const n of kyoto.nodes().slice(0, 8)) expect((await display(page, n))!.color).toBe(CATEGORY_COLORS[order.indexOf(kyoto.getNodeAttribute(n, 'kind')!)]);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-appearance-kind.png` });
    // a number on a ramp, with its scale
    await page.selectOption('#appearance-color', 'attr:founded');
    const years = kyoto.nodes().map((n) => kyoto.getNodeAttribute(n, 'founded')).filter((y): y is number => typeof y === 'number');
    expect(await page.textContent('#appearance-legend [data-end="min"]')).toBe(Math.min(...years).toLocaleString('en-US'));
    expect(await page.textContent('#appearance-legend [data-end="max"]')).toBe(Math.max(...years).toLocaleString('en-US'));
    const oldest = kyoto.nodes().find((n) => kyoto.getNodeAttribute(n, 'founded') === Math.min(...years))!;
    expect((await display(page, oldest))!.color).toBe('#440154');
    await page.selectOption('#appearance-ramp', 'blues');
    expect((await display(page, oldest))!.color).toBe('#DEEBF7');
    // sizes between min and max by degree
    await setNumber(page, '#appearance-size-min', 2);
    await setNumber(page, '#appearance-size-max', 20);
    await page.selectOption('#appearance-size', 'metric:degree');
    const degrees = kyoto.nodes().map((n) => kyoto.degree(n));
    const hub = kyoto.nodes().find((n) => kyoto.degree(n) === Math.max(...degrees))!;
    const leaf = kyoto.nodes().find((n) => kyoto.degree(n) === Math.min(...degrees))!;
    expect((await display(page, hub))!.size).toBeCloseTo(20, 6);
    expect((await display(page, leaf))!.size).toBeCloseTo(2, 6);
    // labels by an attribute
    await page.selectOption('#appearance-label', 'attr:founded');
    expect((await display(page, oldest))!.label).toBe(String(Math.min(...years)));
    await page.screenshot({ path: `${ARTIFACTS}/explorer-appearance.png` });
    // back to the defaults
    await page.selectOption('#appearance-label', '');
    expect((await display(page, oldest))!.label).toBe(kyoto.getNodeAttribute(oldest, 'label'));
    await page.close();
  });
});

describe.runIf(CHROMIUM_FOUND)('explorer node filters', () => {
  it('filters by category, numeric range, degree, largest component, neighbourhood of the selection and years; counts and legend say what is shown', async () => {
    const page = await openExplorer(kyotoUrl);
    const all = kyoto.nodes().sort();
    await page.selectOption('#appearance-color', 'attr:kind');
    // category: untick firms
    await page.selectOption('#filter-add', 'attr:kind');
    await page.uncheck('#filter-list .category-boxes input[data-value="firm"]');
    const notFirms = kyoto.filterNodes((_n, a) => a.kind !== 'firm').sort();
    expect(await visible(page)).toEqual(notFirms);
    expect(await page.textContent('#counts')).toMatch(new RegExp(`^Showing ${notFirms.length} of ${kyoto.order} nodes`));
    const firms = kyoto.order - notFirms.length;
    expect(await page.textContent('#appearance-legend li[data-category="firm"] .count')).toBe(`0 of ${firms}`);
    await page.screenshot({ path: `${ARTIFACTS}/explorer-filters.png` });
    await page.click('#filter-list .filter-remove');
    expect(await visible(page)).toEqual(all);
    // numeric range of an attribute
    await page.selectOption('#filter-add', 'attr:founded');
    await setNumber(page, '#filter-list .range-min', 1950);
    await setNumber(page, '#filter-list .range-max', 2000);
    expect(await visible(page)).toEqual(kyoto.filterNodes((_n, a) => typeof a.founded === 'number' && a.founded >= 1950 && a.founded <= 2000).sort());
    await page.click('#filter-list .filter-remove');
    // degree range
    await page.selectOption('#filter-add', 'degree');
    await setNumber(page, '#filter-list .range-min', 3);
    expect(await visible(page)).toEqual(kyoto.filterNodes((n) => kyoto.degree(n) >= 3).sort());
    // + largest component of what is left (graphology-components on the subgraph)
    await page.selectOption('#filter-add', 'largest-component');
    const sub = kyoto.copy();
    sub.forEachNode((n) => {
      if (kyoto.degree(n) < 3) sub.dropNode(n);
    });
    const largest = connectedComponents(sub).sort((a, b) => b.length - a.length)[0]!;
    expect(await visible(page)).toEqual([...largest].sort());
    for (const b of await page.$$('#filter-list .filter-remove')) await b.click();
    expect(await visible(page)).toEqual(all);
    // neighbourhood of the selection: inactive until a node is selected, then k hops
    await page.selectOption('#filter-add', 'ego');
    expect(await visible(page)).toEqual(all);
    const hub = kyoto.nodes().sort((a, b) => kyoto.degree(b) - kyoto.degree(a))[0]!;
    await page.focus('#search');
    await page.keyboard.type(kyoto.getNodeAttribute(hub, 'label'));
    await page.waitForSelector(`#suggestions li[data-node="${hub}"]`);
    await page.keyboard.press('Enter');
    expect(await visible(page)).toEqual([hub, ...kyoto.neighbors(hub)].sort());
    await setNumber(page, '#filter-list .ego-hops', 2);
    const two = new Set([hub, ...kyoto.neighbors(hub)]);
    for (const n of kyoto.neighbors(hub)) for (const m of kyoto.neighbors(n)) two.add(m);
    expect(await visible(page)).toEqual([...two].sort());
    await page.screenshot({ path: `${ARTIFACTS}/explorer-filter-ego.png` });
    await page.click('#filter-list .filter-remove');
    // year range: whatever any year's snapshot holds (the library's snapshotAt)
    await page.selectOption('#filter-add', 'years');
    await setNumber(page, '#filter-list .range-min', 2000);
    await setNumber(page, '#filter-list .range-max', 2005);
    const present = new Set<string>();
    for (let y = 2000; y <= 2005; y++) for (const n of snapshotAt(kyoto, y).nodes()) present.add(n);
    expect(await visible(page)).toEqual([...present].sort());
    await page.close();
  });
});
