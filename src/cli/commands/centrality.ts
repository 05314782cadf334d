import { availableParallelism } from 'node:os';
import type { CentralityRow, CentralityTable } from '../../metrics/centrality/measure-table.js';
import type { CompactLoad } from '../../metrics/compact-view.js';
import { toNodeMap, type IndexedGraph } from '../../metrics/indexed-graph.js';
import type { ApproximationReport, FastCentralityOptions, PathMeasureResult } from '../../metrics/parallel/fast-centrality.js';
import { PARALLEL_MIN_WORK, PARALLEL_MIN_WORK_DISTANCES, PATH_MEASURES } from '../../metrics/parallel/thresholds.js';
import { AbortedError } from '../../metrics/parallel/aborted-error.js';
// descriptors only: each measure's implementation is imported when the measure runs
import { CENTRALITY_DESCRIPTORS, centralityDescriptor, type NodeValues } from '../../metrics/measure-descriptors.js';
import { loadNodeMeasures } from '../../metrics/measure-loaders.js';
import { describeView } from '../../metrics/view-rules.js';
import { kindOfCode } from '../../model/compact-graph.js';
// the opener's Node half and route choice, not open/index.js: its text opener loads every format's reader
import { openView } from '../../open/files.js';
import { COMPACT_MIN_BYTES, LOADERS, type Loader } from '../../open/route.js';
import { UsageError, defineCommand } from '../command.js';
import { checkOpenedAttributes, graphPositional, kindFromOption, labelFromOption, yearFromOption, openerOptionsOf } from '../graph-input.js';
import { InterruptedError, watchInterrupt } from '../interrupt.js';
import { progressReporter } from '../progress.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { viewOptions, viewOptionsFrom } from '../view-options.js';

const IDS = CENTRALITY_DESCRIPTORS.map((m) => m.id);

type Row = CentralityRow;

