import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { keptMemberYears, scannedMemberYears } from '../support/member-year-scan';

const version = loadMigrations().find((migration) => migration.name.endsWith('_sync_totals.sql'))?.version ?? 0;

describe('sync totals migration on the schema-4 fixture (issue 18)', () => {
  let folder: string;
  let db: Database.Database;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'swf-sync-totals-'));
    const location = join(folder, 'fund.swfund');
    copyFileSync(join(import.meta.dirname, '../fixtures/fund-schema-4.swfund'), location);
    db = new Database(location);
    migrate(db, loadMigrations().slice(0, version));
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps each member-year of receipts not voided, as the receipts add up', () => {
    const scanned = scannedMemberYears(db);
    expect(scanned.length).toBeGreaterThan(0);
    expect(keptMemberYears(db)).toEqual(scanned);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('marks no export full-data, and refuses a full-data row without its recipient or a pseudonymous one with one', () => {
    const insert = db.prepare(
      `INSERT INTO sync_exports (sequence, kind, manifest_sha256, exported_at, exported_on, file_name, counts_json, personal_data, recipient_fingerprint)
       VALUES (?, 'full', ?, 'now', '2026-11-30', 'f', '{}', ?, ?)`,
    );
    expect(() => insert.run(1, 'a'.repeat(64), 'encrypted-full', null)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'a'.repeat(64), 'pseudonymous', '12345')).toThrow(/CHECK/);
    expect(() => insert.run(1, 'a'.repeat(64), 'everything', null)).toThrow(/CHECK/);
    insert.run(1, 'a'.repeat(64), 'encrypted-full', '12345 67890');
    insert.run(2, 'b'.repeat(64), 'pseudonymous', null);
    expect(db.prepare('SELECT personal_data FROM sync_exports ORDER BY sequence').pluck().all()).toEqual([
      'encrypted-full',
      'pseudonymous',
    ]);
  });
});
