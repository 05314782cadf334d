/**
 * The modules the web app is built from: every file reachable by `import`/`export … from` from
 * `web/src/main.ts`, following relative imports into the library's `src/`. Type-only imports
 * (`import type …`) are not followed: they vanish from the bundle, so a Node-only module whose
 * types alone the app uses (the figures' `TextMeasurer` in `figures/font.ts`) is not part of it. Used to tell whether
 * `dist/web` is stale (only files the app uses count) and, by the tests, to check that the app
 * imports no Node-only module.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;

/** The app's module graph: its source files and the packages it imports, with an importing file for each. */
export interface AppModules {
  files: Set<string>;
  /** Package specifier → one file importing it (type-only imports excluded: they vanish from the bundle). */
  packages: Map<string, string>;
}

/**
 * Walks the static imports from an entry module (relative `.js` specifiers resolve to `.ts`).
 *
 * @param entry absolute path of the entry module
 * @example const { files } = await appModules('/repo/web/src/main.ts');
 */
export async function appModules(entry: string): Promise<AppModules> {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const typeOnly = match[2] !== undefined;
      const spec = match[3]!;
      if (typeOnly) continue;
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!packages.has(spec)) packages.set(spec, file);
    }
  }
  return { files, packages };
}
