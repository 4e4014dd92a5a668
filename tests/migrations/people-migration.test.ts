import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';

const version = loadMigrations().find((migration) => migration.name.endsWith('_people_and_roles.sql'))?.version ?? 0;

describe('people and roles migration on the schema-4 fixture (issue 20 §2)', () => {
  let folder: string;
  let db: Database.Database;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'swf-people-'));
    const location = join(folder, 'fund.swfund');
    copyFileSync(join(import.meta.dirname, '../fixtures/fund-schema-4.swfund'), location);
    db = new Database(location);
    migrate(db, loadMigrations().slice(0, version));
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('makes the fund’s one user of old a person holding every role, who authored every audit row before', () => {
    expect(version).toBeGreaterThan(0);
    const people = db.prepare('SELECT id, uuid, actor_key, display_name, active, pin_hash FROM people').all() as Record<string, unknown>[];
    expect(people).toEqual([
      {
        id: 1,
        uuid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        actor_key: 'treasurer',
        display_name: 'เหรัญญิก',
        active: 1,
        pin_hash: null,
      },
    ]);
    expect(db.prepare('SELECT role FROM person_roles WHERE person_id = 1 ORDER BY role').pluck().all()).toEqual([
      'auditor',
      'committee',
      'secretary',
      'trainer',
      'treasurer',
    ]);
    // Every audit row of the fixture names an actor the people table knows: no change is left without its author.
    const authors = db.prepare('SELECT DISTINCT actor FROM audit_events').pluck().all();
    expect(authors.length).toBeGreaterThan(0);
    expect(authors).toEqual(['treasurer']);
    expect(db.prepare('SELECT version, has_pin, changed_by FROM person_versions').all()).toEqual([
      { version: 1, has_pin: 0, changed_by: 'migration' },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps person versions as they were written, a PIN as all three parts or none, and only the five roles', () => {
    expect(() => db.prepare('UPDATE person_versions SET display_name = ?').run('x')).toThrow(/posted-immutable/);
    expect(() => db.prepare('DELETE FROM person_versions').run()).toThrow(/posted-immutable/);
    expect(() => db.prepare("UPDATE people SET pin_hash = 'h' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO person_roles (person_id, role) VALUES (1, 'chair')").run()).toThrow(/CHECK/);
  });
});
