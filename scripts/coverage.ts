/**
 * Line coverage of `src/` per folder, with floors for `model/`, `io/` and `metrics/`.
 *
 *   npm run coverage [-- <vitest arguments>]   runs the tests (all, or the files/folders given) with
 *                                              coverage on, then reports and checks the floors
 *   npm run coverage:report [-- --files]       reports from coverage/ after a run of
 *                                              `NODE_V8_COVERAGE=$PWD/coverage/processes npm test`
 *
 * Options of the report: `--files` also lists every file with its uncovered lines.
 * Exit status: the tests' status if they failed, else 1 when a folder is below its floor, else 0.
 *
 * Where the numbers come from. Tests run code in three kinds of places, each transformed:
 * - vitest's own processes (vite's transform): measured by @vitest/coverage-v8, which knows that
 *   transform and its source maps, into coverage/in-process/coverage-final.json. Its AST-based map
 *   lists every statement of every file under src/, run or not; the lines that start a statement
 *   are the lines counted here, the same a plain vitest coverage run counts.
 * - child processes (`node bin/ecograph.js …`, through tsx; compiled dist/ JS once the binary runs
 *   that) and worker threads (src/metrics/parallel/): Node writes their raw V8 coverage into the
 *   NODE_V8_COVERAGE folder, with the source maps it saw (tsx's inline maps) in each file's
 *   `source-map-cache`; for dist/*.js the map is the .js.map named by the file's sourceMappingURL.
 *   Each statement of the in-process map is looked up in the generated code through that map, and
 *   has run if the innermost V8 range holding its start has a count above zero in some process.
 *   A script elsewhere counts through the map Node recorded for it (a bundle run from a file).
 *   Scripts under src/ that Node ran without a map (vitest evaluates modules itself) cannot be
 *   placed on .ts lines and are skipped, as are scripts with no file behind them: the esbuild
 *   bundle a measure worker is started from as text has neither file nor map, so what only that
 *   bundle runs (measure-worker.ts's distance-sum and sampling tasks) shows as not run; the worker
 *   started through its tsx loader (one test does) and a worker run from compiled dist/ JS count.
 * A line is covered when either side ran a statement starting on it.
 *
 * Why not c8 for the second part: its line mapping (v8-to-istanbul) zeroes a line only when an
 * unrun range spans the whole line, and tsx emits whitespace-free code whose ranges start at the
 * first token, mapped past the indentation, so the first line of every block a child process
 * skipped would count as run. Mapping statement starts avoids that and counts exactly the lines
 * the in-process side counts. @vitest/coverage-v8 alone sees no other process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LEAST_UPPER_BOUND, TraceMap, allGeneratedPositionsFor, type SourceMapInput } from '@jridgewell/trace-mapping';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const COVERAGE = join(ROOT, 'coverage');
/** Where NODE_V8_COVERAGE points during a coverage run (absolute: child processes may change directory). */
export const PROCESSES_DIR = join(COVERAGE, 'processes');
const IN_PROCESS_JSON = join(COVERAGE, 'in-process', 'coverage-final.json');

/**
 * Minimum line coverage, in percent, of a folder of src/ with everything below it. io/ holds
 * io/neo4j/, whose tests need a Neo4j server (`npm run neo4j:start`; CI starts one) and skip
 * without it, leaving io/ below its floor.
 */
export const FLOORS: Readonly<Record<string, number>> = { model: 90, io: 90, metrics: 90 };

/** The subset of istanbul's per-file JSON that line coverage needs (positions: 1-based lines, 0-based columns). */
export interface IstanbulFile {
  path: string;
  statementMap: Record<string, { start: { line: number; column: number } }>;
  s: Record<string, number>;
}

/** One script's V8 block coverage: ranges of generated code (UTF-16 offsets) with their run counts. */
interface ScriptCoverage {
  url: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}

/** One raw V8 coverage file as Node writes it into NODE_V8_COVERAGE. */
interface RawProcessCoverage {
  result: ScriptCoverage[];
  'source-map-cache'?: Record<string, { data?: SourceMapInput | null; lineLengths?: number[] }>;
}

/** Generated code of one script as far as mapping needs it: its source map and where its lines start. */
interface GeneratedScript {
  /** The map to the sources, or undefined for JavaScript that runs as written (its own source). */
  map: TraceMap | undefined;
  /** The file itself, when it is its own source. */
  path?: string;
  lineStarts: number[];
}

