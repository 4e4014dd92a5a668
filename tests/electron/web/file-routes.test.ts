import { mkdtempSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import type { ReceivedFile } from '../../../shared/api/app-contract';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { createHost } from '../../../electron/backend/create-host';
import type { BackendHost } from '../../../electron/backend/host-types';
import { contentDisposition } from '../../../electron/web/file-routes';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { fundInput, memberInput } from '../../support/builders';
import { call } from '../../support/http-call';

/** Web mode's one upload endpoint and one download path (issue 13 §4), against a real host. */
describe('web mode: files in and out', () => {
  let home: string;
  let host: BackendHost;
  let server: WebServer;
  let fund: string;
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'swf-web-files-'));
    host = createHost({ home, locationMode: 'folder', log: () => undefined });
    server = await startWebServer({ host, staticDir: home });
    const created = await host.dispatch('app', 'funds.create', fundInput('files.swfund', { openedOn: '2024-01-01' }));
    fund = created.ok ? (created.value as { handle: string }).handle : '';
    await host.dispatch('fund', 'members.register', memberInput(1), fund);
  });
  afterAll(async () => {
    await server.close();
    host.close();
    rmSync(home, { recursive: true, force: true });
  });

  const headers = (extra: Record<string, string> = {}) => ({ 'X-SWF-Token': server.token, ...extra });

  async function produce(): Promise<ProducedFile> {
    const reply = await call(server, {
      method: 'POST',
      path: '/api/fund/exports.arrears',
      headers: headers({ 'Content-Type': 'application/json', 'X-SWF-Fund': fund }),
      body: JSON.stringify({ minMonths: 1, format: 'pdf' }),
    });
    const result = JSON.parse(reply.body) as ApiResult<ProducedFile>;
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  }

  it('downloads a file the backend made once, as an attachment with its Thai name', async () => {
    const file = await produce();
    const download = () =>
      call(server, {
        method: 'POST',
        path: '/api/files/download',
        headers: headers({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ fileId: file.fileId }),
      });
    const first = await download();
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toBe(contentDisposition(file.fileName));
    expect(first.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body.startsWith('%PDF-')).toBe(true);
    expect(Number(first.headers['content-length'])).toBe(file.bytes);
    const again = await download();
    expect(again.status).toBe(404);
    expect(JSON.parse(again.body)).toEqual({ ok: false, error: { code: 'file-not-ready' } });
  });

  it('refuses a download without the token, or not as JSON', async () => {
    const file = await produce();
    const body = JSON.stringify({ fileId: file.fileId });
    expect(
      (await call(server, { method: 'POST', path: '/api/files/download', headers: { 'Content-Type': 'application/json' }, body })).status,
    ).toBe(401);
    expect(
      (await call(server, { method: 'POST', path: '/api/files/download', headers: headers({ 'Content-Type': 'text/plain' }), body }))
        .status,
    ).toBe(415);
    expect((await call(server, { method: 'GET', path: '/api/files/download', headers: headers() })).status).toBe(405);
  });

  it('takes an upload streamed in, names it by id with its hash, and the next call reads it by that id', async () => {
    const bytes = Buffer.from('สมาชิก,หมู่\n'.repeat(20_000), 'utf8');
    const reply = await call(server, {
      method: 'POST',
      path: '/api/files/upload',
      headers: headers({ 'Content-Type': 'application/octet-stream', 'X-SWF-File-Name': encodeURIComponent('สมาชิก ม.4.csv') }),
      body: bytes,
      chunked: true,
    });
    const received = JSON.parse(reply.body) as ApiResult<ReceivedFile>;
    expect(received).toMatchObject({ ok: true, value: { name: 'สมาชิก ม.4.csv', bytes: bytes.length } });
    if (!received.ok) return;
    expect(received.value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const described = await host.dispatch('app', 'files.describe', { fileId: received.value.fileId });
    expect(described).toEqual(received);
  });

  it('refuses uploads without the token, of the wrong type, too large, empty, or named like a path', async () => {
    const upload = (extra: Record<string, string>, body = 'x') =>
      call(server, { method: 'POST', path: '/api/files/upload', headers: { 'X-SWF-File-Name': 'a.csv', ...extra }, body });
    expect((await upload({ 'Content-Type': 'application/octet-stream' })).status).toBe(401);
    expect((await upload(headers({ 'Content-Type': 'application/json' }))).status).toBe(415);
    const tooLarge = await upload(headers({ 'Content-Type': 'application/octet-stream', 'Content-Length': String(300 * 2 ** 20) }));
    expect(tooLarge.status).toBe(413);
    const empty = JSON.parse((await upload(headers({ 'Content-Type': 'application/octet-stream' }), '')).body) as ApiResult<unknown>;
    expect(empty).toMatchObject({ ok: false, error: { code: 'file-empty' } });
    const sneaky = await upload(headers({ 'Content-Type': 'application/octet-stream', 'X-SWF-File-Name': '..%2F..%2Fetc%2Fpasswd' }));
    const named = JSON.parse(sneaky.body) as ApiResult<ReceivedFile>;
    // A name is only a name: the last segment, kept for display; the file lives in the host's own folder.
    expect(named).toMatchObject({ ok: true, value: { name: 'passwd' } });
    // Web mode takes no paths for files (A13): a browser uploads instead.
    expect(await host.dispatch('app', 'files.receive', { location: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'bad-location' },
    });
  });
});
