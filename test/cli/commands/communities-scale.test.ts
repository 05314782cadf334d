/**
 * `ecograph communities` at scale: the compact loader prints exactly what the standard path prints,
 * views above 100 000 nodes run the same engine with the restarts the work budget allows, progress
 * appears on a terminal only, and Ctrl-C (a real SIGINT to a real child process, sent once it reads
 * its input) stops the run:
 * exit 130, the earlier output file intact, no temp file left.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { barabasiAlbertEdges, writeEdgeListCsvDirectory } from '../../../bench/barabasi-albert.js';
import { writeCsv } from '../../../src/io/csv.js';
import { loadGraph } from '../../../src/io/files.js';
import { EARLIER_OUTPUT, interruptCli } from '../../helpers/interrupt-cli.js';
import { run } from './metrics-cli.js';

const TMP = mkdtempSync(join(tmpdir(), 'ecograph-communities-scale-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const GRAPHS = fileURLToPath(new URL('../../../graphs/', import.meta.url));

describe('communities: compact loader and the work budget', () => {
  it('--loader compact prints what --loader standard prints (JSON, CSV, table; views with filters and weights)', async () => {
    const csvDir = join(TMP, 'sapporo-csv');
    mkdirSync(csvDir);
    const { nodes, edges } = writeCsv(await loadGraph(join(GRAPHS, 'sapporo-valley.json')));
    writeFileSync(join(csvDir, 'nodes.csv'), nodes);
    writeFileSync(join(csvDir, 'edges.csv'), edges);
    const inputs = [...readdirSync(GRAPHS).filter((f) => f.endsWith('.json')).map((f) => join(GRAPHS, f)), csvDir];
    const flagSets = [['-f', 'json'], ['-f', 'csv'], ['--top', '4'], ['-f', 'json', '--algorithm', 'leiden'], ['-f', 'json', '--algorithm', 'leiden', '--objective', 'cpm', '--resolution', '0.2'], ['-f', 'json', '--weighted', '--weight-as', 'strength', '--node-kinds', 'firm,anchor,university,founder,person']];
    for (const input of inputs)
      for (const flags of flagSets) {
        const standard = await run(['communities', input, ...flags, '--loader', 'standard']);
        const compact = await run(['communities', input, ...flags, '--loader', 'compact']);
        expect(standard.code, `${input} ${flags.join(' ')}: ${standard.stderr}`).toBe(0);
        expect(compact.stdout, `${input} ${flags.join(' ')}`).toBe(standard.stdout);
      }
    const json = JSON.parse((await run(['communities', inputs[0]!, '-f', 'json'])).stdout) as { path: string; restarts: number };
    expect(json).toMatchObject({ path: 'budget', restarts: 16 });
  });

  it('above 100 000 nodes the same engine runs, with the restarts the work budget allows unless --restarts is given', async () => {
    const dir = join(TMP, 'tree-100k');
    writeEdgeListCsvDirectory(dir, 100_001, barabasiAlbertEdges(100_001, 1, 3)); // a tree: 1.6 MB, compact by size
    const auto = await run(['communities', dir, '-f', 'json']);
    expect(auto.code, auto.stderr).toBe(0);
    const out = JSON.parse(auto.stdout) as { path: string; reason: string; restarts: number; modularity: number; view: { nodes: number }; nodes: unknown[] };
    // 100 000 ties = 200 000 arcs: floor(1 000 000 / 200 000) = 5 restarts
    expect(out).toMatchObject({ path: 'budget', restarts: 5, view: { nodes: 100_001 } });
    expect(out.reason).toMatch(/5 restarts: the work budget of 1,000,000 arc visits over 200,000 arcs/);
    expect(out.nodes).toHaveLength(100_001);
    expect(out.modularity).toBeGreaterThan(0.9); // a tree splits into many dense-enough branches
    const two = JSON.parse((await run(['communities', dir, '-f', 'json', '--restarts', '2'])).stdout) as { path: string; reason: string; restarts: number; modularity: number };
    expect(two).toMatchObject({ path: 'asked', restarts: 2, reason: '2 restarts asked for' });
    // the same seeded stream: the first two of five runs are the two runs
    expect(out.modularity).toBeGreaterThanOrEqual(two.modularity);
  }, 300_000);

  it('draws progress on a terminal only; --help states the rules', async () => {
    const input = join(GRAPHS, 'kobe-biomedical.json');
    const pipe = await run(['communities', input, '-f', 'json', '--loader', 'compact']);
    expect(pipe.stderr).toBe('');
    const tty = await run(['communities', input, '-f', 'json', '--loader', 'compact'], true);
    expect(tty.stderr).toMatch(/louvain runs \[#*\.*\] \d+%/);
    expect(tty.stdout).toBe(pipe.stdout);
    const help = (await run(['communities', '--help'])).stdout;
    expect(help).toMatch(/1 MiB or more is streamed/);
    expect(help).toMatch(/min\(16, max\(1, floor\(1,000,000 \/ arcs\)\)\)/);
    expect(help).toMatch(/only nodes\s+whose neighbours moved/);
    expect(help).toMatch(/Louvain stays the default/);
    expect(help).toMatch(/exit code 130/);
  });
});

describe('communities: Ctrl-C', () => {
  it('a SIGINT to `node bin/ecograph.js communities` exits 130, keeps the earlier output and leaves no temp file', async () => {
    const dir = join(TMP, 'ba-150k');
    writeEdgeListCsvDirectory(dir, 150_000, barabasiAlbertEdges(150_000, 5, 4));
    const output = join(TMP, 'out', 'communities.json');
    // 40 restarts: over a minute of work, interrupted as soon as it reads the ties (while it loads
    // them or runs Louvain), or after 7 s where /proc is missing
    const { code, signal, stderr, stoppedAfterMs, output: text, files } = await interruptCli(['communities', dir, '-f', 'json', '--restarts', '40', '-o', output], output, 7000, {
      whenOpened: join(dir, 'edges.csv'),
    });
    expect(signal).toBeNull();
    expect(code).toBe(130);
    expect(stoppedAfterMs).toBeLessThan(5000);
    expect(stderr).toMatch(/interrupted \(Ctrl-C\); no output was written/);
    expect(text).toBe(EARLIER_OUTPUT);
    expect(files).toEqual(['communities.json']);
  }, 120_000);
});
