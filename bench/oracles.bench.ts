/**
 * ecograph beside graphology-metrics and graphology-communities-louvain, measure by measure, on
 * generated ecosystems (seeded), to decide where a graphology function can serve at runtime: it
 * has to give the reference's number (ecograph's values equal NetworkX's to 1e-9 in the tests, so
 * "equal" here means equal to ecograph's to 1e-9) and be fast enough (within {@link FAST_ENOUGH}
 * times ecograph's time). ecograph's `modularity()` calls graphology-metrics on this evidence; the
 * modularity row times ecograph's own loop (`modularityIndexed`) against it.
 *
 * Each row times ecograph's public function and graphology's with matching settings, in the same
 * run (see {@link timeCall}). ecograph's measures share an indexed copy of the view, built once per
 * view and cached, so the table reports that build separately and, for the cheap measures, the
 * ratio with it included. Iterative measures are timed twice on graphology's side: with its
 * default tolerance (fast, but off by about 1e-6) and with the tight tolerance the oracle tests use.
 */
import type { EcoGraph } from '../src/model/types.js';
import { generateEcosystem } from '../src/generate/ecosystem.js';
import { createRng } from '../src/model/random.js';
import { betweennessCentrality } from '../src/metrics/centrality/betweenness.js';
import { closenessCentrality } from '../src/metrics/centrality/closeness.js';
import { degreeCentrality } from '../src/metrics/centrality/degree.js';
import { eigenvectorCentrality } from '../src/metrics/centrality/eigenvector.js';
import { hits } from '../src/metrics/centrality/hits.js';
import { pagerank } from '../src/metrics/centrality/pagerank.js';
import { louvain } from '../src/metrics/communities/louvain.js';
import { modularityIndexed } from '../src/metrics/communities/modularity.js';
import { indexGraph } from '../src/metrics/indexed-graph.js';
import { graphSummary } from '../src/metrics/summary.js';
import { buildView, type ViewGraph } from '../src/metrics/view.js';
import { asMap, graphology } from '../test/metrics/oracles/graphology.js';
import { formatMs, formatRatio, timeMedian, timeOnce, type BenchSuite } from './suite.js';

const SIZES = [1_000, 3_000];
const RUNS = 16;

/**
 * Wall time of one call of `fn` in ms: {@link timeMedian} for slow calls; fast ones (under 100 ms)
 * are repeated in batches of at least 25 ms, and the median of five batches is divided by the
 * batch length, so that sub-millisecond measures are not timer and scheduling noise.
 */
function timeCall(fn: () => unknown): number {
  const first = timeOnce(fn).ms;
  if (first >= 100) return timeMedian(fn);
  const batch = Math.max(1, Math.ceil(25 / Math.max(first, 0.01)));
  const samples: number[] = [];
  for (let s = 0; s < 5; s++) {
    samples.push(
      timeOnce(() => {
        for (let i = 0; i < batch; i++) fn();
      }).ms / batch,
    );
  }
  samples.sort((a, b) => a - b);
  return samples[2]!;
}

/** ms as in the other suites, but µs under a millisecond (the cheap measures take microseconds). */
function formatTime(ms: number | undefined): string {
  return ms !== undefined && ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : formatMs(ms);
}

/** Relative 1e-9, absolute 1e-12 near zero: the tests' tolerance. */
function sameValues(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [node, x] of a) {
    const y = b.get(node);
    if (y === undefined || Math.abs(x - y) > Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 1e-12)) return false;
  }
  return true;
}

function sameNumber(x: number, y: number): boolean {
  return Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 1e-12);
}

interface Row {
  measure: string;
  size: string;
  ecograph: number;
  /** ecograph time with the indexed copy built inside the call (cheap measures). */
  ecographWithIndex?: number;
  graphology: number;
  equal: string;
  /** Why the value alone does not decide (convention, quality), if so. */
  note?: string;
}

/** Fast enough: graphology within 25% of ecograph's time (with the index build where the call pays it). */
const FAST_ENOUGH = 1.25;

function decision(r: Row): string {
  if (Number.isNaN(r.graphology)) return '—';
  if (r.note) return r.note;
  if (!r.equal.startsWith('yes')) return 'ecograph (graphology not equal at these settings)';
  const ours = r.ecographWithIndex ?? r.ecograph;
  return r.graphology <= FAST_ENOUGH * ours ? 'graphology fast enough' : 'ecograph (faster)';
}

