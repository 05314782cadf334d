import { figureFormatFromPath, writeFigureFile, writtenFigureText } from '../../figures/export.js';
import { figureTextMeasurer } from '../../figures/font.js';
import { LABEL_LANGUAGES, figureLabel, type LabelLanguage } from '../../figures/label-choice.js';
import { aspectRatio, forestFigure, MIN_PRINTED_PT } from '../../figures/tree/tree-figure.js';
import { MAX_ASPECT } from '../../figures/tree/forest.js';
import { MIN_BAND_SIZE } from '../../figures/tree/layout.js';
import { buildSpinoffDag, lineageRoots } from '../../metrics/lineage/index.js';
import { UsageError, defineCommand } from '../command.js';
import { PAGE_NAMES, pageTextBlock, parseFigureWidth, type PageName } from '../figure-options.js';
import { keepSpinoffTypes } from '../../metrics/lineage/spinoff-types.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, spinoffTypesArgument, spinoffTypesOption, yearFromOption } from '../graph-input.js';

export default defineCommand({
  name: 'figure tree',
  summary: 'Draw the spin-off tree below one root, or several spin-off families together, as a print-ready SVG, PNG or PDF figure.',
  description: `A layered tree, one level per generation (or, with --years, each firm on a founding-year
axis), the founding year under each name, listed companies marked * (with --mark-listed), a second
parent joined by a dashed line routed around every box, inferred and illustrative ties dotted and
dash-dotted, a legend and a caption naming the sources of what is drawn. No link crosses a box.
Names longer than the label width wrap onto up to three lines, then end in "…" (keeping a short
parenthesised ending such as "(GPI)"). The font (Noto Sans JP) comes with ecograph and is embedded
(subset) in SVG and PDF files; the output format follows the extension of --output. --types
employee,academic draws only spin-off ties of those types (untyped ones are then left out) and the
caption says which types are drawn.

Several roots (--root a,b,c, or --all-roots for every root of a spin-off family in the graph, oldest
first) are drawn together as one chart of the region's spin-off families, each firm once (a firm
with parents in two families is drawn in the first and named in the caption). Families are laid out
in columns (horizontal) or rows (vertical) that wrap so that the figure keeps a page-like shape,
never longer than 3 times its width or wider than 3 times its height when wrapping can avoid it.
Without --orientation, several roots are drawn horizontally (generations left to right); one root
is drawn vertically unless that would be more than 3 times as wide as high, then horizontally.
Generations are labelled along the generation axis (root, 1st generation, …).

--width 174mm (two journal columns) or 85mm (one column) and --page a4|letter (the page's text
block) make the figure fit: families wrap into more columns or rows, a year axis narrows, the
orientation that fits better is taken (unless --orientation is given), and a figure still too
large is scaled down; stderr says so when names then print under 6.5 pt. --label ja prints the
Japanese names (labelJa), --label short a short form (labelShort, else the name without legal
form and parenthesised notes, or its acronym, e.g. GPI); both fall back to label.

A parent with many spin-offs makes one very long column (a tall, thin horizontal tree or a wide
vertical one). --band N sets the children of any parent with more than N of them in bands:
sub-columns (sub-rows in a vertical tree) side by side within their generation, about equally
full, read down then across in the children's order; links reach each band along the gaps
between rows, never through a box. --band auto (the default) uses bands only where they help:
when the figure would be scaled down to fit --width or --page, or when a generation's column makes
it more than 3 times as high as wide (as wide as high, vertically), with as many bands as make it
fit largest; --band off never does. Bands are not used with --years.`,
  positionals: [graphPositional],
  options: {
    root: { type: 'string', valueName: 'ID[,ID…]', description: 'id of the root node, or several ids separated by commas (see `ecograph lineage` for the roots)' },
    'all-roots': { type: 'boolean', description: 'draw every spin-off family of the graph (every root with spin-offs), oldest first' },
    output: { type: 'string', short: 'o', valueName: 'FILE', description: 'output file: .svg, .png or .pdf (written atomically)' },
    orientation: {
      type: 'string',
      choices: ['vertical', 'horizontal'],
      description: 'generations go down (vertical) or right (horizontal) [default: horizontal for several roots; vertical for one, horizontal when vertical would be over 3 times as wide as high]',
    },
    years: { type: 'boolean', description: 'position firms on a founding-year axis instead of one level per generation' },
    width: { type: 'string', valueName: 'LENGTH', description: 'printed width to fit: 174mm (two columns), 85mm (one column), or any length in mm, in or px [default: natural size]' },
    page: { type: 'string', choices: PAGE_NAMES, description: 'fit the text block of an A4 (170×257 mm) or US Letter (6.5×9 in) page' },
    label: { type: 'string', choices: LABEL_LANGUAGES, default: 'en', description: 'names printed: en (label), ja (labelJa) or short (labelShort or a shortened label)' },
    'max-generations': { type: 'number', valueName: 'N', description: 'draw at most N generations below the root' },
    band: {
      type: 'string',
      valueName: 'N|auto|off',
      default: 'auto',
      description: `set the children of a parent with more than N (at least ${MIN_BAND_SIZE}) in bands side by side; auto: where that makes the figure fit --width or --page better, or keeps it within 1:3; off: never`,
    },
    'mark-listed': { type: 'boolean', description: 'mark listed companies with * and say so in the legend' },
    title: { type: 'string', valueName: 'T', description: 'title above the figure [default: "Spin-off tree of <root label>", or "Spin-off families of <graph name>" for several roots]' },
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
    'ecograph figure tree graphs/hamamatsu-spinoffs.json --all-roots -o hamamatsu-families.png',
    'ecograph figure tree graphs/hamamatsu-spinoffs.json --all-roots --years --width 174mm --label ja -o hamamatsu-ja.pdf',
    'ecograph figure tree graphs/sapporo-valley.json --all-roots --page a4 --label short -o sapporo-a4.pdf',
    'ecograph figure tree graphs/hamamatsu-spinoffs.json --root nippon-gakki,hamamatsu-higher-technical-school -o two-families.pdf',
    'ecograph figure tree graphs/silicon-valley-semiconductors.json --root shockley-semiconductor --orientation horizontal --band 4 -o shockley-bands.svg',
  ],
  async run({ positionals, options }, io) {
    if (options.root === undefined && options['all-roots'] !== true) throw new UsageError('--root ID is required (or --all-roots)');
    if (options.root !== undefined && options['all-roots'] === true) throw new UsageError('give either --root or --all-roots, not both');
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
    if (options.years === true && options.band !== 'auto' && options.band !== 'off') io.stderr('note: --band is not used with --years (a firm sits at its founding year)\n');
    const band = options.band === 'auto' ? 'auto' : options.band === 'off' ? Infinity : Number(options.band);
    if (band !== 'auto' && band !== Infinity && !(Number.isInteger(band) && band >= MIN_BAND_SIZE))
      throw new UsageError(`--band expects auto, off or a whole number ≥ ${MIN_BAND_SIZE} (most children in one column), got ${options.band}`);
    const rootIds = options.root === undefined ? [] : options.root.split(',').map((id) => id.trim());
    if (rootIds.some((id) => id === '')) throw new UsageError(`--root: empty id in "${options.root}" (ids are separated by commas)`);
    const types = spinoffTypesArgument(options.types);
    const width = options.width === undefined ? undefined : parseFigureWidth(options.width);
    const page = options.page === undefined ? undefined : pageTextBlock(options.page as PageName);
    const language = options.label as LabelLanguage;
    const loaded = await loadGraphArgument(positionals[0]!, options);
    const graph = types !== undefined ? keepSpinoffTypes(loaded, types) : loaded;
    for (const id of rootIds)
      if (!graph.hasNode(id)) throw new Error(`no node "${id}" in ${positionals[0]} (--root takes node ids; \`ecograph lineage\` lists the roots)`);
    let roots = rootIds;
    if (options['all-roots'] === true) {
      const dag = buildSpinoffDag(graph);
      const founded = (id: string) => graph.getNodeAttribute(id, 'founded') ?? Infinity;
      roots = lineageRoots(dag)
        .map((r) => dag.ids[r]!)
        .sort((a, b) => founded(a) - founded(b) || (a < b ? -1 : a > b ? 1 : 0));
      if (roots.length === 0) throw new Error(`${positionals[0]} has no spin-off ties${types === undefined ? '' : ` of type ${types.join(', ')}`}: no families to draw`);
    }
    const label = (id: string) => figureLabel(id, graph.getNodeAttributes(id), language);
    const name = graph.getAttribute('name');
    const defaultTitle = roots.length === 1 ? `Spin-off tree of ${label(roots[0]!)}` : `Spin-off families of ${typeof name === 'string' && name ? name : positionals[0]}`;
    const figure = forestFigure(graph, roots, figureTextMeasurer(), {
      ...(options.orientation !== undefined ? { orientation: options.orientation as 'vertical' | 'horizontal' } : {}),
      years: options.years === true,
      markListed: options['mark-listed'] === true,
      title: options.title ?? defaultTitle,
      ...(maxGenerations !== undefined ? { maxGenerations } : {}),
      maxBandSize: band,
      ...(types !== undefined ? { spinoffTypes: types } : {}),
      caption: options.caption !== false,
      labelLanguage: language,
      ...(width !== undefined ? { width } : {}),
      ...(page !== undefined ? { page } : {}),
    });
    const { layout, svg } = figure;
    const printed = { width: figure.width, height: figure.height };
    const written = await writeFigureFile(options.output, svg, printed, { dpi: options.dpi });
    // One box is what --max-generations 0 asks for; otherwise say which roots have nothing below them.
    if (maxGenerations !== 0) {
      const parents = new Set(layout.links.filter((l) => l.role === 'tree').map((l) => l.from));
      const drawn = new Set(layout.nodes.map((n) => n.id));
      const alone = roots.filter((id) => drawn.has(id) && !parents.has(id) && layout.nodes.find((n) => n.id === id)!.generation === 0);
      for (const id of alone)
        io.stderr(
          `warning: ${label(id)} (${id}) has no spin-offs in ${positionals[0]}${types === undefined ? '' : ` of type ${types.join(', ')}`}: the figure shows its box alone (\`ecograph lineage\` lists the roots with descendants)\n`,
        );
    }
    if (figure.scale < 1) {
      const pt = layout.fontSize * figure.scale * 0.75;
      io.stderr(
        `${pt < MIN_PRINTED_PT ? 'warning' : 'note'}: the figure was scaled to ${Math.round(figure.scale * 100)}% to fit ${options.page !== undefined ? `the ${options.page} page` : options.width}; names print at ${pt.toFixed(1)} pt${pt < MIN_PRINTED_PT ? ` (under ${MIN_PRINTED_PT} pt: try --label short, --max-generations, the other --orientation or a wider --width)` : ''}\n`,
      );
    }
    if (layout.bandedParents.length > 0)
      io.stderr(`note: the children of ${layout.bandedParents.length === 1 ? label(layout.bandedParents[0]!) : `${layout.bandedParents.length} parents`} are set in bands side by side (--band off: one column)\n`);
    // A root inside an earlier family is drawn in that family, not as a family of its own.
    const families = layout.nodes.filter((n) => n.generation === 0).length;
    if (aspectRatio(layout) > MAX_ASPECT)
      io.stderr(
        `note: the figure is ${Math.round(printed.width)}×${Math.round(printed.height)} px, more than ${MAX_ASPECT} times as ${layout.width > layout.height ? 'wide as high' : 'high as wide'}${options.orientation !== undefined ? `; --orientation ${options.orientation === 'vertical' ? 'horizontal' : 'vertical'} may give a more compact figure` : ''}\n`,
      );
    io.stderr(`wrote ${options.output} (${written.format}, ${families > 1 ? `${families} families, ` : ''}${layout.nodes.length} firm${layout.nodes.length === 1 ? '' : 's'}, ${layout.generations} generation${layout.generations === 1 ? '' : 's'}, ${writtenFigureText(written, printed, options.dpi)}; spin-off ties drawn: ${types === undefined ? 'all types' : types.join(', ')})\n`);
    return 0;
  },
});
