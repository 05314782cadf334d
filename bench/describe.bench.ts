/**
 * `describe` on a generated ecosystem graph (default 100,000 nodes) beside python-igraph computing
 * the same statistics on the same undirected view in a child process (skipped with a message when
 * /usr/bin/python3 with python-igraph is missing, or with --no-external).
 *
 * Reported: ecograph's describe with the sampled path statistics (--approx 0.05, δ 0.1), and, on
 * views of at most EXACT_MAX_NODES nodes (or with --nodes at most that), the exact describe; igraph
 * always computes the exact statistics, each timed once (the path statistics and betweenness —
 * one breadth-first search per node — dominate on both sides). Ratios are ecograph / igraph.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEcosystem } from '../src/generate/ecosystem.js';
import { describeGraph } from '../src/metrics/structure/describe.js';
import { buildView, type ViewGraph } from '../src/metrics/view.js';
import { formatMs, formatRatio, timeOnce, type BenchSuite } from './suite.js';

const PYTHON = '/usr/bin/python3';
const IGRAPH_SCRIPT = fileURLToPath(new URL('./igraph_describe.py', import.meta.url));
/** Above this many nodes the exact describe (one search per node) is not run by default. */
const EXACT_MAX_NODES = 20_000;
const APPROX = { epsilon: 0.05, delta: 0.1, seed: 1 };

function igraphRun(view: ViewGraph, log: (s: string) => void): { times: Record<string, number>; values: Record<string, number | null> } | undefined {
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import igraph'], { encoding: 'utf8' }).status !== 0) {
    log('igraph: skipped (python-igraph not installed; apt-get install python3-igraph)');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ecograph-bench-describe-'));
  try {
    const index = new Map(view.nodes().map((n, i) => [n, i]));
    writeFileSync(join(dir, 'edges.tsv'), view.mapEdges((_e, _a, s, t) => `${index.get(s)}\t${index.get(t)}`).join('\n') + '\n');
    const r = spawnSync(PYTHON, [IGRAPH_SCRIPT, join(dir, 'edges.tsv'), String(view.order)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      log(`igraph: skipped (the child process failed: ${r.stderr.trim().split('\n').pop()})`);
      return undefined;
    }
    const out = JSON.parse(r.stdout) as { versions: Record<string, string>; times: Record<string, number>; values: Record<string, number | null> };
    log(`igraph: python-igraph ${out.versions.igraph} (Python ${out.versions.python}), same edge list, child process`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'describe',
  description: 'describe (network descriptives) on a generated 100k-node ecosystem graph, beside igraph',
  async run({ options, log }) {
    const nodes = options.nodes ?? 100_000;
    const eco = generateEcosystem({ nodes, seed: options.seed });
    const { graph: view, view: description } = buildView(eco);
    log(`graph: generateEcosystem({ nodes: ${nodes}, seed: ${options.seed} }) — undirected view ${description.nodes} nodes, ${description.edges} edges`);
    const approx = timeOnce(() => describeGraph(eco, { approximate: APPROX }));
    const exact = description.nodes <= EXACT_MAX_NODES ? timeOnce(() => describeGraph(eco)) : undefined;
    const igraph = options.noExternal ? (log('igraph: skipped (--no-external)'), undefined) : igraphRun(view, log);
    const igraphTotal = igraph ? Object.values(igraph.times).reduce((a, b) => a + b, 0) : undefined;
    const a = approx.result;
    log(`  describe --approx ${APPROX.epsilon}  ${formatMs(approx.ms).padStart(10)}   igraph (exact) ${formatMs(igraphTotal).padStart(10)}  (${formatRatio(approx.ms, igraphTotal)})`);
    log(`    averagePathLength ${a.statistics.averagePathLength?.toFixed(4)} ± ${a.approximation?.averagePathLengthBound?.toFixed(3) ?? 0} (${a.approximation?.sources} sources)${igraph ? `; igraph ${igraph.values.averagePathLength?.toFixed(4)}` : ''}`);
    if (exact) log(`  describe (exact)     ${formatMs(exact.ms).padStart(10)}   igraph (exact) ${formatMs(igraphTotal).padStart(10)}  (${formatRatio(exact.ms, igraphTotal)})`);
    else log(`  describe (exact)     not run above ${EXACT_MAX_NODES.toLocaleString('en')} nodes (one search per node; --nodes to choose a smaller graph)`);
    if (igraph) log(`  igraph per statistic: ${Object.entries(igraph.times).map(([k, ms]) => `${k} ${formatMs(ms)}`).join(', ')}`);
  },
};

export default suite;
