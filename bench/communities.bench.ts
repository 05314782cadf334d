/**
 * Communities on LFR benchmark graphs with a planted partition (25k, 50k, 100k and 200k nodes;
 * `--sizes A,B` or `--nodes N` for others), generated seeded by NetworKit's LFR generator
 * (bench/lfr_baselines.py: average degree 20, maximum 50, community sizes 20–100, mixing 0.3) and
 * written once as an ecograph CSV directory, a space-separated edge list and the planted partition,
 * which every tool reads:
 *   - ecograph end to end through the CLI (`ecograph communities DIR -f json -o FILE`, default
 *     settings; the wall time of the whole process, start-up and writing included), Louvain and
 *     `--algorithm leiden`;
 *   - ecograph as a library, measured as the other tools are (bench/communities-ecograph-child.ts:
 *     `openView` of the CSV directory + Louvain or Leiden with the CLI's default settings, inside
 *     its process), with the seed of the round (42, the default, then 43, 44, …), so that its
 *     modularity and NMI, like those of the other tools, which draw a new random order each run,
 *     are a median over different runs (the CLI rows keep the default seed: one partition);
 *   - graphology-communities-louvain (load of edges.csv + compute, default settings);
 *   - igraph `community_multilevel` and `community_leiden(objective_function="modularity",
 *     n_iterations=-1)` (Read_Ncol + compute);
 *   - NetworKit PLM (EdgeListReader + compute, default settings), from its own virtual environment
 *     (bench/networkit-env.ts).
 * Every run's whole process (interpreter start-up, imports, writing the partition) is timed from
 * outside as well: for the ecograph CLI it is the run's time; for the others it is the time the
 * command line `python3 lfr_baselines.py …` (or Node with its child) takes, against which the
 * "whole process" ratio sets the CLI.
 * The tools take turns in every round (`--rounds R`, default 5), so that load on the machine falls
 * on all of them; the tables give medians and ranges over the rounds, and every round's modularity
 * and NMI (igraph's and NetworKit's runs are not seeded alike from round to round). Modularity and
 * the NMI to the planted partition of every partition are computed by igraph (`modularity`,
 * `compare_communities(method="nmi")`).
 *
 * `--tools T,U` (or the environment variable ECOGRAPH_COMMUNITIES_TOOLS) keeps only some rows: the
 * ids in {@link TOOLS} and the groups `ecograph`, `igraph`, `networkit`. ECOGRAPH_LFR_DIR names a
 * directory that keeps the generated graphs between runs (`DIR/<nodes>/`: csv/, edges.ncol,
 * planted.txt, lfr.json); a size found there is read, not generated again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { networkitPython } from './networkit-env.js';
import { formatMs, type BenchSuite } from './suite.js';

const PYTHON = '/usr/bin/python3';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = join(ROOT, 'bench', 'lfr_baselines.py');
const GRAPHOLOGY_CHILD = join(ROOT, 'bench', 'communities-child.ts');
const ECOGRAPH_CHILD = join(ROOT, 'bench', 'communities-ecograph-child.ts');
const CLI = join(ROOT, 'bin', 'ecograph.js');
const LIMIT_MS = 1_800_000;
const DEFAULT_SIZES = [25_000, 50_000, 100_000, 200_000];
const TOOLS_ENV = 'ECOGRAPH_COMMUNITIES_TOOLS';
const LFR_DIR_ENV = 'ECOGRAPH_LFR_DIR';
/** The library rows' seed in the first round (the CLI's default); each later round adds one. */
const LIBRARY_SEED = 42;

interface Run {
  /** Load + compute (ecograph CLI: the whole process), ms. */
  ms: number;
  loadMs?: number;
  computeMs?: number;
  partition: string;
  /** What the run chose (ecograph library: route, restarts, iterations). */
  note?: string;
  /** The whole process, timed from outside (start-up, imports and writing included), ms. */
  processMs: number;
}
interface Score {
  modularity: number;
  nmi: number;
  communities: number;
}

