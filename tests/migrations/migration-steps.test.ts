import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { migrationSteps } from '../../migrations/steps';
import type { MigrationStep } from '../../migrations/step-types';
import { memberInput } from '../support/builders';
import { createTestBackend, expectOk, type TestBackend } from '../support/test-backend';
import { inCash } from '../support/money-accounts';

const migrationsFolder = resolve(import.meta.dirname, '../../migrations');

describe('migrations with a code step (A9)', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'swf-steps-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function twoMigrations(step: MigrationStep) {
    writeFileSync(join(folder, '0001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(folder, '0002_b.sql'), 'CREATE TABLE b (y INTEGER); INSERT INTO b VALUES (1), (2);');
    return loadMigrations(folder, new Map([[2, step]]));
  }

  it('runs the step after its SQL, in the same transaction, over the connection it is given', () => {
    const db = new Database(':memory:');
    const seen: number[] = [];
    migrate(
      db,
      twoMigrations((connection) => {
        expect(connection.inTransaction).toBe(true);
        seen.push(...(connection.prepare('SELECT y FROM b ORDER BY y').pluck().all() as number[]));
        connection.prepare('INSERT INTO a VALUES (?)').run(seen.length);
      }),
    );
    expect(seen).toEqual([1, 2]);
    expect(db.prepare('SELECT x FROM a').pluck().all()).toEqual([2]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('rolls the whole migration back, SQL included, when its step throws, and keeps the earlier version', () => {
    const db = new Database(':memory:');
    const migrations = twoMigrations(() => {
      throw new Error('step failed');
    });
    expect(() => migrate(db, migrations)).toThrow('step failed');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'b'").all()).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a step whose SQL file is missing (a packaging error)', () => {
    writeFileSync(join(folder, '0001_a.sql'), 'SELECT 1;');
    expect(() => loadMigrations(folder, new Map([[2, () => undefined]]))).toThrow(/step 2 has no SQL file/);
  });

  it('lists every step file of the migrations folder, each beside its SQL file', () => {
    const stepFiles = readdirSync(migrationsFolder).filter((name) => /^\d{4}_.*\.ts$/.test(name));
    const numbers = stepFiles.map((name) => Number(name.slice(0, 4))).sort((left, right) => left - right);
    expect([...migrationSteps.keys()].sort((left, right) => left - right)).toEqual(numbers);
    for (const name of stepFiles) expect(readdirSync(migrationsFolder)).toContain(name.replace(/\.ts$/, '.sql'));
  });

  it('runs from empty one version at a time, steps included', () => {
    const migrations = loadMigrations();
    expect(migrations.some((migration) => migration.step)).toBe(true);
    for (let upTo = 1; upTo <= migrations.length; upTo += 1) {
      const db = new Database(':memory:');
      migrate(db, migrations.slice(0, upTo - 1));
      expect(migrate(db, migrations.slice(0, upTo))).toEqual({ from: upTo - 1, to: upTo });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    }
  });
});

describe('0007: call ids and the request log on a fund from schema 4', () => {
  let backend: TestBackend;
  let location: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    location = join(backend.home, 'upgraded.swfund');
    copyFileSync(join(import.meta.dirname, '../fixtures/fund-schema-4.swfund'), location);
    expectOk(await backend.app['funds.open']({ location }));
  });
  afterEach(() => backend.close());

  it('gives every earlier audit row a call id, one per run of rows a call wrote, and keeps the rows immutable', () => {
    const db = backend.db();
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(loadMigrations()));
    expect(db.prepare('SELECT COUNT(*) FROM audit_events WHERE call_id IS NULL').pluck().get()).toBe(0);
    // The collection day wrote its receipt row and its batch row in one call.
    const postCalls = db.prepare("SELECT COUNT(DISTINCT call_id) FROM audit_events WHERE method = 'collection.post'").pluck().get();
    expect(postCalls).toBe(1);
    const calls = db.prepare('SELECT COUNT(DISTINCT call_id) FROM audit_events').pluck().get() as number;
    const methods = db.prepare('SELECT COUNT(DISTINCT method) FROM audit_events').pluck().get() as number;
    expect(calls).toBeGreaterThanOrEqual(methods);
    expect(() => db.exec("UPDATE audit_events SET actor = 'someone'")).toThrow(/posted-immutable/);
  });

  it('keeps the request ids clients sent before, so none is taken for a new payment', async () => {
    const logged = backend.db().prepare('SELECT request_id, method, input_json FROM requests ORDER BY request_id').all() as {
      request_id: string;
      method: string;
      input_json: string | null;
    }[];
    expect(logged.map((row) => [row.request_id, row.method])).toEqual([
      ['fixture-claim-01', 'welfare.recordClaim'],
      ['fixture-claim-02', 'welfare.recordClaim'],
      ['fixture-community', 'community.record'],
      ['fixture-dues-0001', 'contributions.record'],
      ['fixture-dues-0002', 'contributions.record'],
      ['fixture-pay-0001', 'welfare.payClaim'],
      ['fixture-post-0001', 'collection.post'],
    ]);
    expect(logged.every((row) => row.input_json === null)).toBe(true);
    const member = expectOk(await backend.fund['members.register'](memberInput(90)));
    const reused = await backend.fund['contributions.record']({
      ...inCash,
      memberId: member.id,
      receivedOn: '2026-11-25',
      monthCount: 1,
      amountSatang: 3000,
      numbering: { kind: 'app' },
      requestId: 'fixture-dues-0001',
    });
    expect(reused).toMatchObject({ ok: false, error: { code: 'request-reused', field: 'requestId' } });
    if (!reused.ok) expect(reused.error.message.th).toContain('บันทึกไว้ก่อนโปรแกรมจะเก็บรายละเอียดคำขอ');
  });
});

describe('0007 from empty', () => {
  it('makes an empty request log and audit columns for call and request ids', () => {
    const db = new Database(':memory:');
    migrate(db, loadMigrations());
    const columns = (db.prepare('PRAGMA table_info(audit_events)').all() as { name: string }[]).map((column) => column.name);
    expect(columns).toEqual(expect.arrayContaining(['call_id', 'request_id']));
    expect(db.prepare('SELECT COUNT(*) FROM requests').pluck().get()).toBe(0);
    db.close();
  });
});
