/**
 * When the web app is rebuilt: its built `index.html` is stale when its `index.html` is missing or
 * older than a source of the app, and fresh when newer than all of them. (The Vite build itself is
 * exercised by the explorer and serve tests.)
 */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DIR, WEB_DIR, appIsStale } from '../../scripts/web-app.js';

describe('appIsStale', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ecograph-app-build-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is stale without a built index.html', async () => {
    expect(await appIsStale(dir)).toBe(true);
  });

  it('is stale when the build is older than the sources, fresh when newer than all of them', async () => {
    const index = join(dir, 'index.html');
    await writeFile(index, '<!doctype html>');
    await utimes(index, new Date(1_000), new Date(1_000));
    expect(await appIsStale(dir)).toBe(true);
    const future = new Date(Date.now() + 365 * 24 * 3600_000);
    await utimes(index, future, future);
    expect(await appIsStale(dir)).toBe(false);
  });
});

describe('locations', () => {
  it('builds into dist/web of the package', () => {
    expect(WEB_DIR).toBe(fileURLToPath(new URL('../../web', import.meta.url)));
    expect(APP_DIR).toBe(fileURLToPath(new URL('../../dist/web', import.meta.url)));
  });
});
