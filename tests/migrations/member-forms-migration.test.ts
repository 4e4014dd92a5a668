import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { freeCitizenIdsOfVoidedMembers } from '../../migrations/0011_member_forms';
import { citizenIdFor } from '../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../support/test-backend';

/** The migration number of member forms, wherever the integrator puts it. */
const version = loadMigrations().find((migration) => migration.name.endsWith('_member_forms.sql'))?.version ?? 0;

function memberRow(db: Database.Database, serial: number, citizenId: string) {
  db.prepare(
    `INSERT INTO members (uuid, member_seq, member_no, citizen_id, no_id_reason, title, first_name, last_name, sort_key, search_text,
       gender, birth_date, house_no, moo, village, soi, road, subdistrict, district, province, postcode, phone, applied_on, approved_on,
       approval_ref, paid_through_period, beneficiaries_json, status, status_since, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, 'นาง', 'มาลี', 'ใจดี', 'k', 's', 'female', '1970-01-01', '1', 1, '', '', '', '', '', '', '', '',
       '2017-05-01', '2017-06-01', 'มติ', NULL, '[]', 'active', '2017-06-01', 1, 'now', 'now')`,
  ).run(`uuid-${serial}`, serial, String(serial).padStart(5, '0'), citizenId);
}

describe('member forms migration (issue 14 §4, §11, §17)', () => {
  it('keeps every member, moves the citizen ID rule to members not voided, and defaults the new settings', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, version - 1));
    memberRow(db, 1, citizenIdFor(1));
    memberRow(db, 2, citizenIdFor(2));
    // A column another migration of the same release might add before this one runs.
    db.exec("ALTER TABLE members ADD COLUMN someone_elses TEXT NOT NULL DEFAULT 'kept'");
    db.prepare("UPDATE members SET someone_elses = 'mine' WHERE id = 2").run();
    migrate(db, migrations.slice(0, version));
    expect(db.prepare('SELECT member_no, someone_elses, no_arrears_at_opening, voided_on FROM members ORDER BY id').all()).toEqual([
      { member_no: '00001', someone_elses: 'kept', no_arrears_at_opening: 0, voided_on: null },
      { member_no: '00002', someone_elses: 'mine', no_arrears_at_opening: 0, voided_on: null },
    ]);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'members' AND type = 'index' ORDER BY name").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['members_citizen_id_current', 'members_search', 'members_status']));
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'members'").pluck().all()).toEqual([
      'members_void_fixed',
    ]);
    expect(() => memberRow(db, 3, citizenIdFor(1))).toThrow(/UNIQUE/);
    db.prepare("UPDATE members SET voided_on = '2026-11-25', void_reason = 'ซ้ำ', voided_by = 'treasurer' WHERE id = 1").run();
    expect(() => memberRow(db, 3, citizenIdFor(1))).not.toThrow();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The step does nothing on a table already rebuilt.
    const before = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'members'").pluck().get();
    freeCitizenIdsOfVoidedMembers(db);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'members'").pluck().get()).toBe(before);
    db.close();
  });

  describe('on a fund from schema 4', () => {
    let backend: TestBackend;
    beforeEach(async () => {
      backend = createTestBackend('2026-11-25');
      const location = join(backend.home, 'upgraded.swfund');
      copyFileSync(join(import.meta.dirname, '../fixtures/fund-schema-4.swfund'), location);
      expectOk(await backend.app['funds.open']({ location }));
    });
    afterEach(() => backend.close());

    it('keeps its members working as before and gives the fund its default ceilings', async () => {
      const members = expectOk(await backend.fund['members.search']({}));
      expect(members.total).toBeGreaterThan(0);
      for (const row of members.rows) {
        const member = expectOk(await backend.fund['members.get']({ memberId: row.id }));
        expect(member.void).toBeNull();
        expect(member.noArrearsAtOpening).toBe(false);
        expectOk(await backend.fund['contributions.statement']({ memberId: row.id }));
      }
      expect(expectOk(await backend.fund['fund.ceilings']({}))).toEqual({
        paymentSatang: 300_000,
        payoutSatang: 10_000_000,
        grantSatang: 500_000_000,
      });
    });
  });
});
