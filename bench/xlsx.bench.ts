/**
 * Excel workbooks beside CSV: one generated graph (default 20 000 nodes and 100 000 edges, so the
 * workbook has 120 000 rows; `--nodes N`: N nodes, 5N edges) written to a temporary directory as a
 * workbook (`saveGraph` → Kumu layout) and as a CSV directory, then each read and validated by
 * `readGraphFile` in a fresh child process that reports its time and peak resident set size. The
 * workbook is streamed (its sheet XML is parsed as it is unzipped, never held whole), so its peak
 * memory stays near the CSV reader's while its time is the unzip and XML parse on top.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveGraph } from '../src/io/files.js';
import { createEcoGraph } from '../src/model/graph.js';
import { createRng } from '../src/model/random.js';
import { formatMs, type BenchSuite } from './suite.js';

const CHILD = fileURLToPath(new URL('./xlsx-child.ts', import.meta.url));
const KINDS = ['firm', 'founder', 'university', 'investor'] as const;

interface Measured {
  ms: number;
  nodes: number;
  edges: number;
  errors: number;
  maxRssMB: number;
}

function measure(path: string): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path], { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`reading ${path} failed: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

const suite: BenchSuite = {
  name: 'xlsx',
  description: 'read a 120k-row Excel workbook beside the same graph as CSV (time, peak memory)',
  async run({ options, log }) {
    const n = options.nodes ?? 20_000;
    const rng = createRng(options.seed);
    const graph = createEcoGraph();
    for (let i = 0; i < n; i++)
      graph.addNode(`n${i}`, { label: `株式会社テスト${i}`, kind: KINDS[i % KINDS.length]!, founded: 1950 + (i % 70), sources: [`doc-${i % 97}`] });
    for (let e = 0; e < 5 * n; e++) {
      const s = rng.int(n);
      const t = (s + 1 + rng.int(n - 1)) % n;
      graph.addUndirectedEdgeWithKey(`e${e}`, `n${s}`, `n${t}`, { kind: 'collaboration', weight: 1 + (e % 5), sources: [`doc-${e % 89}`] });
    }
    const dir = mkdtempSync(join(tmpdir(), 'ecograph-bench-xlsx-'));
    try {
      const book = join(dir, 'graph.xlsx');
      const csv = join(dir, 'csv') + '/';
      const writeStart = Date.now();
      await saveGraph(graph, book);
      const writeMs = Date.now() - writeStart;
      await saveGraph(graph, csv);
      const mb = (p: string) => (statSync(p).size / 1e6).toFixed(1);
      log(`graph: ${graph.order} nodes, ${graph.size} edges (${graph.order + graph.size + 2} workbook rows; seed ${options.seed})`);
      log(`workbook ${mb(book)} MB (written in ${formatMs(writeMs)}); CSV ${mb(join(csv, 'nodes.csv'))} + ${mb(join(csv, 'edges.csv'))} MB`);
      log('input        read+validate   peak RSS   nodes    edges');
      for (const [name, path] of [
        ['xlsx', book],
        ['csv', csv],
      ] as const) {
        const m = measure(path);
        if (m.errors > 0 || m.nodes !== graph.order || m.edges !== graph.size) throw new Error(`${name} read back ${m.nodes} nodes, ${m.edges} edges, ${m.errors} errors`);
        log(`${name.padEnd(12)} ${formatMs(m.ms).padStart(13)} ${`${m.maxRssMB} MB`.padStart(10)} ${String(m.nodes).padStart(6)} ${String(m.edges).padStart(8)}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
