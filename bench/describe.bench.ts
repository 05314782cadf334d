/**
 * `describe` on a generated ecosystem graph (default 100,000 nodes) beside python-igraph computing
 * the same statistics on the same undirected view in a child process (skipped with a message when
 * python-igraph is missing, or with --no-external). The Python is /usr/bin/python3, or the one
 * named by the environment variable IGRAPH_PYTHON (the sampled comparison needs subset betweenness,
 * `betweenness(sources=…)`, which Debian's python-igraph 0.10.2 lacks; 1.0 has it).
 *
 * Reported, in one run:
 * - ecograph's exact describe, run once in full (the path statistics on worker threads, as the CLI);
 * - ecograph's describe --approx 0.05 (δ 0.1) with its stated bound;
 * - igraph's exact statistics: in full (each timed once) on views of at most IGRAPH_FULL_MAX_NODES
 *   nodes; on larger views, where the full run would take over an hour, the per-source work of the
 *   path statistics (betweenness, distance sums, eccentricities) is timed on both sides from the
 *   same fixed random sample of SAMPLE_SOURCES sources, one thread each, interleaved (ecograph
 *   then igraph) for SAMPLE_ROUNDS rounds; the medians, scaled by n / k, are the projected full
 *   times, printed with ≈ and labelled as projections. The statistics without paths take
 *   milliseconds on both sides and are left out of the projection.
 * Ratios are ecograph / igraph. The load average at the start and the end is printed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateEcosystem } from '../src/generate/ecosystem.js';
import { createRng } from '../src/model/random.js';
import { describeGraphParallel } from '../src/metrics/parallel/parallel-describe.js';
import { accumulatePathStatistics, createPathStatisticsTotals, createPathStatisticsWorkspace } from '../src/metrics/paths/path-statistics.js';
import { describeGraph, planDescribe } from '../src/metrics/structure/describe.js';
import { buildView, type ViewGraph } from '../src/metrics/view.js';
import { formatMs, formatRatio, timeOnce } from './suite.js';
import type { BenchSuite } from './suite.js';

const PYTHON = process.env.IGRAPH_PYTHON ?? '/usr/bin/python3';
const IGRAPH_SCRIPT = fileURLToPath(new URL('./igraph_describe.py', import.meta.url));
/** Above this many nodes igraph's full exact run (over an hour at 100k) is replaced by the sampled projection. */
const IGRAPH_FULL_MAX_NODES = 20_000;
/** Sources of the sampled comparison (environment DESCRIBE_BENCH_SOURCES overrides, e.g. on a loaded machine). */
const SAMPLE_SOURCES = Number(process.env.DESCRIBE_BENCH_SOURCES ?? 1000);
/** DESCRIBE_BENCH_FULL_EXACT=0 skips ecograph's full exact run (its time is then not reported). */
const FULL_EXACT = process.env.DESCRIBE_BENCH_FULL_EXACT !== '0';
const SAMPLE_ROUNDS = 5;
const APPROX = { epsilon: 0.05, delta: 0.1, seed: 1 };

type Log = (s: string) => void;

function igraphAvailable(log: Log): boolean {
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import igraph'], { encoding: 'utf8' }).status !== 0) {
    log(`igraph: skipped (python-igraph not importable from ${PYTHON}; apt-get install python3-igraph, or IGRAPH_PYTHON=…)`);
    return false;
  }
  return true;
}

function writeEdges(view: ViewGraph, dir: string): string {
  const index = new Map(view.nodes().map((n, i) => [n, i]));
  const file = join(dir, 'edges.tsv');
  writeFileSync(file, view.mapEdges((_e, _a, s, t) => `${index.get(s)}\t${index.get(t)}`).join('\n') + '\n');
  return file;
}

