/**
 * The explorer's server: it serves the app and the graph only, refuses every path outside the app
 * directory (raw requests, so no client normalises the path first), lists no directories, binds
 * 127.0.0.1 unless told otherwise, answers only requests that name it by its own host and port, and
 * saves only in edit mode, from its own origin with the session token.
 * `ecograph serve` end to end is in test/cli/commands/serve.test.ts.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJson } from '../../src/io/json.js';
import { createEcoGraph } from '../../src/model/graph.js';
import { loadGraph } from '../../src/io/files.js';
import { EditableFile } from '../../src/serve/editable-file.js';
import { TOKEN_HEADER } from '../../src/serve/request-guard.js';
import { DEFAULTS, EDITS_MEDIA_TYPE, startExplorerServer } from '../../src/serve/server.js';
import { safeSegments } from '../../src/serve/static-path.js';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-APP';
let root: string;
let appDir: string;
let server: Server;
let port: number;
let graphJson: string;

/** Sends one raw HTTP/1.1 request line and returns the status and body. */
function rawRequest(target: string, method = 'GET', host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
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
    expect(JSON.parse((await rawRequest('/api/info')).body)).toEqual({ name: 'g.json', editable: false });
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

  it('answers only requests naming it by its host and port (no DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`]) {
      for (const target of ['/api/graph', '/api/info', '/']) {
        const r = await rawRequest(target, 'GET', host);
        expect(r.status, `${host} ${target}`).toBe(403);
        expect(r.body).not.toContain('"nodes"');
      }
    }
    expect((await rawRequest('/api/graph', 'GET', `localhost:${port}`)).status).toBe(200);
  });

  it('is read-only without edit mode: a save is refused and says how to edit', async () => {
    const r = await fetch(`http://127.0.0.1:${port}/api/graph`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, 'If-Match': '"x"' },
      body: graphJson,
    });
    expect(r.status).toBe(403);
    expect(((await r.json()) as { message: string }).message).toContain('--edit');
    const patched = await fetch(`http://127.0.0.1:${port}/api/graph`, {
      method: 'PATCH',
      headers: { 'Content-Type': EDITS_MEDIA_TYPE, Origin: `http://127.0.0.1:${port}`, 'If-Match': '"x"' },
      body: '{"edits":[]}',
    });
    expect(patched.status).toBe(403);
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

