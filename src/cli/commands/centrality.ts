import { centralityTable, type CentralityRow } from '../../metrics/centrality/centrality-table.js';
import { CENTRALITY_MEASURES } from '../../metrics/registry.js';
import type { ViewDescription } from '../../metrics/view.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';
import { progressReporter } from '../progress.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { viewOptions, viewOptionsFrom } from '../view-options.js';

const IDS = CENTRALITY_MEASURES.map((m) => m.id);

type Row = CentralityRow;

export default defineCommand({
  name: 'centrality',
  summary: 'Centrality of every node (degree, betweenness, closeness, harmonic, eigenvector, PageRank, HITS), equal to NetworkX.',
  description: `Runs on a view of the graph (default: the simple undirected projection; see the view flags).
Each measure equals NetworkX on the reference graphs (test/fixtures/reference):
${CENTRALITY_MEASURES.map((m) => `  ${m.id.padEnd(12)} ${m.reference.call} — ${m.reference.convention}`).join('\n')}
Weighted views: betweenness, closeness and harmonic read weights as distances (or, with
--weight-as strength, as strengths with length 1/weight); eigenvector, PageRank and HITS read them as
strengths. HITS always runs on the directed view (same filters and weights). Rows are sorted by the
first measure, descending. A measure that cannot run (e.g. eigenvector on a directed acyclic view)
stops the command with the reason when named in --measures; with --measures all it is skipped with
the reason on stderr (JSON: "skipped") and its values are null.`,
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
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
  },
  examples: [
    'ecograph centrality graphs/kyoto-life-science.json --top 10',
    'ecograph centrality graphs/kobe-biomedical.json --measures betweenness,pagerank --weighted --weight-as strength --format json',
    'ecograph centrality lm.gexf --measures eigenvector --weighted=cooccurrence --format csv -o centrality.csv',
  ],
  async run({ positionals, options }, io) {
    const requested = options.measures === 'all' ? IDS : options.measures.split(',').map((m) => m.trim()).filter((m) => m !== '');
    const unknown = requested.filter((m) => !IDS.includes(m));
    if (requested.length === 0 || unknown.length > 0)
      throw new UsageError(`--measures: unknown measure(s) ${unknown.join(', ') || '(none given)'} (known: ${IDS.join(', ')}, all)`);
    if (options.top !== undefined && (!Number.isInteger(options.top) || options.top < 1)) throw new UsageError('--top expects a positive integer');
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const progress = progressReporter(io, 'centrality');
    let result;
    try {
      result = centralityTable(graph, {
        measures: requested,
        view: viewOptionsFrom(options),
        // asked for by name: stop with the reason; part of `all`: skip it, say why, keep the others
        skipFailures: options.measures === 'all',
        onProgress: (id) => progress.labelled(id),
      });
    } finally {
      progress.done();
    }
    const { view, outputs, skipped, rows } = result;
    for (const reason of Object.values(skipped)) io.stderr(`ecograph centrality: skipped ${reason}\n`);
    const first = outputs[0]!;
    const shown = options.top !== undefined ? rows.slice(0, options.top) : rows;
    const json = { view, measures: outputs, ...(Object.keys(skipped).length > 0 ? { skipped } : {}), nodes: shown.map((r) => ({ id: r.id, label: r.label, kind: r.kind, ...r.values })) };
    const table = options.format === 'table';
    const columns: Column<Row>[] = [
      ...(table ? [] : [{ header: 'id', value: (r: Row) => r.id }]),
      { header: 'label', value: (r) => (table && r.label.length > 40 ? r.label.slice(0, 39) + '…' : r.label) },
      { header: 'kind', value: (r) => r.kind },
      ...outputs.map((o) => ({ header: o, numeric: true, value: (r: Row) => r.values[o] })),
    ];
    const title = `${path}: ${describeView(view)}; ${shown.length} of ${rows.length} nodes, sorted by ${first}`;
    await emit(io, options, { json, columns, rows: shown, title });
    return 0;
  },
});

/** The view in words, for table titles. */
export function describeView(view: ViewDescription): string {
  const parts = [view.directed ? 'directed view' : 'undirected view', `${view.nodes} nodes`, `${view.edges} ${view.directed ? 'arcs' : 'edges'}`];
  if (view.edgeKinds) parts.push(`ties: ${view.edgeKinds.join(', ')}`);
  if (view.nodeKinds) parts.push(`nodes: ${view.nodeKinds.join(', ')}`);
  if (view.weight) parts.push(`weighted by ${view.weight} as ${view.weightAs}`);
  return parts.join(', ');
}