function igraphFull(edges: string, n: number, log: Log): { times: Record<string, number>; values: Record<string, number | null> } | undefined {
  const r = spawnSync(PYTHON, [IGRAPH_SCRIPT, edges, String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    log(`igraph: skipped (the child process failed: ${r.stderr.trim().split('\n').pop()})`);
    return undefined;
  }
  const out = JSON.parse(r.stdout) as { versions: Record<string, string>; times: Record<string, number>; values: Record<string, number | null> };
  log(`igraph: python-igraph ${out.versions.igraph} (Python ${out.versions.python}), same edge list, child process, full exact run`);
  return out;
}

/** k distinct node indices, seeded (a partial Fisher–Yates shuffle). */
function sampleSources(n: number, k: number, seed: number): Int32Array {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, k).sort();
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Per-source times from the same sample on both sides, interleaved: medians over the rounds. */
async function sampledComparison(eco: ReturnType<typeof generateEcosystem>, edges: string, dir: string, n: number, seed: number, external: boolean, log: Log) {
  const k = Math.min(SAMPLE_SOURCES, n);
  const sample = sampleSources(n, k, seed);
  const plan = planDescribe(eco);
  const ws = createPathStatisticsWorkspace(plan.g);
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const theirs: Array<Record<string, number>> = [];
  let child: ReturnType<typeof spawn> | undefined;
  let next: (() => Promise<string | undefined>) | undefined;
  if (external) {
    const file = join(dir, 'sample.txt');
    writeFileSync(file, Array.from(sample).join('\n') + '\n');
    child = spawn(PYTHON, [IGRAPH_SCRIPT, edges, String(n), file], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    next = async () => (await lines.next()).value as string | undefined;
    const ready = await next();
    if (!ready) {
      log('igraph: skipped (the child process failed to load the graph)');
      child = undefined;
    } else {
      const v = (JSON.parse(ready) as { versions: Record<string, string> }).versions;
      log(`igraph: python-igraph ${v.igraph} (Python ${v.python}), same edge list, child process, sampled run`);
    }
  }
  try {
    for (let round = 0; round < SAMPLE_ROUNDS; round++) {
      const out = createPathStatisticsTotals(plan.g.nodes.length);
      const cpu0 = process.cpuUsage();
      ours.push(
        timeOnce(() => {
          for (const s of sample) accumulatePathStatistics(plan.g, plan.label, plan.core, s, s + 1, out, ws);
        }).ms,
      );
      const cpu = process.cpuUsage(cpu0);
      oursCpu.push((cpu.user + cpu.system) / 1000);
      if (child && next) {
        child.stdin!.write('round\n');
        const line = await next();
        if (!line) throw new Error('the igraph child process stopped');
        theirs.push(JSON.parse(line) as Record<string, number>);
      }
    }
  } finally {
    child?.stdin!.end();
  }
  const parts = ['betweenness', 'closeness', 'eccentricity'];
  const igraphParts = theirs.length > 0 ? Object.fromEntries(parts.map((key) => [key, median(theirs.map((t) => t[key]!))])) : undefined;
  const igraphMs = theirs.length > 0 ? median(theirs.map((t) => parts.reduce((a, key) => a + t[key]!, 0))) : undefined;
  const igraphCpu = theirs.length > 0 ? median(theirs.map((t) => t.cpu!)) : undefined;
  return { k, ours: median(ours), oursCpu: median(oursCpu), igraph: igraphMs, igraphCpu, igraphParts };
}

const suite: BenchSuite = {
  name: 'describe',
  description: 'describe (network descriptives) on a generated 100k-node ecosystem graph, beside igraph',
  async run({ options, log }) {
    const nodes = options.nodes ?? 100_000;
    const [l1, l5, l15] = loadavg();
    log(`load average at the start ${l1!.toFixed(2)} ${l5!.toFixed(2)} ${l15!.toFixed(2)} (${availableParallelism()} cores)`);
    const eco = generateEcosystem({ nodes, seed: options.seed });
    const { graph: view, view: description } = buildView(eco);
    const n = description.nodes;
    log(`graph: generateEcosystem({ nodes: ${nodes}, seed: ${options.seed} }) — undirected view ${n} nodes, ${description.edges} edges`);
    const external = !options.noExternal && igraphAvailable(log);
    if (options.noExternal) log('igraph: skipped (--no-external)');
    let projectedIgraph: number | undefined;
    const dir = mkdtempSync(join(tmpdir(), 'ecograph-bench-describe-'));
    try {
      const edges = external ? writeEdges(view, dir) : '';
      if (n > IGRAPH_FULL_MAX_NODES || !external) {
        const s = await sampledComparison(eco, edges, dir, n, options.seed, external && n > IGRAPH_FULL_MAX_NODES, log);
        const scale = n / s.k;
        log(`  per-source path work from the same ${s.k} random sources (seed ${options.seed}), one thread each, median of ${SAMPLE_ROUNDS} interleaved rounds:`);
        log(`    ecograph (one Brandes search per source: betweenness, distance sums, eccentricity)  wall ${formatMs(s.ours)}, CPU ${formatMs(s.oursCpu)}`);
        if (s.igraph !== undefined)
          log(
            `    igraph (betweenness with sources=, closeness, eccentricity)  wall ${formatMs(s.igraph)} (${Object.entries(s.igraphParts!).map(([key, ms]) => `${key} ${formatMs(ms)}`).join(', ')}), CPU ${formatMs(s.igraphCpu)}  ratio wall ${formatRatio(s.ours, s.igraph)}, CPU ${formatRatio(s.oursCpu, s.igraphCpu)}`,
          );
        log(`  projected full exact path statistics (n/k = ${scale.toFixed(1)} × the sample; projections, not runs):`);
        log(`    wall: ecograph one thread ≈${formatMs(s.ours * scale)}${s.igraph !== undefined ? `   igraph ≈${formatMs(s.igraph * scale)}` : ''}`);
        log(`    CPU:  ecograph ≈${formatMs(s.oursCpu * scale)}${s.igraphCpu !== undefined ? `   igraph ≈${formatMs(s.igraphCpu * scale)}` : ''} (on an otherwise idle machine, wall ≈ CPU; ecograph's threads divide it)`);
        if (s.igraph !== undefined) projectedIgraph = s.igraph * scale;
      }
      const approx = timeOnce(() => describeGraph(eco, { approximate: APPROX }));
      const a = approx.result;
      log(`  describe --approx ${APPROX.epsilon} (δ ${APPROX.delta})  ${formatMs(approx.ms)}${projectedIgraph !== undefined ? ` (${formatRatio(approx.ms, projectedIgraph)} of igraph's projected exact time)` : ''}`);
      log(
        `    averagePathLength ${a.statistics.averagePathLength?.toFixed(4)} ± ${a.approximation?.averagePathLengthBound?.toFixed(3) ?? 0} (${a.approximation?.sources} sources), diameter in [${a.approximation?.diameter?.atLeast}, ${a.approximation?.diameter?.atMost}], betweenness centralization ${a.statistics.centralization.betweenness?.toFixed(6)} ± ${a.approximation?.betweennessCentralizationBound?.toFixed(4)}`,
      );
      let exact: { ms: number; result: Awaited<ReturnType<typeof describeGraphParallel>> } | undefined;
      if (FULL_EXACT) {
        const start = process.hrtime.bigint();
        const exactResult = await describeGraphParallel(eco);
        exact = { ms: Number(process.hrtime.bigint() - start) / 1e6, result: exactResult };
        const e = exact.result.statistics;
        log(`  describe (exact, ${availableParallelism()} worker threads, run once in full)  ${formatMs(exact.ms)}`);
        log(`    averagePathLength ${e.averagePathLength?.toFixed(4)}, diameter ${e.diameter}, centralization betweenness ${e.centralization.betweenness?.toFixed(6)}, closeness ${e.centralization.closeness?.toFixed(6)}`);
        if (projectedIgraph !== undefined) log(`    against igraph's projected full path statistics ≈${formatMs(projectedIgraph)}: ${formatRatio(exact.ms, projectedIgraph)}`);
      } else log('  describe (exact, full run): skipped (DESCRIBE_BENCH_FULL_EXACT=0)');
      if (external && n <= IGRAPH_FULL_MAX_NODES) {
        const igraph = igraphFull(edges, n, log);
        if (igraph) {
          const total = Object.values(igraph.times).reduce((x, y) => x + y, 0);
          log(`  igraph (exact, full)  ${formatMs(total)}   exact describe ${exact ? formatRatio(exact.ms, total) : '—'}, --approx ${formatRatio(approx.ms, total)}`);
          log(`  igraph per statistic: ${Object.entries(igraph.times).map(([k, ms]) => `${k} ${formatMs(ms)}`).join(', ')}`);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const [e1, e5, e15] = loadavg();
    log(`load average at the end ${e1!.toFixed(2)} ${e5!.toFixed(2)} ${e15!.toFixed(2)}`);
  },
};

export default suite;
