import { stat } from 'node:fs/promises';
import { saveGraph } from '../../io/files.js';
import { FILE_FORMATS, formatFromPath } from '../../io/formats.js';
import type { FormatName } from '../../model/raw.js';
import { UsageError, defineCommand } from '../command.js';
import { encodingOption, kindFromOption, labelFromOption, kindMapOption, loadGraphArgument, yearFromOption } from '../graph-input.js';

export default defineCommand({
  name: 'convert',
  summary: 'Convert a graph between native JSON, CSV (nodes.csv + edges.csv), GEXF, GraphML and Excel (.xlsx).',
  description: `The output format comes from the extension (a directory or a path ending in / means CSV)
or from --to. The input is validated first; output files are written atomically, so a failed run
leaves earlier files intact. CSV is written as plain UTF-8 (Python and R read it); --excel adds the
byte order mark Excel needs to show Japanese. A .xlsx output uses Kumu's layout (Elements,
Connections), which Excel and Kumu open.`,
  positionals: [
    { name: 'in', description: 'input graph file or CSV directory', required: true },
    { name: 'out', description: 'output file, or directory for CSV', required: true },
  ],
  options: {
    to: { type: 'string', choices: FILE_FORMATS, description: 'output format (default: from the extension)' },
    excel: { type: 'boolean', description: 'CSV output: start each file with the UTF-8 byte order mark Excel needs' },
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    encoding: encodingOption,
    'kind-map': kindMapOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph convert les-miserables.gexf /tmp/lm.json',
    'ecograph convert graphs/sapporo-valley.json /tmp/sapporo/   # CSV directory',
    'ecograph convert spreadsheet/ ecosystem.graphml',
    'ecograph convert graphs/sapporo-valley.json /tmp/sapporo.xlsx',
    'ecograph convert graphs/sapporo-valley.json /tmp/sapporo-excel/ --excel',
  ],
  async run({ positionals, options }, io) {
    const [input, output] = positionals as [string, string];
    let isDir = false;
    try {
      isDir = (await stat(output)).isDirectory();
    } catch {
      // new path
    }
    const format = (options.to as FormatName | undefined) ?? formatFromPath(output, isDir);
    if (format === undefined) throw new UsageError(`cannot tell the output format of "${output}": use --to ${FILE_FORMATS.join('|')}`);
    const graph = await loadGraphArgument(input, options);
    const written = await saveGraph(graph, output, format, { excel: options.excel === true });
    io.stderr(`wrote ${graph.order} nodes and ${graph.size} edges as ${format}: ${written.join(', ')}\n`);
    return 0;
  },
});
