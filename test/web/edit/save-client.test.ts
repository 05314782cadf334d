import { describe, expect, it } from 'vitest';
import { EDITS_MEDIA_TYPE as SERVER_EDITS_MEDIA_TYPE } from '../../../src/serve/server.js';
import { EDITS_MEDIA_TYPE, editInfoFrom, saveToServer, type EditInfo } from '../../../web/src/edit/save-client.js';

const info: EditInfo = { name: 'g.json', editable: true, format: 'json', layout: 'ecograph', version: 'v1', token: 'tok', tokenHeader: 'x-ecograph-token', rewriteLayoutHeader: 'x-ecograph-rewrite-layout' };

function fakeFetch(status: number, body: unknown, seen: { init?: RequestInit; url?: string }) {
  return (async (url: string, init: RequestInit) => {
    seen.url = url;
    seen.init = init;
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
}

describe('EDITS_MEDIA_TYPE', () => {
  it('is the media type the server takes changes in', () => {
    expect(EDITS_MEDIA_TYPE).toBe(SERVER_EDITS_MEDIA_TYPE);
  });
});

describe('editInfoFrom', () => {
  it('reads the edit session from api/info, null when read-only or incomplete', () => {
    expect(editInfoFrom({ ...info })).toEqual(info);
    expect(editInfoFrom({ name: 'g.json', editable: false })).toBeNull();
    expect(editInfoFrom({ ...info, token: 5 })).toBeNull();
    expect(editInfoFrom(null)).toBeNull();
  });
});

describe('saveToServer', () => {
  it('sends PUT api/graph with the version, the token and JSON, and the layout header only when agreed', async () => {
    const seen: { init?: RequestInit; url?: string } = {};
    const result = await saveToServer({ info, version: 'v1', body: '{}', rewriteLayout: false, fetch: fakeFetch(200, { version: 'v2', written: ['g.json'], backups: ['g.json.1'] }, seen) });
    expect(result).toEqual({ status: 'saved', version: 'v2', written: ['g.json'], backups: ['g.json.1'] });
    expect(seen.url).toBe('api/graph');
    expect(seen.init?.method).toBe('PUT');
    expect(seen.init?.headers).toEqual({ 'Content-Type': 'application/json', 'If-Match': '"v1"', 'x-ecograph-token': 'tok' });
    await saveToServer({ info, version: 'v1', body: '{}', rewriteLayout: true, fetch: fakeFetch(200, { version: 'v2' }, seen) });
    expect((seen.init?.headers as Record<string, string>)['x-ecograph-rewrite-layout']).toBe('yes');
  });

  it('sends the changes as PATCH api/graph with their media type', async () => {
    const seen: { init?: RequestInit; url?: string } = {};
    const body = '{"edits":[],"nodes":{}}';
    const result = await saveToServer({ info, version: 'v1', body, sends: 'changes', rewriteLayout: false, fetch: fakeFetch(200, { version: 'v2', written: ['g.json'], backups: [] }, seen) });
    expect(result).toEqual({ status: 'saved', version: 'v2', written: ['g.json'], backups: [] });
    expect(seen.init?.method).toBe('PATCH');
    expect(seen.init?.body).toBe(body);
    expect(seen.init?.headers).toEqual({ 'Content-Type': EDITS_MEDIA_TYPE, 'If-Match': '"v1"', 'x-ecograph-token': 'tok' });
    const problems = [{ severity: 'error', code: 'missing-node', message: 'm', file: '(edit)' }];
    expect(await saveToServer({ info, version: 'v1', body, sends: 'changes', rewriteLayout: false, fetch: fakeFetch(422, { error: 'invalid', message: 'a change has errors', problems, change: 2 }, seen) })).toEqual({
      status: 'invalid',
      message: 'a change has errors',
      problems,
      change: 2,
    });
  });

  it('turns each refusal into what the explorer shows', async () => {
    const seen = {};
    const save = (status: number, body: unknown) => saveToServer({ info, version: 'v1', body: '{}', rewriteLayout: false, fetch: fakeFetch(status, body, seen) });
    expect(await save(412, { error: 'conflict', message: 'changed on disk', version: 'v9' })).toEqual({ status: 'conflict', message: 'changed on disk', version: 'v9' });
    expect(await save(409, { error: 'layout-unconfirmed', message: 'rewrites' })).toEqual({ status: 'layout-unconfirmed', message: 'rewrites' });
    const problems = [{ severity: 'error', code: 'bad-year', message: 'm', file: 'f', field: 'founded' }];
    expect(await save(422, { error: 'invalid', message: 'has errors', problems })).toEqual({ status: 'invalid', message: 'has errors', problems });
    expect(await save(403, { error: 'forbidden', message: 'bad token' })).toEqual({ status: 'refused', message: 'bad token' });
    expect(await save(500, 'internal error')).toEqual({ status: 'refused', message: 'the server answered 500' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await saveToServer({ info, version: 'v1', body: '{}', rewriteLayout: false, fetch: offline })).toEqual({ status: 'refused', message: 'the server could not be reached: Failed to fetch' });
  });
});
