import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { createTestBackend, expectOk } from '../support/test-backend';
import { fundInput } from '../support/builders';
import { insertFundRow } from '../support/fund-row';
import { join } from 'node:path';

/** The migration number of approvals citing resolutions, wherever the integrator puts it. */
const version = loadMigrations().find((migration) => migration.name.endsWith('_resolution_citations.sql'))?.version ?? 0;

describe('resolution citations migration (issue 17)', () => {
  it('keeps every resolution as it was, leaves an upgraded fund citing nothing until asked, and still refuses changes', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, version - 1));
    insertFundRow(db);
    db.prepare(
      `INSERT INTO meetings (id, uuid, kind, meeting_no, meeting_year, meeting_on, starts_at, place, minutes, recorded_at, version, created_at, updated_at)
       VALUES (1, 'm', 'committee', 1, 2026, '2026-03-01', '', '', '', 'now', 2, 'now', 'now')`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO meeting_resolutions (uuid, meeting_id, resolution_no, text, decision, target_kind, target_id, created_at)
       VALUES (?, 1, ?, ?, ?, ?, ?, 'now')`,
    );
    insert.run('r1', 1, 'รับทราบ', 'noted', 'other', null);
    insert.run('r2', 2, 'ไม่รับ', 'rejected', 'claim-decision', 7);
    const before = db.prepare('SELECT * FROM meeting_resolutions ORDER BY id').all();
    migrate(db, migrations.slice(0, version));
    expect(db.prepare('SELECT * FROM meeting_resolutions ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT approvals_cite_resolution FROM fund').get()).toEqual({ approvals_cite_resolution: 0 });
    // A resolution may now name the kind of record before the record is on file; 'other' still names none.
    insert.run('r3', 3, 'อนุมัติระเบียบ', 'approved', 'rule-version', null);
    expect(() => insert.run('r4', 4, 'x', 'approved', 'other', 1)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE meeting_resolutions SET text = ? WHERE id = 1').run('y')).toThrow(/posted-immutable/);
    expect(() => db.prepare('DELETE FROM meeting_resolutions WHERE id = 1').run()).toThrow(/posted-immutable/);
    db.close();
  });

  it('makes new funds cite a resolution for their approvals', async () => {
    const backend = createTestBackend('2026-11-25');
    try {
      // As the start screen makes one: the test helper's choice (off, for tests about other things) left out.
      const { approvalsCiteResolution: _helpersChoice, ...asTheStartScreenSends } = fundInput(join(backend.home, 'new.swfund'));
      expectOk(await backend.app['funds.create'](asTheStartScreenSends));
      expect(backend.db().prepare('SELECT approvals_cite_resolution FROM fund').get()).toEqual({ approvals_cite_resolution: 1 });
    } finally {
      backend.close();
    }
  });
});
