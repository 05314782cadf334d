import { cugTestInWorkers } from '../../metrics/parallel/parallel-cug.js';
import { AbortedError } from '../../metrics/parallel/aborted-error.js';
import { cugTest, type CugResult } from '../../metrics/significance/cug.js';
import { GRAPH_STATISTICS } from '../../metrics/significance/graph-statistics.js';
import { groupValue } from '../../metrics/structure/describe.js';
import { NULL_MODELS, DEFAULTS as DEGREE_NULL, type NullModel } from '../../metrics/significance/random-graphs.js';
import { simpleGraphOfView } from '../../metrics/significance/simple-graph.js';
import { buildView } from '../../metrics/view.js';
import { describeView } from '../../metrics/view-rules.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';
import { emit, formatOption, outputOption } from '../output.js';
import { InterruptedError, watchInterrupt } from '../interrupt.js';
import { progressReporter } from '../progress.js';
import { checkDraws, drawsOption, pValueColumns, pValueRows, seedOption, shortNumber } from '../significance-output.js';
import { viewOptions, viewOptionsFrom } from '../view-options.js';

const IDS = GRAPH_STATISTICS.map((s) => s.id);

const NULL_TEXT: Record<NullModel, string> = {
  size: 'random graphs of the same size (each dyad a tie with probability 1/2)',
  edges: 'random graphs with the same number of ties',
  degree: 'random graphs with the same degree sequence',
};

