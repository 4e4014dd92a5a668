import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

describe('opening balances (Decision 10)', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
  });
  afterEach(() => backend.close());

  it('posts cash, each bank account and investments once, against opening balances, and opens their books', async () => {
    const bank = expectOk(
      await backend.fund['bankAccounts.add']({ bankName: 'ธ.ก.ส.', branch: 'ท่าแซะ', accountNo: '012-3-45678-9', accountType: 'savings' }),
    );
    expect(bank.accountCode).toBe('3201');
    const entry = expectOk(
      await backend.fund['ledger.recordOpeningBalances']({
        requestId: 'opening-0001',
        balances: [
          { accountCode: '3100', amountSatang: 1250050 },
          { accountCode: bank.accountCode, amountSatang: 48000000 },
          { accountCode: '3300', amountSatang: 1000000 },
        ],
      }),
    );
    expect(entry.entryDate).toBe('2024-01-01');
    expect(entry.lines).toEqual([
      { accountCode: '3100', debitSatang: 1250050, creditSatang: 0 },
      { accountCode: '3201', debitSatang: 48000000, creditSatang: 0 },
      { accountCode: '3300', debitSatang: 1000000, creditSatang: 0 },
      { accountCode: '6000', debitSatang: 0, creditSatang: 50250050 },
    ]);
    const cash = expectOk(await backend.fund['ledger.cashBook']({}));
    expect(cash.rows[0]).toMatchObject({ date: '2024-01-01', inSatang: 1250050, balanceSatang: 1250050, description: { code: 'opening' } });
    const bankBook = expectOk(await backend.fund['ledger.cashBook']({ accountCode: '3201' }));
    expect(bankBook.rows).toMatchObject([{ date: '2024-01-01', inSatang: 48000000, balanceSatang: 48000000 }]);
    expectBooksConsistent(backend.db());
    const before = tableCounts(backend.db());
    const again = await backend.fund['ledger.recordOpeningBalances']({
      requestId: 'opening-0002',
      balances: [{ accountCode: '3100', amountSatang: 1 }],
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('opening-already-recorded');
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('refuses other accounts, repeats, fractions and empty lists, writing nothing', async () => {
    const before = tableCounts(backend.db());
    for (const balances of [
      [],
      [{ accountCode: '1100', amountSatang: 100 }],
      // The one bank account of earlier versions, with no register entry in a new fund.
      [{ accountCode: '3200', amountSatang: 100 }],
      [{ accountCode: '3100', amountSatang: 1.5 }],
      [
        { accountCode: '3100', amountSatang: 100 },
        { accountCode: '3100', amountSatang: 100 },
      ],
    ]) {
      const result = await backend.fund['ledger.recordOpeningBalances']({ requestId: 'opening-0003', balances });
      expect(result.ok, JSON.stringify(balances)).toBe(false);
      if (!result.ok) expect(result.error.field?.startsWith('balances')).toBe(true);
    }
    expect(tableCounts(backend.db())).toEqual(before);
  });
});