/** The rows, in table order: id (for --tools), name, and the baseline its time is divided by. */
const TOOLS = [
  { id: 'ecograph-louvain-cli', name: 'ecograph Louvain (CLI, end to end)', family: 'louvain' },
  { id: 'ecograph-louvain', name: 'ecograph Louvain (library: load + compute; seed 42 + round)', family: 'louvain' },
  { id: 'graphology', name: 'graphology-communities-louvain', family: 'louvain' },
  { id: 'igraph-multilevel', name: 'igraph community_multilevel', family: 'louvain' },
  { id: 'networkit-plm', name: 'NetworKit PLM', family: 'louvain' },
  { id: 'ecograph-leiden-cli', name: 'ecograph Leiden (CLI, end to end)', family: 'leiden' },
  { id: 'ecograph-leiden', name: 'ecograph Leiden (library: load + compute; seed 42 + round)', family: 'leiden' },
  { id: 'igraph-leiden', name: 'igraph community_leiden', family: 'leiden' },
] as const;
type ToolId = (typeof TOOLS)[number]['id'];
const GROUPS: Record<string, ToolId[]> = {
  ecograph: ['ecograph-louvain-cli', 'ecograph-louvain', 'ecograph-leiden-cli', 'ecograph-leiden'],
  igraph: ['igraph-multilevel', 'igraph-leiden'],
  networkit: ['networkit-plm'],
};

