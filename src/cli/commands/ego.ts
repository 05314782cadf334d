import { saveGraph } from '../../io/files.js';
import { ROLES } from '../../metrics/brokerage/gould-fernandez.js';
import { DEFAULTS, egoNetwork, egoSubgraph, type EgoDirection } from '../../metrics/ego/ego-network.js';
import { describeView } from '../../metrics/view-rules.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';
import { emit, formatOption, type Column } from '../output.js';
import { viewOptions, viewOptionsFrom } from '../view-options.js';

interface Row {
  measure: string;
  value: unknown;
}

export default defineCommand({
  name: 'ego',
  summary: 'The ego network of a node (NetworkX ego_graph) as a graph file, with its size, ties, densities, Burt and Gould–Fernandez measures.',
  description: `Members: the node and every node within --radius hops in the view, following ties either way
(--direction all, the default: NetworkX ego_graph(G, n, radius, undirected=True)), out-arcs only (out:
ego_graph on the directed graph) or in-arcs only (in: ego_graph of the reversed graph). in and out need
--directed. With -o the ego network is written as a graph file (format by extension): its members with
all their attributes and every tie of the graph between two members (of the --edge-kinds kept).
Measures (stdout, --format):
  size                 alters: members other than the ego
  ties, egoTies        ties among the alters; ties between the ego and alters (arcs on a directed view)
  densityWithEgo       nx.density of the ego network, ego included (NetworkX's choice)
  densityWithoutEgo    ties among alters / pairs of alters (UCINET's choice); null below two alters
  effectiveSize, efficiency, constraint
                       nx.effective_size and nx.constraint of the ego in the whole undirected view
                       (weighted views read tie strengths)
  brokerage            the ego's Gould–Fernandez roles (sna::brokerage counts and z-scores) on the directed
                       view, groups from --group (sphere: university, industry, government from the kind)
JSON: { ego, radius, direction, view, nodes, distance, measures: { size, ties, egoTies, densityWithEgo,
densityWithoutEgo, effectiveSize, efficiency, constraint, brokerage } }.`,
  positionals: [graphPositional, { name: 'node', description: 'id of the ego', required: true }],
  options: {
    radius: { type: 'number', valueName: 'N', default: DEFAULTS.radius, description: 'hops from the ego' },
    direction: { type: 'string', choices: ['in', 'out', 'all'], default: DEFAULTS.direction, description: 'which ties to follow (in, out: with --directed)' },
    ...viewOptions,
    group: { type: 'string', valueName: 'ATTR', default: DEFAULTS.group, description: 'node attribute of the Gould–Fernandez groups' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'write the ego network as a graph file (.json, .gexf, .graphml, or a CSV directory)' },
    format: formatOption,
    'kind-from': kindFromOption,
  },
  examples: [
    'ecograph ego graphs/kyoto-life-science.json kyoto-university',
    'ecograph ego graphs/kyoto-life-science.json kyoto-university --radius 2 -o kyoto-ego.gexf',
    'ecograph ego graphs/sapporo-valley.json hudson --directed --direction out --format json',
  ],
  async run({ positionals, options }, io) {
    if (!Number.isInteger(options.radius) || options.radius < 1) throw new UsageError('--radius expects a whole number ≥ 1');
    const view = viewOptionsFrom(options);
    const direction = options.direction as EgoDirection;
    if (direction !== 'all' && !view.directed) throw new UsageError(`--direction ${direction} needs --directed (an undirected view has no direction to follow)`);
    const [path, ego] = positionals as [string, string];
    const graph = await loadGraphArgument(path, options);
    const network = egoNetwork(graph, ego, { radius: options.radius, direction, view, group: options.group });
    if (options.output !== undefined) {
      const written = await saveGraph(egoSubgraph(graph, network, view.edgeKinds), options.output);
      io.stderr(`ecograph ego: wrote ${network.nodes.length} nodes to ${written.join(', ')}\n`);
    }
    const m = network.measures;
    const rows: Row[] = [
      { measure: 'size', value: m.size },
      { measure: 'ties', value: m.ties },
      { measure: 'egoTies', value: m.egoTies },
      { measure: 'densityWithEgo', value: m.densityWithEgo },
      { measure: 'densityWithoutEgo', value: m.densityWithoutEgo },
      { measure: 'effectiveSize', value: m.effectiveSize },
      { measure: 'efficiency', value: m.efficiency },
      { measure: 'constraint', value: m.constraint },
      ...ROLES.map((role) => ({ measure: `brokerage.${role}`, value: m.brokerage[role] })),
      ...ROLES.map((role) => ({ measure: `brokerage.z.${role}`, value: Number.isFinite(m.brokerage.z[role]) ? m.brokerage.z[role] : null })),
    ];
    const columns: Column<Row>[] = [
      { header: 'measure', value: (r) => r.measure },
      { header: 'value', value: (r) => r.value, numeric: true },
    ];
    const label = graph.getNodeAttribute(ego, 'label') ?? ego;
    const title = `${path}: ego network of ${label} (radius ${network.radius}, ${network.direction}); ${describeView(network.view)}; ${network.nodes.length} members`;
    const json = { ...network, measures: { ...m, brokerage: { ...m.brokerage, z: Object.fromEntries(ROLES.map((r) => [r, Number.isFinite(m.brokerage.z[r]) ? m.brokerage.z[r] : null])) } } };
    await emit(io, { format: options.format }, { json, columns, rows, title });
    return 0;
  },
});
