import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupIndex } from '../../../electron/backend/backups/backup-index';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const fundName = fundInput('x').profile.name;

/** "Copy to…" a second device and the reminder (issue 15 item 2, reliability §(b) "Backups"). */
describe('copies of the backups on a second device', () => {
  let backend: TestBackend;
  let usb: string;
  let local: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-01');
    const opened = expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'ทรัพย์อนันต์.swfund'))));
    local = join(backend.home, 'Backups', opened.profile.uuid);
    usb = join(backend.home, 'usb-drive');
    mkdirSync(usb);
    const member = expectOk(await backend.fund['members.register'](memberInput(1)));
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'copy-dues-1',
        memberId: member.id,
        receivedOn: '2026-10-20',
        monthCount: 2,
        amountSatang: 6000,
        numbering: { kind: 'app' },
      }),
    );
  });
  afterEach(() => backend.close());

  const deviceFolder = () => join(usb, 'SWF Ledger Backups', fundName);
  const deviceIndex = () => JSON.parse(readFileSync(join(deviceFolder(), 'index.json'), 'utf8')) as BackupIndex;
  const chooseUsb = async () => expectOk(await backend.app['files.folder']({ location: usb })).folderId;

  it('copies a fresh backup and the earlier ones, each verified on the device, into its own folder and index', async () => {
    const earlier = expectOk(await backend.fund['backups.make']({}));
    backend.clock.set('2026-11-02');
    const report = expectOk(await backend.fund['backups.copyTo']({ folderId: await chooseUsb() }));
    expect(report.folder).toBe(deviceFolder());
    expect(report.fresh?.kind).toBe('manual');
    expect(report.copied.sort()).toEqual([earlier.fileName, report.fresh?.fileName].sort());
    expect(report.held.map((backup) => backup.fileName)).toEqual([report.fresh?.fileName, earlier.fileName]);
    // The device's index lists exactly what is there, each with the hash the laptop's index gives.
    const laptop = JSON.parse(readFileSync(join(local, 'index.json'), 'utf8')) as BackupIndex;
    for (const record of deviceIndex().backups) {
      expect(sha256(join(deviceFolder(), record.fileName))).toBe(record.sha256);
      expect(laptop.backups.find((backup) => backup.fileName === record.fileName)?.sha256).toBe(record.sha256);
    }
    expect(readdirSync(deviceFolder()).sort()).toEqual(['index.json', ...report.copied].sort());
    // A copy on the device is a fund file that opens on its own (no -wal beside it).
    const copy = new Database(join(deviceFolder(), earlier.fileName), { readonly: true });
    expect(copy.prepare('SELECT COUNT(*) FROM receipts').pluck().get()).toBe(1);
    copy.close();
    const status = expectOk(await backend.fund['backups.status']({}));
    expect(status.lastCopy).toMatchObject({ kind: 'device', destination: deviceFolder(), files: 2 });
    expect(status.copyReminder).toEqual({ isDue: false, daysWithout: 0 });
    // The next copy finds the earlier one there and copies only what is new (the laptop keeps one backup a day,
    // so the first one of today has gone from it; the device still holds it among its last four).
    const again = expectOk(await backend.fund['backups.copyTo']({ folderId: await chooseUsb() }));
    expect(again.alreadyThere).toEqual([earlier.fileName]);
    expect(again.copied).toEqual([again.fresh?.fileName]);
    expect(again.held).toHaveLength(3);
  });

  it('rotates the device by its own index and hash: the last 4 and one a year; a changed or foreign file is never deleted', async () => {
    const folderId = await chooseUsb();
    for (const day of ['2026-09-20', '2026-09-25', '2026-10-01', '2026-10-05']) {
      backend.clock.set(day);
      expectOk(await backend.fund['backups.copyTo']({ folderId }));
    }
    const held = deviceIndex().backups.map((record) => record.fileName);
    // Fiscal year 2026 (to 30 September) keeps its newest; the last 4 are the newest four.
    expect(held).toHaveLength(4);
    const foreign = join(deviceFolder(), 'ทรัพย์อนันต์_2020-01-01T0000_daily.swfbak');
    writeFileSync(foreign, 'a file the index does not list: not ours to delete');
    const mine = join(deviceFolder(), 'รายชื่อ.xlsx');
    writeFileSync(mine, 'the treasurer’s own file');
    const changed = held[0] ?? '';
    appendFileSync(join(deviceFolder(), changed), 'changed on the device');
    for (const day of ['2026-10-10', '2026-10-15', '2026-10-20']) {
      backend.clock.set(day);
      const report = expectOk(await backend.fund['backups.copyTo']({ folderId }));
      expect(report.keptChanged).toEqual([changed]);
    }
    const after = deviceIndex().backups.map((record) => record.fileName);
    expect(existsSync(foreign)).toBe(true);
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(join(deviceFolder(), changed))).toBe(true);
    expect(after).toContain(changed);
    // Good copies: the four newest, plus fiscal 2026's newest (made on 25 September).
    const good = after.filter((name) => name !== changed).sort();
    expect(good).toHaveLength(5);
    expect(good.filter((name) => name.includes('2026-09-25'))).toHaveLength(1);
    for (const name of good)
      expect(sha256(join(deviceFolder(), name))).toBe(deviceIndex().backups.find((r) => r.fileName === name)?.sha256);
    // Everything else on the device is either listed or was there before.
    const files = readdirSync(deviceFolder()).filter((name) => name.endsWith('.swfbak'));
    expect(files.sort()).toEqual([...after, 'ทรัพย์อนันต์_2020-01-01T0000_daily.swfbak'].sort());
  });

  it('re-checks each backup against its index before it goes: one that changed on the laptop is not copied', async () => {
    const made = expectOk(await backend.fund['backups.make']({}));
    appendFileSync(join(local, made.fileName), 'changed since it was indexed');
    backend.clock.set('2026-11-02');
    const report = expectOk(await backend.fund['backups.copyTo']({ folderId: await chooseUsb() }));
    expect(report.skipped).toEqual([made.fileName]);
    expect(report.copied).toEqual([report.fresh?.fileName]);
    expect(existsSync(join(deviceFolder(), made.fileName))).toBe(false);
  });

  it('refuses a folder nobody chose, and says web mode names no folders, writing nothing', async () => {
    const before = tableCounts(backend.db());
    const refused = await backend.fund['backups.copyTo']({ folderId: 'not-a-chosen-folder' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'folder-not-found', field: 'folderId' } });
    expect(await backend.app['files.folder']({ location: join(usb, 'missing') })).toMatchObject({
      ok: false,
      error: { code: 'folder-not-found', field: 'location' },
    });
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('reminds after 7 days without a copy, counted from the first backup until there is one', async () => {
    const reminder = async () => expectOk(await backend.fund['backups.status']({})).copyReminder;
    expect(await reminder()).toEqual({ isDue: false, daysWithout: null });
    expectOk(await backend.fund['backups.make']({}));
    backend.clock.set('2026-11-07');
    expect(await reminder()).toEqual({ isDue: false, daysWithout: 6 });
    backend.clock.set('2026-11-08');
    expect(await reminder()).toEqual({ isDue: true, daysWithout: 7 });
    expectOk(await backend.fund['backups.copyTo']({ folderId: await chooseUsb() }));
    expect(await reminder()).toEqual({ isDue: false, daysWithout: 0 });
    backend.clock.set('2026-11-20');
    expect(await reminder()).toEqual({ isDue: true, daysWithout: 12 });
  });

  it('hands web mode the newest backup as a download, checked against its index, and counts it as a copy', async () => {
    const download = expectOk(await backend.fund['backups.download']({}));
    const taken = backend.host.files.take(download.fileId);
    expect(taken?.name).toBe(download.fileName);
    expect(sha256(join(local, download.fileName))).toBe(download.sha256);
    taken?.done();
    // Served from where it is: the backup itself stays.
    expect(existsSync(join(local, download.fileName))).toBe(true);
    expect(expectOk(await backend.fund['backups.status']({})).lastCopy).toMatchObject({ kind: 'download', destination: download.fileName });
  });
});
