import { basename } from 'node:path';
import { timelineChartSvg } from '../../figures/charts/timeline-chart.js';
import { writeFigureFile } from '../../figures/export.js';
import { describeRules } from '../../metrics/evolution/snapshot.js';
import { NETWORK_INDICATORS } from '../../metrics/evolution/indicators.js';
import { TIMELINE_FIELDS, timeline, type TimelineYear } from '../../metrics/evolution/timeline.js';
import { UsageError, defineCommand } from '../command.js';
import { graphPositional, kindFromOption, labelFromOption, loadGraphArgument, yearFromOption } from '../graph-input.js';
import { emit, formatOption, outputOption, type Column } from '../output.js';
import { checkChartOptions, ruleConsequence, undatedNote } from '../evolution-output.js';
import { timeRuleOptions, timeRulesFrom } from '../view-options.js';
import { progressReporter } from '../progress.js';

const FIELD_IDS = TIMELINE_FIELDS.map((f) => f.id);

export default defineCommand({
  name: 'timeline',
  summary: 'Yearly snapshots of a cluster: actors and ties by kind, new firms and spin-offs, density, components, modularity, spin-off depth, triple-helix share, constraint.',
  description: `One row per year Y for the ecosystem as of the end of Y: a node is present when it was founded
in or before Y and not dissolved in or before Y; a tie is present when both ends are present, its
year (or since) is at most Y, its until, if any, is not before Y, and, for an event (investment,
spinoff, founded) with --window N, Y is less than its year + N. Collaboration, affiliation and
mentorship last from since to until.

Own dates are never changed; a derived bound places an element that has none: an undated actor
existed by its earliest dated tie or child (founded of the firms it spun off or founded), an undated
tie is not before the later founding year of its ends. --undated picks the rule: include (undated
elements from the first year), bound (from their bound; without one, left out; the default) or
exclude (own dates only). Every row also gives the indicators on dated elements only ("datedOnly"),
how the year's elements are placed ("dating": dated, bounded, undated; they add up to the include
snapshot) and the undated share. The explorer's year slider uses the same rules.

Fields (JSON names):
${TIMELINE_FIELDS.map((f) => `  ${f.id.padEnd(22)} ${f.definition}`).join('\n')}
JSON: { "rules": { "undated", "window" }, "years": [ { "year", "nodes": { "total", "<kind>": n, … },
"edges": { … }, "newFirms", …, "dating": { "nodes": { "dated", "bounded", "undated" }, "edges": … },
"undatedShare", "datedOnly": { "nodes", "edges", "<indicator>", … } } ], "undated": { "nodes", "edges" } }.
CSV has one column per kind (nodes.<kind>, edges.<kind>), the dating counts and datedOnly.<field>.
With --chart, small multiples of the indicators are drawn (SVG, PNG or PDF by extension).`,
  positionals: [graphPositional],
  options: {
    from: { type: 'number', valueName: 'Y', description: 'first year [default: the graph’s first year]' },
    to: { type: 'number', valueName: 'Y', description: 'last year, always a row [default: the graph’s last year]' },
    step: { type: 'number', valueName: 'N', default: 1, description: 'years between rows' },
    format: formatOption,
    output: outputOption,
    chart: { type: 'string', valueName: 'FILE', description: 'also draw the indicators over the years to FILE (.svg, .png or .pdf, written atomically)' },
    'chart-indicators': { type: 'string', valueName: 'LIST', description: `comma-separated fields to draw (${FIELD_IDS.join(', ')})` },
    title: { type: 'string', valueName: 'T', description: 'chart title [default: the graph name]' },
    dpi: { type: 'number', default: 144, description: 'resolution of a PNG chart, dots per inch' },
    ...timeRuleOptions,
    'kind-from': kindFromOption,
    'label-from': labelFromOption,
    'year-from': yearFromOption,
  },
  examples: [
    'ecograph timeline graphs/sapporo-valley.json',
    'ecograph timeline graphs/kyoto-life-science.json --from 1970 --step 5 --format csv -o kyoto-timeline.csv',
    'ecograph timeline graphs/hamamatsu-spinoffs.json --format json --chart hamamatsu-timeline.png --chart-indicators nodes,newFirms,maxGeneration',
    'ecograph timeline graphs/kobe-biomedical.json --window 5 --undated exclude',
  ],
  async run({ positionals, options }, io) {
    for (const name of ['from', 'to', 'step'] as const) {
      const v = options[name];
      if (v !== undefined && !Number.isInteger(v)) throw new UsageError(`--${name} expects a whole number, got ${v}`);
    }
    if (options.step < 1) throw new UsageError(`--step must be 1 or more, got ${options.step}`);
    if (options.from !== undefined && options.to !== undefined && options.from > options.to)
      throw new UsageError(`--from ${options.from} is after --to ${options.to}`);
    const indicators = checkChartOptions(options.chart, options['chart-indicators'], FIELD_IDS, options.dpi);
    const rules = timeRulesFrom(options);
    const path = positionals[0]!;
    const graph = await loadGraphArgument(path, options);
    const progress = progressReporter(io, 'timeline');
    let result;
    try {
      result = timeline(graph, {
        ...(options.from !== undefined ? { from: options.from } : {}),
        ...(options.to !== undefined ? { to: options.to } : {}),
        step: options.step,
        ...rules,
        onProgress: (done, total) => progress.update(done, total),
      });
    } finally {
      progress.done();
    }
    const name = graph.getAttribute('name');
    const region = typeof name === 'string' && name !== '' ? name : basename(path).replace(/\.[^.]+$/, '');
    if (result.years.length === 0) io.stderr(`ecograph timeline: ${path} has no years; give --from and --to for snapshots of an undated graph\n`);
    if (options.format !== 'json') io.stderr(`ecograph timeline: ${undatedNote(result.undated, ruleConsequence(rules.undated))}\n`);

    const table = options.format === 'table';
    const first = result.years[0];
    const nodeKinds = first ? Object.keys(first.nodes).filter((k) => k !== 'total') : [];
    const edgeKinds = first ? Object.keys(first.edges).filter((k) => k !== 'total') : [];
    const fieldColumns: Column<TimelineYear>[] = TIMELINE_FIELDS.filter((f) => f.id !== 'nodes' && f.id !== 'edges').map((f) => ({
      header: f.id,
      numeric: true,
      value: (r) => f.value(r),
    }));
    const columns: Column<TimelineYear>[] = table
      ? [
          { header: 'year', numeric: true, value: (r) => r.year },
          { header: 'nodes', numeric: true, value: (r) => r.nodes.total },
          { header: 'firms', numeric: true, value: (r) => r.nodes.firm ?? 0 },
          { header: 'edges', numeric: true, value: (r) => r.edges.total },
          ...fieldColumns,
        ]
      : [
          { header: 'year', value: (r) => r.year },
          { header: 'nodes', value: (r) => r.nodes.total },
          ...nodeKinds.map((k) => ({ header: `nodes.${k}`, value: (r: TimelineYear) => r.nodes[k] })),
          { header: 'edges', value: (r) => r.edges.total },
          ...edgeKinds.map((k) => ({ header: `edges.${k}`, value: (r: TimelineYear) => r.edges[k] })),
          ...fieldColumns,
          ...(['nodes', 'edges'] as const).flatMap((which) =>
            (['dated', 'bounded', 'undated'] as const).map((placement) => ({ header: `${placement}.${which}`, value: (r: TimelineYear) => r.dating[which][placement] })),
          ),
          ...['nodes', 'edges', ...NETWORK_INDICATORS.map((d) => d.id)].map((id) => ({ header: `datedOnly.${id}`, value: (r: TimelineYear) => r.datedOnly[id] ?? null })),
        ];
    const span = result.years.length ? `${result.years[0]!.year}–${result.years[result.years.length - 1]!.year}` : 'no years';
    await emit(io, options, { json: result, columns, rows: result.years, title: `${path} — ${region}: snapshots at the end of each year, ${span}${options.step > 1 ? `, every ${options.step} years` : ''}; ${describeRules(rules)}` });

    if (options.chart !== undefined) {
      if (result.years.length === 0) throw new Error(`no years to draw in ${options.chart}`);
      const chart = timelineChartSvg(result, { title: options.title ?? `${region}: timeline`, name: region, ...(indicators ? { indicators } : {}) });
      const written = await writeFigureFile(options.chart, chart.svg, chart, { dpi: options.dpi });
      io.stderr(`wrote ${options.chart} (${written.format}, ${result.years.length} years, ${written.width}×${written.height} ${written.unit})\n`);
    }
    return 0;
  },
});
