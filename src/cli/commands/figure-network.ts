import { figureFormatFromPath, writeFigureFile } from '../../figures/export.js';
import { figureTextMeasurer } from '../../figures/font.js';
import { SIZE_MEASURES } from '../../figures/network/measures.js';
import { networkFigure } from '../../figures/network/network-figure.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, yearFromOption } from '../graph-input.js';

/** Reads `--labels top:N` (or a bare N). */
function parseLabels(value: string): number {
  const m = /^(?:top:)?(\d+)$/.exec(value.trim());
  if (!m) throw new UsageError(`--labels expects top:N (e.g. top:15), got "${value}"`);
  return Number(m[1]);
}

export default defineCommand({
  name: 'figure network',
  summary: 'Draw the network as a print-ready SVG, PNG or PDF map (ForceAtlas2 layout).',
  description: `Nodes are placed by ForceAtlas2 from seeded starting positions (same --seed, same figure),
sized by a measure on the simple undirected projection and coloured by kind (the palette of the web
explorer) or by Louvain community (seeded). The top N nodes by size are labelled; labels never
overlap and stay on the canvas (a thin leader line joins a label placed away from its node). A
legend and a caption naming the sources come with the figure. The output format follows the
extension of --output; the font (Noto Sans JP) comes with ecograph and is embedded (subset) in SVG and PDF files.`,
  positionals: [graphPositional],
  options: {
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'output file: .svg, .png or .pdf (written atomically)' },
    color: { type: 'string', choices: ['kind', 'community'], default: 'kind', description: 'colour nodes by kind or by Louvain community' },
    size: { type: 'string', choices: SIZE_MEASURES, default: 'degree', description: 'measure that sizes the nodes' },
    labels: { type: 'string', valueName: 'top:N', default: 'top:10', description: 'label the N largest nodes' },
    seed: { type: 'number', default: 42, description: 'seed of the layout (and of Louvain)' },
    iterations: { type: 'number', default: 600, description: 'ForceAtlas2 iterations' },
    title: { type: 'string', valueName: 'T', description: 'title above the figure [default: the graph name]' },
    dpi: { type: 'number', default: 300, description: 'resolution of a PNG, dots per inch' },
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph figure network graphs/kyoto-life-science.json -o kyoto.svg',
    'ecograph figure network graphs/sapporo-valley.json --color community --size betweenness --labels top:15 --seed 7 -o sapporo.pdf',
  ],
  async run({ positionals, options }, io) {
    if (options.output === undefined) throw new UsageError('--output FILE (-o) is required');
    try {
      figureFormatFromPath(options.output);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const labels = parseLabels(options.labels);
    if (!Number.isInteger(options.seed)) throw new UsageError(`--seed expects a whole number, got ${options.seed}`);
    if (!(Number.isInteger(options.iterations) && options.iterations >= 0)) throw new UsageError(`--iterations expects a whole number ≥ 0, got ${options.iterations}`);
    if (!(options.dpi > 0 && options.dpi <= 2400)) throw new UsageError(`--dpi must be between 1 and 2400, got ${options.dpi}`);
    const graph = await loadGraphArgument(positionals[0]!, options);
    if (graph.order === 0) throw new Error(`${positionals[0]} has no nodes to draw`);
    const name = graph.getAttribute('name');
    const { layout, svg } = networkFigure(graph, figureTextMeasurer(), {
      color: options.color as 'kind' | 'community',
      size: options.size,
      labels,
      seed: options.seed,
      iterations: options.iterations,
      title: options.title ?? (typeof name === 'string' ? name : ''),
    });
    const written = await writeFigureFile(options.output, svg, layout, { dpi: options.dpi });
    io.stderr(`wrote ${options.output} (${written.format}, ${layout.nodes.length} nodes, ${layout.edges.length} ties, ${layout.labels.length} labels, ${written.width}×${written.height} ${written.unit})\n`);
    return 0;
  },
});
