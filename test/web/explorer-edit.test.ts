/**
 * End-to-end tests of the explorer's edit mode in headless Chromium: the real server in edit mode
 * (`startExplorerServer` with an `EditableFile`) on a temporary copy of a small illustrative graph,
 * the built app, and the file on disk read back after each save. Expected problems and tie kinds
 * come from the library (`checkEdit`, the model's rules), not from hard-coded text. Screenshots go
 * to test-artifacts/.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveGraph, loadGraph } from '../../src/io/files.js';
import { parseGraph } from '../../src/io/formats.js';
import { readGexf } from '../../src/io/gexf.js';
import { writeJson } from '../../src/io/json.js';
import { checkEdit } from '../../src/model/edits.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { EDGE_KINDS, edgeKindAllows } from '../../src/model/schema.js';
import type { EcoGraph } from '../../src/model/types.js';
import { EditableFile } from '../../src/serve/editable-file.js';
import { startExplorerServer } from '../../src/serve/server.js';
import { APP_DIR, ensureAppBuilt } from '../../scripts/web-app.js';
import { chromiumMissing, haveTool } from '../helpers/required-tools.js';
import { launchBrowser } from './browser.js';

const ARTIFACTS = 'test-artifacts';
const CHROMIUM_FOUND = haveTool('chromium', chromiumMissing());
const XSS = '<img src=x onerror=alert(1)>';

interface Hook {
  ready(): boolean;
  communities(): Record<string, number> | null;
  brokers(): string[] | null;
  spinoffGenerations(): Record<string, number> | null;
  editing(): boolean;
  visibleNodeCount(): number;
  visibleEdgeCount(): number;
  nodeViewportPosition(node: string): { x: number; y: number } | null;
}

/** A small made-up valley (every element illustrative): a university spin-off family, a founder, and a duplicate of one firm. */
function valley(): EcoGraph {
  const g = createEcoGraph({ name: 'Test valley' });
  const node = (id: string, label: string, kind: string, founded?: number) =>
    g.addNode(id, { label, kind: kind as never, ...(founded ? { founded } : {}), confidence: 'illustrative', sources: ['synthetic test graph'] });
  node('uni', 'Valley University', 'university', 1900);
  node('firm-a', 'Alpha Tech', 'firm', 1990);
  node('firm-b', 'Beta Labs', 'firm', 2001);
  node('founder-x', 'Founder X', 'founder');
  node('anchor', 'Big Anchor', 'anchor', 1950);
  node('dup', 'Alpha Technologies', 'firm', 1990);
  const tie = (key: string, s: string, t: string, kind: string, year: number) =>
    kind === 'collaboration'
      ? g.addUndirectedEdgeWithKey(key, s, t, { kind: 'collaboration', year, confidence: 'illustrative', sources: ['synthetic test graph'] })
      : g.addDirectedEdgeWithKey(key, s, t, { kind: kind as never, year, confidence: 'illustrative', sources: ['synthetic test graph'] });
  tie('e1', 'uni', 'firm-a', 'spinoff', 1990);
  tie('e2', 'firm-a', 'firm-b', 'spinoff', 2001);
  tie('e3', 'founder-x', 'firm-b', 'founded', 2001);
  tie('e4', 'anchor', 'dup', 'collaboration', 1995);
  tie('e5', 'anchor', 'firm-a', 'investment', 1999);
  return g;
}

const servers: Server[] = [];
const dirs: string[] = [];
let browser: Awaited<ReturnType<typeof launchBrowser>>;

/** Serves a temporary copy of `g` in edit mode (or read-only); returns its URL and file. */
async function serve(g: EcoGraph, edit = true): Promise<{ url: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ecograph-edit-e2e-'));
  dirs.push(dir);
  const file = join(dir, 'valley.json');
  await writeFile(file, writeJson(g));
  const editable = edit ? await EditableFile.open(file) : undefined;
  const s = await startExplorerServer({ appDir: APP_DIR, graphJson: writeJson(editable?.graph ?? g), graphName: 'valley.json', host: '127.0.0.1', port: 0, editable });
  servers.push(s.server);
  return { url: s.url, file };
}