/** Offsets where each line of a text starts, given the lengths of its lines. */
function lineStartsFromLengths(lengths: readonly number[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const length of lengths) {
    starts.push(offset);
    offset += length + 1;
  }
  return starts;
}

/** A compiled .js file's source map, through its last `//# sourceMappingURL=` (a file beside it or inline). */
function generatedFromFile(path: string): GeneratedScript | undefined {
  let code: string;
  try {
    code = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const comment = [...code.matchAll(/^\/\/[#@] sourceMappingURL=(\S+)\s*$/gm)].at(-1)?.[1];
  if (comment === undefined) return undefined;
  const inline = /^data:application\/json[^,]*?(;base64)?,(.*)$/.exec(comment);
  const mapPath = inline ? path : join(dirname(path), decodeURIComponent(comment));
  let json: string;
  try {
    json = inline ? (inline[1] ? Buffer.from(inline[2]!, 'base64').toString('utf8') : decodeURIComponent(inline[2]!)) : readFileSync(mapPath, 'utf8');
  } catch {
    return undefined;
  }
  return { map: new TraceMap(json, pathToFileURL(mapPath).href), lineStarts: lineStartsFromLengths(code.split('\n').map((l) => l.length)) };
}

/** A JavaScript file that runs as written: its own source. */
function untransformed(path: string): GeneratedScript | undefined {
  try {
    return { map: undefined, path, lineStarts: lineStartsFromLengths(readFileSync(path, 'utf8').split('\n').map((l) => l.length)) };
  } catch {
    return undefined;
  }
}

/** A path for a source map's resolved source (a file URL or a path). */
function sourcePath(source: string): string {
  return source.startsWith('file:') ? fileURLToPath(source) : resolve(source);
}

/**
 * For one generated script: where each statement of each src/ file it came from starts in the
 * generated code (statement id → offsets; more than one when the compiler copied the statement).
 */
function statementOffsets(script: GeneratedScript, files: ReadonlyMap<string, IstanbulFile>): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  const sources = script.map ? script.map.resolvedSources : [pathToFileURL(script.path!).href];
  for (const source of sources) {
    const path = sourcePath(source);
    const file = files.get(path);
    if (file === undefined) continue;
    const offsets = new Map<string, number[]>();
    for (const [id, loc] of Object.entries(file.statementMap)) {
      const found = script.map
        ? allGeneratedPositionsFor(script.map, { source, line: loc.start.line, column: loc.start.column, bias: LEAST_UPPER_BOUND })
        : [{ line: loc.start.line, column: loc.start.column }];
      const at = found
        .filter((g) => g.line >= 1 && g.line <= script.lineStarts.length)
        .map((g) => script.lineStarts[g.line - 1]! + g.column);
      if (at.length > 0) offsets.set(id, at);
    }
    out.set(path, offsets);
  }
  return out;
}

/** The run count at a generated offset: that of the innermost V8 range holding it (0 outside all). */
function countAt(functions: ScriptCoverage['functions'], offset: number): number {
  let best = -1;
  let bestLength = Infinity;
  for (const fn of functions) {
    for (const range of fn.ranges) {
      const length = range.endOffset - range.startOffset;
      if (range.startOffset <= offset && offset < range.endOffset && length <= bestLength) {
        best = range.count;
        bestLength = length;
      }
    }
  }
  return Math.max(best, 0);
}

/**
 * Statements of src/ files (ids of the in-process map `files`) that ran in any child process or
 * worker thread whose raw coverage Node wrote into `rawDir`. Scripts under src/ count when Node
 * recorded their source map (tsx's), scripts under dist/ through their .js.map; everything else
 * (Node's internals, node_modules, tests, scripts with no map or no file) is skipped. `folders`
 * are the src/ and dist/ folders (this checkout's by default).
 */
export function processStatementHits(
  rawDir: string,
  files: ReadonlyMap<string, IstanbulFile>,
  folders: { src: string; dist: string } = { src: SRC, dist: join(ROOT, 'dist') },
): Map<string, Set<string>> {
  const srcPrefix = pathToFileURL(folders.src).href + '/';
  const distPrefix = pathToFileURL(folders.dist).href + '/';
  const mapped = new Map<string, Map<string, Map<string, number[]>> | null>(); // by generated script path
  const hits = new Map<string, Set<string>>();
  for (const name of existsSync(rawDir) ? readdirSync(rawDir) : []) {
    if (!name.endsWith('.json')) continue;
    let raw: RawProcessCoverage;
    try {
      raw = JSON.parse(readFileSync(join(rawDir, name), 'utf8')) as RawProcessCoverage;
    } catch (error) {
      // A process killed while writing leaves a truncated file: its counts are lost, not wrong.
      console.warn(`coverage: skipped ${join(rawDir, name)}: ${(error as Error).message}`);
      continue;
    }
    if (!Array.isArray(raw.result)) continue;
    for (const script of raw.result) {
      if (!script.url.startsWith('file:') || script.url.includes('/node_modules/')) continue;
      const fromSrc = script.url.startsWith(srcPrefix);
      const fromDist = script.url.startsWith(distPrefix);
      const cached = raw['source-map-cache']?.[script.url];
      const recordedMap = cached?.data && cached.lineLengths ? { data: cached.data, lineLengths: cached.lineLengths } : undefined;
      // Elsewhere (a bundle written to a file, say) a script counts through the map Node recorded.
      if (!fromSrc && !fromDist && recordedMap === undefined) continue;
      const generatedPath = fileURLToPath(script.url); // drops tsx's ?tsx-namespace= query
      let offsets = mapped.get(generatedPath);
      if (offsets === undefined) {
        let generated: GeneratedScript | undefined;
        if (recordedMap) {
          generated = { map: new TraceMap(recordedMap.data, script.url), lineStarts: lineStartsFromLengths(recordedMap.lineLengths) };
        } else if (/\.[cm]?js$/.test(generatedPath)) {
          // compiled dist/ JavaScript through its .js.map; plain JavaScript under src/ runs as written
          generated = fromDist ? generatedFromFile(generatedPath) : untransformed(generatedPath);
        }
        // The same file is the same code in every process, so the first map found serves them all;
        // a src/ script without one (evaluated by vitest itself) is looked at again in the next file.
        if (generated === undefined && fromSrc) continue;
        offsets = generated ? statementOffsets(generated, files) : null;
        mapped.set(generatedPath, offsets);
      }
      if (offsets === null) continue;
      for (const [path, byStatement] of offsets) {
        let ran = hits.get(path);
        if (ran === undefined) hits.set(path, (ran = new Set()));
        for (const [id, at] of byStatement) {
          if (!ran.has(id) && at.some((offset) => countAt(script.functions, offset) > 0)) ran.add(id);
        }
      }
    }
  }
  return hits;
}

/** Covered and counted lines of one file: the in-process map's lines, covered if either side ran them. */
export interface FileLines {
  /** Path relative to src/, with forward slashes. */
  file: string;
  covered: number;
  total: number;
  uncovered: number[];
}

/**
 * Joins the two sides: a statement ran if vitest's processes or any other process ran it; a line
 * (one that starts a statement) is covered if a statement starting on it ran.
 */
export function joinLineCoverage(
  files: ReadonlyMap<string, IstanbulFile>,
  processHits: ReadonlyMap<string, ReadonlySet<string>>,
  src: string = SRC,
): FileLines[] {
  const out: FileLines[] = [];
  for (const [path, file] of files) {
    const ran = processHits.get(path);
    const lines = new Map<number, boolean>();
    for (const [id, loc] of Object.entries(file.statementMap)) {
      const covered = (file.s[id] ?? 0) > 0 || (ran?.has(id) ?? false);
      lines.set(loc.start.line, (lines.get(loc.start.line) ?? false) || covered);
    }
    if (lines.size === 0) continue; // type-only modules have no line to run
    const uncovered = [...lines].filter(([, covered]) => !covered).map(([line]) => line).sort((x, y) => x - y);
    out.push({ file: relative(src, path).split(sep).join('/'), covered: lines.size - uncovered.length, total: lines.size, uncovered });
  }
  return out.sort((x, y) => x.file.localeCompare(y.file));
}

/** Lines of one folder of src/ and everything below it. */
export interface FolderLines {
  /** Folder relative to src/ ('' for src/ itself). */
  folder: string;
  covered: number;
  total: number;
}

/** Sums files into every folder that holds them, directly or below. */
export function folderTotals(files: readonly FileLines[]): FolderLines[] {
  const folders = new Map<string, FolderLines>();
  for (const f of files) {
    const parts = f.file.split('/').slice(0, -1);
    for (let depth = 0; depth <= parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      const sum = folders.get(folder) ?? { folder, covered: 0, total: 0 };
      sum.covered += f.covered;
      sum.total += f.total;
      folders.set(folder, sum);
    }
  }
  return [...folders.values()].sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Percentage with one decimal, rounded down so that a floor is never met by rounding. */
export function percent(covered: number, total: number): number {
  return total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10;
}

/** Folders below their floor, as messages naming the folder and its percentage. */
export function floorFailures(folders: readonly FolderLines[], floors: Readonly<Record<string, number>> = FLOORS): string[] {
  const failures: string[] = [];
  for (const [folder, floor] of Object.entries(floors)) {
    const found = folders.find((f) => f.folder === folder);
    const pct = found ? percent(found.covered, found.total) : 0;
    if (pct < floor) {
      failures.push(`src/${folder}/ has ${pct.toFixed(1)}% of its lines covered (${found?.covered ?? 0} of ${found?.total ?? 0}), below its floor of ${floor}%`);
    }
  }
  return failures;
}

/** Collapses sorted line numbers into ranges: 3-5,9. */
function ranges(lines: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    out.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

/** The report's text: a row per folder (its files and everything below it), then the total. */
export function formatReport(folders: readonly FolderLines[], files: readonly FileLines[], listFiles: boolean): string {
  const rows: string[][] = [['folder of src/', 'lines', 'covered', '%', 'floor']];
  for (const f of folders) {
    const floor = FLOORS[f.folder];
    rows.push([f.folder === '' ? 'all of src/' : `${f.folder}/`, `${f.total}`, `${f.covered}`, percent(f.covered, f.total).toFixed(1), floor === undefined ? '' : `${floor}`]);
  }
  const total = rows.splice(1, 1); // src/ itself goes last, as the total
  rows.push(...total);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const text = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
  if (listFiles) {
    text.push('', 'files (uncovered lines):');
    for (const f of files) {
      text.push(`  ${f.file}  ${percent(f.covered, f.total).toFixed(1)}%  ${f.covered}/${f.total}${f.uncovered.length ? `  ${ranges(f.uncovered)}` : ''}`);
    }
  }
  return text.join('\n');
}

/** Reads both sides from coverage/, prints the report, writes coverage/lines.json; returns the exit status. */
export function report(listFiles: boolean): number {
  if (!existsSync(IN_PROCESS_JSON)) {
    console.error(`coverage: ${relative(ROOT, IN_PROCESS_JSON)} is missing; run \`npm run coverage\`, or \`NODE_V8_COVERAGE=$PWD/coverage/processes npm test\` first`);
    return 2;
  }
  const inProcess = new Map(Object.entries(JSON.parse(readFileSync(IN_PROCESS_JSON, 'utf8')) as Record<string, IstanbulFile>));
  const files = joinLineCoverage(inProcess, processStatementHits(PROCESSES_DIR, inProcess));
  const folders = folderTotals(files);
  console.log(formatReport(folders, files, listFiles));
  const out = join(COVERAGE, 'lines.json');
  writeFileSync(`${out}.tmp`, JSON.stringify({ folders, files }, null, 1) + '\n');
  renameSync(`${out}.tmp`, out);
  const failures = floorFailures(folders);
  for (const failure of failures) console.error(`coverage: ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

/** Runs vitest with NODE_V8_COVERAGE set (which also turns on its in-process coverage); returns its status. */
function runTests(vitestArgs: readonly string[]): number {
  rmSync(COVERAGE, { recursive: true, force: true });
  mkdirSync(PROCESSES_DIR, { recursive: true });
  const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', ...vitestArgs], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_V8_COVERAGE: PROCESSES_DIR },
  });
  return run.status ?? 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const listFiles = args.includes('--files');
  let status: number;
  if (args[0] === 'report') {
    status = report(listFiles);
  } else {
    const tests = runTests(args.filter((a) => a !== '--files'));
    const floors = report(listFiles);
    status = tests !== 0 ? tests : floors;
  }
  process.exitCode = status;
}
