/**
 * Executes every notebook in `notebooks/` with `jupyter nbconvert --to notebook --execute` on the
 * Deno kernel (into a temporary folder: the committed notebooks are never rewritten), fails on any
 * cell error, and compares the key numbers each notebook records (`keyNumbers` in
 * `notebooks/display.ts`) with `ecograph … --format json` on the same graph.
 *
 * Skipped with one line when `jupyter nbconvert` or the deno npm package is missing, unless the run
 * requires them (CI=true, ECOGRAPH_REQUIRE_NOTEBOOKS=1 or ECOGRAPH_REQUIRE_TOOLS=1: see
 * test/helpers/required-tools.ts), where a missing tool fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_NUMBERS_MIME, TEXT_FILES_MIME } from '../../notebooks/display.js';
import { executeNotebook, notebookPaths, notebookToolsMissing, privateKernelspec, ROOT } from '../../scripts/notebooks.js';
import { runCapture } from '../helpers/run-cli.js';
import { haveTool } from '../helpers/required-tools.js';

const missing = notebookToolsMissing();
const NOTEBOOK_TOOLS_FOUND = haveTool('notebooks', missing);

/** Five minutes per notebook: the kernel starts cold and the machine is shared. */
const NOTEBOOK_TIMEOUT = 300_000;

interface Output {
  output_type: string;
  name?: string;
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}
interface Notebook {
  cells: { cell_type: string; outputs?: Output[] }[];
}

/** What one executed notebook shows: its error outputs, key numbers and text files by name. */
interface Executed {
  /** Per code cell, its outputs as `type:mime,mime` (`stream:stdout` for streams). */
  shape: string[][];
  errors: string[];
  keys: Map<string, Record<string, unknown>>;
  files: Map<string, Record<string, string>>;
  codeCells: number;
  cellsWithOutput: number;
}

function readExecuted(path: string): Executed {
  const nb = JSON.parse(readFileSync(path, 'utf8')) as Notebook;
  const result: Executed = { shape: [], errors: [], keys: new Map(), files: new Map(), codeCells: 0, cellsWithOutput: 0 };
  for (const cell of nb.cells) {
    if (cell.cell_type !== 'code') continue;
    result.codeCells++;
    result.shape.push(
      (cell.outputs ?? []).map((o) => (o.output_type === 'stream' ? `stream:${o.name}` : `${o.output_type}:${Object.keys(o.data ?? {}).sort().join(',')}`)),
    );
    if ((cell.outputs ?? []).length > 0) result.cellsWithOutput++;
    for (const out of cell.outputs ?? []) {
      if (out.output_type === 'error') result.errors.push(`${out.ename}: ${out.evalue}`);
      const key = out.data?.[KEY_NUMBERS_MIME] as { name: string; values: Record<string, unknown> } | undefined;
      if (key) {
        expect(result.keys.has(key.name), `key numbers "${key.name}" recorded twice`).toBe(false);
        result.keys.set(key.name, key.values);
      }
      const files = out.data?.[TEXT_FILES_MIME] as { name: string; files: Record<string, string> } | undefined;
      if (files) result.files.set(files.name, files.files);
    }
  }
  return result;
}

