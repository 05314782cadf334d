import { describeGraphParallel } from '../../metrics/parallel/parallel-describe.js';
import { DEFAULTS, type DescribeResult } from '../../metrics/structure/describe.js';
import { describeView } from '../../metrics/view-rules.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { directedOption, edgeKindsOption, nodeKindsOption, viewOptionsFrom } from '../view-options.js';

interface Row {
  statistic: string;
  value: unknown;
  note: string;
}

/** The statistics as rows, nested ones flattened (`centralization.degree`, `reciprocity.spinoff`). */
function statisticRows(result: DescribeResult): Row[] {
  const rows: Row[] = [];
  const note = (key: string) => result.notes[key] ?? '';
  for (const [key, value] of Object.entries(result.statistics)) {
    if (key === 'eiIndex') {
      const ei = result.statistics.eiIndex;
      if (!ei) rows.push({ statistic: 'eiIndex', value: null, note: note('eiIndex') });
      else {
        rows.push({ statistic: 'eiIndex', value: ei.observed, note: note('eiIndex') });
        rows.push({ statistic: 'eiIndex.expected', value: ei.expected, note: 'E-I of the complete graph on the same groups' });
        rows.push({ statistic: 'eiIndex.rescaled', value: ei.rescaled, note: 'between the least and largest E-I possible with the same ties and groups' });
        if (ei.permutation) {
          const p = ei.permutation;
          rows.push({ statistic: 'eiIndex.p(≥)', value: p.greaterOrEqual, note: `(b+1)/(R+1), ${p.draws} label permutations, seed ${p.seed}` });
          rows.push({ statistic: 'eiIndex.p(≤)', value: p.lessOrEqual, note: `(b+1)/(R+1), ${p.draws} label permutations, seed ${p.seed}` });
        }
      }
    } else if (value !== null && typeof value === 'object') {
      Object.entries(value as Record<string, unknown>).forEach(([sub, v], i) =>
        rows.push({ statistic: `${key}.${sub}`, value: v, note: note(`${key}.${sub}`) || (i === 0 ? note(key) : '') }),
      );
      if (Object.keys(value).length === 0) rows.push({ statistic: key, value: null, note: note(key) });
    } else rows.push({ statistic: key, value, note: note(key) });
  }
  return rows;
}

