import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectOk, type TestBackend } from '../support/test-backend';

/**
 * Migration 0010 (issue 14) on a fund from an earlier release (tests/fixtures/fund-schema-4.swfund): the dues
 * settings start as Decision 7's defaults, and every receipt gets its copy in member_receipts, which the
 * statement now reads.
 */
describe('0010: dues settings and the members’ receipts on a fund from schema 4', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    const location = join(backend.home, 'upgraded.swfund');
    copyFileSync(join(__dirname, '../fixtures/fund-schema-4.swfund'), location);
    expectOk(await backend.app['funds.open']({ location }));
  });
  afterEach(() => backend.close());

  it('copies every receipt with its member, date, number, total and entry fee, and keeps the defaults', async () => {
    const db = backend.db();
    const expected = db
      .prepare(
        `SELECT r.member_id, r.received_on, r.id AS receipt_id, r.receipt_no, r.total_satang,
                EXISTS (SELECT 1 FROM receipt_lines AS l WHERE l.receipt_id = r.id AND l.kind = 'entry-fee') AS has_entry_fee
           FROM receipts AS r ORDER BY r.id`,
      )
      .all();
    expect(expected.length).toBe(3);
    expect(db.prepare('SELECT * FROM member_receipts ORDER BY receipt_id').all()).toEqual(expected);
    expect(() => db.prepare('DELETE FROM member_receipts').run()).toThrow(/posted-immutable/);
    expect(expectOk(await backend.fund['fund.duesSettings']({}))).toEqual({ duesFrom: 'approval', dueDay: null });
    const statement = expectOk(await backend.fund['contributions.statement']({ memberId: 1 }));
    expect(statement.receipts.map((receipt) => receipt.receiptNo)).toEqual(
      (expected as { member_id: number; receipt_no: string }[])
        .filter((row) => row.member_id === 1)
        .map((row) => row.receipt_no)
        .reverse(),
    );
  });
});
