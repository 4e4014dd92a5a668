import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FundFileError } from '../../electron/backend/db/fund-file-error';
import { latestVersion, loadMigrations, migrate } from '../../electron/backend/db/migrate';

describe('migrations', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'swf-migrations-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('runs every migration from empty, one version at a time, with foreign keys intact', () => {
    const migrations = loadMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    for (let upTo = 1; upTo <= migrations.length; upTo += 1) {
      const db = new Database(':memory:');
      const result = migrate(db, migrations.slice(0, upTo));
      expect(result).toEqual({ from: 0, to: upTo });
      expect(db.pragma('user_version', { simple: true })).toBe(upTo);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  it('is idempotent: running again changes nothing', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    migrate(db, migrations);
    const schema = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
    expect(migrate(db, migrations)).toEqual({ from: latestVersion(migrations), to: latestVersion(migrations) });
    expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(schema);
    db.close();
  });

  it('refuses a database from a newer app version without writing', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma(`user_version = ${latestVersion(migrations) + 1}`);
    expect(() => migrate(db, migrations)).toThrow(FundFileError);
    expect(db.prepare('SELECT COUNT(*) AS n FROM sqlite_schema').get()).toEqual({ n: 0 });
    db.close();
  });

  it('rolls a failing migration back whole and keeps the earlier version', () => {
    const migrations = [
      { version: 1, name: '0001_a.sql', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: '0002_b.sql', sql: 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    const db = new Database(':memory:');
    expect(() => migrate(db, migrations)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'b'").all()).toEqual([]);
    db.close();
  });

  it('rejects gaps in the numbering', () => {
    mkdirSync(join(folder, 'm'));
    writeFileSync(join(folder, 'm', '0001_first.sql'), 'SELECT 1;');
    writeFileSync(join(folder, 'm', '0003_third.sql'), 'SELECT 1;');
    expect(() => loadMigrations(join(folder, 'm'))).toThrow(/out of order/);
  });

  it('keeps posted money immutable in the database itself', () => {
    const db = new Database(':memory:');
    migrate(db, loadMigrations());
    db.exec(`INSERT INTO journal_entries (entry_no, fiscal_year, sequence_no, entry_date, description, source_type, created_at, actor)
             VALUES ('JV2567-000001', 2024, 1, '2024-01-05', '{}', 'test', 'now', 'test')`);
    expect(() => db.exec("UPDATE journal_entries SET entry_date = '2024-01-06'")).toThrow(/posted-immutable/);
    expect(() => db.exec('DELETE FROM journal_entries')).toThrow(/posted-immutable/);
    db.close();
  });

  it('0005 turns each claim paid before it into one payment row, and lets a paid claim take only its reversal flag', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, 4));
    /** A row with every NOT NULL column filled by a placeholder, then the given values. */
    const insert = (table: string, values: Record<string, string | number | null>) => {
      const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; notnull: number; pk: number }[];
      const row: Record<string, string | number | null> = {};
      for (const column of columns)
        if (column.notnull && !column.pk) row[column.name] = column.type === 'INTEGER' ? 1 : `${table}-${column.name}`;
      Object.assign(row, values);
      const names = Object.keys(row);
      db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
        ...names.map((name) => row[name]),
      );
    };
    insert('fund', { id: 1, level: 'tambon', fiscal_year_start_month: 10 });
    insert('members', {
      id: 1,
      gender: 'female',
      status: 'active',
      citizen_id: '1101700203451',
      no_id_reason: null,
      moo: null,
      paid_through_period: null,
      dues_start_index: null,
      dues_end_index: null,
      last_paid_period: null,
    });
    insert('welfare_types', { id: 1 });
    insert('journal_entries', { id: 1 });
    insert('payment_vouchers', {
      id: 7,
      method: 'cash',
      amount_satang: 40000,
      expense_account: '5000',
      journal_entry_id: 1,
      payee_name: 'นายสมชาย',
    });
    insert('welfare_claims', {
      id: 3,
      type_id: 1,
      member_id: 1,
      recipient_kind: 'member',
      state: 'paid',
      voucher_id: 7,
      computed_satang: 40000,
      units: null,
      dependent_id: null,
      decision_ref: 'x',
      rejection_reason: null,
      created_at: '2025-10-02T09:00:00.000Z',
      request_id: 'a',
    });
    insert('welfare_claims', {
      id: 4,
      type_id: 1,
      member_id: 1,
      recipient_kind: 'member',
      state: 'pending',
      voucher_id: null,
      computed_satang: 0,
      units: null,
      dependent_id: null,
      decision_ref: null,
      rejection_reason: null,
      created_at: '2025-11-02T09:00:00.000Z',
      request_id: 'b',
      event_date: '2025-11-01',
    });
    migrate(db, migrations);
    expect(db.prepare('SELECT claim_id, voucher_id, payee_name, share, gross_satang, deducted_satang FROM welfare_payments').all()).toEqual(
      [{ claim_id: 3, voucher_id: 7, payee_name: 'นายสมชาย', share: 1, gross_satang: 40000, deducted_satang: 0 }],
    );
    // Numbered in recording order within the fiscal year (October 2025 is in fiscal year 2026 = B.E. 2569).
    expect(db.prepare('SELECT claim_no FROM welfare_claims ORDER BY id').all()).toEqual([
      { claim_no: 'WF2569-000001' },
      { claim_no: 'WF2569-000002' },
    ]);
    expect(db.prepare("SELECT last_number FROM document_sequences WHERE series = 'claim' AND fiscal_year = 2026").get()).toEqual({
      last_number: 2,
    });
    expect(() => db.exec("UPDATE welfare_claims SET claim_no = 'x' WHERE id = 4")).toThrow(/posted-immutable/);
    expect(() => db.exec('UPDATE welfare_claims SET computed_satang = 1 WHERE id = 3')).toThrow(/posted-immutable/);
    expect(() => db.exec('UPDATE welfare_claims SET reversed = 1, computed_satang = 1 WHERE id = 3')).toThrow(/posted-immutable/);
    db.exec('UPDATE welfare_claims SET reversed = 1 WHERE id = 3');
    expect(() => db.exec('UPDATE welfare_claims SET reversed = 0 WHERE id = 3')).toThrow(/posted-immutable/);
    db.close();
  });
});