async function onDisk(file: string): Promise<EcoGraph> {
  const parsed = parseGraph({ format: 'json', file: { file, text: await readFile(file, 'utf8') } });
  expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return parsed.graph;
}

async function openExplorer(url: string, edit = true): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('pageerror', (err) => {
    throw err;
  });
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ecograph?: Hook }).__ecograph?.ready() === true, null, { timeout: 30_000 });
  if (edit) await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.editing());
  return { page, dialogs };
}

const hook = <T>(page: Page, f: (h: Hook) => T) => page.evaluate(`(${f.toString()})(window.__ecograph)`) as Promise<T>;

/** Selects a node as a user does: search, Enter. */
async function selectNode(page: Page, label: string, node: string): Promise<void> {
  await page.fill('#search', '');
  await page.focus('#search');
  await page.keyboard.type(label);
  await page.waitForSelector(`#suggestions li[data-node="${node}"]`);
  const index = await page.$$eval('#suggestions li', (lis, n) => lis.findIndex((li) => li.getAttribute('data-node') === n), node);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction((l) => document.getElementById('details-label')?.textContent === l, label);
}

/** Fills the node form's fields by name (selects by value). */
async function fillForm(page: Page, form: string, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const selector = `${form} [name="${name}"]`;
    const tag = await page.$eval(selector, (el) => el.tagName);
    if (tag === 'SELECT') await page.selectOption(selector, value);
    else await page.fill(selector, value);
  }
}

/** Chooses an end of the tie form (or the merge form) by the end picker's search. */
async function chooseEnd(page: Page, end: string, label: string, node: string): Promise<void> {
  await page.fill(`#edit-end-${end}-search`, label);
  await page.click(`[data-end="${end}"] .suggestions button[data-node="${node}"]`);
  await page.waitForSelector(`#edit-end-${end}[data-node="${node}"]`);
}

/** The number of ties the page title gives (updated after each edit). */
async function tiesInTitle(page: Page): Promise<number> {
  const title = (await page.textContent('#graph-title')) ?? '';
  return Number(/(\d+) ties$/.exec(title)?.[1]);
}