/** The tools asked for by `--tools` or the environment variable (all when neither is given). */
function chosenTools(asked: string[] | undefined): Set<ToolId> {
  const names = asked ?? process.env[TOOLS_ENV]?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names === undefined || names.length === 0) return new Set(TOOLS.map((t) => t.id));
  const out = new Set<ToolId>();
  for (const name of names) {
    const tool = TOOLS.find((t) => t.id === name);
    if (tool) out.add(tool.id);
    else if (GROUPS[name]) for (const id of GROUPS[name]) out.add(id);
    else throw new Error(`communities: no tool "${name}" (tools: ${TOOLS.map((t) => t.id).join(', ')}; groups: ${Object.keys(GROUPS).join(', ')})`);
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Runs a child that prints a JSON line last; returns that object and the child's whole wall time (`processMs`). */
function spawnJson(command: string, args: string[]): Record<string, unknown> & { processMs: number } {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 1 << 26 });
  const processMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${(r.stderr || String(r.signal)).trim().split('\n').pop()}`);
  return { ...(JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>), processMs };
}

/** One ecograph CLI run, timed from outside; its JSON turned into a partition file. */
function ecographCli(dir: string, out: string, extra: string[]): Run {
  const json = out + '.json';
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, 'communities', join(dir, 'csv'), '-f', 'json', '-o', json, ...extra], { encoding: 'utf8', timeout: LIMIT_MS });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`ecograph communities: ${(r.stderr || String(r.signal)).trim().split('\n').pop()}`);
  const result = JSON.parse(readFileSync(json, 'utf8')) as { nodes: { id: string; community: number }[]; restarts: number; iterations?: number };
  writeFileSync(out, result.nodes.map((n) => `${n.id} ${n.community}`).join('\n') + '\n');
  rmSync(json, { force: true });
  return { ms, processMs: ms, partition: out, note: `restarts ${result.restarts}${result.iterations !== undefined ? `, iterations ${result.iterations}` : ''}` };
}

/** A run that reports its own load and compute times. */
function timed(outcome: Record<string, unknown> & { processMs: number }, partition: string, note?: string): Run {
  const loadMs = outcome.loadMs as number;
  const computeMs = outcome.ms as number;
  return { ms: loadMs + computeMs, loadMs, computeMs, processMs: outcome.processMs, partition, ...(note !== undefined ? { note } : {}) };
}

/** ecograph as a library (bench/communities-ecograph-child.ts). */
function ecographLibrary(algorithm: 'louvain' | 'leiden', dir: string, out: string, seed: number): Run {
  const o = spawnJson(process.execPath, ['--import', 'tsx', ECOGRAPH_CHILD, algorithm, join(dir, 'csv'), out, String(seed)]);
  return timed(o, out, `${o.route} route, seed ${seed}, restarts ${o.restarts}${o.iterations !== undefined ? `, iterations ${o.iterations}` : ''}, peak RSS ${o.maxRssMB} MB`);
}

interface LfrGraph {
  dir: string;
  edges: number;
  planted: number;
}

/**
 * The LFR graph of `n` nodes: read from the cache directory when it holds one, else generated (into
 * the cache when there is one, with an lfr.json saying how).
 */
function lfrGraph(python: string, n: number, seed: number, cache: string | undefined, scratch: string, log: (line: string) => void): LfrGraph {
  const dir = join(cache ?? scratch, String(n));
  const meta = join(dir, 'lfr.json');
  const complete = ['csv/nodes.csv', 'csv/edges.csv', 'edges.ncol', 'planted.txt'].every((f) => existsSync(join(dir, f)));
  if (cache !== undefined && complete) {
    if (existsSync(meta)) {
      const m = JSON.parse(readFileSync(meta, 'utf8')) as { seed: number; edges: number; communities: number; networkit: string };
      if (m.seed !== seed) throw new Error(`communities: ${dir} holds the LFR graph of seed ${m.seed}, not ${seed} (use another ${LFR_DIR_ENV} or remove it)`);
      log(`LFR n=${n}: ${m.edges} edges, ${m.communities} planted communities (NetworKit ${m.networkit}, seed ${m.seed}; read from ${dir})`);
      return { dir, edges: m.edges, planted: m.communities };
    }
    // made by hand or by an earlier version: count what is there
    const edges = readFileSync(join(dir, 'edges.ncol'), 'utf8').split('\n').filter((l) => l !== '').length;
    const planted = new Set(readFileSync(join(dir, 'planted.txt'), 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split(' ')[1])).size;
    log(`LFR n=${n}: ${edges} edges, ${planted} planted communities (read from ${dir}; no lfr.json, so its seed is not recorded)`);
    return { dir, edges, planted };
  }
  mkdirSync(dir, { recursive: true });
  const g = spawnJson(python, [SCRIPT, 'generate', String(n), String(seed), dir]);
  if (cache !== undefined) writeFileSync(meta, JSON.stringify({ nodes: n, seed, edges: g.edges, communities: g.communities, networkit: g.networkit }) + '\n');
  log(`LFR n=${n}: ${g.edges} edges, ${g.communities} planted communities (NetworKit ${g.networkit}, seed ${seed}${cache !== undefined ? `; kept in ${dir}` : ''})`);
  return { dir, edges: g.edges as number, planted: g.communities as number };
}

const range = (xs: number[], digits: number) => (xs.length === 0 ? '—' : `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`);

const suite: BenchSuite = {
  name: 'communities',
  description: 'communities on LFR graphs with a planted partition (25k–200k): ecograph CLI and library vs graphology, igraph, NetworKit; modularity and NMI per round',
  async run({ options, log }) {
    const sizes = options.sizes ?? (options.nodes !== undefined ? [options.nodes] : DEFAULT_SIZES);
    const rounds = options.rounds ?? 5;
    const tools = chosenTools(options.tools);
    const [l1, l5, l15] = loadavg();
    log(`machine: load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} / ${l15!.toFixed(2)} at start; ${rounds} rounds; sizes ${sizes.join(', ')}`);
    if (tools.size < TOOLS.length) log(`tools: only ${[...tools].join(', ')}`);
    const nk = networkitPython(log);
    if (nk === undefined) {
      log('communities: skipped (the LFR graphs come from NetworKit)');
      return;
    }
    const external = !options.noExternal && existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import igraph']).status === 0;
    if (!external) log('igraph: skipped (--no-external, or /usr/bin/python3 without python3-igraph): no igraph rows, no modularity or NMI');
    if (!external) for (const id of GROUPS.igraph!) tools.delete(id);
    if (!existsSync(join(ROOT, 'dist', 'cli'))) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-lib.mjs')], { stdio: 'inherit' });
    const cache = process.env[LFR_DIR_ENV] || undefined;
    const data = mkdtempSync(join(tmpdir(), 'ecograph-lfr-'));
    try {
      const graphs = new Map<number, LfrGraph>();
      for (const n of sizes) graphs.set(n, lfrGraph(nk, n, options.seed, cache, data, log));
      const runs = new Map<string, Run[]>();
      const scores = new Map<string, Score[]>();
      const key = (n: number, tool: ToolId) => `${n}\t${tool}`;
      const push = <T>(map: Map<string, T[]>, k: string, value: T) => (map.get(k) ?? map.set(k, []).get(k)!).push(value);
      for (let round = 0; round < rounds; round++) {
        for (const n of sizes) {
          const { dir } = graphs.get(n)!;
          const ncol = join(dir, 'edges.ncol');
          const part = (name: string) => join(data, `${n}-${name}-${round}.txt`);
          const got = new Map<ToolId, Run>();
          const measure = (id: ToolId, fn: () => Run) => {
            if (tools.has(id)) got.set(id, fn());
          };
          measure('ecograph-louvain-cli', () => ecographCli(dir, part('ecograph-louvain-cli'), []));
          measure('ecograph-louvain', () => ecographLibrary('louvain', dir, part('ecograph-louvain'), LIBRARY_SEED + round));
          measure('graphology', () => timed(spawnJson(process.execPath, ['--import', 'tsx', GRAPHOLOGY_CHILD, join(dir, 'csv', 'edges.csv'), part('graphology')]), part('graphology')));
          measure('igraph-multilevel', () => timed(spawnJson(PYTHON, [SCRIPT, 'igraph-multilevel', ncol, part('multilevel')]), part('multilevel')));
          measure('networkit-plm', () => {
            const o = spawnJson(nk, [SCRIPT, 'networkit-plm', ncol, part('plm')]);
            return timed(o, part('plm'), `${o.threads} threads`);
          });
          measure('ecograph-leiden-cli', () => ecographCli(dir, part('ecograph-leiden-cli'), ['--algorithm', 'leiden']));
          measure('ecograph-leiden', () => ecographLibrary('leiden', dir, part('ecograph-leiden'), LIBRARY_SEED + round));
          measure('igraph-leiden', () => timed(spawnJson(PYTHON, [SCRIPT, 'igraph-leiden', ncol, part('igraph-leiden')]), part('igraph-leiden')));
          const scored = external && got.size > 0 ? spawnJson(PYTHON, [SCRIPT, 'score', ncol, join(dir, 'planted.txt'), ...[...got.values()].map((r) => r.partition)]) : {};
          const scoreOf = (partition: string) => (scored as Record<string, unknown>)[partition] as Score | undefined;
          for (const [id, run] of got) {
            push(runs, key(n, id), run);
            const s = scoreOf(run.partition);
            if (s) push(scores, key(n, id), s);
            const name = TOOLS.find((t) => t.id === id)!.name;
            const split = run.loadMs !== undefined ? ` (load ${formatMs(run.loadMs)} + compute ${formatMs(run.computeMs)})` : '';
            log(`  round ${round + 1} n=${n} ${name.padEnd(42)} ${formatMs(run.ms)}${split}${s ? `  Q ${s.modularity.toFixed(4)}  NMI ${s.nmi.toFixed(4)}  ${s.communities} communities` : ''}${run.note ? `  [${run.note}]` : ''}`);
          }
          for (const run of got.values()) rmSync(run.partition, { force: true });
        }
      }
      const [e1] = loadavg();
      log('');
      log(`Markdown (medians of ${rounds} interleaved rounds, ranges in parentheses; load average ${l1!.toFixed(1)} at start, ${e1!.toFixed(1)} at the end):`);
      log('');
      log('| LFR nodes / edges (planted communities) | tool | rounds | time (load + compute), median | range | load | compute | whole process, median | modularity, median (range) | NMI to planted, median (range) | communities | time ÷ graphology | time ÷ igraph community_leiden | whole process ÷ igraph community_leiden\'s |');
      log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
      for (const n of sizes) {
        const g = graphs.get(n)!;
        const baseOf = (id: ToolId) => median((runs.get(key(n, id)) ?? []).map((r) => r.ms));
        const graphology = baseOf('graphology');
        const igraphLeiden = baseOf('igraph-leiden');
        const igraphLeidenProcess = median((runs.get(key(n, 'igraph-leiden')) ?? []).map((r) => r.processMs));
        const ratio = (t: number, base: number) => (Number.isNaN(base) ? '—' : `${(t / base).toFixed(2)}×`);
        for (const tool of TOOLS) {
          const rs = runs.get(key(n, tool.id));
          if (!rs) continue;
          const ss = scores.get(key(n, tool.id)) ?? [];
          const times = rs.map((r) => r.ms);
          const t = median(times);
          const part = (f: (r: Run) => number | undefined) => (rs.every((r) => f(r) !== undefined) ? formatMs(median(rs.map((r) => f(r)!))) : '—');
          log(
            `| ${n.toLocaleString('en')} / ${g.edges.toLocaleString('en')} (${g.planted}) | ${tool.name} | ${rs.length} | ${formatMs(t)} | ${formatMs(Math.min(...times))}–${formatMs(Math.max(...times))} | ${part((r) => r.loadMs)} | ${part((r) => r.computeMs)} | ${formatMs(median(rs.map((r) => r.processMs)))} | ${range(ss.map((s) => s.modularity), 4)} | ${range(ss.map((s) => s.nmi), 4)} | ${ss.length ? median(ss.map((s) => s.communities)) : '—'} | ${ratio(t, graphology)} | ${tool.family === 'leiden' ? ratio(t, igraphLeiden) : '—'} | ${tool.family === 'leiden' ? ratio(median(rs.map((r) => r.processMs)), igraphLeidenProcess) : '—'} |`,
          );
        }
      }
      if (scores.size > 0) {
        log('');
        log('Every round (modularity / NMI to planted, in round order):');
        log('');
        log('| LFR nodes | tool | modularity by round | NMI by round |');
        log('|---|---|---|---|');
        for (const n of sizes)
          for (const tool of TOOLS) {
            const ss = scores.get(key(n, tool.id));
            if (!ss) continue;
            log(`| ${n.toLocaleString('en')} | ${tool.name} | ${ss.map((s) => s.modularity.toFixed(5)).join(', ')} | ${ss.map((s) => s.nmi.toFixed(4)).join(', ')} |`);
          }
      }
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  },
};

export default suite;
