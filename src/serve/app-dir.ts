/**
 * Where the prebuilt web explorer is: `dist/web` of the package, written by `npm run build` (Vite
 * bundles `web/` there, sigma included). `ecograph serve` only serves these static files; nothing
 * is built at run time.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory of the built app. The same path from `src/serve/` (sources) and `dist/serve/`
 * (compiled): both are two levels below the package root.
 */
export const APP_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Says why the app in `appDir` cannot be served, or undefined when its `index.html` is there.
 *
 * @param appDir - the directory of the built app
 * @example if (await missingApp(APP_DIR)) process.exit(1);
 */
export async function missingApp(appDir: string = APP_DIR): Promise<string | undefined> {
  const page = join(appDir, 'index.html');
  try {
    if ((await stat(page)).isFile()) return undefined;
  } catch {
    // reported below
  }
  return `the web explorer is not built (${page} is missing): run \`npm run build\` in the ecograph checkout`;
}
