/**
 * Scale of loading and of Louvain: seeded Barabási–Albert graphs (m = 5; bench/barabasi-albert.ts)
 * of 100k and 1M nodes (`--nodes N`: N/10 and N), written to a temporary directory (never the
 * repository) as an ecograph CSV directory, as ecograph JSON (one element per line, as writeJson
 * writes) and as a space-separated edge list for igraph and NetworkX. Every measurement runs in a
 * fresh child process, which reports its own time and peak resident set size:
 *   - load: the compact streaming loader (loadCompactGraph, CSV and JSON) beside the standard path
 *     (loadGraph → buildView → indexGraph), igraph Graph.Read_Ncol, igraph TupleList over Python's
 *     csv reader on the same edges.csv, and NetworkX read_edgelist;
 *   - Louvain: one run and the best of 16 restarts on the same compact graph, and igraph
 *     community_multilevel; modularity of each.
 * Runs that would pass their time limit are stopped and reported as such. The suite ends with a
 * markdown table (dated runs go to docs/performance.md, sections Loading and Louvain).
 * `--no-external` skips igraph and NetworkX. `--rounds R` measures only the compact CSV and JSON
 * loads and igraph's Read_Ncol, taking turns in each of R rounds, and reports their medians.
 * ECOGRAPH_BENCH_IDS=named writes ids that are not a prefix and a number (`n7x`, `e7x`), which the
 * compact loader hashes as it does the names of real organisations (default: numbered, `n7`, `e7`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barabasiAlbertEdges, nodeIdOf, writeEdgeListCsvDirectory, writeEdgeListJson, writeStreamed, type IdForm } from './barabasi-albert.js';
import { formatMs, type BenchSuite } from './suite.js';

const PYTHON = '/usr/bin/python3';
const CHILD = fileURLToPath(new URL('./scale-load-child.ts', import.meta.url));
const BASELINES = fileURLToPath(new URL('./scale_load_baselines.py', import.meta.url));
/** `numbered` (default: `n0`, `e0`, …) or `named` (`n0x`, `e0x`, …: hashed, not found by number). */
const IDS_ENV = 'ECOGRAPH_BENCH_IDS';
const LIMIT_MS = { load: 600_000, louvain: 1_800_000 };

interface Measured {
  task: string;
  loadMs?: number;
  ms?: number;
  louvainMs?: number;
  modularity?: number;
  communities?: number;
  nodes?: number;
  edges?: number;
  maxRssMB?: number;
  restarts?: number;
  versions?: Record<string, string>;
}
type Outcome = Measured | { failed: string };

