/**
 * The `ecograph` binary runs the bundle of the compiled CLI (dist/cli-bundle/) with plain Node (the
 * tests' global setup has just built it), prints what the compiled modules print, loads a few files
 * for a graph command, and says what to do when the package is not built.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeEdgeListCsvDirectory } from '../../bench/barabasi-albert.js';

const BIN = fileURLToPath(new URL('../../bin/ecograph.js', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

/**
 * Runs of the binary that log every module they load (a load hook registered before it starts
 * appends each URL to `log`), with their files written in `root`.
 */
function loadLogging(root: string): { log: string; runBin: (args: string[]) => SpawnSyncReturns<string> } {
  const log = join(root, 'loaded.txt');
  writeFileSync(log, '');
  const hook = join(root, 'log-loads.mjs');
  writeFileSync(hook, "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOAD_LOG, url + '\\n'); return next(url, context); }\n");
  const register = join(root, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
  const runBin = (args: string[]) => spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], { encoding: 'utf8', env: { ...process.env, LOAD_LOG: log } });
  return { log, runBin };
}

describe('bin/ecograph.js', () => {
  it('answers --help and --version from dist/, without a TypeScript loader', async () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ecograph <command>/);
    const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    const { version: expected } = JSON.parse(await readFile(PACKAGE_JSON, 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(expected);
  });

  it('says to build the package when dist/ is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ecograph-bin-'));
    try {
      // the package without its dist/
      await writeFile(join(root, 'package.json'), await readFile(PACKAGE_JSON));
      await mkdir(join(root, 'bin'));
      await copyFile(BIN, join(root, 'bin', 'ecograph.js'));
      const r = spawnSync(process.execPath, [join(root, 'bin', 'ecograph.js'), '--help'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('dist/cli-bundle/main.js is missing');
      expect(r.stderr).toContain('npm run build');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('runs the bundle: a graph command prints what the compiled modules print, from a few files that hold no other measure', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ecograph-bundle-'));
    try {
      const dir = join(root, 'tiny');
      writeEdgeListCsvDirectory(dir, 3, { source: Int32Array.from([1, 2]), target: Int32Array.from([0, 1]) });
      const { log, runBin } = loadLogging(root);
      const args = ['centrality', dir, '--measures', 'pagerank', '-f', 'json'];
      const bundled = runBin([...args, '-o', join(root, 'bundled.json')]);
      expect(bundled.status, bundled.stderr).toBe(0);
      const loaded = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('node:'));
      // the compiled modules, run by the same two lines as the binary
      const compiledCli = join(root, 'compiled.mjs');
      writeFileSync(compiledCli, `const { runCli, processIO } = await import(${JSON.stringify(new URL('../../dist/cli/main.js', import.meta.url).href)});\nprocess.exitCode = await runCli(process.argv.slice(2), processIO);\n`);
      const compiled = spawnSync(process.execPath, [compiledCli, ...args, '-o', join(root, 'compiled.json')], { encoding: 'utf8' });
      expect(compiled.status, compiled.stderr).toBe(0);
      expect(await readFile(join(root, 'bundled.json'), 'utf8')).toBe(await readFile(join(root, 'compiled.json'), 'utf8'));
      const dist = new URL('../../dist/', import.meta.url).href;
      const bundle = loaded.filter((f) => f.startsWith(dist + 'cli-bundle/'));
      // no compiled module outside the bundle
      expect(loaded.filter((f) => f.startsWith(dist) && !f.startsWith(dist + 'cli-bundle/'))).toEqual([]);
      // bin, main, the frame and common chunks, the bundler's runtime, and graphology: 53 ES modules
      // (built-ins included) before the bundle
      expect(loaded.length, loaded.join('\n')).toBeLessThanOrEqual(6);
      for (const file of bundle) {
        const code = readFileSync(fileURLToPath(file), 'utf8');
        for (const other of ['function betweennessCentrality', 'function closenessCentrality', 'function louvain', 'saxes']) expect(code.includes(other), `${file} holds ${other}`).toBe(false);
      }
      expect(bundle.some((f) => readFileSync(fileURLToPath(f), 'utf8').includes('function pagerankValues'))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('communities on a CSV directory by the compact route loads neither the whole-graph readers nor the XML parser', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ecograph-bundle-'));
    try {
      const dir = join(root, 'ring');
      const n = 40;
      writeEdgeListCsvDirectory(dir, n, { source: Int32Array.from({ length: n }, (_, i) => i), target: Int32Array.from({ length: n }, (_, i) => (i + 1) % n) });
      const { log, runBin } = loadLogging(root);
      const r = runBin(['communities', dir, '--loader', 'compact', '--algorithm', 'leiden', '-f', 'json']);
      expect(r.status, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as { view: { nodes: number } }).view.nodes).toBe(n);
      const loaded = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
      expect(loaded.filter((f) => f.includes('/saxes/') || f.includes('/xmlchars/'))).toEqual([]);
      // the chunk of the readers of every format (GEXF, GraphML, XLSX, whole-graph CSV and JSON) is not loaded
      for (const file of loaded.filter((f) => f.includes('/dist/cli-bundle/'))) {
        expect(readFileSync(fileURLToPath(file), 'utf8').includes('function readGexf'), file).toBe(false);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
