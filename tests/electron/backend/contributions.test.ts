import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { inCash } from '../../support/money-accounts';

let requestCounter = 0;
const requestId = () => `request-${String((requestCounter += 1)).padStart(6, '0')}`;

describe('contributions', () => {
  let backend: TestBackend;
  let memberId: number;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    memberId = expectOk(await backend.fund['members.register'](memberInput(1))).id;
  });
  afterEach(() => backend.close());

  async function expectRefused(call: Promise<{ ok: boolean; error?: { code: string; field?: string } }>, code: string, field?: string) {
    const before = tableCounts(backend.db());
    const result = await call;
    expect(result.ok, JSON.stringify(result)).toBe(false);
    expect(result.error?.code).toBe(code);
    if (field) expect(result.error?.field).toBe(field);
    expect(tableCounts(backend.db())).toEqual(before);
    expectBooksConsistent(backend.db());
  }

  const pay = (overrides: Record<string, unknown> = {}) =>
    backend.fund['contributions.record']({
      ...inCash,
      requestId: requestId(),
      memberId,
      receivedOn: '2026-11-20',
      monthCount: 3,
      amountSatang: 9000,
      numbering: { kind: 'app' },
      ...overrides,
    });

  it('records a payment for the oldest unpaid months with a gapless receipt number and a balanced entry', async () => {
    const receipt = expectOk(await pay());
    expect(receipt.receiptNo).toBe('RC2570-000001');
    expect(receipt.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(receipt.totalSatang).toBe(9000);
    expect(receipt.amountInWords).toBe('เก้าสิบบาทถ้วน');
    expect(receipt.lines).toHaveLength(1);
    expect(receipt.journalEntryNo).toBe('JV2570-000001');
    const second = expectOk(await pay({ monthCount: 1, amountSatang: 3000 }));
    expect(second.receiptNo).toBe('RC2570-000002');
    expect(second.periods).toEqual(['2024-04']);
    const entry = expectOk(await backend.fund['ledger.trialBalance']({}));
    expect(entry).toEqual([
      { accountCode: '1100', debitSatang: 0, creditSatang: 12000 },
      { accountCode: '3100', debitSatang: 12000, creditSatang: 0 },
    ]);
    expectBooksConsistent(backend.db());
  });

  it('prices an exact bundle from the plan and takes the entry fee once', async () => {
    const quote = expectOk(
      await backend.fund['contributions.quote']({ memberId, receivedOn: '2026-11-20', monthCount: 12, includeEntryFee: true }),
    );
    expect(quote.totalSatang).toBe(36500 + 2000);
    expect(quote.amountInWords).toBe('สามร้อยแปดสิบห้าบาทถ้วน');
    const receipt = expectOk(await pay({ monthCount: 12, includeEntryFee: true, amountSatang: 38500 }));
    expect(receipt.lines.map((line) => line.kind)).toEqual(['entry-fee', 'contribution']);
    await expectRefused(pay({ monthCount: 1, includeEntryFee: true, amountSatang: 5000 }), 'entry-fee-already-paid', 'includeEntryFee');
    const balance = expectOk(await backend.fund['ledger.trialBalance']({}));
    expect(balance.find((row) => row.accountCode === '2100')?.creditSatang).toBe(2000);
  });

  it('records picked months in advance and in arrears, and refuses a month already paid', async () => {
    const receipt = expectOk(await pay({ monthCount: undefined, periods: ['2026-12', '2024-05'], amountSatang: 6000 }));
    expect(receipt.periods).toEqual(['2024-05', '2026-12']);
    await expectRefused(pay({ monthCount: undefined, periods: ['2024-05'], amountSatang: 3000 }), 'period-already-paid', 'periods');
    await expectRefused(pay({ monthCount: undefined, periods: ['2023-12'], amountSatang: 3000 }), 'period-outside-membership', 'periods');
  });

  it('refuses bad input and writes nothing', async () => {
    await expectRefused(pay({ amountSatang: 9000.5 }), 'bad-input', 'amountSatang');
    await expectRefused(pay({ amountSatang: 8000 }), 'amount-mismatch', 'amountSatang');
    await expectRefused(pay({ receivedOn: '2023-12-31' }), 'date-before-opening', 'receivedOn');
    await expectRefused(pay({ receivedOn: '2026-11-26' }), 'date-in-future', 'receivedOn');
    await expectRefused(pay({ memberId: 999 }), 'member-not-found', 'memberId');
    await expectRefused(pay({ monthCount: undefined }), 'months-required', 'monthCount');
    await expectRefused(pay({ requestId: 'x' }), 'bad-input', 'requestId');
  });

  it('records a pre-printed book receipt once; its number cannot be reused', async () => {
    const receipt = expectOk(await pay({ numbering: { kind: 'book', bookNo: '12', number: '034' } }));
    expect(receipt.receiptNo).toBe('12/034');
    expect(receipt.bookNo).toBe('12');
    await expectRefused(
      pay({ monthCount: 1, amountSatang: 3000, numbering: { kind: 'book', bookNo: '12', number: '034' } }),
      'receipt-number-used',
      'numbering.number',
    );
  });

  it('records a retried request once', async () => {
    const id = requestId();
    const first = expectOk(await pay({ requestId: id }));
    const counts = tableCounts(backend.db());
    const again = expectOk(await pay({ requestId: id }));
    expect(again.id).toBe(first.id);
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('voids a receipt with a reversal: the number stays, the months become unpaid, the cash goes back out', async () => {
    const receipt = expectOk(await pay());
    const statementBefore = expectOk(await backend.fund['contributions.statement']({ memberId }));
    expect(statementBefore.arrearsMonths).toBe(34 - 3);
    const voided = expectOk(
      await backend.fund['contributions.void']({ receiptId: receipt.id, voidedOn: '2026-11-21', reason: 'ผิดคน', requestId: requestId() }),
    );
    expect(voided.void?.reason).toBe('ผิดคน');
    expect(voided.receiptNo).toBe(receipt.receiptNo);
    await expectRefused(
      backend.fund['contributions.void']({ receiptId: receipt.id, voidedOn: '2026-11-21', reason: 'x', requestId: requestId() }),
      'already-voided',
    );
    const statement = expectOk(await backend.fund['contributions.statement']({ memberId }));
    expect(statement.arrearsMonths).toBe(34);
    const again = expectOk(await pay());
    expect(again.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(again.receiptNo).toBe('RC2570-000002');
    const cash = expectOk(await backend.fund['ledger.cashBook']({}));
    expect(cash.rows.map((row) => [row.inSatang, row.outSatang, row.balanceSatang])).toEqual([
      [9000, 0, 9000],
      [9000, 0, 18000],
      [0, 9000, 9000],
    ]);
    expectBooksConsistent(backend.db());
  });

  it('keeps arrears per member and fund-wide in agreement', async () => {
    const others = [];
    for (let serial = 2; serial <= 6; serial += 1) others.push(expectOk(await backend.fund['members.register'](memberInput(serial))).id);
    expectOk(await pay({ monthCount: 30, amountSatang: 90000 }));
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: requestId(),
        memberId: others[0] ?? 0,
        receivedOn: '2026-11-20',
        monthCount: 36,
        amountSatang: 108000,
        numbering: { kind: 'app' },
      }),
    );
    expectOk(await backend.fund['members.recordStatus']({ memberId: others[1] ?? 0, kind: 'resigned', effectiveOn: '2024-06-15' }));
    const list = expectOk(await backend.fund['contributions.arrears']({ minMonths: 1 }));
    for (const row of list.rows) {
      const statement = expectOk(await backend.fund['contributions.statement']({ memberId: row.memberId }));
      expect(row.arrearsMonths).toBe(statement.arrearsMonths);
      expect(row.oldestUnpaid).toBe(statement.overduePeriods[0]);
    }
    const byMember = new Map(list.rows.map((row) => [row.memberId, row.arrearsMonths]));
    expect(byMember.get(memberId)).toBe(4);
    expect(byMember.has(others[0] ?? 0)).toBe(false);
    expect(byMember.get(others[1] ?? 0)).toBe(5);
    expect(byMember.get(others[2] ?? 0)).toBe(34);
    const behind = expectOk(await backend.fund['contributions.arrears']({ minMonths: 6 }));
    expect(behind.rows.every((row) => row.arrearsMonths >= 6)).toBe(true);
    expect(behind.total).toBe(3);
  });
});
