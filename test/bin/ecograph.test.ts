/**
 * The `ecograph` binary runs the compiled CLI in dist/ with plain Node (the tests' global setup has
 * just built it), and says what to do when the package is not built.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/ecograph.js', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

describe('bin/ecograph.js', () => {
  it('answers --help and --version from dist/, without a TypeScript loader', async () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ecograph <command>/);
    const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    const { version: expected } = JSON.parse(await readFile(PACKAGE_JSON, 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(expected);
  });

  it('says to build the package when dist/ is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ecograph-bin-'));
    try {
      // the package without its dist/
      await writeFile(join(root, 'package.json'), await readFile(PACKAGE_JSON));
      await mkdir(join(root, 'bin'));
      await copyFile(BIN, join(root, 'bin', 'ecograph.js'));
      const r = spawnSync(process.execPath, [join(root, 'bin', 'ecograph.js'), '--help'], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('dist/cli/main.js is missing');
      expect(r.stderr).toContain('npm run build');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
