/**
 * Writes `graphs/README.md` from the bundled graphs: every `graphs/*.json` file gets a section with
 * its roster and coverage, counts by node and edge kind, spin-off depth by spin-off type (computed
 * by the lineage library, as `ecograph lineage --types` does), the shares of dated and of primary-
 * sourced elements, the seed statements the data reproduce or cannot, its known gaps and its
 * sources. The hand-written parts (format, rules, how the figures are counted) are the template
 * `scripts/graphs-readme.md`; the regions looked into but not bundled are listed below. The output
 * depends only on the graph files, so the same data give the same bytes.
 *
 * Usage: `npm run docs:graphs` (writes the file) or `npm run docs:graphs -- --check` (exit 1 when
 * the committed file differs from what would be written).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAsScript, writeOrCheck } from './generated-file.js';
import { loadGraph } from '../src/io/files.js';
import { keepSpinoffTypes, lineageSummary, spinoffTypeReport } from '../src/metrics/lineage/index.js';
import { graphSummary } from '../src/metrics/summary.js';
import { rosterCoverage, type GraphRoster, type SeedStatement } from '../src/model/graph-attributes.js';
import { SPINOFF_TYPES, type SpinoffType } from '../src/model/schema.js';
import type { EcoGraph } from '../src/model/types.js';

/** Where the README is written, relative to the repository root. */
export const GRAPHS_README_PATH = 'graphs/README.md';

/** The command that regenerates it; named by the drift test. */
export const GRAPHS_README_COMMAND = 'npm run docs:graphs';

/**
 * Hosts whose pages are not primary sources but encyclopaedias (English and other Wikipedias and
 * Kotobank, a dictionary aggregator): an element citing only these is not on a primary source.
 */
export const SECONDARY_HOSTS = ['wikipedia.org', 'kotobank.jp'] as const;

/** Regions looked into for a graph and not bundled: what was looked for, where, and what was found. */
export const REGIONS_NOT_BUNDLED: readonly { region: string; looked: string }[] = [
  {
    region: 'Kagawa (rare sugar cluster)',
    looked:
      'NISTEP Policy Study No. 9 (seed `002`) charts it by formation conditions only ("Mass Production Technology of Rare Sugar", "Prefectural Sugar Quality Bio-Cluster Concept", "Emergence of Start-Ups") and names no firm or person. Searched public pages on the rare-sugar cluster, Kagawa University, its Rare Sugar Research Center and Kagawa Prefecture: they name Kagawa University, its researchers, the prefecture and a D-psicose plant in Utazu, but no start-up, founder or spin-off tie, far from the 30 sourced actors a graph needs.',
  },
  {
    region: 'Fukui (nano-cluster)',
    looked:
      'Seed `002` charts it by formation conditions only ("Textile Industry and Galvanizing Technology", coordinated efforts of the prefecture, its foundations and laboratories, "Collaboration Between Fukui University and Local Industries") and names no firm. Searched public pages on the Fukui nano-cluster, the University of Fukui\'s industry–academia centres and the Fukui Industrial Technology Center: they describe programmes and facilities but name no start-ups or spin-off ties, so no graph of 30 sourced actors could be built.',
  },
];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATE = join(ROOT, 'scripts/graphs-readme.md');

/** The host of the first URL in a citation, lower-cased, if any. */
export function citedHost(source: string): string | undefined {
  return /https?:\/\/([^/\s]+)/.exec(source)?.[1]?.toLowerCase();
}

/** Whether a citation is on a secondary host ({@link SECONDARY_HOSTS}, subdomains included). */
export function isSecondarySource(source: string): boolean {
  const host = citedHost(source);
  return host !== undefined && SECONDARY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);
const ratio = (part: number, whole: number) => `${part} of ${whole} (${percent(part, whole)})`;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The deepest and the largest spin-off tree of a graph, as `ecograph lineage` computes them. */
export interface DepthRow {
  /** `'all'` or one spin-off type. */
  types: 'all' | SpinoffType;
  ties: number;
  /** Generations below the root of the deepest tree, and that root's label. */
  generations: number;
  deepest: string;
  /** Descendants of the largest tree, and that root's label. */
  descendants: number;
  largest: string;
}

