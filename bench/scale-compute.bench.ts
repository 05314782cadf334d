/**
 * Scale, computation only: the compact engine on seeded Barabási–Albert graphs (bench/barabasi-albert.ts) beside
 * graphology-metrics (same process), python-igraph and NetworkX (child process, same edge list,
 * bench/scale_baselines.py). Every time is the computation on an already built graph, for every
 * tool (building the graph is not timed); ecograph's worker-thread times include starting the
 * threads. Rows:
 *   - exact betweenness, 10k nodes / 30k edges (m = 3): worker threads, and one thread;
 *   - closeness and harmonic centrality on the same graph;
 *   - PageRank, 100k nodes / 500k edges (m = 5);
 *   - approximate betweenness (ε = 0.01, δ = 0.1) on 100k / 500k and 1M / 5M (m = 5), beside
 *     igraph's exact betweenness estimated from the 10k row by Brandes's O(n·m) cost (marked "≈";
 *     running it would take hours to days).
 * NetworkX's all-sources measures would take hours at these sizes: its times are measured from 100
 * sources and scaled by n/100 (marked "≈"). Single runs (these are slow). `--nodes N` scales the
 * sizes (N, 10N, 100N instead of 10k, 100k, 1M); `--no-external` skips igraph and NetworkX.
 * The suite ends with a markdown table (dated runs go to docs/performance.md, section Centrality;
 * the README's table of measured times is taken from it).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as closenessModule from 'graphology-metrics/centrality/closeness.js';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { accumulateBetweenness, createBetweennessWorkspace } from '../src/metrics/centrality/betweenness-accumulate.js';
import { pagerankValues } from '../src/metrics/centrality/pagerank.js';
import type { IndexedGraph } from '../src/metrics/indexed-graph.js';
import { approximateBetweennessParallel, betweennessParallel, distanceSumsParallel } from '../src/metrics/parallel/parallel-measures.js';
import { closenessFromSums } from '../src/metrics/paths/distance-sums.js';
import { barabasiAlbertEdges, type EdgeArrays } from './barabasi-albert.js';
import { formatMs, timeOnce, type BenchSuite } from './suite.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./scale_baselines.py', import.meta.url));

type AnyMetric = (graph: UndirectedGraph, options?: Record<string, unknown>) => unknown;
function exported(module: unknown): AnyMetric {
  const m = module as { default?: unknown };
  const f = typeof m === 'function' ? m : typeof m.default === 'function' ? m.default : (m.default as { default?: unknown } | undefined)?.default;
  if (typeof f !== 'function') throw new Error('a graphology-metrics module does not export a function');
  return f as AnyMetric;
}

/** The undirected indexed view of an edge list, as indexGraph builds it (nodes n0 … n(n−1)). */
export function indexedFromEdges(n: number, edges: EdgeArrays): IndexedGraph {
  const degree = new Int32Array(n);
  const m = edges.source.length;
  for (let i = 0; i < m; i++) {
    degree[edges.source[i]!]!++;
    degree[edges.target[i]!]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(2 * m);
  for (let i = 0; i < m; i++) {
    const s = edges.source[i]!;
    const t = edges.target[i]!;
    adj[fill[s]!++] = t;
    adj[fill[t]!++] = s;
  }
  const ones = new Float64Array(2 * m).fill(1);
  const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
  return {
    directed: false,
    weighted: false,
    nodes,
    index: new Map(nodes.map((id, i) => [id, i])),
    outStart: start,
    outTargets: adj,
    outStrength: ones,
    outDistance: ones,
    inStart: start,
    inSources: adj,
    inStrength: ones,
    inDistance: ones,
  };
}

function graphologyFromEdges(n: number, edges: EdgeArrays): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`);
  for (let i = 0; i < edges.source.length; i++) g.addEdge(`n${edges.source[i]}`, `n${edges.target[i]}`);
  return g;
}

interface Baselines {
  times: Record<string, number>;
  scaled: Record<string, number>;
  versions: Record<string, string>;
}

function externalBaselines(n: number, edges: EdgeArrays, tasks: string[], log: (s: string) => void): Baselines | undefined {
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import igraph, networkx'], { encoding: 'utf8' }).status !== 0) {
    log('igraph / NetworkX: skipped (/usr/bin/python3 with python3-igraph and python3-networkx not found)');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ecograph-scale-'));
  try {
    const file = join(dir, 'edges.tsv');
    const fd = openSync(file, 'w');
    let chunk = '';
    for (let i = 0; i < edges.source.length; i++) {
      chunk += `${edges.source[i]}\t${edges.target[i]}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
    closeSync(fd);
    const r = spawnSync(PYTHON, [SCRIPT, file, String(n), tasks.join(',')], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      log(`igraph / NetworkX: skipped (the child process failed: ${r.stderr.trim().split('\n').pop()})`);
      return undefined;
    }
    return JSON.parse(r.stdout) as Baselines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Row {
  measure: string;
  graph: string;
  ours: number;
  note?: string;
  graphology?: number;
  igraph?: number;
  igraphScaled?: boolean;
  networkx?: number;
  networkxScaled?: boolean;
}

/** Wall time of an async computation, in ms. */
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A baseline's time and ecograph's ratio to it; hours beyond an hour, ratios below 0.01 as < 0.01. */
function cell(ms: number | undefined, ours: number, mark = ''): string {
  if (ms === undefined) return '—';
  const time = ms >= 3.6e6 ? `${(ms / 3.6e6).toFixed(1)} h` : formatMs(ms);
  const ratio = ours / ms;
  return `${mark}${time} (${ratio < 0.01 ? '< 0.01' : ratio.toFixed(2)}×)`;
}

const suite: BenchSuite = {
  name: 'scale-compute',
  description: 'exact and approximate betweenness, closeness, harmonic and PageRank on 10k–1M-node Barabási–Albert graphs, beside graphology-metrics, igraph and NetworkX',
  async run({ options, log }) {
    const small = options.nodes ?? 10_000;
    const medium = small * 10;
    const large = small * 100;
    const workers = availableParallelism();
    const [l1, l5, l15] = loadavg();
    log(`machine: ${workers} cores available to Node, load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} / ${l15!.toFixed(2)} at start; ecograph uses ${workers} worker threads`);
    const rows: Row[] = [];
    /** igraph's exact betweenness on the small graph, and that graph's n·m, for the estimates. */
    let igraphExact: { ms: number; work: number } | undefined;
    const external = (n: number, edges: EdgeArrays, tasks: string[]) => (options.noExternal ? undefined : externalBaselines(n, edges, tasks, log));
    const size = (n: number, m: number) => `${n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`} / ${(m * (n - m)) >= 1e6 ? `${Math.round((m * (n - m)) / 1e5) / 10}M` : `${Math.round((m * (n - m)) / 1e3)}k`} (BA m=${m})`;

    // exact betweenness, closeness, harmonic: 10k / 30k
    {
      const n = small;
      const edges = barabasiAlbertEdges(n, 3, options.seed);
      const g = indexedFromEdges(n, edges);
      const graph = size(n, 3);
      const base = external(n, edges, ['betweenness', 'closeness', 'harmonic']);
      if (base) log(`baselines: python-igraph ${base.versions.igraph}, NetworkX ${base.versions.networkx} (Python ${base.versions.python})`);
      if (base) igraphExact = { ms: base.times['igraph:betweenness']!, work: n * edges.source.length };
      const gg = graphologyFromEdges(n, edges);
      const betweennessMs = await timeAsync(() => betweennessParallel(g, { workers }));
      const single = timeOnce(() => {
        const raw = new Float64Array(n);
        accumulateBetweenness(g, 0, n, raw, createBetweennessWorkspace(g));
      }).ms;
      const graphologyBetweenness = timeOnce(() => exported(betweennessModule)(gg, { normalized: true })).ms;
      rows.push({
        measure: `exact betweenness, ${workers} threads`,
        graph,
        ours: betweennessMs,
        graphology: graphologyBetweenness,
        ...(base ? { igraph: base.times['igraph:betweenness']!, networkx: base.times['networkx:betweenness']!, networkxScaled: true } : {}),
      });
      rows.push({
        measure: 'exact betweenness, 1 thread',
        graph,
        ours: single,
        graphology: graphologyBetweenness,
        ...(base ? { igraph: base.times['igraph:betweenness']!, networkx: base.times['networkx:betweenness']!, networkxScaled: true } : {}),
      });
      const closenessMs = await timeAsync(async () => closenessFromSums(await distanceSumsParallel(g, 'in', { workers }), true));
      rows.push({
        measure: `closeness, ${workers} threads`,
        graph,
        ours: closenessMs,
        graphology: timeOnce(() => exported(closenessModule)(gg, { wassermanFaust: true })).ms,
        ...(base ? { igraph: base.times['igraph:closeness']!, networkx: base.times['networkx:closeness']!, networkxScaled: true } : {}),
      });
      const harmonicMs = await timeAsync(async () => (await distanceSumsParallel(g, 'in', { workers })).inverse);
      rows.push({
        measure: `harmonic, ${workers} threads`,
        graph,
        ours: harmonicMs,
        ...(base ? { igraph: base.times['igraph:harmonic']!, networkx: base.times['networkx:harmonic']!, networkxScaled: true } : {}),
      });
      for (const r of rows) log(`  ${r.measure}: ecograph ${formatMs(r.ours)}`);
    }

    // PageRank: 100k / 500k
    {
      const n = medium;
      const edges = barabasiAlbertEdges(n, 5, options.seed);
      const g = indexedFromEdges(n, edges);
      const base = external(n, edges, ['pagerank']);
      const gg = graphologyFromEdges(n, edges);
      pagerankValues(g); // warm-up (JIT)
      const times = [0, 1, 2].map(() => timeOnce(() => pagerankValues(g)).ms).sort((a, b) => a - b);
      rows.push({
        measure: 'PageRank (median of 3)',
        graph: size(n, 5),
        ours: times[1]!,
        graphology: timeOnce(() => exported(pagerankModule)(gg, { alpha: 0.85, getEdgeWeight: null })).ms,
        ...(base ? { igraph: base.times['igraph:pagerank']!, networkx: base.times['networkx:pagerank']! } : {}),
      });
      log(`  PageRank: ecograph ${formatMs(times[1])}`);
    }

    // approximate betweenness: 100k / 500k and 1M / 5M
    for (const n of [medium, large]) {
      const edges = barabasiAlbertEdges(n, 5, options.seed);
      const g = indexedFromEdges(n, edges);
      let plan = { samples: 0, vertexDiameter: 0 };
      const ms = await timeAsync(async () => ({ plan } = await approximateBetweennessParallel(g, { epsilon: 0.01, delta: 0.1, seed: options.seed, workers })));
      rows.push({
        measure: `approximate betweenness ε=0.01 δ=0.1, ${workers} threads`,
        graph: size(n, 5),
        ours: ms,
        note: `${plan.samples} samples, vertex-diameter bound ${plan.vertexDiameter}`,
        ...(igraphExact ? { igraph: (igraphExact.ms * n * edges.source.length) / igraphExact.work, igraphScaled: true } : {}),
      });
      log(`  approximate betweenness ${n}: ecograph ${formatMs(ms)} (${plan.samples} samples, VD ≤ ${plan.vertexDiameter})`);
    }

    log('');
    log('| measure | graph (nodes / edges) | ecograph | graphology-metrics | igraph | NetworkX |');
    log('|---|---|---|---|---|---|');
    for (const r of rows)
      log(
        `| ${r.measure}${r.note ? ` (${r.note})` : ''} | ${r.graph} | ${formatMs(r.ours)} | ${cell(r.graphology, r.ours)} | ${cell(r.igraph, r.ours, r.igraphScaled ? '≈' : '')} | ${cell(r.networkx, r.ours, r.networkxScaled ? '≈' : '')} |`,
      );
    const [e1, e5, e15] = loadavg();
    log('');
    log(`Ratios in parentheses: ecograph time / that tool's time (below 1: ecograph faster). ≈ NetworkX: from 100 sources × n/100; ≈ igraph (approximate rows): igraph's exact betweenness on the first graph scaled by n·m, not run. Load average at the end: ${e1!.toFixed(2)} / ${e5!.toFixed(2)} / ${e15!.toFixed(2)}.`);
  },
};

export default suite;
