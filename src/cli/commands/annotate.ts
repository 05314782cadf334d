import { stat } from 'node:fs/promises';
import { saveGraph } from '../../io/files.js';
import { FILE_FORMATS, formatFromPath } from '../../io/formats.js';
import { ANNOTATIONS, writeAnnotations, type AnnotationValues } from '../../metrics/annotations.js';
import { MetricError } from '../../metrics/metric-error.js';
import type { FormatName } from '../../model/raw.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, loadGraphArgument } from '../graph-input.js';
import { progressReporter } from '../progress.js';
import { viewOptions, viewOptionsFrom } from '../view-options.js';

const IDS = ANNOTATIONS.map((a) => a.id);

export default defineCommand({
  name: 'annotate',
  summary: 'Write the graph with computed node measures as typed node attributes, ready for Gephi.',
  description: `Computes the measures named in --measures and writes the whole graph to -o with one node
attribute per output; every other node, edge and graph attribute is written as it was read (reading
the output back and dropping the added attributes gives the input graph). The output format comes
from the extension: .gexf (Gephi), .graphml, .json (ecograph), .xlsx (an Excel workbook with a
nodes and an edges sheet), or a directory / .csv path for CSV (nodes.csv + edges.csv). GEXF and GraphML declare each attribute with its type: counts as integers
(type long), measures as double, names as string (a measure whose values all happen to be whole
numbers is declared long); CSV headers carry the type (degree:number); Excel cells hold numbers.
Measures and the attributes they write:
${ANNOTATIONS.map((a) => `  ${a.id.padEnd(12)} ${a.attributes.map((c) => `${c.name} (${c.type})`).join(', ')}\n  ${''.padEnd(12)} ${a.description}`).join('\n')}
Centralities run on the view (view flags; default the simple undirected projection). A node gets no
value where a measure is undefined (e.g. outside every spin-off tree). A measure that cannot run is
named and stops the command when asked by name; with --measures all it is skipped with the reason on
stderr. An attribute the graph already holds is never overwritten: the command stops and says which.`,
  positionals: [graphPositional],
  options: {
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'output graph file (.gexf, .graphml, .json, .xlsx) or CSV directory (required)' },
    measures: { type: 'string', valueName: 'LIST', default: 'all', description: `comma-separated measures (${IDS.join(', ')}) or all` },
    ...viewOptions,
    'kind-from': kindFromOption,
  },
  examples: [
    'ecograph annotate graphs/kyoto-life-science.json -o kyoto-annotated.gexf',
    'ecograph annotate graphs/hamamatsu-spinoffs.json --measures betweenness,community,lineage -o hamamatsu.graphml',
  ],
  async run({ positionals, options }, io) {
    const output = options.output;
    if (output === undefined) throw new UsageError('-o FILE is required (.gexf, .graphml, .json, .xlsx or a CSV directory)');
    let isDir = false;
    try {
      isDir = (await stat(output)).isDirectory();
    } catch {
      // a new path
    }
    const format: FormatName | undefined = formatFromPath(output, isDir);
    if (format === undefined) throw new UsageError(`cannot tell the output format of "${output}": use an extension of ${FILE_FORMATS.join(', ')} (CSV: a directory)`);
    const all = options.measures === 'all';
    const requested = all ? IDS : options.measures.split(',').map((m) => m.trim()).filter((m) => m !== '');
    const unknown = requested.filter((m) => !IDS.includes(m));
    if (requested.length === 0 || unknown.length > 0) throw new UsageError(`--measures: unknown measure(s) ${unknown.join(', ') || '(none given)'} (known: ${IDS.join(', ')}, all)`);
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const view = viewOptionsFrom(options);
    const progress = progressReporter(io, 'annotate');
    const values: AnnotationValues = {};
    const written: string[] = [];
    try {
      for (const [i, id] of requested.entries()) {
        progress.update(i, requested.length);
        const a = ANNOTATIONS.find((x) => x.id === id)!;
        try {
          Object.assign(values, a.compute(graph, view));
          written.push(id);
        } catch (err) {
          if (!all || !(err instanceof MetricError || (err instanceof Error && err.name === 'SpinoffCycleError'))) throw err;
          io.stderr(`ecograph annotate: skipped ${id}: ${err.message}\n`);
        }
      }
    } finally {
      progress.done();
    }
    let names: string[];
    try {
      names = writeAnnotations(graph, values);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const files = await saveGraph(graph, output, format);
    io.stderr(`wrote ${graph.order} nodes and ${graph.size} edges as ${format} with ${names.length} added node attributes (${names.join(', ')}) from ${written.join(', ')}: ${files.join(', ')}\n`);
    return 0;
  },
});
