// Run by scripts/pack-check.sh inside an empty folder where the packed tarball was installed:
// checks the installed package with plain Node, as a user gets it. Argument: the checkout's
// `ecograph centrality --format json` output for graphs/kyoto-life-science.json (the expected numbers).
// Every check throws with what it expected and what it got; the first failure ends the run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PACKAGE = dirname(createRequire(import.meta.url).resolve('ecograph/package.json'));
const BIN = join(process.cwd(), 'node_modules', '.bin', 'ecograph');
const GRAPHS = join(PACKAGE, 'graphs');
const OUT = mkdtempSync(join(tmpdir(), 'ecograph-pack-out-'));
const expected = JSON.parse(readFileSync(process.argv[2], 'utf8'));

let failures = 0;
async function check(name, fn) {
  const start = performance.now();
  try {
    const note = await fn();
    console.log(`ok   ${name} (${Math.round(performance.now() - start)} ms)${note ? ': ' + note : ''}`);
  } catch (err) {
    failures++;
    console.error(`FAIL ${name}: ${err?.stack ?? err}`);
  }
}

/** Runs the installed binary; throws with its output when it fails. */
function ecograph(args) {
  const r = spawnSync(BIN, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`ecograph ${args.join(' ')} exited ${r.status ?? r.signal}:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(buffer) {
  assert.deepEqual([...buffer.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(buffer.toString('latin1', 12, 16), 'IHDR', 'first PNG chunk');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Width and height of an SVG's root element. */
function svgSize(text) {
  const m = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(text);
  assert.ok(m, 'the SVG has a width and a height');
  return { width: Number(m[1]), height: Number(m[2]) };
}

await check("import { loadGraph, betweennessCentrality } from 'ecograph'", async () => {
  const { loadGraph, buildView, betweennessCentrality } = await import('ecograph');
  const graph = await loadGraph(join(GRAPHS, 'kyoto-life-science.json'));
  const view = buildView(graph);
  assert.equal(view.graph.order, expected.view.nodes, 'nodes in the view');
  const scores = betweennessCentrality(view.graph);
  assert.equal(scores.size, expected.nodes.length, 'nodes scored');
  for (const row of expected.nodes) {
    const got = scores.get(row.id);
    assert.ok(got !== undefined && Math.abs(got - row.betweenness) <= 1e-12, `betweenness of ${row.id}: expected ${row.betweenness}, got ${got}`);
  }
  const top = expected.nodes[0];
  return `${graph.order} nodes; top betweenness ${top.id} = ${top.betweenness.toFixed(4)}, as the checkout computes`;
});

await check("import 'ecograph' loads neither the figure stack nor neo4j-driver", async () => {
  // A resolve hook in a fresh process lists every module the import loads.
  const hook = `export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOADED ' + r.url + '\\n'); return r; }`;
  const register = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));`;
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', "await import('ecograph')"], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const loaded = r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
  assert.ok(loaded.some((u) => u.endsWith('/ecograph/dist/index.js')), `the entry itself was loaded: ${loaded.slice(0, 5).join(', ')}`);
  const heavy = loaded.filter((u) => /\/node_modules\/(@resvg|pdfkit|svg-to-pdfkit|fontkit|subset-font|@expo-google-fonts|neo4j-driver)\//.test(u) || u.includes('/dist/figures/'));
  assert.deepEqual(heavy, [], 'modules the main entry must not load');
  return `${loaded.length} modules, none of them figures or Neo4j`;
});

await check("import … from 'ecograph/figures'", async () => {
  const { loadGraph } = await import('ecograph');
  const { treeFigure, figureTextMeasurer, svgToPng } = await import('ecograph/figures');
  const graph = await loadGraph(join(GRAPHS, 'sapporo-valley.json'));
  const { svg, layout } = treeFigure(graph, 'micro-computer-study-group', figureTextMeasurer());
  const size = pngSize(svgToPng(svg, 96));
  assert.ok(Math.abs(size.width - layout.width) <= 1 && Math.abs(size.height - layout.height) <= 1, `PNG ${size.width}×${size.height} for a ${layout.width}×${layout.height} layout`);
  return `tree figure ${size.width}×${size.height} px`;
});

await check("import … from 'ecograph/neo4j'", async () => {
  const neo4j = await import('ecograph/neo4j');
  for (const name of ['connect', 'pushGraph', 'pullGraph', 'writeNodeProperties']) assert.equal(typeof neo4j[name], 'function', name);
  assert.ok(neo4j.NODE_LABELS && typeof neo4j.NODE_LABELS === 'object', 'NODE_LABELS');
});

await check('npx ecograph --help', async () => {
  const r = spawnSync('npx', ['--no-install', 'ecograph', '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Usage: ecograph <command>/);
  for (const command of ['validate', 'centrality', 'serve', 'figure']) assert.match(r.stdout, new RegExp(`\\n  ${command} `), `--help lists ${command}`);
  // Cold starts of the binary itself (without npx), median of 10.
  const times = [];
  for (let i = 0; i < 10; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(BIN, ['--help'], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    assert.equal(run.status, 0);
  }
  times.sort((a, b) => a - b);
  const median = (times[4] + times[5]) / 2;
  return `median of 10 runs of \`ecograph --help\`: ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[9].toFixed(0)})`;
});

