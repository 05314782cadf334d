/**
 * The server's request checks on their own: which `Host` names pass, and what a write request
 * needs (the explorer's Origin, a same-origin fetch, the session token).
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { allowedAuthorities, checkHost, checkWriteRequest, TOKEN_HEADER } from '../../src/serve/request-guard.js';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('allowedAuthorities', () => {
  it('accepts the loopback names with the bound port only', () => {
    expect([...allowedAuthorities('127.0.0.1', 5173)].sort()).toEqual(['127.0.0.1:5173', '[::1]:5173', 'localhost:5173']);
  });

  it('accepts only the printed name for another address', () => {
    expect([...allowedAuthorities('192.168.1.5', 80)]).toEqual(['192.168.1.5:80']);
    expect([...allowedAuthorities('::', 8080)]).toEqual(['[::]:8080']);
  });
});

describe('checkHost', () => {
  const names = allowedAuthorities('127.0.0.1', 5173);

  it.each(['127.0.0.1:5173', 'localhost:5173', 'LOCALHOST:5173', '[::1]:5173'])('lets %s through', (host) => {
    expect(checkHost(request({ host }), names)).toBeUndefined();
  });

  it.each(['evil.example', 'evil.example:5173', '127.0.0.1', '127.0.0.1:80', 'localhost.evil.example:5173', ''])('refuses %j', (host) => {
    const refusal = checkHost(request(host === '' ? {} : { host }), names);
    expect(refusal?.status).toBe(403);
    expect(refusal?.reason).toContain('is not this server');
  });
});

describe('checkWriteRequest', () => {
  const names = allowedAuthorities('127.0.0.1', 5173);
  const token = 'T0KEN-abc';
  const good = { host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173', 'sec-fetch-site': 'same-origin', [TOKEN_HEADER]: token };

  it('lets the explorer page through', () => {
    expect(checkWriteRequest(request(good), names, token)).toBeUndefined();
    const { 'sec-fetch-site': _site, ...noFetchMetadata } = good;
    expect(checkWriteRequest(request(noFetchMetadata), names, token)).toBeUndefined();
  });

  it.each([
    ['no Origin', { origin: undefined }, 'needs an Origin'],
    ['another origin', { origin: 'http://evil.example' }, 'is not this explorer'],
    ['another port', { origin: 'http://127.0.0.1:8080' }, 'is not this explorer'],
    ['https origin', { origin: 'https://127.0.0.1:5173' }, 'is not this explorer'],
    ['null origin', { origin: 'null' }, 'is not this explorer'],
    ['cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 'another site'],
    ['no token', { [TOKEN_HEADER]: undefined }, 'session token'],
    ['wrong token', { [TOKEN_HEADER]: 'T0KEN-abd' }, 'session token'],
    ['shorter token', { [TOKEN_HEADER]: 'T0KEN' }, 'session token'],
  ])('refuses %s', (_name, change, reason) => {
    const headers: Record<string, string> = { ...good };
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) delete headers[k];
      else headers[k] = v;
    }
    const refusal = checkWriteRequest(request(headers), names, token);
    expect(refusal?.status).toBe(403);
    expect(refusal?.reason).toContain(reason);
  });
});
