/**
 * The explorer's HTTP server: serves the built web app and one graph, nothing else. It binds to
 * 127.0.0.1 unless told otherwise, lists no directories and refuses paths outside the app. Every
 * request must name the server by the host and port it printed. In edit mode a write from the
 * explorer's own origin, with the session token, saves the graph back to its file: `PATCH api/graph`
 * with the changes made since the version loaded or saved (the explorer's save), or `PUT api/graph`
 * with the whole edited graph as an ecograph@1 JSON document.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { EditableFile, EditsSave, SaveOutcome } from './editable-file.js';
import { allowedAuthorities, checkHost, checkWriteRequest, TOKEN_HEADER } from './request-guard.js';
import { resolveStaticFile } from './static-path.js';

/** Options of {@link startExplorerServer}. */
export interface ExplorerServerOptions {
  /** Directory of the built app (`dist/web`). */
  appDir: string;
  /** The graph as native JSON text (from `writeJson`). */
  graphJson: string;
  /** A name for the graph shown in the page title (the file name). */
  graphName: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Edit mode: the file that `PATCH` and `PUT api/graph` save to (read-only when absent). */
  editable?: EditableFile | undefined;
  /** The session token write requests must carry (default: 32 random bytes). */
  token?: string | undefined;
}

/** The largest graph document or list of changes a save accepts, in bytes. */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

/** Header of a save that agrees to rewrite a file another tool laid out. */
export const REWRITE_LAYOUT_HEADER = 'x-ecograph-rewrite-layout';

export const DEFAULTS = { host: '127.0.0.1', port: 5173 } as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Headers sent with every answer: no sniffing, no framing, scripts only from this origin. */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', headers);
}

/** The request body as UTF-8 text, or undefined when it exceeds `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req) {
    length += (chunk as Buffer).length;
    if (length > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `"abc"` or `W/"abc"` → `abc`. */
function entityTag(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^(?:W\/)?"([^"]*)"$/.exec(header.trim());
  return match === null ? undefined : match[1];
}

/** Media type of the body of `PATCH api/graph`: `{ edits, nodes }` (see {@link EditsSave}). */
export const EDITS_MEDIA_TYPE = 'application/vnd.ecograph.edits+json';

/**
 * A save: `PUT` with the whole graph (ecograph@1 JSON), or `PATCH` with the changes made since the
 * version named in `If-Match`; the answer says the new version, or why nothing was written.
 */
async function saveGraphRequest(req: IncomingMessage, res: ServerResponse, file: EditableFile): Promise<void> {
  const base = entityTag(req.headers['if-match']);
  if (base === undefined) {
    sendJson(res, 428, { error: 'version-required', message: 'a save must say which version it edits (If-Match: "<version>")' });
    return;
  }
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
  const patch = req.method === 'PATCH';
  if (patch ? type !== EDITS_MEDIA_TYPE && type !== 'application/json' : type !== 'application/json') {
    sendJson(res, 415, {
      error: 'unsupported-media-type',
      message: patch ? `send the changes as ${EDITS_MEDIA_TYPE} ({ "edits": [...], "nodes": {...} })` : 'send the graph as application/json (ecograph@1)',
    });
    return;
  }
  const text = await readBody(req, MAX_SAVE_BYTES);
  if (text === undefined) {
    sendJson(res, 413, { error: 'too-large', message: `the ${patch ? 'list of changes' : 'graph document'} exceeds ${MAX_SAVE_BYTES} bytes` });
    return;
  }
  const options = { rewriteLayout: req.headers[REWRITE_LAYOUT_HEADER] === 'yes' };
  let outcome: SaveOutcome;
  if (patch) {
    let changes: EditsSave;
    try {
      changes = JSON.parse(text) as EditsSave;
    } catch (err) {
      sendJson(res, 400, { error: 'bad-request', message: `the changes are not JSON: ${(err as Error).message}` });
      return;
    }
    outcome = await file.saveEdits(changes, base, options);
  } else {
    outcome = await file.save(text, base, options);
  }
  if (outcome.ok) {
    sendJson(res, 200, { version: outcome.version, written: outcome.written, backups: outcome.backups }, { ETag: `"${outcome.version}"` });
    return;
  }
  switch (outcome.reason) {
    case 'invalid':
      sendJson(res, 422, {
        error: 'invalid',
        message: patch ? 'a change has errors: nothing was written' : 'the graph has errors: nothing was written',
        problems: outcome.problems,
        ...(outcome.change === undefined ? {} : { change: outcome.change }),
      });
      return;
    case 'conflict':
      sendJson(res, 412, { error: 'conflict', message: outcome.message, version: file.version });
      return;
    case 'layout-unconfirmed':
      sendJson(res, 409, { error: 'layout-unconfirmed', message: outcome.message });
      return;
  }
}

