/**
 * `ecograph lineage` at scale: the compact path (streamed load, typed-array walk) prints exactly
 * what the standard path prints, is picked by itself for inputs of 1 MiB or more, refuses
 * --infer-from-careers, and Ctrl-C during a long load (a real SIGINT to a real child process)
 * exits 130 with the earlier output intact and no temp file.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { barabasiAlbertEdges, writeEdgeListCsvDirectory } from '../../../bench/barabasi-albert.js';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { writeCsv } from '../../../src/io/csv.js';
import { writeJson } from '../../../src/io/json.js';
import { EARLIER_OUTPUT, interruptCli } from '../../helpers/interrupt-cli.js';
import { run } from './metrics-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-lineage-scale-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const GRAPHS = fileURLToPath(new URL('../../../graphs/', import.meta.url));

describe('lineage: compact path', () => {
  it('--loader compact prints what --loader standard prints (table, JSON, CSV, --root)', async () => {
    for (const file of readdirSync(GRAPHS).filter((f) => f.endsWith('.json'))) {
      const input = join(GRAPHS, file);
      const roots = (JSON.parse((await run(['lineage', input, '-f', 'json'])).stdout) as { roots: { root: string }[] }).roots;
      const flagSets = [[], ['-f', 'json'], ['-f', 'csv'], ...roots.slice(0, 2).map((r) => ['-f', 'json', '--root', r.root])];
      for (const flags of flagSets) {
        const standard = await run(['lineage', input, ...flags, '--loader', 'standard']);
        const compact = await run(['lineage', input, ...flags, '--loader', 'compact']);
        expect(standard.code, standard.stderr).toBe(0);
        expect(compact.stdout, `${file} ${flags.join(' ')}`).toBe(standard.stdout);
      }
    }
  });

  it('picks the compact path by itself for a large input (a 30 000-node generated ecosystem, JSON and CSV)', async () => {
    const graph = generateEcosystem({ nodes: 30_000, seed: 21 });
    const json = join(TMP, 'generated.json');
    writeFileSync(json, writeJson(graph));
    const dir = join(TMP, 'generated-csv');
    mkdirSync(dir);
    const { nodes, edges } = writeCsv(graph);
    writeFileSync(join(dir, 'nodes.csv'), nodes);
    writeFileSync(join(dir, 'edges.csv'), edges);
    expect(statSync(json).size).toBeGreaterThan(1024 * 1024);
    for (const input of [json, dir]) {
      const auto = await run(['lineage', input, '-f', 'json'], true);
      const standard = await run(['lineage', input, '-f', 'json', '--loader', 'standard']);
      expect(auto.stdout).toBe(standard.stdout);
      expect(auto.stderr).toMatch(/load \[#*\.*\] \d+%/); // the compact loader's progress, on a terminal
      expect((JSON.parse(auto.stdout) as { roots: unknown[] }).roots.length).toBeGreaterThan(10);
    }
  }, 120_000);

  it('usage: --infer-from-careers needs the whole graph; an unknown --root; --help states the rule', async () => {
    const input = join(GRAPHS, 'sapporo-valley.json');
    const infer = await run(['lineage', input, '--infer-from-careers', '--loader', 'compact']);
    expect(infer.code).toBe(2);
    expect(infer.stderr).toMatch(/--infer-from-careers reads the whole graph/);
    const root = await run(['lineage', input, '--root', 'nope', '--loader', 'compact']);
    expect(root.code).toBe(2);
    expect(root.stderr).toMatch(/--root "nope" is not a node/);
    const help = (await run(['lineage', '--help'])).stdout;
    expect(help).toMatch(/1 MiB or more is streamed/);
    expect(help).toMatch(/exit code 130/);
  });
});

describe('lineage: Ctrl-C', () => {
  it('a SIGINT while loading exits 130, keeps the earlier output and leaves no temp file', async () => {
    const dir = join(TMP, 'ba-600k');
    writeEdgeListCsvDirectory(dir, 600_000, barabasiAlbertEdges(600_000, 5, 6));
    const output = join(TMP, 'out', 'lineage.json');
    // as soon as it reads the input (55 MB to load), or after 3.5 s where /proc is missing
    const { code, signal, stderr, stoppedAfterMs, output: text, files } = await interruptCli(['lineage', dir, '-f', 'json', '-o', output], output, 3500, { whenOpened: join(dir, 'edges.csv') });
    expect(signal).toBeNull();
    expect(code).toBe(130);
    expect(stoppedAfterMs).toBeLessThan(5000);
    expect(stderr).toMatch(/interrupted \(Ctrl-C\); no output was written/);
    expect(text).toBe(EARLIER_OUTPUT);
    expect(files).toEqual(['lineage.json']);
  }, 120_000);
});