/**
 * Spin-off depth of a graph for all ties and for each spin-off type it has, from `lineageSummary`
 * on the graph filtered by `keepSpinoffTypes` (what `ecograph lineage --types T` reports).
 */
export function depthByType(graph: EcoGraph): DepthRow[] {
  const report = spinoffTypeReport(graph);
  const rows: DepthRow[] = [];
  const row = (types: 'all' | SpinoffType, g: EcoGraph, ties: number) => {
    const roots = lineageSummary(g).roots.filter((r) => r.descendants > 0);
    const byDepth = [...roots].sort((a, b) => b.generations - a.generations || b.descendants - a.descendants || a.root.localeCompare(b.root));
    const bySize = [...roots].sort((a, b) => b.descendants - a.descendants || b.generations - a.generations || a.root.localeCompare(b.root));
    rows.push({
      types,
      ties,
      generations: byDepth[0]?.generations ?? 0,
      deepest: byDepth[0]?.label ?? '–',
      descendants: bySize[0]?.descendants ?? 0,
      largest: bySize[0]?.label ?? '–',
    });
  };
  row('all', graph, report.totalTies);
  for (const t of SPINOFF_TYPES) if (report.ties[t] > 0) row(t, keepSpinoffTypes(graph, [t]), report.ties[t]);
  return rows;
}

/** The figures of one graph that the README reports. */
export interface GraphFigures {
  file: string;
  name: string;
  nodes: number;
  edges: number;
  /** Roster members held and roster size; `named` is false when the roster's source names none of its members. */
  coverage: { held: number; size: number; named: boolean } | undefined;
  deepest: number;
  firmsAndAnchors: number;
  founded: number;
  ties: number;
  dated: number;
  elements: number;
  primary: number;
}

/** Counts a graph's dated and primary-sourced elements (see the template for the definitions). */
export function graphFigures(file: string, graph: EcoGraph): GraphFigures {
  let firmsAndAnchors = 0;
  let founded = 0;
  let dated = 0;
  let primary = 0;
  const onPrimary = (sources: string[] | undefined) => (sources ?? []).some((s) => !isSecondarySource(s));
  graph.forEachNode((_k, a) => {
    if (a.kind === 'firm' || a.kind === 'anchor') {
      firmsAndAnchors++;
      if (a.founded !== undefined) founded++;
    }
    if (onPrimary(a.sources)) primary++;
  });
  graph.forEachEdge((_k, a) => {
    if (a.year !== undefined || a.since !== undefined) dated++;
    if (onPrimary(a.sources)) primary++;
  });
  const roster = graph.getAttribute('roster') as GraphRoster | undefined;
  const coverage = roster ? rosterCoverage(roster, graph.mapNodes((k, a) => [k, a.label] as const)) : undefined;
  return {
    file,
    name: String(graph.getAttribute('name') ?? file),
    nodes: graph.order,
    edges: graph.size,
    coverage: coverage && roster ? { held: coverage.present.length, size: coverage.size, named: roster.members.length > 0 } : undefined,
    deepest: depthByType(graph)[0]!.generations,
    firmsAndAnchors,
    founded,
    ties: graph.size,
    dated,
    elements: graph.order + graph.size,
    primary,
  };
}

function countsTable(title: string, counts: Record<string, number>, total: number): string {
  const rows = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `| ${k} | ${v} |`);
  return [`| ${title} | count |`, '| --- | --- |', ...rows, `| **total** | ${total} |`].join('\n');
}

