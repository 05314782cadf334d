/**
 * Saving to `ecograph serve --edit`: `PATCH api/graph` with the changes made since the version the
 * explorer edits (or `PUT api/graph` with the whole graph), that version in `If-Match`, the session
 * token, and the rewrite-layout header once the user agreed; each answer of the server turned into
 * what the explorer shows.
 */
import type { Problem } from '../../../src/model/problems.js';

/** What `GET api/info` says in edit mode. */
export interface EditInfo {
  name: string;
  editable: true;
  format: string;
  layout: 'ecograph' | 'foreign';
  version: string;
  token: string;
  tokenHeader: string;
  rewriteLayoutHeader: string;
}

/** Reads `api/info`: the edit session's details, or null when the explorer is read-only. */
export function editInfoFrom(info: unknown): EditInfo | null {
  if (typeof info !== 'object' || info === null) return null;
  const i = info as Record<string, unknown>;
  if (i.editable !== true) return null;
  for (const k of ['name', 'format', 'version', 'token', 'tokenHeader', 'rewriteLayoutHeader']) if (typeof i[k] !== 'string') return null;
  return { ...(i as unknown as EditInfo), layout: i.layout === 'foreign' ? 'foreign' : 'ecograph' };
}

/** The outcome of one save. */
export type SaveResult =
  | { status: 'saved'; version: string; written: string[]; backups: string[] }
  | { status: 'conflict'; message: string; version: string | undefined }
  | { status: 'layout-unconfirmed'; message: string }
  | { status: 'invalid'; message: string; problems: Problem[]; change?: number }
  | { status: 'refused'; message: string };

/** What {@link saveToServer} needs. */
export interface SaveRequest {
  info: EditInfo;
  /** The version the explorer's copy is based on. */
  version: string;
  /**
   * What is sent: the changes since {@link version} (`editsPayload`), sent as `PATCH` with
   * {@link EDITS_MEDIA_TYPE}, or the whole graph document (`savePayload`), sent as `PUT`.
   */
  body: string;
  /** Which of the two {@link body} is (default `graph`). */
  sends?: 'changes' | 'graph';
  /** The user agreed to rewrite a file another tool laid out. */
  rewriteLayout: boolean;
  /** `fetch`, or a stand-in in tests. */
  fetch?: typeof fetch;
}

/** Media type of a list of changes (the server's `EDITS_MEDIA_TYPE`). */
export const EDITS_MEDIA_TYPE = 'application/vnd.ecograph.edits+json';

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/**
 * Sends a save and reads the answer.
 *
 * @example const result = await saveToServer({ info, version, body: editsPayload(graph, history.changesSinceSave, positions, order), sends: 'changes', rewriteLayout: false });
 */
export async function saveToServer(request: SaveRequest): Promise<SaveResult> {
  const changes = request.sends === 'changes';
  const headers: Record<string, string> = {
    'Content-Type': changes ? EDITS_MEDIA_TYPE : 'application/json',
    'If-Match': `"${request.version}"`,
    [request.info.tokenHeader]: request.info.token,
  };
  if (request.rewriteLayout) headers[request.info.rewriteLayoutHeader] = 'yes';
  let response: Response;
  try {
    response = await (request.fetch ?? fetch)('api/graph', { method: changes ? 'PATCH' : 'PUT', headers, body: request.body, cache: 'no-store' });
  } catch (err) {
    return { status: 'refused', message: `the server could not be reached: ${(err as Error).message}` };
  }
  let answer: Record<string, unknown> = {};
  try {
    answer = (await response.json()) as Record<string, unknown>;
  } catch {
    // a plain-text refusal: the status says enough
  }
  const message = typeof answer.message === 'string' ? answer.message : `the server answered ${response.status}`;
  if (response.status === 200 && typeof answer.version === 'string') return { status: 'saved', version: answer.version, written: strings(answer.written), backups: strings(answer.backups) };
  if (response.status === 412) return { status: 'conflict', message, version: typeof answer.version === 'string' ? answer.version : undefined };
  if (response.status === 409 && answer.error === 'layout-unconfirmed') return { status: 'layout-unconfirmed', message };
  if (response.status === 422 && Array.isArray(answer.problems)) {
    const problems = answer.problems as Problem[];
    return typeof answer.change === 'number' ? { status: 'invalid', message, problems, change: answer.change } : { status: 'invalid', message, problems };
  }
  return { status: 'refused', message };
}
