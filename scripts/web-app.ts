/**
 * Builds the web explorer into `dist/web` with Vite, when it is missing or older than any source of
 * the app (a file under `web/`, or a module of `src/` it imports). A development tool: `npm run
 * build`, the tests' global setup and the explorer bench use it; the package never runs Vite.
 *
 * Run directly (`tsx scripts/web-app.ts`) it builds when stale and says so.
 */
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_DIR } from '../src/serve/app-dir.js';
import { appModules } from './web-app-sources.js';

export { APP_DIR };
/** The app's sources: `index.html`, `src/` and `vite.config.ts`. */
export const WEB_DIR = fileURLToPath(new URL('../web', import.meta.url));
/** The directory `src/`, which the app imports the model, readers and metrics from. */
const SRC_DIR = fileURLToPath(new URL('../src/', import.meta.url));

async function newestMtime(dir: string, skip: (name: string) => boolean): Promise<number> {
  let newest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (skip(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, await newestMtime(p, skip));
    else if (e.isFile()) newest = Math.max(newest, (await stat(p)).mtimeMs);
  }
  return newest;
}

/**
 * Whether `dist/web` is missing or older than a source of the app: any file under `web/` (pages,
 * styles, config) or a library module the app imports (other changes in `src/` do not count).
 */
export async function appIsStale(appDir = APP_DIR): Promise<boolean> {
  let built: number;
  try {
    built = (await stat(join(appDir, 'index.html'))).mtimeMs;
  } catch {
    return true;
  }
  const skip = (name: string) => name === 'dist' || name.startsWith('dist.') || name === 'node_modules' || name.startsWith('.');
  if ((await newestMtime(WEB_DIR, skip)) > built) return true;
  const { files } = await appModules(join(WEB_DIR, 'src', 'main.ts'));
  for (const file of files) if (file.startsWith(SRC_DIR) && (await stat(file)).mtimeMs > built) return true;
  return false;
}

/**
 * Builds the app with Vite into a temporary directory and moves it into place, so a concurrent
 * reader never sees half a build.
 *
 * @param log where progress lines go
 */
export async function buildApp(log: (line: string) => void = () => {}): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('Vite is not installed: run `npm install` (it is a devDependency) then `npm run build:web`');
  }
  const tmp = `${APP_DIR}.${process.pid}.tmp`;
  log('building the web app (dist/web) with Vite…');
  await vite.build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });
  await rm(APP_DIR, { recursive: true, force: true });
  try {
    await rename(tmp, APP_DIR);
  } catch (err) {
    // Another process built it at the same moment: keep theirs.
    await rm(tmp, { recursive: true, force: true });
    if ((err as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/** A directory used as a lock, so two processes (two test files, two `serve`s) never build at once. */
const LOCK_DIR = join(WEB_DIR, '.build-lock');
/** A lock older than this is left over from a killed build. */
const STALE_LOCK_MS = 5 * 60_000;

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      try {
        if (Date.now() - (await stat(LOCK_DIR)).mtimeMs > STALE_LOCK_MS) await rmdir(LOCK_DIR);
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    await rmdir(LOCK_DIR).catch(() => {});
  }
}

/** Builds the app when it is missing or stale; returns whether it built. */
export async function ensureAppBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!(await appIsStale())) return false;
  return withBuildLock(async () => {
    // Another process may have built it while this one waited.
    if (!(await appIsStale())) return false;
    await buildApp(log);
    return true;
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await ensureAppBuilt((line) => process.stderr.write(line + '\n'));
  process.stderr.write(built ? `web app built into ${APP_DIR}\n` : `web app in ${APP_DIR} is up to date\n`);
}
