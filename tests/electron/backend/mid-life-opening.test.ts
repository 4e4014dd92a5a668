import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundInput } from '../../support/builders';
import { expectBooksConsistent, tableCounts } from '../../support/ledger-checks';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/**
 * The last paper §10 of a fund that has run for years (issue 16 §4), as of the opening date 1 Jan 2024:
 * receipts 612,300.00 + income 48,950.50 = 661,250.50 = money on hand 436,070.50 + welfare 201,180.00 + expenses 24,000.00.
 */
const paper = {
  receipts: [
    { accountCode: '1100', amountSatang: 41_230_000 },
    { accountCode: '1200', amountSatang: 10_000_000 },
    { accountCode: '1300', amountSatang: 9_000_000 },
    { accountCode: '1400', amountSatang: 1_000_000 },
  ],
  income: [
    { accountCode: '2100', amountSatang: 1_250_000 },
    { accountCode: '2200', amountSatang: 3_000_000 },
    { accountCode: '2300', amountSatang: 645_050 },
  ],
  welfare: [
    { accountCode: '5000', amountSatang: 19_618_000 },
    { accountCode: '5900', amountSatang: 500_000 },
  ],
  expenses: [
    { accountCode: '4100', amountSatang: 1_800_000 },
    { accountCode: '4300', amountSatang: 350_000 },
    { accountCode: '4400', amountSatang: 250_000 },
  ],
};
const cashSatang = 1_207_050;
const bankSatang = 37_400_000;
const investmentsSatang = 5_000_000;
const section10Lines = [...paper.receipts, ...paper.income, ...paper.welfare, ...paper.expenses];

