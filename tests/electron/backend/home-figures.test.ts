import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { inCash, openWithMoney } from '../../support/money-accounts';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** The twelve months of fiscal year 2027 (ปีงบประมาณ 2570), the year 25 Nov 2026 falls in. */
const fiscalYear2027 = [
  '2026-10',
  '2026-11',
  '2026-12',
  '2027-01',
  '2027-02',
  '2027-03',
  '2027-04',
  '2027-05',
  '2027-06',
  '2027-07',
  '2027-08',
  '2027-09',
];

/** Issue 16 §6: the fund's home screen figures, one read. */
describe('home.figures', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  });
  afterEach(() => backend.close());

  it('answers a fund with nothing yet: no money, every month of the fiscal year at zero, nothing waiting', async () => {
    const figures = expectOk(await backend.fund['home.figures']({}));
    expect(figures.asOf).toBe('2026-11-25');
    expect(figures.fiscalYear).toBe(2027);
    expect(figures.money).toEqual({
      accounts: [{ code: '3100', kind: 'cash', nameTh: 'เงินสด', nameEn: 'Cash in hand', balanceSatang: 0 }],
      totalSatang: 0,
    });
    expect(figures.months).toEqual(fiscalYear2027.map((period) => ({ period, inflowSatang: 0, outflowSatang: 0 })));
    expect(figures.members).toEqual({ active: 0, resigned: 0, deceased: 0, lapsed: 0 });
    expect(figures.welfare).toEqual({ types: [], totalSatang: 0 });
    expect(figures.arrears).toEqual({ minMonths: 3, members: 0 });
    expect(figures.toDo).toEqual({ claimsPending: 0, claimsApproved: 0, unreconciledBankAccounts: [] });
  });

  it('counts money on hand, money in and out by month (never a transfer), members, welfare, arrears and claims waiting', async () => {
    const { fund } = backend;
    const { bankAccountCode } = await openWithMoney(fund, {});
    expectOk(
      await fund['ledger.recordOpeningBalances']({
        requestId: 'opening-000001',
        balances: [
          { accountCode: '3100', amountSatang: 500000 },
          { accountCode: bankAccountCode, amountSatang: 2000000 },
          { accountCode: '3300', amountSatang: 700000 },
        ],
      }),
    );
    const types = expectOk(await fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }));
    const hospital = types.find((type) => type.code === 'hospital')?.id ?? 0;
    const ids: number[] = [];
    for (const serial of [1, 2, 3, 4]) ids.push(expectOk(await fund['members.register'](memberInput(serial))).id);
    const [paidUp, yearly, behind, leaver] = ids;
    // A void in the same month takes the receipt back out of that month's money in.
    const pay = async (requestId: string, memberId: number | undefined, receivedOn: string, monthCount: number, amountSatang: number) =>
      expectOk(
        await fund['contributions.record']({
          requestId,
          memberId: memberId ?? 0,
          receivedOn,
          monthCount,
          amountSatang,
          numbering: { kind: 'app' },
          ...inCash,
        }),
      );
    await pay('dues-000001', paidUp, '2024-01-25', 35, 105000);
    await pay('dues-000002', yearly, '2026-10-10', 12, 36500);
    const voided = await pay('dues-000003', behind, '2026-11-02', 1, 3000);
    expectOk(await fund['contributions.void']({ receiptId: voided.id, voidedOn: '2026-11-03', reason: 'รับซ้ำ', requestId: 'void-000003' }));
    expectOk(await fund['members.recordStatus']({ memberId: leaver ?? 0, kind: 'resigned', effectiveOn: '2026-05-01', reason: 'ย้ายที่อยู่' }));

    const claim = async (serial: number, eventDate: string) =>
      expectOk(
        await fund['welfare.recordClaim']({
          requestId: `claim-${serial}-000000`,
          typeId: hospital,
          memberId: paidUp ?? 0,
          eventDate,
          units: 2,
          recipient: { kind: 'member' },
        }),
      ).id;
    const paid = await claim(1, '2026-10-01');
    expectOk(await fund['welfare.approveClaim']({ claimId: paid, meetingRef: 'มติ 1/2570' }));
    expectOk(
      await fund['welfare.payClaim']({ claimId: paid, requestId: 'pay-1-000000', paidOn: '2026-10-05', payeeName: 'ผู้ป่วย', ...inCash }),
    );
    const approved = await claim(2, '2026-11-01');
    expectOk(await fund['welfare.approveClaim']({ claimId: approved, meetingRef: 'มติ 2/2570' }));
    await claim(3, '2026-11-10');

    // A transfer of 1,000 baht from cash to the bank: money moves between the fund's own accounts, and is
    // neither money in nor money out.
    expectOk(
      await fund['money.transfer']({
        requestId: 'transfer-000001',
        fromAccountCode: '3100',
        toAccountCode: bankAccountCode,
        transferredOn: '2026-10-20',
        amountSatang: 100000,
        note: 'ฝากธนาคาร',
      }),
    );

    const counts = tableCounts(backend.db());
    const figures = expectOk(await fund['home.figures']({}));
    // Cash: 5,000 opening + 1,050 + 365 + 30 − 30 (voided) − 400 (welfare) − 1,000 (to the bank) = 5,015.
    expect(figures.money.accounts.map((account) => [account.code, account.balanceSatang])).toEqual([
      ['3100', 501500],
      [bankAccountCode, 2100000],
    ]);
    expect(figures.money.totalSatang).toBe(2601500);
    const october = { period: '2026-10', inflowSatang: 36500, outflowSatang: 40000 };
    const november = { period: '2026-11', inflowSatang: 0, outflowSatang: 0 };
    expect(figures.months.slice(0, 2)).toEqual([october, november]);
    expect(figures.months.map((month) => month.period)).toEqual(fiscalYear2027);
    expect(figures.months.slice(2).every((month) => month.inflowSatang === 0 && month.outflowSatang === 0)).toBe(true);
    expect(figures.members).toEqual({ active: 3, resigned: 1, deceased: 0, lapsed: 0 });
    expect(figures.welfare.types).toEqual([
      { typeId: hospital, nameTh: 'เจ็บป่วยนอนโรงพยาบาล', nameEn: 'Hospital stay', persons: 1, amountSatang: 40000 },
    ]);
    expect(figures.welfare.totalSatang).toBe(40000);
    // The arrears list's own count: the same members, by the same rule.
    const arrears = expectOk(await fund['contributions.arrears']({ minMonths: 3 }));
    expect(figures.arrears).toEqual({ minMonths: 3, members: arrears.total });
    expect(arrears.rows.map((row) => row.memberId).sort()).toEqual([yearly, behind, leaver].sort());
    expect(figures.toDo).toMatchObject({ claimsPending: 1, claimsApproved: 1 });
    // A read: nothing written.
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('leaves a registration voided as made in error out of the members by status', async () => {
    expectOk(await backend.fund['members.register'](memberInput(1)));
    const wrong = expectOk(await backend.fund['members.register'](memberInput(2)));
    expectOk(await backend.fund['members.void']({ memberId: wrong.id, expectedVersion: wrong.version, reason: 'บันทึกซ้ำ' }));
    expect(expectOk(await backend.fund['home.figures']({})).members).toEqual({ active: 1, resigned: 0, deceased: 0, lapsed: 0 });
  });
});
