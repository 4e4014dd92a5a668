import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { BackupIndex } from '../../electron/backend/backups/backup-index';
import { createHost } from '../../electron/backend/create-host';
import { latestVersion, loadMigrations } from '../../electron/backend/db/migrate';
import { verifyChain } from '../../electron/backend/steps/audit-chain';
import { chainNames } from '../../shared/domain/audit/audit-chain';
import { fundInput, memberInput } from './builders';
import { expectBooksConsistent } from './ledger-checks';
import { createTestBackend, expectOk, fixedClock } from './test-backend';

const latest = latestVersion(loadMigrations());

/**
 * What every kill must leave (reliability §(f)): the fund opens as the app opens it (a leftover -wal judged, a
 * migration finished), `integrity_check` ok, no foreign key broken, the schema at the app's version, every entry
 * balanced and the trial balance zero, receipts gapless each with its entry and audit row, both hash chains
 * verifying from their first row with every row linked, and every indexed backup whole. `more` checks what the
 * killed job promises (its acknowledged requests, all or none of each); its answer is returned.
 */
export async function expectWholeAfterKill<T>(
  home: string,
  location: string,
  context: string,
  more: (db: BetterSqlite3.Database) => T,
): Promise<T> {
  let db: BetterSqlite3.Database | undefined;
  const host = createHost({
    home,
    locationMode: 'path',
    clock: fixedClock('2026-11-25'),
    log: () => undefined,
    onConnection: (connection) => (db = connection),
  });
  try {
    const opened = await host.dispatch('app', 'funds.open', { location });
    expect(opened.ok, `${context}: ${JSON.stringify(opened)}`).toBe(true);
    if (!db) throw new Error(`${context}: no connection`);
    expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
    expect(db.pragma('foreign_key_check'), context).toEqual([]);
    expect(db.pragma('user_version', { simple: true }), context).toBe(latest);
    expectBooksConsistent(db);
    const trial = db.prepare('SELECT COALESCE(SUM(debit_satang) - SUM(credit_satang), 0) FROM journal_lines').pluck().get();
    expect(trial, context).toBe(0);
    for (const chain of chainNames) {
      const check = verifyChain(db, chain, undefined);
      expect(check.broken, `${context}: ${chain} chain`).toBeNull();
      const table = chain === 'journal' ? 'journal_entries' : 'audit_events';
      const last = db.prepare(`SELECT COALESCE(MAX(id), 0) FROM ${table}`).pluck().get() as number;
      expect(check.through?.rowId ?? 0, `${context}: every ${chain} row linked`).toBe(last);
    }
    expectBackupsWhole(home, context);
    return more(db);
  } finally {
    host.close();
  }
}

/** Every backup an index lists is there with its hash: a killed backup never leaves a half file listed. */
export function expectBackupsWhole(home: string, context: string): void {
  const backups = join(home, 'Backups');
  if (!existsSync(backups)) return;
  for (const uuid of readdirSync(backups)) {
    const folder = join(backups, uuid);
    const indexFile = join(folder, 'index.json');
    if (!existsSync(indexFile)) continue;
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as BackupIndex;
    for (const backup of index.backups) {
      const hash = createHash('sha256')
        .update(readFileSync(join(folder, backup.fileName)))
        .digest('hex');
      expect(hash, `${context}: ${backup.fileName}`).toBe(backup.sha256);
    }
  }
}

/** A small fund of members who owe every month since January 2024, closed, alone in its own home (the caller removes it). */
export async function smallKillFund(members: number): Promise<{ home: string; location: string }> {
  const backend = createTestBackend('2026-11-25');
  const location = join(backend.home, 'fund.swfund');
  expectOk(await backend.app['funds.create'](fundInput(location)));
  for (let serial = 1; serial <= members; serial += 1) expectOk(await backend.fund['members.register'](memberInput(serial)));
  expectOk(await backend.app['funds.close']({ fund: backend.handle() }));
  backend.host.close();
  const home = mkdtempSync(join(tmpdir(), 'swf-kill-fund-'));
  cpSync(backend.home, home, { recursive: true });
  rmSync(backend.home, { recursive: true, force: true });
  return { home, location: join(home, 'fund.swfund') };
}

/** Each collection day posted whole or not at all, and every day acknowledged (`post-day-<id>`) posted. */
export function expectDaysAllOrNone(db: BetterSqlite3.Database, acknowledged: readonly string[], context: string): void {
  const days = db
    .prepare(
      `SELECT b.id, b.state, (SELECT COUNT(*) FROM collection_batch_lines l WHERE l.batch_id = b.id) AS lines,
              (SELECT COUNT(*) FROM receipts r WHERE r.batch_id = b.id) AS receipts
         FROM collection_batches b`,
    )
    .all() as { id: number; state: string; lines: number; receipts: number }[];
  for (const day of days) {
    expect(day.receipts, `${context}: day ${day.id} all or none`).toBe(day.state === 'posted' ? day.lines : 0);
    if (day.state === 'posted') expect(day.lines, context).toBeGreaterThan(0);
  }
  const posted = new Set(days.filter((day) => day.state === 'posted').map((day) => `post-day-${day.id}`));
  for (const request of acknowledged) expect(posted.has(request), `${context}: acknowledged ${request}`).toBe(true);
}
