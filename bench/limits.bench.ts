/**
 * Where one machine ends: the table of docs/performance.md, section "Where one machine ends", from
 * measurements. A seeded Barabási–Albert graph (bench/barabasi-albert.ts; 1,000,000 nodes, m = 5,
 * seed 1 by default; `--nodes N`, `--seed S`) is written once as an ecograph CSV directory and as
 * ecograph JSON (writeJson's layout), to a temporary directory; then every command runs end to end
 * in its own child process under GNU time (`/usr/bin/time -v`), which reports its wall time, CPU
 * time (user + sys) and peak resident set size:
 *   - loading alone (`loadCompactGraph` in bench/scale-load-child.ts), CSV directory and JSON;
 *   - `ecograph communities` (default settings, and `--algorithm leiden`), JSON written to a file;
 *   - `ecograph centrality --measures pagerank --top 5` and
 *     `--measures betweenness,pagerank --approx 0.01 --top 5`;
 *   - `ecograph lineage` (a Barabási–Albert graph has no spin-off ties: the row says what it prints);
 *   - the standard route (the whole graphology graph): `ecograph validate` on the CSV directory and
 *     on the JSON and `ecograph describe --approx 0.05` on the CSV directory, on graphs of the sizes
 *     `--standard-sizes A,B` (default 100,000, 200,000 and 400,000 nodes, each written and removed
 *     in turn). Exact path statistics grow as nodes × ties (hours at 100,000 nodes), hence --approx.
 * Children run with Node's default heap (NODE_OPTIONS removed); a run that runs out of heap is
 * reported as such with V8's error line, and a run past the time limit (ECOGRAPH_LIMITS_TIMEOUT
 * seconds, default 1800) is stopped (its whole process group) and reported as stopped. `--rounds R`
 * (default 1) repeats the rows in turn and reports the median wall and CPU time and the largest
 * peak RSS; a row that failed is not run again. The suite ends with a markdown table.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { routeFor } from '../src/open/index.js';
import { barabasiAlbertEdges, writeEdgeListCsvDirectory, writeEdgeListJson } from './barabasi-albert.js';
import { formatMs, type BenchSuite } from './suite.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'ecograph.js');
const LOAD_CHILD = join(ROOT, 'bench', 'scale-load-child.ts');
const GNU_TIME = '/usr/bin/time';
const DEFAULT_NODES = 1_000_000;
const DEFAULT_STANDARD_SIZES = [100_000, 200_000, 400_000];
const M = 5;
const TIMEOUT_ENV = 'ECOGRAPH_LIMITS_TIMEOUT';
/** Output kept of a child (its last bytes): enough for a summary line or V8's fatal error. */
const KEEP_BYTES = 64 * 1024;

/** One run of a command, as GNU time and the parent saw it. */
interface Sample {
  wallMs: number;
  /** user + sys, ms (undefined without GNU time). */
  cpuMs?: number;
  /** Peak resident set size, kB (undefined without GNU time). */
  maxRssKB?: number;
  /** Why the run did not finish: out of heap (with V8's line), stopped at the limit, or another failure. */
  failed?: string;
  /** What the run printed or wrote, in a few words. */
  note?: string;
}

interface Row {
  command: string;
  /** compact, standard, or how the route was chosen. */
  route: string;
  nodes: number;
  ties: number;
  run(): Promise<Sample>;
  samples: Sample[];
}

/** Keeps the last KEEP_BYTES of a stream. */
function tail(): { push(chunk: Buffer): void; text(): string } {
  let text = '';
  return {
    push(chunk) {
      text += chunk.toString('utf8');
      if (text.length > 2 * KEEP_BYTES) text = text.slice(-KEEP_BYTES);
    },
    text: () => text.slice(-KEEP_BYTES),
  };
}

/** GNU time's -v report: user + sys in ms, peak RSS in kB. */
function parseTimeReport(text: string): { cpuMs?: number; maxRssKB?: number } {
  const field = (name: string) => {
    const m = new RegExp(`^\\s*${name.replace(/[()]/g, '\\$&')}:\\s*([0-9.]+)\\s*$`, 'm').exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const user = field('User time (seconds)');
  const sys = field('System time (seconds)');
  const rss = field('Maximum resident set size (kbytes)');
  return { ...(user !== undefined && sys !== undefined ? { cpuMs: (user + sys) * 1000 } : {}), ...(rss !== undefined ? { maxRssKB: rss } : {}) };
}

/** The environment of the children: Node's default heap, no colour or progress codes. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  return env;
}

/**
 * Runs `command args` under GNU time (when present) in its own process group, stopping the whole
 * group at `limitMs`; `summarize` turns a finished run's standard output into a note.
 */
export function measure(command: string, args: string[], limitMs: number, scratch: string, summarize?: (stdout: string) => string): Promise<Sample> {
  const timeFile = join(scratch, 'time.txt');
  rmSync(timeFile, { force: true });
  const withTime = existsSync(GNU_TIME);
  const [file, argv] = withTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() });
    const out = tail();
    const err = tail();
    child.stdout.on('data', out.push);
    child.stderr.on('data', err.push);
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      // the child's whole group: GNU time and the command it runs
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const report = withTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      const sample: Sample = { wallMs, ...parseTimeReport(report) };
      const exit = /Exit status:\s*(\d+)/.exec(report)?.[1];
      const killedBy = /Command terminated by signal (\d+)/.exec(report)?.[1];
      const stderr = err.text();
      const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const heapLine = lines.find((l) => /heap out of memory|Reached heap limit|Allocation failed/i.test(l));
      if (stopped) sample.failed = `stopped after ${Math.round(limitMs / 1000)} s`;
      else if (heapLine !== undefined) sample.failed = `out of heap: ${heapLine}`;
      else if (code !== 0 || signal !== null || (exit !== undefined && exit !== '0') || killedBy !== undefined)
        sample.failed = `failed (${killedBy !== undefined ? `signal ${killedBy}` : signal ?? `exit ${exit ?? code}`}): ${lines.pop() ?? firstLines(1)(out.text())}`;
      else if (summarize) sample.note = summarize(out.text());
      resolve(sample);
    });
  });
}

