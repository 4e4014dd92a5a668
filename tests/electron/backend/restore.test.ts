import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupIndex } from '../../../electron/backend/backups/backup-index';
import { fileIdentity } from '../../../electron/backend/backups/restore-fund';
import { writeRestoreIntent, type RestoreIntent } from '../../../electron/backend/backups/restore-intent';
import { createHost } from '../../../electron/backend/create-host';
import { expectBooksConsistent } from '../../support/ledger-checks';
import { fundInput, memberInput } from '../../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

const sha256 = (path: string) => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent');

/** The fund file and whatever lies beside it, by hash: "nothing was touched" means these are equal. */
function fileState(path: string): Record<string, string> {
  return Object.fromEntries(['', '-wal', '-shm', '.restoring'].map((suffix) => [suffix || 'file', sha256(`${path}${suffix}`)]));
}

/** Restore (reliability §(b) "Restore", issue 15 item 3): one confirmation, nothing lost. */
describe('restore', () => {
  let backend: TestBackend;
  let location: string;
  let folder: string;

  async function pay(memberId: number, requestId: string, receivedOn = '2026-11-20') {
    return expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId,
        memberId,
        receivedOn,
        monthCount: 2,
        amountSatang: 6000,
        numbering: { kind: 'app' },
      }),
    );
  }

  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    location = join(backend.home, 'ทรัพย์อนันต์.swfund');
    const opened = expectOk(await backend.app['funds.create'](fundInput(location)));
    folder = join(backend.home, 'Backups', opened.profile.uuid);
    for (const serial of [1, 2]) {
      const member = expectOk(await backend.fund['members.register'](memberInput(serial)));
      await pay(member.id, `before-${serial}`);
    }
  });
  afterEach(() => backend.close());

  const index = () => JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as BackupIndex;

  it('lists each backup with its date, version, members, balance, last receipt and how it was verified', async () => {
    const made = expectOk(await backend.fund['backups.make']({}));
    const found = expectOk(await backend.app['backups.find']({ location }));
    expect(found.target).toMatchObject({ location, fundName: 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์', exists: true, isOpen: true });
    expect(found.backups).toEqual([
      expect.objectContaining({
        fileName: made.fileName,
        madeAt: '2026-11-25T09:00:00.000Z',
        schemaVersion: found.appVersion,
        isNewer: false,
        verifiedLevel: 'integrity',
        figures: expect.objectContaining({ members: 2, receipts: 2, cashBalanceSatang: 12000, lastReceiptNo: 'RC2570-000002' }),
      }),
    ]);
  });

  it('restores the open fund in one step: the current file backed up first, the restored fund open, the gap listed', async () => {
    const made = expectOk(await backend.fund['backups.make']({}));
    const oldHandle = backend.handle();
    const member = expectOk(await backend.fund['members.register'](memberInput(3)));
    const late = await pay(member.id, 'after-backup', '2026-11-24');

    const restored = expectOk(await backend.app['backups.restore']({ location, backupFileName: made.fileName }));

    // The old handle is closed; the restored fund is open under a new one, with the backup's figures.
    expect(restored.fund.handle).not.toBe(oldHandle);
    expect(await backend.fund['members.search']({ query: '' })).toMatchObject({ ok: false, error: { code: 'fund-not-open' } });
    expect(expectOk(await backend.app['funds.open']({ location })).handle).toBe(restored.fund.handle);
    const db = backend.db();
    expect(db.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(2);
    expect(db.prepare('SELECT COUNT(*) FROM receipts').pluck().get()).toBe(2);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expectBooksConsistent(db);
    // "Restored from X by Y", in the restored file, through the unit of work.
    expect(db.prepare("SELECT method, actor, after_json FROM audit_events WHERE entity = 'restore'").all()).toEqual([
      { method: 'backups.restore', actor: 'treasurer', after_json: expect.stringContaining(made.fileName) },
    ]);

    // The file it replaced was backed up first, verified and indexed as a pre-restore backup.
    const safety = index().backups.find((backup) => backup.kind === 'pre-restore');
    expect(safety?.figures).toMatchObject({ members: 3, receipts: 3 });
    expect(restored.gap.restore.safety).toEqual({ kind: 'backup', location: join(folder, safety?.fileName ?? '') });

    // The gap: what the safety copy holds after the backup's last entry, for re-entry.
    expect(restored.gap.state).toBe('listed');
    expect(restored.gap.entries.map((entry) => [entry.method, entry.entity])).toEqual([
      ['members.register', 'member'],
      ['contributions.record', 'receipt'],
    ]);
    expect(restored.gap.entries[1]).toMatchObject({
      documentNo: late.receiptNo,
      name: expect.stringContaining(memberInput(3).firstName ?? ''),
      date: '2026-11-24',
      amountSatang: 6000,
      periods: expect.arrayContaining([expect.stringMatching(/^\d{4}-\d{2}$/)]),
    });
    // Asked again later, the same gap.
    expect(expectOk(await backend.fund['backups.gap']({}))).toEqual(restored.gap);
    // Nothing left over: no intent, no copy in progress.
    expect(existsSync(`${location}.restoring`)).toBe(false);
    expect(readdirSync(join(backend.home, 'Restores'))).toEqual([]);
  });

  /** A refused restore leaves every file as it was and starts nothing: no safety copy, no intent, no damaged/. */
  async function expectRefusedUntouched(input: Parameters<TestBackend['app']['backups.restore']>[0], code: string, field: string) {
    const before = fileState(location);
    const indexBefore = readFileSync(join(folder, 'index.json'), 'utf8');
    const refused = await backend.app['backups.restore'](input);
    expect(refused).toMatchObject({ ok: false, error: { code, field } });
    if (!refused.ok) {
      expect(refused.error.message.th).not.toBe('');
      expect(refused.error.message.en).not.toBe('');
    }
    expect(fileState(location)).toEqual(before);
    expect(readFileSync(join(folder, 'index.json'), 'utf8')).toBe(indexBefore);
    expect(existsSync(join(backend.home, 'damaged'))).toBe(false);
    expect(existsSync(join(backend.home, 'Restores')) ? readdirSync(join(backend.home, 'Restores')) : []).toEqual([]);
    // The fund is still open under its handle and takes writes.
    expect(expectOk(await backend.fund['members.search']({ query: '' })).total).toBe(2);
    return refused;
  }

  it('refuses a backup whose hash no longer matches its index, and touches nothing', async () => {
    const made = expectOk(await backend.fund['backups.make']({}));
    const path = join(folder, made.fileName);
    const bytes = readFileSync(path);
    // One byte of the header's file change counter (offset 24): SQLite reads on regardless, the hash does not.
    // (A byte at the end of the file is no longer free space once the schema's last page holds index cells.)
    bytes[27] = (bytes[27] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const refused = await expectRefusedUntouched({ location, backupFileName: made.fileName }, 'backup-changed', 'backupFileName');
    if (!refused.ok) expect(refused.error.message.th).toContain(made.fileName);
  });

  it('refuses a backup from a newer app version untouched', async () => {
    const made = expectOk(await backend.fund['backups.make']({}));
    const path = join(folder, made.fileName);
    const copy = new Database(path);
    copy.pragma('user_version = 999');
    copy.close();
    // Its index records it as it now is: the refusal is for its version, not its hash.
    const updated = index();
    const record = updated.backups[0];
    if (!record) throw new Error('no backup indexed');
    record.sha256 = sha256(path);
    record.schemaVersion = 999;
    writeFileSync(join(folder, 'index.json'), JSON.stringify(updated));
    const listed = expectOk(await backend.app['backups.find']({ location }));
    expect(listed.backups[0]).toMatchObject({ fileName: made.fileName, isNewer: true });
    const before = sha256(path);
    const refused = await expectRefusedUntouched({ location, backupFileName: made.fileName }, 'backup-newer', 'backupFileName');
    if (!refused.ok) expect(refused.error.params).toMatchObject({ fileVersion: 999 });
    expect(sha256(path)).toBe(before);
  });

  it('refuses a damaged backup, one of another fund, one that is not there, and input that names none or both', async () => {
    const made = expectOk(await backend.fund['backups.make']({}));
    const path = join(folder, made.fileName);
    // Cut in half, and indexed as it now is: the integrity check refuses it.
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const updated = index();
    if (updated.backups[0]) updated.backups[0].sha256 = sha256(path);
    writeFileSync(join(folder, 'index.json'), JSON.stringify(updated));
    await expectRefusedUntouched({ location, backupFileName: made.fileName }, 'backup-damaged', 'backupFileName');
    await expectRefusedUntouched({ location, backupFileName: 'ไม่มี_2026-11-25T1600_manual.swfbak' }, 'backup-not-found', 'backupFileName');
    await expectRefusedUntouched({ location, backupFileName: '../index.swfbak' }, 'bad-input', 'backupFileName');
    await expectRefusedUntouched({ location }, 'bad-input', 'backupFileName');

    // Another fund's backup, picked as a file.
    const other = createTestBackend('2026-11-25');
    try {
      expectOk(await other.app['funds.create'](fundInput(join(other.home, 'อื่น.swfund'), { name: 'กองทุนอื่น' })));
      const otherBackup = expectOk(await other.fund['backups.make']({}));
      const otherUuid = readdirSync(join(other.home, 'Backups'))[0] ?? '';
      const picked = expectOk(
        await backend.app['files.receive']({ location: join(other.home, 'Backups', otherUuid, otherBackup.fileName) }),
      );
      const refused = await expectRefusedUntouched({ location, fileId: picked.fileId }, 'backup-other-fund', 'fileId');
      if (!refused.ok) expect(refused.error.message.th).toContain('กองทุนอื่น');
      await expectRefusedUntouched({ location, fileId: picked.fileId, backupFileName: made.fileName }, 'bad-input', 'fileId');
    } finally {
      other.close();
    }
  });

  describe('from the start screen, for a fund that is not open', () => {
    let made: string;
    beforeEach(async () => {
      made = expectOk(await backend.fund['backups.make']({})).fileName;
      const member = expectOk(await backend.fund['members.register'](memberInput(3)));
      await pay(member.id, 'after-backup');
      expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    });

    it('finds its backups by its identity without writing to it, and restores it with a pre-restore backup made from a copy', async () => {
      const before = fileState(location);
      const found = expectOk(await backend.app['backups.find']({ location }));
      expect(found.target).toMatchObject({ exists: true, isOpen: false, isUnreadable: false, fundName: 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์' });
      expect(found.backups.map((backup) => backup.fileName)).toEqual([made]);
      // Read from a copy: the file is as it was, with nothing new beside it.
      expect(fileState(location)).toEqual(before);
      expect(readdirSync(backend.home).filter((name) => name.startsWith('ทรัพย์อนันต์'))).toEqual(['ทรัพย์อนันต์.swfund']);

      const restored = expectOk(await backend.app['backups.restore']({ location, backupFileName: made }));
      expect(restored.fund.location).toBe(location);
      expect(restored.gap.restore.safety.kind).toBe('backup');
      expect(index().backups.find((backup) => backup.kind === 'pre-restore')?.figures).toMatchObject({ members: 3, receipts: 3 });
      expect(restored.gap.entries.map((entry) => entry.method)).toEqual(['members.register', 'contributions.record']);
      expect(backend.db().prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(2);
    });

    it('restores a fund that cannot be read: its backups found by its name, the damaged file kept untouched in damaged/', async () => {
      const bytes = readFileSync(location);
      // The schema page ruined, the header left: the file says it is ours but SQLite cannot read it.
      bytes.fill(0x5a, 120, 4096);
      writeFileSync(location, bytes);
      const damaged = sha256(location);
      const found = expectOk(await backend.app['backups.find']({ location }));
      expect(found.target).toMatchObject({ exists: true, isUnreadable: true, fundUuid: null, fundName: 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์' });
      expect(found.backups.map((backup) => backup.fileName)).toEqual([made]);
      expect(sha256(location)).toBe(damaged);

      const restored = expectOk(await backend.app['backups.restore']({ location, backupFileName: made }));
      const kept = restored.gap.restore.safety;
      expect(kept.kind).toBe('damaged');
      expect(kept.location?.startsWith(join(backend.home, 'damaged'))).toBe(true);
      expect(sha256(kept.location ?? '')).toBe(damaged);
      expect(restored.gap.state).toBe('unreadable');
      const db = backend.db();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(2);
    });

    it('moves a leftover -wal into damaged/ before the restored file takes its place, keeping the pair as it was', async () => {
      const foreign = randomWal();
      writeFileSync(`${location}-wal`, foreign);
      const original = sha256(location);
      const restored = expectOk(await backend.app['backups.restore']({ location, backupFileName: made }));
      const kept = restored.gap.restore.safety.location ?? '';
      expect(restored.gap.restore.safety.kind).toBe('damaged');
      expect([sha256(kept), sha256(`${kept}-wal`)]).toEqual([original, createHash('sha256').update(foreign).digest('hex')]);
      // The -wal itself was moved aside, never deleted; the restored file opened without it.
      const aside = readdirSync(join(backend.home, 'damaged'), { recursive: true }).map(String);
      expect(aside.filter((name) => name.endsWith('ทรัพย์อนันต์.swfund-wal'))).toHaveLength(2);
      const db = backend.db();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(2);
    });

    it('refuses a fund another program holds open, touching nothing', async () => {
      const holder = new Database(location);
      holder.pragma('locking_mode = EXCLUSIVE');
      holder.pragma('journal_mode = WAL');
      holder.exec('BEGIN EXCLUSIVE; COMMIT');
      try {
        const before = fileState(location);
        const refused = await backend.app['backups.restore']({ location, backupFileName: made });
        expect(refused).toMatchObject({ ok: false, error: { code: 'fund-open-elsewhere', field: 'location' } });
        expect(fileState(location)).toEqual(before);
      } finally {
        holder.close();
      }
    });
  });
});

describe('restore from a picked backup file', () => {
  let source: TestBackend;
  let backupPath: string;
  beforeEach(async () => {
    source = createTestBackend('2026-11-25');
    expectOk(await source.app['funds.create'](fundInput(join(source.home, 'ทรัพย์อนันต์.swfund'))));
    for (const serial of [1, 2]) expectOk(await source.fund['members.register'](memberInput(serial)));
    const made = expectOk(await source.fund['backups.make']({}));
    backupPath = join(source.home, 'Backups', readdirSync(join(source.home, 'Backups'))[0] ?? '', made.fileName);
  });
  afterEach(() => source.close());

  it('restores onto a laptop that has no fund file: a new file in the fund folder, named after the fund', async () => {
    const laptop = createTestBackend('2026-11-26');
    try {
      // A copy on a USB drive, with the drive's own index beside it.
      const usb = join(laptop.home, 'usb');
      mkdirSync(usb);
      cpSync(backupPath, join(usb, basename(backupPath)));
      cpSync(join(dirname(backupPath), 'index.json'), join(usb, 'index.json'));
      const picked = expectOk(await laptop.app['files.receive']({ location: join(usb, basename(backupPath)) }));
      const inspected = expectOk(await laptop.app['backups.inspect']({ fileId: picked.fileId }));
      expect(inspected.backup).toMatchObject({ fileName: basename(backupPath), isNewer: false, figures: { members: 2 } });
      expect(inspected.target).toMatchObject({
        location: join(laptop.home, 'Funds', 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์.swfund'),
        exists: false,
        fundName: 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์',
      });
      const restored = expectOk(await laptop.app['backups.restore']({ location: inspected.target.location, fileId: picked.fileId }));
      expect(restored.gap).toMatchObject({ state: 'none', entries: [], restore: { safety: { kind: 'none', location: null } } });
      expect(laptop.db().prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(2);
      expect(expectOk(await laptop.app['funds.recent']({}))[0]?.location).toBe(inspected.target.location);

      // The drive's index knows the copy's hash: a copy changed on the drive is refused.
      const copy = join(usb, basename(backupPath));
      const bytes = readFileSync(copy);
      bytes[27] = (bytes[27] ?? 0) ^ 0xff;
      writeFileSync(copy, bytes);
      const changed = expectOk(await laptop.app['files.receive']({ location: copy }));
      expect(await laptop.app['backups.restore']({ location: inspected.target.location, fileId: changed.fileId })).toMatchObject({
        ok: false,
        error: { code: 'backup-changed', field: 'fileId' },
      });
    } finally {
      laptop.close();
    }
  });

  it('refuses a picked file that is not a backup, untouched', async () => {
    const stray = join(source.home, 'รายงาน.swfbak');
    writeFileSync(stray, 'not a database at all');
    const picked = expectOk(await source.app['files.receive']({ location: stray }));
    expect(await source.app['backups.inspect']({ fileId: picked.fileId })).toMatchObject({ ok: false, error: { code: 'not-a-backup' } });
    expect(readFileSync(stray, 'utf8')).toBe('not a database at all');
  });
});

describe('a restore a crash interrupted, at the next start', () => {
  let backend: TestBackend;
  let location: string;
  let backupFile: string;
  let intent: RestoreIntent;

  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    location = join(backend.home, 'ทรัพย์อนันต์.swfund');
    const opened = expectOk(await backend.app['funds.create'](fundInput(location)));
    expectOk(await backend.fund['members.register'](memberInput(1)));
    const made = expectOk(await backend.fund['backups.make']({}));
    backupFile = join(backend.home, 'Backups', opened.profile.uuid, made.fileName);
    expectOk(await backend.fund['members.register'](memberInput(2)));
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    intent = {
      version: 1,
      restoreId: '0193f3c0-0000-4000-8000-000000000001',
      pid: 999_999_999,
      startedAt: '2026-11-25T09:00:00.000Z',
      actor: 'treasurer',
      fundPath: location,
      originalIno: fileIdentity(location),
      backup: { path: backupFile, fileName: made.fileName, sha256: sha256(backupFile), madeAt: made.madeAt },
      safety: { kind: 'none', location: null },
      asideFolder: join(backend.home, 'damaged', 'aside'),
    };
  });
  afterEach(() => backend.close());

  function nextStart(): TestBackend['host'] {
    return createHost({ home: backend.home, locationMode: 'path', log: () => undefined });
  }

  it('is rolled back when it stopped before its rename: the half copy removed, the moved -wal put back', () => {
    writeRestoreIntent(backend.home, intent);
    writeFileSync(`${location}.restoring`, readFileSync(backupFile).subarray(0, 4096));
    mkdirSync(intent.asideFolder, { recursive: true });
    writeFileSync(join(intent.asideFolder, 'ทรัพย์อนันต์.swfund-wal'), randomWal());
    const before = sha256(location);
    const host = nextStart();
    try {
      expect(sha256(location)).toBe(before);
      expect(existsSync(`${location}.restoring`)).toBe(false);
      expect(sha256(`${location}-wal`)).toBe(createHash('sha256').update(randomWal()).digest('hex'));
      expect(readdirSync(join(backend.home, 'Restores'))).toEqual([]);
    } finally {
      host.close();
    }
  });

  it('is finished when it stopped after its rename: opened, audited once, its intent gone', () => {
    writeRestoreIntent(backend.home, intent);
    cpSync(backupFile, `${location}.restoring`);
    renameSync(`${location}.restoring`, location);
    const host = nextStart();
    try {
      expect(readdirSync(join(backend.home, 'Restores'))).toEqual([]);
      const db = new Database(location, { readonly: true });
      try {
        expect(db.prepare('SELECT uuid, backup_file_name, actor FROM restore_log').all()).toEqual([
          { uuid: intent.restoreId, backup_file_name: intent.backup.fileName, actor: 'treasurer' },
        ]);
        expect(db.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'restore'").pluck().get()).toBe(1);
        expect(db.prepare('SELECT COUNT(*) FROM members').pluck().get()).toBe(1);
      } finally {
        db.close();
      }
    } finally {
      host.close();
    }
  });

  it('is left alone while another live process runs it', () => {
    writeRestoreIntent(backend.home, { ...intent, pid: process.ppid });
    writeFileSync(`${location}.restoring`, 'a copy in progress');
    const host = nextStart();
    try {
      expect(readdirSync(join(backend.home, 'Restores'))).toEqual([intent.restoreId]);
      expect(readFileSync(`${location}.restoring`, 'utf8')).toBe('a copy in progress');
    } finally {
      host.close();
    }
  });
});

/** Bytes that look like a WAL to no one: a leftover that cannot be shown to belong to the file beside it. */
function randomWal(): Buffer {
  const bytes = Buffer.alloc(32 + 24 + 4096);
  for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 7919) % 251;
  return bytes;
}
