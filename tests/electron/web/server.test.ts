import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/backend/create-host';
import type { BackendHost, ContractSide } from '../../../electron/backend/host-types';
import { contentSecurityPolicy } from '../../../electron/web/security';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { call } from '../../support/http-call';

const token = (server: WebServer, extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  'X-SWF-Token': server.token,
  ...extra,
});

/** Records what reaches the host, so the tests can tell the transport's refusals from the host's answers. */
function fakeHost() {
  const calls: Array<{ side: ContractSide; method: string; input: unknown; fund?: string }> = [];
  const host: BackendHost = {
    dispatch: (side, method, input, fund) => {
      calls.push({ side, method, input, ...(fund === undefined ? {} : { fund }) });
      if (method === 'members.get')
        return Promise.resolve({
          ok: false,
          error: { code: 'member-not-found', field: 'memberId', message: { th: 'ไม่พบสมาชิก', en: 'No such member' } },
        });
      return Promise.resolve({ ok: true, value: { echoed: input } });
    },
    onJobProgress: () => () => undefined,
    files: { receive: () => Promise.reject(new Error('no files here')), take: () => undefined },
    close: () => undefined,
  };
  return { host, calls };
}

describe('web mode transport (reliability.md §(d) web-mode checklist)', () => {
  let folder: string;
  let server: WebServer;
  const fake = fakeHost();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'swf-web-'));
    const staticDir = join(folder, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>SWF</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(folder, 'secret.txt'), 'secret');
    symlinkSync(join(folder, 'secret.txt'), join(staticDir, 'assets', 'link.js'));
    server = await startWebServer({ host: fake.host, staticDir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const refusalsReachNoHost = () => expect(fake.calls).toHaveLength(0);

  it('bind: server.address() is 127.0.0.1 on a random port; the token comes in the URL fragment', async () => {
    expect(server.address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: server.port });
    const other = await startWebServer({ host: fake.host, staticDir: folder });
    expect(other.port).not.toBe(server.port);
    expect(other.token).not.toBe(server.token);
    await other.close();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
    const refused = await new Promise<boolean>((resolve) => {
      const outgoing = request({ host: '::1', port: server.port, path: '/' }, () => resolve(false));
      outgoing.on('error', () => resolve(true));
      outgoing.end();
    });
    expect(refused).toBe(true);
  });

  it('a good call reaches the host unchanged and returns its ApiResult with status 200, ok or not', async () => {
    const reply = await call(server, {
      method: 'POST',
      path: '/api/fund/members.search',
      headers: token(server),
      body: '{"query":"สมชาย"}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: { query: 'สมชาย' } } });
    expect(fake.calls.splice(0)).toEqual([{ side: 'fund', method: 'members.search', input: { query: 'สมชาย' } }]);
    const failed = await call(server, {
      method: 'POST',
      path: '/api/fund/members.get',
      headers: token(server, { 'Content-Type': 'application/json; charset=utf-8' }),
      body: '{"memberId":"x"}',
    });
    expect(failed.status).toBe(200);
    expect(JSON.parse(failed.body)).toMatchObject({ ok: false, error: { code: 'member-not-found' } });
    const empty = await call(server, { method: 'POST', path: '/api/jobs/jobs.status', headers: token(server) });
    expect(JSON.parse(empty.body)).toEqual({ ok: true, value: { echoed: {} } });
    fake.calls.splice(0);
  });

  it('passes the fund handle of X-SWF-Fund with fund and job calls, never with file-level calls', async () => {
    const headers = token(server, { 'X-SWF-Fund': 'handle-of-fund-x' });
    await call(server, { method: 'POST', path: '/api/fund/members.search', headers, body: '{}' });
    await call(server, { method: 'POST', path: '/api/jobs/jobs.status', headers, body: '{"jobId":"j"}' });
    await call(server, { method: 'POST', path: '/api/app/funds.list', headers, body: '{}' });
    expect(fake.calls.splice(0)).toEqual([
      { side: 'fund', method: 'members.search', input: {}, fund: 'handle-of-fund-x' },
      { side: 'jobs', method: 'jobs.status', input: { jobId: 'j' }, fund: 'handle-of-fund-x' },
      { side: 'app', method: 'funds.list', input: {} },
    ]);
  });

  it('headers: CSP of A14, nosniff, no-referrer, no-store on the API, and never CORS', async () => {
    const replies = [
      await call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server), body: '{}' }),
      await call(server, { method: 'POST', path: '/api/app/funds.list', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      await call(server, {
        method: 'OPTIONS',
        path: '/api/app/funds.list',
        headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
      }),
    ];
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
    const page = await call(server, { path: '/' });
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    fake.calls.splice(0, 1);
    refusalsReachNoHost();
  });

  it('DNS rebinding: a Host other than 127.0.0.1:PORT or localhost:PORT gets 403', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:${server.port + 1}`,
      `[::1]:${server.port}`,
    ]) {
      expect((await call(server, { path: '/', headers: { Host: host } })).status, host).toBe(403);
      expect(
        (await call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server, { Host: host }), body: '{}' })).status,
      ).toBe(403);
    }
    expect((await call(server, { path: '/', headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
    refusalsReachNoHost();
  });

  it('token: missing, wrong, wrong-length or repeated tokens get 401 and the server keeps going', async () => {
    for (const candidate of [undefined, 'x'.repeat(server.token.length), 'short', `${server.token}x`, '', 'é'.repeat(50)]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (candidate !== undefined) headers['X-SWF-Token'] = candidate;
      const reply = await call(server, { method: 'POST', path: '/api/app/funds.list', headers, body: '{}' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'bad-token' } });
    }
    refusalsReachNoHost();
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server), body: '{}' })).status).toBe(200);
    fake.calls.splice(0);
  });

  it('CSRF: only JSON POSTs from our own origin; text/plain form posts 415, other verbs 405', async () => {
    const post = (headers: Record<string, string>, method = 'POST') =>
      call(server, { method, path: '/api/app/funds.list', headers, body: method === 'POST' ? '{}' : undefined });
    expect((await post(token(server, { 'Content-Type': 'text/plain' }))).status).toBe(415);
    expect((await post(token(server, { 'Content-Type': 'application/x-www-form-urlencoded' }))).status).toBe(415);
    expect(await post({ 'X-SWF-Token': server.token })).toMatchObject({ status: 415 });
    expect((await post(token(server), 'GET')).status).toBe(405);
    expect((await post(token(server), 'PUT')).status).toBe(405);
    refusalsReachNoHost();
  });

  it('CSRF: a foreign Origin (another site or another local port) and cross-site fetches get 403', async () => {
    const post = (extra: Record<string, string>) =>
      call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server, extra), body: '{}' });
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      `http://localhost:${server.port}`,
      'null',
      `https://127.0.0.1:${server.port}`,
    ]) {
      expect((await post({ Origin: origin })).status, origin).toBe(403);
    }
    expect((await post({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post({ 'Sec-Fetch-Site': 'same-site', Origin: `http://127.0.0.1:${server.port}` })).status).toBe(403);
    expect((await call(server, { path: '/', headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    refusalsReachNoHost();
    expect((await post({ Origin: `http://127.0.0.1:${server.port}`, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    fake.calls.splice(0);
  });

  it('limits: a body over 1 MiB gets 413, declared or streamed; bad JSON gets 400; unknown sides 404', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 32);
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server), body: big })).status).toBe(413);
    expect(
      (await call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server), body: big, chunked: true })).status,
    ).toBe(413);
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server), body: '{not json' })).status).toBe(
      400,
    );
    for (const path of ['/api/db/exec', '/api/fund/', '/api/fund/a/b', '/api', '/api/fund/x%2e']) {
      expect((await call(server, { method: 'POST', path, headers: token(server), body: '{}' })).status, path).toBe(404);
    }
    refusalsReachNoHost();
  });

  it('static files: the renderer folder only; /%2e%2e/ and ..\\ get 404; routes without an extension get index.html', async () => {
    expect((await call(server, { path: '/' })).body).toContain('<title>SWF</title>');
    expect((await call(server, { path: '/assets/app.js' })).headers['content-type']).toContain('javascript');
    expect((await call(server, { path: '/members?x=1' })).body).toContain('<title>SWF</title>');
    for (const path of [
      '/%2e%2e/secret.txt',
      '/%2e%2e/',
      '/..%5csecret.txt',
      '/..%5c',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/link.js',
      '/nothing.js',
      '/%00.js',
      '/%E0%A4%A.js',
    ]) {
      const reply = await call(server, { path });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
    expect((await call(server, { method: 'POST', path: '/', headers: token(server), body: '{}' })).status).toBe(405);
  });

  it('errors carry codes only', async () => {
    const reply = await call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server), body: '{"a":' });
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'bad-json' } });
    expect(reply.body).not.toMatch(/at .*\.ts|SyntaxError|stack/);
  });
});

describe('web mode over the real host', () => {
  let home: string;
  let host: BackendHost;
  let server: WebServer;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'swf-web-host-'));
    host = createHost({ home, locationMode: 'folder', log: () => undefined });
    server = await startWebServer({ host, staticDir: join(home, 'static') });
  });
  afterAll(async () => {
    await server.close();
    host.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('answers the host ApiResult', async () => {
    const reply = await call(server, { method: 'POST', path: '/api/app/funds.list', headers: token(server), body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { funds: [] } });
    const unknown = await call(server, { method: 'POST', path: '/api/fund/no.such', headers: token(server), body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-method', message: { th: expect.any(String), en: expect.any(String) } },
    });
  });

  it('never takes a file-system path for a fund: only names in the fund folder', async () => {
    for (const location of ['/etc/passwd.swfund', '../outside.swfund', 'a/b.swfund', 'C:\\x.swfund', '..\\x.swfund']) {
      const reply = await call(server, {
        method: 'POST',
        path: '/api/app/funds.open',
        headers: token(server),
        body: JSON.stringify({ location }),
      });
      expect(JSON.parse(reply.body), location).toMatchObject({ ok: false, error: { code: 'bad-location' } });
    }
  });
});
