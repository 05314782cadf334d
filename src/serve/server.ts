/**
 * The explorer's HTTP server: serves the built web app and one graph, nothing else. It binds to
 * 127.0.0.1 unless told otherwise, lists no directories and refuses paths outside the app.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
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
}

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

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
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

/** The request handler, exported for tests that drive it without a socket. */
export function explorerHandler(options: Pick<ExplorerServerOptions, 'appDir' | 'graphJson' | 'graphName'>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'method not allowed\n');
      return;
    }
    const target = req.url ?? '/';
    // Only origin-form targets ("/path?query"); absolute-form and authority-form are refused.
    if (!target.startsWith('/') || target.startsWith('//')) {
      send(res, 400, 'bad request\n');
      return;
    }
    const path = target.split('?', 1)[0]!;
    if (path === '/api/graph') {
      send(res, 200, options.graphJson, 'application/json; charset=utf-8');
      return;
    }
    if (path === '/api/info') {
      send(res, 200, JSON.stringify({ name: options.graphName }), 'application/json; charset=utf-8');
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
  const handler = explorerHandler(options);
  const server = createServer((req, res) => {
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
  return { server, url: `http://${host}:${port}/`, port };
}
