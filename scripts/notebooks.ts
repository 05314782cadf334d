/**
 * Executes the notebooks in `notebooks/` with Jupyter's nbconvert on the Deno kernel.
 *
 *   npm run notebooks                 # re-executes every notebook in place (refreshes the committed outputs)
 *   npm run notebooks -- spinoff-trees # only the notebooks whose names contain this
 *
 * The kernel is this checkout's Deno (the `deno` devDependency), through a kernelspec written to a
 * temporary Jupyter data directory (`JUPYTER_PATH`), so the run never depends on which checkout last
 * ran `deno jupyter --install`. Needs `jupyter nbconvert` (Debian: `apt-get install jupyter-nbconvert`).
 * The test `test/notebooks/notebooks.test.ts` uses the same functions, writing to a temporary folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The folder of the notebooks. */
export const NOTEBOOK_DIR = join(ROOT, 'notebooks');
/** nbconvert settings for the Deno kernel (collects outputs Deno publishes after a cell's idle status). */
export const NBCONVERT_CONFIG = join(ROOT, 'scripts', 'nbconvert_deno_config.py');

export const DEFAULTS = {
  /** Seconds one cell may run before nbconvert gives up. */
  cellTimeout: 600,
} as const;

/** Debian's jupyter (a pyenv shim earlier on PATH could run another Python's), else the one on PATH. */
export const JUPYTER = process.env.ECOGRAPH_JUPYTER ?? (existsSync('/usr/bin/jupyter') ? '/usr/bin/jupyter' : 'jupyter');

/** The notebooks, sorted by file name. */
export function notebookPaths(): string[] {
  return readdirSync(NOTEBOOK_DIR)
    .filter((f) => f.endsWith('.ipynb'))
    .sort()
    .map((f) => join(NOTEBOOK_DIR, f));
}

/** This checkout's Deno binary (from the `deno` npm package), or undefined when not installed. */
export function denoBinary(): string | undefined {
  const candidates = [join(ROOT, 'node_modules', 'deno', 'deno'), join(ROOT, 'node_modules', '.bin', 'deno')];
  return candidates.find((p) => existsSync(p));
}

/**
 * Why the notebooks cannot run here (no nbconvert, no Deno) and the command that fixes it, or
 * undefined when they can.
 */
export function notebookToolsMissing(): { missing: string; install: string } | undefined {
  const nbconvert = spawnSync(JUPYTER, ['nbconvert', '--version'], { encoding: 'utf8' });
  if (nbconvert.error || nbconvert.status !== 0) return { missing: `jupyter nbconvert not found (${JUPYTER})`, install: 'apt-get install jupyter-nbconvert' };
  if (denoBinary() === undefined) return { missing: 'the deno npm package not found', install: 'npm ci' };
  return undefined;
}

/**
 * A Jupyter data directory holding a `deno` kernelspec that runs this checkout's Deno.
 *
 * @returns the directory (pass it as `JUPYTER_PATH`) and a function that removes it
 */
export function privateKernelspec(): { jupyterPath: string; remove: () => void } {
  const deno = denoBinary();
  if (deno === undefined) throw new Error('the deno npm package is not installed (npm ci)');
  const jupyterPath = mkdtempSync(join(tmpdir(), 'ecograph-jupyter-'));
  const kernelDir = join(jupyterPath, 'kernels', 'deno');
  mkdirSync(kernelDir, { recursive: true });
  const spec = {
    argv: [deno, 'jupyter', '--kernel', '--conn', '{connection_file}'],
    display_name: 'Deno',
    language: 'typescript',
  };
  writeFileSync(join(kernelDir, 'kernel.json'), `${JSON.stringify(spec, null, 2)}\n`);
  return { jupyterPath, remove: () => rmSync(jupyterPath, { recursive: true, force: true }) };
}

export interface ExecuteOptions {
  /** Write the executed notebook into this folder; without it, the notebook is rewritten in place. */
  outputDir?: string;
  /** The Jupyter data directory with the kernelspec (see {@link privateKernelspec}). */
  jupyterPath: string;
  cellTimeout?: number;
}

export interface ExecuteResult {
  /** nbconvert's exit code: non-zero when a cell raised an error or timed out. */
  code: number;
  /** The executed notebook file. */
  output: string;
  stderr: string;
}

/**
 * Executes one notebook with `jupyter nbconvert --to notebook --execute` (cells run in the
 * notebook's folder; nbconvert fails on the first cell error).
 *
 * @param path - the notebook
 * @param options - where to write, the kernelspec folder, the cell timeout
 * @example
 * const { jupyterPath, remove } = privateKernelspec();
 * await executeNotebook('notebooks/kyoto-brokerage.ipynb', { jupyterPath, outputDir: '/tmp/out' });
 */
export function executeNotebook(path: string, options: ExecuteOptions): Promise<ExecuteResult> {
  const args = [
    'nbconvert',
    '--to',
    'notebook',
    '--execute',
    `--ExecutePreprocessor.timeout=${options.cellTimeout ?? DEFAULTS.cellTimeout}`,
    '--ExecutePreprocessor.kernel_name=deno',
    `--config=${NBCONVERT_CONFIG}`,
    ...(options.outputDir === undefined ? ['--inplace'] : ['--output-dir', options.outputDir]),
    path,
  ];
  const output = options.outputDir === undefined ? path : join(options.outputDir, basename(path));
  return new Promise((resolvePromise, reject) => {
    const child = spawn(JUPYTER, args, {
      cwd: ROOT,
      env: { ...process.env, JUPYTER_PATH: options.jupyterPath, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code) => {
      // nbconvert logs a broken config file and goes on without it: that must fail too.
      const configFailed = stderr.includes('Exception while loading config file');
      resolvePromise({ code: configFailed && code === 0 ? 1 : (code ?? 1), output, stderr });
    });
  });
}

async function main(filters: string[]): Promise<number> {
  const missing = notebookToolsMissing();
  if (missing !== undefined) {
    process.stderr.write(`notebooks: ${missing.missing} — ${missing.install}\n`);
    return 1;
  }
  const paths = notebookPaths().filter((p) => filters.length === 0 || filters.some((f) => basename(p).includes(f)));
  if (paths.length === 0) {
    process.stderr.write(`notebooks: no notebook matches ${filters.join(', ')}\n`);
    return 1;
  }
  const { jupyterPath, remove } = privateKernelspec();
  let failed = 0;
  try {
    for (const path of paths) {
      const started = Date.now();
      const result = await executeNotebook(path, { jupyterPath });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (result.code === 0) process.stdout.write(`executed ${basename(path)} in ${seconds} s\n`);
      else {
        failed++;
        process.stderr.write(`FAILED ${basename(path)} (exit ${result.code}):\n${result.stderr}\n`);
      }
    }
  } finally {
    remove();
  }
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
