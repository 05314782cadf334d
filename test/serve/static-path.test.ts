/**
 * Request paths to files of the built app: safe segments only (no dot segments, raw or encoded,
 * no backslashes, NUL bytes, drive letters or dot files), and files resolved inside the app
 * directory only, symbolic links included.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile, safeSegments } from '../../src/serve/static-path.js';

describe('safeSegments', () => {
  it('splits an absolute path into its segments, ignoring empty ones', () => {
    expect(safeSegments('/assets/app.js')).toEqual({ ok: true, segments: ['assets', 'app.js'] });
    expect(safeSegments('/')).toEqual({ ok: true, segments: [] });
    expect(safeSegments('/a//b/')).toEqual({ ok: true, segments: ['a', 'b'] });
    expect(safeSegments('/caf%C3%A9.txt')).toEqual({ ok: true, segments: ['café.txt'] });
  });

  it('refuses every way out of the app directory, saying why', () => {
    expect(safeSegments('assets/app.js')).toEqual({ ok: false, reason: 'not an absolute path' });
    expect(safeSegments('/a/../b')).toEqual({ ok: false, reason: 'dot segment' });
    expect(safeSegments('/a/%2e%2e/b')).toEqual({ ok: false, reason: 'dot segment' });
    expect(safeSegments('/./index.html')).toEqual({ ok: false, reason: 'dot segment' });
    expect(safeSegments('/a%5c..%5cb')).toEqual({ ok: false, reason: 'forbidden character' });
    expect(safeSegments('/a%00.js')).toEqual({ ok: false, reason: 'forbidden character' });
    expect(safeSegments('//evil.example/x')).toEqual({ ok: false, reason: 'not a relative path' });
    expect(safeSegments('/%2F%2Fevil')).toEqual({ ok: false, reason: 'not a relative path' });
    expect(safeSegments('/.env')).toEqual({ ok: false, reason: 'hidden file' });
    expect(safeSegments('/C:/windows')).toEqual({ ok: false, reason: 'drive letter' });
    expect(safeSegments('/%E0%A4%A')).toEqual({ ok: false, reason: 'bad percent-encoding' });
  });
});

describe('resolveStaticFile', () => {
  let root: string;
  let app: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ecograph-static-'));
    app = join(root, 'dist');
    await mkdir(join(app, 'assets'), { recursive: true });
    await writeFile(join(app, 'index.html'), '<!doctype html>');
    await writeFile(join(app, 'assets', 'app.js'), '');
    await writeFile(join(root, 'secret.txt'), 'secret');
    await symlink(join(root, 'secret.txt'), join(app, 'assets', 'out.txt'));
    await symlink(join(app, 'index.html'), join(app, 'assets', 'in.html'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('resolves a file of the app to its real path', async () => {
    const r = await resolveStaticFile(app, '/assets/app.js');
    expect(r).toEqual({ ok: true, file: expect.stringMatching(/\/dist\/assets\/app\.js$/) });
  });

  it('follows a symbolic link that stays inside the app', async () => {
    const r = await resolveStaticFile(app, '/assets/in.html');
    expect(r).toEqual({ ok: true, file: expect.stringMatching(/\/dist\/index\.html$/) });
  });

  it('answers 404 for a link out of the app, a directory, the root and a missing file', async () => {
    expect(await resolveStaticFile(app, '/assets/out.txt')).toEqual({ ok: false, status: 404, reason: 'outside the app directory' });
    expect(await resolveStaticFile(app, '/assets')).toEqual({ ok: false, status: 404, reason: 'not a file' });
    expect(await resolveStaticFile(app, '/')).toEqual({ ok: false, status: 404, reason: 'directory' });
    expect(await resolveStaticFile(app, '/nothing.js')).toEqual({ ok: false, status: 404, reason: 'not found' });
  });

  it('answers 400 for an unsafe path, before touching the disk', async () => {
    expect(await resolveStaticFile(app, '/../secret.txt')).toEqual({ ok: false, status: 400, reason: 'dot segment' });
    expect(await resolveStaticFile(join(root, 'no-such-dir'), '/.hidden')).toEqual({ ok: false, status: 400, reason: 'hidden file' });
  });
});
