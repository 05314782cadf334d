import { writeFileAtomic } from '../../io/atomic-write.js';
import { saveGraph } from '../../io/files.js';
import {
  addInferredSpinoffs,
  compactLineageSummary,
  inferSpinoffsFromCareers,
  keepSpinoffTypes,
  lineageSummary,
  spinoffTypeReport,
  spinoffTypesSentence,
  type CareerInference,
  type SpinoffTypeReport,
  type LineageReport,
  type RootSummary,
} from '../../metrics/lineage/index.js';
import { asOfGraph, describeAsOf, type AsOfDescription } from '../../metrics/evolution/snapshot.js';
import { UsageError, defineCommand } from '../command.js';
import { asOfFrom, timeOptions } from '../view-options.js';
import { COMPACT_MIN_BYTES, LOADERS, loadCompactGraph, routeFor, type Loader } from '../../open/index.js';
import { checkOpenedAttributes, graphPositional, kindFromOption, labelFromOption, loadGraphArgument, spinoffTypesArgument, spinoffTypesOption, yearFromOption, openerOptionsOf } from '../graph-input.js';
import { InterruptedError, watchInterrupt } from '../interrupt.js';
import { checkOutputFile, emit, formatOption, outputOption, renderTable, type Column } from '../output.js';
import { progressReporter } from '../progress.js';

const span = (r: RootSummary) =>
  r.span.first === null ? '' : r.span.first === r.span.last ? String(r.span.first) : `${r.span.first}–${r.span.last}`;

/** The table's columns, with short headers so that whole root ids fit (the description names them). */
const TABLE_COLUMNS: readonly Column<RootSummary>[] = [
  { header: 'root', whole: true, value: (r) => r.root },
  { header: 'label', minWidth: 12, value: (r) => r.label },
  { header: 'gens', value: (r) => r.generations, numeric: true },
  { header: 'desc', value: (r) => r.descendants, numeric: true },
  { header: 'by gen', value: (r) => r.byGeneration.join(' / ') },
  { header: 'listed', value: (r) => r.listedDescendants, numeric: true },
  { header: 'leaves', value: (r) => r.leaves, numeric: true },
  { header: 'mean ch', value: (r) => (r.meanChildren === null ? '' : r.meanChildren.toFixed(2)), numeric: true },
  { header: 'max ch', value: (r) => r.maxChildren, numeric: true },
  { header: 'founded', whole: true, value: span },
  { header: 'gap (y)', value: (r) => r.medianGapYears, numeric: true },
];

const CSV_COLUMNS: readonly Column<RootSummary>[] = [
  { header: 'root', value: (r) => r.root },
  { header: 'label', value: (r) => r.label },
  { header: 'generations', value: (r) => r.generations },
  { header: 'descendants', value: (r) => r.descendants },
  { header: 'byGeneration', value: (r) => r.byGeneration.join(' ') },
  { header: 'listedDescendants', value: (r) => r.listedDescendants },
  { header: 'leaves', value: (r) => r.leaves },
  { header: 'meanChildren', value: (r) => r.meanChildren },
  { header: 'maxChildren', value: (r) => r.maxChildren },
  { header: 'spanFirst', value: (r) => r.span.first },
  { header: 'spanLast', value: (r) => r.span.last },
  { header: 'medianGapYears', value: (r) => r.medianGapYears },
];

function inferenceJson(inference: CareerInference) {
  return {
    inferred: inference.inferred.map((e) => {
      const { kind: _kind, ...attributes } = e.attributes;
      return { key: e.key, parent: e.parent, child: e.child, persons: e.persons, ...attributes };
    }),
    skipped: inference.skipped,
  };
}

function inferenceText(inference: CareerInference): string {
  const lines = ['', `Spin-offs inferred from careers: ${inference.inferred.length}`];
  for (const e of inference.inferred) lines.push(`  ${e.parent} → ${e.child}   (${e.persons.join(', ')})`);
  if (inference.skipped.length > 0) {
    lines.push('', `Skipped: ${inference.skipped.length}`);
    for (const s of inference.skipped) lines.push(`  [${s.reason}] ${s.message}`);
  }
  return lines.join('\n') + '\n';
}

