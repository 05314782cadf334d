import { saveGraph } from '../../io/files.js';
import { DEFAULTS, projectTwoMode, type ProjectedTie, type ProjectionMethod } from '../../metrics/projection/two-mode.js';
import { EDGE_KINDS, NODE_KINDS } from '../../model/schema.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';
import { emit, formatOption, type Column } from '../output.js';
import { edgeKindsOption } from '../view-options.js';

function kinds(flag: string, value: string | undefined, known: readonly string[]): string[] {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${flag} needs at least one kind (known: ${known.join(', ')})`);
  const list = value.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const unknown = list.filter((k) => !known.includes(k));
  if (unknown.length > 0) throw new UsageError(`--${flag}: unknown kind(s) ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return list;
}

export default defineCommand({
  name: 'project',
  summary: 'Organisations tied through shared people (one-mode projection of a two-mode network), weighted as NetworkX bipartite projections.',
  description: `The two-mode network: the nodes of the --via kinds (e.g. founder,person) and of the --onto kinds
(e.g. firm,anchor,university), with one undirected tie per person–organisation pair that has a tie of the
--edge-kinds (default: all kinds) in either direction. Two organisations are tied when they share a
person, with "weight":
  count    shared people — NetworkX bipartite.weighted_projected_graph(B, onto)
  newman   Σ 1/(d−1) over the shared people, d the person's ties in the two-mode network (Newman 2001)
           — bipartite.collaboration_weighted_projected_graph(B, onto)
--concurrent keeps only people whose spans at the two organisations overlap: a span runs from since
(or year) to until, a missing end is open; the degrees d of newman are not changed by it. Each tie
carries weight, people (the shared people) and sources (of the person–organisation ties behind it).
With -o the projection (every node of the --onto kinds, the projected ties, untyped and undirected) is
written as a graph file; stdout lists the ties (--format). JSON: { via, onto, edgeKinds, method,
concurrent, bipartite: { people, organisations, ties }, ties: [{ source, target, weight, people, sources }] }.`,
  positionals: [graphPositional],
  options: {
    via: { type: 'string', valueName: 'KINDS', description: `node kinds projected away, comma-separated (${NODE_KINDS.join(', ')})` },
    onto: { type: 'string', valueName: 'KINDS', description: 'node kinds projected onto, comma-separated' },
    'edge-kinds': edgeKindsOption,
    method: { type: 'string', choices: ['count', 'newman'], default: DEFAULTS.method, description: 'tie weight: shared people, or Newman’s collaboration weight' },
    concurrent: { type: 'boolean', description: 'only people whose since/until spans at the two organisations overlap' },
    top: { type: 'number', valueName: 'N', description: 'list only the N heaviest ties' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'write the projection as a graph file (.json, .gexf, .graphml, or a CSV directory)' },
    format: formatOption,
    'kind-from': kindFromOption,
  },
  examples: [
    'ecograph project graphs/kyoto-life-science.json --via founder,person --onto firm,university,anchor',
    'ecograph project graphs/sapporo-valley.json --via founder,person --onto firm --edge-kinds founded,affiliation --method newman -o interlocks.gexf',
    'ecograph project graphs/kobe-biomedical.json --via person --onto firm,university --concurrent --format json',
  ],
  async run({ positionals, options }, io) {
    const via = kinds('via', options.via, NODE_KINDS);
    const onto = kinds('onto', options.onto, NODE_KINDS);
    const edgeKinds = options['edge-kinds'] !== undefined ? kinds('edge-kinds', options['edge-kinds'], EDGE_KINDS) : undefined;
    const both = via.filter((k) => onto.includes(k));
    if (both.length > 0) throw new UsageError(`--via and --onto share ${both.join(', ')}: the two modes must be disjoint`);
    if (options.top !== undefined && (!Number.isInteger(options.top) || options.top < 1)) throw new UsageError('--top expects a positive integer');
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const method = options.method as ProjectionMethod;
    const projection = projectTwoMode(graph, { via, onto, ...(edgeKinds ? { edgeKinds } : {}), method, concurrent: options.concurrent ?? false });
    if (options.output !== undefined) {
      const written = await saveGraph(projection.graph, options.output);
      io.stderr(`ecograph project: wrote ${projection.graph.order} nodes and ${projection.graph.size} ties to ${written.join(', ')}\n`);
    }
    const shown = options.top !== undefined ? projection.ties.slice(0, options.top) : projection.ties;
    const label = (id: string) => graph.getNodeAttribute(id, 'label') ?? id;
    const table = options.format === 'table';
    const columns: Column<ProjectedTie>[] = [
      { header: table ? 'organisation' : 'source', value: (r) => (table ? label(r.source) : r.source) },
      { header: table ? 'organisation' : 'target', value: (r) => (table ? label(r.target) : r.target) },
      { header: 'weight', value: (r) => r.weight, numeric: true },
      { header: 'people', value: (r) => (table ? r.people.map(label) : r.people) },
      ...(table ? [] : [{ header: 'sources', value: (r: ProjectedTie) => r.sources }]),
    ];
    const json = { via, onto, edgeKinds: edgeKinds ?? null, method, concurrent: options.concurrent ?? false, bipartite: projection.bipartite, ties: shown };
    const b = projection.bipartite;
    const title = `${path}: ${onto.join(', ')} tied through shared ${via.join(', ')} (${method}${options.concurrent ? ', concurrent spans' : ''}); two-mode network of ${b.people} people, ${b.organisations} organisations, ${b.ties} ties; ${shown.length} of ${projection.ties.length} projected ties`;
    await emit(io, { format: options.format }, { json, columns, rows: shown, title });
    return 0;
  },
});
