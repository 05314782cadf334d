/**
 * Scale, end to end: the ecograph CLI on a CSV directory beside igraph, NetworKit, NetworkX and
 * graphology loading an edge list and computing, on seeded Barabási–Albert graphs (seed 42,
 * bench/barabasi-albert.ts). Rows:
 *   - PageRank on 100k nodes / 500k ties and 500k nodes / 2.5M ties (m = 5): ecograph, igraph
 *     (Read_Ncol + pagerank), NetworKit (EdgeListReader + PageRank), and at 100k NetworkX
 *     (read_edgelist + pagerank) and graphology (edges.csv + graphology-metrics pagerank);
 *   - exact betweenness and closeness on 10k nodes / 30k ties (m = 3): ecograph, igraph, NetworKit;
 *   - start-up of the binary: `ecograph --help` and `ecograph centrality` on a 3-node graph, beside
 *     `node -e 0`.
 * What is timed: for ecograph, the wall time of the whole CLI process (`node bin/ecograph.js
 * centrality DIR --measures M -f json -o FILE`: start-up, module loading, reading and validating
 * the CSV directory, the computation and writing every node's value); for the other tools, the
 * load of the file plus the computation as the child process reports them (their interpreter
 * start-up and imports excluded; the whole child process's wall time is shown beside). The tools
 * take turns in every round (`--rounds R`, default 5) so that load on the machine falls on all of
 * them; the table gives medians and the median of the per-round ratios to igraph. `--nodes N`
 * scales the sizes (N for the path measures, 10N and 50N for PageRank); `--no-external` leaves out
 * the Python tools. On a busy machine a run can be cut down with the environment variables
 * `ECOGRAPH_SCALE_TASKS` (comma-separated: startup, pagerank, pagerank-large, betweenness,
 * closeness) and `ECOGRAPH_SCALE_TOOLS` (ecograph, igraph, networkit, networkx, graphology); both
 * default to all. The compute-only table (graph already built) is the `scale-compute` suite.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barabasiAlbertEdges, writeEdgeListCsvDirectory, type EdgeArrays } from './barabasi-albert.js';
import { networkitPython } from './networkit-env.js';
import { formatMs, type BenchSuite } from './suite.js';

const PYTHON = '/usr/bin/python3';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = join(ROOT, 'bench', 'scale_baselines.py');
const GRAPHOLOGY_CHILD = join(ROOT, 'bench', 'pagerank-child.ts');
const CLI = join(ROOT, 'bin', 'ecograph.js');
const SEED = 42;
const LIMIT_MS = 1_800_000;

/** One timed run: `ms` is what is compared (ecograph: the whole process; others: load + compute). */
interface Sample {
  ms: number;
  loadMs?: number;
  computeMs?: number;
  processMs: number;
}

interface Tool {
  /** ecograph, igraph, networkit, networkx or graphology (for ECOGRAPH_SCALE_TOOLS). */
  id: string;
  name: string;
  run(): Sample;
}