describe('opening a fund mid-life from its last paper §10 (issue 16 §4)', () => {
  let backend: TestBackend;
  let bankCode: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    bankCode = expectOk(
      await backend.fund['bankAccounts.add']({ bankName: 'ธ.ก.ส.', branch: 'ท่าแซะ', accountNo: '012-3-45678-9', accountType: 'savings' }),
    ).accountCode;
  });
  afterEach(() => backend.close());

  const balances = () => [
    { accountCode: '3100', amountSatang: cashSatang },
    { accountCode: bankCode, amountSatang: bankSatang },
    { accountCode: '3300', amountSatang: investmentsSatang },
  ];

  it('posts one balanced entry through the core, and §10 from the first day equals the paper line by line', async () => {
    const entry = expectOk(
      await backend.fund['ledger.recordOpeningBalances']({ requestId: 'opening-paper', balances: balances(), section10Lines }),
    );
    expect(entry.entryDate).toBe('2024-01-01');
    // No ยอดยกมา: every satang sits on its own §10 line.
    expect(entry.lines.some((line) => line.accountCode === '6000')).toBe(false);
    expect(entry.lines).toContainEqual({ accountCode: '1100', debitSatang: 0, creditSatang: 41_230_000 });
    expect(entry.lines).toContainEqual({ accountCode: '5000', debitSatang: 19_618_000, creditSatang: 0 });
    expectBooksConsistent(backend.db());

    const report = expectOk(await backend.fund['reports.section10']({ asOf: '2024-01-01' }));
    const amount = (group: { lines: { key: string; amountSatang: number }[] }, key: string) =>
      group.lines.find((line) => line.key === key)?.amountSatang;
    expect(amount(report.receipts, 'receipts.contributions')).toBe(41_230_000);
    expect(amount(report.receipts, 'receipts.codi-seed')).toBe(10_000_000);
    expect(amount(report.receipts, 'receipts.government-matching')).toBe(9_000_000);
    expect(amount(report.receipts, 'receipts.local-government')).toBe(1_000_000);
    expect(amount(report.income, 'income.entry-fees')).toBe(1_250_000);
    expect(amount(report.income, 'income.donations')).toBe(3_000_000);
    expect(amount(report.income, 'income.interest')).toBe(645_050);
    expect(amount(report.assets, 'assets.cash')).toBe(cashSatang);
    expect(amount(report.assets, 'assets.bank')).toBe(bankSatang);
    expect(amount(report.assets, 'assets.investments')).toBe(investmentsSatang);
    expect(amount(report.assets, 'assets.welfare-member')).toBe(19_618_000);
    // Welfare to the community is printed on the assets group's "others" line (steps/section10.ts).
    expect(amount(report.assets, 'assets.other')).toBe(500_000);
    expect(amount(report.expenses, 'expenses.worker-compensation')).toBe(1_800_000);
    expect(amount(report.expenses, 'expenses.stationery')).toBe(350_000);
    expect(amount(report.expenses, 'expenses.meetings')).toBe(250_000);
    expect(report.openingSatang).toBe(0);
    expect(report.receipts.subtotalSatang).toBe(61_230_000);
    expect(report.income.subtotalSatang).toBe(4_895_050);
    expect(report.receiptsTotalSatang).toBe(66_125_050);
    expect(report.paymentsTotalSatang).toBe(66_125_050);
    expect(report.differenceSatang).toBe(0);

    const opening = expectOk(await backend.fund['ledger.openingBalances']({}));
    expect(opening).toMatchObject({ recorded: true, reclassifiableSatang: 0 });
    expect(opening.balances).toEqual(expect.arrayContaining(balances()));
    expect(opening.lines).toEqual(expect.arrayContaining(section10Lines));
    expect(opening.lines).toHaveLength(section10Lines.length);
  });

  it('refuses opening balances whose two sides differ, naming the difference, and writes nothing', async () => {
    const before = tableCounts(backend.db());
    const result = await backend.fund['ledger.recordOpeningBalances']({
      requestId: 'opening-unbalanced',
      balances: balances(),
      section10Lines: section10Lines.map((line) => (line.accountCode === '4400' ? { ...line, amountSatang: 260_000 } : line)),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'opening-unbalanced', field: 'section10Lines', params: { difference: 10_000 } });
      expect(result.error.message.th).toContain('ต่างกัน 100.00 บาท');
      expect(result.error.message.en).toContain('a difference of 100.00 baht');
    }
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('refuses negative, fractional, repeated and non-§10 lines, a locked period and a second opening, writing nothing', async () => {
    expectOk(await backend.fund['periods.lock']({ through: '2024-01-31' }));
    const before = tableCounts(backend.db());
    const cases: { lines: { accountCode: string; amountSatang: number }[]; field: string; code: string }[] = [
      { lines: [{ accountCode: '1100', amountSatang: -100 }], field: 'section10Lines.0.amountSatang', code: 'bad-input' },
      { lines: [{ accountCode: '1100', amountSatang: 10.5 }], field: 'section10Lines.0.amountSatang', code: 'bad-input' },
      {
        lines: [
          { accountCode: '1100', amountSatang: 100 },
          { accountCode: '1100', amountSatang: 100 },
        ],
        field: 'section10Lines',
        code: 'bad-input',
      },
      { lines: [{ accountCode: '3100', amountSatang: 100 }], field: 'section10Lines.0.accountCode', code: 'account-not-section10-line' },
      { lines: [{ accountCode: '6000', amountSatang: 100 }], field: 'section10Lines.0.accountCode', code: 'account-not-section10-line' },
      // Balanced, but the opening date lies in the locked period.
      { lines: section10Lines, field: 'balances', code: 'period-locked' },
    ];
    for (const { lines, field, code } of cases) {
      const result = await backend.fund['ledger.recordOpeningBalances']({
        requestId: `opening-bad-${code}`,
        balances: balances(),
        section10Lines: lines,
      });
      expect(result.ok, JSON.stringify(lines)).toBe(false);
      if (!result.ok) expect({ code: result.error.code, field: result.error.field }).toEqual({ code, field });
    }
    expect(tableCounts(backend.db())).toEqual(before);
  });

  it('refuses a second opening', async () => {
    expectOk(await backend.fund['ledger.recordOpeningBalances']({ requestId: 'opening-first', balances: balances(), section10Lines }));
    const before = tableCounts(backend.db());
    const again = await backend.fund['ledger.recordOpeningBalances']({ requestId: 'opening-second', balances: balances(), section10Lines });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('opening-already-recorded');
    expect(tableCounts(backend.db())).toEqual(before);
  });
});