/** Moves the focus out of any text field (where Ctrl+Z is the field's own undo). */
async function unfocus(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function save(page: Page): Promise<void> {
  await page.click('#edit-save');
  await page.waitForFunction(() => /^(Saved|Not saved)/.test(document.getElementById('edit-status')?.textContent ?? ''));
}

beforeAll(async () => {
  if (!CHROMIUM_FOUND) return;
  await mkdir(ARTIFACTS, { recursive: true });
  await ensureAppBuilt();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe.runIf(CHROMIUM_FOUND)('explorer edit mode', () => {
  it('adds, changes and deletes an actor; an invalid value is refused at its field; undo and redo work across a save', async () => {
    const { url, file } = await serve(valley());
    const { page } = await openExplorer(url);
    const order = (await onDisk(file)).order;
    expect(await page.isVisible('#edit-section')).toBe(true);
    await page.click('#edit-add-node');
    await fillForm(page, '#edit-node-form', { kind: 'firm', label: 'Gamma Bio', labelJa: 'ガンマ', founded: '19x9', region: 'Test valley', sources: 'private: interview K-07, 2026-03\nCompany history — https://example.org/gamma' });
    await page.locator('#edit-section').screenshot({ path: `${ARTIFACTS}/explorer-edit-form.png` });
    await page.click('#edit-node-submit');
    // Refused at the field with validate's code and message; nothing added.
    const expected = checkEdit(createEcoGraph(), { op: 'add-node', id: 'gamma-bio', attributes: { kind: 'firm', label: 'Gamma Bio', founded: '19x9', sources: ['s'] } });
    expect(expected.map((p) => p.field)).toEqual(['founded']);
    await page.waitForSelector('[data-field-problems="founded"] li');
    expect(await page.getAttribute('[data-field-problems="founded"] li', 'data-code')).toBe(expected[0]!.code);
    expect(await page.textContent('[data-field-problems="founded"] li')).toBe(`${expected[0]!.code} ${expected[0]!.message}`);
    expect(await page.getAttribute('#edit-node-form [name="founded"]', 'aria-invalid')).toBe('true');
    await page.locator('#edit-section').screenshot({ path: `${ARTIFACTS}/explorer-edit-refused.png` });
    await page.$eval('#edit-node-form [name="label"]', (el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${ARTIFACTS}/explorer-edit-refused-page.png` });
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(order);
    // Fixed, it is added, selected and drawn; its private source is marked, not a link.
    await page.fill('#edit-node-form [name="founded"]', '2019');
    await page.click('#edit-node-submit');
    await page.waitForFunction(() => document.getElementById('details-label')?.textContent === 'Gamma Bio');
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(order + 1);
    const sources = await page.$$eval('#details-sources li', (lis) => lis.map((li) => ({ text: li.textContent, links: li.querySelectorAll('a').length, private: li.querySelector('.private-source') !== null })));
    expect(sources).toEqual([
      { text: '🔒 private source interview K-07, 2026-03', links: 0, private: true },
      { text: 'Company history — https://example.org/gamma', links: 1, private: false },
    ]);
    await page.$eval('#details-section', (el) => el.scrollIntoView());
    await page.screenshot({ path: `${ARTIFACTS}/explorer-edit-panel.png` });
    // Changed.
    await page.click('#edit-edit-node');
    expect(await page.inputValue('#edit-node-form [name="label"]')).toBe('Gamma Bio');
    await page.fill('#edit-node-form [name="label"]', 'Gamma Bio K.K.');
    await page.click('#edit-node-submit');
    await page.waitForFunction(() => document.getElementById('details-label')?.textContent === 'Gamma Bio K.K.');
    expect(await page.textContent('#edit-unsaved-box summary')).toBe('Unsaved changes (2)');
    // Saved: the file has the new actor, without drawing positions.
    await save(page);
    expect(await page.textContent('#edit-status')).toMatch(/^Saved 2 changes/);
    let disk = await onDisk(file);
    expect(disk.getNodeAttributes('gamma-bio')).toEqual({ label: 'Gamma Bio K.K.', kind: 'firm', labelJa: 'ガンマ', founded: 2019, region: 'Test valley', sources: ['private: interview K-07, 2026-03', 'Company history — https://example.org/gamma'] });
    expect(disk.getNodeAttribute('uni', 'x')).toBeUndefined();
    // Undo across the save, and save that; redo, and save again.
    await unfocus(page);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.getElementById('details-label')?.textContent === 'Gamma Bio');
    expect(await page.textContent('#edit-unsaved li')).toContain('undone since the last save');
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => /^Saved 1 change/.test(document.getElementById('edit-status')?.textContent ?? ''));
    expect((await onDisk(file)).getNodeAttribute('gamma-bio', 'label')).toBe('Gamma Bio');
    await unfocus(page);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => document.getElementById('details-label')?.textContent === 'Gamma Bio K.K.');
    await save(page);
    expect((await onDisk(file)).getNodeAttribute('gamma-bio', 'label')).toBe('Gamma Bio K.K.');
    // Deleted after a confirmation that lists its ties.
    await selectNode(page, 'Founder X', 'founder-x');
    await page.click('#edit-delete-node');
    expect(await page.$$eval('#edit-delete-ties li', (lis) => lis.map((li) => li.textContent))).toEqual(['founded → Beta Labs']);
    await page.click('#edit-delete-confirm');
    await page.waitForFunction(() => document.getElementById('details-section')?.hidden === true);
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(order);
    await save(page);
    disk = await onDisk(file);
    expect(disk.hasNode('founder-x')).toBe(false);
    expect(disk.hasEdge('e3')).toBe(false);
    // The history lists every change with its time and sources.
    const history = await page.$$eval('#edit-history > li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(history).toHaveLength(3);
    expect(history[0]).toContain('added firm "Gamma Bio" (gamma-bio)');
    expect(history[0]).toContain('private source');
    expect(history[2]).toContain('deleted node "Founder X" (founder-x) and its 1 tie');
    await page.close();
  });

  it('offers only the tie kinds the rules allow, refuses a spin-off cycle at its field, changes and deletes ties, merges a duplicate', async () => {
    const g = valley();
    const { url, file } = await serve(g);
    const { page } = await openExplorer(url);
    const size = g.size;
    await selectNode(page, 'Founder X', 'founder-x');
    await page.click('#edit-add-edge');
    // The other end picked by clicking it in the graph.
    await page.click('#edit-end-target-pick');
    // The whole graph in view (the selection zoomed in), then the click.
    await page.focus('#graph');
    await page.keyboard.press('0');
    await page.waitForTimeout(600);
    const at = (await page.evaluate(() => (window as unknown as { __ecograph: Hook }).__ecograph.nodeViewportPosition('uni')))!;
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForSelector('#edit-end-target[data-node="uni"]');
    const offered = await page.$$eval('#edit-edge-form [name="kind"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(EDGE_KINDS.filter((k) => edgeKindAllows(k, 'founder', 'university')));
    expect(offered).not.toContain('founded');
    await page.selectOption('#edit-edge-form [name="kind"]', 'affiliation');
    expect(await page.isVisible('#edit-edge-form [name="role"]')).toBe(true);
    expect(await page.isVisible('#edit-edge-form [name="amount"]')).toBe(false);
    await fillForm(page, '#edit-edge-form', { role: 'faculty', since: '2005', sources: 'private: interview K-09' });
    await page.locator('#edit-section').screenshot({ path: `${ARTIFACTS}/explorer-edit-tie-form.png` });
    await page.click('#edit-edge-submit');
    await page.waitForSelector('#edit-ties li[data-edge="edit-1"]');
    expect(await tiesInTitle(page)).toBe(size + 1);
    // The tie-kind filters follow the ties: the new kind listed with its count.
    const tieKindCount = (kind: string) =>
      page.evaluate((k) => document.querySelector(`#edge-kinds input[data-edge-kind="${k}"]`)?.closest('label')?.querySelector('.count')?.textContent ?? null, kind);
    const spinoffs = g.filterEdges((_e, a) => a.kind === 'spinoff').length;
    expect(await tieKindCount('affiliation')).toBe('1');
    expect(await tieKindCount('spinoff')).toBe(String(spinoffs));
    // Swapped, a university → founder tie allows fewer kinds.
    await page.click('#edit-add-edge');
    await chooseEnd(page, 'target', 'Valley University', 'uni');
    await page.click('#edit-edge-swap');
    await page.waitForSelector('#edit-end-source[data-node="uni"]');
    expect(await page.$$eval('#edit-edge-form [name="kind"] option', (os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(EDGE_KINDS.filter((k) => edgeKindAllows(k, 'university', 'founder')));
    // A spin-off Beta Labs → Alpha Tech would close a cycle: refused at "kind" with validate's code.
    await selectNode(page, 'Beta Labs', 'firm-b');
    await page.click('#edit-add-edge');
    await chooseEnd(page, 'target', 'Alpha Tech', 'firm-a');
    await fillForm(page, '#edit-edge-form', { kind: 'spinoff', year: '2005', sources: 'synthetic' });
    await page.click('#edit-edge-submit');
    const cycle = checkEdit(g, { op: 'add-edge', key: 'x', source: 'firm-b', target: 'firm-a', attributes: { kind: 'spinoff', year: 2005, sources: ['s'] } });
    const errors = cycle.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.field])).toEqual([['spinoff-cycle', 'kind']]);
    await page.waitForSelector('[data-field-problems="kind"] li[data-code="spinoff-cycle"]');
    expect(await page.textContent('[data-field-problems="kind"] li[data-code="spinoff-cycle"]')).toBe(`spinoff-cycle ${errors[0]!.message}`);
    // Warnings are shown too, each at its field or above the form.
    expect(await page.$$eval('#edit-edge-form [data-field-problems] li', (lis) => lis.length)).toBe(cycle.length);
    expect(await tiesInTitle(page)).toBe(size + 1);
    // A tie changed and one deleted from the selected node's tie list.
    await selectNode(page, 'Alpha Tech', 'firm-a');
    await page.click('#edit-ties [data-edit-edge="e5"]');
    await page.fill('#edit-edge-form [name="amount"]', '250000000');
    await page.fill('#edit-edge-form [name="currency"]', 'JPY');
    await page.click('#edit-edge-submit');
    await page.waitForFunction(() => document.getElementById('edit-edge-form') === null);
    await page.click('#edit-ties [data-delete-edge="e1"]');
    await page.waitForFunction(() => document.querySelector('#edit-ties [data-edge="e1"]') === null);
    expect(await tiesInTitle(page)).toBe(size);
    expect(await tieKindCount('spinoff')).toBe(String(spinoffs - 1));
    // Merge the duplicate into Alpha Tech: said what is kept, every tie moved, the id recorded.
    await page.click('#edit-merge');
    await chooseEnd(page, 'merged', 'Alpha Technologies', 'dup');
    const explain = await page.textContent('#edit-merge-explain');
    expect(explain).toContain('Kept: Alpha Tech firm-a');
    expect(explain).toContain('mergedIds');
    await page.locator('#edit-section').screenshot({ path: `${ARTIFACTS}/explorer-edit-merge.png` });
    await page.click('#edit-merge-confirm');
    await page.waitForFunction(() => document.getElementById('edit-merge-form') === null);
    expect(await hook(page, (h) => h.visibleNodeCount())).toBe(g.order - 1);
    await save(page);
    expect(await page.textContent('#edit-status')).toMatch(/^Saved/);
    const disk = await onDisk(file);
    expect(disk.getEdgeAttributes('edit-1')).toEqual({ kind: 'affiliation', role: 'faculty', since: 2005, sources: ['private: interview K-09'] });
    expect([disk.source('edit-1'), disk.target('edit-1')]).toEqual(['founder-x', 'uni']);
    expect(disk.getEdgeAttributes('e5')).toMatchObject({ kind: 'investment', amount: 250000000, currency: 'JPY', year: 1999 });
    expect(disk.hasEdge('e1')).toBe(false);
    expect(disk.hasNode('dup')).toBe(false);
    expect(disk.getNodeAttribute('firm-a', 'mergedIds')).toEqual(['dup']);
    expect(disk.hasEdge('e4')).toBe(true);
    expect(disk.extremities('e4').sort()).toEqual(['anchor', 'firm-a']);
    await page.close();
  });

  it('spin-off and brokers modes follow an edit and its undo without a reload', async () => {
    const { url } = await serve(valley());
    const { page } = await openExplorer(url);
    await page.check('input[name="mode"][value="brokers"]');
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.brokers() !== null);
    // Alpha Tech is tied to the university (spin-off) and to the anchor (investment), which are not tied.
    expect(await hook(page, (h) => h.brokers())).toEqual(['firm-a']);
    await selectNode(page, 'Alpha Tech', 'firm-a');
    await page.click('#edit-ties [data-delete-edge="e1"]');
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.brokers()?.length === 0);
    await unfocus(page);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.brokers()?.length === 1);
    await page.check('input[name="mode"][value="spinoff"]');
    await page.selectOption('#spinoff-root', 'uni');
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.spinoffGenerations()?.uni === 0);
    expect(await hook(page, (h) => h.spinoffGenerations())).toEqual({ uni: 0, 'firm-a': 1, 'firm-b': 2 });
    await page.click('#edit-ties [data-delete-edge="e2"]');
    await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.spinoffGenerations()?.['firm-b'] === undefined);
    expect(await hook(page, (h) => h.spinoffGenerations())).toEqual({ uni: 0, 'firm-a': 1 });
    await page.close();
  });

  it('colours by community keep their numbers across an edit', async () => {
    const { url } = await serve(valley());
    const { page } = await openExplorer(url);
    await page.selectOption('#color-by', 'community');
    const before = (await hook(page, (h) => h.communities()))!;
    expect(Object.keys(before).sort()).toEqual(['anchor', 'dup', 'firm-a', 'firm-b', 'founder-x', 'uni']);
    // A new actor tied to the university: the others keep their community numbers.
    await selectNode(page, 'Valley University', 'uni');
    await page.click('#edit-add-node');
    await fillForm(page, '#edit-node-form', { kind: 'firm', label: 'Delta', confidence: 'illustrative' });
    await page.click('#edit-node-submit');
    await page.waitForFunction(() => document.getElementById('details-label')?.textContent === 'Delta');
    const after = (await hook(page, (h) => h.communities()))!;
    expect(Object.keys(after)).toContain('delta');
    for (const [node, c] of Object.entries(before)) expect(after[node], node).toBe(c);
    const legend = await page.$$eval('#legend li[data-community]', (lis) => lis.length);
    expect(legend).toBe(new Set(Object.values(after)).size);
    await page.close();
  });

  it('a change on disk refuses the save and offers a reload or a download of the edited copy', async () => {
    const g = valley();
    const { url, file } = await serve(g);
    const { page } = await openExplorer(url);
    await selectNode(page, 'Big Anchor', 'anchor');
    await page.click('#edit-edit-node');
    await page.fill('#edit-node-form [name="notes"]', 'edited in the explorer');
    await page.click('#edit-node-submit');
    await page.waitForFunction(() => document.getElementById('edit-node-form') === null);
    // Someone else changes the file.
    const other = valley();
    other.setNodeAttribute('uni', 'notes', 'edited on disk');
    await writeFile(file, writeJson(other));
    await save(page);
    expect(await page.textContent('#edit-save-problem')).toContain('changed on disk');
    expect(await page.isVisible('#edit-reload')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#edit-download')]);
    const copy = parseGraph({ format: 'json', file: { file: 'copy.json', text: await readFile((await download.path())!, 'utf8') } }).graph;
    expect(copy.getNodeAttribute('anchor', 'notes')).toBe('edited in the explorer');
    expect(copy.getNodeAttribute('uni', 'x')).toBeUndefined();
    // The file is as the other writer left it.
    expect((await onDisk(file)).getNodeAttribute('uni', 'notes')).toBe('edited on disk');
    expect((await onDisk(file)).getNodeAttribute('anchor', 'notes')).toBeUndefined();
    await page.locator('#edit-section').screenshot({ path: `${ARTIFACTS}/explorer-edit-conflict.png` });
    await page.close();
  });

  it('asks before rewriting a file another tool laid out, and before leaving with unsaved changes', async () => {
    // The same graph, indented by another tool: not ecograph's layout.
    const dir = await mkdtemp(join(tmpdir(), 'ecograph-edit-e2e-'));
    dirs.push(dir);
    const file = join(dir, 'valley.json');
    const indented = JSON.stringify(JSON.parse(writeJson(valley())), null, 4);
    await writeFile(file, indented);
    const editable = await EditableFile.open(file);
    expect(editable.layout).toBe('foreign');
    const s = await startExplorerServer({ appDir: APP_DIR, graphJson: writeJson(editable.graph), graphName: 'valley.json', host: '127.0.0.1', port: 0, editable });
    servers.push(s.server);
    const { page } = await openExplorer(s.url);
    const dialogTypes: string[] = [];
    page.on('dialog', (d) => dialogTypes.push(d.type()));
    await selectNode(page, 'Beta Labs', 'firm-b');
    await page.click('#edit-edit-node');
    await page.fill('#edit-node-form [name="sector"]', 'Biotech');
    await page.click('#edit-node-submit');
    await page.waitForFunction(() => document.getElementById('edit-node-form') === null);
    // Leaving now asks first (the dialog is dismissed: the page stays).
    await page.close({ runBeforeUnload: true });
    await page.waitForTimeout(500);
    expect(dialogTypes).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    await save(page);
    expect(await page.textContent('#edit-save-problem')).toContain("rewrites the whole file in ecograph's layout");
    expect(await readFile(file, 'utf8')).toBe(indented);
    await page.click('#edit-rewrite-layout');
    await page.waitForFunction(() => /^Saved/.test(document.getElementById('edit-status')?.textContent ?? ''));
    expect((await onDisk(file)).getNodeAttribute('firm-b', 'sector')).toBe('Biotech');
    await page.close();
  });

  it.each([
    { format: 'gexf', path: 'valley.gexf', files: [''] },
    { format: 'graphml', path: 'valley.graphml', files: [''] },
    { format: 'csv', path: 'valley-csv', files: ['nodes.csv', 'edges.csv'] },
  ] as const)('saves an edit back to $format, changing only the edited line', async ({ format, path, files }) => {
    const dir = await mkdtemp(join(tmpdir(), 'ecograph-edit-e2e-'));
    dirs.push(dir);
    const target = join(dir, path);
    await saveGraph(valley(), target, format);
    const before = await Promise.all(files.map((f) => readFile(f === '' ? target : join(target, f), 'utf8')));
    const editable = await EditableFile.open(target);
    expect(editable.layout).toBe('ecograph');
    const s = await startExplorerServer({ appDir: APP_DIR, graphJson: writeJson(editable.graph), graphName: path, host: '127.0.0.1', port: 0, editable });
    servers.push(s.server);
    const { page } = await openExplorer(s.url);
    await selectNode(page, 'Beta Labs', 'firm-b');
    await page.click('#edit-edit-node');
    await page.fill('#edit-node-form [name="label"]', 'Beta Laboratories');
    await page.click('#edit-node-submit');
    await page.waitForFunction(() => document.getElementById('details-label')?.textContent === 'Beta Laboratories');
    await save(page);
    expect(await page.textContent('#edit-status')).toMatch(/^Saved 1 change/);
    const after = await Promise.all(files.map((f) => readFile(f === '' ? target : join(target, f), 'utf8')));
    const changed: string[] = [];
    before.forEach((text, i) => {
      const a = text.split('\n');
      const b = after[i]!.split('\n');
      expect(b.length).toBe(a.length);
      a.forEach((line, j) => {
        if (line !== b[j]) changed.push(b[j]!);
      });
    });
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('Beta Laboratories');
    const expected = valley();
    expected.setNodeAttribute('firm-b', 'label', 'Beta Laboratories');
    const reread = await loadGraph(target);
    expect(reread.order).toBe(expected.order);
    expected.forEachNode((n, a) => expect(reread.getNodeAttributes(n)).toEqual(a));
    await page.close();
  });

  it('shows markup typed into every text field as text', async () => {
    const { url, file } = await serve(valley());
    const { page, dialogs } = await openExplorer(url);
    await page.click('#edit-add-node');
    await fillForm(page, '#edit-node-form', { kind: 'firm', label: XSS, labelJa: XSS, region: XSS, sector: XSS, notes: XSS, sources: `${XSS}\nprivate: ${XSS}\njavascript:alert(1)` });
    await page.click('#edit-node-submit');
    await page.waitForFunction((l) => document.getElementById('details-label')?.textContent === l, XSS);
    await page.click('#edit-add-edge');
    await chooseEnd(page, 'target', 'Valley University', 'uni');
    await fillForm(page, '#edit-edge-form', { kind: 'collaboration', notes: XSS, sources: XSS });
    await page.click('#edit-edge-submit');
    await page.waitForSelector('#edit-ties li[data-edge="edit-1"]');
    await page.click('#edit-history-box summary');
    await page.click('#edit-unsaved-box summary');
    const text = await page.textContent('body');
    expect(text).toContain(XSS);
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('a[href^="javascript:"]', (as) => as.length)).toBe(0);
    expect(await page.$$eval('#details td', (tds) => tds.filter((td) => td.textContent === '<img src=x onerror=alert(1)>').length)).toBe(4);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await save(page);
    const disk = await onDisk(file);
    const added = disk.findNode((_n, a) => a.label === XSS)!;
    expect(disk.getNodeAttributes(added)).toMatchObject({ labelJa: XSS, region: XSS, sector: XSS, notes: XSS });
    await page.close();
  });

  it('is read-only without --edit: no Edit section, and a save is refused', async () => {
    const { url } = await serve(valley(), false);
    const { page } = await openExplorer(url, false);
    await page.waitForTimeout(500);
    expect(await page.$('#edit-section')).toBeNull();
    expect(await hook(page, (h) => h.editing())).toBe(false);
    const status = await page.evaluate(async () => (await fetch('api/graph', { method: 'PUT', headers: { 'Content-Type': 'application/json', 'If-Match': '"x"' }, body: '{}' })).status);
    expect(status).toBe(403);
    await page.close();
  });

  it('marks private sources in the exported image and flags them in the exported graph, never as links', async () => {
    const g = valley();
    g.setNodeAttribute('firm-b', 'sources', ['private: interview K-07, 2026-03']);
    g.setEdgeAttribute('e3', 'sources', ['private: survey Q12 — https://intranet.example/q12']);
    const { url } = await serve(g, false);
    const { page } = await openExplorer(url, false);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    await svgDownload.saveAs(`${ARTIFACTS}/export-private-sources.svg`);
    const svg = await readFile(`${ARTIFACTS}/export-private-sources.svg`, 'utf8');
    const sourcesGroup = /<g class="sources"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1]!;
    const sourcesLine = [...sourcesGroup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    // the node's and the drawn tie's private sources, each marked, beside the public one
    expect(sourcesLine).toContain('private source: interview K-07, 2026-03');
    expect(sourcesLine).toContain('private source: survey Q12');
    expect(sourcesLine).toContain('synthetic test graph');
    expect(sourcesLine).not.toContain('private:');
    expect(svg).not.toContain('intranet.example');
    expect(svg).not.toMatch(/<a[ >]/);

    const [gexfDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    await gexfDownload.saveAs(`${ARTIFACTS}/export-private-sources.gexf`);
    const raw = readGexf(await readFile(`${ARTIFACTS}/export-private-sources.gexf`, 'utf8'), 'export.gexf');
    expect(raw.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(raw.nodes.filter((n) => n.attributes.privateSources === true).map((n) => [n.id, n.attributes.sources])).toEqual([['firm-b', ['private: interview K-07, 2026-03']]]);
    expect(raw.edges.filter((e) => e.attributes.privateSources === true).map((e) => [e.key, e.attributes.sources])).toEqual([['e3', ['private: survey Q12 — https://intranet.example/q12']]]);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    await jsonDownload.saveAs(`${ARTIFACTS}/export-private-sources.json`);
    const exported = parseGraph({ format: 'json', file: { file: 'export.json', text: await readFile(`${ARTIFACTS}/export-private-sources.json`, 'utf8') } }).graph;
    expect(exported.filterNodes((_n, a) => (a as Record<string, unknown>).privateSources === true)).toEqual(['firm-b']);
    expect(exported.filterEdges((_e, a) => (a as Record<string, unknown>).privateSources === true)).toEqual(['e3']);
    await page.close();
  });
});