interface Task {
  /** startup, pagerank, pagerank-large, betweenness or closeness (for ECOGRAPH_SCALE_TASKS). */
  id: string;
  label: string;
  graph: string;
  tools: Tool[];
  /** Runs of each tool per round (start-up rows take several). */
  repeat: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function wall(command: string, args: string[], env?: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 1 << 26, ...(env ? { env } : {}) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${(r.stderr || String(r.signal ?? r.error)).trim().split('\n').pop()}`);
  return { ms, stdout: r.stdout };
}

/** A child that prints `{"loadMs", "ms"}` as its last line: compared by load + compute. */
function reported(command: string, args: string[]): Sample {
  const { ms: processMs, stdout } = wall(command, args);
  const out = JSON.parse(stdout.trim().split('\n').pop()!) as { loadMs: number; ms: number };
  return { ms: out.loadMs + out.ms, loadMs: out.loadMs, computeMs: out.ms, processMs };
}

/** The ecograph CLI, timed from outside as one process. */
function cli(args: string[], output?: string): Sample {
  const { ms } = wall(process.execPath, [CLI, ...args]);
  if (output !== undefined && !(existsSync(output) && statSync(output).size > 0)) throw new Error(`ecograph ${args.join(' ')} wrote no ${output}`);
  return { ms, processMs: ms };
}

/** A space-separated edge list of the node names the CSV directory uses (n0 … n(n−1)). */
function writeNcol(file: string, edges: EdgeArrays): void {
  const fd = openSync(file, 'w');
  try {
    let chunk = '';
    for (let i = 0; i < edges.source.length; i++) {
      chunk += `n${edges.source[i]} n${edges.target[i]}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

const sizeLabel = (n: number, ties: number) => {
  const short = (x: number) => (x >= 1e6 ? `${Math.round(x / 1e5) / 10}M` : `${Math.round(x / 1e3)}k`);
  return `${short(n)} / ${short(ties)}`;
};

const suite: BenchSuite = {
  name: 'scale',
  description: 'end to end: ecograph CLI (PageRank 100k/500k, exact betweenness and closeness 10k, start-up) beside igraph, NetworKit, NetworkX, graphology; interleaved rounds',
  async run({ options, log }) {
    const rounds = options.rounds ?? 5;
    const small = options.nodes ?? 10_000;
    const cores = availableParallelism();
    const [l1, l5, l15] = loadavg();
    log(`machine: ${cores} cores, load average ${l1!.toFixed(2)} / ${l5!.toFixed(2)} / ${l15!.toFixed(2)} at start; ${rounds} interleaved rounds; graphs seed ${SEED}`);
    for (const variable of ['ECOGRAPH_SCALE_TASKS', 'ECOGRAPH_SCALE_TOOLS']) if (listed(variable)) log(`${variable}=${listed(variable)!.join(',')}: only these`);
    const external = !options.noExternal && existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import igraph, networkx']).status === 0;
    if (!options.noExternal && !external) log('igraph / NetworkX: skipped (/usr/bin/python3 with python3-igraph and python3-networkx not found)');
    const nk = options.noExternal ? undefined : networkitPython(log);
    if (!existsSync(join(ROOT, 'dist', 'cli'))) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-lib.mjs')], { stdio: 'inherit' });
    const data = mkdtempSync(join(tmpdir(), 'ecograph-scale-'));
    try {
      const out = join(data, 'out.json');
      const graph = (n: number, m: number) => {
        const dir = join(data, `ba-${n}-${m}`);
        const edges = barabasiAlbertEdges(n, m, SEED);
        writeEdgeListCsvDirectory(dir, n, edges);
        writeNcol(join(dir, 'edges.ncol'), edges);
        return { dir, ncol: join(dir, 'edges.ncol'), label: sizeLabel(n, edges.source.length) + ` (BA m=${m})` };
      };
      const tiny = join(data, 'tiny');
      mkdirSync(tiny);
      writeFileSync(join(tiny, 'nodes.csv'), 'id,label\na,A\nb,B\nc,C\n');
      writeFileSync(join(tiny, 'edges.csv'), 'source,target\na,b\nb,c\n');

      const python = (tool: string, task: string, file: string): Tool | undefined => {
        const exe = tool === 'networkit' ? nk : external ? PYTHON : undefined;
        if (exe === undefined) return undefined;
        const names: Record<string, string> = {
          igraph: 'igraph (Read_Ncol + compute)',
          networkx: 'NetworkX (read_edgelist + compute)',
          networkit: `NetworKit (EdgeListReader + compute, ${cores} threads)`,
        };
        return { id: tool, name: names[tool]!, run: () => reported(exe, [SCRIPT, 'e2e', tool, task, file]) };
      };
      const ecograph = (dir: string, measure: string): Tool => ({
        id: 'ecograph',
        name: 'ecograph CLI (whole process)',
        run: () => cli(['centrality', dir, '--measures', measure, '-f', 'json', '-o', out], out),
      });
      const tasks: Task[] = [];
      tasks.push({
        id: 'startup',
        label: 'start-up: `ecograph --help`',
        graph: '—',
        repeat: 3,
        tools: [
          { id: 'ecograph', name: 'ecograph CLI (whole process)', run: () => cli(['--help']) },
          { id: 'ecograph', name: '`node -e 0` (Node alone)', run: timeNode },
        ],
      });
      tasks.push({
        id: 'startup',
        label: 'start-up: `ecograph centrality --measures pagerank`',
        graph: '3 / 2',
        repeat: 3,
        tools: [{ id: 'ecograph', name: 'ecograph CLI (whole process)', run: () => cli(['centrality', tiny, '--measures', 'pagerank', '-f', 'json', '-o', out], out) }],
      });
      for (const [n, withSlowTools, id] of [
        [small * 10, true, 'pagerank'],
        [small * 50, false, 'pagerank-large'],
      ] as const) {
        if (!taskWanted(id)) continue;
        const g = graph(n, 5);
        const tools = [ecograph(g.dir, 'pagerank'), python('igraph', 'pagerank', g.ncol), python('networkit', 'pagerank', g.ncol)];
        if (withSlowTools) {
          tools.push(python('networkx', 'pagerank', g.ncol));
          tools.push({ id: 'graphology', name: 'graphology-metrics (edges.csv + compute)', run: () => reported(process.execPath, ['--import', 'tsx', GRAPHOLOGY_CHILD, join(g.dir, 'edges.csv')]) });
        }
        tasks.push({ id, label: 'PageRank', graph: g.label, repeat: 1, tools: tools.filter((t): t is Tool => t !== undefined) });
      }
      const paths = graph(small, 3);
      for (const [measure, label] of [
        ['betweenness', `exact betweenness (ecograph and NetworKit: ${cores} threads)`],
        ['closeness', `closeness (ecograph and NetworKit: ${cores} threads)`],
      ] as const)
        tasks.push({
          id: measure,
          label,
          graph: paths.label,
          repeat: 1,
          tools: [ecograph(paths.dir, measure), python('igraph', measure, paths.ncol), python('networkit', measure, paths.ncol)].filter((t): t is Tool => t !== undefined),
        });

      // the tasks and tools asked for (ECOGRAPH_SCALE_TASKS, ECOGRAPH_SCALE_TOOLS)
      for (let t = tasks.length - 1; t >= 0; t--) {
        tasks[t]!.tools = tasks[t]!.tools.filter((tool) => toolWanted(tool.id));
        if (!taskWanted(tasks[t]!.id) || tasks[t]!.tools.length === 0) tasks.splice(t, 1);
      }
      const samples = new Map<string, Sample[][]>(); // task × tool → per round, its runs
      const key = (t: number, tool: string) => `${t}\t${tool}`;
      for (let round = 0; round < rounds; round++) {
        log(`round ${round + 1}, load average ${loadavg()[0]!.toFixed(2)}`);
        tasks.forEach((task, t) => {
          for (const tool of task.tools) {
            const runs: Sample[] = [];
            for (let r = 0; r < task.repeat; r++) runs.push(tool.run());
            const list = samples.get(key(t, tool.name)) ?? samples.set(key(t, tool.name), []).get(key(t, tool.name))!;
            list.push(runs);
            log(`  ${task.label} ${task.graph} — ${tool.name}: ${runs.map((s) => formatMs(s.ms)).join(', ')}`);
          }
        });
      }

      const [e1, e5, e15] = loadavg();
      log('');
      log(`Markdown (medians of ${rounds} interleaved rounds; load average ${l1!.toFixed(2)} at the start, ${e1!.toFixed(2)} / ${e5!.toFixed(2)} / ${e15!.toFixed(2)} at the end):`);
      log('');
      log('| task | graph (nodes / ties) | tool | time (median) | range | load | compute | whole process | ÷ igraph (median of rounds) |');
      log('|---|---|---|---|---|---|---|---|---|');
      tasks.forEach((task, t) => {
        const igraph = task.tools.find((x) => x.name.startsWith('igraph'));
        const base = igraph ? samples.get(key(t, igraph.name))! : undefined;
        for (const tool of task.tools) {
          const perRound = samples.get(key(t, tool.name))!;
          const all = perRound.flat();
          const times = all.map((s) => s.ms);
          const part = (f: (s: Sample) => number | undefined) => (all.every((s) => f(s) !== undefined) ? formatMs(median(all.map((s) => f(s)!))) : '—');
          const ratio = base ? median(perRound.map((runs, r) => median(runs.map((s) => s.ms)) / median(base[r]!.map((s) => s.ms)))) : undefined;
          log(
            `| ${task.label} | ${task.graph} | ${tool.name} | ${formatMs(median(times))} | ${formatMs(Math.min(...times))}–${formatMs(Math.max(...times))} | ${part((s) => s.loadMs)} | ${part((s) => s.computeMs)} | ${formatMs(median(all.map((s) => s.processMs)))} | ${ratio === undefined ? '—' : `${ratio.toFixed(2)}×`} |`,
          );
        }
      });
      log('');
      log('ecograph: the whole CLI process; the others: load + compute inside their process (the whole process beside). Ratios: per round, the tool time over igraph time, then the median.');
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  },
};

const listed = (variable: string) => process.env[variable]?.split(',').map((x) => x.trim()).filter((x) => x !== '');
const taskWanted = (id: string) => listed('ECOGRAPH_SCALE_TASKS')?.includes(id) ?? true;
const toolWanted = (id: string) => listed('ECOGRAPH_SCALE_TOOLS')?.includes(id) ?? true;

/** `node -e 0`: the floor of any Node program's start-up on this machine. */
function timeNode(): Sample {
  const { ms } = wall(process.execPath, ['-e', '0']);
  return { ms, processMs: ms };
}

export default suite;
