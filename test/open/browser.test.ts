/** The opener's browser half pulls no Node module into the web app, however deep the imports go. */
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appModules } from '../../scripts/web-app-sources.js';
import * as browser from '../../src/open/browser.js';

describe("the opener's browser half", () => {
  it('imports no Node built-in and no disk module, directly or through others', async () => {
    const { files, packages } = await appModules(resolve('src/open/browser.ts'));
    const paths = [...files].map((f) => relative('.', f));
    expect(paths).toContain('src/io/stream/compact-read.ts');
    expect(paths).toContain('src/metrics/compact-view.ts');
    for (const nodeOnly of ['src/open/files.ts', 'src/io/files.ts', 'src/io/stream/compact-load.ts', 'src/io/stream/text-chunks.ts']) expect(paths).not.toContain(nodeOnly);
    for (const spec of packages.keys()) expect(spec.startsWith('node:'), spec).toBe(false);
  });

  it('offers the route choice and the opener for texts', () => {
    expect(typeof browser.chooseRoute).toBe('function');
    expect(typeof browser.openTexts).toBe('function');
    expect(typeof browser.openGraphTexts).toBe('function');
    expect(browser.LOADERS).toEqual(['auto', 'standard', 'compact']);
  });
});
