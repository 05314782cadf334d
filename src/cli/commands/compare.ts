import { basename } from 'node:path';
import { comparisonChartSvg } from '../../figures/charts/comparison-chart.js';
import { writeFigureFile } from '../../figures/export.js';
import { COMPARE_INDICATORS, DEFAULTS as COMPARE_DEFAULTS, compareRegions, type IndicatorDefinition } from '../../metrics/evolution/compare.js';
import { describeRules } from '../../metrics/evolution/snapshot.js';
import type { EcoGraph } from '../../model/types.js';
import { UsageError, defineCommand } from '../command.js';
import { keepSpinoffTypes, spinoffTypeReport, type SpinoffTypeReport } from '../../metrics/lineage/spinoff-types.js';
import { kindFromOption, labelFromOption, loadGraphArgument, spinoffTypesArgument, spinoffTypesOption, yearFromOption } from '../graph-input.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { progressReporter } from '../progress.js';
import { checkChartOptions, ruleConsequence, undatedNote } from '../evolution-output.js';
import { atOption, timeRuleOptions, timeRulesFrom } from '../view-options.js';

const IDS = COMPARE_INDICATORS.map((d) => d.id);

/**
 * The region name of a graph: its `name` attribute, else the file name without extension.
 *
 * @param graph - the loaded graph
 * @param path - the file it came from
 * @example
 * regionName(graph, 'graphs/kobe-biomedical.json'); // "Kobe biomedical" (its name attribute)
 */
export function regionName(graph: EcoGraph, path: string): string {
  const name = graph.getAttribute('name');
  return typeof name === 'string' && name.trim() !== '' ? name : basename(path).replace(/\.[^.]+$/, '');
}

