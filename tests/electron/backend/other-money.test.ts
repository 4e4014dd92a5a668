import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, expectNoNegativeDays, tableCounts } from '../../support/ledger-checks';
import { inCash, openWithMoney } from '../../support/money-accounts';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 16 §3: receipts for other income and expense vouchers by §10's administration lines, each one balanced
 * entry through the posting core; Decision 14's administration-cost check with its figures.
 */
describe('other income and expenses', () => {
  let backend: TestBackend;
  let bank: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    // 1,000.00 baht in cash and 50,000.00 in the bank on the opening date: opening balances, not this year's income.
    bank = (await openWithMoney(backend.fund, { cashSatang: 100_000, bankSatang: 5_000_000 })).bankAccountCode;
  });
  afterEach(() => backend.close());

  async function expectRefused(call: Promise<ApiResult<unknown>>, code: string, field: string) {
    const before = tableCounts(backend.db());
    const result = await call;
    expect(result).toMatchObject({ ok: false, error: { code, field } });
    expect(tableCounts(backend.db())).toEqual(before);
    if (result.ok) throw new Error('refused expected');
    expect(result.error.message.th).not.toBe('');
    expect(result.error.message.en).not.toBe('');
    return result.error;
  }

  const income = (overrides: Record<string, unknown> = {}) =>
    backend.fund['income.record']({
      requestId: 'income-0001',
      receivedOn: '2026-11-10',
      kind: 'donations',
      payerName: 'ร้านค้าชุมชนบ้านทรัพย์อนันต์',
      description: 'บริจาคเข้ากองทุน',
      amountSatang: 1_000_000,
      accountCode: bank,
      ...overrides,
    } as never);

  const expense = (overrides: Record<string, unknown> = {}) =>
    backend.fund['expenses.record']({
      ...inCash,
      requestId: 'expense-0001',
      paidOn: '2026-11-12',
      expenseCategory: 'transport',
      payeeName: 'นายสมชาย ใจดี',
      description: 'ค่าพาหนะไปประชุมเครือข่ายอำเภอ',
      amountSatang: 30_000,
      ...overrides,
    } as never);

  it('records a donation into the bank as a receipt of the fund series, one balanced entry, and voids it by a reversal', async () => {
    const member = expectOk(await backend.fund['members.register'](memberInput(1)));
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-0001',
        memberId: member.id,
        receivedOn: '2026-11-01',
        monthCount: 1,
        amountSatang: 3000,
        numbering: { kind: 'app' },
      }),
    );
    const receipt = expectOk(await income());
    // One receipt series: the member's receipt took RC2570-000001.
    expect(receipt).toMatchObject({
      receiptNo: 'RC2570-000002',
      kind: 'donations',
      incomeAccount: '2200',
      accountCode: bank,
      method: 'transfer',
      amountInWords: 'หนึ่งหมื่นบาทถ้วน',
      void: null,
    });
    const interest = expectOk(await income({ requestId: 'income-0002', kind: 'interest', amountSatang: 12_345, payerName: 'ธนาคารออมสิน' }));
    expect(interest.receiptNo).toBe('RC2570-000003');
    const trial = expectOk(await backend.fund['ledger.trialBalance']({}));
    expect(trial.find((row) => row.accountCode === '2200')?.creditSatang).toBe(1_000_000);
    expect(trial.find((row) => row.accountCode === '2300')?.creditSatang).toBe(12_345);
    const book = expectOk(await backend.fund['ledger.cashBook']({ accountCode: bank }));
    expect(book.rows.slice(1).map((row) => [row.documentNo, row.inSatang])).toEqual([
      ['RC2570-000002', 1_000_000],
      ['RC2570-000003', 12_345],
    ]);
    const list = expectOk(await backend.fund['income.list']({}));
    expect(list.rows.map((row) => row.receiptNo)).toEqual(['RC2570-000003', 'RC2570-000002']);
    // The refund leaves the bank (where the money went) by default.
    const voided = expectOk(
      await backend.fund['income.void']({ receiptId: receipt.id, requestId: 'income-void-1', voidedOn: '2026-11-20', reason: 'ออกซ้ำ' }),
    );
    expect(voided.void).toEqual({ voidedOn: '2026-11-20', reason: 'ออกซ้ำ', refundAccount: bank });
    expect(voided.receiptNo).toBe('RC2570-000002');
    const after = expectOk(await backend.fund['ledger.trialBalance']({}));
    expect(after.find((row) => row.accountCode === '2200')).toMatchObject({ debitSatang: 1_000_000, creditSatang: 1_000_000 });
    await expectRefused(
      backend.fund['income.void']({ receiptId: receipt.id, requestId: 'income-void-2', voidedOn: '2026-11-20', reason: 'อีกครั้ง' }),
      'already-voided',
      'receiptId',
    );
    expectBooksConsistent(backend.db());
  });

  it('refunds a voided receipt from another account the treasurer chooses, never below zero', async () => {
    const receipt = expectOk(await income({ accountCode: '3100', amountSatang: 500_000 }));
    // Cash pays 5,500.00 out on the 15th: only 100.00 stays, so a 5,000.00 refund from cash is refused.
    expectOk(await expense({ amountSatang: 590_000, paidOn: '2026-11-15' }));
    const error = await expectRefused(
      backend.fund['income.void']({ receiptId: receipt.id, requestId: 'income-void-3', voidedOn: '2026-11-20', reason: 'ผิดประเภท' }),
      'account-below-zero',
      'accountCode',
    );
    expect(error.params).toMatchObject({ accountCode: '3100' });
    const voided = expectOk(
      await backend.fund['income.void']({
        receiptId: receipt.id,
        requestId: 'income-void-4',
        voidedOn: '2026-11-20',
        reason: 'ผิดประเภท',
        accountCode: bank,
      }),
    );
    expect(voided.void?.refundAccount).toBe(bank);
    expectBooksConsistent(backend.db());
    expectNoNegativeDays(backend.db());
  });

  it('pays an expense by category on the voucher series, reverses it, and lists it', async () => {
    const paid = expectOk(await expense());
    expect(paid).toMatchObject({ category: 'transport', voucher: { voucherNo: 'PV2570-000001', expenseAccount: '4200', method: 'cash' } });
    expect(paid.id).toBe(paid.voucher.id);
    const stationery = expectOk(
      await expense({ requestId: 'expense-0002', expenseCategory: 'stationery', amountSatang: 45_050, accountCode: bank }),
    );
    expect(stationery.voucher).toMatchObject({ voucherNo: 'PV2570-000002', expenseAccount: '4300', method: 'transfer' });
    const list = expectOk(await backend.fund['expenses.list']({}));
    expect(list.rows.map((row) => row.category)).toEqual(['stationery', 'transport']);
    const reversed = expectOk(
      await backend.fund['expenses.reverse']({ voucherId: paid.id, requestId: 'expense-rev-1', reversedOn: '2026-11-20', reason: 'จ่ายซ้ำ' }),
    );
    expect(reversed.voucher.reversal).toEqual({ reversedOn: '2026-11-20', reason: 'จ่ายซ้ำ' });
    const trial = expectOk(await backend.fund['ledger.trialBalance']({}));
    expect(trial.find((row) => row.accountCode === '4200')).toMatchObject({ debitSatang: 30_000, creditSatang: 30_000 });
    await expectRefused(
      backend.fund['expenses.reverse']({ voucherId: paid.id, requestId: 'expense-rev-2', reversedOn: '2026-11-20', reason: 'อีกครั้ง' }),
      'voucher-already-reversed',
      'voucherId',
    );
    // A community voucher is not an expense of this page.
    const community = expectOk(
      await backend.fund['community.record']({
        ...inCash,
        requestId: 'community-1',
        category: 'culture',
        activityDate: '2026-11-20',
        description: 'งานบุญ',
        beneficiariesCount: 1,
        amountSatang: 1000,
        payeeName: 'วัด',
      }),
    );
    await expectRefused(
      backend.fund['expenses.reverse']({
        voucherId: community.voucher.id,
        requestId: 'expense-rev-3',
        reversedOn: '2026-11-20',
        reason: 'x',
      }),
      'expense-not-found',
      'voucherId',
    );
    expectBooksConsistent(backend.db());
  });

  it('records a retried request once', async () => {
    const first = expectOk(await income());
    const paid = expectOk(await expense());
    const counts = tableCounts(backend.db());
    expect(expectOk(await income()).id).toBe(first.id);
    expect(expectOk(await expense()).id).toBe(paid.id);
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('refuses every bad input with the field named, in Thai and English, writing nothing', async () => {
    for (const amountSatang of [-100, 0, 10.5]) {
      await expectRefused(income({ amountSatang }), 'bad-input', 'amountSatang');
      await expectRefused(expense({ amountSatang }), 'bad-input', 'amountSatang');
    }
    // No account named: the API has no silent default of cash.
    await expectRefused(income({ accountCode: undefined }), 'bad-input', 'accountCode');
    await expectRefused(expense({ accountCode: undefined }), 'bad-input', 'accountCode');
    await expectRefused(income({ accountCode: '2200' }), 'account-not-money', 'accountCode');
    await expectRefused(expense({ accountCode: '4100' }), 'account-not-money', 'accountCode');
    // An expense without a category, or with one §10 does not have.
    const error = await expectRefused(expense({ expenseCategory: undefined }), 'bad-input', 'expenseCategory');
    expect(error.message.th).toContain('หมวดค่าใช้จ่าย');
    await expectRefused(expense({ expenseCategory: 'welfare' }), 'bad-input', 'expenseCategory');
    const noKind = await expectRefused(income({ kind: undefined }), 'bad-input', 'kind');
    expect(noKind.message.en).toContain('Kind');
    await expectRefused(income({ payerName: '' }), 'bad-input', 'payerName');
    await expectRefused(expense({ description: ' ' }), 'bad-input', 'description');
    // Dates: the future, before the books began, a locked period.
    await expectRefused(income({ receivedOn: '2026-11-26' }), 'date-in-future', 'receivedOn');
    await expectRefused(expense({ paidOn: '2023-12-31' }), 'date-before-opening', 'paidOn');
    expectOk(await backend.fund['periods.lock']({ through: '2026-10-31' }));
    await expectRefused(income({ receivedOn: '2026-10-31' }), 'period-locked', 'receivedOn');
    await expectRefused(expense({ paidOn: '2026-10-31' }), 'period-locked', 'paidOn');
    // Below zero: cash holds 1,000.00.
    const below = await expectRefused(expense({ amountSatang: 100_001 }), 'account-below-zero', 'accountCode');
    expect(below.params).toMatchObject({ accountCode: '3100', shortfall: 1 });
    expect(below.message.th).toContain('เงินสด');
  });

  it('checks administration costs against 20 % of the fiscal year’s receipts and income, opening balances excluded', async () => {
    // Last fiscal year's income does not count toward this year's base.
    expectOk(await income({ requestId: 'income-last-year', receivedOn: '2026-09-30', amountSatang: 9_000_000 }));
    expectOk(await income({ requestId: 'income-this-year', receivedOn: '2026-10-05', amountSatang: 100_000 }));
    const member = expectOk(await backend.fund['members.register'](memberInput(1)));
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'dues-0001',
        memberId: member.id,
        receivedOn: '2026-11-01',
        monthCount: 1,
        amountSatang: 3000,
        numbering: { kind: 'app' },
      }),
    );
    // Base 1,030.00 baht → limit 206.00; a 150.00 voucher is within, and 150.00 + 100.00 passes it.
    const empty = expectOk(await backend.fund['expenses.adminCostCheck']({ date: '2026-11-25', amountSatang: 15_000 }));
    expect(empty).toMatchObject({
      fiscalYear: 2027,
      from: '2026-10-01',
      through: '2026-11-25',
      percent: 20,
      baseSatang: 103_000,
      limitSatang: 20_600,
      spentSatang: 0,
      thisSatang: 15_000,
      afterSatang: 15_000,
      exceeds: false,
    });
    expectOk(await expense({ amountSatang: 15_000 }));
    const over = expectOk(await backend.fund['expenses.adminCostCheck']({ date: '2026-11-25', amountSatang: 10_000 }));
    expect(over).toMatchObject({ spentSatang: 15_000, afterSatang: 25_000, remainingSatang: 5_600, exceeds: true });
    // A warning, not a refusal (Decision 14 checks, the issue asks for a warning): the voucher is paid.
    expectOk(await expense({ requestId: 'expense-0002', amountSatang: 10_000, expenseCategory: 'meetings' }));
    // Welfare to the community is not an administration cost.
    expectOk(
      await backend.fund['community.record']({
        ...inCash,
        requestId: 'community-1',
        category: 'culture',
        activityDate: '2026-11-20',
        description: 'งานบุญ',
        beneficiariesCount: 1,
        amountSatang: 5000,
        payeeName: 'วัด',
      }),
    );
    const now = expectOk(await backend.fund['expenses.adminCostCheck']({ date: '2026-11-25' }));
    expect(now).toMatchObject({ spentSatang: 25_000, thisSatang: 0, exceeds: false });
    // Last fiscal year on its own: its income, no expenses, the year's last day.
    const last = expectOk(await backend.fund['expenses.adminCostCheck']({ date: '2026-01-15', amountSatang: 1 }));
    expect(last).toMatchObject({ fiscalYear: 2026, through: '2026-09-30', baseSatang: 9_000_000, limitSatang: 1_800_000 });
    await expectRefused(backend.fund['expenses.adminCostCheck']({ date: '2026-12-01' }), 'date-in-future', 'date');
  });
});
