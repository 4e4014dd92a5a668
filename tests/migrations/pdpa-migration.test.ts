import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';

const version = loadMigrations().find((migration) => migration.name.endsWith('_pdpa.sql'))?.version ?? 0;

describe('PDPA migration on the schema-4 fixture (issue 20 §3)', () => {
  let folder: string;
  let db: Database.Database;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'swf-pdpa-'));
    const location = join(folder, 'fund.swfund');
    copyFileSync(join(import.meta.dirname, '../fixtures/fund-schema-4.swfund'), location);
    db = new Database(location);
    migrate(db, loadMigrations().slice(0, version));
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves every earlier member without a consent recorded or a clearing, and keeps personal data 10 years', () => {
    const members = db.prepare('SELECT consent_given, consent_on, consent_method, consent_form_no, personal_cleared_on FROM members').all();
    expect(members.length).toBeGreaterThan(0);
    for (const member of members)
      expect(member).toEqual({
        consent_given: null,
        consent_on: null,
        consent_method: null,
        consent_form_no: '',
        personal_cleared_on: null,
      });
    expect(db.prepare('SELECT personal_keep_years FROM fund').pluck().get()).toBe(10);
    expect(() => db.prepare('UPDATE fund SET personal_keep_years = 0').run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT COUNT(*) FROM member_access_log').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('lets a decided application lose its personal fields, and nothing of its decision', () => {
    db.prepare(
      `INSERT INTO applications (uuid, citizen_id, title, first_name, last_name, search_text, applied_on, profile_json, state,
         decided_on, refusal_reason, created_at, updated_at)
       VALUES ('a-1', '1234567890121', 'นาง', 'มาลี', 'มีสุข', 'มาลี', '2024-01-02', '{}', 'refused', '2024-01-20', 'อายุเกิน', 'now', 'now')`,
    ).run();
    db.prepare(
      "UPDATE applications SET citizen_id = NULL, first_name = '00001', last_name = '', profile_json = '{}' WHERE uuid = 'a-1'",
    ).run();
    expect(() => db.prepare("UPDATE applications SET state = 'waiting', decided_on = NULL WHERE uuid = 'a-1'").run()).toThrow(
      /posted-immutable/,
    );
    expect(() => db.prepare("UPDATE applications SET refusal_reason = 'อื่น' WHERE uuid = 'a-1'").run()).toThrow(/posted-immutable/);
    expect(() => db.prepare("DELETE FROM applications WHERE uuid = 'a-1'").run()).toThrow(/posted-immutable/);
  });

  it('keeps the access log as written: a row is never changed', () => {
    const memberId = db.prepare('SELECT MIN(id) FROM members').pluck().get();
    db.prepare(
      "INSERT INTO member_access_log (member_id, looked_at, actor, screen, call_id) VALUES (?, 'now', 'treasurer', 'profile', 'c')",
    ).run(memberId);
    expect(() => db.prepare("UPDATE member_access_log SET actor = 'someone'").run()).toThrow(/posted-immutable/);
    expect(() =>
      db
        .prepare("INSERT INTO member_access_log (member_id, looked_at, actor, screen, call_id) VALUES (?, 'now', 'x', 'print', 'c')")
        .run(memberId),
    ).toThrow(/CHECK/);
  });
});
