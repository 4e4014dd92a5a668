import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import type { OpenedFund } from '../../../shared/api/app-contract';
import type { ParticipantView, RoomState } from '../../../shared/api/room-contract';
import { createHost } from '../../../electron/backend/create-host';
import type { BackendHost } from '../../../electron/backend/host-types';
import { lockoutMilliseconds, machineAddresses, roomCodeAlphabet } from '../../../electron/web/room/room-access';
import { contentSecurityPolicy } from '../../../electron/web/security';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { fundInput } from '../../support/builders';
import { call, type Reply } from '../../support/http-call';
import { expectOk, fixedClock } from '../../support/test-backend';

type OpenRoom = Extract<RoomState, { open: true }>;
const json = (reply: Reply) => JSON.parse(reply.body) as ApiResult<unknown> & { error?: { code: string } };

/** Whether anything accepts a connection at an address and port. */
function listens(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const outgoing = request({ host, port, path: '/', agent: false }, (response) => {
      response.resume();
      resolve(true);
    });
    outgoing.on('error', () => resolve(false));
    outgoing.end();
  });
}

/** Every fund file under a folder with its hash: "nothing written" is this, unchanged. */
function fundFiles(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && /\.swfund$/.test(entry.name))
      files[join(entry.parentPath, entry.name)] = createHash('sha256')
        .update(readFileSync(join(entry.parentPath, entry.name)))
        .digest('hex');
  return files;
}

/**
 * Issue 19 §4, reliability.md §(d) "LAN mode": off by default; the trainer opens a room on the LAN; a participant
 * with the room code gets a token and a copy of her own; wrong codes lock an address out; her token reaches her copy
 * and nothing else; ending a session or closing the room ends access. The room's listener is bound to 127.0.0.1
 * here, standing for this machine's LAN address (a test machine may have no network), with the same Host rule.
 */
