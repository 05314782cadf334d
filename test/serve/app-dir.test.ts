import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DIR, missingApp } from '../../src/serve/app-dir.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecograph-app-dir-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the prebuilt web app', () => {
  it('lives in the package’s dist/web, from the sources and the compiled package alike', () => {
    expect(APP_DIR).toBe(resolve('dist/web'));
  });

  it('is found when index.html is there, and named with the command that builds it when not', async () => {
    expect(await missingApp(dir)).toMatch(/web explorer is not built .*index\.html is missing.*npm run build/);
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    expect(await missingApp(dir)).toBeUndefined();
  });

  it('is built by the tests’ global setup', async () => {
    expect(await missingApp()).toBeUndefined();
  });
});
