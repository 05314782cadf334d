/**
 * The web app must never pull Node-only code into the browser bundle: every module the app imports,
 * from `web/src/main.ts` through the library sources it uses, is checked to be no Node built-in,
 * not neo4j-driver and none of the library's disk modules. Also: the staleness check of the
 * web build (scripts/web-app.ts) looks at exactly these modules.
 */
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appModules } from '../../scripts/web-app-sources.js';

const ENTRY = resolve('web/src/main.ts');
const FORBIDDEN_PACKAGES = [/^node:/, /^(fs|path|os|child_process|http|https|net|url|crypto|stream|worker_threads)(\/|$)/, /^neo4j-driver/];
const FORBIDDEN_FILES = ['src/io/files.ts', 'src/io/atomic-write.ts', 'src/serve/server.ts', 'src/metrics/parallel/worker-pool.ts', 'src/metrics/parallel/parallel-measures.ts'];

describe('the web app is browser-safe', () => {
  it('imports no Node built-in, neo4j-driver or disk module', async () => {
    const { files, packages } = await appModules(ENTRY);
    const paths = [...files].map((f) => relative('.', f));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths).toContain('src/io/formats.ts');
    expect(paths).toContain('src/metrics/registry.ts');
    expect(packages.has('sigma')).toBe(true);
    for (const f of FORBIDDEN_FILES) expect(paths).not.toContain(f);
    for (const [spec, from] of packages) for (const p of FORBIDDEN_PACKAGES) expect(p.test(spec), `${relative('.', from)} imports ${spec}`).toBe(false);
  });

  it('reaches the tree figure layout but not the font module whose types alone it uses', async () => {
    const { files } = await appModules(ENTRY);
    const paths = [...files].map((f) => relative('.', f));
    expect(paths).toContain('src/figures/tree/layout.ts');
    expect(paths).not.toContain('src/figures/font.ts');
  });

  it('ignores type-only imports and reports value imports of packages', async () => {
    const { packages } = await appModules(resolve('src/io/formats.ts'));
    // formats.ts imports only relative modules; saxes comes in through the XML readers.
    expect([...packages.keys()]).toContain('saxes');
    expect([...packages.keys()].some((p) => p.startsWith('node:'))).toBe(false);
  });
});