export default defineCommand({
  name: 'compare',
  summary: 'Compare clusters: the same network indicators and NISTEP-condition proxies for several graphs, one column per region.',
  description: `Each graph is a region (named by its "name" attribute, else its file name) and is measured on
its whole recorded graph: every actor and tie, dissolved or ended ones included (the last row of
\`ecograph timeline\` measures the snapshot at the last year instead), or with --at Y on the
ecosystem as it stood at the end of Y (the rules of ecograph timeline). Elements without their own
start date are treated by --undated (default bound: placed by a derived bound, left out without one),
and every region is measured again on dated elements only ("datedOnly"), with its undated share (the
share of its elements without an own start date). When two regions' undated shares differ by more
than --undated-margin a warning is printed (stderr, and JSON "warnings"): their indicators are then
not comparable. Indicators (JSON ids), with the NISTEP condition of cluster success (NISTEP 2004) a
proxy stands in for:
${COMPARE_INDICATORS.map((d) => `  ${d.id.padEnd(25)} ${d.definition}${d.nistep ? ` [NISTEP ${d.nistep}]` : ''}`).join('\n')}
JSON: { "rules": { at, undated, window, undatedMargin }, "indicators": [ { id, title, definition, unit,
nistep? } ], "regions": [ { name, file, years, undated, dating, undatedShare, spinoffTypes, values: { <id>: number|null },
datedOnly: { … } } ], "spinoffTypes": "all" | [types], "warnings": [ … ] }.
--types employee,academic keeps only spin-off ties of those types in every region (untyped ones are
then left out), so maxGeneration and spinoffs count those types only; the title line says which
types were counted, and each region's "spinoffTypes" how many ties of each type it has. With --chart, one panel per indicator and one bar per
region (SVG, PNG or PDF by extension).`,
  positionals: [{ name: 'graph', description: 'one or more graphs (.json, .gexf, .graphml or CSV directories), one per region', required: true, variadic: true }],
  options: {
    format: formatOption,
    output: outputOption,
    chart: { type: 'string', valueName: 'FILE', description: 'also draw the comparison to FILE (.svg, .png or .pdf, written atomically)' },
    'chart-indicators': { type: 'string', valueName: 'LIST', description: `comma-separated indicators to draw (${IDS.join(', ')})` },
    title: { type: 'string', valueName: 'T', description: 'chart title [default: "Cluster comparison"]' },
    dpi: { type: 'number', default: 144, description: 'resolution of a PNG chart, dots per inch' },
    at: { ...atOption, description: 'measure every region as it stood at the end of year Y [default: the whole recorded graphs]' },
    ...timeRuleOptions,
    'undated-margin': {
      type: 'number',
      valueName: 'M',
      default: COMPARE_DEFAULTS.undatedMargin,
      description: 'warn when two regions’ undated shares differ by more than M (0–1)',
    },
    types: spinoffTypesOption,
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph compare graphs/*.json',
    'ecograph compare graphs/*.json --types employee,academic',
    'ecograph compare graphs/kyoto-life-science.json graphs/kobe-biomedical.json --format json',
    'ecograph compare graphs/*.json --chart compare.png --chart-indicators density,modularity,maxGeneration',
    'ecograph compare graphs/kyoto-life-science.json graphs/kobe-biomedical.json --at 2010 --window 5',
  ],
  async run({ positionals, options }, io) {
    const indicators = checkChartOptions(options.chart, options['chart-indicators'], IDS, options.dpi);
    const rules = timeRulesFrom(options);
    if (options.at !== undefined && !Number.isInteger(options.at)) throw new UsageError(`--at expects a whole year, got ${options.at}`);
    const margin = options['undated-margin'];
    if (!(margin >= 0 && margin <= 1)) throw new UsageError(`--undated-margin expects a share between 0 and 1, got ${margin}`);
    const types = spinoffTypesArgument(options.types);
    const regions: Array<{ path: string; name: string; graph: EcoGraph; spinoffTypes: SpinoffTypeReport }> = [];
    for (const path of positionals) {
      const graph = await loadGraphArgument(path, options);
      regions.push({ path, name: '', graph: types !== undefined ? keepSpinoffTypes(graph, types) : graph, spinoffTypes: spinoffTypeReport(graph, types) });
    }
    for (const r of regions) r.name = regionName(r.graph, r.path);
    // graphs with the same name get their paths (the same file twice: a number too), so columns stay apart
    const named = regions.map((r) => (regions.filter((o) => o.name === r.name).length > 1 ? `${r.name} (${r.path})` : r.name));
    regions.forEach((r, i) => {
      const before = named.slice(0, i).filter((n) => n === named[i]).length;
      r.name = before > 0 || named.indexOf(named[i]!, i + 1) >= 0 ? `${named[i]} #${before + 1}` : named[i]!;
    });
    const progress = progressReporter(io, 'compare');
    let comparison;
    try {
      comparison = compareRegions(regions, {
        ...rules,
        ...(options.at !== undefined ? { at: options.at } : {}),
        undatedMargin: margin,
        onProgress: (done, total) => progress.update(done, total),
      });
    } finally {
      progress.done();
    }
    const json = {
      rules: comparison.rules,
      indicators: comparison.indicators,
      spinoffTypes: types ?? 'all',
      regions: comparison.regions.map((r, i) => ({
        name: r.name,
        file: regions[i]!.path,
        years: r.years,
        undated: r.undated,
        dating: r.dating,
        undatedShare: r.undatedShare,
        spinoffTypes: regions[i]!.spinoffTypes,
        values: r.values,
        datedOnly: r.datedOnly,
      })),
      warnings: comparison.warnings,
    };
    const percent = (x: number | null) => (x === null ? 'no elements' : `${(100 * x).toFixed(1)}%`);
    if (options.format !== 'json')
      for (const r of comparison.regions)
        io.stderr(`ecograph compare: ${r.name}: ${undatedNote(r.undated, ruleConsequence(rules.undated))}; undated share ${percent(r.undatedShare)}\n`);
    for (const warning of comparison.warnings) io.stderr(`ecograph compare: warning: ${warning}\n`);
    const table = options.format === 'table';
    const columns: Column<IndicatorDefinition>[] = [
      ...(table ? [] : [{ header: 'id', value: (d: IndicatorDefinition) => d.id }]),
      { header: 'indicator', value: (d) => (table ? d.id : d.title) },
      ...comparison.regions.map((r) => ({ header: r.name, numeric: true, value: (d: IndicatorDefinition) => r.values[d.id] })),
      ...(table ? [] : [{ header: 'definition', value: (d: IndicatorDefinition) => d.definition }, { header: 'nistep', value: (d: IndicatorDefinition) => d.nistep ?? '' }]),
    ];
    await emit(io, options, {
      json,
      columns,
      rows: comparison.indicators,
      title: `${comparison.regions.length} region${comparison.regions.length === 1 ? '' : 's'}, ${options.at !== undefined ? `as of the end of ${options.at}` : 'whole recorded graphs'}; ${describeRules(rules)}; spin-off ties counted: ${types === undefined ? 'all types' : types.join(', ')} (definitions: ecograph compare --help)`,
    });
    if (options.chart !== undefined) {
      const chart = comparisonChartSvg(comparison, { title: options.title ?? 'Cluster comparison', ...(indicators ? { indicators } : {}) });
      const written = await writeFigureFile(options.chart, chart.svg, chart, { dpi: options.dpi });
      io.stderr(`wrote ${options.chart} (${written.format}, ${comparison.regions.length} regions, ${written.width}×${written.height} ${written.unit})\n`);
    }
    return 0;
  },
});
