/**
 * Vitest global setup: before any test runs, compiles `src/` into `dist/` (about 2 s) and rebuilds
 * the web explorer in `dist/web` when a source of it changed, so that the tests spawning
 * `node bin/ecograph.js` (Ctrl-C, worker threads, `serve`) run the current sources, not an old build.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureAppBuilt } from '../scripts/web-app.js';

export default async function setup(): Promise<void> {
  const script = fileURLToPath(new URL('../scripts/build-lib.mjs', import.meta.url));
  const lib = spawnSync(process.execPath, [script, '--allow-type-errors'], { encoding: 'utf8' });
  if (lib.status === 0 && lib.stderr.trim() !== '') process.stderr.write(lib.stdout + lib.stderr);
  if (lib.status !== 0) throw new Error(`building dist/ for the tests failed (node scripts/build-lib.mjs, exit ${lib.status}):\n${lib.stdout}${lib.stderr}`);
  await ensureAppBuilt((line) => process.stderr.write(line + '\n'));
}
