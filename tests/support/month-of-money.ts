import { join } from 'node:path';
import { fundInput, memberInput } from './builders';
import { inCash, openWithMoney } from './money-accounts';
import { expectOk, type TestBackend } from './test-backend';

/**
 * A fund opened with 5,000 baht in cash and 20,000 in a bank account, then a month of money moving in October
 * 2026: a member's 1,050 baht of dues, a 400-baht hospital benefit and a 600.50-baht community payment paid in
 * cash, and 1,000 baht deposited in the bank. What §10 and receipts & payments are checked against.
 */
export async function fundWithAMonthOfMoney(backend: TestBackend): Promise<{ bankAccountCode: string }> {
  expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  const { bankAccountCode } = await openWithMoney(backend.fund, { cashSatang: 500_000, bankSatang: 2_000_000 });
  const types = expectOk(await backend.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
  const hospital = types.find((type) => type.code === 'hospital')?.id ?? 0;
  const memberId = expectOk(await backend.fund['members.register'](memberInput(1))).id;
  expectOk(
    await backend.fund['contributions.record']({
      requestId: 'dues-000001',
      memberId,
      receivedOn: '2026-10-05',
      monthCount: 35,
      amountSatang: 105_000,
      numbering: { kind: 'app' },
      ...inCash,
    }),
  );
  const claim = expectOk(
    await backend.fund['welfare.recordClaim']({
      requestId: 'claim-0001-000',
      typeId: hospital,
      memberId,
      eventDate: '2026-10-06',
      units: 2,
      recipient: { kind: 'member' },
    }),
  );
  expectOk(await backend.fund['welfare.approveClaim']({ claimId: claim.id, meetingRef: 'มติ 1/2570' }));
  expectOk(
    await backend.fund['welfare.payClaim']({
      claimId: claim.id,
      requestId: 'pay-0001-000',
      paidOn: '2026-10-08',
      payeeName: 'ผู้ป่วย',
      ...inCash,
    }),
  );
  expectOk(
    await backend.fund['community.record']({
      ...inCash,
      requestId: 'community-0001',
      category: 'disaster',
      activityDate: '2026-10-09',
      description: 'ช่วยเหลือผู้ประสบอุทกภัย หมู่ 4',
      beneficiariesCount: 12,
      amountSatang: 60_050,
      payeeName: 'นายสมชาย ใจดี',
    }),
  );
  expectOk(
    await backend.fund['money.transfer']({
      requestId: 'transfer-000001',
      fromAccountCode: '3100',
      toAccountCode: bankAccountCode,
      transferredOn: '2026-10-20',
      amountSatang: 100_000,
      note: 'ฝากธนาคาร',
    }),
  );
  return { bankAccountCode };
}
