/**
 * Communities on LFR benchmark graphs with a planted partition (25k, 50k, 100k and 200k nodes, or
 * `--nodes N`), generated seeded by NetworKit's LFR generator (bench/lfr_baselines.py: average
 * degree 20, maximum 50, community sizes 20–100, mixing 0.3) and written once as an ecograph CSV
 * directory, a space-separated edge list and the planted partition, which every tool reads:
 *   - ecograph end to end through the CLI (`ecograph communities DIR -f json -o FILE`, default
 *     settings; the wall time of the whole process, start-up and writing included), Louvain and
 *     `--algorithm leiden`;
 *   - graphology-communities-louvain (load of edges.csv + compute, default settings);
 *   - igraph `community_multilevel` and `community_leiden(objective_function="modularity",
 *     n_iterations=-1)` (Read_Ncol + compute);
 *   - NetworKit PLM (EdgeListReader + compute, default settings), from its own virtual environment
 *     (bench/networkit-env.ts).
 * The tools take turns in every round (`--rounds R`, default 5), so that load on the machine falls
 * on all of them; the tables give medians. Modularity and the NMI to the planted partition of every
 * partition are computed by igraph (`modularity`, `compare_communities(method="nmi")`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { networkitPython } from './networkit-env.js';
import { formatMs, type BenchSuite } from './suite.js';

const PYTHON = '/usr/bin/python3';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = join(ROOT, 'bench', 'lfr_baselines.py');
const CHILD = join(ROOT, 'bench', 'communities-child.ts');
const CLI = join(ROOT, 'bin', 'ecograph.js');
const LIMIT_MS = 1_800_000;

interface Run {
  /** Load + compute (ecograph: the whole CLI process), ms. */
  ms: number;
  loadMs?: number;
  computeMs?: number;
  partition: string;
}
interface Score {
  modularity: number;
  nmi: number;
  communities: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function spawnJson(command: string, args: string[]): Record<string, unknown> {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${(r.stderr || String(r.signal)).trim().split('\n').pop()}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

/** One ecograph CLI run, timed from outside; its JSON turned into a partition file. */
function ecograph(dir: string, out: string, extra: string[]): Run {
  const json = out + '.json';
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, 'communities', join(dir, 'csv'), '-f', 'json', '-o', json, ...extra], { encoding: 'utf8', timeout: LIMIT_MS });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`ecograph communities: ${r.stderr.trim().split('\n').pop()}`);
  const result = JSON.parse(readFileSync(json, 'utf8')) as { nodes: { id: string; community: number }[] };
  writeFileSync(out, result.nodes.map((n) => `${n.id} ${n.community}`).join('\n') + '\n');
  return { ms, partition: out };
}

function timed(outcome: Record<string, unknown>, partition: string): Run {
  const loadMs = outcome.loadMs as number;
  const computeMs = outcome.ms as number;
  return { ms: loadMs + computeMs, loadMs, computeMs, partition };
}

const TOOLS = ['ecograph Louvain (CLI, end to end)', 'graphology-communities-louvain', 'igraph community_multilevel', 'NetworKit PLM', 'ecograph Leiden (CLI, end to end)', 'igraph community_leiden'] as const;
type Tool = (typeof TOOLS)[number];