await check('ecograph serve: the page, its JavaScript and CSS, the graph', async () => {
  const child = spawn(BIN, ['serve', join(GRAPHS, 'kyoto-life-science.json'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no URL within 20 s; stderr: ${stderr}`)), 20_000);
      child.stdout.on('data', (c) => {
        out += c;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code} before printing its URL: ${stderr}`)));
    });
    const page = await fetch(url);
    assert.equal(page.status, 200, 'GET /');
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<link[^>]* rel="stylesheet"[^>]* href="([^"]+)"|<link[^>]* href="([^"]+)"[^>]* rel="stylesheet"/g)].map((m) => m[1] ?? m[2]);
    assert.ok(scripts.length >= 1, `the page loads a script: ${html.slice(0, 400)}`);
    assert.ok(styles.length >= 1, 'the page loads a stylesheet');
    let bytes = 0;
    for (const src of scripts) {
      const r = await fetch(new URL(src, url));
      assert.equal(r.status, 200, `GET ${src}`);
      assert.match(r.headers.get('content-type') ?? '', /^text\/javascript/, src);
      const js = await r.text();
      bytes += js.length;
      // sigma is bundled into the app: its WebGL renderer is in there
      assert.match(js, /WebGL|webgl/, `${src} is the explorer bundle`);
    }
    for (const href of styles) {
      const r = await fetch(new URL(href, url));
      assert.equal(r.status, 200, `GET ${href}`);
      assert.match(r.headers.get('content-type') ?? '', /^text\/css/, href);
      const css = await r.text();
      assert.match(css, /\{[^}]*:[^}]*\}/, `${href} is a stylesheet`);
    }
    const graph = await fetch(new URL('api/graph', url));
    assert.equal(graph.status, 200, 'GET /api/graph');
    const json = await graph.json();
    assert.equal(json.attributes.name, 'Kyoto life science');
    return `${url}: page, ${scripts.length} script(s) (${Math.round(bytes / 1024)} kB), ${styles.length} stylesheet(s), graph of ${json.nodes.length} nodes`;
  } finally {
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    if (code !== 0) throw new Error(`serve did not stop cleanly on SIGTERM: exit ${code ?? signal}; stderr: ${stderr}`);
  }
});

await check('ecograph figure tree … -o tree.png', async () => {
  const args = ['figure', 'tree', join(GRAPHS, 'sapporo-valley.json'), '--root', 'micro-computer-study-group', '--mark-listed'];
  ecograph([...args, '-o', join(OUT, 'tree.svg')]);
  ecograph([...args, '--dpi', '144', '-o', join(OUT, 'tree.png')]);
  const svg = svgSize(readFileSync(join(OUT, 'tree.svg'), 'utf8'));
  const png = pngSize(readFileSync(join(OUT, 'tree.png')));
  assert.ok(Math.abs(png.width - svg.width * 1.5) <= 1 && Math.abs(png.height - svg.height * 1.5) <= 1, `PNG ${png.width}×${png.height} at 144 dpi for a ${svg.width}×${svg.height} SVG`);
  assert.ok(png.width >= 300 && png.height >= 200, `a real figure, not ${png.width}×${png.height}`);
  return `${png.width}×${png.height} px`;
});

await check('ecograph figure network … -o network.png', async () => {
  const args = ['figure', 'network', join(GRAPHS, 'hamamatsu-spinoffs.json'), '--labels', 'top:12', '--seed', '42'];
  ecograph([...args, '-o', join(OUT, 'network.svg')]);
  ecograph([...args, '--dpi', '96', '-o', join(OUT, 'network.png')]);
  const svg = svgSize(readFileSync(join(OUT, 'network.svg'), 'utf8'));
  const png = pngSize(readFileSync(join(OUT, 'network.png')));
  assert.ok(Math.abs(png.width - svg.width) <= 1 && Math.abs(png.height - svg.height) <= 1, `PNG ${png.width}×${png.height} at 96 dpi for a ${svg.width}×${svg.height} SVG`);
  assert.ok(png.width >= 300 && png.height >= 200, `a real figure, not ${png.width}×${png.height}`);
  return `${png.width}×${png.height} px`;
});

if (failures > 0) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