function summaryTable(all: readonly GraphFigures[]): string {
  const rows = all.map(
    (f) =>
      `| \`${f.file}\` | ${cell(f.name)} | ${f.nodes} | ${f.edges} | ${!f.coverage ? '–' : f.coverage.named ? `${f.coverage.held} / ${f.coverage.size}` : `? / ${f.coverage.size} (unnamed)`} | ${f.deepest} | ${percent(f.founded, f.firmsAndAnchors)} | ${percent(f.dated, f.ties)} | ${percent(f.primary, f.elements)} |`,
  );
  return [
    '| file | graph | nodes | edges | roster held | deepest spin-off tree (generations) | firms and anchors with `founded` | ties dated | elements on primary sources |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function rosterSection(graph: EcoGraph): string[] {
  const roster = graph.getAttribute('roster') as GraphRoster | undefined;
  if (!roster) return ['**Roster.** The graph records no `roster`, so its coverage cannot be reported.'];
  const c = rosterCoverage(roster, graph.mapNodes((k, a) => [k, a.label] as const));
  const coverageText =
    roster.members.length === 0
      ? `Coverage: **cannot be counted**: the roster's sources give its size (${c.size}) but name none of its members.`
      : `Coverage: **${ratio(c.present.length, c.size)}** members are in the graph.`;
  const lines = [`**Roster.** ${roster.description} ${coverageText}`, '', `Roster sources: ${roster.sources.join('; ')}.`];
  if (roster.members.length > 0) lines.push('');
  if (c.present.length > 0) lines.push(`- In the graph: ${c.present.map((m) => `${m.name} (\`${m.node}\`)`).join(', ')}.`);
  if (c.absent.length > 0) lines.push(`- Not in the graph: ${c.absent.map((m) => (m.notes ? `${m.name} (${m.notes})` : m.name)).join(', ')}.`);
  return lines;
}

function depthSection(graph: EcoGraph): string[] {
  const rows = depthByType(graph);
  const report = spinoffTypeReport(graph);
  const untyped: string[] = [];
  graph.forEachEdge((k, a) => {
    if (a.kind === 'spinoff' && a.type === undefined) untyped.push(k);
  });
  return [
    `**Spin-off depth by type** (\`ecograph lineage --types <type>\`; ${report.totalTies} spin-off ties, ${report.ties.untyped} untyped):`,
    '',
    '| spin-off types | ties | deepest tree: generations | its root | largest tree: descendants | its root |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.types === 'all' ? 'all types' : r.types} | ${r.ties} | ${r.generations} | ${cell(r.deepest)} | ${r.descendants} | ${cell(r.largest)} |`),
    '',
    `Untyped spin-off ties: ${untyped.length === 0 ? 'none' : `${untyped.map((k) => `\`${k}\``).join(', ')} (each edge’s notes say what its source leaves open)`}.`,
  ];
}

function seedSection(graph: EcoGraph): string[] {
  const statements = (graph.getAttribute('seedStatements') as SeedStatement[] | undefined) ?? [];
  if (statements.length === 0) return ['**Seed statements.** The graph records no `seedStatements`.'];
  const held = statements.filter((s) => s.reproduced).length;
  return [
    `**Seed statements** (${held} of ${statements.length} reproduced by the data):`,
    '',
    '| statement | seed | reproduced | how |',
    '| --- | --- | --- | --- |',
    ...statements.map((s) => `| ${cell(s.statement)} | ${cell(s.seed)} | ${s.reproduced ? 'yes' : 'no'} | ${cell(s.how)} |`),
  ];
}

function timeSpan(graph: EcoGraph): string {
  const s = graphSummary(graph);
  return s.years.first === null ? 'none' : `${s.years.first}–${s.years.last}`;
}

function graphSection(file: string, graph: EcoGraph, figures: GraphFigures): string {
  const info = graphSummary(graph);
  let sourced = 0;
  let illustrative = 0;
  const sources = new Set<string>(graph.getAttribute('sources') ?? []);
  const tally = (a: { confidence?: string; sources?: string[] }) => {
    if (a.confidence === 'sourced') sourced++;
    if (a.confidence === 'illustrative') illustrative++;
    for (const s of a.sources ?? []) sources.add(s);
  };
  graph.forEachNode((_k, a) => tally(a));
  graph.forEachEdge((_k, a) => tally(a));
  const gaps = (graph.getAttribute('knownGaps') as string[] | undefined) ?? [];
  const region = graph.getAttribute('region');
  const parts = [
    `## ${file} — ${figures.name}`,
    '',
    `${String(graph.getAttribute('description') ?? '')}${typeof region === 'string' ? ` Region: ${region}.` : ''} Years in the data: ${timeSpan(graph)}.`,
    '',
    ...rosterSection(graph),
    '',
    `### Counts: ${file}`,
    '',
    countsTable('nodes by kind', info.nodes.byKind, info.nodes.total),
    '',
    countsTable('edges by kind', info.edges.byKind, info.edges.total),
    '',
    `${sourced === figures.elements ? 'All' : `${sourced} of`} ${figures.elements} elements are \`sourced\`; ${illustrative} are \`illustrative\`.`,
    '',
    ...depthSection(graph),
    '',
    `**Dated.** Firms and anchors with \`founded\`: ${ratio(figures.founded, figures.firmsAndAnchors)}. Ties with \`year\` or \`since\`: ${ratio(figures.dated, figures.ties)}.`,
    '',
    `**On primary sources.** ${ratio(figures.primary, figures.elements)} elements.`,
    '',
    ...seedSection(graph),
    '',
    '**Known gaps.**',
    '',
    ...(gaps.length === 0 ? ['The graph records no `knownGaps`.'] : gaps.map((g) => `- ${g}`)),
    '',
    '**Sources.**',
    '',
    ...[...sources].sort((a, b) => a.localeCompare(b, 'en')).map((s) => `- ${s}`),
  ];
  return parts.join('\n');
}

function notBundledSection(): string {
  const lines = ['## Regions not bundled', ''];
  lines.push('Regions the seeds discuss that were looked into and have no graph, because the sources read do not give at least 30 sourced actors:', '');
  if (REGIONS_NOT_BUNDLED.length === 0) lines.push('None: every region looked into has a graph above.');
  for (const r of REGIONS_NOT_BUNDLED) lines.push(`- **${r.region}.** ${r.looked}`);
  return lines.join('\n');
}

/** The bundled graph files, by name. */
export function bundledGraphFiles(folder = join(ROOT, 'graphs')): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en'))
    .map((f) => join(folder, f));
}

