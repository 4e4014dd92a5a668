import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptMemberYears, scannedMemberYears } from '../../../support/member-year-scan';
import { inCash } from '../../../support/money-accounts';
import { expectOk } from '../../../support/test-backend';
import { buildWorld, type World } from '../../../support/write-examples';

/**
 * The sync file's member-year totals are kept as receipts are written and voided (migration 0032), not scanned:
 * after every kind of receipt the app writes — one at a time, a posted collection day, a void — they equal what
 * the receipts themselves add up to.
 */
describe('kept member-year totals', () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });
  afterEach(() => world.backend.close());

  it('equal the receipts after single receipts, a collection day and a void', async () => {
    const db = world.backend.db();
    expect(keptMemberYears(db).length).toBeGreaterThan(0);
    expect(keptMemberYears(db)).toEqual(scannedMemberYears(db));

    const fund = world.backend.fund;
    expectOk(await fund['collection.post']({ batchId: world.batch.id, requestId: 'totals-post', ...inCash }));
    expect(keptMemberYears(db)).toEqual(scannedMemberYears(db));

    const year = db.prepare('SELECT fiscal_year FROM receipts WHERE id = ?').pluck().get(world.paid.receiptId) as number;
    const before = keptMemberYears(db).find((row) => row.member_id === world.paid.memberId && row.fiscal_year === year);
    expectOk(
      await fund['contributions.void']({
        requestId: 'totals-void',
        receiptId: world.paid.receiptId,
        voidedOn: '2026-11-20',
        reason: 'รับเงินผิดคน',
      }),
    );
    expect(keptMemberYears(db)).toEqual(scannedMemberYears(db));
    // The voided receipt's year is gone from the file's totals, and its zero row is kept, not deleted.
    expect(before).toBeDefined();
    expect(keptMemberYears(db).some((row) => row.member_id === world.paid.memberId && row.fiscal_year === year)).toBe(false);
    expect(
      db.prepare('SELECT satang, months FROM member_year_totals WHERE member_id = ? AND fiscal_year = ?').get(world.paid.memberId, year),
    ).toEqual({
      satang: 0,
      months: 0,
    });
  });
});