export default defineCommand({
  name: 'describe',
  summary: 'Network descriptives of a view in one table (NetworkX and R sna definitions), with E-I index and assortativity by an attribute.',
  description: `Every statistic counts ties (weights are not read) on the view (default: the simple undirected
projection; --directed keeps directions). Null where a statistic does not apply, with the reason in "notes".
  nodes, edges           of the view (edges: arcs on a directed view); sourceTies: ties of the graph behind them
  density                nx.density: m / (n(n−1)/2), arcs / (n(n−1)) directed — as info and timeline
  meanDegree             2m/n; on a directed view m/n, which is both the mean in- and out-degree
  components             weak components (direction ignored) and the largest one's share of the nodes
  reciprocity            per directed tie kind, nx.reciprocity of its arcs among the view's nodes;
                         undirected kinds (collaboration) are never "reciprocated" and are left out
  transitivity           nx.transitivity, on the undirected counterpart of a directed view
  averageClustering      nx.average_clustering (zeros counted; Fagiolo's directed clustering on a directed view)
  averagePathLength, diameter  nx.average_shortest_path_length and nx.diameter in hops, on the largest
                         component (the largest strongly connected component on a directed view)
  centralization         sna::centralization(g, FUN, mode="graph"|"digraph"), normalize=TRUE: degree
                         (cmode "freeman": in + out on a directed view), betweenness (cmode "undirected"|
                         "directed"), closeness on the largest (strongly connected) component — sna gives
                         every node closeness 0 on a graph that is not connected
  degreeAssortativity    nx.degree_assortativity_coefficient (out-degree of source vs in-degree of target
                         on a directed view)
  maxCore                max of nx.core_number (in + out degree on a directed view)
With --by ATTR (e.g. region, or sphere: university/institute → university, firm/anchor/investor →
industry, government → government, derived from the kind; E-I by kind is fixed by the model's tie
rules, so it says little):
  attributeAssortativity nx.attribute_assortativity_coefficient over nodes with a value
  eiIndex                Krackhardt–Stern (E−I)/(E+I) over ties between nodes with a value; its
                         expected value given the group sizes (the complete graph), the rescaled index
                         (between the least and largest E-I possible with the same number of ties and
                         groups, as UCINET), and permutation p-values p(≥), p(≤) = (b+1)/(R+1) over
                         --draws shuffles of the labels (one generator seeded with --seed)
  groups, nodes          the E-I index of each group (ties with an end in it) and each node (JSON, CSV --level)
With --partition ATTR: modularity (nx.community.modularity on the undirected view; nodes without a
value are singletons) of the attribute's groups, and NMI (2I/(H1+H2)) and ARI between them and the
seeded Louvain communities (igraph compare_communities "nmi", "ari").
JSON: { view, by, partition, statistics: { nodes, edges, sourceTies, density, meanDegree, components,
largestComponentShare, reciprocity, transitivity, averageClustering, averagePathLength, diameter,
centralization: { degree, betweenness, closeness }, degreeAssortativity, attributeAssortativity,
eiIndex: { observed, expected, rescaled, permutation }, maxCore, modularity, nmi, ari },
groups: [{ value, nodes, internalTies, externalTies, eiIndex }], nodes: [{ id, group, eiIndex }], notes }.
Large views: the path statistics and betweenness come from one breadth-first search per node
(Brandes: distances for the path statistics and closeness, its backward pass for betweenness), on
worker threads for large views with the same digits as on one thread (time ∝ nodes × ties).
--approx ε estimates them instead, each bound holding with probability ≥ 1 − δ (--delta):
averagePathLength from ⌈ln(2/δ)/(2ε²)⌉ sampled sources (Hoeffding), within ε(U − 1) hops, U an
upper bound of the diameter from the samples; diameter null, bracketed in "approximation"; betweenness
centralization from sampled betweenness (Riondato–Kornaropoulos, every value within ε), within 2εn/(n−1);
closeness centralization null. JSON then carries "approximation" { epsilon, delta, seed, sources,
averagePathLengthBound, diameter: { atLeast, atMost }, betweennessCentralizationBound }.`,
  positionals: [graphPositional],
  options: {
    directed: directedOption,
    'edge-kinds': edgeKindsOption,
    'node-kinds': nodeKindsOption,
    by: { type: 'string', valueName: 'ATTR', description: 'node attribute of the groups for E-I and attribute assortativity (e.g. region, sphere)' },
    partition: { type: 'string', valueName: 'ATTR', description: 'node attribute whose groups get modularity, NMI and ARI against Louvain' },
    draws: { type: 'number', valueName: 'R', default: DEFAULTS.draws, description: 'label permutations of the E-I test (0: none)' },
    seed: { type: 'number', valueName: 'S', default: DEFAULTS.seed, description: 'seed of the E-I permutations and of --approx sampling' },
    approx: { type: 'number', valueName: 'ε', description: 'estimate the path statistics by sampling (large views), with bounds stated in the output' },
    delta: { type: 'number', valueName: 'δ', default: 0.1, description: 'failure probability of each --approx bound' },
    level: { type: 'string', choices: ['network', 'group', 'node'], default: 'network', description: 'table and CSV rows: the statistics, the groups or the nodes (with --by)' },
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
  },
  examples: [
    'ecograph describe graphs/kyoto-life-science.json',
    'ecograph describe graphs/kyoto-life-science.json --by sphere --draws 10000 --seed 7',
    'ecograph describe graphs/kobe-biomedical.json --directed --edge-kinds spinoff,investment --format json',
    'ecograph describe graphs/sapporo-valley.json --partition sphere --level group --by sphere',
    'ecograph describe big/ --approx 0.05 --delta 0.1 --seed 3 --format json',
  ],
  async run({ positionals, options }, io) {
    if (!Number.isInteger(options.draws) || options.draws < 0) throw new UsageError('--draws expects a whole number ≥ 0');
    if (!Number.isInteger(options.seed)) throw new UsageError('--seed expects an integer');
    if (options.approx !== undefined && !(options.approx > 0 && options.approx < 1)) throw new UsageError(`--approx expects ε between 0 and 1, got ${options.approx}`);
    if (!(options.delta > 0 && options.delta < 1)) throw new UsageError(`--delta expects δ between 0 and 1, got ${options.delta}`);
    if (options.level !== 'network' && options.by === undefined) throw new UsageError(`--level ${options.level} needs --by ATTR`);
    for (const flag of ['by', 'partition'] as const)
      if (options[flag] !== undefined && options[flag].trim() === '') throw new UsageError(`--${flag} needs an attribute name`);
    const view = viewOptionsFrom(options);
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const result = await describeGraphParallel(graph, {
      directed: view.directed ?? false,
      ...(view.edgeKinds ? { edgeKinds: view.edgeKinds } : {}),
      ...(view.nodeKinds ? { nodeKinds: view.nodeKinds } : {}),
      ...(options.by !== undefined ? { by: options.by } : {}),
      ...(options.partition !== undefined ? { partition: options.partition } : {}),
      draws: options.draws,
      seed: options.seed,
      ...(options.approx !== undefined ? { approximate: { epsilon: options.approx, delta: options.delta, seed: options.seed } } : {}),
    });
    const title = `${path}: ${describeView(result.view)}${result.by ? `; groups by ${result.by}` : ''}`;
    if (options.level === 'group') {
      type G = DescribeResult['groups'][number];
      const columns: Column<G>[] = [
        { header: 'value', value: (r) => r.value },
        { header: 'nodes', value: (r) => r.nodes, numeric: true },
        { header: 'internalTies', value: (r) => r.internalTies, numeric: true },
        { header: 'externalTies', value: (r) => r.externalTies, numeric: true },
        { header: 'eiIndex', value: (r) => r.eiIndex, numeric: true },
      ];
      await emit(io, options, { json: result, columns, rows: result.groups, title });
      return 0;
    }
    if (options.level === 'node') {
      type N = DescribeResult['nodes'][number];
      const columns: Column<N>[] = [
        { header: 'id', value: (r) => r.id },
        { header: 'label', value: (r) => graph.getNodeAttribute(r.id, 'label') },
        { header: 'group', value: (r) => r.group },
        { header: 'eiIndex', value: (r) => r.eiIndex, numeric: true },
      ];
      await emit(io, options, { json: result, columns, rows: result.nodes, title });
      return 0;
    }
    const columns: Column<Row>[] = [
      { header: 'statistic', value: (r) => r.statistic },
      { header: 'value', value: (r) => r.value, numeric: true },
      { header: 'note', value: (r) => r.note },
    ];
    await emit(io, options, { json: result, columns, rows: statisticRows(result), title });
    return 0;
  },
});