/** The text of `graphs/README.md`, built from the graph files. */
export async function graphsReadme(files: readonly string[] = bundledGraphFiles()): Promise<string> {
  const loaded = await Promise.all(files.map(async (path) => ({ file: basename(path), graph: await loadGraph(path) })));
  const figures = loaded.map(({ file, graph }) => graphFigures(file, graph));
  const template = readFileSync(TEMPLATE, 'utf8');
  const fill: Record<string, string> = {
    summary: summaryTable(figures),
    graphs: loaded.map(({ file, graph }, i) => graphSection(file, graph, figures[i]!)).join('\n\n'),
    notBundled: notBundledSection(),
    command: GRAPHS_README_COMMAND,
    secondary: SECONDARY_HOSTS.map((h) => `\`${h}\``).join(', '),
  };
  const body = template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const value = fill[key];
    if (value === undefined) throw new Error(`${TEMPLATE}: unknown placeholder {{${key}}}`);
    return value;
  });
  return `<!-- Generated from graphs/*.json and scripts/graphs-readme.md by \`${GRAPHS_README_COMMAND}\`; do not edit by hand. -->\n${body}`;
}

async function main(argv: readonly string[]): Promise<number> {
  const target = join(ROOT, GRAPHS_README_PATH);
  const text = await graphsReadme();
  return writeOrCheck({ path: target, name: GRAPHS_README_PATH, from: 'graphs/*.json', command: GRAPHS_README_COMMAND }, text, argv);
}

runAsScript(import.meta.url, 'graphs-readme', main);
