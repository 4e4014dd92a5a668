import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

/** Issue 14, items 5 and 6: the month in which membership ends, and "as of" a day everywhere (Decision 7). */
describe('dues as of a day', () => {
  let backend: TestBackend;
  let memberId: number;
  let firstReceiptId: number;
  let serial = 0;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    ({ memberId, receiptId: firstReceiptId } = await paidMember('2026-10'));
  });
  afterEach(() => backend.close());

  /** A member approved on 20 Jan 2024 who paid every month through `through` on 25 Jan 2024. */
  async function paidMember(through: string): Promise<{ memberId: number; receiptId: number }> {
    serial += 1;
    const id = expectOk(await backend.fund['members.register'](memberInput(serial))).id;
    const months = (Number(through.slice(0, 4)) - 2024) * 12 + Number(through.slice(5, 7));
    const receipt = expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: `dues-${serial}-opening`,
        memberId: id,
        receivedOn: '2024-01-25',
        monthCount: months,
        amountSatang: months * 3000,
        numbering: { kind: 'app' },
      }),
    );
    return { memberId: id, receiptId: receipt.id };
  }

  async function collectNovember(collectedOn = '2026-11-20') {
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn, collector: 'เหรัญญิก' }));
    expectOk(await backend.fund['collection.setLine']({ batchId: batch.id, memberId, monthCount: 1, amountSatang: 3000 }));
    const posted = expectOk(
      await backend.fund['collection.post']({ ...inCash, batchId: batch.id, requestId: `post-${batch.id}-november` }),
    );
    expect(posted.lines[0]?.periods).toEqual(['2026-11']);
  }

  async function expectRefused(call: Promise<{ ok: boolean; error?: { code: string; field?: string } }>, code: string, field: string) {
    const before = tableCounts(backend.db());
    const result = await call;
    expect(result.ok, JSON.stringify(result)).toBe(false);
    expect(result.error).toMatchObject({ code, field });
    expect(tableCounts(backend.db())).toEqual(before);
  }

  describe('the month in which membership ends (item 5)', () => {
    it('takes a death on 30 November when November was paid on collection day, as a death claim or a status', async () => {
      await collectNovember();
      const other = (await paidMember('2026-10')).memberId;
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: 'other-november',
          memberId: other,
          receivedOn: '2026-11-20',
          monthCount: 1,
          amountSatang: 3000,
          numbering: { kind: 'app' },
        }),
      );
      backend.clock.set('2026-12-01');
      const types = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
      const claim = expectOk(
        await backend.fund['welfare.recordClaim']({
          requestId: 'death-claim-november',
          typeId: types.find((type) => type.code === 'death')?.id ?? 0,
          memberId,
          eventDate: '2026-11-30',
          recipient: { kind: 'beneficiary' },
        }),
      );
      expect(claim.decision.eligible).toBe(true);
      expect(expectOk(await backend.fund['members.get']({ memberId })).status).toBe('deceased');
      expectOk(await backend.fund['members.recordStatus']({ memberId: other, kind: 'resigned', effectiveOn: '2026-11-30', reason: 'ย้าย' }));
      for (const id of [memberId, other]) {
        const statement = expectOk(await backend.fund['contributions.statement']({ memberId: id, asOf: '2026-12-10' }));
        expect(statement.arrearsMonths).toBe(0);
        expect(statement.nextUnpaid).toBeNull();
        expect(statement.months.at(-1)).toMatchObject({ period: '2026-11', state: 'paid' });
      }
      const approved = expectOk(await backend.fund['welfare.approveClaim']({ claimId: claim.id, meetingRef: 'มติ 12/2569' }));
      const plan = expectOk(await backend.fund['welfare.payoutPlan']({ claimId: approved.id, paidOn: '2026-12-01' }));
      expect(plan).toMatchObject({ deductedSatang: 0, arrearsPeriods: [] });
      expectBooksConsistent(backend.db());
    });

    it('still refuses an exit dated before a later month already paid, naming that month', async () => {
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: 'ahead-0000001',
          memberId,
          receivedOn: '2026-11-20',
          monthCount: 2,
          amountSatang: 6000,
          numbering: { kind: 'app' },
        }),
      );
      const result = await backend.fund['members.recordStatus']({ memberId, kind: 'resigned', effectiveOn: '2026-11-24' });
      expect(result).toMatchObject({ ok: false, error: { code: 'advance-paid-after-end', params: { period: '2026-12' } } });
    });

    it('lets a receipt received on or before the end date pay that month, and refuses one received after', async () => {
      expectOk(await backend.fund['members.recordStatus']({ memberId, kind: 'deceased', effectiveOn: '2026-11-24' }));
      const pay = (receivedOn: string, requestId: string) =>
        backend.fund['contributions.record']({
          ...inCash,
          requestId,
          memberId,
          receivedOn,
          periods: ['2026-11'],
          amountSatang: 3000,
          numbering: { kind: 'app' },
        });
      await expectRefused(pay('2026-11-25', 'late-november-1'), 'period-outside-membership', 'periods');
      const receipt = expectOk(await pay('2026-11-24', 'late-november-2'));
      expect(receipt.periods).toEqual(['2026-11']);
      await expectRefused(
        backend.fund['contributions.record']({
          ...inCash,
          requestId: 'december-after-death',
          memberId,
          receivedOn: '2026-11-20',
          periods: ['2026-12'],
          amountSatang: 3000,
          numbering: { kind: 'app' },
        }),
        'period-outside-membership',
        'periods',
      );
    });
  });

  describe('"as of" a day (item 6)', () => {
    it('leaves receipts received after the day out of the statement, its arrears and the arrears list', async () => {
      const late = (await paidMember('2026-06')).memberId;
      expectOk(
        await backend.fund['contributions.record']({
          ...inCash,
          requestId: 'catch-up-00001',
          memberId: late,
          receivedOn: '2026-11-10',
          monthCount: 4,
          amountSatang: 12000,
          numbering: { kind: 'app' },
        }),
      );
      const before = expectOk(await backend.fund['contributions.statement']({ memberId: late, asOf: '2026-11-09' }));
      expect(before.arrearsMonths).toBe(4);
      expect(before.overduePeriods).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
      expect(before.receipts.map((receipt) => receipt.receivedOn)).toEqual(['2024-01-25']);
      expect(before.receiptTotal).toBe(1);
      const after = expectOk(await backend.fund['contributions.statement']({ memberId: late, asOf: '2026-11-10' }));
      expect(after.arrearsMonths).toBe(0);
      expect(after.receiptTotal).toBe(2);
      const listed = async (asOf: string) =>
        expectOk(await backend.fund['contributions.arrears']({ minMonths: 1, asOf })).rows.map((row) => [row.memberId, row.arrearsMonths]);
      expect(await listed('2026-11-09')).toEqual([[late, 4]]);
      expect(await listed('2026-11-10')).toEqual([]);
    });

    it('counts a receipt voided after the day as paid on the day, on the statement, the list and for welfare', async () => {
      // Paid through October on 25 Jan 2024: voiding that receipt leaves 2024-01 … 2026-10 unpaid, but only from
      // the day of the void.
      const first = firstReceiptId;
      expectOk(
        await backend.fund['contributions.void']({ receiptId: first, voidedOn: '2026-11-20', reason: 'ผิดคน', requestId: 'void-first-01' }),
      );
      const onDay = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-19' }));
      expect(onDay.arrearsMonths).toBe(0);
      expect(onDay.receipts.find((item) => item.id === first)?.void).toBeNull();
      const afterVoid = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-20' }));
      expect(afterVoid.arrearsMonths).toBe(34);
      expect(afterVoid.receipts.find((item) => item.id === first)?.void).toMatchObject({ voidedOn: '2026-11-20' });
      const list = expectOk(await backend.fund['contributions.arrears']({ minMonths: 1, asOf: '2026-11-19' }));
      expect(list.rows).toEqual([]);
      const types = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
      const decision = expectOk(
        await backend.fund['welfare.decide']({
          typeId: types.find((type) => type.code === 'hospital')?.id ?? 0,
          memberId,
          eventDate: '2026-11-15',
          units: 2,
          recipient: { kind: 'member' },
        }),
      );
      expect(decision.eligible).toBe(true);
    });

    it('counts no dues before the member was approved, and no status dated after the day', async () => {
      const early = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2024-01-19' }));
      expect(early).toMatchObject({ duesStart: null, arrearsMonths: 0, months: [], nextUnpaid: null });
      expectOk(await backend.fund['members.recordStatus']({ memberId, kind: 'resigned', effectiveOn: '2026-11-15' }));
      const before = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-14' }));
      expect(before.nextUnpaid).toBe('2026-11');
      const after = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-15' }));
      expect(after.nextUnpaid).toBe('2026-11');
      const later = expectOk(await backend.fund['contributions.statement']({ memberId, asOf: '2026-11-16' }));
      expect(later.nextUnpaid).toBeNull();
    });
  });
});
