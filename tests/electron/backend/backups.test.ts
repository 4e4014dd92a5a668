import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupIndex } from '../../../electron/backend/backups/backup-index';
import { fundApplicationId } from '../../../electron/backend/db/open-fund-file';
import { fundInput, memberInput } from '../../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Backups as reliability §(b) describes them (issue 15): verified copies, indexed, rotated only by index and hash. */
describe('backups', () => {
  let backend: TestBackend;
  let folder: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    const opened = expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'ทรัพย์อนันต์.swfund'))));
    folder = join(backend.home, 'Backups', opened.profile.uuid);
    for (const serial of [1, 2, 3]) {
      const member = expectOk(await backend.fund['members.register'](memberInput(serial)));
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: `backup-dues-${serial}`,
          memberId: member.id,
          receivedOn: '2026-11-20',
          monthCount: 2,
          amountSatang: 6000,
          numbering: { kind: 'app' },
        }),
      );
    }
  });
  afterEach(() => backend.close());

  const index = () => JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as BackupIndex;

  it('makes a verified, self-contained copy named after the fund, listed in the index with its hash and figures', async () => {
    const made = expectOk(await backend.fund['backups.make']({}));
    expect(made).toMatchObject({
      kind: 'manual',
      fileName: 'ทรัพย์อนันต์_2026-11-25T1600_manual.swfbak',
      verifiedLevel: 'integrity',
      figures: { members: 3, receipts: 3, cashBalanceSatang: 18000, lastReceiptNo: 'RC2570-000003' },
    });
    const path = join(folder, made.fileName);
    expect(sha256(path)).toBe(made.sha256);
    expect(index().backups.map((backup) => [backup.fileName, backup.sha256])).toEqual([[made.fileName, made.sha256]]);
    // One file, no -wal or -shm beside it, our kind of file at our schema.
    expect(readdirSync(folder).sort()).toEqual(['index.json', made.fileName]);
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('application_id', { simple: true })).toBe(fundApplicationId);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT COUNT(*) FROM receipts').pluck().get()).toBe(3);
    copy.close();
    expect(expectOk(await backend.fund['backups.status']({}))).toEqual({
      asOf: '2026-11-25T09:00:00.000Z',
      lastGood: { madeAt: '2026-11-25T09:00:00.000Z', kind: 'manual', fileName: made.fileName, ageMinutes: 0 },
      failuresInARow: 0,
      lastProblem: null,
      lastCopy: null,
      copyReminder: { isDue: false, daysWithout: 0 },
    });
    expect(expectOk(await backend.fund['backups.list']({})).map((backup) => backup.fileName)).toEqual([made.fileName]);
    // A second backup the same day is quick-checked: the full check is weekly.
    expect(expectOk(await backend.fund['backups.make']({})).verifiedLevel).toBe('quick');
  });

  it('counts failed backups in a row, says why, and keeps the earlier backups', async () => {
    const good = expectOk(await backend.fund['backups.make']({}));
    // The backups folder is replaced by a file: nothing can be written there.
    const aside = `${folder}-moved`;
    writeFileSync(aside, '');
    const { renameSync } = await import('node:fs');
    renameSync(folder, `${folder}-kept`);
    renameSync(aside, folder);
    for (const attempt of [1, 2]) {
      const failed = await backend.fund['backups.make']({});
      expect(failed).toMatchObject({ ok: false, error: { code: 'backup-not-written' } });
      if (!failed.ok) expect(failed.error.message.th).toContain('สำเนาเดิมยังอยู่ครบ');
      const status = expectOk(await backend.fund['backups.status']({}));
      expect(status.failuresInARow).toBe(attempt);
      // The banner quotes the reason in full, in both languages.
      expect(status.lastProblem?.code).toBe('backup-not-written');
      expect(status.lastProblem?.message.th).toContain('สำเนาเดิมยังอยู่ครบ');
      expect(status.lastProblem?.message.en).toMatch(/could not be written where backups are kept \(E[A-Z]+\)/);
    }
    expect(existsSync(join(`${folder}-kept`, good.fileName))).toBe(true);
    expect(expectOk(await backend.fund['backups.status']({})).lastGood?.fileName).toBe(good.fileName);
  });

  it('rotates old backups away, deleting only files its index lists with a matching hash', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'ทรัพย์อนันต์_2020-01-01T0000_daily.swfbak'), 'not listed in the index: never ours to delete');
    const days: string[] = [];
    for (let day = 1; day <= 14; day += 1) days.push(`2026-11-${String(day).padStart(2, '0')}`);
    const made: string[] = [];
    for (const day of days) {
      backend.clock.set(day);
      made.push(expectOk(await backend.fund['backups.make']({ kind: 'daily' })).fileName);
      if (day === '2026-11-02') writeFileSync(join(folder, made[1] ?? ''), 'changed by someone else: not the file the index hashed');
    }
    const kept = index().backups.map((backup) => backup.fileName);
    // The last ten days, the month's newest and the fiscal year's newest are the same files; the changed one stays.
    expect(kept).toEqual([made[1], ...made.slice(4)]);
    expect(existsSync(join(folder, made[0] ?? ''))).toBe(false);
    expect(existsSync(join(folder, made[1] ?? ''))).toBe(true);
    expect(existsSync(join(folder, 'ทรัพย์อนันต์_2020-01-01T0000_daily.swfbak'))).toBe(true);
  });
});
