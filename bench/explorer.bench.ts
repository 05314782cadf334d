/**
 * Explorer benchmark: a generated 20,000-node / 100,000-tie ecosystem opened in headless Chromium
 * through the real server. Reports the time to the first frame (from navigation, and from the
 * moment the page starts fetching the graph), the time to redraw after hiding a node kind and after
 * moving the year slider, the 95th-percentile time of hover and search (reducers plus label placer,
 * see `explorer-focus.ts`), with the Kyoto graph's first frame and Node's own parse-and-validate of
 * the same JSON as baselines measured in the same run.
 *
 * The graph: `generateEcosystem({ nodes: 20000, seed: 1 })` (about 49k ties) topped up to five
 * ties per node (100,000) with seeded random collaboration ties, which the model allows between any
 * two kinds; `--nodes N` and `--seed S` change size and seed.
 *
 * Edit mode (`serve --edit`): the time from submitting the Add actor form to the painted frame
 * showing the new node on a 2,000-node graph (metrics, legend and filters recomputed; p50 and p95
 * of 20 edits). The 200 ms target applies to that figure. Beside it, from the same page and run:
 * the edit's own work (from the change applied to the end of the frame that draws it, before the
 * browser composites it), a frame that only draws the graph again (a camera pan: nothing
 * recomputed) and a full redraw (a node kind hidden or shown). Headless Chromium without a GPU
 * draws WebGL in software (SwiftShader) and waits for that drawing before it composites each
 * frame, so on such a machine the pan frame is a floor under any frame that shows a change. Also
 * the time of a save of the 20k graph from the Save click to the server's answer (payload built in
 * the page, sent, validated and written by the server; median of 5, beside Node's parseGraph of the
 * same document), on temporary copies.
 *
 * Run: `npm run bench -- explorer`; `ECOGRAPH_BENCH_SAVE_ONLY=1 npm run bench -- explorer` times
 * the saves alone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGraph } from '../src/io/files.js';
import { EditableFile } from '../src/serve/editable-file.js';
import { parseGraph } from '../src/io/formats.js';
import { writeJson } from '../src/io/json.js';
import { createRng } from '../src/model/random.js';
import { generateEcosystem } from '../src/generate/ecosystem.js';
import type { EcoGraph } from '../src/model/types.js';
import { APP_DIR, ensureAppBuilt } from '../scripts/web-app.js';
import { startExplorerServer } from '../src/serve/server.js';
import { launchBrowser, lavapipeIcd } from '../test/web/browser.js';
import { formatMs, type BenchSuite } from './suite.js';
import { measureFocusChanges } from './explorer-focus.js';
import { measurePanelChanges } from './explorer-panels.js';

export const DEFAULT_NODES = 20_000;
/** Nodes of the graph an edit is timed on (the target: shown within 200 ms). */
export const EDIT_BENCH_NODES = 2000;
/** Ties per node of the benchmark graph. */
export const TIES_PER_NODE = 5;

/** One measured quantity. */
export interface ExplorerMeasurement {
  name: string;
  ms: number;
  /** What the time is compared with, and the ratio ms / baseline. */
  baseline?: { name: string; ms: number; ratio: number };
}

/** The generated benchmark graph (deterministic from the seed). */
export function benchmarkGraph(nodeCount = DEFAULT_NODES, seed = 1): EcoGraph {
  const graph = generateEcosystem({ nodes: nodeCount, seed });
  const rng = createRng(seed + 1);
  const nodes = graph.nodes();
  const edges = nodeCount * TIES_PER_NODE;
  let i = 0;
  while (graph.size < edges) {
    const s = nodes[rng.int(nodes.length)]!;
    const t = nodes[rng.int(nodes.length)]!;
    if (s === t) continue;
    graph.addUndirectedEdgeWithKey(`bench-${i++}`, s, t, { kind: 'collaboration', year: 1990 + rng.int(35), confidence: 'illustrative', sources: ['synthetic: bench/explorer.ts'] });
  }
  return graph;
}

