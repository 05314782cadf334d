/**
 * The coverage report (scripts/coverage.ts): code that only a child process runs counts as run,
 * through tsx's recorded source maps and through compiled JavaScript's .js.map files; code no
 * process reaches (an uncalled function, a branch not taken) stays uncovered; folders sum their
 * subfolders and the floors name the folder and its percentage.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync, transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  floorFailures,
  folderTotals,
  formatReport,
  joinLineCoverage,
  percent,
  processStatementHits,
  type FileLines,
  type IstanbulFile,
} from '../../scripts/coverage.js';

const PROBE = `export function ranInChild(x: number): number {
  if (x > 100) {
    const big: number = x * 2;
    return big;
  }
  return x + 1;
}

export function neverCalled(): string {
  const s = 'never';
  return s;
}

export function returnsEarly(x: number): number {
  if (x > 0) {
    return 1;
  }
  const after = x - 1;
  return after;
}

console.log(ranInChild(1), returnsEarly(5));
`;

/** Lines of PROBE that start a statement, as the in-process (AST-based) map lists them, none run there. */
const STATEMENT_STARTS: [line: number, text: string][] = [
  [2, 'if (x > 100)'],
  [3, 'const big'],
  [4, 'return big'],
  [6, 'return x + 1'],
  [10, "const s = 'never'"],
  [11, 'return s'],
  [15, 'if (x > 0)'],
  [16, 'return 1'],
  [18, 'const after'],
  [19, 'return after'],
  [22, 'console.log'],
];

function inProcessMap(path: string): IstanbulFile {
  const lines = PROBE.split('\n');
  const statementMap: IstanbulFile['statementMap'] = {};
  const s: IstanbulFile['s'] = {};
  STATEMENT_STARTS.forEach(([line, text], id) => {
    const column = lines[line - 1]!.indexOf(text);
    expect(column).toBeGreaterThanOrEqual(0);
    statementMap[id] = { start: { line, column } };
    s[id] = 0;
  });
  return { path, statementMap, s };
}

const work = mkdtempSync(join(tmpdir(), 'ecograph-coverage-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project folder with src/probe.ts (and dist/ for compiled output); returns its paths. */
function project(name: string) {
  const root = join(work, name);
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  const raw = join(root, 'raw');
  mkdirSync(src, { recursive: true });
  mkdirSync(dist, { recursive: true });
  const probe = join(src, 'probe.ts');
  writeFileSync(probe, PROBE);
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n'); // as this package: src/ loads as ES modules
  return { root, src, dist, raw, probe };
}

function runWithCoverage(raw: string, script: string): void {
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, NODE_V8_COVERAGE: raw } });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe('2 1\n');
}

function probeLines(p: ReturnType<typeof project>): FileLines {
  const files = new Map([[p.probe, inProcessMap(p.probe)]]);
  const lines = joinLineCoverage(files, processStatementHits(p.raw, files, { src: p.src, dist: p.dist }), p.src);
  expect(lines.map((f) => f.file)).toEqual(['probe.ts']);
  return lines[0]!;
}