describe('reclassifying an opening recorded the old way (cash, bank, investments against ยอดยกมา)', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    expectOk(
      await backend.fund['ledger.recordOpeningBalances']({
        requestId: 'opening-old',
        balances: [
          { accountCode: '3100', amountSatang: 1_207_050 },
          { accountCode: '3300', amountSatang: 5_000_000 },
        ],
      }),
    );
  });
  afterEach(() => backend.close());

  // 62,070.50 of ยอดยกมา = receipts 80,000.00 + income 2,070.50 − welfare 18,000.00 − expenses 2,000.00.
  const lines = [
    { accountCode: '1100', amountSatang: 8_000_000 },
    { accountCode: '2300', amountSatang: 207_050 },
    { accountCode: '5000', amountSatang: 1_800_000 },
    { accountCode: '4200', amountSatang: 200_000 },
  ];

  it('spreads ยอดยกมา over the §10 lines by one dated entry; the old entry stays as it was', async () => {
    const before = expectOk(await backend.fund['ledger.openingBalances']({}));
    expect(before.reclassifiableSatang).toBe(6_207_050);
    const entry = expectOk(await backend.fund['ledger.reclassifyOpening']({ requestId: 'reclassify-1', date: '2024-01-01', lines }));
    expect(entry.entryDate).toBe('2024-01-01');
    expect(entry.lines).toEqual([
      { accountCode: '6000', debitSatang: 6_207_050, creditSatang: 0 },
      { accountCode: '1100', debitSatang: 0, creditSatang: 8_000_000 },
      { accountCode: '2300', debitSatang: 0, creditSatang: 207_050 },
      { accountCode: '5000', debitSatang: 1_800_000, creditSatang: 0 },
      { accountCode: '4200', debitSatang: 200_000, creditSatang: 0 },
    ]);
    expectBooksConsistent(backend.db());
    expect((backend.db().prepare("SELECT COUNT(*) AS n FROM journal_entries WHERE source_type = 'opening'").get() as { n: number }).n).toBe(
      2,
    );
    const report = expectOk(await backend.fund['reports.section10']({ asOf: '2024-01-01' }));
    expect(report.openingSatang).toBe(0);
    expect(report.receipts.lines.find((line) => line.key === 'receipts.contributions')?.amountSatang).toBe(8_000_000);
    expect(report.expenses.lines.find((line) => line.key === 'expenses.transport')?.amountSatang).toBe(200_000);
    expect(report.differenceSatang).toBe(0);
    const after = expectOk(await backend.fund['ledger.openingBalances']({}));
    expect(after.reclassifiableSatang).toBe(0);
    expect(after.lines).toEqual(expect.arrayContaining(lines));
    // Once spread, nothing is left to spread.
    const again = await backend.fund['ledger.reclassifyOpening']({ requestId: 'reclassify-2', date: '2024-01-01', lines });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('opening-nothing-to-reclassify');
  });

  it('refuses lines that do not add up to ยอดยกมา (naming the difference), a locked date, a date before the opening, writing nothing', async () => {
    expectOk(await backend.fund['periods.lock']({ through: '2024-12-31' }));
    const before = tableCounts(backend.db());
    const short = await backend.fund['ledger.reclassifyOpening']({
      requestId: 'reclassify-short',
      date: '2025-01-10',
      lines: lines.slice(0, 3),
    });
    expect(short.ok).toBe(false);
    if (!short.ok) {
      expect(short.error).toMatchObject({ code: 'opening-reclassification-unbalanced', field: 'lines', params: { difference: 200_000 } });
      expect(short.error.message.th).toContain('ต่างกัน 2,000.00 บาท');
    }
    for (const [date, code] of [
      ['2024-01-01', 'period-locked'],
      ['2023-12-31', 'date-before-opening'],
      ['2026-12-01', 'date-in-future'],
    ] as const) {
      const result = await backend.fund['ledger.reclassifyOpening']({ requestId: `reclassify-${code}`, date, lines });
      expect(result.ok, date).toBe(false);
      if (!result.ok) expect({ code: result.error.code, field: result.error.field }).toEqual({ code, field: 'date' });
    }
    expect(tableCounts(backend.db())).toEqual(before);
    // In the open period the same lines post, dated as asked.
    expectOk(await backend.fund['ledger.reclassifyOpening']({ requestId: 'reclassify-open', date: '2025-01-10', lines }));
    expect(expectOk(await backend.fund['reports.section10']({})).openingSatang).toBe(0);
  });
});
