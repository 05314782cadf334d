/**
 * Headless Chromium for the explorer's end-to-end tests: `chromium` from PATH (or the executable
 * named by ECOGRAPH_CHROMIUM, see test/helpers/required-tools.ts) driven by
 * playwright-core, with background networking off and WebGL through SwiftShader (sigma needs
 * WebGL; headless Chromium on a machine without a GPU gets it from `--use-angle=swiftshader` plus
 * `--enable-unsafe-swiftshader`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumExecutable, chromiumMissing } from '../helpers/required-tools.js';

/** The Chromium executable (ECOGRAPH_CHROMIUM, else `chromium` on PATH), or undefined when absent. */
export const CHROMIUM = chromiumExecutable();

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** A persistent context in a fresh user-data directory; `close` removes the directory. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (CHROMIUM === undefined) {
    const why = chromiumMissing() ?? { missing: 'chromium not found', install: 'apt-get install chromium' };
    throw new Error(`cannot launch the browser: ${why.missing} — ${why.install}`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'ecograph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
