import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, loadMigrations } from '../../electron/backend/db/migrate';
import { memberInput } from '../support/builders';
import { expectBooksConsistent } from '../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../support/test-backend';
import { inCash } from '../support/money-accounts';

/**
 * A fund made by the release before schema 5 (tests/fixtures/fund-schema-4.swfund, see the README there) opens
 * in this version, keeps every posted row, and takes the new welfare work: what a treasurer's real file goes through.
 */
describe('upgrading a fund from schema 4', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    const location = join(backend.home, 'upgraded.swfund');
    copyFileSync(join(__dirname, '../fixtures/fund-schema-4.swfund'), location);
    expectOk(await backend.app['funds.open']({ location }));
  });
  afterEach(() => backend.close());

  it('keeps the books, numbers the claims and records the paid one as a payment', async () => {
    expect(backend.db().pragma('user_version', { simple: true })).toBe(latestVersion(loadMigrations()));
    expectBooksConsistent(backend.db());
    const claims = expectOk(await backend.fund['welfare.claims']({})).rows;
    expect(claims.map((claim) => [claim.claimNo, claim.state, claim.amountSatang])).toEqual([
      ['WF2570-000002', 'approved', 20000],
      ['WF2570-000001', 'paid', 40000],
    ]);
    expect(claims[1]?.payments).toMatchObject([
      { voucherNo: 'PV2568-000001', payeeName: 'นายสมหญิง รักษ์ไทย1', grossSatang: 40000, deductedSatang: 0, netSatang: 40000 },
    ]);
    expect(expectOk(await backend.fund['welfare.settings']({}))).toEqual({
      deductArrearsAtDeath: true,
      membershipCounting: 'current-spell',
    });
    const resigned = expectOk(await backend.fund['members.get']({ memberId: 4 }));
    expect(resigned.statusEvents.map((event) => event.kind)).toEqual(['resigned']);
    // Schema 8: the rule version its claims were judged by (the first claim named), and the rate its receipts were
    // priced by, are fixed; the versions no claim used stay open to correction.
    const types = expectOk(await backend.fund['welfare.types']({}));
    expect(types.map((type) => [type.code, type.usedBy])).toEqual(
      types.map((type) => [type.code, type.code === 'hospital' ? { [type.versions[0]?.effectiveFrom ?? '']: 'WF2570-000001' } : {}]),
    );
    expect(expectOk(await backend.fund['plan.list']({})).map((rate) => rate.usedBy)).toEqual([expect.stringMatching(/^RC\d{4}-\d{6}$/)]);
  });

  it('takes the new work: pays and reverses the old claims, a death with arrears kept back, a collection day with an entry fee', async () => {
    // The file paid welfare in cash it did not hold (earlier versions allowed it): it opens and lists those days,
    // and a corrected opening balance puts them right before new payments are checked (Decision 13).
    const negative = expectOk(await backend.fund['ledger.negativeBalances']({}));
    expect(negative.length).toBeGreaterThan(0);
    expect(negative.every((day) => day.accountCode === '3100' && day.balanceSatang < 0)).toBe(true);
    expectOk(
      await backend.fund['ledger.recordOpeningBalances']({
        requestId: 'upgrade-opening-01',
        balances: [{ accountCode: '3100', amountSatang: 2_000_000 }],
      }),
    );
    expect(expectOk(await backend.fund['ledger.negativeBalances']({}))).toEqual([]);
    const [approved, paid] = expectOk(await backend.fund['welfare.claims']({})).rows;
    expectOk(
      await backend.fund['welfare.payClaim']({
        ...inCash,
        claimId: approved?.id ?? 0,
        requestId: 'upgrade-pay-0001',
        paidOn: '2025-10-10',
        payeeName: 'นายสมหญิง รักษ์ไทย1',
      }),
    );
    const reversed = expectOk(
      await backend.fund['welfare.reverseClaim']({
        claimId: paid?.id ?? 0,
        requestId: 'upgrade-rev-0001',
        reversedOn: '2025-04-01',
        reason: 'จ่ายผิดงวด',
      }),
    );
    expect(reversed.reversal?.reason).toBe('จ่ายผิดงวด');
    const types = new Map(expectOk(await backend.fund['welfare.types']({})).map((type) => [type.code, type.id]));
    const death = expectOk(
      await backend.fund['welfare.recordClaim']({
        requestId: 'upgrade-death-01',
        typeId: types.get('death') ?? 0,
        memberId: 2,
        eventDate: '2026-05-10',
        recipient: { kind: 'beneficiary' },
      }),
    );
    expectOk(await backend.fund['welfare.approveClaim']({ claimId: death.id, meetingRef: '5/2569' }));
    const deathPaid = expectOk(
      await backend.fund['welfare.payClaim']({ ...inCash, claimId: death.id, requestId: 'upgrade-pay-0002', paidOn: '2026-05-20' }),
    );
    expect(deathPaid.payments.map((payment) => [payment.payeeName, payment.netSatang])).toEqual([
      ['นางสมศรี ใจดี', 396000],
      ['นายสมปอง ใจดี', 198000],
    ]);
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-24', collector: 'นางมาลี' }));
    expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId: 3, monthCount: 1, amountSatang: 3000 }));
    const newcomer = expectOk(
      await backend.fund['members.register'](memberInput(9, { approvedOn: '2026-11-01', appliedOn: '2026-10-20' })),
    );
    expectOk(
      await backend.fund['collection.setLine']({
        batchId: batch.id,
        memberId: newcomer.id,
        monthCount: 1,
        amountSatang: 5000,
        includeEntryFee: true,
      }),
    );
    expect(expectOk(await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: 'upgrade-post-0001' })).state).toBe(
      'posted',
    );
    expectBooksConsistent(backend.db());
  });
});
