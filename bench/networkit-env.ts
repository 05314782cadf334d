/**
 * NetworKit for the benchmarks: PyPI `networkit` in its own virtual environment under the user's
 * cache directory (`$XDG_CACHE_HOME/ecograph-bench/networkit-venv`, else `~/.cache/...`), made with
 * `python3 -m venv` and `pip install networkit` the first time a suite asks for it. Nothing is
 * installed into the system's Python.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The virtual environment's directory. */
export const NETWORKIT_VENV = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ecograph-bench', 'networkit-venv');

/**
 * The Python of the NetworKit environment, installing it when missing; undefined (with the reason
 * logged) when it cannot be made here (no venv module, no network, no wheel for this platform).
 *
 * @param log - prints a line of the report
 * @example
 * const python = networkitPython(log); // '/home/me/.cache/ecograph-bench/networkit-venv/bin/python'
 */
export function networkitPython(log: (line: string) => void): string | undefined {
  const python = join(NETWORKIT_VENV, 'bin', 'python');
  const works = () => existsSync(python) && spawnSync(python, ['-c', 'import networkit'], { encoding: 'utf8' }).status === 0;
  if (works()) return python;
  log(`NetworKit: installing PyPI networkit into ${NETWORKIT_VENV} (once)…`);
  mkdirSync(join(NETWORKIT_VENV, '..'), { recursive: true });
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', NETWORKIT_VENV]],
    [join(NETWORKIT_VENV, 'bin', 'pip'), ['install', '--quiet', 'networkit']],
  ];
  for (const [command, args] of steps) {
    const r = spawnSync(command, args, { encoding: 'utf8', timeout: 1_200_000 });
    if (r.status !== 0) {
      log(`NetworKit: skipped (${command} ${args.join(' ')} failed: ${(r.stderr || r.error?.message || String(r.signal)).trim().split('\n').pop()})`);
      return undefined;
    }
  }
  if (works()) return python;
  log('NetworKit: skipped (installed, but `import networkit` fails)');
  return undefined;
}