/** Median time of building ecograph's indexed copy of `graph` (on fresh copies: the build is cached per graph). */
function indexBuildTime(graph: ViewGraph): number {
  const copies = Array.from({ length: 8 }, () => graph.copy() as ViewGraph);
  indexGraph(copies.pop()!); // warm-up
  const times = copies.map((c) => timeOnce(() => indexGraph(c)).ms).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function measureSize(nodes: number, seed: number, log: (s: string) => void): Row[] {
  const eco: EcoGraph = generateEcosystem({ nodes, seed });
  const { graph: undirected } = buildView(eco);
  const { graph: directed } = buildView(eco, { directed: true });
  const size = `${undirected.order} / ${undirected.size}`;
  const sizeDirected = `${directed.order} / ${directed.size} arcs`;
  log(`graph: generateEcosystem({ nodes: ${nodes}, seed: ${seed} }) — undirected view ${size}; directed view ${sizeDirected}`);
  const indexUndirected = indexBuildTime(undirected);
  const indexDirected = indexBuildTime(directed);
  indexGraph(undirected);
  indexGraph(directed);
  const rows: Row[] = [
    { measure: 'indexed copy (built once per view)', size, ecograph: indexUndirected, graphology: NaN, equal: '—' },
    { measure: 'indexed copy (built once per view)', size: sizeDirected, ecograph: indexDirected, graphology: NaN, equal: '—' },
  ];
  const n = undirected.order;

  // degree: graphology gives degree / (n − 1); on the undirected view × (n − 1) is the count
  const degreeOracle = () => new Map(Object.entries(graphology.degree(undirected)).map(([k, d]) => [k, d * (n - 1)]));
  rows.push({
    measure: 'degree',
    size,
    ecograph: timeCall(() => degreeCentrality(undirected)),
    ecographWithIndex: timeCall(() => degreeCentrality(undirected)) + indexUndirected,
    graphology: timeCall(() => graphology.degree(undirected)),
    equal: sameValues(degreeCentrality(undirected), degreeOracle()) ? 'yes (× (n − 1))' : 'no',
    note: 'ecograph: graphology gives degree / (n − 1), in + out arcs on a directed view',
  });

  const betweenness = betweennessCentrality(undirected);
  rows.push({
    measure: 'betweenness (normalised)',
    size,
    ecograph: timeCall(() => betweennessCentrality(undirected)),
    graphology: timeCall(() => graphology.betweenness(undirected, { getEdgeWeight: null })),
    equal: sameValues(betweenness, asMap(graphology.betweenness(undirected, { getEdgeWeight: null }))) ? 'yes' : 'no',
  });

  rows.push({
    measure: 'closeness (Wasserman–Faust)',
    size,
    ecograph: timeCall(() => closenessCentrality(undirected)),
    graphology: timeCall(() => graphology.closeness(undirected, { wassermanFaust: true })),
    equal: sameValues(closenessCentrality(undirected), asMap(graphology.closeness(undirected, { wassermanFaust: true }))) ? 'yes' : 'no',
  });

  const iterative = (
    measure: string,
    rowSize: string,
    ours: () => Map<string, number>,
    theirs: (tolerance?: number) => Map<string, number>,
    tight: number,
  ) => {
    const reference = ours();
    const ecograph = timeCall(ours);
    rows.push({ measure: `${measure}, graphology default tolerance`, size: rowSize, ecograph, graphology: timeCall(() => theirs()), equal: sameValues(reference, theirs()) ? 'yes' : 'no (≈1e-6)' });
    rows.push({ measure: `${measure}, graphology tolerance ${tight}`, size: rowSize, ecograph, graphology: timeCall(() => theirs(tight)), equal: sameValues(reference, theirs(tight)) ? 'yes' : 'no' });
  };
  iterative(
    'eigenvector',
    size,
    () => eigenvectorCentrality(undirected),
    (tolerance) => asMap(graphology.eigenvector(undirected, { getEdgeWeight: null, maxIterations: 100_000, ...(tolerance ? { tolerance } : {}) })),
    1e-15,
  );
  iterative(
    'PageRank (directed)',
    sizeDirected,
    () => pagerank(directed),
    (tolerance) => asMap(graphology.pagerank(directed, { getEdgeWeight: null, maxIterations: 100_000, ...(tolerance ? { tolerance } : {}) })),
    1e-15,
  );
  let hitsRows = true;
  try {
    hits(directed);
  } catch (err) {
    hitsRows = false;
    log(`  HITS skipped: ${(err as Error).message}`);
  }
  if (hitsRows)
    iterative(
      'HITS authorities (directed)',
      sizeDirected,
      () => hits(directed).authorities,
      (tolerance) => asMap(graphology.hits(directed, { getEdgeWeight: null, maxIterations: 100_000, ...(tolerance ? { tolerance } : {}) }).authorities),
      1e-14,
    );

  const partition = louvain(undirected).community;
  rows.push({
    measure: 'modularity of a partition (ecograph: modularityIndexed)',
    size,
    ecograph: timeCall(() => modularityIndexed(indexGraph(undirected), partition)),
    ecographWithIndex: timeCall(() => modularityIndexed(indexGraph(undirected), partition)) + indexUndirected,
    graphology: timeCall(() => graphology.modularity(undirected, { getNodeCommunity: (node) => partition.get(node)!, getEdgeWeight: null })),
    equal: sameNumber(modularityIndexed(indexGraph(undirected), partition), graphology.modularity(undirected, { getNodeCommunity: (node) => partition.get(node)!, getEdgeWeight: null }))
      ? 'yes'
      : 'no',
  });

  // density: graphology's density(eco) reads the mixed multigraph (another convention); the number
  // the summary reports is undirectedDensity of the simple undirected view, which has to be built
  const ecoDensity = graphSummary(eco).density;
  rows.push({
    measure: 'density (ecograph: whole graphSummary)',
    size,
    ecograph: timeCall(() => graphSummary(eco)),
    graphology: timeCall(() => graphology.undirectedDensity(buildView(eco).graph)),
    equal: sameNumber(ecoDensity, graphology.undirectedDensity(buildView(eco).graph)) ? 'yes (on buildView)' : 'no',
  });

  const louvainBest = (runs: number) => {
    let best = -Infinity;
    for (let seed = 1; seed <= runs; seed++) {
      best = Math.max(best, graphology.louvain.detailed(undirected, { getEdgeWeight: null, rng: createRng(seed).next }).modularity);
    }
    return best;
  };
  for (const runs of [1, RUNS]) {
    const ours = louvain(undirected, { restarts: runs }).modularity;
    const theirs = louvainBest(runs);
    rows.push({
      measure: `Louvain, best of ${runs} seeded run${runs > 1 ? 's' : ''}`,
      size,
      ecograph: timeCall(() => louvain(undirected, { restarts: runs })),
      graphology: timeCall(() => louvainBest(runs)),
      equal: `Q ${ours.toFixed(4)} vs ${theirs.toFixed(4)}`,
      note: ours >= theirs ? 'ecograph (higher modularity)' : 'graphology reached higher modularity',
    });
  }
  return rows;
}

const suite: BenchSuite = {
  name: 'oracles',
  description: 'ecograph beside graphology-metrics and graphology-communities-louvain per measure (time, ratio, equal to 1e-9?), on generated ecosystems',
  async run({ options, log }) {
    const sizes = options.nodes !== undefined ? [options.nodes] : SIZES;
    const rows: Row[] = [];
    for (const nodes of sizes) rows.push(...measureSize(nodes, options.seed, log));
    log('');
    log('| measure | graph (nodes / edges) | ecograph | graphology | ratio | ratio incl. indexing | equal to ecograph (1e-9) | decision |');
    log('|---|---|---:|---:|---:|---:|---|---|');
    for (const r of rows) {
      const theirs = Number.isNaN(r.graphology) ? undefined : r.graphology;
      log(
        `| ${r.measure} | ${r.size} | ${formatTime(r.ecograph)} | ${formatTime(theirs)} | ${formatRatio(r.ecograph, theirs)} | ${
          r.ecographWithIndex !== undefined ? formatRatio(r.ecographWithIndex, theirs) : '—'
        } | ${r.equal} | ${decision(r)} |`,
      );
    }
    log(`ratio: ecograph time / graphology time (below 1: ecograph faster). Decision rule: graphology is fast enough when equal to 1e-9 and within ${FAST_ENOUGH}× of ecograph's time (including the index build for the cheap measures, which a single call pays).`);
  },
};

export default suite;
