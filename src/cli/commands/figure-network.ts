import { figureFormatFromPath, writeFigureFile, writtenFigureText } from '../../figures/export.js';
import { figureTextMeasurer } from '../../figures/font.js';
import { SIZE_MEASURES } from '../../figures/network/measures.js';
import { networkFigure } from '../../figures/network/network-figure.js';
import type { LabelChoice } from '../../figures/network/layout.js';
import { parseFigureWidth } from '../figure-options.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, yearFromOption } from '../graph-input.js';

/** Reads `--labels all|none|top:N|ID,ID,…` (a bare N is top:N). */
function parseLabels(value: string): LabelChoice {
  const v = value.trim();
  if (v === 'all' || v === 'none') return v;
  const m = /^(?:top:)?(\d+)$/.exec(v);
  if (m) return Number(m[1]);
  if (/^top:/.test(v) || v === '') throw new UsageError(`--labels expects all, none, top:N (e.g. top:15) or node ids separated by commas, got "${value}"`);
  return v.split(',').map((id) => id.trim()).filter((id) => id !== '');
}

export default defineCommand({
  name: 'figure network',
  summary: 'Draw the network as a print-ready SVG, PNG or PDF map (ForceAtlas2 layout).',
  description: `Nodes are placed by ForceAtlas2 from seeded starting positions (same --seed, same figure),
sized by a measure on the simple undirected projection and coloured by kind (Okabe–Ito, safe for
colour-blind readers) or by Louvain community (seeded). Each kind of tie has its own stroke, told
apart without colour too: spin-off black, thick, with an arrowhead; investment dashed with an
arrowhead; collaboration solid without one; founded dotted; mentorship dash-dot; affiliation thin
and light. Parallel ties of different kinds are drawn as separate curves. Illustrative and inferred
ties are hollow. With --print bw everything is black and grey and the kinds of actor are told by
marker shape. The figure is laid out at its printed --width, so text sizes are printed sizes: every
node is labelled that has room at 6.5 pt or more (with a leader line where needed); labels never
overlap each other or a node, and those that found no room are listed on stderr. A legend (kinds,
ties, node size) and a caption naming the sources come with the figure. The output format follows
the extension of --output; the font (Noto Sans JP) comes with ecograph and is embedded (subset) in SVG and PDF files.`,
  positionals: [graphPositional],
  options: {
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'output file: .svg, .png or .pdf (written atomically)' },
    color: { type: 'string', choices: ['kind', 'community'], default: 'kind', description: 'colour nodes by kind or by Louvain community' },
    size: { type: 'string', choices: SIZE_MEASURES, default: 'degree', description: 'measure that sizes the nodes' },
    labels: { type: 'string', valueName: 'WHICH', default: 'all', description: 'nodes to label: all, none, top:N (the N largest) or node ids separated by commas' },
    print: { type: 'string', choices: ['color', 'bw'], default: 'color', description: 'colour, or black and white (kinds of actor by marker shape)' },
    width: { type: 'string', valueName: 'LENGTH', default: '174mm', description: 'printed width: 174mm (two columns), 85mm (one column), or any length in mm, in or px' },
    seed: { type: 'number', default: 42, description: 'seed of the layout (and of Louvain)' },
    iterations: { type: 'number', default: 600, description: 'ForceAtlas2 iterations' },
    title: { type: 'string', valueName: 'T', description: 'title above the figure [default: the graph name]' },
    dpi: { type: 'number', default: 300, description: 'resolution of a PNG, dots per inch' },
    caption: { type: 'boolean', default: true, description: 'caption naming the sources, layout and size measure (--no-caption: none)' },
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph figure network graphs/kyoto-life-science.json -o kyoto.svg',
    'ecograph figure network graphs/hamamatsu-spinoffs.json --print bw --width 85mm -o hamamatsu-bw.pdf',
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
    const width = parseFigureWidth(options.width);
    if (!Number.isInteger(options.seed)) throw new UsageError(`--seed expects a whole number, got ${options.seed}`);
    if (!(Number.isInteger(options.iterations) && options.iterations >= 0)) throw new UsageError(`--iterations expects a whole number ≥ 0, got ${options.iterations}`);
    if (!(options.dpi > 0 && options.dpi <= 2400)) throw new UsageError(`--dpi must be between 1 and 2400, got ${options.dpi}`);
    const graph = await loadGraphArgument(positionals[0]!, options);
    if (graph.order === 0) throw new Error(`${positionals[0]} has no nodes to draw`);
    if (Array.isArray(labels)) {
      const unknown = labels.filter((id) => !graph.hasNode(id));
      if (unknown.length) throw new UsageError(`--labels names nodes not in the graph: ${unknown.join(', ')}`);
    }
    const name = graph.getAttribute('name');
    const { layout, svg } = networkFigure(graph, figureTextMeasurer(), {
      color: options.color as 'kind' | 'community',
      print: options.print as 'color' | 'bw',
      width,
      size: options.size,
      labels,
      seed: options.seed,
      iterations: options.iterations,
      title: options.title ?? (typeof name === 'string' ? name : ''),
      caption: options.caption !== false,
    });
    const written = await writeFigureFile(options.output, svg, layout, { dpi: options.dpi });
    if (layout.droppedLabels.length)
      io.stderr(`labels dropped (no room at 6.5 pt or more at ${options.width}): ${layout.droppedLabels.map((d) => `${d.label} (${d.id})`).join(', ')}\n`);
    io.stderr(`wrote ${options.output} (${written.format}, ${layout.nodes.length} nodes, ${layout.edges.length} ties, ${layout.labels.length} labels, ${writtenFigureText(written, layout, options.dpi)})\n`);
    return 0;
  },
});
