/**
 * Headless Chromium for the explorer's end-to-end tests: `chromium` from PATH (or the executable
 * named by ECOGRAPH_CHROMIUM, see test/helpers/required-tools.ts) driven by
 * playwright-core, with background networking off and WebGL through SwiftShader (sigma needs
 * WebGL; headless Chromium on a machine without a GPU gets it from `--use-angle=swiftshader` plus
 * `--enable-unsafe-swiftshader`).
 */
import { existsSync } from 'node:fs';
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

/**
 * Mesa's CPU Vulkan driver (lavapipe), when installed: its ICD file (ECOGRAPH_LAVAPIPE_ICD, else
 * Debian's path from `mesa-vulkan-drivers`), or undefined. The explorer bench uses it as a second,
 * faster software renderer for WebGL; the tests always use SwiftShader.
 */
export function lavapipeIcd(): string | undefined {
  const file = process.env.ECOGRAPH_LAVAPIPE_ICD ?? '/usr/share/vulkan/icd.d/lvp_icd.x86_64.json';
  return existsSync(file) ? file : undefined;
}

/** How headless Chromium draws WebGL: SwiftShader (the default), or ANGLE on Vulkan through lavapipe. */
export type WebGlRenderer = 'swiftshader' | 'lavapipe';

/** A persistent context in a fresh user-data directory; `close` removes the directory. */
export async function launchBrowser(renderer: WebGlRenderer = 'swiftshader'): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (CHROMIUM === undefined) {
    const why = chromiumMissing() ?? { missing: 'chromium not found', install: 'apt-get install chromium' };
    throw new Error(`cannot launch the browser: ${why.missing} — ${why.install}`);
  }
  const icd = renderer === 'lavapipe' ? lavapipeIcd() : undefined;
  if (renderer === 'lavapipe' && icd === undefined) throw new Error('cannot draw WebGL on lavapipe: Mesa\'s Vulkan CPU driver is not installed — apt-get install mesa-vulkan-drivers');
  const args =
    icd === undefined
      ? CHROMIUM_ARGS
      : [...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu' && a !== '--use-angle=swiftshader'), '--use-angle=vulkan', '--use-vulkan=native', '--ignore-gpu-blocklist'];
  const userDataDir = await mkdtemp(join(tmpdir(), 'ecograph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args,
    ...(icd === undefined ? {} : { env: { ...(process.env as Record<string, string>), VK_ICD_FILENAMES: icd } }),
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