describe('explorer server in edit mode', () => {
  let dir: string;
  let file: string;
  let editServer: Server;
  let base: string;
  const token = 'session-token-for-tests';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ecograph-serve-edit-'));
    file = join(dir, 'g.json');
    const g = createEcoGraph({ name: 'edit' });
    g.addNode('a', { label: 'A', kind: 'firm', sources: ['Report — https://example.org/r'], confidence: 'sourced' });
    await writeFile(file, writeJson(g));
    const editable = await EditableFile.open(file);
    const started = await startExplorerServer({ appDir, graphJson: writeJson(editable.graph), graphName: 'g.json', host: DEFAULTS.host, port: 0, editable, token });
    editServer = started.server;
    base = `http://127.0.0.1:${started.port}`;
  });

  afterAll(async () => {
    editServer?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** The graph as served, with its version. */
  async function current(): Promise<{ version: string; doc: { nodes: { key: string; attributes: Record<string, unknown> }[] } & Record<string, unknown> }> {
    const r = await fetch(`${base}/api/graph`);
    return { version: (r.headers.get('etag') ?? '').replaceAll('"', ''), doc: (await r.json()) as never };
  }

  function put(body: string, headers: Record<string, string>) {
    return fetch(`${base}/api/graph`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...headers }, body });
  }

  it('gives the explorer its token, version and layout', async () => {
    const info = (await (await fetch(`${base}/api/info`)).json()) as Record<string, unknown>;
    expect(info).toMatchObject({ editable: true, format: 'json', layout: 'ecograph', token, tokenHeader: TOKEN_HEADER });
    expect(info.version).toBe((await current()).version);
  });

  it('saves an edit from its own origin with the token, and serves the saved graph', async () => {
    const { version, doc } = await current();
    doc.nodes[0]!.attributes.label = 'A renamed';
    const r = await put(JSON.stringify(doc), { Origin: base, [TOKEN_HEADER]: token, 'If-Match': `"${version}"` });
    expect(r.status).toBe(200);
    const saved = (await r.json()) as { version: string; backups: string[] };
    expect(saved.backups).toEqual([`${file}.~1~`]);
    const after = await current();
    expect(after.version).toBe(saved.version);
    expect(after.doc.nodes[0]!.attributes.label).toBe('A renamed');
    expect((await loadGraph(file)).getNodeAttribute('a', 'label')).toBe('A renamed');
  });

  it.each([
    ['no token', (v: string) => ({ Origin: base, 'If-Match': `"${v}"` }), 403],
    ['a wrong token', (v: string) => ({ Origin: base, [TOKEN_HEADER]: 'guess', 'If-Match': `"${v}"` }), 403],
    ['another origin', (v: string) => ({ Origin: 'http://evil.example', [TOKEN_HEADER]: token, 'If-Match': `"${v}"` }), 403],
    ['no Origin', (v: string) => ({ [TOKEN_HEADER]: token, 'If-Match': `"${v}"` }), 403],
    ['a cross-site fetch', (v: string) => ({ Origin: base, 'Sec-Fetch-Site': 'cross-site', [TOKEN_HEADER]: token, 'If-Match': `"${v}"` }), 403],
    ['no version', () => ({ Origin: base, [TOKEN_HEADER]: token }), 428],
    ['a stale version', () => ({ Origin: base, [TOKEN_HEADER]: token, 'If-Match': '"0000"' }), 412],
  ])('refuses a save with %s and writes nothing', async (_name, headers, status) => {
    const before = await readFile(file, 'utf8');
    const { version, doc } = await current();
    doc.nodes[0]!.attributes.label = 'Should not land';
    const r = await put(JSON.stringify(doc), headers(version));
    expect(r.status).toBe(status);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses an invalid graph with every problem, writing nothing', async () => {
    const before = await readFile(file, 'utf8');
    const { version, doc } = await current();
    doc.nodes[0]!.attributes.kind = 'planet';
    const r = await put(JSON.stringify(doc), { Origin: base, [TOKEN_HEADER]: token, 'If-Match': `"${version}"` });
    expect(r.status).toBe(422);
    const body = (await r.json()) as { problems: { code: string }[] };
    expect(body.problems.map((p) => p.code)).toContain('unknown-node-kind');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  function patch(body: unknown, headers: Record<string, string>, type = EDITS_MEDIA_TYPE) {
    return fetch(`${base}/api/graph`, { method: 'PATCH', headers: { 'Content-Type': type, ...headers }, body: JSON.stringify(body) });
  }

  it('saves the changes made since the version loaded (PATCH), and serves the saved graph', async () => {
    const { version, doc } = await current();
    const a = doc.nodes[0]!.attributes;
    const added = { label: 'B K.K.', kind: 'firm', confidence: 'illustrative' };
    const changes = {
      edits: [
        { edit: { op: 'update-node', id: 'a', attributes: { ...a, label: 'A by PATCH' } } },
        { edit: { op: 'add-node', id: 'b', attributes: added } },
        { edit: { op: 'delete-node', id: 'b' }, restore: true },
        { edit: { op: 'add-node', id: 'b', attributes: { label: 'B K.K.', kind: 'firm', confidence: 'illustrative' } }, restore: true },
      ],
      nodes: { a: { ...a, label: 'A by PATCH' }, b: added },
    };
    const r = await patch(changes, { Origin: base, [TOKEN_HEADER]: token, 'If-Match': `"${version}"` });
    expect(r.status).toBe(200);
    const saved = (await r.json()) as { version: string; written: string[]; backups: string[] };
    expect(r.headers.get('etag')).toBe(`"${saved.version}"`);
    expect(saved.written).toEqual([file]);
    expect(saved.backups).toEqual([`${file}.~2~`]);
    const after = await current();
    expect(after.version).toBe(saved.version);
    expect(after.doc.nodes.map((n) => [n.key, n.attributes.label])).toEqual([['a', 'A by PATCH'], ['b', 'B K.K.']]);
    const reread = await loadGraph(file);
    expect(reread.getNodeAttribute('a', 'label')).toBe('A by PATCH');
    expect(reread.order).toBe(2);
    // The version is the file's: a fresh open of the file gives the same.
    expect((await EditableFile.open(file)).version).toBe(saved.version);
  });

  it.each([
    ['no token', (v: string) => ({ Origin: base, 'If-Match': `"${v}"` }), 403, EDITS_MEDIA_TYPE],
    ['another origin', (v: string) => ({ Origin: 'http://evil.example', [TOKEN_HEADER]: token, 'If-Match': `"${v}"` }), 403, EDITS_MEDIA_TYPE],
    ['no version', () => ({ Origin: base, [TOKEN_HEADER]: token }), 428, EDITS_MEDIA_TYPE],
    ['a stale version', () => ({ Origin: base, [TOKEN_HEADER]: token, 'If-Match': '"0000"' }), 412, EDITS_MEDIA_TYPE],
    ['a body that is not JSON', (v: string) => ({ Origin: base, [TOKEN_HEADER]: token, 'If-Match': `"${v}"` }), 415, 'text/plain'],
  ])('refuses a PATCH with %s and writes nothing', async (_name, headers, status, type) => {
    const before = await readFile(file, 'utf8');
    const { version, doc } = await current();
    const r = await patch({ edits: [{ edit: { op: 'update-node', id: 'a', attributes: { ...doc.nodes[0]!.attributes, label: 'Should not land' } } }] }, headers(version), type);
    expect(r.status).toBe(status);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a PATCH whose change is invalid, with its problems and which change, writing nothing', async () => {
    const before = await readFile(file, 'utf8');
    const { version } = await current();
    const r = await patch(
      { edits: [{ edit: { op: 'delete-node', id: 'b' } }, { edit: { op: 'add-edge', key: 't', source: 'a', target: 'ghost', attributes: { kind: 'collaboration', sources: ['x'] } } }] },
      { Origin: base, [TOKEN_HEADER]: token, 'If-Match': `"${version}"` },
    );
    expect(r.status).toBe(422);
    const body = (await r.json()) as { problems: { code: string; message: string }[]; change: number };
    expect(body.change).toBe(1);
    expect(body.problems.map((p) => [p.code, p.message])).toEqual([['missing-node', 'edge target "ghost" is not a node of the graph']]);
    expect(await readFile(file, 'utf8')).toBe(before);
    // Nothing of the refused changes stays in the graph served (node b is still there, in its place).
    expect((await current()).doc.nodes.map((n) => n.key)).toEqual(['a', 'b']);
  });

  it('refuses a save over a file changed on disk and reports the version it has', async () => {
    const { version, doc } = await current();
    const g = await loadGraph(file);
    g.setNodeAttribute('a', 'label', 'Edited in another program');
    await writeFile(file, writeJson(g));
    doc.nodes[0]!.attributes.label = 'From the explorer';
    const r = await put(JSON.stringify(doc), { Origin: base, [TOKEN_HEADER]: token, 'If-Match': `"${version}"` });
    expect(r.status).toBe(412);
    expect(((await r.json()) as { message: string }).message).toContain('changed on disk');
    expect((await loadGraph(file)).getNodeAttribute('a', 'label')).toBe('Edited in another program');
  });
});
