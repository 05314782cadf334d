import { figureFormatFromPath, writeFigureFile, writtenFigureText } from '../../figures/export.js';
import { figureTextMeasurer } from '../../figures/font.js';
import { treeFigure } from '../../figures/tree/tree-figure.js';
import { UsageError, defineCommand } from '../command.js';
import { keepSpinoffTypes } from '../../metrics/lineage/spinoff-types.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, spinoffTypesArgument, spinoffTypesOption, yearFromOption } from '../graph-input.js';

export default defineCommand({
  name: 'figure tree',
  summary: 'Draw the spin-off tree below one root as a print-ready SVG, PNG or PDF figure.',
  description: `A layered tree, one level per generation (or, with --years, each firm on a founding-year
axis), the founding year under each name, listed companies marked * (with --mark-listed), a second
parent drawn as a dashed curve, inferred and illustrative ties dotted and dash-dotted, a legend and
a caption naming the sources of what is drawn. Names longer than the label width wrap onto up to
three lines, then end in "…". The font (Noto Sans JP) comes with ecograph and is embedded
(subset) in SVG and PDF files; the output format follows the extension of --output. --types
employee,academic draws only spin-off ties of those types (untyped ones are then left out) and the
caption says which types are drawn.`,
  positionals: [graphPositional],
  options: {
    root: { type: 'string', valueName: 'ID', description: 'id of the root node (see `ecograph lineage` for the roots)' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'output file: .svg, .png or .pdf (written atomically)' },
    orientation: { type: 'string', choices: ['vertical', 'horizontal'], default: 'vertical', description: 'generations go down (vertical) or right (horizontal)' },
    years: { type: 'boolean', description: 'position firms on a founding-year axis instead of one level per generation' },
    'max-generations': { type: 'number', valueName: 'N', description: 'draw at most N generations below the root' },
    'mark-listed': { type: 'boolean', description: 'mark listed companies with * and say so in the legend' },
    title: { type: 'string', valueName: 'T', description: 'title above the figure [default: "Spin-off tree of <root label>"]' },
    dpi: { type: 'number', default: 300, description: 'resolution of a PNG, dots per inch' },
    caption: { type: 'boolean', default: true, description: 'caption naming the sources (--no-caption: none)' },
    types: spinoffTypesOption,
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph figure tree graphs/hamamatsu-spinoffs.json --root nippon-gakki --mark-listed -o tree.svg',
    'ecograph figure tree graphs/sapporo-valley.json --root micro-computer-study-group --years --orientation horizontal -o sapporo.pdf',
    'ecograph figure tree graphs/hamamatsu-spinoffs.json --root nippon-gakki --max-generations 2 --dpi 600 -o tree.png',
    'ecograph figure tree graphs/hamamatsu-spinoffs.json --root nippon-gakki --types employee -o employee-tree.svg',
  ],
  async run({ positionals, options }, io) {
    if (options.root === undefined) throw new UsageError('--root ID is required');
    if (options.output === undefined) throw new UsageError('--output FILE (-o) is required');
    try {
      figureFormatFromPath(options.output);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const maxGenerations = options['max-generations'];
    if (maxGenerations !== undefined && !(Number.isInteger(maxGenerations) && maxGenerations >= 0))
      throw new UsageError(`--max-generations expects a whole number ≥ 0, got ${maxGenerations}`);
    if (!(options.dpi > 0 && options.dpi <= 2400)) throw new UsageError(`--dpi must be between 1 and 2400, got ${options.dpi}`);
    const types = spinoffTypesArgument(options.types);
    const loaded = await loadGraphArgument(positionals[0]!, options);
    const graph = types !== undefined ? keepSpinoffTypes(loaded, types) : loaded;
    if (!graph.hasNode(options.root)) throw new Error(`no node "${options.root}" in ${positionals[0]} (--root takes a node id; \`ecograph lineage\` lists the roots)`);
    const label = graph.getNodeAttribute(options.root, 'label') ?? options.root;
    const { layout, svg } = treeFigure(graph, options.root, figureTextMeasurer(), {
      orientation: options.orientation as 'vertical' | 'horizontal',
      years: options.years === true,
      markListed: options['mark-listed'] === true,
      title: options.title ?? `Spin-off tree of ${label}`,
      ...(maxGenerations !== undefined ? { maxGenerations } : {}),
      ...(types !== undefined ? { spinoffTypes: types } : {}),
      caption: options.caption !== false,
    });
    const written = await writeFigureFile(options.output, svg, layout, { dpi: options.dpi });
    // One box is what --max-generations 0 asks for; otherwise say why the tree is empty.
    if (layout.nodes.length === 1 && maxGenerations !== 0)
      io.stderr(
        `warning: ${label} (${options.root}) has no spin-offs in ${positionals[0]}${types === undefined ? '' : ` of type ${types.join(', ')}`}: the figure shows its box alone (\`ecograph lineage\` lists the roots with descendants)\n`,
      );
    io.stderr(`wrote ${options.output} (${written.format}, ${layout.nodes.length} firm${layout.nodes.length === 1 ? '' : 's'}, ${layout.generations} generation${layout.generations === 1 ? '' : 's'}, ${writtenFigureText(written, layout, options.dpi)}; spin-off ties drawn: ${types === undefined ? 'all types' : types.join(', ')})\n`);
    return 0;
  },
});
