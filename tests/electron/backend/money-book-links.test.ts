import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput } from '../../support/builders';
import { openWithMoney } from '../../support/money-accounts';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** A money book's line opens its document: a receipt for other income and its void link to that receipt. */
describe('money book links to other-income receipts', () => {
  let backend: TestBackend;
  let bank: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    bank = (await openWithMoney(backend.fund, { cashSatang: 100_000 })).bankAccountCode;
  });
  afterEach(() => backend.close());

  it('links an income receipt line and its void line to the receipt, in the bank book it went into', async () => {
    const receipt = expectOk(
      await backend.fund['income.record']({
        requestId: 'income-link-0001',
        receivedOn: '2026-11-10',
        kind: 'interest',
        payerName: 'ธนาคารออมสิน',
        description: 'ดอกเบี้ยเงินฝาก',
        amountSatang: 12_345,
        accountCode: bank,
      }),
    );
    expectOk(
      await backend.fund['income.void']({ requestId: 'income-link-0002', receiptId: receipt.id, voidedOn: '2026-11-12', reason: 'ออกซ้ำ' }),
    );
    const book = expectOk(await backend.fund['ledger.cashBook']({ accountCode: bank }));
    expect(
      book.rows.map((row) => [row.documentNo, row.inSatang, row.outSatang, row.incomeReceiptId, row.receiptId, row.voucherId]),
    ).toEqual([
      [receipt.receiptNo, 12_345, 0, receipt.id, null, null],
      [receipt.receiptNo, 0, 12_345, receipt.id, null, null],
    ]);
    // The cash book's own lines (the opening) link to no receipt.
    const cash = expectOk(await backend.fund['ledger.cashBook']({ accountCode: '3100' }));
    expect(cash.rows.every((row) => row.incomeReceiptId === null)).toBe(true);
  });
});
