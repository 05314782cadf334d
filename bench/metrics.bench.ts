/**
 * Metrics on a generated 10k-node ecosystem graph: each ecograph measure beside
 * graphology-metrics (and graphology-communities-louvain) called directly on the same view, and,
 * when /usr/bin/python3 with python-igraph is installed, igraph on the same edge list (run in a
 * child process; skipped with a message otherwise). Ratios are ecograph time / baseline time.
 *
 * Convergence differs: ecograph iterates eigenvector and HITS to 1e-15 per node and PageRank to a
 * relative change of 1e-11 per node (to agree with NetworkX to 1e-9), graphology and igraph stop at
 * their default tolerances; ecograph's
 * Louvain keeps the best of 16 restarts with refinement, the baselines run once. The ratios
 * include that extra work.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as louvainModule from 'graphology-communities-louvain';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as closenessModule from 'graphology-metrics/centrality/closeness.js';
import { degreeCentrality as degreeBaseline } from 'graphology-metrics/centrality/degree.js';
import * as eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import * as hitsModule from 'graphology-metrics/centrality/hits.js';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { generateEcosystem } from '../src/generate/ecosystem.js';
import { CENTRALITY_MEASURES, BROKERAGE_MEASURES } from '../src/metrics/registry.js';
import { louvain } from '../src/metrics/communities/louvain.js';
import { buildView, type ViewGraph } from '../src/metrics/view.js';
import { formatMs, formatRatio, timeMedian, type BenchSuite } from './suite.js';

const PYTHON = '/usr/bin/python3';
const IGRAPH_SCRIPT = fileURLToPath(new URL('./igraph_metrics.py', import.meta.url));

/** The function a CommonJS module exports (`module.exports = fn`), however the loader wraps it. */
type AnyMetric = (graph: ViewGraph, options?: Record<string, unknown>) => unknown;
function exported(module: unknown): AnyMetric {
  const m = module as { default?: unknown };
  const f = typeof m === 'function' ? m : typeof m.default === 'function' ? m.default : (m.default as { default?: unknown } | undefined)?.default;
  if (typeof f !== 'function') throw new Error('a graphology-metrics module does not export a function');
  return f as AnyMetric;
}
const betweennessBaseline = exported(betweennessModule);
const closenessBaseline = exported(closenessModule);
const eigenvectorBaseline = exported(eigenvectorModule);
const hitsBaseline = exported(hitsModule);
const pagerankBaseline = exported(pagerankModule);
const louvainBaseline = exported(louvainModule);

/** graphology-metrics equivalents of each ecograph measure, on the same view graph. */
const GRAPHOLOGY: Record<string, (g: ViewGraph) => unknown> = {
  degree: (g) => degreeBaseline(g),
  betweenness: (g) => betweennessBaseline(g, { normalized: true }),
  closeness: (g) => closenessBaseline(g, { wassermanFaust: true }),
  eigenvector: (g) => eigenvectorBaseline(g),
  pagerank: (g) => pagerankBaseline(g, { alpha: 0.85, getEdgeWeight: null }),
  hits: (g) => hitsBaseline(g),
  louvain: (g) => louvainBaseline(g, { getEdgeWeight: null }),
};

function igraphTimes(undirected: ViewGraph, directed: ViewGraph, log: (s: string) => void): Record<string, number> | undefined {
  if (!existsSync(PYTHON)) {
    log(`igraph: skipped (${PYTHON} not found; apt-get install python3-igraph)`);
    return undefined;
  }
  const check = spawnSync(PYTHON, ['-c', 'import igraph'], { encoding: 'utf8' });
  if (check.status !== 0) {
    log('igraph: skipped (python-igraph not installed; apt-get install python3-igraph)');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'ecograph-bench-'));
  try {
    const index = new Map(undirected.nodes().map((n, i) => [n, i]));
    const list = (g: ViewGraph) => g.mapEdges((_e, _a, s, t) => `${index.get(s)}\t${index.get(t)}`).join('\n') + '\n';
    writeFileSync(join(dir, 'edges.tsv'), list(undirected));
    writeFileSync(join(dir, 'arcs.tsv'), list(directed));
    const r = spawnSync(PYTHON, [IGRAPH_SCRIPT, join(dir, 'edges.tsv'), join(dir, 'arcs.tsv'), String(undirected.order)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) {
      log(`igraph: skipped (the child process failed: ${r.stderr.trim().split('\n').pop()})`);
      return undefined;
    }
    const out = JSON.parse(r.stdout) as { versions: Record<string, string>; times: Record<string, number> };
    log(`igraph: python-igraph ${out.versions.igraph} (Python ${out.versions.python}), same edge list, child process`);
    return out.times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'metrics',
  description: 'centrality, communities and structural holes on a generated ecosystem graph, beside graphology-metrics and igraph',
  async run({ options, log }) {
    const nodes = options.nodes ?? 10_000;
    const t0 = Date.now();
    const eco = generateEcosystem({ nodes, seed: options.seed });
    const { graph: undirected, view } = buildView(eco);
    const { graph: directed } = buildView(eco, { directed: true });
    log(`graph: generateEcosystem({ nodes: ${nodes}, seed: ${options.seed} }) — undirected view ${view.nodes} nodes, ${view.edges} edges; directed view ${directed.size} arcs (built in ${Date.now() - t0} ms)`);
    const igraph = options.noExternal ? (log('igraph: skipped (--no-external)'), undefined) : igraphTimes(undirected, directed, log);
    const rows: Array<[string, number, number | undefined, number | undefined]> = [];
    const measure = (id: string, fn: () => unknown, baseline?: () => unknown, igraphId = id) => {
      const ours = timeMedian(fn);
      const theirs = baseline ? timeMedian(baseline) : undefined;
      const ig = igraph?.[igraphId];
      rows.push([id, ours, theirs, ig]);
      log(`  ${id.padEnd(15)} ecograph ${formatMs(ours).padStart(10)}   graphology ${formatMs(theirs).padStart(10)}  (${formatRatio(ours, theirs).padStart(7)})   igraph ${formatMs(ig).padStart(10)}  (${formatRatio(ours, ig).padStart(7)})`);
    };
    log('measure         ecograph         graphology-metrics (ratio)    igraph (ratio)');
    for (const m of CENTRALITY_MEASURES) {
      const g = m.view === 'directed' ? directed : undirected;
      const base = GRAPHOLOGY[m.id];
      measure(m.id, () => m.compute(g, { params: {} }), base ? () => base(g) : undefined);
    }
    measure('louvain', () => louvain(undirected), () => GRAPHOLOGY.louvain!(undirected));
    // one run, as the baselines do (the default keeps the best of 16 seeded runs)
    measure('louvain ×1', () => louvain(undirected, { restarts: 1 }), () => GRAPHOLOGY.louvain!(undirected), 'louvain');
    for (const m of BROKERAGE_MEASURES) {
      const g = m.view === 'directed' ? directed : undirected;
      measure(m.id, () => m.compute(g, { params: {}, groupOf: (n) => eco.getNodeAttribute(n, 'kind') }));
    }
    log(
      'ratios: ecograph time / baseline time (below 1: ecograph faster). ecograph converges eigenvector and HITS to 1e-15, PageRank to a relative change of 1e-11 per node, and keeps the best of 16 Louvain runs; baselines use their defaults.',
    );
  },
};

export default suite;
