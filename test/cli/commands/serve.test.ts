/**
 * `ecograph serve` end to end, as a child process: the URL printed on 127.0.0.1 serves the graph,
 * a port in use and an invalid graph are refused with a clear message and no stack trace, a bad
 * port is a usage error.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `ecograph serve` and resolves with its first stdout line (or its exit). */
function runServe(args: string[], lines = 1): Promise<{ line: string; lines: string[]; code: number | null; stderr: string; kill: () => void }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/ecograph.js', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const done = (code: number | null) => {
      const printed = out.split('\n').filter((l) => l !== '');
      resolve({ line: printed[0] ?? '', lines: printed, code, stderr: err, kill: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.split('\n').length > lines) done(null);
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => done(code));
  });
}

describe('ecograph serve', () => {
  it('prints the URL on 127.0.0.1 and serves the graph there', async () => {
    const r = await runServe(['graphs/kyoto-life-science.json', '--port', '0']);
    try {
      const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(r.line);
      expect(url, r.stderr).not.toBeNull();
      const response = await fetch(`http://127.0.0.1:${url![1]}/api/graph`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { attributes: { name: string } }).attributes.name).toBe('Kyoto life science');
    } finally {
      r.kill();
    }
  });

  it('says clearly when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as AddressInfo).port;
    try {
      const r = await runServe(['graphs/kyoto-life-science.json', '--port', String(busy)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`port ${busy}`);
      expect(r.stderr).toContain('already in use');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('refuses an invalid graph with its errors, without serving', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ecograph-bad-'));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ nodes: [{ key: 'a', attributes: { label: 'A', kind: 'planet' } }], edges: [] }));
    try {
      const r = await runServe([bad, '--port', '0']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('unknown-node-kind');
      expect(r.stderr).toContain('bad.json');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--edit saves the explorer\'s edit back to the file, keeping a numbered backup', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ecograph-edit-'));
    const file = join(dir, 'kyoto.json');
    // The bundled graph is pretty-printed by hand: edit mode says the first save rewrites it.
    await writeFile(file, await readFile('graphs/kyoto-life-science.json'));
    const r = await runServe([file, '--port', '0', '--edit'], 2);
    try {
      const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(r.line);
      expect(url, r.stderr).not.toBeNull();
      expect(r.lines[1]).toContain(`edit mode: saves go to ${file} (json)`);
      expect(r.lines[1]).toContain('not written by ecograph');
      const base = `http://127.0.0.1:${url![1]}`;
      const info = (await (await fetch(`${base}/api/info`)).json()) as { token: string; tokenHeader: string; rewriteLayoutHeader: string; layout: string };
      expect(info.layout).toBe('foreign');
      const served = await fetch(`${base}/api/graph`);
      const doc = (await served.json()) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
      doc.nodes[0]!.attributes.notes = 'checked in an interview';
      const headers = { 'Content-Type': 'application/json', Origin: base, [info.tokenHeader]: info.token, 'If-Match': served.headers.get('etag')! };
      const unconfirmed = await fetch(`${base}/api/graph`, { method: 'PUT', headers, body: JSON.stringify(doc) });
      expect(unconfirmed.status).toBe(409);
      const saved = await fetch(`${base}/api/graph`, { method: 'PUT', headers: { ...headers, [info.rewriteLayoutHeader]: 'yes' }, body: JSON.stringify(doc) });
      expect(saved.status).toBe(200);
      expect(await readFile(`${file}.~1~`, 'utf8')).toBe(await readFile('graphs/kyoto-life-science.json', 'utf8'));
      const written = JSON.parse(await readFile(file, 'utf8')) as typeof doc;
      expect(written.nodes[0]!.attributes.notes).toBe('checked in an interview');
      expect(written.nodes.length).toBe(doc.nodes.length);
    } finally {
      r.kill();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad port as a usage error', async () => {
    const r = await runServe(['graphs/kyoto-life-science.json', '--port', '70000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port');
  });
});