const suite: BenchSuite = {
  name: 'communities',
  description: 'communities on LFR graphs with a planted partition (25k–200k): ecograph CLI vs graphology, igraph, NetworKit; modularity and NMI',
  async run({ options, log }) {
    const sizes = options.nodes !== undefined ? [options.nodes] : [25_000, 50_000, 100_000, 200_000];
    const rounds = options.rounds ?? 5;
    const [l1, l5, l15] = loadavg();
    log(`machine: load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} / ${l15!.toFixed(2)} at start; ${rounds} rounds`);
    const nk = networkitPython(log);
    if (nk === undefined) {
      log('communities: skipped (the LFR graphs come from NetworKit)');
      return;
    }
    const external = !options.noExternal && existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import igraph']).status === 0;
    if (!existsSync(join(ROOT, 'dist', 'cli'))) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-lib.mjs')], { stdio: 'inherit' });
    const data = mkdtempSync(join(tmpdir(), 'ecograph-lfr-'));
    try {
      const graphs = new Map<number, { dir: string; edges: number; planted: number }>();
      for (const n of sizes) {
        const dir = join(data, String(n));
        const g = spawnJson(nk, [SCRIPT, 'generate', String(n), String(options.seed), dir]);
        graphs.set(n, { dir, edges: g.edges as number, planted: g.communities as number });
        log(`LFR n=${n}: ${g.edges} edges, ${g.communities} planted communities (NetworKit ${g.networkit})`);
      }
      const runs = new Map<string, Run[]>();
      const scores = new Map<string, Score[]>();
      const key = (n: number, tool: Tool) => `${n}\t${tool}`;
      for (let round = 0; round < rounds; round++) {
        for (const n of sizes) {
          const { dir } = graphs.get(n)!;
          const ncol = join(dir, 'edges.ncol');
          const part = (name: string) => join(dir, `${name}-${round}.txt`);
          const got = new Map<Tool, Run>();
          got.set('ecograph Louvain (CLI, end to end)', ecograph(dir, part('ecograph'), []));
          got.set('graphology-communities-louvain', timed(spawnJson(process.execPath, ['--import', 'tsx', CHILD, join(dir, 'csv', 'edges.csv'), part('graphology')]), part('graphology')));
          if (external) got.set('igraph community_multilevel', timed(spawnJson(PYTHON, [SCRIPT, 'igraph-multilevel', ncol, part('multilevel')]), part('multilevel')));
          got.set('NetworKit PLM', timed(spawnJson(nk, [SCRIPT, 'networkit-plm', ncol, part('plm')]), part('plm')));
          got.set('ecograph Leiden (CLI, end to end)', ecograph(dir, part('leiden'), ['--algorithm', 'leiden']));
          if (external) got.set('igraph community_leiden', timed(spawnJson(PYTHON, [SCRIPT, 'igraph-leiden', ncol, part('igraph-leiden')]), part('igraph-leiden')));
          const scored = external ? spawnJson(PYTHON, [SCRIPT, 'score', ncol, join(dir, 'planted.txt'), ...[...got.values()].map((r) => r.partition)]) : {};
          for (const [tool, run] of got) {
            (runs.get(key(n, tool)) ?? runs.set(key(n, tool), []).get(key(n, tool))!).push(run);
            const s = scored[run.partition] as Score | undefined;
            if (s) (scores.get(key(n, tool)) ?? scores.set(key(n, tool), []).get(key(n, tool))!).push(s);
            log(`  round ${round + 1} n=${n} ${tool.padEnd(36)} ${formatMs(run.ms)}${s ? `  Q ${s.modularity.toFixed(4)}  NMI ${s.nmi.toFixed(4)}  ${s.communities} communities` : ''}`);
          }
        }
      }
      const [e1] = loadavg();
      log('');
      log(`Markdown (medians of ${rounds} interleaved rounds; load average ${l1!.toFixed(1)} at start, ${e1!.toFixed(1)} at the end):`);
      log('');
      log('| LFR nodes / edges (planted communities) | tool | time (load + compute) | load | compute | modularity | NMI to planted | communities | time ÷ graphology |');
      log('|---|---|---|---|---|---|---|---|---|');
      for (const n of sizes) {
        const g = graphs.get(n)!;
        const base = median((runs.get(key(n, 'graphology-communities-louvain')) ?? []).map((r) => r.ms));
        for (const tool of TOOLS) {
          const rs = runs.get(key(n, tool));
          if (!rs) continue;
          const ss = scores.get(key(n, tool)) ?? [];
          const t = median(rs.map((r) => r.ms));
          const part = (f: (r: Run) => number | undefined) => (rs.every((r) => f(r) !== undefined) ? formatMs(median(rs.map((r) => f(r)!))) : '—');
          log(
            `| ${n.toLocaleString('en')} / ${g.edges.toLocaleString('en')} (${g.planted}) | ${tool} | ${formatMs(t)} | ${part((r) => r.loadMs)} | ${part((r) => r.computeMs)} | ${ss.length ? median(ss.map((s) => s.modularity)).toFixed(4) : '—'} | ${ss.length ? median(ss.map((s) => s.nmi)).toFixed(4) : '—'} | ${ss.length ? median(ss.map((s) => s.communities)) : '—'} | ${(t / base).toFixed(2)}× |`,
          );
        }
      }
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  },
};

export default suite;
