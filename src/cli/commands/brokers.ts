import { brokers, type BrokerRow } from '../../metrics/brokerage/brokers.js';
import { ROLES } from '../../metrics/brokerage/gould-fernandez.js';
import { groupFunction } from '../../metrics/brokerage/groups.js';
import { buildView } from '../../metrics/view.js';
import { describeView } from '../../metrics/view-rules.js';
import { NODE_KINDS } from '../../model/schema.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, yearFromOption } from '../graph-input.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { undirectedViewOptions, viewOptionsFrom } from '../view-options.js';

/** The plural of a kind, for JSON field names: university → universities, person → people. */
export function pluralKind(kind: string): string {
  if (kind === 'person') return 'people';
  if (/[^aeiou]y$/.test(kind)) return kind.slice(0, -1) + 'ies';
  return kind + 's';
}

export default defineCommand({
  name: 'brokers',
  summary: 'Which nodes broker between two kinds — e.g. start-ups between universities and anchor companies.',
  description: `Candidates are the nodes of kind --via (default firm). For each: betweenness restricted to
shortest paths from the --between nodes to the --and nodes on the undirected view, equal to NetworkX
betweenness_centrality_subset(G, sources, targets, normalized=False) (NetworkX halves the sum on
undirected graphs; weighted views read weights as distances or, with --weight-as strength, 1/weight);
its neighbours of each side (JSON fields named after the kinds, e.g. "universities", "anchors");
brokeredPairs = pairs (one of each side) tied to it and not to each other; and its Gould–Fernandez
roles on the directed view with groups from --group (default kind), as R sna::brokerage.
Candidates tied to both sides come first, then by betweenness and brokered pairs. Candidates with no
tie to either side and no brokered path are left out.
The table's "subset betweenness (raw)" (JSON and CSV: betweenness) is that raw sum: the share of
each --between/--and pair's shortest paths through the node, added over the pairs, not normalised.
\`ecograph centrality\` prints betweenness over all pairs, normalised by the pairs there are
((n−1)(n−2)/2 on an undirected view), so the two are on different scales and not comparable.`,
  positionals: [graphPositional],
  options: {
    between: { type: 'string', valueName: 'KIND', choices: NODE_KINDS, description: 'kind of the first side (e.g. university)' },
    and: { type: 'string', valueName: 'KIND', choices: NODE_KINDS, description: 'kind of the second side (e.g. anchor)' },
    via: { type: 'string', valueName: 'KIND', choices: NODE_KINDS, default: 'firm', description: 'kind of the candidate brokers' },
    group: { type: 'string', valueName: 'ATTR', default: 'kind', description: 'node attribute for the Gould–Fernandez groups' },
    ...undirectedViewOptions,
    top: { type: 'number', valueName: 'N', description: 'only the first N brokers' },
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph brokers graphs/kyoto-life-science.json --between university --and anchor',
    'ecograph brokers graphs/kobe-biomedical.json --between investor --and anchor --via firm --format json',
  ],
  async run({ positionals, options }, io) {
    if (options.between === undefined || options.and === undefined) throw new UsageError('--between KIND and --and KIND are required');
    if (options.between === options.and) throw new UsageError('--between and --and must be different kinds');
    if (options.via === options.between || options.via === options.and) throw new UsageError('--via must differ from --between and --and');
    if (options.top !== undefined && (!Number.isInteger(options.top) || options.top < 1)) throw new UsageError('--top expects a positive integer');
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const viewOpts = viewOptionsFrom(options);
    const undirected = buildView(graph, viewOpts);
    const directed = buildView(graph, { ...viewOpts, directed: true });
    const kindOf = (n: string) => graph.getNodeAttribute(n, 'kind');
    const rows = brokers(undirected.graph, directed.graph, kindOf, groupFunction(graph, options.group), {
      between: options.between,
      and: options.and,
      via: options.via,
    });
    const shown = options.top !== undefined ? rows.slice(0, options.top) : rows;
    const left = pluralKind(options.between);
    const right = pluralKind(options.and);
    const label = (id: string) => graph.getNodeAttribute(id, 'label');
    const json = {
      view: undirected.view,
      rolesView: directed.view,
      between: options.between,
      and: options.and,
      via: options.via,
      group: options.group,
      nodes: shown.map((r) => ({
        id: r.id,
        label: label(r.id),
        kind: kindOf(r.id) ?? null,
        betweenness: r.betweenness,
        [left]: r.between,
        [right]: r.and,
        brokeredPairs: r.brokeredPairs,
        tiedToBoth: r.tiedToBoth,
        roles: Object.fromEntries(ROLES.map((role) => [role, r.roles[role]])),
      })),
    };
    const table = options.format === 'table';
    const names = (ids: string[]) => (table ? ids.map(label) : ids);
    const columns: Column<BrokerRow>[] = [
      { header: 'id', whole: true, value: (r) => r.id },
      { header: 'label', minWidth: 16, value: (r) => label(r.id) },
      { header: table ? 'subset betweenness (raw)' : 'betweenness', numeric: true, value: (r) => r.betweenness },
      { header: left, value: (r) => names(r.between) },
      { header: right, value: (r) => names(r.and) },
      { header: 'brokeredPairs', numeric: true, value: (r) => r.brokeredPairs },
      ...(table
        ? [{ header: 'roles', value: (r: BrokerRow) => ROLES.filter((x) => x !== 'total' && r.roles[x] > 0).map((x) => `${x} ${r.roles[x]}`).join(', ') }]
        : ROLES.map((role) => ({ header: role, value: (r: BrokerRow) => r.roles[role] }))),
    ];
    const title = `${path}: ${options.via} nodes brokering between ${left} and ${right} (${describeView(undirected.view, graph.size)}); ${shown.length} of ${rows.length}`;
    await emit(io, options, { json, columns, rows: shown, title });
    return 0;
  },
});
