import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackendRelay, type BackendPort } from '../../../electron/main/backend-relay';
import * as ipc from '../../../electron/main/ipc-messages';
import type { BackendCommand, BackendMessage } from '../../../electron/main/ipc-messages';
import { createLocationPolicy, fundFileArgument, suggestedDocumentName, suggestedFileName } from '../../../electron/main/location-policy';
import { callChannel, createBridge, progressChannel, type BridgeIpc } from '../../../electron/preload/bridge';
import { appContract } from '../../../shared/api/app-contract';
import { fundContract } from '../../../shared/api/fund-contract';
import type { JobStatus } from '../../../shared/api/jobs-contract';
import { jobsContract } from '../../../shared/api/jobs-contract';
import { regionContract } from '../../../shared/api/region-contract';

describe('preload bridge (20: minimal bridge)', () => {
  const calls: unknown[][] = [];
  const listeners: Array<(status: JobStatus) => void> = [];
  const fakeIpc: BridgeIpc = {
    invoke: (...args) => {
      calls.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    subscribe: (_channel, listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  const bridge = createBridge(fakeIpc);

  it('holds exactly { app, fund, jobs, region, onJobProgress }, each side exactly its contract methods, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual(['app', 'fund', 'jobs', 'onJobProgress', 'region']);
    expect(Object.keys(bridge.app).sort()).toEqual(Object.keys(appContract).sort());
    expect(Object.keys(bridge.fund).sort()).toEqual(Object.keys(fundContract).sort());
    expect(Object.keys(bridge.jobs).sort()).toEqual(Object.keys(jobsContract).sort());
    expect(Object.keys(bridge.region).sort()).toEqual(Object.keys(regionContract).sort());
    for (const side of [bridge.app, bridge.fund, bridge.jobs, bridge.region])
      for (const value of Object.values(side)) expect(typeof value).toBe('function');
  });

  it('each function invokes one channel with its side, method, input and fund handle; progress listeners see only the status', async () => {
    await bridge.fund['members.get']?.({ memberId: 'm1' }, 'handle-of-fund-1');
    expect(calls.at(-1)).toEqual([callChannel, 'fund', 'members.get', { memberId: 'm1' }, 'handle-of-fund-1']);
    await bridge.app['funds.list']?.({});
    expect(calls.at(-1)).toEqual([callChannel, 'app', 'funds.list', {}, undefined]);
    const seen: JobStatus[] = [];
    const stop = bridge.onJobProgress((status) => seen.push(status));
    const status: JobStatus = { jobId: 'j1', method: 'collection.post', state: 'running', done: 1, total: 2, stage: 'posting' };
    for (const listener of listeners) listener(status);
    expect(seen).toEqual([status]);
    stop();
    expect(listeners).toHaveLength(0);
  });

  it('speaks on the channels main listens on', () => {
    expect(callChannel).toBe(ipc.callChannel);
    expect(progressChannel).toBe(ipc.progressChannel);
  });
});

describe('file locations in Electron (paths only from dialogs or from main itself)', () => {
  const policy = createLocationPolicy({ fundsFolder: '/home/u/SWF Ledger/Funds', exportsFolder: '/home/u/SWF Ledger/Exports', join });

  it('asks the user for a file unless main has already shown the page that path', () => {
    expect(policy.decide('funds.open', { location: '/etc/passwd' })).toEqual({ kind: 'open-dialog' });
    policy.rememberAnswer('funds.list', { ok: true, value: { folder: '/f', funds: [{ location: '/home/u/SWF Ledger/Funds/a.swfund' }] } });
    policy.rememberAnswer('funds.recent', { ok: true, value: [{ location: '/d/b.swfund', name: 'b', openedAt: '' }] });
    policy.rememberPath('C:\\Users\\u\\c.swfund');
    for (const location of ['/home/u/SWF Ledger/Funds/a.swfund', '/d/b.swfund', 'C:\\Users\\u\\c.swfund'])
      expect(policy.decide('funds.open', { location })).toEqual({ kind: 'relay' });
    expect(policy.decide('funds.open', {})).toEqual({ kind: 'open-dialog' });
    // "Open a copy" of a file follows the same rule, and the copy it opens may be opened again.
    expect(policy.decide('funds.openCopy', { location: '/d/b.swfund' })).toEqual({ kind: 'relay' });
    expect(policy.decide('funds.openCopy', { location: '/etc/passwd' })).toEqual({ kind: 'open-dialog' });
    policy.rememberAnswer('funds.openCopy', { ok: true, value: { location: '/home/u/SWF Ledger/Funds/b.swfund' } });
    expect(policy.decide('funds.open', { location: '/home/u/SWF Ledger/Funds/b.swfund' })).toEqual({ kind: 'relay' });
  });

  it('always lets the user choose where a new fund or a copy goes, suggesting a plain name in the funds folder', () => {
    expect(policy.decide('funds.create', { location: 'ทรัพย์อนันต์.swfund' })).toEqual({
      kind: 'save-dialog',
      defaultPath: join('/home/u/SWF Ledger/Funds', 'ทรัพย์อนันต์.swfund'),
    });
    expect(policy.decide('funds.saveCopy', { location: '../../etc/evil' })).toEqual({
      kind: 'save-dialog',
      defaultPath: join('/home/u/SWF Ledger/Funds', 'evil.swfund'),
    });
    expect(policy.decide('funds.list', {})).toEqual({ kind: 'relay' });
    expect(suggestedFileName('C:\\x\\..\\y.SWFUND')).toBe('y.swfund');
    expect(suggestedFileName('..')).toBe('fund.swfund');
    expect(suggestedFileName(undefined)).toBe('fund.swfund');
  });

  it('saves a file the backend made where the user chooses in a dialog, and picks a file brought in with one', () => {
    expect(policy.decide('files.save', { fileId: 'f', location: 'ใบแจ้งยอดสมาชิก 00001.pdf' })).toEqual({
      kind: 'save-dialog',
      defaultPath: join('/home/u/SWF Ledger/Exports', 'ใบแจ้งยอดสมาชิก 00001.pdf'),
      files: 'document',
    });
    expect(policy.decide('files.save', { fileId: 'f', location: '/etc/cron.d/evil' })).toMatchObject({
      defaultPath: join('/home/u/SWF Ledger/Exports', 'evil.pdf'),
    });
    expect(policy.decide('files.receive', { location: '/etc/shadow' })).toEqual({ kind: 'open-dialog', files: 'any' });
    expect(suggestedDocumentName('รายชื่อผู้ค้างส่ง.xlsx')).toBe('รายชื่อผู้ค้างส่ง.xlsx');
  });

  it('asks for a folder to copy backups into, and copies only a fund file main has shown the page', () => {
    expect(policy.decide('files.folder', { location: '/media/usb' })).toEqual({ kind: 'folder-dialog' });
    const copy = { location: 'สำเนา.swfund', intent: 'same-fund' };
    expect(policy.decide('funds.saveCopy', { ...copy, source: { location: '/etc/passwd' } })).toEqual({ kind: 'refuse' });
    policy.rememberAnswer('funds.list', { ok: true, value: { folder: '/f', funds: [{ location: '/home/u/SWF Ledger/Funds/a.swfund' }] } });
    expect(policy.decide('funds.saveCopy', { ...copy, source: { location: '/home/u/SWF Ledger/Funds/a.swfund' } })).toEqual({
      kind: 'save-dialog',
      defaultPath: join('/home/u/SWF Ledger/Funds', 'สำเนา.swfund'),
    });
    expect(policy.decide('funds.saveCopy', { ...copy, source: { fund: 'handle-0001' } })).toMatchObject({ kind: 'save-dialog' });
  });

  it('restores over a fund main has shown the page, or where the user chooses; lists backups of a shown fund only', () => {
    expect(policy.decide('backups.find', { location: '/etc/x.swfund' })).toEqual({ kind: 'open-dialog' });
    expect(policy.decide('backups.restore', { location: '/etc/x.swfund', backupFileName: 'x.swfbak' })).toEqual({
      kind: 'save-dialog',
      defaultPath: join('/home/u/SWF Ledger/Funds', 'x.swfund'),
    });
    policy.rememberAnswer('backups.inspect', { ok: true, value: { target: { location: '/home/u/SWF Ledger/Funds/ก.swfund' } } });
    expect(policy.decide('backups.restore', { location: '/home/u/SWF Ledger/Funds/ก.swfund', fileId: 'f' })).toEqual({ kind: 'relay' });
    expect(policy.decide('backups.find', { location: '/home/u/SWF Ledger/Funds/ก.swfund' })).toEqual({ kind: 'relay' });
  });

  it('finds a fund file handed over by the file association', () => {
    expect(fundFileArgument(['--allow-file-access', 'C:\\Funds\\x.SWFUND'])).toBe('C:\\Funds\\x.SWFUND');
    expect(fundFileArgument(['.', '--flag'])).toBeUndefined();
  });
});

describe('relay to the backend process', () => {
  function fakePort() {
    const sent: BackendCommand[] = [];
    let deliver: (message: BackendMessage) => void = () => undefined;
    let exit: (code: number) => void = () => undefined;
    const port: BackendPort = {
      postMessage: (message) => void sent.push(message),
      onMessage: (listener) => void (deliver = listener),
      onExit: (listener) => void (exit = listener),
    };
    return { port, sent, deliver: (message: BackendMessage) => deliver(message), exit: (code: number) => exit(code) };
  }

  it('matches answers to calls by id and forwards progress', async () => {
    const fake = fakePort();
    const relay = createBackendRelay(fake.port);
    const progress: JobStatus[] = [];
    relay.onProgress((status) => progress.push(status));
    const first = relay.call('fund', 'fund.get', {});
    const second = relay.call('app', 'funds.list', {});
    expect(fake.sent).toEqual([
      { kind: 'call', id: 1, side: 'fund', method: 'fund.get', input: {} },
      { kind: 'call', id: 2, side: 'app', method: 'funds.list', input: {} },
    ]);
    fake.deliver({ kind: 'reply', id: 2, result: { ok: true, value: 'two' } });
    fake.deliver({ kind: 'progress', status: { jobId: 'j', method: 'm', state: 'running', done: 0, total: 1, stage: 's' } });
    fake.deliver({ kind: 'reply', id: 1, result: { ok: true, value: 'one' } });
    expect(await first).toEqual({ ok: true, value: 'one' });
    expect(await second).toEqual({ ok: true, value: 'two' });
    expect(progress).toHaveLength(1);
  });

  it('answers waiting calls when the backend dies, and stops it with a close request', async () => {
    const fake = fakePort();
    const relay = createBackendRelay(fake.port);
    const waiting = relay.call('fund', 'fund.get', {});
    const stopped = relay.stop(1_000);
    expect(fake.sent.at(-1)).toEqual({ kind: 'close' });
    fake.exit(0);
    await stopped;
    expect(await waiting).toMatchObject({
      ok: false,
      error: { code: 'internal', message: { th: expect.any(String), en: expect.any(String) } },
    });
    expect(relay.isRunning()).toBe(false);
    expect(await relay.call('fund', 'fund.get', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
