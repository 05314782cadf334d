import { asOfGraph } from '../../metrics/evolution/snapshot.js';
import { CENTRALITY_MEASURES } from '../../metrics/registry.js';
import { nodeGroups, parseGroup, SPINOFF_PARENT } from '../../metrics/significance/node-groups.js';
import { permutationTest } from '../../metrics/significance/permutation.js';
import { buildView } from '../../metrics/view.js';
import { describeView } from '../../metrics/view-rules.js';
import { NODE_KINDS } from '../../model/schema.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';
import { emit, formatOption, outputOption } from '../output.js';
import { progressReporter } from '../progress.js';
import { checkDraws, drawsOption, pValueColumns, pValueRows, seedOption, shortNumber } from '../significance-output.js';
import { viewOptions, viewOptionsFrom } from '../view-options.js';

/** Single-valued node measures of the registry (HITS gives two numbers and is left out). */
const MEASURES = CENTRALITY_MEASURES.filter((m) => m.outputs.length === 1);
const IDS = MEASURES.map((m) => m.id);

export default defineCommand({
  name: 'permute',
  summary: 'Permutation test: a node measure compared between two groups of nodes, group labels shuffled within node kinds.',
  description: `The first group is the nodes that match --group ATTR=VALUE (several values: ATTR=A|B); a list
attribute matches when it holds a value. ${SPINOFF_PARENT}=KIND is derived: nodes with a spin-off tie
from a node of that kind (e.g. ${SPINOFF_PARENT}=university: university spin-offs). The second group is
every other node of the compared kinds (--compare-kinds; default: the kinds found in the first group,
so university spin-offs are compared with the other firms). Define the groups outside the measure:
a group chosen by its measure values tests nothing.
The measure (--measure: ${IDS.join(', ')}, or --attribute ATTR for a numeric node attribute) is
computed on the view (default: the simple undirected projection; with --at, the groups too are
taken as of that year), on every node; nodes without a
finite value are left out of the comparison and counted in the output.
Statistic: mean(first) − mean(second). Each draw shuffles the group labels among the compared nodes
of each node kind separately, so every draw keeps the number of group members of each kind.
p-values: greater (first above second: draw ≥ observed), less (draw ≤ observed) and two-sided
(|draw| ≥ |observed|), each as b/R and as (b+1)/(R+1); equality within a relative 1e-9. Draw r is
seeded from (--seed, r) alone. The p-value is the chance of a difference at least this large if group
membership had nothing to do with the measure (among nodes of the same kinds); it is not the chance
that the groups differ, nor a measure of how much.`,
  positionals: [graphPositional],
  options: {
    group: { type: 'string', valueName: 'ATTR=VALUE', description: `the first group (required), e.g. ${SPINOFF_PARENT}=university or region=Kyoto` },
    measure: { type: 'string', valueName: 'NAME', choices: IDS, description: 'node measure compared [default: degree]' },
    attribute: { type: 'string', valueName: 'ATTR', description: 'compare a numeric node attribute instead of a measure' },
    'compare-kinds': { type: 'string', valueName: 'KINDS', description: 'node kinds compared, comma-separated (default: the kinds in the first group)' },
    draws: drawsOption,
    seed: seedOption,
    ...viewOptions,
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
  },
  examples: [
    `ecograph permute graphs/kyoto-life-science.json --group ${SPINOFF_PARENT}=university --measure betweenness --draws 5000`,
    'ecograph permute graphs/sapporo-valley.json --group listed=true --measure degree --compare-kinds firm,anchor --format json',
  ],
  async run({ positionals, options }, io) {
    checkDraws(options);
    if (options.group === undefined) throw new UsageError(`--group ATTR=VALUE is required (e.g. ${SPINOFF_PARENT}=university)`);
    if (options.measure !== undefined && options.attribute !== undefined) throw new UsageError('give --measure or --attribute, not both');
    const compareKinds = options['compare-kinds']?.split(',').map((k) => k.trim()).filter((k) => k !== '');
    const unknownKinds = compareKinds?.filter((k) => !(NODE_KINDS as readonly string[]).includes(k)) ?? [];
    if (unknownKinds.length > 0) throw new UsageError(`--compare-kinds: unknown kind(s) ${unknownKinds.join(', ')} (known: ${NODE_KINDS.join(', ')})`);
    const group = parseGroup(options.group);
    const path = positionals[0]!;
    const recorded = await loadGraphArgument(path, options);
    const viewOptions = viewOptionsFrom(options);
    const built = buildView(recorded, viewOptions);
    // groups and attributes as of the same year as the measure (--at)
    const graph = viewOptions.asOf ? asOfGraph(recorded, viewOptions.asOf).graph : recorded;
    const nodes = built.graph.nodes();
    let values: Float64Array;
    let measureName: string;
    if (options.attribute !== undefined) {
      const attribute = options.attribute;
      measureName = attribute;
      values = Float64Array.from(nodes, (node) => {
        const v = graph.getNodeAttribute(node, attribute) as unknown;
        return typeof v === 'number' ? v : NaN;
      });
    } else {
      const measure = MEASURES.find((m) => m.id === (options.measure ?? 'degree'))!;
      measureName = measure.id;
      const computed = measure.compute(built.graph, { params: {} })[measure.outputs[0]!]!;
      values = Float64Array.from(nodes, (node) => computed.get(node) ?? NaN);
    }
    const { labels, comparedKinds } = nodeGroups(graph, nodes, group, compareKinds);
    let missing = 0;
    for (let i = 0; i < nodes.length; i++)
      if (labels[i] !== -1 && !Number.isFinite(values[i]!)) {
        labels[i] = -1;
        missing++;
      }
    const kindCodes = new Map<string, number>();
    const strata = Int32Array.from(nodes, (node) => {
      const kind = graph.getNodeAttribute(node, 'kind') ?? '';
      if (!kindCodes.has(kind)) kindCodes.set(kind, kindCodes.size);
      return kindCodes.get(kind)!;
    });
    const progress = progressReporter(io, `permute ${measureName}`);
    let result;
    try {
      result = permutationTest({ values, groups: labels, strata }, { draws: options.draws, seed: options.seed, onProgress: (d, t) => progress.update(d, t) });
    } finally {
      progress.done();
    }
    const groupText = `${group.attribute}=${group.values.join('|')}`;
    const json = {
      view: built.view,
      measure: measureName,
      group: groupText,
      comparedKinds,
      sizes: result.sizes,
      leftOut: { withoutValue: missing },
      means: result.means,
      observed: result.observed,
      draws: result.draws,
      seed: result.seed,
      distribution: result.distribution,
      p: result.p,
    };
    const title =
      `${path}: ${measureName} on the ${describeView(built.view)}; ${groupText} (${result.sizes.first} nodes) against the other ${comparedKinds.join('/')} nodes (${result.sizes.second})` +
      `${missing > 0 ? `; ${missing} without a value left out` : ''}\n` +
      `means ${shortNumber(result.means.first)} and ${shortNumber(result.means.second)}; difference ${shortNumber(result.observed)}; ` +
      `${result.draws} label permutations within kinds (seed ${result.seed}): mean ${shortNumber(result.distribution.mean)}, sd ${shortNumber(result.distribution.sd)}`;
    await emit(io, options, { json, columns: pValueColumns(), rows: pValueRows('difference of means', result.p, ['greater', 'less', 'twoSided']), title });
    return 0;
  },
});