describe('code run by a child process', () => {
  it('counts through tsx (as the binary runs src/ today)', () => {
    const p = project('tsx');
    const runner = join(p.root, 'run.mjs');
    const tsxApi = import.meta.resolve('tsx/esm/api');
    writeFileSync(runner, `import { tsImport } from ${JSON.stringify(tsxApi)};\nawait tsImport('./src/probe.ts', import.meta.url);\n`);
    runWithCoverage(p.raw, runner);
    const probe = probeLines(p);
    // Lines 2, 6, 15, 16 and 22 ran; the branch not taken (3, 4), the uncalled function (10, 11) and
    // the lines after an early return (18, 19: tsx's output starts that range on the statement
    // itself, past the indentation) did not.
    expect(probe.uncovered).toEqual([3, 4, 10, 11, 18, 19]);
    expect(probe).toMatchObject({ covered: 5, total: 11 });
  });

  it('counts through compiled JavaScript and the .js.map beside it (as dist/ will run)', () => {
    const p = project('dist');
    const out = transformSync(PROBE, { loader: 'ts', format: 'esm', sourcemap: 'external', sourcefile: 'probe.ts' });
    const map = JSON.parse(out.map) as { sources: string[] };
    map.sources = ['../src/probe.ts'];
    writeFileSync(join(p.dist, 'probe.js'), `${out.code}//# sourceMappingURL=probe.js.map\n`);
    writeFileSync(join(p.dist, 'probe.js.map'), JSON.stringify(map));
    runWithCoverage(p.raw, join(p.dist, 'probe.js'));
    expect(probeLines(p).uncovered).toEqual([3, 4, 10, 11, 18, 19]);
    // The same through the .js.map file alone, when Node recorded no map.
    for (const name of readdirSync(p.raw)) {
      const raw = JSON.parse(readFileSync(join(p.raw, name), 'utf8')) as Record<string, unknown>;
      delete raw['source-map-cache'];
      writeFileSync(join(p.raw, name), JSON.stringify(raw));
    }
    expect(probeLines(p).uncovered).toEqual([3, 4, 10, 11, 18, 19]);
  });

  it('counts through the map Node recorded for a bundle run from a file outside src/ and dist/', () => {
    const p = project('bundle');
    const bundle = join(p.root, 'bundle', 'probe.cjs');
    buildSync({ entryPoints: [p.probe], bundle: true, platform: 'node', format: 'cjs', sourcemap: 'inline', outfile: bundle, logLevel: 'silent' });
    runWithCoverage(p.raw, bundle);
    expect(probeLines(p).uncovered).toEqual([3, 4, 10, 11, 18, 19]);
  });

  it('counts nothing from a run without NODE_V8_COVERAGE data, and a statement run in-process counts', () => {
    const p = project('none');
    const files = new Map([[p.probe, inProcessMap(p.probe)]]);
    files.get(p.probe)!.s['4'] = 2; // line 10 ran in vitest's process
    const [probe] = joinLineCoverage(files, processStatementHits(p.raw, files, { src: p.src, dist: p.dist }), p.src);
    expect(probe!.uncovered).toEqual([2, 3, 4, 6, 11, 15, 16, 18, 19, 22]);
  });
});

describe('folders and floors', () => {
  const files: FileLines[] = [
    { file: 'model/a.ts', covered: 9, total: 10, uncovered: [3] },
    { file: 'io/b.ts', covered: 50, total: 50, uncovered: [] },
    { file: 'io/stream/c.ts', covered: 35, total: 50, uncovered: [] },
    { file: 'index.ts', covered: 1, total: 1, uncovered: [] },
  ];
  const folders = folderTotals(files);

  it('sums each folder with everything below it', () => {
    expect(folders).toEqual([
      { folder: '', covered: 95, total: 111 },
      { folder: 'io', covered: 85, total: 100 },
      { folder: 'io/stream', covered: 35, total: 50 },
      { folder: 'model', covered: 9, total: 10 },
    ]);
  });

  it('names each folder below its floor with its percentage, rounded down', () => {
    expect(percent(8999, 10000)).toBe(89.9);
    expect(floorFailures(folders, { model: 90, io: 90, metrics: 90 })).toEqual([
      'src/io/ has 85.0% of its lines covered (85 of 100), below its floor of 90%',
      'src/metrics/ has 0.0% of its lines covered (0 of 0), below its floor of 90%',
    ]);
    expect(floorFailures(folders, { model: 90, io: 85 })).toEqual([]);
  });

  it('prints a row per folder, the total last, and the uncovered lines of each file on request', () => {
    const text = formatReport(folders, files, true).split('\n');
    expect(text[0]).toMatch(/^folder of src\/\s+lines\s+covered\s+%\s+floor$/);
    expect(text[1]).toMatch(/^io\/\s+100\s+85\s+85\.0\s+90$/);
    expect(text[4]).toMatch(/^all of src\/\s+111\s+95\s+85\.5$/);
    expect(text).toContain('  model/a.ts  90.0%  9/10  3');
  });
});
