import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../../shared/api/api-result';
import { createApiClient } from '../../../../shared/api/create-api-client';
import { regionContract, type RegionApi } from '../../../../shared/api/region-contract';
import { keyFingerprint, rawPublicKey } from '../../../../electron/backend/sync/signing-key';
import { describeMethods } from '../../../../electron/cli/describe-methods';
import { expectOk, inProcessTransport } from '../../../support/test-backend';
import { buildWorld, type World } from '../../../support/write-examples';
import { exportFile, fileHash, fundPrivateKey, resignedCopy, verified } from './region-fixture';

/**
 * The regional workspace through the app's contracts (issue 18 §4): `regions.*` open it by handle, `region.*` work in
 * it. Every bad input is refused naming its field with nothing written; a refused file leaves the .swregion byte for
 * byte as it was, its alert kept beside it in the quarantine folder until an officer deals with it.
 */
describe('the regional workspace in the app', () => {
  let world: World;
  let region: RegionApi;
  let workspace: string;
  let location: string;
  const officer = 'สมชาย ใจดี';

  beforeEach(async () => {
    world = await buildWorld();
    region = createApiClient(regionContract, 'region', inProcessTransport(world.backend.host));
    location = join(world.backend.home, 'Regions', 'north', 'north.swregion');
    workspace = expectOk(await world.backend.app['regions.create']({ location })).handle;
  });
  afterEach(() => world.backend.close());

  async function bring(path: string): Promise<string> {
    return expectOk(await world.backend.app['files.receive']({ location: path })).fileId;
  }

  async function importFiles(...paths: string[]) {
    const fileIds = await Promise.all(paths.map(bring));
    return expectOk(await region['region.import']({ workspace, officer, fileIds })).outcomes;
  }

  /** The world fund's first file imported and its key pinned through the app. */
  async function pinnedWithFirstFile(): Promise<string> {
    const first = await exportFile(world);
    expect(await importFiles(first)).toMatchObject([{ outcome: 'new-fund', message: { th: expect.stringContaining('ลายนิ้วมือกุญแจ') } }]);
    const [waiting] = expectOk(await region['region.overview']({ workspace })).waiting;
    if (!waiting) throw new Error('no fund waiting');
    const pinned = expectOk(
      await region['region.pin']({ workspace, officer, fundUuid: waiting.fundUuid, fingerprint: waiting.fingerprint }),
    );
    expect(pinned.outcomes).toMatchObject([{ outcome: 'imported', sequence: 1 }]);
    return first;
  }

  function expectRefusal(result: ApiResult<unknown>, code: string, field?: string) {
    expect(result).toMatchObject({ ok: false, error: { code, ...(field ? { field } : {}) } });
    if (!result.ok) expect(result.error.message.th).not.toBe(result.error.message.en);
  }

  /** What the officer's calls may have written: the log, the waiting files and the alerts. */
  async function written() {
    const { actions, waiting, alerts } = expectOk(await region['region.overview']({ workspace }));
    return { actions: actions.length, waiting: waiting.length, alerts: alerts.map((alert) => alert.id) };
  }

  /** The workspace file's bytes with it closed, then it is opened again under a new handle. */
  async function hashClosed(): Promise<string> {
    expectOk(await world.backend.app['regions.close']({ workspace }));
    const hash = fileHash(location);
    workspace = expectOk(await world.backend.app['regions.open']({ location })).handle;
    return hash;
  }

  it('imports every sync file of a folder chosen in the folder dialog, and refuses a folder without any', async () => {
    const first = await exportFile(world);
    const usb = join(world.backend.home, 'usb');
    mkdirSync(usb, { recursive: true });
    copyFileSync(first, join(usb, basename(first)));
    writeFileSync(join(usb, 'note.txt'), 'not a sync file');
    const folderId = expectOk(await world.backend.app['files.folder']({ location: usb })).folderId;
    const outcomes = expectOk(await region['region.importFolder']({ workspace, officer, folderId })).outcomes;
    expect(outcomes).toMatchObject([{ outcome: 'new-fund', file: basename(first) }]);
    const empty = join(world.backend.home, 'empty');
    mkdirSync(empty, { recursive: true });
    const emptyId = expectOk(await world.backend.app['files.folder']({ location: empty })).folderId;
    expectRefusal(await region['region.importFolder']({ workspace, officer, folderId: emptyId }), 'region-no-sync-files', 'folderId');
  });

  it('lists its methods beside the others, and refuses a workspace twice, a bad name and a closed handle', async () => {
    const methods = describeMethods().map((line) => line.split('\t')[0]);
    expect(methods).toEqual(
      expect.arrayContaining(['regions.create', 'regions.open', 'region.import', 'region.repin', 'region.summaryExcel']),
    );
    expect(new Set(methods).size).toBe(methods.length);
    expectRefusal(await world.backend.app['regions.create']({ location }), 'region-exists', 'location');
    expect(expectOk(await world.backend.app['regions.open']({ location })).handle).toBe(workspace);
    expectOk(await world.backend.app['regions.close']({ workspace }));
    expectRefusal(await region['region.overview']({ workspace }), 'region-not-open', 'workspace');
    // A fund file is not a workspace, and is left as it was.
    const fund = join(world.backend.home, 'Funds');
    expectRefusal(await world.backend.app['regions.open']({ location: join(fund, 'missing.swregion') }), 'file-not-found', 'location');
  });

  it('imports, pins through the fingerprint dialog’s call, and refuses bad pin input naming the field', async () => {
    const first = await exportFile(world);
    await importFiles(first);
    const before = await written();
    const [waiting] = expectOk(await region['region.overview']({ workspace })).waiting;
    if (!waiting) throw new Error('no fund waiting');
    const good = { workspace, officer, fundUuid: waiting.fundUuid, fingerprint: waiting.fingerprint };
    expectRefusal(await region['region.pin']({ ...good, fingerprint: '12345' }), 'bad-input', 'fingerprint');
    expectRefusal(await region['region.pin']({ ...good, officer: '  ' }), 'bad-input', 'officer');
    expectRefusal(await region['region.pin']({ ...good, fundUuid: 'not-a-uuid' }), 'bad-input', 'fundUuid');
    expectRefusal(await region['region.pin']({ ...good, fingerprint: '0'.repeat(30) }), 'region-fingerprint-mismatch', 'fingerprint');
    expectRefusal(await region['region.import']({ workspace, officer, fileIds: [] }), 'bad-input', 'fileIds');
    expectRefusal(await region['region.import']({ workspace, officer, fileIds: ['gone-file-id'] }), 'file-not-ready', 'fileIds.0');
    expect(await written()).toEqual(before);
    expectRefusal(await region['region.importFolder']({ workspace, officer, folderId: 'gone-folder' }), 'folder-not-found', 'folderId');
    expect(await written()).toEqual(before);

    const pinned = expectOk(await region['region.pin'](good));
    expect(pinned.outcomes).toMatchObject([{ outcome: 'imported', message: { en: 'File number 1 imported.' } }]);
    const again = await importFiles(first);
    expect(again).toMatchObject([{ outcome: 'already-imported' }]);
    expect(again[0]?.message.th).toMatch(/2569/);
    const page = expectOk(await region['region.table']({ workspace, sort: 'moneyOnHandSatang', descending: true }));
    expect(page.rows).toHaveLength(1);
    expect(page.provinces).toHaveLength(1);
    expect(expectOk(await region['region.overview']({ workspace })).actions).toMatchObject([{ action: 'pin', officer }]);
  });

  it('re-pins a lost key only with the fingerprint confirmed and a reason, logged, the refusal leaving the file unchanged', async () => {
    await pinnedWithFirstFile();
    const second = await exportFile(world);
    const laptop = generateKeyPairSync('ed25519');
    const spki = laptop.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const fingerprint = keyFingerprint(spki);
    const rekeyed = await resignedCopy(
      second,
      join(world.backend.home, 'new-laptop.swfsync'),
      (manifest) => ({ ...manifest, key: { ...manifest.key, publicKey: rawPublicKey(spki).toString('base64'), fingerprint } }),
      laptop.privateKey,
    );
    const before = await hashClosed();
    expect(await importFiles(rekeyed)).toMatchObject([{ outcome: 'rejected', reason: 'key-mismatch' }]);
    expect(await hashClosed()).toBe(before);
    const [alert] = expectOk(await region['region.overview']({ workspace })).alerts;
    expect(alert).toMatchObject({ kind: 'key-mismatch', fingerprint, fileName: 'new-laptop.swfsync' });
    if (!alert) throw new Error('no alert');

    const good = { workspace, officer, alertId: alert.id, fingerprint, reason: 'คอมพิวเตอร์ของกองทุนหาย เหรัญญิกยืนยันทางโทรศัพท์' };
    const unchanged = await written();
    expectRefusal(await region['region.repin']({ ...good, reason: '' }), 'bad-input', 'reason');
    expectRefusal(await region['region.repin']({ ...good, alertId: 'x' }), 'bad-input', 'alertId');
    expectRefusal(await region['region.repin']({ ...good, alertId: 'f'.repeat(64) }), 'region-alert-unknown', 'alertId');
    expectRefusal(
      await region['region.repin']({ ...good, fingerprint: alert.pinnedFingerprint }),
      'region-fingerprint-mismatch',
      'fingerprint',
    );
    expect(await written()).toEqual(unchanged);
    expect(await hashClosed()).toBe(before);

    const repinned = expectOk(await region['region.repin']({ ...good, workspace }));
    expect(repinned).toMatchObject({ fingerprint, outcome: { outcome: 'imported', sequence: 2, file: 'new-laptop.swfsync' } });
    const after = expectOk(await region['region.overview']({ workspace }));
    expect(after.alerts).toEqual([]);
    expect(after.actions[0]).toMatchObject({ action: 'repin', reason: good.reason, fingerprint, officer });
    expect(expectOk(await region['region.table']({ workspace })).rows[0]).toMatchObject({ fingerprint, lastSequence: 2 });
  });

  it('raises a conflicting sequence as an alert until acknowledged, and lets a re-base import the alert’s file', async () => {
    const first = await pinnedWithFirstFile();
    const key = fundPrivateKey(world);
    const replay = (name: string, asOf: string) =>
      resignedCopy(first, join(world.backend.home, name), (manifest) => ({ ...manifest, asOf }), key);
    const restored = await replay('restored.swfsync', '2026-11-27');
    const before = await hashClosed();
    expect(await importFiles(restored)).toMatchObject([{ outcome: 'rejected', reason: 'conflicting-sequence' }]);
    expect(await hashClosed()).toBe(before);
    const [alert] = expectOk(await region['region.overview']({ workspace })).alerts;
    expect(alert).toMatchObject({ kind: 'conflicting-sequence', sequence: 1, lastSequence: 1 });
    if (!alert) throw new Error('no alert');
    expect(alert.message.th).toContain('ลำดับที่ 1');

    expectRefusal(await region['region.acknowledgeAlert']({ workspace, officer: '', alertId: alert.id }), 'bad-input', 'officer');
    expectOk(await region['region.acknowledgeAlert']({ workspace, officer, alertId: alert.id, note: 'กองทุนยืนยันว่าไม่ได้ส่ง' }));
    expect(expectOk(await region['region.overview']({ workspace })).alerts).toEqual([]);
    // The same file again does not raise what an officer already closed.
    await importFiles(restored);
    expect(expectOk(await region['region.overview']({ workspace })).alerts).toEqual([]);
    expect(await hashClosed()).toBe(before);

    const another = await replay('restored-again.swfsync', '2026-11-28');
    await importFiles(another);
    const [next] = expectOk(await region['region.overview']({ workspace })).alerts;
    if (!next) throw new Error('no alert');
    const rebase = { workspace, officer, fundUuid: next.fundUuid, reason: 'กู้คืนจากแฟ้มสำรอง', alertId: next.id };
    expectRefusal(await region['region.rebase']({ ...rebase, reason: ' ' }), 'bad-input', 'reason');
    expectRefusal(await region['region.rebase']({ ...rebase, alertId: alert.id }), 'region-alert-unknown', 'alertId');
    const rebased = expectOk(await region['region.rebase'](rebase));
    expect(rebased.outcome).toMatchObject({ outcome: 'imported', rebased: true, file: 'restored-again.swfsync' });
    expect(expectOk(await region['region.overview']({ workspace })).actions[0]).toMatchObject({ action: 'rebase', reason: rebase.reason });
    expect((await verified(another)).manifest.sequence).toBe(1);
  });

  it('writes the region’s summary workbook as the table shows it', async () => {
    await pinnedWithFirstFile();
    expectRefusal(await region['region.summaryExcel']({ workspace, provinceCode: 'x' }), 'bad-input', 'provinceCode');
    const made = expectOk(await region['region.summaryExcel']({ workspace }));
    expect(made).toMatchObject({ format: 'xlsx', fileName: expect.stringMatching(/^สรุปกองทุนในพื้นที่ 2569-11-25\.xlsx$/) });
    const path = join(world.backend.home, made.fileName);
    expectOk(await world.backend.app['files.save']({ fileId: made.fileId, location: path }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const code = (world.backend.db().prepare('SELECT fund_code FROM fund').get() as { fund_code: string }).fund_code;
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells).toContain(code);
  });
});