function run(command: string, args: string[], limitMs: number): Outcome {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: limitMs, maxBuffer: 1 << 24 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { failed: `stopped after ${limitMs / 1000} s` };
  if (r.status !== 0) {
    const lines = (r.stderr || String(r.signal)).trim().split('\n');
    const fatal = lines.find((l) => /FATAL ERROR|out of memory/i.test(l));
    return { failed: `failed: ${(fatal ?? lines.pop() ?? '').trim()}` };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

const node = (task: string, path: string, limitMs: number, extra: string[] = []) =>
  run(process.execPath, ['--import', 'tsx', CHILD, task, path, ...extra], limitMs);
const python = (task: string, path: string, limitMs: number) => run(PYTHON, [BASELINES, task, path], limitMs);

const fmtRss = (o: Outcome) => ('failed' in o ? '—' : o.maxRssMB !== undefined ? `${(o.maxRssMB / 1024).toFixed(2)} GB` : '—');
const timeOf = (o: Outcome) => ('failed' in o ? undefined : (o.loadMs ?? o.ms));

const suite: BenchSuite = {
  name: 'scale-load',
  description: 'loading 100k / 1M-node CSV and JSON (compact streaming vs standard, igraph, NetworkX) with peak RSS; Louvain fast vs standard vs igraph',
  async run({ options, log }) {
    const big = options.nodes ?? 1_000_000;
    const small = Math.max(1000, Math.round(big / 10));
    const dir = mkdtempSync(join(tmpdir(), 'ecograph-scale-load-'));
    const idsEnv = process.env[IDS_ENV];
    if (idsEnv !== undefined && idsEnv !== 'numbered' && idsEnv !== 'named') throw new Error(`${IDS_ENV} must be numbered or named, not ${idsEnv}`);
    const form: IdForm = idsEnv ?? 'numbered';
    const external = !options.noExternal && existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import igraph, networkx']).status === 0;
    const [l1, l5, l15] = loadavg();
    log(`machine: load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} / ${l15!.toFixed(2)} at start; data in ${dir}; ids ${form} (${nodeIdOf(7, form)})`);
    try {
      const files: Record<number, { csv: string; json: string; ncol: string; edges: number }> = {};
      for (const n of [small, big]) {
        const edges = barabasiAlbertEdges(n, 5, options.seed);
        const csv = join(dir, `ba-${n}-csv`);
        writeEdgeListCsvDirectory(csv, n, edges, form);
        const json = join(dir, `ba-${n}.json`);
        writeEdgeListJson(json, n, edges, form);
        const ncol = join(dir, `ba-${n}.ncol`);
        writeStreamed(ncol, edges.source.length, (i) => `${nodeIdOf(edges.source[i]!, form)} ${nodeIdOf(edges.target[i]!, form)}\n`);
        files[n] = { csv, json, ncol, edges: edges.source.length };
        log(`generated BA n=${n}, m=5: ${edges.source.length} edges (CSV, JSON, edge list)`);
      }

      if (options.rounds !== undefined) {
        // Interleaved: the compact CSV and JSON loads and igraph's Read_Ncol take turns in every
        // round, so that other work on the machine falls on all three; medians of the rounds.
        const rows: Array<{ what: string; n: number; run: () => Outcome; times: number[]; rss: number[] }> = [];
        for (const n of [small, big]) {
          rows.push({ what: 'ecograph compact, CSV directory', n, run: () => node('compact', files[n]!.csv, LIMIT_MS.load), times: [], rss: [] });
          rows.push({ what: 'ecograph compact, JSON', n, run: () => node('compact', files[n]!.json, LIMIT_MS.load), times: [], rss: [] });
          if (external) rows.push({ what: 'igraph Graph.Read_Ncol, edge list', n, run: () => python('igraph-ncol', files[n]!.ncol, LIMIT_MS.load), times: [], rss: [] });
        }
        for (let round = 1; round <= options.rounds; round++)
          for (const row of rows) {
            const outcome = row.run();
            const t = timeOf(outcome);
            if (t !== undefined) row.times.push(t);
            if (!('failed' in outcome) && outcome.maxRssMB !== undefined) row.rss.push(outcome.maxRssMB);
            log(`  round ${round} ${row.what.padEnd(40)} ${String(row.n).padStart(8)}  ${'failed' in outcome ? outcome.failed : `${formatMs(t)}, peak RSS ${fmtRss(outcome)}`}`);
          }
        const med = (xs: number[]) => {
          const v = [...xs].sort((a, b) => a - b);
          return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
        };
        const [e1] = loadavg();
        log('');
        log(`Markdown (medians of ${options.rounds} interleaved rounds; load average ${l1!.toFixed(1)} at start, ${e1!.toFixed(1)} at the end):`);
        log('');
        log('| load | nodes / edges | median time | range | peak RSS (median) | time ÷ ecograph compact CSV |');
        log('|---|---|---|---|---|---|');
        for (const row of rows) {
          const base = med(rows.find((r) => r.n === row.n && r.what === 'ecograph compact, CSV directory')!.times);
          const t = med(row.times);
          log(
            `| ${row.what} | ${row.n.toLocaleString('en')} / ${files[row.n]!.edges.toLocaleString('en')} | ${formatMs(t)} | ${formatMs(Math.min(...row.times))}–${formatMs(Math.max(...row.times))} | ${(med(row.rss) / 1024).toFixed(2)} GB | ${(t / base).toFixed(2)}× |`,
          );
        }
        return;
      }

      const load: Array<{ what: string; n: number; outcome: Outcome }> = [];
      const measure = (what: string, n: number, outcome: Outcome) => {
        load.push({ what, n, outcome });
        const t = timeOf(outcome);
        log(`  ${what.padEnd(44)} ${String(n).padStart(8)}  ${'failed' in outcome ? outcome.failed : `${formatMs(t)}, peak RSS ${fmtRss(outcome)}`}`);
      };
      log('load (time in the child process, without start-up; peak RSS of the child):');
      for (const n of [small, big]) {
        measure('ecograph compact, CSV directory', n, node('compact', files[n]!.csv, LIMIT_MS.load));
        measure('ecograph compact, JSON', n, node('compact', files[n]!.json, LIMIT_MS.load));
      }
      measure('ecograph standard (loadGraph), CSV directory', small, node('standard', files[small]!.csv, LIMIT_MS.load));
      measure('ecograph standard (loadGraph), JSON', small, node('standard', files[small]!.json, LIMIT_MS.load));
      measure('ecograph standard (loadGraph), CSV directory', big, node('standard', files[big]!.csv, LIMIT_MS.load));
      if (external)
        for (const n of [small, big]) {
          measure('igraph Graph.Read_Ncol, edge list', n, python('igraph-ncol', files[n]!.ncol, LIMIT_MS.load));
          measure('igraph TupleList(csv.reader), edges.csv', n, python('igraph-csv', join(files[n]!.csv, 'edges.csv'), LIMIT_MS.load));
          measure('NetworkX read_edgelist, edge list', n, python('networkx', files[n]!.ncol, LIMIT_MS.load));
        }

      log('Louvain (time after loading; modularity of the partition):');
      const louvain: Array<{ what: string; n: number; outcome: Outcome }> = [];
      const measureLouvain = (what: string, n: number, outcome: Outcome) => {
        louvain.push({ what, n, outcome });
        const text =
          'failed' in outcome ? outcome.failed : `${formatMs(outcome.louvainMs ?? outcome.ms)}, modularity ${outcome.modularity?.toFixed(4)}, ${outcome.communities} communities`;
        log(`  ${what.padEnd(44)} ${String(n).padStart(8)}  ${text}`);
      };
      for (const n of [small, big]) measureLouvain('ecograph Louvain (1 run)', n, node('louvain-fast', files[n]!.csv, LIMIT_MS.louvain));
      measureLouvain('ecograph Louvain (best of 16 restarts)', small, node('louvain-standard', files[small]!.csv, LIMIT_MS.louvain));
      if (external) for (const n of [small, big]) measureLouvain('igraph community_multilevel', n, python('igraph-louvain', files[n]!.ncol, LIMIT_MS.louvain));

      // markdown table for docs/performance.md
      const [e1, e5, e15] = loadavg();
      log('');
      log(`Markdown (load average ${l1!.toFixed(1)} at start, ${e1!.toFixed(1)} / ${e5!.toFixed(1)} / ${e15!.toFixed(1)} at the end):`);
      log('');
      log('| load | nodes / edges | time | peak RSS | time ÷ ecograph compact CSV |');
      log('|---|---|---|---|---|');
      for (const { what, n, outcome } of load) {
        const base = timeOf(load.find((r) => r.n === n && r.what === 'ecograph compact, CSV directory')!.outcome);
        const t = timeOf(outcome);
        const ratio = t !== undefined && base !== undefined ? `${(t / base).toFixed(2)}×` : '—';
        log(`| ${what} | ${n.toLocaleString('en')} / ${files[n]!.edges.toLocaleString('en')} | ${'failed' in outcome ? outcome.failed : formatMs(t)} | ${fmtRss(outcome)} | ${ratio} |`);
      }
      log('');
      log('| Louvain | nodes | time | modularity | communities |');
      log('|---|---|---|---|---|');
      for (const { what, n, outcome } of louvain)
        log(
          `| ${what} | ${n.toLocaleString('en')} | ${'failed' in outcome ? outcome.failed : formatMs(outcome.louvainMs ?? outcome.ms)} | ${'failed' in outcome ? '—' : outcome.modularity?.toFixed(4)} | ${'failed' in outcome ? '—' : outcome.communities} |`,
        );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
