import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { insertFundRow } from '../support/fund-row';

/** The migration number of the history tables, wherever the integrator puts it. */
const version = loadMigrations().find((migration) => migration.name.endsWith('_history_before_opening.sql'))?.version ?? 0;

describe('history before the opening date migration (issue 19 §2)', () => {
  it("folds the member import's remembered columns into the mappings of every import, and keeps history immutable", () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, version - 1));
    insertFundRow(db);
    const remember = db.prepare('INSERT INTO member_import_mappings (header_key, field, era, updated_at) VALUES (?, ?, ?, ?)');
    remember.run('เลขบัตร', 'citizenId', 'auto', '2026-11-01T00:00:00Z');
    remember.run('วันเกิด', 'birthDate', 'be', '2026-11-02T00:00:00Z');
    migrate(db, migrations.slice(0, version));
    expect(db.prepare('SELECT kind, header_key, field, era, updated_at FROM import_mappings ORDER BY header_key').all()).toEqual([
      { kind: 'members', header_key: 'วันเกิด', field: 'birthDate', era: 'be', updated_at: '2026-11-02T00:00:00Z' },
      { kind: 'members', header_key: 'เลขบัตร', field: 'citizenId', era: 'auto', updated_at: '2026-11-01T00:00:00Z' },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'member_import_mappings'").all()).toEqual([]);
    // The same header may mean another field in another import.
    db.prepare("INSERT INTO import_mappings (kind, header_key, field, updated_at) VALUES ('welfare', 'วันเกิด', 'eventDate', 'now')").run();

    db.prepare(
      `INSERT INTO members (id, uuid, member_seq, member_no, citizen_id, title, first_name, last_name, sort_key, search_text, gender,
         birth_date, house_no, soi, road, subdistrict, district, province, postcode, phone, applied_on, approved_on, approval_ref,
         beneficiaries_json, status, status_since, version, created_at, updated_at)
       VALUES (1, 'm', 1, '00001', '1101700203451', 'นาง', 'มาลี', 'ใจดี', 'k', 's', 'female', '1970-01-01', '1', '', '', '', '', '', '',
         '', '2019-06-01', '2019-06-15', 'มติ', '[]', 'active', '2019-06-15', 1, 'now', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO contribution_history (id, uuid, member_id, first_period, month_count, amount_satang, paid_on, source, source_sha256,
         source_row, created_at)
       VALUES (1, 'h1', 1, '2023-07', 1, 3000, '2023-07-05', 'import', ?, 2, 'now')`,
    ).run('a'.repeat(64));
    const month = db.prepare('INSERT INTO contribution_history_months (member_id, period, period_index, history_id) VALUES (1, ?, ?, 1)');
    month.run('2023-07', 2023 * 12 + 6);
    expect(() => month.run('2023-08', 2023 * 12 + 6)).toThrow(/CHECK/);
    expect(() => month.run('2023-07', 2023 * 12 + 6)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare('UPDATE contribution_history SET amount_satang = 0').run()).toThrow(/history-immutable/);
    expect(() => db.prepare('DELETE FROM contribution_history_months').run()).toThrow(/history-immutable/);
    db.close();
  });
});