describe('a room of laptops (LAN mode)', () => {
  let home: string;
  let host: BackendHost;
  let server: WebServer;
  let now = Date.UTC(2026, 10, 25, 3, 0, 0);
  let demoHandle: string;

  const trainer = async (method: string, input: unknown = {}) =>
    json(
      await call(server, {
        method: 'POST',
        path: `/api/app/${method}`,
        headers: { 'Content-Type': 'application/json', 'X-SWF-Token': server.token },
        body: JSON.stringify(input),
      }),
    );
  const status = async () => expectOk((await trainer('room.status')) as ApiResult<RoomState>);
  const roomPort = async () => ((await status()) as OpenRoom).port;
  /** A call to the room's listener, as a participant's browser makes it. */
  const lan = async (path: string, options: { token?: string; fund?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const port = await roomPort();
    return call(
      { ...server, port },
      {
        method: 'POST',
        path,
        headers: {
          Host: `127.0.0.1:${port}`,
          'Content-Type': 'application/json',
          ...(options.token ? { 'X-SWF-Token': options.token } : {}),
          ...(options.fund ? { 'X-SWF-Fund': options.fund } : {}),
          ...options.headers,
        },
        body: JSON.stringify(options.body ?? {}),
      },
    );
  };
  const joinRoom = (roomCode: string, displayName = 'ที่นั่ง 1') => lan('/api/app/room.join', { body: { roomCode, displayName } });
  /** Joins and waits for her copy: her token and her fund. */
  async function joinWithCopy(code: string, displayName: string): Promise<{ token: string; fund: OpenedFund }> {
    const joined = await joinRoom(code, displayName);
    expect(joined.status).toBe(200);
    const { token } = expectOk(json(joined) as ApiResult<{ token: string }>);
    for (;;) {
      const me = expectOk(json(await lan('/api/app/room.me', { token })) as ApiResult<ParticipantView>);
      if (me.fund) return { token, fund: me.fund };
      expect(me.state, JSON.stringify(me.error)).toBe('making');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'swf-room-'));
    const staticDir = join(home, 'static');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>SWF</title>');
    host = createHost({ home, locationMode: 'folder', log: () => undefined, clock: fixedClock('2026-11-25') });
    expectOk(await host.dispatch('app', 'funds.create', fundInput('จริง.swfund')));
    demoHandle = expectOk(
      (await host.dispatch('app', 'demo.create', { location: 'อบรม.swfund', size: 'small', seed: 7 })) as ApiResult<OpenedFund>,
    ).handle;
    server = await startWebServer({ host, staticDir, room: { lanAddresses: () => ['127.0.0.1'], now: () => now } });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    host.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('is off by default: nothing listens beyond 127.0.0.1, and a host without a server has no room', async () => {
    expect(server.address.address).toBe('127.0.0.1');
    expect(await status()).toEqual({ open: false, availableAddresses: ['127.0.0.1'] });
    for (const address of machineAddresses()) expect(await listens(address, server.port)).toBe(false);
    expect(await host.dispatch('app', 'room.status', {})).toMatchObject({ ok: false, error: { code: 'room-not-served' } });
  });

  it('opens only from a demo fund and on an address of this machine, naming the field; nothing listens after a refusal', async () => {
    expect(await trainer('room.open', { master: 'จริง.swfund' })).toMatchObject({
      ok: false,
      error: { code: 'room-needs-demo', field: 'master' },
    });
    expect(await trainer('room.open', { master: 'อบรม.swfund', lanAddress: '10.9.8.7' })).toMatchObject({
      ok: false,
      error: { code: 'room-bad-address', field: 'lanAddress' },
    });
    expect(await trainer('room.open', { master: 'อบรม.swfund', lanAddress: 'evil' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', field: 'lanAddress' },
    });
    expect((await status()).open).toBe(false);
  });

  it('opens a room: an 8-character code without 0/O/1/I, the join address as text and a QR code, the join page', async () => {
    const opened = expectOk((await trainer('room.open', { master: 'อบรม.swfund', lanAddress: '127.0.0.1' })) as ApiResult<OpenRoom>);
    expect(opened.code).toMatch(new RegExp(`^[${roomCodeAlphabet}]{8}$`));
    expect(opened.code).not.toMatch(/[0O1I]/);
    expect(opened.addresses).toEqual([
      {
        address: '127.0.0.1',
        joinUrl: `http://127.0.0.1:${opened.port}/join`,
        qrCode: expect.stringMatching(/^data:image\/svg\+xml;base64,/) as string,
      },
    ]);
    expect(opened.port).not.toBe(server.port);
    const page = await call({ ...server, port: opened.port }, { path: '/', headers: { Host: `127.0.0.1:${opened.port}` } });
    expect(page).toMatchObject({ status: 302, headers: { location: '/join' } });
    const joinPage = await call({ ...server, port: opened.port }, { path: '/join', headers: { Host: `127.0.0.1:${opened.port}` } });
    expect(joinPage.status).toBe(200);
    expect(joinPage.headers['content-security-policy']).toBe(contentSecurityPolicy);
    // A second room is not opened over the first.
    expect(await trainer('room.open', { master: 'อบรม.swfund' })).toMatchObject({ ok: false, error: { code: 'room-already-open' } });
  });

  it('checks Host (DNS rebinding), Origin and JSON on the room listener as on localhost', async () => {
    const port = await roomPort();
    for (const hostHeader of [`evil.example:${port}`, `localhost:${port}`, `127.0.0.1:${server.port}`, `127.0.0.1`]) {
      const reply = await lan('/api/app/room.join', { headers: { Host: hostHeader }, body: { roomCode: 'AAAAAAAA', displayName: 'x' } });
      expect(reply.status, hostHeader).toBe(403);
      expect(json(reply).error?.code).toBe('bad-host');
    }
    const foreign = await lan('/api/app/room.join', { headers: { Origin: 'http://evil.example' }, body: {} });
    expect(foreign.status).toBe(403);
    const form = await lan('/api/app/room.join', { headers: { 'Content-Type': 'text/plain' } });
    expect(form.status).toBe(415);
  });

  it('a wrong code is refused in Thai and English; the right code gives her a token and her own copy in the workshop folder', async () => {
    const { code } = (await status()) as OpenRoom;
    const recentBefore = readFileSync(join(home, 'recent.json'), 'utf8');
    const wrong = await joinRoom('ABCDEFGH');
    expect(wrong.status).toBe(403);
    expect(json(wrong).error).toMatchObject({ code: 'room-wrong-code', field: 'roomCode' });
    const message = (json(wrong).error as unknown as { message: { th: string; en: string } }).message;
    expect(message.th).toContain('รหัสห้องไม่ถูกต้อง');
    expect(message.en).toContain('Wrong room code');
    expect(json(await joinRoom(code, '   '))).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'displayName' } });

    // Typed as a person types it: lower case, a dash in the middle.
    const { token, fund } = await joinWithCopy(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`, 'ที่นั่ง 1');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(fund).toMatchObject({ demo: true, workshopCopy: true, readOnly: null });
    expect(fund.location).not.toMatch(/[/\\]/);
    expect(existsSync(join(home, 'Workshop', 'Room', fund.location))).toBe(true);
    expect(readFileSync(join(home, 'recent.json'), 'utf8')).toBe(recentBefore);
    // Her fund answers her, by its handle, as any page's does.
    const profile = json(await lan('/api/fund/fund.get', { token, fund: fund.handle }));
    expect(profile).toMatchObject({ ok: true });
    expect(json(await lan('/api/app/funds.current', { token, body: { fund: demoHandle } }))).toMatchObject({
      ok: true,
      value: { handle: fund.handle },
    });
    const listed = (await status()) as OpenRoom;
    expect(listed.participants).toEqual([
      expect.objectContaining({ name: 'ที่นั่ง 1', address: '127.0.0.1', state: 'ready', copyName: fund.location, error: null }),
    ]);
  }, 60_000);

  it('a participant token reaches only her own copy: every other method, fund and job is refused and nothing is written', async () => {
    const { code } = (await status()) as OpenRoom;
    const mine = await joinWithCopy(code, 'ที่นั่ง 2');
    const other = await joinWithCopy(code, 'ที่นั่ง 3');
    const trainerJob = expectOk(
      (await host.dispatch('jobs', 'jobs.start', { method: 'backups.make', input: {} }, demoHandle)) as ApiResult<{ jobId: string }>,
    );
    // The trainer's own job writes to her fund; "nothing written" is counted once it has finished.
    while (
      expectOk((await host.dispatch('jobs', 'jobs.status', trainerJob, demoHandle)) as ApiResult<{ state: string }>).state === 'running'
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    const before = fundFiles(home);
    const refusals: Array<[string, { fund?: string; body?: unknown }, number, string]> = [
      ['/api/app/funds.list', {}, 403, 'room-scope'],
      ['/api/app/funds.recent', {}, 403, 'room-scope'],
      ['/api/app/funds.open', { body: { location: 'จริง.swfund' } }, 403, 'room-scope'],
      ['/api/app/funds.create', { body: fundInput('ใหม่.swfund') }, 403, 'room-scope'],
      [
        '/api/app/funds.saveCopy',
        { body: { source: { fund: mine.fund.handle }, location: 'x.swfund', intent: 'separate' } },
        403,
        'room-scope',
      ],
      ['/api/app/funds.close', { body: { fund: other.fund.handle } }, 403, 'room-scope'],
      ['/api/app/backups.restore', { body: { location: 'จริง.swfund', backupFileName: 'a.swfbak' } }, 403, 'room-scope'],
      ['/api/app/workshop.makeCopy', { body: { source: { location: 'จริง.swfund' }, location: 'y.swfund' } }, 403, 'room-scope'],
      ['/api/app/files.save', { body: { fileId: 'abcdefgh', location: 'a.pdf' } }, 403, 'room-scope'],
      ['/api/app/room.status', {}, 403, 'room-scope'],
      ['/api/app/room.endSession', {}, 403, 'room-scope'],
      ['/api/region/region.overview', {}, 403, 'room-scope'],
      ['/api/fund/fund.get', { fund: other.fund.handle }, 403, 'room-not-your-fund'],
      ['/api/fund/fund.get', { fund: demoHandle }, 403, 'room-not-your-fund'],
      ['/api/fund/fund.get', {}, 403, 'room-not-your-fund'],
      ['/api/fund/backups.copyTo', { fund: mine.fund.handle, body: { folderId: 'abcdefgh' } }, 403, 'room-scope'],
      ['/api/jobs/jobs.start', { fund: mine.fund.handle, body: { method: 'workshop.makeCopy', input: {} } }, 403, 'room-scope'],
      ['/api/jobs/jobs.start', { fund: mine.fund.handle, body: { method: 'demo.create', input: {} } }, 403, 'room-scope'],
      ['/api/jobs/jobs.status', { fund: mine.fund.handle, body: { jobId: trainerJob.jobId } }, 403, 'room-not-your-job'],
      ['/api/jobs/jobs.cancel', { fund: mine.fund.handle, body: { jobId: trainerJob.jobId } }, 403, 'room-not-your-job'],
    ];
    for (const [path, options, expected, errorCode] of refusals) {
      const reply = await lan(path, { token: mine.token, ...options });
      expect(reply.status, path).toBe(expected);
      expect(json(reply), path).toEqual({ ok: false, error: { code: errorCode } });
    }
    // No token, a made-up one, or the trainer's own token on the room's listener; hers on the trainer's.
    for (const token of [undefined, 'x'.repeat(43), server.token])
      expect((await lan('/api/app/room.me', token ? { token } : {})).status).toBe(401);
    const onLocalhost = await call(server, {
      method: 'POST',
      path: '/api/app/funds.list',
      headers: { 'Content-Type': 'application/json', 'X-SWF-Token': mine.token },
      body: '{}',
    });
    expect(onLocalhost.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fundFiles(home)).toEqual(before);
    // Her own jobs she may start and follow.
    const started = json(
      await lan('/api/jobs/jobs.start', { token: mine.token, fund: mine.fund.handle, body: { method: 'backups.make', input: {} } }),
    );
    const jobId = expectOk(started as ApiResult<{ jobId: string }>).jobId;
    expect(json(await lan('/api/jobs/jobs.status', { token: mine.token, fund: mine.fund.handle, body: { jobId } }))).toMatchObject({
      ok: true,
    });
    expect((await lan('/api/jobs/jobs.status', { token: other.token, fund: other.fund.handle, body: { jobId } })).status).toBe(403);
  }, 60_000);

  it('the trainer resets a participant’s copy (a new handle, the same file) and ends a session (her token stops; the copy stays)', async () => {
    const { code } = (await status()) as OpenRoom;
    const { token, fund } = await joinWithCopy(code, 'ที่นั่ง 4');
    const participant = ((await status()) as OpenRoom).participants.find((entry) => entry.name === 'ที่นั่ง 4');
    expect(json(await lan('/api/app/room.me', { token }))).toMatchObject({ ok: true });
    expect(await trainer('room.resetCopy', { participantId: participant?.id })).toMatchObject({ ok: true, value: { state: 'ready' } });
    const after = expectOk(json(await lan('/api/app/room.me', { token })) as ApiResult<ParticipantView>).fund;
    expect(after?.location).toBe(fund.location);
    expect(after?.handle).not.toBe(fund.handle);
    // Her page, still naming her old handle, is told the fund is no longer open, and asks for her copy again.
    expect(await lan('/api/fund/fund.get', { token, fund: fund.handle })).toMatchObject({ status: 200 });
    expect(json(await lan('/api/fund/fund.get', { token, fund: fund.handle }))).toMatchObject({
      ok: false,
      error: { code: 'fund-not-open' },
    });
    // She starts over herself, too.
    const restarted = expectOk(json(await lan('/api/app/room.resetMine', { token })) as ApiResult<OpenedFund>);
    expect(restarted.location).toBe(fund.location);
    expect(await trainer('funds.current', { fund: restarted.handle })).toMatchObject({ ok: true, value: { handle: restarted.handle } });

    expect(await trainer('room.endSession', { participantId: participant?.id })).toEqual({ ok: true, value: { ended: true } });
    expect((await lan('/api/app/room.me', { token })).status).toBe(401);
    expect(existsSync(join(home, 'Workshop', 'Room', fund.location))).toBe(true);
    expect(await trainer('funds.current', { fund: restarted.handle })).toEqual({ ok: true, value: null });
    expect(((await status()) as OpenRoom).participants.map((entry) => entry.name)).not.toContain('ที่นั่ง 4');
    expect(await trainer('room.endSession', { participantId: participant?.id })).toMatchObject({
      ok: false,
      error: { code: 'room-unknown-participant' },
    });
  }, 60_000);

  it('brute force: 5 wrong codes lock the address out for 5 minutes, the right code included, saying the time left', async () => {
    const { code } = (await status()) as OpenRoom;
    const participantsBefore = ((await status()) as OpenRoom).participants.length;
    for (let attempt = 1; attempt <= 4; attempt += 1) expect(json(await joinRoom('ZZZZZZZZ')).error?.code).toBe('room-wrong-code');
    const fifth = await joinRoom('ZZZZZZZZ');
    expect(fifth.status).toBe(429);
    expect(json(fifth).error).toMatchObject({ code: 'room-locked', params: { minutes: 5 } });
    const right = await joinRoom(code);
    expect(right.status).toBe(429);
    now += lockoutMilliseconds - 90_000;
    const later = json(await joinRoom(code)).error as unknown as { params: { minutes: number }; message: { th: string } };
    expect(later.params.minutes).toBe(2);
    expect(later.message.th).toContain('อีก 2 นาที');
    expect(((await status()) as OpenRoom).participants).toHaveLength(participantsBefore);
    now += 90_001;
    expect((await joinWithCopy(code, 'ที่นั่ง 5')).fund.workshopCopy).toBe(true);
  });

  it('closing the room ends every session and the listener, even with a copy being made; the copies stay', async () => {
    const { code, port } = (await status()) as OpenRoom;
    const roomCopies = () => readdirSync(join(home, 'Workshop', 'Room')).filter((name) => name.endsWith('.swfund'));
    const copies = roomCopies();
    expect(copies).toHaveLength(5);
    const last = expectOk(json(await joinRoom(code, 'ที่นั่ง 6')) as ApiResult<{ token: string }>);
    expect(await trainer('room.close')).toEqual({ ok: true, value: { closed: true } });
    expect(await listens('127.0.0.1', port)).toBe(false);
    expect((await status()).open).toBe(false);
    expect(roomCopies()).toEqual(expect.arrayContaining(copies));
    // No copy is still held open by the room: another program opens each one (a held file answers "open elsewhere").
    const other = createHost({ home, locationMode: 'path', log: () => undefined, clock: fixedClock('2026-11-25') });
    for (const name of roomCopies())
      expect(await other.dispatch('app', 'funds.open', { location: join(home, 'Workshop', 'Room', name) }), name).toMatchObject({
        ok: true,
      });
    other.close();
    // The copy made as the room closed is not left open: a room opened again takes neither it nor the old token.
    expectOk(await trainer('room.open', { master: 'อบรม.swfund', lanAddress: '127.0.0.1' }));
    expect((await lan('/api/app/room.me', { token: last.token })).status).toBe(401);
    expect(((await status()) as OpenRoom).participants).toEqual([]);
    expect(await trainer('room.close')).toEqual({ ok: true, value: { closed: true } });
    expect(await trainer('room.close')).toEqual({ ok: true, value: { closed: false } });
  });
});
