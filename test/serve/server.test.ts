/**
 * The explorer's server: it serves the app and the graph only, refuses every path outside the app
 * directory (raw requests, so no client normalises the path first), lists no directories, and binds
 * 127.0.0.1 unless told otherwise. `ecograph serve` end to end is in test/cli/commands/serve.test.ts.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJson } from '../../src/io/json.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { DEFAULTS, startExplorerServer } from '../../src/serve/server.js';
import { safeSegments } from '../../src/serve/static-path.js';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-APP';
let root: string;
let appDir: string;
let server: Server;
let port: number;
let graphJson: string;

/** Sends one raw HTTP/1.1 request line and returns the status and body. */
function rawRequest(target: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ecograph-serve-'));
  appDir = join(root, 'dist');
  await mkdir(join(appDir, 'assets'), { recursive: true });
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(appDir, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(join(appDir, '.hidden'), SECRET);
  await writeFile(join(root, 'secret.txt'), SECRET);
  await writeFile(join(root, 'package.json'), SECRET);
  await symlink(join(root, 'secret.txt'), join(appDir, 'assets', 'link-out.txt'));
  await symlink(root, join(appDir, 'assets', 'dir-link'));
  const g = createEcoGraph({ name: 'test' });
  g.addNode('a', { label: 'A', kind: 'firm' });
  graphJson = writeJson(g);
  const started = await startExplorerServer({ appDir, graphJson, graphName: 'g.json', host: DEFAULTS.host, port: 0 });
  server = started.server;
  port = started.port;
});

afterAll(async () => {
  server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('explorer server', () => {
  it('binds 127.0.0.1 by default', () => {
    expect(DEFAULTS.host).toBe('127.0.0.1');
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('serves the app, its assets and the graph', async () => {
    const index = await rawRequest('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>app</title>');
    expect((await rawRequest('/assets/app.js')).body).toContain('console.log');
    const graph = await rawRequest('/api/graph');
    expect(graph.status).toBe(200);
    expect(graph.body).toBe(graphJson);
    expect(JSON.parse((await rawRequest('/api/info')).body)).toEqual({ name: 'g.json' });
  });

  it.each([
    '/../package.json',
    '/../secret.txt',
    '/%2e%2e/package.json',
    '/%2E%2E/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/..\\secret.txt',
    `/${'%252e%252e'}/secret.txt`,
    '//etc/passwd',
    '/etc/passwd',
    '/{ROOT}/secret.txt',
    `http://127.0.0.1/../secret.txt`,
    '/assets/link-out.txt',
    '/assets/dir-link/secret.txt',
    '/.hidden',
    '/%00/index.html',
    '/assets/%ff',
  ])('refuses %s', async (pattern) => {
    // {ROOT}: the temporary directory as an absolute path.
    const r = await rawRequest(pattern.replace('{ROOT}', root.slice(1)));
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toContain('root:');
  });

  it('lists no directory', async () => {
    for (const target of ['/assets', '/assets/', '/assets/dir-link/']) {
      const r = await rawRequest(target);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('app.js');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await rawRequest('/', 'POST')).status).toBe(405);
    const head = await rawRequest('/api/graph', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('says which segments are unsafe', () => {
    expect(safeSegments('/assets/app.js')).toEqual({ ok: true, segments: ['assets', 'app.js'] });
    expect(safeSegments('/a/%2e%2e/b').ok).toBe(false);
    expect(safeSegments('/C:/windows').ok).toBe(false);
  });
});