async function sendFile(res: ServerResponse, file: string): Promise<void> {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' });
  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
}

/** What the request handler needs: the app, the graph, who may ask, and the file to save in edit mode. */
export interface ExplorerHandlerOptions extends Pick<ExplorerServerOptions, 'appDir' | 'graphJson' | 'graphName' | 'editable'> {
  /** The `host:port` names a request may give in `Host` (from {@link allowedAuthorities}). */
  authorities: ReadonlySet<string>;
  /** The session token of write requests. */
  token: string;
}

/** The request handler, exported for tests that drive it without a socket. */
export function explorerHandler(options: ExplorerHandlerOptions) {
  const { editable, authorities, token } = options;
  // In edit mode the graph served is the graph held, as last saved, not the text given at start.
  const graphJson = () => (editable === undefined ? options.graphJson : editable.graphJson());
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const hostRefusal = checkHost(req, authorities);
    if (hostRefusal !== undefined) {
      send(res, hostRefusal.status, `${hostRefusal.reason}\n`);
      return;
    }
    const target = req.url ?? '/';
    // Only origin-form targets ("/path?query"); absolute-form and authority-form are refused.
    if (!target.startsWith('/') || target.startsWith('//')) {
      send(res, 400, 'bad request\n');
      return;
    }
    const path = target.split('?', 1)[0]!;
    if ((req.method === 'PUT' || req.method === 'PATCH') && path === '/api/graph') {
      if (editable === undefined) {
        sendJson(res, 403, { error: 'read-only', message: 'this explorer is read-only: start it with "ecograph serve <graph> --edit" to save changes' });
        return;
      }
      const refusal = checkWriteRequest(req, authorities, token);
      if (refusal !== undefined) {
        sendJson(res, refusal.status, { error: 'forbidden', message: refusal.reason });
        return;
      }
      await saveGraphRequest(req, res, editable);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', path === '/api/graph' && editable !== undefined ? 'GET, HEAD, PUT, PATCH' : 'GET, HEAD');
      send(res, 405, 'method not allowed\n');
      return;
    }
    if (path === '/api/graph') {
      send(res, 200, graphJson(), 'application/json; charset=utf-8', editable === undefined ? {} : { ETag: `"${editable.version}"` });
      return;
    }
    if (path === '/api/info') {
      const info =
        editable === undefined
          ? { name: options.graphName, editable: false }
          : { name: options.graphName, editable: true, format: editable.format, layout: editable.layout, version: editable.version, token, tokenHeader: TOKEN_HEADER, rewriteLayoutHeader: REWRITE_LAYOUT_HEADER };
      sendJson(res, 200, info);
      return;
    }
    const resolved = await resolveStaticFile(options.appDir, path === '/' ? '/index.html' : path);
    if (!resolved.ok) {
      send(res, resolved.status, resolved.status === 400 ? 'bad request\n' : 'not found\n');
      return;
    }
    await sendFile(res, resolved.file);
  };
}

/** Why the server could not start, in words for the user. */
export class ServeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServeError';
  }
}

/**
 * Starts the server and resolves once it listens; the URL uses the bound port (so port 0 works).
 *
 * @example const { url, server } = await startExplorerServer({ appDir: 'dist/web', graphJson, graphName: 'g.json', host: '127.0.0.1', port: 0 });
 */
export async function startExplorerServer(options: ExplorerServerOptions): Promise<{ server: Server; url: string; port: number }> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  // The handler is made once the port is known (port 0 picks one): requests before that cannot arrive.
  let handler: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  const server = createServer((req, res) => {
    if (handler === undefined) {
      send(res, 503, 'starting\n');
      return;
    }
    handler(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'internal error\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new ServeError(`port ${options.port} on ${options.host} is already in use: pick another with --port N, or --port 0 for a free one`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
        reject(new ServeError(`cannot listen on host "${options.host}": not an address of this machine`));
      else if (err.code === 'EACCES') reject(new ServeError(`no permission to listen on port ${options.port}`));
      else reject(err);
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  handler = explorerHandler({ ...options, authorities: allowedAuthorities(options.host, port), token });
  return { server, url: `http://${host}:${port}/`, port };
}