const cli = (args: string[]) => [CLI, ...args];
const gb = (kB: number | undefined) => (kB === undefined ? '—' : `${(kB / 1024 / 1024).toFixed(2)} GB`);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? undefined : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const bytesOf = (path: string) => (statSync(path).isDirectory() ? ['nodes.csv', 'edges.csv'].reduce((sum, f) => sum + statSync(join(path, f)).size, 0) : statSync(path).size);

/** The first non-empty lines of a text output, joined, without the input path they start with. */
const firstLines = (count: number) => (stdout: string) =>
  stdout
    .split('\n')
    .map((l) => l.trim().replace(/^\/\S+: /, ''))
    .filter((l) => l !== '')
    .slice(0, count)
    .join(' ');

/** Writes the Barabási–Albert graph of `n` nodes as a CSV directory and as JSON; returns its ties. */
function writeGraph(n: number, seed: number, csv: string, json: string): number {
  const edges = barabasiAlbertEdges(n, M, seed);
  writeEdgeListCsvDirectory(csv, n, edges);
  writeEdgeListJson(json, n, edges);
  return edges.source.length;
}

const suite: BenchSuite = {
  name: 'limits',
  description: 'where one machine ends: each command end to end on a 1M-node Barabási–Albert graph (and the whole-graph commands at 100k–400k) with wall time, CPU and peak RSS',
  async run({ options, log }) {
    const n = options.nodes ?? DEFAULT_NODES;
    const standardSizes = options.standardSizes ?? DEFAULT_STANDARD_SIZES;
    const rounds = options.rounds ?? 1;
    const limitMs = Number(process.env[TIMEOUT_ENV] ?? 1800) * 1000;
    if (!(limitMs > 0)) throw new Error(`limits: ${TIMEOUT_ENV} must be a positive number of seconds`);
    const [l1, l5, l15] = loadavg();
    const heap = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'], { encoding: 'utf8', env: childEnv() }).stdout;
    log(`machine: load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} / ${l15!.toFixed(2)} at start; Node ${process.version}, default heap limit ${(Number(heap) / 1024 ** 3).toFixed(2)} GB; time limit ${limitMs / 1000} s a run; ${rounds} round(s)`);
    if (!existsSync(GNU_TIME)) log(`${GNU_TIME} not found: wall times only (no CPU time, no peak RSS)`);
    if (!existsSync(join(ROOT, 'dist', 'cli'))) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-lib.mjs')], { stdio: 'inherit' });
    const data = mkdtempSync(join(tmpdir(), 'ecograph-limits-'));
    const scratch = join(data, 'scratch');
    mkdirSync(scratch);
    const runRows = async (rows: Row[]) => {
      for (let round = 1; round <= rounds; round++)
        for (const row of rows) {
          if (row.samples.some((s) => s.failed !== undefined)) continue;
          const s = await row.run();
          row.samples.push(s);
          const what = s.failed ?? `wall ${formatMs(s.wallMs)}, CPU ${s.cpuMs !== undefined ? formatMs(s.cpuMs) : '—'}, peak RSS ${gb(s.maxRssKB)}${s.note ? `; ${s.note}` : ''}`;
          log(`  round ${round} ${row.nodes.toLocaleString('en').padStart(9)} ${row.command.padEnd(70)} ${what}`);
        }
    };
    const all: Row[] = [];
    try {
      // the large graph: every command that can take the compact route
      const csv = join(data, `ba-${n}-csv`);
      const json = join(data, `ba-${n}.json`);
      const ties = writeGraph(n, options.seed, csv, json);
      log(`Barabási–Albert n=${n}, m=${M}, seed ${options.seed}: ${ties} ties; CSV directory ${mb(bytesOf(csv))}, JSON ${mb(bytesOf(json))}`);
      const out = join(data, 'out.json');
      const compactRoute = async () => routeFor(csv);
      const row = (command: string, route: string, nodes: number, rowTies: number, run: () => Promise<Sample>): Row => ({ command, route, nodes, ties: rowTies, run, samples: [] });
      const loadAlone = (path: string) => async () => {
        const s = await measure(process.execPath, ['--import', 'tsx', LOAD_CHILD, 'compact', path], limitMs, scratch, (stdout) => {
          const o = JSON.parse(stdout.trim().split('\n').pop()!) as { loadMs: number };
          return `load ${formatMs(o.loadMs)} inside the process`;
        });
        return s;
      };
      const communities = (extra: string[]) => async () =>
        measure(process.execPath, cli(['communities', csv, '-f', 'json', '-o', out, ...extra]), limitMs, scratch, () => {
          const o = JSON.parse(readFileSync(out, 'utf8')) as { modularity: number; restarts: number; iterations?: number; communities: unknown[] };
          rmSync(out, { force: true });
          return `JSON written: ${o.communities.length} communities, modularity ${o.modularity.toFixed(4)}, ${o.restarts} restart(s)${o.iterations !== undefined ? `, ${o.iterations} iterations` : ''}`;
        });
      const stdoutOf = (args: string[], lines: number) => async () => measure(process.execPath, cli(args), limitMs, scratch, firstLines(lines));
      const route = await compactRoute();
      const large: Row[] = [
        row('loading alone (`loadCompactGraph`), CSV directory', 'compact', n, ties, loadAlone(csv)),
        row('loading alone (`loadCompactGraph`), JSON', 'compact', n, ties, loadAlone(json)),
        row('`communities` (Louvain, default settings), CSV directory', route, n, ties, communities([])),
        row('`communities --algorithm leiden`, CSV directory', route, n, ties, communities(['--algorithm', 'leiden'])),
        row('`centrality --measures pagerank --top 5`, CSV directory', route, n, ties, stdoutOf(['centrality', csv, '--measures', 'pagerank', '--top', '5'], 1)),
        row('`centrality --measures betweenness,pagerank --approx 0.01 --top 5`, CSV directory', route, n, ties, stdoutOf(['centrality', csv, '--measures', 'betweenness,pagerank', '--approx', '0.01', '--top', '5'], 1)),
        row('`lineage`, CSV directory', route, n, ties, stdoutOf(['lineage', csv], 3)),
      ];
      all.push(...large);
      log(`graph of ${n.toLocaleString('en')} nodes (route: ${route}):`);
      await runRows(large);
      rmSync(csv, { recursive: true, force: true });
      rmSync(json, { force: true });

      // the standard route: the whole graphology graph, at the sizes asked for
      for (const size of standardSizes) {
        const sCsv = join(data, `ba-${size}-csv`);
        const sJson = join(data, `ba-${size}.json`);
        const sTies = writeGraph(size, options.seed, sCsv, sJson);
        log(`standard route, Barabási–Albert n=${size}: ${sTies} ties; CSV directory ${mb(bytesOf(sCsv))}, JSON ${mb(bytesOf(sJson))}`);
        const rows = [
          row('`validate`, CSV directory', 'standard', size, sTies, stdoutOf(['validate', sCsv], 1)),
          row('`validate`, JSON', 'standard', size, sTies, stdoutOf(['validate', sJson], 1)),
          row('`describe --approx 0.05`, CSV directory', 'standard', size, sTies, stdoutOf(['describe', sCsv, '--approx', '0.05'], 1)),
        ];
        all.push(...rows);
        await runRows(rows);
        rmSync(sCsv, { recursive: true, force: true });
        rmSync(sJson, { force: true });
      }

      const [e1, e5, e15] = loadavg();
      log('');
      log(
        `Markdown (${new Date().toISOString().slice(0, 10)}; ${rounds > 1 ? `medians of ${rounds} rounds, peak RSS the largest; ` : ''}load average ${l1!.toFixed(1)} at start, ${e1!.toFixed(1)} / ${e5!.toFixed(1)} / ${e15!.toFixed(1)} at the end; Node's default heap of ${(Number(heap) / 1024 ** 3).toFixed(2)} GB):`,
      );
      log('');
      log('| command | route | nodes / ties | handled | wall | CPU (user + sys) | peak RSS |');
      log('|---|---|---|---|---|---|---|');
      for (const r of all) {
        const failed = r.samples.find((s) => s.failed !== undefined);
        const done = r.samples.filter((s) => s.failed === undefined);
        const note = done.at(-1)?.note;
        const handled = failed ? `**no**: ${failed.failed}` : `yes${note ? `: ${note}` : ''}`;
        const from = failed ? [failed] : done;
        const wall = median(from.map((s) => s.wallMs));
        const cpu = from.every((s) => s.cpuMs !== undefined) ? median(from.map((s) => s.cpuMs!)) : undefined;
        const rss = from.every((s) => s.maxRssKB !== undefined) ? Math.max(...from.map((s) => s.maxRssKB!)) : undefined;
        log(`| ${r.command} | ${r.route} | ${r.nodes.toLocaleString('en')} / ${r.ties.toLocaleString('en')} | ${handled.replace(/\|/g, '\\|')} | ${formatMs(wall)} | ${formatMs(cpu)} | ${gb(rss)} |`);
      }
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  },
};

export default suite;
