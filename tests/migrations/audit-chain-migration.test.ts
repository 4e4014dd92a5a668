import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { verifyChain } from '../../electron/backend/steps/audit-chain';
import { insertFundRow } from '../support/fund-row';

/** The migration number of the hash chains, wherever the integrator puts it. */
const version = loadMigrations().find((migration) => migration.name.endsWith('_audit_chain.sql'))?.version ?? 0;

describe('the hash chains migration (issue 20 §1)', () => {
  it('links the rows a fund already has exactly as the app links new ones, and keeps the links immutable', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, version - 1));
    insertFundRow(db);
    const [debit, credit] = db.prepare('SELECT code FROM accounts ORDER BY code LIMIT 2').pluck().all() as string[];
    const entry = db.prepare(
      `INSERT INTO journal_entries (id, entry_no, fiscal_year, sequence_no, entry_date, description, source_type, created_at, actor)
       VALUES (?, ?, 2569, ?, '2026-11-20', ?, 'manual', 'now', 'treasurer')`,
    );
    const line = db.prepare(
      'INSERT INTO journal_lines (entry_id, line_no, account_code, debit_satang, credit_satang) VALUES (?, ?, ?, ?, ?)',
    );
    // More than one batch of the step's reads, with lines of the last entry of a batch in the next statement's range.
    for (let id = 1; id <= 5200; id += 1) {
      entry.run(id, `JV2569-${id}`, id, `รายการ ${id}`);
      line.run(id, 1, debit, 100 * id, 0);
      line.run(id, 2, credit, 0, 100 * id);
    }
    const audit = db.prepare(
      "INSERT INTO audit_events (at, actor, method, entity, entity_id, after_json, call_id) VALUES ('now', 'treasurer', 'x', 'member', ?, ?, ?)",
    );
    for (let id = 1; id <= 30; id += 1) audit.run(String(id), JSON.stringify({ name: 'มาลี' }), `call-${id}`);
    migrate(db, migrations.slice(0, version));

    expect(db.prepare("SELECT count(*) FROM chain_links WHERE chain = 'journal'").pluck().get()).toBe(5200);
    expect(db.prepare("SELECT count(*) FROM chain_links WHERE chain = 'audit'").pluck().get()).toBe(30);
    // Where the first open starts its check: the heads the migration computed.
    expect(db.prepare('SELECT chain, verified_through FROM chain_verifications ORDER BY chain').all()).toEqual([
      { chain: 'audit', verified_through: 30 },
      { chain: 'journal', verified_through: 5200 },
    ]);
    // The app's own check, from the first row, finds the migration's links whole.
    expect(verifyChain(db, 'journal', undefined)).toMatchObject({ checked: 5200, broken: null });
    expect(verifyChain(db, 'audit', undefined)).toMatchObject({ checked: 30, broken: null });
    expect(() => db.prepare('UPDATE chain_links SET link = ? WHERE row_id = 1').run('0'.repeat(64))).toThrow(/posted-immutable/);
    expect(() => db.prepare('DELETE FROM chain_links').run()).toThrow(/posted-immutable/);
    db.close();
  });
});
