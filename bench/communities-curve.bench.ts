/**
 * The cost curve of Louvain and Leiden over graph size, with the default settings: seeded
 * Barabási–Albert graphs (m = 5, seed 42; bench/barabasi-albert.ts) of 10k to 200k nodes, including
 * 99,999 / 100,000 / 100,001 (where an earlier version switched between two algorithms), each
 * written once as an ecograph CSV directory in a temporary directory. Every run is a fresh process
 * (bench/communities-ecograph-child.ts: `openView` as the CLI opens the directory, then the CLI's
 * default plan), so the first run's compilation counts as it does for a user. The sizes take turns
 * in every round (`--rounds R`, default 3); the table gives the median compute time, the time per
 * million arcs (flat when the cost grows linearly with size), the plan (restarts, Leiden passes)
 * and the modularity. `--sizes a,b,…` chooses other sizes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barabasiAlbertEdges, writeEdgeListCsvDirectory } from './barabasi-albert.js';
import { formatMs, type BenchSuite } from './suite.js';

const CHILD = fileURLToPath(new URL('./communities-ecograph-child.ts', import.meta.url));
const DEFAULT_SIZES = [10_000, 25_000, 50_000, 99_999, 100_000, 100_001, 200_000];
const ALGORITHMS = ['louvain', 'leiden'] as const;
const LIMIT_MS = 1_800_000;

interface ChildRun {
  loadMs: number;
  ms: number;
  restarts: number;
  iterations?: number;
  modularity: number;
  communities: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function runChild(algorithm: string, dir: string, out: string): ChildRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, algorithm, dir, out], { encoding: 'utf8', timeout: LIMIT_MS });
  if (r.status !== 0) throw new Error(`communities-ecograph-child ${algorithm} ${dir}: ${(r.stderr || String(r.signal)).trim().split('\n').pop()}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildRun;
}

const suite: BenchSuite = {
  name: 'communities-curve',
  description: 'Louvain and Leiden compute time over size (BA 10k–200k, 99,999 / 100,000 / 100,001 included): one fresh process a run, default settings; time per million arcs',
  async run({ options, log }) {
    const sizes = options.sizes ?? DEFAULT_SIZES;
    const rounds = options.rounds ?? 3;
    const seed = 42;
    const [l1, l5, l15] = loadavg();
    log(`machine: load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} / ${l15!.toFixed(2)} at start; ${rounds} round(s)`);
    const root = mkdtempSync(join(tmpdir(), 'ecograph-communities-curve-'));
    try {
      const arcsOf = new Map<number, number>();
      for (const n of sizes) {
        const edges = barabasiAlbertEdges(n, 5, seed);
        const dir = join(root, String(n));
        mkdirSync(dir);
        writeEdgeListCsvDirectory(dir, n, edges);
        arcsOf.set(n, 2 * edges.source.length);
        log(`generated BA n=${n}, m=5, seed ${seed}: ${edges.source.length} ties`);
      }
      const runs = new Map<string, ChildRun[]>();
      for (let round = 1; round <= rounds; round++) {
        log(`round ${round}, load average ${loadavg()[0]!.toFixed(2)}`);
        for (const n of sizes)
          for (const algorithm of ALGORITHMS) {
            const run = runChild(algorithm, join(root, String(n)), join(root, `${n}-${algorithm}.txt`));
            const key = `${n} ${algorithm}`;
            runs.set(key, [...(runs.get(key) ?? []), run]);
            log(`  ${algorithm.padEnd(7)} ${String(n).padStart(7)}  load ${formatMs(run.loadMs)}, compute ${formatMs(run.ms)}, Q ${run.modularity.toFixed(4)}`);
          }
      }
      log('');
      log(`Markdown (medians of ${rounds} interleaved rounds; load average ${l1!.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end):`);
      log('');
      log('| nodes | arcs | Louvain restarts | Louvain compute | Louvain ms per 1M arcs | Louvain Q | Leiden restarts × passes | Leiden compute | Leiden ms per 1M arcs | Leiden Q |');
      log('|---|---|---|---|---|---|---|---|---|---|');
      for (const n of sizes) {
        const arcs = arcsOf.get(n)!;
        const lv = runs.get(`${n} louvain`)!;
        const ld = runs.get(`${n} leiden`)!;
        const lvMs = median(lv.map((r) => r.ms));
        const ldMs = median(ld.map((r) => r.ms));
        log(
          `| ${n.toLocaleString('en')} | ${arcs.toLocaleString('en')} | ${lv[0]!.restarts} | ${formatMs(lvMs)} | ${((lvMs * 1e6) / arcs).toFixed(0)} | ${lv[0]!.modularity.toFixed(4)} | ${ld[0]!.restarts} × ${ld[0]!.iterations ?? '—'} | ${formatMs(ldMs)} | ${((ldMs * 1e6) / arcs).toFixed(0)} | ${ld[0]!.modularity.toFixed(4)} |`,
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};

export default suite;