export default defineCommand({
  name: 'lineage',
  summary: 'Spin-off trees: generations, descendants per generation, leaves, branching and founding gaps per root.',
  description: `Reads the spin-off ties (parent organisation → child firm), which must be acyclic (a cycle is
a validation error naming it). Roots are the nodes with spin-off children and no spin-off parent, or
the --root given. generations = the longest spin-off path from the root; descendants = nodes
reachable from it, each counted once (a firm with two parents too); byGeneration[i] = descendants at
generation i+1, a firm's generation being its longest path from the root. leaves = descendants with
no spin-off children; meanChildren / maxChildren = spin-off children over the tree's nodes (root
included) that have any; span = first and last founding year of the root and its descendants;
medianGapYears = median of child founded − parent founded over links with both years. Values that
cannot be computed are null. The table's short headers: gens = generations, desc = descendants,
by gen = byGeneration, listed = listed descendants, mean ch / max ch = meanChildren / maxChildren,
founded = span, gap (y) = medianGapYears; -o FILE.csv or --format csv has the full names. JSON also lists every node of the trees ("firms") with its generation
(the largest over its roots), per-root generations, roots and parents.

--infer-from-careers adds a spin-off P → F for each person with an employee or faculty affiliation at
P who founded F (confidence "inferred", sources of the two ties, notes naming the person), skipping
existing ties, P = F, ties that would close a cycle, and affiliations that began after the founding;
the inferred and skipped ties are listed, and --write saves the graph with the inferred ties.

--types employee,academic counts only spin-off ties of those types (untyped ones are then left out);
the report always says which types it counted (JSON: "spinoffTypes": { counted: "all" }, or with
--types { counted, ties, countedTies, totalTies }: how many ties of each type the graph has). Inferred ties have no type, so
--types and --infer-from-careers do not go together.

Large inputs: a CSV directory or .json file of ${COMPACT_MIN_BYTES / (1024 * 1024)} MiB or more is streamed straight into arrays and
the trees are walked on typed arrays (same validation, same report; --loader standard|compact
forces one way; --infer-from-careers and --types always read the whole graph). Ctrl-C while loading stops:
nothing is written, exit code 130.

With --at Y the trees are those of the ecosystem as it stood at the end of Y (the rules of ecograph
timeline: with --window N a spin-off counts for N years only), and JSON adds "asOf".`,
  positionals: [graphPositional],
  options: {
    root: { type: 'string', valueName: 'ID', description: 'summarise the tree below this node only' },
    'infer-from-careers': { type: 'boolean', description: 'add spin-off ties implied by affiliation + founded ties' },
    types: spinoffTypesOption,
    write: { type: 'string', valueName: 'OUT', description: 'with --infer-from-careers: save the graph with the inferred ties (format from the extension)' },
    format: formatOption,
    output: outputOption,
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
    loader: {
      type: 'string',
      choices: LOADERS,
      default: 'auto',
      description: `read the graph fully (standard) or straight into arrays (compact); auto: compact from ${COMPACT_MIN_BYTES / (1024 * 1024)} MiB`,
    },
    ...timeOptions,
  },
  examples: [
    'ecograph lineage graphs/hamamatsu-spinoffs.json',
    'ecograph lineage graphs/sapporo-valley.json --root hudson --format json',
    'ecograph lineage graphs/hamamatsu-spinoffs.json --types employee,academic',
    'ecograph lineage careers.json --infer-from-careers --write careers-with-spinoffs.json',
    'ecograph lineage graphs/hamamatsu-spinoffs.json --at 1960',
  ],
  async run({ positionals, options }, io) {
    const infer = options['infer-from-careers'] === true;
    if (options.write !== undefined && !infer) throw new UsageError('--write saves inferred ties: use it with --infer-from-careers');
    const path = positionals[0]!;
    if (infer && options.loader === 'compact') throw new UsageError('--infer-from-careers reads the whole graph: use --loader standard or auto');
    const asOf = asOfFrom(options);
    if (asOf && options.write !== undefined) throw new UsageError('--write saves the whole graph: leave out --at');
    let asOfDescription: AsOfDescription | undefined;
    const types = spinoffTypesArgument(options.types);
    if (types !== undefined && infer) throw new UsageError('--types counts typed spin-off ties and inferred ties have no type: use one of --types and --infer-from-careers');
    if (types !== undefined && options.loader === 'compact') throw new UsageError("--types reads each tie's type: use --loader standard or auto");
    let report: LineageReport;
    let typeReport: SpinoffTypeReport | undefined;
    let name: unknown;
    let inference: CareerInference | undefined;
    const route = await routeFor(path, {
      loader: options.loader as Loader,
      fullGraph: infer ? 'inferring spin-offs from careers reads the whole graph' : types !== undefined ? "--types reads each tie's type" : undefined,
      asOf: asOf !== undefined,
    });
    if (route === 'compact') {
      const progress = progressReporter(io, 'lineage');
      const interrupt = watchInterrupt();
      try {
        const load = await loadCompactGraph(path, {
          ...openerOptionsOf(options),
          keep: { labels: true, lineage: true },
          ...(asOf ? { view: { asOf } } : {}),
          signal: interrupt.signal,
          onProgress: (p) => progress.labelled('load')(p.bytesRead, p.totalBytes),
        });
        checkOpenedAttributes({ load }, options, path);
        if (options.root !== undefined && !load.graph.index.has(options.root))
          throw new UsageError(`--root "${options.root}" is not a node of ${path}${asOf ? ` as of the end of ${asOf.year}` : ''}`);
        report = compactLineageSummary(
          { ids: load.graph.nodes, labels: load.labels!, founded: load.founded!, listed: load.listed!, spinoffs: load.spinoffs!, indexOf: (id) => load.graph.index.get(id) },
          options.root !== undefined ? { roots: [options.root] } : {},
        );
        name = load.attributes.name;
        asOfDescription = load.view.asOf;
        if (interrupt.signal.aborted) throw new InterruptedError();
      } catch (err) {
        if (interrupt.signal.aborted) throw new InterruptedError();
        throw err;
      } finally {
        interrupt.dispose();
        progress.done();
      }
    } else {
      const loaded = await loadGraphArgument(path, options);
      if (types !== undefined) typeReport = spinoffTypeReport(loaded, types);
      let graph = types !== undefined ? keepSpinoffTypes(loaded, types) : loaded;
      if (asOf) ({ graph, asOf: asOfDescription } = asOfGraph(graph, asOf));
      if (options.root !== undefined && !graph.hasNode(options.root))
        throw new UsageError(`--root "${options.root}" is not a node of ${path}${asOf ? ` as of the end of ${asOf.year}` : ''}`);
      if (infer) {
        inference = inferSpinoffsFromCareers(graph);
        addInferredSpinoffs(graph, inference.inferred);
        if (options.write !== undefined) {
          const written = await saveGraph(graph, options.write);
          io.stderr(`wrote the graph with ${inference.inferred.length} inferred spin-off tie(s): ${written.join(', ')}\n`);
        }
      }
      report = lineageSummary(graph, options.root !== undefined ? { roots: [options.root] } : {});
      name = graph.getAttribute('name');
    }
    if (options.format === 'table') {
      let text = `${path}${typeof name === 'string' ? ` — ${name}` : ''}${asOfDescription ? `, ${describeAsOf(asOfDescription)}` : ''}: ${report.roots.length} spin-off tree(s)\n`;
      text += typeReport ? `${spinoffTypesSentence(typeReport)}\n\n` : 'Spin-off ties counted: all types.\n\n';
      text += report.roots.length > 0 ? renderTable(TABLE_COLUMNS, report.roots) : 'No node has spin-off children.\n';
      if (inference) text += inferenceText(inference);
      if (options.output) {
        checkOutputFile(options.output);
        await writeFileAtomic(options.output, text);
      }
      else io.stdout(text);
      return 0;
    }
    const typed = { ...report, spinoffTypes: typeReport ?? { counted: 'all' } };
    const withInference = inference ? { ...typed, ...inferenceJson(inference) } : typed;
    const json = asOfDescription ? { asOf: asOfDescription, ...withInference } : withInference;
    await emit(io, options, { json, columns: CSV_COLUMNS, rows: report.roots });
    if (inference && options.format === 'csv')
      io.stderr(`${inference.inferred.length} spin-off tie(s) inferred, ${inference.skipped.length} skipped (--format json lists them)\n`);
    return 0;
  },
});