async function cliJson(...argv: string[]): Promise<any> {
  const r = await runCapture([...argv, '--format', 'json']);
  if (r.code !== 0 && argv[0] !== 'validate') throw new Error(`ecograph ${argv.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function keysOf(run: Executed, name: string): Record<string, unknown> {
  const values = run.keys.get(name);
  expect(values, `the notebook records key numbers "${name}"`).toBeDefined();
  return values!;
}

const graphPath = (file: string) => join(ROOT, 'graphs', file);

describe.runIf(NOTEBOOK_TOOLS_FOUND)('notebooks (executed with jupyter nbconvert on the Deno kernel)', () => {
  let outDir = '';
  let removeKernel = () => {};
  let jupyterPath = '';
  const executed = new Map<string, Executed>();

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'ecograph-notebooks-'));
    ({ jupyterPath, remove: removeKernel } = privateKernelspec());
  });
  afterAll(() => {
    removeKernel();
    if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
  });

  async function run(name: string): Promise<Executed> {
    const cached = executed.get(name);
    if (cached) return cached;
    const path = join(ROOT, 'notebooks', `${name}.ipynb`);
    const result = await executeNotebook(path, { jupyterPath, outputDir: outDir });
    expect(result.code, `nbconvert failed on ${name}:\n${result.stderr}`).toBe(0);
    const run = readExecuted(result.output);
    expect(run.errors).toEqual([]);
    // The committed notebook carries current outputs: the same outputs per cell and the same key
    // numbers as this fresh run (npm run notebooks refreshes them).
    const committed = readExecuted(path);
    const stale = `notebooks/${name}.ipynb is stale: refresh it with \`npm run notebooks -- ${name}\``;
    expect(run.shape, `${stale} (outputs per cell differ)`).toEqual(committed.shape);
    expect(Object.fromEntries(run.keys), `${stale} (key numbers differ)`).toEqual(Object.fromEntries(committed.keys));
    executed.set(name, run);
    return run;
  }

  it('the five notebooks exist and every code cell of the committed ones carries outputs', () => {
    expect(notebookPaths().map((p) => basename(p))).toEqual([
      'bring-your-own-data.ipynb',
      'cluster-comparison.ipynb',
      'kyoto-brokerage.ipynb',
      'kyoto-spinoff-test.ipynb',
      'spinoff-trees.ipynb',
    ]);
    for (const path of notebookPaths()) {
      const committed = readExecuted(path);
      expect(committed.errors, basename(path)).toEqual([]);
      // Every code cell but the imports shows something.
      expect(committed.cellsWithOutput, basename(path)).toBeGreaterThanOrEqual(committed.codeCells - 1);
      expect(committed.keys.size, basename(path)).toBeGreaterThan(0);
    }
  });

  it(
    'kyoto-brokerage: counts, centrality, communities, brokers and constraint equal the CLI',
    async () => {
      const nb = await run('kyoto-brokerage');
      const kyoto = graphPath('kyoto-life-science.json');

      const info = await cliJson('info', kyoto);
      const validation = await cliJson('validate', kyoto, '--strict');
      expect(keysOf(nb, 'kyoto-summary')).toEqual({
        nodes: info.nodes.total,
        edges: info.edges.total,
        components: info.components,
        problems: validation.problems.length,
      });

      const centrality = await cliJson('centrality', kyoto, '--measures', 'betweenness,degree,pagerank');
      const top = centrality.nodes.slice(0, 3);
      expect(keysOf(nb, 'kyoto-centrality')).toEqual({
        viewEdges: centrality.view.edges,
        top: top.map((n: any) => n.id),
        topBetweenness: top.map((n: any) => n.betweenness),
      });

      const communities = await cliJson('communities', kyoto);
      expect(keysOf(nb, 'kyoto-communities')).toEqual({
        count: communities.communities.length,
        modularity: communities.modularity,
        sizes: communities.communities.map((c: any) => c.size),
      });

      const brokers = await cliJson('brokers', kyoto, '--between', 'university', '--and', 'anchor', '--via', 'firm');
      const topBrokers = brokers.nodes.slice(0, 3);
      expect(keysOf(nb, 'kyoto-brokers')).toEqual({
        candidates: brokers.nodes.length,
        tiedToBoth: brokers.nodes.filter((n: any) => n.tiedToBoth).map((n: any) => n.id),
        top: topBrokers.map((n: any) => n.id),
        topBetweenness: topBrokers.map((n: any) => n.betweenness),
        topBrokeredPairs: topBrokers.map((n: any) => n.brokeredPairs),
      });

      const brokerage = await cliJson('brokerage', kyoto);
      const lowest = brokerage.nodes
        .filter((n: any) => n.constraint !== null)
        .sort((a: any, b: any) => a.constraint - b.constraint || a.id.localeCompare(b.id))
        .slice(0, 3);
      expect(keysOf(nb, 'kyoto-constraint')).toEqual({
        lowest: lowest.map((n: any) => n.id),
        lowestConstraint: lowest.map((n: any) => n.constraint),
      });
    },
    NOTEBOOK_TIMEOUT,
  );

  it(
    'kyoto-spinoff-test: descriptives, ego networks and both permutation tests equal ecograph describe, ego and permute',
    async () => {
      const nb = await run('kyoto-spinoff-test');
      const kyoto = graphPath('kyoto-life-science.json');

      const described = await cliJson('describe', kyoto, '--by', 'sphere', '--draws', '0');
      const s = described.statistics;
      expect(keysOf(nb, 'kyoto-describe')).toEqual({
        nodes: s.nodes,
        edges: s.edges,
        sourceTies: s.sourceTies,
        density: s.density,
        meanDegree: s.meanDegree,
        components: s.components,
        largestComponentShare: s.largestComponentShare,
        transitivity: s.transitivity,
        averagePathLength: s.averagePathLength,
        diameter: s.diameter,
        degreeCentralization: s.centralization.degree,
        betweennessCentralization: s.centralization.betweenness,
        degreeAssortativity: s.degreeAssortativity,
        eiIndex: s.eiIndex.observed,
      });

      const egos: Record<string, unknown> = {};
      for (const ego of ['kyoto-university', 'chordia']) {
        const m = (await cliJson('ego', kyoto, ego)).measures;
        egos[ego] = {
          size: m.size,
          ties: m.ties,
          densityWithEgo: m.densityWithEgo,
          densityWithoutEgo: m.densityWithoutEgo,
          effectiveSize: m.effectiveSize,
          constraint: m.constraint,
          liaison: m.brokerage.liaison,
          brokerageTotal: m.brokerage.total,
        };
      }
      expect(keysOf(nb, 'kyoto-ego')).toEqual(egos);

      const permuteKeys = (r: any) => ({
        comparedKinds: r.comparedKinds,
        sizes: [r.sizes.first, r.sizes.second],
        means: [r.means.first, r.means.second],
        observed: r.observed,
        nullMean: r.distribution.mean,
        nullSd: r.distribution.sd,
        pGreater: r.p.greater.corrected,
        pLess: r.p.less.corrected,
        pTwoSided: r.p.twoSided.corrected,
        countGreater: r.p.greater.count,
      });
      const test = ['permute', kyoto, '--group', 'spinoff-parent=university', '--measure', 'degree', '--draws', '5000', '--seed', '1'];
      const primary = await cliJson(...test, '--edge-kinds', 'collaboration,investment,founded,affiliation');
      expect(primary.leftOut.withoutValue).toBe(0);
      expect(keysOf(nb, 'kyoto-spinoff-test')).toEqual(permuteKeys(primary));
      expect(keysOf(nb, 'kyoto-spinoff-test-all-ties')).toEqual(permuteKeys(await cliJson(...test)));
    },
    NOTEBOOK_TIMEOUT,
  );

  it(
    'spinoff-trees: Hamamatsu and Sapporo lineages and the careers inference equal ecograph lineage',
    async () => {
      const nb = await run('spinoff-trees');
      for (const [region, file] of [
        ['hamamatsu', 'hamamatsu-spinoffs.json'],
        ['sapporo', 'sapporo-valley.json'],
      ] as const) {
        const lineage = await cliJson('lineage', graphPath(file));
        expect(keysOf(nb, `${region}-lineage`)).toEqual({
          roots: lineage.roots.map((r: any) => r.root),
          generations: lineage.roots.map((r: any) => r.generations),
          descendants: lineage.roots.map((r: any) => r.descendants),
          maxGeneration: Math.max(...lineage.firms.map((f: any) => f.generation)),
        });
      }
      const inferred = await cliJson('lineage', graphPath('hamamatsu-spinoffs.json'), '--infer-from-careers');
      expect(keysOf(nb, 'hamamatsu-careers')).toEqual({
        inferred: inferred.inferred.map((i: any) => `${i.parent}->${i.child}`),
        skipped: inferred.skipped.map((s: any) => s.reason),
        generations: inferred.roots.map((r: any) => r.generations),
        descendants: inferred.roots.map((r: any) => r.descendants),
      });
    },
    NOTEBOOK_TIMEOUT,
  );

  it(
    'cluster-comparison: timelines and the region comparison equal ecograph timeline and compare',
    async () => {
      const nb = await run('cluster-comparison');
      const files = ['hamamatsu-spinoffs.json', 'kobe-biomedical.json', 'kyoto-life-science.json', 'sapporo-valley.json'];
      const compare = await cliJson('compare', ...files.map(graphPath));
      // Regions are named after each graph's "name" attribute, in argument order.
      const names: string[] = compare.regions.map((r: any) => r.name);
      expect(names).toEqual(['Hamamatsu spin-offs', 'Kobe biomedical', 'Kyoto life science', 'Sapporo Valley']);
      const timelines: Record<string, unknown> = {};
      for (const [i, file] of files.entries()) {
        const t = await cliJson('timeline', graphPath(file), '--from', '1950', '--to', '2020', '--step', '10');
        timelines[names[i]!] = {
          years: t.years.map((y: any) => y.year),
          nodes: t.years.map((y: any) => y.nodes.total),
          newFirms: t.years.map((y: any) => y.newFirms),
          maxGeneration: t.years.map((y: any) => y.maxGeneration),
        };
      }
      expect(keysOf(nb, 'timelines')).toEqual(timelines);

      const recorded = keysOf(nb, 'comparison') as Record<string, Record<string, unknown>>;
      expect(Object.keys(recorded)).toEqual(names);
      for (const region of compare.regions) {
        const values = recorded[region.name]!;
        expect(Object.keys(values).length).toBeGreaterThanOrEqual(8);
        for (const [id, value] of Object.entries(values)) expect(value, `${region.name} ${id}`).toEqual(region.values[id]);
      }
    },
    NOTEBOOK_TIMEOUT,
  );

  it(
    'bring-your-own-data: the CSV pair, its problems and its metrics equal ecograph validate, info and centrality',
    async () => {
      const nb = await run('bring-your-own-data');
      const dir = mkdtempSync(join(tmpdir(), 'ecograph-byod-'));
      try {
        for (const [name, expectedValid] of [
          ['byod-good', true],
          ['byod-broken', false],
        ] as const) {
          const files = nb.files.get(name);
          expect(files, `the notebook shows the files "${name}"`).toBeDefined();
          const folder = join(dir, name);
          mkdirSync(folder);
          for (const [file, text] of Object.entries(files!)) writeFileSync(join(folder, file), text);
          const validation = await cliJson('validate', folder);
          expect(validation.valid).toBe(expectedValid);
          const keys = keysOf(nb, `${name}-validation`);
          expect(keys).toEqual({
            errors: validation.errors,
            warnings: validation.warnings,
            problems: validation.problems.map((p: any) => `${basename(p.file)}:${p.line ?? ''}:${p.field ?? ''}:${p.code}`),
          });
          if (!expectedValid) continue;
          const info = await cliJson('info', folder);
          const centrality = await cliJson('centrality', folder, '--measures', 'betweenness,degree');
          expect(keysOf(nb, 'byod-metrics')).toEqual({
            nodes: info.nodes.total,
            edges: info.edges.total,
            top: centrality.nodes.slice(0, 3).map((n: any) => n.id),
            topBetweenness: centrality.nodes.slice(0, 3).map((n: any) => n.betweenness),
          });
          const lineage = await cliJson('lineage', folder);
          expect(keysOf(nb, 'byod-lineage')).toEqual({
            roots: lineage.roots.map((r: any) => r.root),
            descendants: lineage.roots.map((r: any) => r.descendants),
          });
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    NOTEBOOK_TIMEOUT,
  );
});