interface Hook {
  ready(): boolean;
  firstFrameMs(): number | null;
  firstFrameAt(): number | null;
  visibleNodeCount(): number;
  layoutRunning(): boolean;
  editing(): boolean;
  editChangeMs(): number | null;
  editSaveMs(): number | null;
  editSavePayloadMs(): number | null;
}

async function openTimed(graph: EcoGraph, name: string, browser: Awaited<ReturnType<typeof launchBrowser>>) {
  const json = writeJson(graph);
  const { server, url } = await startExplorerServer({ appDir: APP_DIR, graphJson: json, graphName: name, host: '127.0.0.1', port: 0 });
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.ready(), null, { timeout: 120_000, polling: 50 });
  const times = (await page.evaluate(() => {
    const h = (window as unknown as { __ecograph: Hook }).__ecograph;
    return { fromNavigation: h.firstFrameAt(), fromFetch: h.firstFrameMs(), nodes: h.visibleNodeCount() };
  })) as { fromNavigation: number; fromFetch: number; nodes: number };
  return { server, page, json, times };
}

/** Opens `graph` in edit mode from a temporary file; `close` stops the server and removes the file. */
async function openEditable(graph: EcoGraph, browser: Awaited<ReturnType<typeof launchBrowser>>) {
  const dir = await mkdtemp(join(tmpdir(), 'ecograph-bench-edit-'));
  const file = join(dir, 'bench.json');
  await writeFile(file, writeJson(graph));
  const editable = await EditableFile.open(file);
  const { server, url } = await startExplorerServer({ appDir: APP_DIR, graphJson: writeJson(editable.graph), graphName: 'bench.json', host: '127.0.0.1', port: 0, editable });
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ecograph: Hook }).__ecograph.ready() && (window as unknown as { __ecograph: Hook }).__ecograph.editing(), null, { timeout: 120_000, polling: 50 });
  await page.waitForFunction(() => !(window as unknown as { __ecograph: Hook }).__ecograph.layoutRunning(), null, { timeout: 120_000, polling: 100 });
  return {
    page,
    close: async () => {
      await page.close();
      server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Adds an actor through the form; ms from the submit click to the next painted frame. */
async function timedAdd(page: Awaited<ReturnType<typeof openEditable>>['page'], label: string): Promise<number> {
  await page.click('#edit-add-node');
  await page.selectOption('#edit-node-form [name="kind"]', 'firm');
  await page.fill('#edit-node-form [name="label"]', label);
  await page.selectOption('#edit-node-form [name="confidence"]', 'illustrative');
  return page.evaluate(async () => {
    const t = performance.now();
    (document.getElementById('edit-node-submit') as HTMLButtonElement).click();
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    return performance.now() - t;
  });
}

/** Edits timed on the small graph (p50 and p95 are reported) and saves timed on the large one (median). */
export const EDIT_BENCH_EDITS = 20;
export const EDIT_BENCH_SAVES = 5;

/** The value below which a share `q` (0–1) of the sorted values lie (nearest rank). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Clicks Save from the page itself and waits for the answer; ms from the click to the server's answer, and of them the page's building of the document. */
async function timedSave(page: Awaited<ReturnType<typeof openEditable>>['page']): Promise<{ ms: number; payloadMs: number }> {
  // Clicked from the page itself: the save builds its document synchronously, which a
  // Playwright click would wait out with its own timeout.
  await page.evaluate(() => (document.getElementById('edit-save') as HTMLButtonElement).click());
  await page.waitForFunction(() => /^(Saved|Not saved)/.test(document.getElementById('edit-status')?.textContent ?? ''), null, { timeout: 300_000, polling: 200 });
  const status = await page.textContent('#edit-status');
  if (!status?.startsWith('Saved')) throw new Error(`the bench save failed: ${status}`);
  return page.evaluate(() => {
    const hook = (window as unknown as { __ecograph: Hook }).__ecograph;
    return { ms: hook.editSaveMs()!, payloadMs: hook.editSavePayloadMs()! };
  });
}

/**
 * Edit mode: {@link EDIT_BENCH_EDITS} edits on a graph of `editNodes` nodes (after one warm-up),
 * and {@link EDIT_BENCH_SAVES} saves of `graph`, each after an edit, with Node's parseGraph of the
 * saved document (the server's validation of it) timed in the same run as a baseline.
 */
export async function runEditBench(graph: EcoGraph, editNodes: number, seed: number, browser: Awaited<ReturnType<typeof launchBrowser>>, log: (line: string) => void = () => {}): Promise<ExplorerMeasurement[]> {
  const out = await runEditFrames(editNodes, seed, browser, '', log);
  out.push(...(await runSaveBench(graph, browser, log)));
  return out;
}

/** The WebGL renderer a page of `browser` draws with (WEBGL_debug_renderer_info), for the bench's output. */
async function webGlRenderer(browser: Awaited<ReturnType<typeof launchBrowser>>): Promise<string> {
  const page = await browser.context.newPage();
  try {
    await page.setContent('<canvas id="probe"></canvas>');
    return await page.evaluate(() => {
      const gl = (document.getElementById('probe') as HTMLCanvasElement).getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
  } finally {
    await page.close();
  }
}

/**
 * The edits of {@link runEditBench} on a graph of `editNodes` nodes, with the pan-frame and
 * redraw baselines of the same page; `tag` is put before each figure's name.
 */
async function runEditFrames(editNodes: number, seed: number, browser: Awaited<ReturnType<typeof launchBrowser>>, tag: string, log: (line: string) => void): Promise<ExplorerMeasurement[]> {
  const out: ExplorerMeasurement[] = [];
  log(`${tag}edit mode, WebGL drawn by: ${await webGlRenderer(browser)}`);
  const push = (m: ExplorerMeasurement) => {
    out.push(m);
    log(`${m.name}: ${formatMs(m.ms)}`);
  };
  const small = await openEditable(benchmarkGraph(editNodes, seed), browser);
  try {
    await timedAdd(small.page, 'Warm-up K.K.');
    const edits: number[] = [];
    const applied: number[] = [];
    for (let i = 0; i < EDIT_BENCH_EDITS; i++) {
      edits.push(await timedAdd(small.page, `Bench ${i} K.K.`));
      applied.push((await small.page.evaluate(() => (window as unknown as { __ecograph: Hook }).__ecograph.editChangeMs()))!);
    }
    // Baselines on the same page, each to the painted frame: a frame that only draws the graph
    // again (the camera panned by the arrow keys, nothing recomputed), and a full redraw (hiding,
    // then showing again, a node kind: every node and tie reduced again, then drawn).
    const panned: number[] = [];
    for (let i = 0; i < 10; i++)
      panned.push(
        await small.page.evaluate(async (key) => {
          const t = performance.now();
          document.getElementById('graph')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
          return performance.now() - t;
        }, i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'),
      );
    const redraws: number[] = [];
    for (let i = 0; i < 10; i++)
      redraws.push(
        await small.page.evaluate(async () => {
          const t = performance.now();
          (document.querySelector('#legend button[data-kind="firm"]') as HTMLButtonElement).click();
          await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
          return performance.now() - t;
        }),
      );
    const size = `${tag}${editNodes / 1000}k nodes`;
    const pan = quantile(panned, 0.5);
    const redraw = quantile(redraws, 0.5);
    push({ name: `${size}: a frame that only draws the graph (camera pan), median of ${panned.length} (baseline)`, ms: pan });
    push({ name: `${size}: redraw after hiding or showing a kind, median of ${redraws.length} (baseline)`, ms: redraw });
    for (const [label, q] of [['p50', 0.5], ['p95', 0.95]] as const)
      push({ name: `${size}: the edit's own work, change applied to the end of the frame drawing it, ${label} of ${applied.length}`, ms: quantile(applied, q) });
    for (const [label, q] of [['p50', 0.5], ['p95', 0.95]] as const) {
      const ms = quantile(edits, q);
      push({ name: `${size}: add an actor, submit to painted frame (target 200 ms), ${label} of ${edits.length}`, ms, baseline: { name: 'the median pan frame', ms: pan, ratio: ms / pan } });
    }
    log(`(the 200 ms target applies to the submit-to-painted-frame figures, the time a user waits to see the edit; without a GPU, headless Chromium draws WebGL in software, and the pan frame, which recomputes nothing, is the floor under any frame on this machine)`);
  } finally {
    await small.close();
  }
  return out;
}

/**
 * The save part of {@link runEditBench}: {@link EDIT_BENCH_SAVES} saves of `graph`, each after an
 * edit, from the Save click to the server's answer, with Node's parseGraph of the same document
 * timed in the same run as a baseline.
 */
export async function runSaveBench(graph: EcoGraph, browser: Awaited<ReturnType<typeof launchBrowser>>, log: (line: string) => void = () => {}): Promise<ExplorerMeasurement[]> {
  const out: ExplorerMeasurement[] = [];
  const push = (m: ExplorerMeasurement) => {
    out.push(m);
    log(`${m.name}: ${formatMs(m.ms)}`);
  };
  const big = await openEditable(graph, browser);
  try {
    const saves: number[] = [];
    const payloads: number[] = [];
    for (let i = 0; i < EDIT_BENCH_SAVES; i++) {
      await timedAdd(big.page, `Bench ${i} K.K.`);
      const { ms, payloadMs } = await timedSave(big.page);
      saves.push(ms);
      payloads.push(payloadMs);
    }
    const size = `${graph.order / 1000}k/${graph.size / 1000}k`;
    const saved = writeJson(graph);
    const t0 = performance.now();
    parseGraph({ format: 'json', file: { file: 'bench.json', text: saved } });
    const parse = performance.now() - t0;
    push({ name: `Node parseGraph of the ${size} JSON (baseline)`, ms: parse });
    push({ name: `${size} save: of it, the page building the document sent, median of ${payloads.length}`, ms: quantile(payloads, 0.5) });
    const median = quantile(saves, 0.5);
    push({
      name: `${size} save: click to the server's answer (written), median of ${saves.length}`,
      ms: median,
      baseline: { name: 'Node parseGraph of the same JSON', ms: parse, ratio: median / parse },
    });
  } finally {
    await big.close();
  }
  return out;
}

/** Environment variable that, set to `1`, runs only the save part of the edit bench ({@link runSaveBench}). */
export const SAVE_ONLY_ENV = 'ECOGRAPH_BENCH_SAVE_ONLY';

/** Runs the measurements. */
export async function runExplorerBench(nodeCount: number, seed: number, log: (line: string) => void = () => {}, interactionsOnly = false): Promise<ExplorerMeasurement[]> {
  await ensureAppBuilt(log);
  const browser = await launchBrowser();
  const out: ExplorerMeasurement[] = [];
  try {
    if (process.env[SAVE_ONLY_ENV] === '1') {
      const graph = benchmarkGraph(nodeCount, seed);
      log(`graph: ${graph.order} nodes, ${graph.size} ties (${SAVE_ONLY_ENV}=1: the save part only)`);
      out.push(...(await runSaveBench(graph, browser, log)));
      return out;
    }
    const kyoto = interactionsOnly ? null : await openTimed(await loadGraph('graphs/kyoto-life-science.json'), 'kyoto-life-science.json', browser);
    if (kyoto) {
      kyoto.server.close();
      await kyoto.page.close();
    }
    const graph = benchmarkGraph(nodeCount, seed);
    const size = `${graph.order / 1000}k/${graph.size / 1000}k`;
    log(`graph: ${graph.order} nodes, ${graph.size} ties`);
    const big = await openTimed(graph, 'bench.json', browser);
    if (big.times.nodes !== graph.order) throw new Error(`the explorer shows ${big.times.nodes} of ${graph.order} nodes`);
    const t0 = performance.now();
    parseGraph({ format: 'json', file: { file: 'bench.json', text: big.json } });
    const nodeParse = performance.now() - t0;
    const first = kyoto ? { name: `Kyoto (${kyoto.times.nodes} nodes) first frame from navigation`, ms: kyoto.times.fromNavigation } : null;
    if (first) out.push({ ...first });
    out.push({ name: `Node parseGraph of the ${size} JSON`, ms: nodeParse });
    out.push({
      name: `${size} first frame from navigation`,
      ms: big.times.fromNavigation,
      ...(first ? { baseline: { name: first.name, ms: first.ms, ratio: big.times.fromNavigation / first.ms } } : {}),
    });
    out.push({
      name: `${size} first frame from fetch start (fetch + import + draw)`,
      ms: big.times.fromFetch,
      baseline: { name: 'Node parseGraph (read + validate) of the same JSON', ms: nodeParse, ratio: big.times.fromFetch / nodeParse },
    });
    // Interactions are timed once the start-up layout has stopped, up to the next painted frame.
    await big.page.waitForFunction(() => !(window as unknown as { __ecograph: Hook }).__ecograph.layoutRunning(), null, { timeout: 120_000, polling: 100 });
    const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    const hide = await big.page.evaluate(async (paintedSource) => {
      const paint = eval(paintedSource) as () => Promise<void>;
      const t = performance.now();
      (document.querySelector('#legend button[data-kind="firm"]') as HTMLButtonElement).click();
      await paint();
      return performance.now() - t;
    }, `(${painted.toString()})`);
    out.push({ name: `${size} redraw after hiding a kind`, ms: hide });
    const year = await big.page.evaluate(async (paintedSource) => {
      const paint = eval(paintedSource) as () => Promise<void>;
      const slider = document.querySelector('#year') as HTMLInputElement;
      const t = performance.now();
      slider.value = String(Math.round((Number(slider.min) + Number(slider.max)) / 2));
      slider.dispatchEvent(new Event('input'));
      await paint();
      return performance.now() - t;
    }, `(${painted.toString()})`);
    out.push({ name: `${size} redraw after moving the year slider`, ms: year });
    out.push(...(await measureFocusChanges(big.page, graph, seed, log)));
    out.push(...(await measurePanelChanges(big.page, graph, seed, log)));
    if (!interactionsOnly) await big.page.screenshot({ path: 'test-artifacts/bench-20k.png' });
    big.server.close();
    await big.page.close();
    if (!interactionsOnly) out.push(...(await runEditBench(graph, EDIT_BENCH_NODES, seed, browser, log)));
  } finally {
    await browser.close();
  }
  // The same edits once more with WebGL drawn by Mesa's lavapipe (Vulkan on the CPU: still no GPU,
  // but a faster software renderer than SwiftShader), when it is installed.
  if (!interactionsOnly) {
    if (lavapipeIcd() === undefined) log('edit mode on lavapipe: skipped (Mesa\'s Vulkan CPU driver not installed — apt-get install mesa-vulkan-drivers)');
    else {
      const lavapipe = await launchBrowser('lavapipe');
      try {
        out.push(...(await runEditFrames(EDIT_BENCH_NODES, seed, lavapipe, 'lavapipe WebGL, ', log)));
      } finally {
        await lavapipe.close();
      }
    }
  }
  return out;
}

const suite: BenchSuite = {
  name: 'explorer',
  description: `web explorer in headless Chromium: time to first frame and redraws on a generated ${DEFAULT_NODES / 1000}k-node / ${(DEFAULT_NODES * TIES_PER_NODE) / 1000}k-tie graph`,
  async run({ options, log }) {
    // EXPLORER_BENCH=interactions: only the 20k graph's hover, search, filter and appearance changes
    // (no Kyoto first frame, no screenshot, no edit mode), for short runs while tuning them.
    const interactionsOnly = process.env.EXPLORER_BENCH === 'interactions';
    const results = await runExplorerBench(options.nodes ?? DEFAULT_NODES, options.seed, (line) => log(`  ${line}`), interactionsOnly);
    for (const r of results)
      log(`  ${r.name.padEnd(76)} ${formatMs(r.ms).padStart(9)}${r.baseline ? `  ${r.baseline.ratio.toFixed(2)}× ${r.baseline.name}` : ''}`);
  },
};

export default suite;
