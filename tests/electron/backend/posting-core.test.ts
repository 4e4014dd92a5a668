import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/api-result';
import { fundInput, memberInput } from '../../support/builders';
import { expectBooksConsistent, expectNoNegativeDays, tableCounts } from '../../support/ledger-checks';
import { inCash, openWithMoney } from '../../support/money-accounts';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * Issue 16 §1–2: every money event goes through the one posting core. Each bad input is refused with a clear
 * error naming the field, in Thai and English, and writes nothing.
 */
describe('the posting core', () => {
  let backend: TestBackend;
  let memberId: number;
  let bank: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    memberId = expectOk(await backend.fund['members.register'](memberInput(1))).id;
    // 1,000.00 baht in cash and 50,000.00 in the bank on the opening date (2024-01-01).
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

  function community(date: string, amountSatang: number, accountCode = '3100') {
    return backend.fund['community.record']({
      requestId: `community-${date}-${amountSatang}-${accountCode}`,
      category: 'disaster',
      activityDate: date,
      description: 'ช่วยเหลือผู้ประสบอุทกภัย',
      beneficiariesCount: 1,
      amountSatang,
      payeeName: 'ผู้ใหญ่บ้าน',
      accountCode,
    });
  }

  it('refuses a payment that would take cash below zero on its date, naming the account, the date and the shortfall', async () => {
    const error = await expectRefused(community('2026-11-20', 150_000), 'account-below-zero', 'accountCode');
    expect(error.params).toMatchObject({ accountCode: '3100', date: '2026-11-20', balance: 100_000, shortfall: 50_000 });
    expect(error.message.th).toContain('เงินสด');
    expect(error.message.th).toContain('500.00 บาท');
    expect(error.message.th).toContain('20 พ.ย. 2569');
    expect(error.message.en).toContain('Cash in hand holds 1,000.00 baht');
    // The same payment from the bank account goes through.
    expectOk(await community('2026-11-20', 150_000, bank));
    expectBooksConsistent(backend.db());
    expectNoNegativeDays(backend.db());
  });

  it('refuses a backdated payment that would take a later day below zero, though its own date has the money', async () => {
    expectOk(await community('2026-11-10', 80_000));
    // On 2026-11-05 cash still holds 1,000.00, but 2026-11-10 would end 300.00 below zero.
    const error = await expectRefused(community('2026-11-05', 50_000), 'account-below-zero', 'accountCode');
    expect(error.params).toMatchObject({ date: '2026-11-10', balance: 20_000, shortfall: 30_000 });
    expectOk(await community('2026-11-05', 20_000));
    expectNoNegativeDays(backend.db());
  });

  it('refuses a refund from an account without the money, and takes it from the one the treasurer chooses', async () => {
    const receipt = expectOk(
      await backend.fund['contributions.record']({
        requestId: 'posting-receipt-1',
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 2,
        amountSatang: 6000,
        numbering: { kind: 'app' },
        accountCode: bank,
      }),
    );
    expect(receipt).toMatchObject({ accountCode: bank, method: 'transfer' });
    expectOk(await community('2026-11-01', 100_000));
    await expectRefused(
      backend.fund['contributions.void']({
        receiptId: receipt.id,
        voidedOn: '2026-11-20',
        reason: 'ผิดคน',
        requestId: 'posting-void-1',
        accountCode: '3100',
      }),
      'account-below-zero',
      'accountCode',
    );
    await expectRefused(
      backend.fund['contributions.void']({
        receiptId: receipt.id,
        voidedOn: '2026-11-20',
        reason: 'ผิดคน',
        requestId: 'posting-void-2',
        accountCode: '4100',
      }),
      'account-not-money',
      'accountCode',
    );
    // By default the refund leaves the account the money came into.
    expectOk(
      await backend.fund['contributions.void']({
        receiptId: receipt.id,
        voidedOn: '2026-11-20',
        reason: 'ผิดคน',
        requestId: 'posting-void-3',
      }),
    );
    const bankBook = expectOk(await backend.fund['ledger.cashBook']({ accountCode: bank }));
    expect(bankBook.rows.at(-1)).toMatchObject({ documentNo: receipt.receiptNo, outSatang: 6000, balanceSatang: 5_000_000 });
    expectBooksConsistent(backend.db());
  });

  it('refuses a money call that names no account, or an account money does not move through', async () => {
    const payment = {
      requestId: 'posting-receipt-2',
      memberId,
      receivedOn: '2026-11-20',
      monthCount: 1,
      amountSatang: 3000,
      numbering: { kind: 'app' as const },
    };
    await expectRefused(backend.fund['contributions.record'](payment as never), 'bad-input', 'accountCode');
    await expectRefused(backend.fund['contributions.record']({ ...payment, accountCode: '5000' }), 'account-not-money', 'accountCode');
    await expectRefused(backend.fund['contributions.record']({ ...payment, accountCode: '3299' }), 'account-not-money', 'accountCode');
    const batch = expectOk(await backend.fund['collection.createBatch']({ collectedOn: '2026-11-20' }));
    await expectRefused(
      backend.fund['collection.post']({ batchId: batch.id, requestId: 'posting-post-1' } as never),
      'bad-input',
      'accountCode',
    );
    await expectRefused(community('2026-11-20', 1000, '2100'), 'account-not-money', 'accountCode');
  });

  it('refuses anything dated in a locked period, and a lock that moves back or into the future', async () => {
    expect(expectOk(await backend.fund['periods.status']({}))).toEqual({ lockedThrough: null });
    expect(expectOk(await backend.fund['periods.lock']({ through: '2025-09-30' }))).toEqual({ lockedThrough: '2025-09-30' });
    const error = await expectRefused(
      backend.fund['contributions.record']({
        ...inCash,
        requestId: 'posting-locked-1',
        memberId,
        receivedOn: '2025-09-30',
        monthCount: 1,
        amountSatang: 3000,
        numbering: { kind: 'app' },
      }),
      'period-locked',
      'receivedOn',
    );
    expect(error.message.th).toContain('30 ก.ย. 2568');
    await expectRefused(community('2025-06-01', 1000), 'period-locked', 'activityDate');
    await expectRefused(
      backend.fund['money.transfer']({
        requestId: 'posting-locked-2',
        fromAccountCode: bank,
        toAccountCode: '3100',
        transferredOn: '2025-01-01',
        amountSatang: 100,
      }),
      'period-locked',
      'transferredOn',
    );
    await expectRefused(backend.fund['periods.lock']({ through: '2025-01-01' }), 'period-lock-backwards', 'through');
    await expectRefused(backend.fund['periods.lock']({ through: '2026-12-01' }), 'date-in-future', 'through');
    // The day after the lock is open.
    expectOk(
      await backend.fund['contributions.record']({
        ...inCash,
        requestId: 'posting-open-1',
        memberId,
        receivedOn: '2025-10-01',
        monthCount: 1,
        amountSatang: 3000,
        numbering: { kind: 'app' },
      }),
    );
  });

  it('moves money between its own accounts, refusing a transfer to itself, bad amounts and an overdraft', async () => {
    const transfer = expectOk(
      await backend.fund['money.transfer']({
        requestId: 'posting-transfer-1',
        fromAccountCode: bank,
        toAccountCode: '3100',
        transferredOn: '2026-11-20',
        amountSatang: 200_000,
        note: 'ถอนเงินมาจ่ายสวัสดิการ',
      }),
    );
    expect(transfer).toMatchObject({
      fromAccountCode: bank,
      toAccountCode: '3100',
      amountSatang: 200_000,
      journalEntryNo: expect.stringMatching(/^JV2570-\d{6}$/),
    });
    const again = expectOk(
      await backend.fund['money.transfer']({
        requestId: 'posting-transfer-1',
        fromAccountCode: bank,
        toAccountCode: '3100',
        transferredOn: '2026-11-20',
        amountSatang: 200_000,
        note: 'ถอนเงินมาจ่ายสวัสดิการ',
      }),
    );
    expect(again.id).toBe(transfer.id);
    const cash = expectOk(await backend.fund['ledger.cashBook']({}));
    expect(cash.rows.at(-1)).toMatchObject({ inSatang: 200_000, balanceSatang: 300_000, description: { code: 'transfer' } });
    const base = { requestId: 'posting-transfer-2', fromAccountCode: '3100', toAccountCode: bank, transferredOn: '2026-11-21' };
    await expectRefused(
      backend.fund['money.transfer']({ ...base, toAccountCode: '3100', amountSatang: 100 }),
      'transfer-same-account',
      'toAccountCode',
    );
    for (const [amountSatang, reason] of [
      [-100, 'negative'],
      [0, 'not-positive'],
      [10.5, 'not-whole-satang'],
    ] as const) {
      const error = await expectRefused(backend.fund['money.transfer']({ ...base, amountSatang }), 'bad-input', 'amountSatang');
      expect(error.params).toMatchObject({ reason: expect.stringMatching(reason === 'negative' ? /not-positive|negative/ : reason) });
    }
    const overdraft = await expectRefused(
      backend.fund['money.transfer']({ ...base, amountSatang: 300_001 }),
      'account-below-zero',
      'fromAccountCode',
    );
    expect(overdraft.params).toMatchObject({ shortfall: 1 });
    expectBooksConsistent(backend.db());
    expectNoNegativeDays(backend.db());
  });

  it('keeps a register of bank accounts, each its own ledger account under §10 bank deposits', async () => {
    const added = expectOk(
      await backend.fund['bankAccounts.add']({ bankName: 'ธ.ก.ส.', branch: 'ท่าแซะ', accountNo: '012-3-45678-9', accountType: 'fixed' }),
    );
    expect(added).toMatchObject({ accountCode: '3202', kind: 'bank', nameTh: 'ธ.ก.ส. ท่าแซะ 012-3-45678-9', balanceSatang: 0 });
    await expectRefused(
      backend.fund['bankAccounts.add']({ bankName: 'ธ.ก.ส.', branch: 'ชุมพร', accountNo: '012-3-45678-9', accountType: 'savings' }),
      'bank-account-exists',
      'accountNo',
    );
    const renamed = expectOk(
      await backend.fund['bankAccounts.update']({
        bankAccountId: added.bank?.id ?? 0,
        expectedVersion: 1,
        bankName: 'ธ.ก.ส.',
        branch: 'ชุมพร',
        accountNo: '012-3-45678-9',
        accountType: 'fixed',
      }),
    );
    expect(renamed.nameTh).toBe('ธ.ก.ส. ชุมพร 012-3-45678-9');
    await expectRefused(
      backend.fund['bankAccounts.update']({
        bankAccountId: added.bank?.id ?? 0,
        expectedVersion: 1,
        bankName: 'ธ.ก.ส.',
        branch: 'x',
        accountNo: '012-3-45678-9',
        accountType: 'fixed',
      }),
      'version-conflict',
      'expectedVersion',
    );
    const accounts = expectOk(await backend.fund['ledger.accounts']({}));
    expect(accounts.find((account) => account.code === '3202')).toMatchObject({
      group: 'assets',
      section10Line: 'assets.bank',
      nameTh: 'ธ.ก.ส. ชุมพร 012-3-45678-9',
    });
    expect(expectOk(await backend.fund['moneyAccounts.setUsual']({ accountCode: '3202' })).usualAccountCode).toBe('3202');
    await expectRefused(backend.fund['moneyAccounts.setUsual']({ accountCode: '3300' }), 'account-not-money', 'accountCode');
    const listed = expectOk(await backend.fund['moneyAccounts.list']({}));
    expect(listed.accounts.map((account) => [account.accountCode, account.kind, account.balanceSatang])).toEqual([
      ['3100', 'cash', 100_000],
      [bank, 'bank', 5_000_000],
      ['3202', 'bank', 0],
    ]);
  });

  it('corrects the opening balances by one more entry on the opening date, refusing one that would leave a later day below zero', async () => {
    expect(expectOk(await backend.fund['ledger.openingBalances']({}))).toEqual({
      openedOn: '2024-01-01',
      recorded: true,
      balances: [
        { accountCode: '3100', amountSatang: 100_000 },
        { accountCode: bank, amountSatang: 5_000_000 },
      ],
      lines: [],
      reclassifiableSatang: 5_100_000,
    });
    expectOk(await community('2026-11-20', 1_000_000, bank));
    // The bank cannot open with less than was paid out of it later.
    const error = await expectRefused(
      backend.fund['ledger.correctOpeningBalances']({
        requestId: 'posting-correct-1',
        balances: [{ accountCode: bank, amountSatang: 500_000 }],
      }),
      'account-below-zero',
      'balances',
    );
    expect(error.params).toMatchObject({ accountCode: bank, date: '2026-11-20', shortfall: 500_000 });
    await expectRefused(
      backend.fund['ledger.correctOpeningBalances']({
        requestId: 'posting-correct-2',
        balances: [{ accountCode: '3100', amountSatang: 100_000 }],
      }),
      'opening-unchanged',
      'balances',
    );
    const corrected = expectOk(
      await backend.fund['ledger.correctOpeningBalances']({
        requestId: 'posting-correct-3',
        balances: [
          { accountCode: '3100', amountSatang: 300_000 },
          { accountCode: bank, amountSatang: 4_000_000 },
        ],
      }),
    );
    expect(corrected).toMatchObject({
      entryDate: '2024-01-01',
      description: { code: 'opening-correction' },
      lines: [
        { accountCode: '3100', debitSatang: 200_000, creditSatang: 0 },
        { accountCode: bank, debitSatang: 0, creditSatang: 1_000_000 },
        { accountCode: '6000', debitSatang: 800_000, creditSatang: 0 },
      ],
    });
    expect(expectOk(await backend.fund['ledger.openingBalances']({})).balances).toEqual([
      { accountCode: '3100', amountSatang: 300_000 },
      { accountCode: bank, amountSatang: 4_000_000 },
    ]);
    expectBooksConsistent(backend.db());
    expectNoNegativeDays(backend.db());
  });
});