export default defineCommand({
  name: 'cug',
  summary: 'Conditional uniform graph test: a whole-graph statistic against random graphs of the same size, tie count or degrees (R sna::cug.test).',
  description: `Computes a statistic on the view (default: the simple undirected projection; ties are binary,
--weighted is refused) and on --draws random graphs that keep one property of it:
  size    the number of nodes; every dyad a tie with probability 1/2 (sna cug.test cmode="size")
  edges   the number of ties; every such graph equally likely (cmode="edges", sna::rgnm)
  degree  the degree sequence (in- and out-degrees on a directed view), by degree-preserving double
          edge swaps started from the observed graph, ${DEGREE_NULL.swapsPerTie} attempts per tie and draw. On an undirected
          view that is connected, a swap that would disconnect it is refused (--no-connected allows
          it), so the draws are connected graphs with those degrees, as igraph's
          Degree_Sequence(method="vl") draws them. Directed swaps keep in- and out-degrees.
Statistics (--statistic; every scalar statistic of describe, named as its JSON field; the ones
marked "--by" need a grouping attribute, whose values stay on their nodes in every draw):
${GRAPH_STATISTICS.map((s) => `  ${s.id.padEnd(27)} ${s.needsGroups ? '[--by] ' : ''}${s.definition} (${s.reference})`).join('\n')}
A draw on which the statistic is undefined (e.g. degree assortativity of a graph whose ties all join
nodes of equal degree) is left out of the distribution and the p-values and counted in
"undefinedDraws"; a statistic undefined on the observed view is refused.
Some statistics are fixed by a null model (density and mean degree under edges and degree, degree
centralization under degree): their p-values are 1 both ways.
p-values: P(draw ≥ observed) and P(draw ≤ observed), each as sna reports it (b/R: the share of draws
at least as extreme) and as (b+1)/(R+1), which counts the observed graph as one more draw. A draw within
a relative 1e-9 of the observed value counts as equal. Draw r is seeded from (--seed, r) alone, so the
same seed gives the same p-values on any machine. A small p-value says that random graphs of this kind
rarely reach the observed value; it does not say why, nor that the graph was made by another process.
--workers N splits the draws over N threads; each draw is made from its own seed wherever it runs,
so the p-values are the same digits for any N. A progress bar is drawn on a terminal only.`,
  positionals: [graphPositional],
  options: {
    statistic: { type: 'string', valueName: 'NAME', choices: IDS, default: 'transitivity', description: 'the statistic tested' },
    null: { type: 'string', choices: NULL_MODELS, default: 'edges', description: 'what the random graphs keep' },
    draws: drawsOption,
    seed: seedOption,
    by: { type: 'string', valueName: 'ATTR', description: 'node attribute of the groups (attributeAssortativity, eiIndex; e.g. region, sphere)' },
    workers: { type: 'number', valueName: 'N', default: 1, description: 'worker threads for the draws (1: this thread; the results do not depend on N)' },
    connected: { type: 'boolean', default: true, description: 'degree null: keep a connected undirected view connected (--no-connected: any graph with the degrees)' },
    ...viewOptions,
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
  },
  examples: [
    'ecograph cug graphs/kyoto-life-science.json --statistic transitivity --null edges --draws 1000 --seed 1',
    'ecograph cug graphs/hamamatsu-spinoffs.json --statistic components --null degree --draws 2000 --format json',
    'ecograph cug graphs/sapporo-valley.json --statistic centralization.degree --null size --directed',
    'ecograph cug graphs/kyoto-life-science.json --statistic eiIndex --by sphere --null degree --draws 2000',
    'ecograph cug graphs/kobe-biomedical.json --statistic reciprocity --directed --edge-kinds spinoff --null edges',
  ],
  async run({ positionals, options }, io) {
    checkDraws(options);
    if (options.weighted !== undefined) throw new UsageError('cug compares binary graphs: drop --weighted');
    const statistic = GRAPH_STATISTICS.find((s) => s.id === options.statistic)!;
    if (options.directed && !statistic.directed) throw new UsageError(`--statistic ${statistic.id} is defined on undirected views only: drop --directed`);
    if (!options.directed && statistic.directedOnly) throw new UsageError(`--statistic ${statistic.id} is defined on directed views only: add --directed`);
    if (statistic.needsGroups && (options.by === undefined || options.by.trim() === '')) throw new UsageError(`--statistic ${statistic.id} needs --by ATTR (e.g. region, or sphere)`);
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const built = buildView(graph, viewOptionsFrom(options));
    const { graph: simple, nodes } = simpleGraphOfView(built.graph);
    const by = statistic.needsGroups ? options.by : undefined;
    const groups = by !== undefined ? nodes.map((id) => groupValue(graph.getNodeAttributes(id), by)) : undefined;
    if (groups && groups.every((g) => g === undefined)) throw new UsageError(`no node of the view has attribute "${by}"`);
    const progress = progressReporter(io, `cug ${statistic.id}`);
    const model = options.null as NullModel;
    if (!Number.isInteger(options.workers) || options.workers < 1) throw new UsageError('--workers expects a positive integer');
    const request = {
      statistic: statistic.id,
      null: model,
      draws: options.draws,
      seed: options.seed,
      degree: { keepConnected: options.connected },
      ...(groups ? { groups } : {}),
      onProgress: (done: number, total: number) => progress.update(done, total),
    };
    let result: CugResult;
    if (options.workers === 1) {
      try {
        result = cugTest(simple, request);
      } finally {
        progress.done();
      }
    } else {
      const interrupt = watchInterrupt();
      try {
        result = await cugTestInWorkers(simple, { ...request, workers: options.workers, signal: interrupt.signal });
      } catch (err) {
        if (err instanceof AbortedError || interrupt.signal.aborted) throw new InterruptedError();
        throw err;
      } finally {
        interrupt.dispose();
        progress.done();
      }
    }
    const rows = pValueRows(statistic.id, result.p, ['greater', 'less']);
    const json = {
      view: built.view,
      statistic: { id: statistic.id, definition: statistic.definition, reference: statistic.reference },
      null: { model, description: NULL_TEXT[model], ...(model === 'degree' ? { swapsPerTie: DEGREE_NULL.swapsPerTie, keepConnected: options.connected } : {}) },
      draws: result.draws,
      seed: result.seed,
      ...(by !== undefined ? { by } : {}),
      observed: result.observed,
      undefinedDraws: result.undefinedDraws,
      distribution: result.distribution,
      p: result.p,
    };
    const d = result.distribution;
    const title =
      `${path}: ${statistic.id} on the ${describeView(built.view)} against ${result.draws} ${NULL_TEXT[model]} (seed ${result.seed})\n` +
      `observed ${shortNumber(result.observed)}; draws${result.undefinedDraws > 0 ? ` (${result.undefinedDraws} undefined, left out)` : ''}: mean ${shortNumber(d.mean)}, sd ${shortNumber(d.sd)}, range ${shortNumber(d.min)} … ${shortNumber(d.max)}`;
    await emit(io, options, { json, columns: pValueColumns(), rows, title });
    return 0;
  },
});
