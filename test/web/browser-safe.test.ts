/**
 * The web app must never pull Node-only code into the browser bundle: this walks every module the
 * app imports, from `web/src/main.ts` through the library sources it uses, and checks none is a
 * Node built-in, neo4j-driver, or one of the library's disk modules.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRY = resolve('web/src/main.ts');
const FORBIDDEN_PACKAGES = [/^node:/, /^(fs|path|os|child_process|http|https|net|url|crypto|stream|worker_threads)(\/|$)/, /^neo4j-driver/];
const FORBIDDEN_FILES = ['src/io/files.ts', 'src/io/atomic-write.ts'];

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;

async function walk(): Promise<{ files: Set<string>; packages: Map<string, string> }> {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [ENTRY];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1]!;
      // Type-only imports vanish from the bundle.
      if (/^\s*(?:import|export)\s+type\s/.test(match[0].trim())) continue;
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.set(spec, relative('.', file));
    }
  }
  return { files, packages };
}

describe('the web app is browser-safe', () => {
  it('imports no Node built-in, neo4j-driver or disk module', async () => {
    const { files, packages } = await walk();
    expect(files.size).toBeGreaterThan(10);
    expect(packages.has('sigma')).toBe(true);
    expect([...files].map((f) => relative('.', f))).toContain('src/io/formats.ts');
    for (const f of FORBIDDEN_FILES) expect([...files].map((x) => relative('.', x))).not.toContain(f);
    for (const [spec, from] of packages) for (const p of FORBIDDEN_PACKAGES) expect(p.test(spec), `${from} imports ${spec}`).toBe(false);
  });
});
