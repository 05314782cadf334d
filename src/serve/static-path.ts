/**
 * Maps a request path to a file inside the built app, refusing everything else: `..` segments
 * (plain or percent-encoded), backslashes, NUL bytes, drive letters, dot files, and paths that leave
 * the app directory through a symbolic link.
 */
import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Why a path was refused, or the file it names. */
export type StaticResolution = { ok: true; file: string } | { ok: false; status: 400 | 404; reason: string };

/**
 * Splits a URL path into safe segments, or says why it is refused. Works on the raw request target
 * (before and after percent-decoding), so `/%2e%2e/x` and `/a/../x` are both refused.
 *
 * @param rawPath the request target's path, without the query string
 * @example safeSegments('/assets/app.js') // → { ok: true, segments: ['assets', 'app.js'] }
 */
export function safeSegments(rawPath: string): { ok: true; segments: string[] } | { ok: false; reason: string } {
  if (!rawPath.startsWith('/')) return { ok: false, reason: 'not an absolute path' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, reason: 'bad percent-encoding' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, reason: 'forbidden character' };
  if (decoded.startsWith('//')) return { ok: false, reason: 'not a relative path' };
  const segments = decoded.split('/').filter((s) => s !== '');
  for (const s of segments) {
    if (s === '.' || s === '..') return { ok: false, reason: 'dot segment' };
    if (s.startsWith('.')) return { ok: false, reason: 'hidden file' };
    if (/^[a-zA-Z]:/.test(s)) return { ok: false, reason: 'drive letter' };
  }
  // The raw form must not hide dot segments either (e.g. a client that does not normalise).
  if (rawPath.split('/').some((s) => s === '..' || s === '.')) return { ok: false, reason: 'dot segment' };
  return { ok: true, segments };
}

/**
 * Resolves a request path to a regular file under `root`, following symbolic links only when the
 * real target is still under `root`. Directories are never listed.
 *
 * @param root the directory of the built app
 * @param rawPath the request target's path
 */
export async function resolveStaticFile(root: string, rawPath: string): Promise<StaticResolution> {
  const safe = safeSegments(rawPath);
  if (!safe.ok) return { ok: false, status: 400, reason: safe.reason };
  if (safe.segments.length === 0) return { ok: false, status: 404, reason: 'directory' };
  let realRoot: string;
  let real: string;
  try {
    realRoot = await realpath(root);
    real = await realpath(join(root, ...safe.segments));
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  if (!real.startsWith(realRoot + sep)) return { ok: false, status: 404, reason: 'outside the app directory' };
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, status: 404, reason: 'not a file' };
  return { ok: true, file: real };
}