/** Measures the compact (CSR-only) route computes; `all` includes HITS and the others, which need the standard route. */
const COMPACT_MEASURES: readonly string[] = ['degree', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank'];

/** The compact route's functions of the measures that are not path measures, each module imported when its measure runs. */
const COMPACT_VALUES: Record<string, () => Promise<(g: IndexedGraph) => Float64Array>> = {
  degree: async () => (await import('../../metrics/centrality/degree.js')).degreeValues,
  eigenvector: async () => {
    const { eigenvectorValues } = await import('../../metrics/centrality/eigenvector.js');
    return (g) => eigenvectorValues(g);
  },
  pagerank: async () => {
    const { pagerankValues } = await import('../../metrics/centrality/pagerank.js');
    return (g) => pagerankValues(g);
  },
};

/** The path measures among `ids`, their search code (and worker pool) loaded only when one is asked for. */
async function pathMeasures(g: IndexedGraph, ids: readonly string[], fast: Partial<FastCentralityOptions>): Promise<PathMeasureResult> {
  if (!ids.some((id) => (PATH_MEASURES as readonly string[]).includes(id))) return { values: {}, threads: 0 };
  const { pathMeasures: compute } = await import('../../metrics/parallel/fast-centrality.js');
  return compute(g, ids, fast);
}

export default defineCommand({
  name: 'centrality',
  summary: 'Centrality and node measures of every node (degree, betweenness, closeness, harmonic, eigenvector, PageRank, HITS, in/out-degree, strength, clustering, core, eccentricity), equal to NetworkX.',
  description: `Runs on a view of the graph (default: the simple undirected projection; see the view flags).
Each measure equals NetworkX on the reference graphs (test/fixtures/reference):
${CENTRALITY_DESCRIPTORS.map((m) => `  ${m.id.padEnd(12)} ${m.reference.call} — ${m.reference.convention}`).join('\n')}
Weighted views: betweenness, closeness and harmonic read weights as distances (or, with
--weight-as strength, as strengths with length 1/weight); eigenvector, PageRank and HITS read them as
strengths, and strength sums them. HITS, indegree and outdegree always run on the directed view (same
filters and weights; JSON: view.directedCounterpart); clustering, core and eccentricity count ties in
hops and ignore weights. Rows are sorted by the
first measure, descending. A measure that cannot run (e.g. eigenvector on a directed acyclic view)
stops the command with the reason when named in --measures; with --measures all it is skipped with
the reason on stderr (JSON: "skipped") and its values are null.

Fast paths, chosen by themselves:
  - betweenness runs on --workers threads when nodes × arcs of the view is at least
    ${PARALLEL_MIN_WORK.toExponential(0)}, closeness and harmonic from ${PARALLEL_MIN_WORK_DISTANCES.toExponential(1)} (below that, starting
    threads costs more than it saves);
  - a CSV directory or .json input of ${COMPACT_MIN_BYTES / (1024 * 1024)} MiB or more, asked only for
    ${COMPACT_MEASURES.join(', ')} (not all: HITS and the other measures need the full graph), is
    streamed straight into the compact array form, without building the graph in memory
    (--loader standard|compact forces one path; both print the same result).
--approx ε estimates betweenness by sampling shortest paths (Riondato–Kornaropoulos 2016): with
probability at least 1 − δ (--delta) every value is within ε of the exact normalised betweenness;
the same --seed gives the same values on any number of threads. JSON output then carries
"approximation" (ε, δ, seed, samples drawn, vertex-diameter bound).
A progress bar is drawn on a terminal only. Ctrl-C stops the run: worker threads are stopped, nothing
is written (-o files are replaced only at the end, atomically) and the exit code is 130.`,
  positionals: [graphPositional],
  options: {
    measures: {
      type: 'string',
      valueName: 'LIST',
      default: 'all',
      description: `comma-separated measures (${IDS.join(', ')}) or all`,
    },
    ...viewOptions,
    top: { type: 'number', valueName: 'N', description: 'only the first N nodes' },
    approx: { type: 'number', valueName: 'ε', description: 'estimate betweenness by sampling, every value within ε (0 < ε < 1) with probability 1 − δ' },
    delta: { type: 'number', valueName: 'δ', default: 0.1, description: 'failure probability of --approx' },
    seed: { type: 'number', valueName: 'S', default: 1, description: 'seed of --approx sampling' },
    workers: { type: 'number', valueName: 'N', description: 'worker threads for large graphs (default: the available cores)' },
    loader: {
      type: 'string',
      choices: LOADERS,
      default: 'auto',
      description: 'read the graph fully (standard) or straight into arrays (compact); auto picks by size and measures',
    },
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph centrality graphs/kyoto-life-science.json --top 10',
    'ecograph centrality graphs/kobe-biomedical.json --measures betweenness,pagerank --weighted --weight-as strength --format json',
    'ecograph centrality lm.gexf --measures eigenvector --weighted=cooccurrence --format csv -o centrality.csv',
    'ecograph centrality firms/ --measures betweenness,pagerank --approx 0.01 --delta 0.1 --seed 7 --top 20',
  ],
  async run({ positionals, options }, io) {
    const requested = options.measures === 'all' ? IDS : options.measures.split(',').map((m) => m.trim()).filter((m) => m !== '');
    const unknown = requested.filter((m) => !IDS.includes(m));
    if (requested.length === 0 || unknown.length > 0)
      throw new UsageError(`--measures: unknown measure(s) ${unknown.join(', ') || '(none given)'} (known: ${IDS.join(', ')}, all)`);
    if (options.top !== undefined && (!Number.isInteger(options.top) || options.top < 1)) throw new UsageError('--top expects a positive integer');
    if (options.approx !== undefined) {
      if (!(options.approx > 0 && options.approx < 1)) throw new UsageError(`--approx expects ε between 0 and 1, got ${options.approx}`);
      if (!requested.includes('betweenness')) throw new UsageError('--approx estimates betweenness: add betweenness to --measures');
    }
    if (!(options.delta > 0 && options.delta < 1)) throw new UsageError(`--delta expects δ between 0 and 1, got ${options.delta}`);
    if (!Number.isInteger(options.seed)) throw new UsageError('--seed expects an integer');
    // The default is read here, not declared, so that --help (and docs/cli.md) is the same on every machine.
    const workers = options.workers ?? availableParallelism();
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError('--workers expects a positive integer');
    const path = positionals[0]!;
    const progress = progressReporter(io, 'centrality');
    const interrupt = watchInterrupt();
    const fast: Partial<FastCentralityOptions> = {
      workers,
      signal: interrupt.signal,
      onProgress: (id) => progress.labelled(id),
      ...(options.approx !== undefined ? { approximate: { epsilon: options.approx, delta: options.delta, seed: options.seed } } : {}),
    };
    let result: CentralityTable & { approximation?: ApproximationReport };
    // ties of the graph the view was made from (known on the standard route), for the title
    let sourceTies: number | undefined;
    try {
      const viewOnly = requested.every((m) => COMPACT_MEASURES.includes(m));
      if (options.loader === 'compact' && !viewOnly) throw new UsageError(`--loader compact computes ${COMPACT_MEASURES.join(', ')}; name them in --measures`);
      const view = viewOptionsFrom(options);
      const opened = await openView(path, {
        loader: options.loader as Loader,
        fullGraph: viewOnly ? undefined : `only ${COMPACT_MEASURES.join(', ')} run on the compact arrays`,
        view,
        ...openerOptionsOf(options),
        keep: { labels: true },
        signal: interrupt.signal,
        onProgress: (p) => progress.labelled('load')(p.bytesRead, p.totalBytes),
      });
      checkOpenedAttributes(opened, options, path);
      sourceTies = opened.graph?.size ?? opened.load?.ties;
      if (opened.load) result = await compactTable(opened.load, requested, fast);
      else {
        const g = opened.indexed;
        const paths = await pathMeasures(g, requested, fast);
        const precomputed: Record<string, NodeValues> = {};
        for (const [id, values] of Object.entries(paths.values)) precomputed[id] = { [id]: toNodeMap(g, values) };
        // only the measures not computed above are loaded, each with its own module
        const loaded = await loadNodeMeasures([...new Set(requested)].filter((id) => !(id in precomputed)));
        const { measureTable } = await import('../../metrics/centrality/measure-table.js');
        const measureOf = (id: string) => loaded.find((m) => m.id === id) ?? centralityDescriptor(id);
        result = measureTable(opened.graph!, measureOf, {
          measures: requested,
          view,
          builtView: opened.graphView!,
          precomputed,
          // asked for by name: stop with the reason; part of `all`: skip it, say why, keep the others
          skipFailures: options.measures === 'all',
          onProgress: (id) => progress.labelled(id),
        });
        if (paths.approximation) result.approximation = paths.approximation;
      }
      // Ctrl-C during work on this thread is seen here, at the latest
      if (interrupt.signal.aborted) throw new InterruptedError();
    } catch (err) {
      interrupt.dispose();
      if (err instanceof AbortedError || interrupt.signal.aborted) throw new InterruptedError();
      throw err;
    } finally {
      progress.done();
    }
    const { view, outputs, skipped, rows } = result;
    for (const reason of Object.values(skipped)) io.stderr(`ecograph centrality: skipped ${reason}\n`);
    const first = outputs[0]!;
    const shown = options.top !== undefined ? rows.slice(0, options.top) : rows;
    const json = {
      view,
      measures: outputs,
      ...(Object.keys(skipped).length > 0 ? { skipped } : {}),
      ...(result.approximation ? { approximation: result.approximation } : {}),
      nodes: shown.map((r) => ({ id: r.id, label: r.label, kind: r.kind, ...r.values })),
    };
    const columns: Column<Row>[] = [
      { header: 'id', whole: true, value: (r) => r.id },
      { header: 'label', minWidth: 16, value: (r) => r.label },
      { header: 'kind', minWidth: 10, value: (r) => r.kind },
      ...outputs.map((o) => ({ header: o, numeric: true, value: (r: Row) => r.values[o] })),
    ];
    const approx = result.approximation;
    const note = approx ? `; betweenness within ${approx.epsilon} with probability ${1 - approx.delta} (${approx.samples} sampled paths, seed ${approx.seed})` : '';
    const title = `${path}: ${describeView(view, sourceTies)}; ${shown.length} of ${rows.length} nodes, sorted by ${first}${note}`;
    try {
      // still watching: a Ctrl-C now lets the atomic write finish instead of leaving its temp file
      await emit(io, options, { json, columns, rows: shown, title });
    } finally {
      interrupt.dispose();
    }
    return 0;
  },
});

/** The centrality table from a compact load: the same rows, order and view as the standard path. */
async function compactTable(load: CompactLoad, ids: readonly string[], fast: Partial<FastCentralityOptions>): Promise<CentralityTable & { approximation?: ApproximationReport }> {
  const g = load.graph;
  const measures = [...new Set(ids)];
  const paths = await pathMeasures(
    g,
    measures.filter((m) => (PATH_MEASURES as readonly string[]).includes(m)),
    fast,
  );
  const values: Record<string, Float64Array> = { ...paths.values };
  for (const m of measures) values[m] ??= (await COMPACT_VALUES[m]!())(g);
  const finite = (x: number) => (Number.isNaN(x) ? null : x);
  const columns = measures.map((m) => values[m]!);
  const labelOf = (i: number) => load.labels?.[i] ?? g.nodes[i]!;
  // the order sortCentralityRows gives (first measure descending, missing values last, then label,
  // then id), found on the typed values instead of on the row objects
  const { rankOrder } = await import('../../metrics/centrality/rank-order.js');
  const order = rankOrder(columns[0]!, (a, b) => {
    const ia = g.nodes[a]!;
    const ib = g.nodes[b]!;
    return labelOf(a).localeCompare(labelOf(b)) || (ia < ib ? -1 : ia > ib ? 1 : 0);
  });
  const rows: CentralityRow[] = Array.from(order, (i) => {
    const rowValues: Record<string, number | null> = {};
    for (let k = 0; k < measures.length; k++) rowValues[measures[k]!] = finite(columns[k]![i]!);
    return { id: g.nodes[i]!, label: labelOf(i), kind: kindOfCode(load.nodeKinds[i]!) ?? null, values: rowValues };
  });
  return { view: { ...load.view }, outputs: measures, skipped: {}, rows, ...(paths.approximation ? { approximation: paths.approximation } : {}) };
}
