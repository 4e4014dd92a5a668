import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { citizenIdFor } from '../support/builders';
import { insertFundRow } from '../support/fund-row';
import { createTestBackend, expectOk, type TestBackend } from '../support/test-backend';

/** The migration number of the villages register, wherever the integrator puts it. */
const version = loadMigrations().find((migration) => migration.name.endsWith('_villages.sql'))?.version ?? 0;

function memberRow(db: Database.Database, serial: number, moo: number | null, village: string) {
  db.prepare(
    `INSERT INTO members (uuid, member_seq, member_no, citizen_id, no_id_reason, title, first_name, last_name, sort_key, search_text,
       gender, birth_date, house_no, moo, village, soi, road, subdistrict, district, province, postcode, phone, applied_on, approved_on,
       approval_ref, paid_through_period, beneficiaries_json, status, status_since, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, 'นาง', 'มาลี', 'ใจดี', 'k', 's', 'female', '1970-01-01', '1', ?, ?, '', '', '', '', '', '', '',
       '2017-05-01', '2017-06-01', 'มติ', NULL, '[]', 'active', '2017-06-01', 1, 'now', 'now')`,
  ).run(`uuid-${serial}`, serial, String(serial).padStart(5, '0'), citizenIdFor(serial), moo, village);
}

describe('villages register migration (issue 16 §5)', () => {
  it('turns every distinct หมู่ and village typed into a register entry, points each member at hers, and drops the free text', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, version - 1));
    insertFundRow(db, { subdistrictCode: '860214' });
    memberRow(db, 1, 3, 'บ้านหนองบัว');
    memberRow(db, 2, 3, ' บ้านหนองบัว ');
    // The same หมู่ typed with another name by one member: its own entry, without the code the majority holds.
    memberRow(db, 3, 3, 'หนองบัว');
    memberRow(db, 4, 0, 'ชุมชนตลาดเก่า');
    memberRow(db, 5, 7, '');
    memberRow(db, 6, null, '');
    migrate(db, migrations.slice(0, version));
    const villages = db.prepare('SELECT id, code, moo, name, uuid FROM villages ORDER BY id').all() as {
      id: number;
      code: string | null;
      moo: number | null;
      name: string;
      uuid: string;
    }[];
    expect(villages.map(({ code, moo, name }) => [code, moo, name])).toEqual([
      [null, null, 'ชุมชนตลาดเก่า'],
      ['86021403', 3, 'บ้านหนองบัว'],
      [null, 3, 'หนองบัว'],
      ['86021407', 7, ''],
    ]);
    expect(new Set(villages.map((village) => village.uuid)).size).toBe(4);
    const byName = new Map(villages.map((village) => [`${village.moo}|${village.name}`, village.id]));
    expect(db.prepare('SELECT member_no, village_id FROM members ORDER BY id').all()).toEqual([
      { member_no: '00001', village_id: byName.get('3|บ้านหนองบัว') },
      { member_no: '00002', village_id: byName.get('3|บ้านหนองบัว') },
      { member_no: '00003', village_id: byName.get('3|หนองบัว') },
      { member_no: '00004', village_id: byName.get('null|ชุมชนตลาดเก่า') },
      { member_no: '00005', village_id: byName.get('7|') },
      { member_no: '00006', village_id: null },
    ]);
    const columns = db.prepare("SELECT name FROM pragma_table_info('members')").pluck().all();
    expect(columns).not.toContain('moo');
    expect(columns).not.toContain('village');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('gives no DOPA code when the fund has no ตำบล code', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, version - 1));
    insertFundRow(db, { subdistrictCode: '' });
    memberRow(db, 1, 2, 'บ้านโคก');
    migrate(db, migrations.slice(0, version));
    expect(db.prepare('SELECT code, moo, name FROM villages').all()).toEqual([{ code: null, moo: 2, name: 'บ้านโคก' }]);
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

    it('keeps every member in her village, now an entry of the register with its DOPA code, and reads its history', async () => {
      const villages = expectOk(await backend.fund['villages.list']({}));
      expect(villages.map((village) => [village.code, village.moo, village.name, village.members])).toEqual([
        ['86021402', 2, 'บ้านทรัพย์อนันต์', 1],
        ['86021403', 3, 'บ้านทรัพย์อนันต์', 1],
        ['86021404', 4, 'บ้านทรัพย์อนันต์', 1],
        ['86021405', 5, 'บ้านทรัพย์อนันต์', 1],
      ]);
      for (const [memberId, moo] of [
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
      ] as const) {
        const member = expectOk(await backend.fund['members.get']({ memberId }));
        expect(member.village).toMatchObject({ moo, name: 'บ้านทรัพย์อนันต์' });
        expect(member.categories).toEqual([]);
        // A version saved before the register still says where she lived.
        const history = expectOk(await backend.fund['members.history']({ memberId }));
        expect(history.at(-1)?.place).toBe(`หมู่ ${moo} บ้านทรัพย์อนันต์`);
        expect(history.at(-1)?.profile.villageId).toBeNull();
      }
      const summary = expectOk(await backend.fund['reports.memberSummary']({}));
      expect(summary.totals).toEqual({ cumulative: 4, current: 3 });
      expect(summary.villages).toEqual({ withMembers: 3, inRegister: 4 });
      const arrears = expectOk(await backend.fund['contributions.arrears']({ minMonths: 1 }));
      expect(arrears.places.every((place) => place.villageId !== null)).toBe(true);
      // An old member's record is saved again with her village from the register.
      const member = expectOk(await backend.fund['members.get']({ memberId: 1 }));
      const { profileOfMember } = await import('../../shared/api/member-profile');
      const saved = expectOk(
        await backend.fund['members.update']({ memberId: 1, expectedVersion: member.version, profile: profileOfMember(member) }),
      );
      expect(saved.village?.moo).toBe(2);
    });
  });
});
