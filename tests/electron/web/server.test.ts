import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/backend/create-host';
import type { BackendHost } from '../../../electron/backend/host-types';
import { contentSecurityPolicy } from '../../../electron/web/security';
import { startWebServer, type WebServer } from '../../../electron/web/server';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function call(server: WebServer, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ agent: false, host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    if (options.body !== undefined) outgoing.write(options.body);
    outgoing.end();
  });
}

describe('web mode (reliability.md §(d) checklist)', () => {
  let home: string;
  let host: BackendHost;
  let server: WebServer;
  const api = (extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', 'X-SWF-Token': server.token, ...extra });

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'swf-web-'));
    const staticDir = join(home, 'static');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>SWF</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(home, 'secret.txt'), 'secret');
    host = createHost({ home, locationMode: 'folder', log: () => undefined });
    server = await startWebServer({ host, staticDir });
  });
  afterAll(async () => {
    await server.close();
    host.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1 only and hands out the token in the URL fragment', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=`));
    expect(server.token.length).toBeGreaterThanOrEqual(43);
  });

  it('answers a good call with the host result and the security headers', async () => {
    const reply = await call(server, { method: 'POST', path: '/api/app/funds.list', headers: api(), body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { funds: [] } });
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    expect((await call(server, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: { ...api(), Host: `evil.example:${server.port}` }, body: '{}' })).status).toBe(403);
  });

  it('refuses missing, wrong and wrong-length tokens without crashing', async () => {
    for (const token of [undefined, 'x'.repeat(server.token.length), 'short', `${server.token}x`]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token !== undefined) headers['X-SWF-Token'] = token;
      expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers, body: '{}' })).status).toBe(401);
    }
  });

  it('takes only JSON POSTs from our own origin', async () => {
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: api({ 'Content-Type': 'text/plain' }), body: '{}' })).status).toBe(415);
    expect((await call(server, { method: 'GET', path: '/api/app/funds.list', headers: api() })).status).toBe(405);
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: api({ Origin: 'http://127.0.0.1:1' }), body: '{}' })).status).toBe(403);
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: api({ 'Sec-Fetch-Site': 'cross-site' }), body: '{}' })).status).toBe(403);
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: api({ Origin: `http://127.0.0.1:${server.port}` }), body: '{}' })).status).toBe(200);
    expect((await call(server, { method: 'POST', path: '/api/app/funds.list', headers: api(), body: '{not json' })).status).toBe(400);
  });

  it('refuses a body over 1 MiB', async () => {
    const reply = await call(server, { method: 'POST', path: '/api/app/funds.list', headers: api(), body: Buffer.alloc(2 * 1024 * 1024, 32) });
    expect(reply.status).toBe(413);
  });

  it('serves only the renderer folder', async () => {
    expect((await call(server, { path: '/' })).body).toContain('<title>SWF</title>');
    expect((await call(server, { path: '/assets/app.js' })).headers['content-type']).toContain('javascript');
    expect((await call(server, { path: '/members' })).body).toContain('<title>SWF</title>');
    for (const path of ['/%2e%2e/secret.txt', '/..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/nothing.js']) expect((await call(server, { path })).status).toBe(404);
  });

  it('never takes a file-system path for a fund: only names in the fund folder', async () => {
    for (const location of ['/etc/passwd.swfund', '../outside.swfund', 'a/b.swfund', 'C:\\x.swfund']) {
      const reply = await call(server, { method: 'POST', path: '/api/app/funds.open', headers: api(), body: JSON.stringify({ location }) });
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-location' } });
    }
  });
});
