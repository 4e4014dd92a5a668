import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupIndex } from '../../../electron/backend/backups/backup-index';
import { latestVersion, loadMigrations } from '../../../electron/backend/db/migrate';
import { fundApplicationId } from '../../../electron/backend/db/open-fund-file';
import { fundInput } from '../../support/builders';
import { manualTimers } from '../../support/manual-timers';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const fixture = join(__dirname, '../../fixtures/fund-schema-4.swfund');

function attempts(backend: TestBackend): { kind: string; outcome: string }[] {
  return backend.db().prepare('SELECT kind, outcome FROM backup_log ORDER BY id').all() as { kind: string; outcome: string }[];
}

/** When backups happen (issue 15 item 1, reliability §(b) "When"): at open, daily while open, before a migration. */
describe('the backup schedule', () => {
  let backend: TestBackend;
  afterEach(() => backend.close());

  it('backs up after a fund opens, at most once a day, and again each new day while it stays open', async () => {
    const timers = manualTimers();
    backend = createTestBackend('2026-11-25', {
      automaticBackups: { timers, afterOpenMilliseconds: 10_000, checkEveryMilliseconds: 3_600_000 },
    });
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'schedule.swfund'))));
    // The answer to opening came first: nothing is copied until the first screen has had its moment.
    expect(attempts(backend)).toEqual([]);
    expect(timers.pending()).toBe(1);
    await timers.advance(9_999);
    expect(attempts(backend)).toEqual([]);
    await timers.advance(1);
    expect(attempts(backend)).toEqual([{ kind: 'open', outcome: 'verified' }]);
    // Later the same day: today already has a good backup.
    await timers.advance(5 * 3_600_000);
    expect(attempts(backend)).toHaveLength(1);
    // The laptop stays open over midnight: one daily backup on the new day, and no more that day.
    backend.clock.set('2026-11-26');
    await timers.advance(3_600_000);
    await timers.advance(3 * 3_600_000);
    expect(attempts(backend)).toEqual([
      { kind: 'open', outcome: 'verified' },
      { kind: 'daily', outcome: 'verified' },
    ]);
    // Closing the fund ends its schedule.
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    expect(timers.pending()).toBe(0);
  });

  it('backs up a fund with several people before anyone is chosen, as the schedule itself (issue 20 §2)', async () => {
    const timers = manualTimers();
    backend = createTestBackend('2026-11-25', { automaticBackups: { timers, afterOpenMilliseconds: 10_000 } });
    const location = join(backend.home, 'people.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    expectOk(await backend.fund['people.add']({ displayName: 'นางเลขา', roles: ['secretary'] }));
    expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
    expectOk(await backend.app['funds.open']({ location }));
    // The window still asks who is at the PC; the schedule does not wait for her answer.
    expect(expectOk(await backend.fund['people.current']({})).person).toBeNull();
    await timers.advance(10_000);
    expect(attempts(backend)).toEqual([{ kind: 'open', outcome: 'verified' }]);
    const authors = backend.db().prepare("SELECT DISTINCT actor FROM audit_events WHERE method = 'backups.make'").pluck().all();
    expect(authors).toEqual(['schedule']);
  });

  it('makes no open backup when today already has one, and none at all unless the host asks for them', async () => {
    const timers = manualTimers();
    backend = createTestBackend('2026-11-25', { automaticBackups: { timers } });
    const location = join(backend.home, 'once.swfund');
    expectOk(await backend.app['funds.create'](fundInput(location)));
    expectOk(await backend.fund['backups.make']({}));
    await timers.advance(24 * 3_600_000 - 1);
    expect(attempts(backend)).toEqual([{ kind: 'manual', outcome: 'verified' }]);

    // The default test host (as `npm test` uses everywhere else) schedules nothing.
    const plain = createTestBackend('2026-11-25');
    try {
      expectOk(await plain.app['funds.create'](fundInput(join(plain.home, 'plain.swfund'))));
      await new Promise((resolve) => setImmediate(resolve));
      expect(attempts(plain)).toEqual([]);
    } finally {
      plain.close();
    }
  });

  it('starts a job asked for while a backup runs once the backup ends, rather than refusing it', async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'busy.swfund'))));
    const backup = expectOk(await backend.jobs['jobs.start']({ method: 'backups.make', input: { kind: 'daily' } }));
    // The treasurer's own job (here another backup) while the automatic one copies.
    const mine = expectOk(await backend.jobs['jobs.start']({ method: 'backups.make', input: { kind: 'manual' } }));
    expect(expectOk(await backend.jobs['jobs.status']({ jobId: backup.jobId })).state).toBe('succeeded');
    for (;;) {
      const status = expectOk(await backend.jobs['jobs.status']({ jobId: mine.jobId }));
      if (status.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(attempts(backend)).toEqual([
      { kind: 'daily', outcome: 'verified' },
      { kind: 'manual', outcome: 'verified' },
    ]);
  });

  it('backs up a fund from an older app version before migrating it, verified at its own schema', async () => {
    backend = createTestBackend('2026-11-25');
    const location = join(backend.home, 'เก่า.swfund');
    copyFileSync(fixture, location);
    const opened = expectOk(await backend.app['funds.open']({ location }));
    expect(backend.db().pragma('user_version', { simple: true })).toBe(latestVersion(loadMigrations()));
    const folder = join(backend.home, 'Backups', opened.profile.uuid);
    const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as BackupIndex;
    expect(index.backups).toHaveLength(1);
    const [backup] = index.backups;
    expect(backup).toMatchObject({ kind: 'pre-migration', schemaVersion: 4, fileName: 'เก่า_2026-11-25T1600_pre-migration.swfbak' });
    expect(backup?.figures).toMatchObject({ members: 4, fundName: opened.profile.name });
    const path = join(folder, backup?.fileName ?? '');
    expect(sha256(path)).toBe(backup?.sha256);
    // The copy is the file as it was: our kind, schema 4, self-contained.
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('application_id', { simple: true })).toBe(fundApplicationId);
    expect(copy.pragma('user_version', { simple: true })).toBe(4);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    // Logged in the fund once the migration gave it a log.
    expect(attempts(backend)).toEqual([{ kind: 'pre-migration', outcome: 'verified' }]);
    expect(expectOk(await backend.fund['backups.status']({})).lastGood?.kind).toBe('pre-migration');
    // A fund already at this version opens without another one.
    expectOk(await backend.app['funds.close']({ fund: opened.handle }));
    expectOk(await backend.app['funds.open']({ location }));
    expect(attempts(backend)).toHaveLength(1);
  });

  it('refuses to migrate when the backup before it fails: the open is refused with the reason, the file untouched', async () => {
    backend = createTestBackend('2026-11-25');
    const location = join(backend.home, 'old.swfund');
    copyFileSync(fixture, location);
    const before = sha256(location);
    // Nothing can be written where backups go: the folder's place is taken by a file.
    writeFileSync(join(backend.home, 'Backups'), 'not a folder');
    const refused = await backend.app['funds.open']({ location });
    expect(refused).toMatchObject({ ok: false, error: { code: 'migration-backup-failed', field: 'location' } });
    if (!refused.ok) {
      expect(refused.error.message.th).toContain('ยังไม่ได้ปรับแฟ้ม');
      expect(refused.error.message.en).toContain('not updated');
    }
    expect(sha256(location)).toBe(before);
    expect(existsSync(`${location}-wal`)).toBe(false);
    expect(existsSync(`${location}-shm`)).toBe(false);
    const file = new Database(location, { readonly: true });
    expect(file.pragma('user_version', { simple: true })).toBe(4);
    file.close();
    // Once backups can be written again, the same file opens, backed up first.
    rmSync(join(backend.home, 'Backups'));
    expectOk(await backend.app['funds.open']({ location }));
    expect(attempts(backend)).toEqual([{ kind: 'pre-migration', outcome: 'verified' }]);
  });
});
