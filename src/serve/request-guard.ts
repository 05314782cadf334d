/**
 * Who may talk to the explorer's server. Every request must name the server by the host and port it
 * printed (so a page on another name that rebinds its DNS to 127.0.0.1 reads nothing), and a
 * request that changes the graph must also come from the explorer's own origin and carry the
 * session token the explorer received from `api/info` (so another page in the same browser cannot
 * write the file).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header that carries the session token on write requests. */
export const TOKEN_HEADER = 'x-ecograph-token';

/** Why a request was refused: the HTTP status and a one-line reason. */
export interface Refusal {
  status: 403;
  reason: string;
}

/** The names a request may give in `Host`: the printed one, and its loopback aliases when bound to loopback. */
export function allowedAuthorities(host: string, port: number): ReadonlySet<string> {
  const bracketed = host.includes(':') ? `[${host}]` : host;
  const names = new Set([`${bracketed}:${port}`]);
  if (host === '127.0.0.1' || host === '::1' || host === 'localhost') {
    for (const alias of ['127.0.0.1', 'localhost', '[::1]']) names.add(`${alias}:${port}`);
  }
  return names;
}

/**
 * Checks the `Host` header of any request.
 *
 * @param req - the request
 * @param authorities - from {@link allowedAuthorities}
 * @returns a refusal, or undefined when the host is one of the server's own names
 */
export function checkHost(req: IncomingMessage, authorities: ReadonlySet<string>): Refusal | undefined {
  const host = (req.headers.host ?? '').toLowerCase();
  if (authorities.has(host)) return undefined;
  return { status: 403, reason: `refused: Host "${host}" is not this server (use ${[...authorities][0]})` };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks a request that changes the graph: its `Origin` must be the server's own
 * (`http://` + an allowed authority), a `Sec-Fetch-Site` header (sent by browsers) must say
 * `same-origin`, and the session token must match.
 */
export function checkWriteRequest(req: IncomingMessage, authorities: ReadonlySet<string>, token: string): Refusal | undefined {
  const origin = req.headers.origin;
  if (origin === undefined) return { status: 403, reason: 'refused: a request that changes the graph needs an Origin header' };
  const match = /^http:\/\/([^/]+)$/.exec(origin.toLowerCase());
  if (match === null || !authorities.has(match[1]!)) return { status: 403, reason: `refused: Origin "${origin}" is not this explorer` };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return { status: 403, reason: `refused: the request came from another site (Sec-Fetch-Site: ${String(site)})` };
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token)) return { status: 403, reason: 'refused: missing or wrong session token (reload the explorer)' };
  return undefined;
}
