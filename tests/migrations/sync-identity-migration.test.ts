import Database from 'better-sqlite3';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { travellingTables as travelling } from '../../migrations/0031_sync_identity';
import { insertFundRow } from '../support/fund-row';

/** The migration number of sync identity, wherever the integrator puts it. */
const version = loadMigrations().find((migration) => migration.name.endsWith('_sync_identity.sql'))?.version ?? 0;

const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Rows = Record<string, Record<string, unknown>[]>;

function rowsOf(db: Database.Database): Rows {
  return Object.fromEntries(
    travelling.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[]]),
  );
}

/** Every index and trigger the migrations made on the travelling tables (not SQLite's own for UNIQUE), as stored. */
function schemaOf(db: Database.Database): { name: string; sql: string }[] {
  const marks = travelling.map(() => '?').join(', ');
  return db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (${marks}) ORDER BY name`,
    )
    .all(...travelling) as { name: string; sql: string }[];
}

function withoutUuid(rows: Rows): Rows {
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.map(({ uuid: _uuid, ...rest }) => rest)]));
}

/** The millisecond a UUIDv7 was made at: its first 48 bits. */
function madeAt(uuid: string): number {
  return Number.parseInt(uuid.replace(/-/g, '').slice(0, 12), 16);
}

function expectSigningKey(db: Database.Database): void {
  const key = db.prepare('SELECT public_key, private_key FROM sync_identity WHERE id = 1').get() as
    { public_key: string; private_key: string } | undefined;
  expect(key).toBeDefined();
  if (!key) return;
  const privateKey = createPrivateKey({ key: Buffer.from(key.private_key, 'base64'), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey({ key: Buffer.from(key.public_key, 'base64'), format: 'der', type: 'spki' });
  expect(publicKey.asymmetricKeyType).toBe('ed25519');
  const message = Buffer.from('SWF-SYNC-MANIFEST-v1\n{}');
  const signature = sign(null, message, privateKey);
  expect(verify(null, message, publicKey, signature)).toBe(true);
  expect(verify(null, Buffer.from('SWF-SYNC-MANIFEST-v1\n{ }'), publicKey, signature)).toBe(false);
}

describe('sync identity migration on the schema-4 fixture (issue 18 §1)', () => {
  let folder: string;
  let db: Database.Database;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'swf-sync-identity-'));
    const location = join(folder, 'fund.swfund');
    copyFileSync(join(import.meta.dirname, '../fixtures/fund-schema-4.swfund'), location);
    db = new Database(location);
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives every travelling row a distinct time-ordered uuid and keeps every other value, index and trigger as it was', () => {
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, version - 1));
    const before = rowsOf(db);
    const schemaBefore = schemaOf(db);
    migrate(db, migrations.slice(0, version));
    const after = rowsOf(db);
    expect(withoutUuid(after)).toEqual(before);
    expect(schemaOf(db)).toEqual(schemaBefore);
    // The fixture holds claims, a payment, a community payment, a resignation, the template's types and rules.
    for (const table of [
      'welfare_types',
      'welfare_rule_versions',
      'member_status_events',
      'welfare_claims',
      'welfare_payments',
      'community_activities',
    ])
      expect(after[table]?.length, table).toBeGreaterThan(0);
    const uuids = Object.values(after).flatMap((rows) => rows.map((row) => row.uuid as string));
    expect(uuids.every((uuid) => uuidV7.test(uuid))).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
    // Each uuid carries the instant its row was made, so a table's rows sort by uuid as they were recorded.
    for (const rows of Object.values(after))
      for (const row of rows) expect(madeAt(row.uuid as string)).toBe(Date.parse(row.created_at as string));
    for (const table of travelling) {
      const uuid = (db.prepare(`SELECT name, "notnull" AS isNotNull FROM pragma_table_info('${table}') WHERE name = 'uuid'`).get() ??
        {}) as { isNotNull?: number };
      expect(uuid.isNotNull, table).toBe(1);
      expect(db.prepare(`SELECT sql FROM sqlite_master WHERE name = '${table}'`).pluck().get()).toMatch(
        /uuid TEXT NOT NULL UNIQUE[\s\S]*\) STRICT$/,
      );
    }
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps posted rows refusing change, and gives the fund a signing key, no demo flag and no exports yet', () => {
    migrate(db, loadMigrations().slice(0, version));
    expect(() => db.exec("UPDATE community_activities SET description = 'x'")).toThrow(/posted-immutable/);
    expect(() => db.exec("UPDATE community_activities SET uuid = 'x'")).toThrow(/posted-immutable/);
    expect(() => db.exec('DELETE FROM community_activities')).toThrow(/posted-immutable/);
    expect(() => db.exec('UPDATE welfare_payments SET share = 2')).toThrow(/posted-immutable/);
    expect(() => db.exec('DELETE FROM welfare_payments')).toThrow(/posted-immutable/);
    expect(() => db.exec("UPDATE welfare_claims SET computed_satang = 1 WHERE state = 'paid'")).toThrow(/posted-immutable/);
    expect(() => db.exec("UPDATE member_status_events SET reason = 'x'")).toThrow(/posted-immutable/);
    expect(() => db.exec('UPDATE welfare_rule_versions SET rule_json = rule_json WHERE used_by_claim_id IS NOT NULL')).toThrow(
      /money-rule-in-use/,
    );
    // The rule version the paid claim was judged by is still the one marked used.
    expect(db.prepare('SELECT COUNT(*) FROM welfare_rule_versions WHERE used_by_claim_id IS NOT NULL').pluck().get()).toBe(1);
    expectSigningKey(db);
    expect(db.prepare('SELECT demo FROM fund').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM sync_exports').pluck().get()).toBe(0);
  });
});

describe('sync identity migration from empty', () => {
  function memberRow(db: Database.Database) {
    db.prepare(
      `INSERT INTO members (id, uuid, member_seq, member_no, citizen_id, title, first_name, last_name, sort_key, search_text, gender,
         birth_date, house_no, soi, road, subdistrict, district, province, postcode, phone, applied_on, approved_on, approval_ref,
         beneficiaries_json, status, status_since, version, created_at, updated_at)
       VALUES (1, 'm', 1, '00001', '1101700203451', 'นาง', 'มาลี', 'ใจดี', 'k', 's', 'female', '1970-01-01', '1', '', '', '', '', '', '',
         '', '2024-01-01', '2024-01-05', 'มติ', '[]', 'resigned', '2024-06-01', 1, 'now', 'now')`,
    ).run();
  }

  it('gives rows made at schema 30 their uuids, keeps status events fixed, and makes the key of a file holding a fund', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, version - 1));
    insertFundRow(db, { createdAt: '2024-01-01T00:00:00.000Z' });
    memberRow(db);
    const dependent = db.prepare(
      `INSERT INTO member_dependents (member_id, full_name, relationship, gender, birth_date, citizen_id, created_at)
       VALUES (1, ?, 'child', 'male', '2015-01-01', NULL, ?)`,
    );
    dependent.run('ด.ช. หนึ่ง', '2024-02-01T03:00:00.000Z');
    // A created_at the clock cannot read still gets a uuid, made at the migration.
    dependent.run('ด.ญ. สอง', 'not a time');
    const event = db.prepare(
      `INSERT INTO member_status_events (member_id, kind, effective_on, reason, meeting_ref, created_at) VALUES (1, ?, ?, '', '', ?)`,
    );
    event.run('resigned', '2024-05-01', '2024-05-01T00:00:00.000Z');
    event.run('resigned', '2024-06-01', '2024-06-01T00:00:00.000Z');
    db.prepare("UPDATE member_status_events SET voided_on = '2024-05-20', void_reason = 'พิมพ์ผิด', voided_by = 'u' WHERE id = 1").run();
    db.prepare(
      "INSERT INTO welfare_types (code, category, name_th, name_en, created_at) VALUES ('birth', '1', 'คลอด', 'Birth', 'now')",
    ).run();
    db.prepare(
      "INSERT INTO welfare_rule_versions (type_id, effective_from, rule_json, created_at) VALUES (1, '2024-01-01', '{}', 'now')",
    ).run();
    migrate(db, migrations.slice(0, version));
    const uuids = rowsOf(db);
    expect(Object.fromEntries(Object.entries(uuids).map(([table, rows]) => [table, rows.length]))).toEqual({
      welfare_types: 1,
      welfare_rule_versions: 1,
      member_dependents: 2,
      member_status_events: 2,
      welfare_claims: 0,
      welfare_payments: 0,
      community_activities: 0,
    });
    const all = Object.values(uuids).flatMap((rows) => rows.map((row) => row.uuid as string));
    expect(all.every((uuid) => uuidV7.test(uuid))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    expect(madeAt(uuids.member_dependents?.[0]?.uuid as string)).toBe(Date.parse('2024-02-01T03:00:00.000Z'));
    // The voided event stays fixed; the live one may still be voided, and nothing else.
    expect(() => db.exec("UPDATE member_status_events SET void_reason = 'x' WHERE id = 1")).toThrow(/posted-immutable/);
    expect(() => db.exec("UPDATE member_status_events SET reason = 'x' WHERE id = 2")).toThrow(/posted-immutable/);
    db.exec("UPDATE member_status_events SET voided_on = '2024-06-02', void_reason = 'x', voided_by = 'u' WHERE id = 2");
    expectSigningKey(db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('makes no key for a file without a fund: a new fund gets its own when it is created', () => {
    const db = new Database(':memory:');
    migrate(db, loadMigrations().slice(0, version));
    expect(db.prepare('SELECT COUNT(*) FROM sync_identity').pluck().get()).toBe(0);
    const columns = db.prepare("SELECT name FROM pragma_table_info('sync_exports')").pluck().all();
    expect(columns).toEqual([
      'id',
      'sequence',
      'kind',
      'manifest_sha256',
      'previous_sha256',
      'exported_at',
      'exported_on',
      'file_name',
      'counts_json',
    ]);
    db.close();
  });
});
