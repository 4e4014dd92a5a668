import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { fundInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { openWithMoney } from '../../support/money-accounts';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

const failed = (result: { ok: boolean; error?: { code: string; field?: string | undefined } }) =>
  result.ok ? 'ok' : `${result.error?.code} ${result.error?.field}`;

/** Issue 16 §4: the books on screen and on paper, bank reconciliation and the year-end checklist. */
describe('books', () => {
  let backend: TestBackend;
  let bank: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    ({ bankAccountCode: bank } = await openWithMoney(backend.fund, { cashSatang: 500_000, bankSatang: 2_000_000 }));
    const move = async (n: number, from: string, to: string, day: string, amountSatang: number) =>
      expectOk(
        await backend.fund['money.transfer']({
          requestId: `transfer-${String(n).padStart(6, '0')}`,
          fromAccountCode: from,
          toAccountCode: to,
          transferredOn: day,
          amountSatang,
          note: '',
        }),
      );
    await move(1, '3100', bank, '2026-10-05', 100_000);
    await move(2, bank, '3100', '2026-10-20', 30_000);
    await move(3, '3100', bank, '2026-11-02', 50_000);
  });
  afterEach(() => backend.close());

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('reads the journal, an account ledger with brought and carried forward, and a balanced trial balance', async () => {
    const journal = expectOk(await backend.fund['books.journal']({ from: '2026-10-01', to: '2026-11-25' }));
    expect(journal.total).toBe(3);
    expect(journal.rows[0]?.lines).toEqual([
      { accountCode: bank, debitSatang: 100_000, creditSatang: 0 },
      { accountCode: '3100', debitSatang: 0, creditSatang: 100_000 },
    ]);
    const ledger = expectOk(await backend.fund['books.accountLedger']({ accountCode: '3100', from: '2026-10-10', to: '2026-11-25' }));
    expect(ledger.broughtForwardSatang).toBe(400_000);
    expect(ledger.rows.map((row) => row.balanceSatang)).toEqual([430_000, 380_000]);
    expect(ledger.carriedForwardSatang).toBe(380_000);
    // A receipts account reads on its credit side.
    const opening = expectOk(await backend.fund['books.accountLedger']({ accountCode: '6000', from: '2026-01-01', to: '2026-11-25' }));
    expect(opening.side).toBe('credit');
    const trial = expectOk(await backend.fund['books.trialBalance']({ asOf: '2026-10-31' }));
    expect(trial.differenceSatang).toBe(0);
    expect(trial.lines.find((line) => line.accountCode === bank)?.debitSatang).toBe(2_070_000);
    expect(trial.debitTotalSatang).toBe(2_500_000);
    expect(failed(await backend.fund['books.trialBalance']({ asOf: '2026-12-01' }))).toBe('date-in-future asOf');
    expect(failed(await backend.fund['books.journal']({ from: '2026-11-01', to: '2026-10-01' }))).toBe('date-range-inverted to');
    expect(failed(await backend.fund['books.accountLedger']({ accountCode: '9999', from: '2026-10-01', to: '2026-11-01' }))).toBe(
      'account-not-found accountCode',
    );
  });

  it('reconciles a bank account: ticks kept, the unticked line explains the difference, bad input refused writing nothing', async () => {
    const start = expectOk(await backend.fund['bankReconciliations.start']({ accountCode: bank, statementDate: '2026-11-05' }));
    expect(start.bookBalanceSatang).toBe(2_120_000);
    expect(start.lines.map((line) => [line.inSatang, line.outSatang])).toEqual([
      [2_000_000, 0],
      [100_000, 0],
      [0, 30_000],
      [50_000, 0],
    ]);
    const ticked = start.lines.slice(0, 3).map((line) => ({ entryId: line.entryId, lineNo: line.lineNo }));
    const counts = tableCounts(backend.db());
    const refusals = [
      [{ statementDate: '2026-12-01' }, 'date-in-future statementDate'],
      [{ statementBalanceSatang: 10.5 }, 'bad-input statementBalanceSatang'],
      [{ accountCode: '3100' }, 'account-not-bank accountCode'],
      [{ ticked: [...ticked, { entryId: ticked[0]?.entryId ?? 0, lineNo: ticked[0]?.lineNo ?? 1 }] }, 'line-not-outstanding ticked.3'],
    ] satisfies [
      Partial<{
        statementDate: string;
        statementBalanceSatang: number;
        accountCode: string;
        ticked: { entryId: number; lineNo: number }[];
      }>,
      string,
    ][];
    for (const [change, expected] of refusals) {
      const result = await backend.fund['bankReconciliations.record']({
        requestId: `reconcile-bad-${expected.length}`,
        accountCode: bank,
        statementDate: '2026-11-05',
        statementBalanceSatang: 2_070_000,
        ticked,
        ...change,
      });
      expect(failed(result)).toBe(expected);
      if (!result.ok) expect(result.error.message.th).not.toBe('');
    }
    expect(tableCounts(backend.db())).toEqual(counts);
    const saved = expectOk(
      await backend.fund['bankReconciliations.record']({
        requestId: 'reconcile-0001',
        accountCode: bank,
        statementDate: '2026-11-05',
        statementBalanceSatang: 2_070_000,
        ticked,
      }),
    );
    expect(saved).toMatchObject({
      bookBalanceSatang: 2_120_000,
      untickedInSatang: 50_000,
      untickedOutSatang: 0,
      differenceSatang: 0,
      tickedCount: 3,
    });
    expect(saved.unticked).toHaveLength(1);
    // The next statement offers only the line still outstanding; an earlier statement is refused by its field.
    const next = expectOk(await backend.fund['bankReconciliations.start']({ accountCode: bank, statementDate: '2026-11-20' }));
    expect(next.lines).toHaveLength(1);
    expect(next.lastStatementDate).toBe('2026-11-05');
    const before = await backend.fund['bankReconciliations.record']({
      requestId: 'reconcile-0002',
      accountCode: bank,
      statementDate: '2026-10-31',
      statementBalanceSatang: 0,
      ticked: [],
    });
    expect(failed(before)).toBe('statement-before-last statementDate');
    if (!before.ok) expect(before.error.message.th).toContain('2569');
    expect(expectOk(await backend.fund['bankReconciliations.list']({ accountCode: bank }))).toHaveLength(1);
    // Reconciled this month: the home page's to-do no longer names the account.
    const home = expectOk(await backend.fund['home.figures']({}));
    expect(home.toDo.unreconciledBankAccounts).toEqual([]);
  });

  it('names a bank account not reconciled this month on the home page', async () => {
    const home = expectOk(await backend.fund['home.figures']({}));
    expect(home.toDo.unreconciledBankAccounts.map((account) => account.accountCode)).toEqual([bank]);
  });

  it('prints the books on A4 landscape with page totals carried forward and writes the ledger to Excel', async () => {
    for (let n = 0; n < 60; n += 1)
      expectOk(
        await backend.fund['money.transfer']({
          requestId: `many-${String(n).padStart(6, '0')}`,
          fromAccountCode: '3100',
          toAccountCode: bank,
          transferredOn: '2026-11-10',
          amountSatang: 100,
          note: '',
        }),
      );
    const book = expectOk(
      await backend.fund['exports.moneyBook']({ accountCode: '3100', from: '2026-10-01', to: '2026-11-25', format: 'pdf' }),
    );
    const pages = await pdfPages(await saved(book));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.join(' ')).toContain('สมุดเงินสด');
    expect(pages[0]?.join(' ')).toContain('ยอดยกไป');
    expect(pages[1]?.join(' ')).toContain('ยอดยกมา');
    const journal = expectOk(await backend.fund['exports.journal']({ from: '2026-10-01', to: '2026-11-25', format: 'pdf' }));
    const journalText = (await pdfPages(await saved(journal))).flat().join(' ');
    expect(journalText).toContain('สมุดรายวันทั่วไป');
    const trial = expectOk(await backend.fund['exports.trialBalance']({ asOf: '2026-11-25', format: 'pdf' }));
    expect((await pdfPages(await saved(trial))).flat().join(' ')).toContain('ยอดรวมเดบิตเท่ากับยอดรวมเครดิต');
    const ledger = expectOk(
      await backend.fund['exports.accountLedger']({ accountCode: bank, from: '2026-11-01', to: '2026-11-25', format: 'xlsx' }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await saved(ledger));
    const values =
      workbook.worksheets[0]
        ?.getSheetValues()
        .flat()
        .filter((value) => value !== undefined && value !== null) ?? [];
    expect(values).toContain('ยอดยกมา');
    expect(values).toContain(20_700);
    expect(failed(await backend.fund['exports.journal']({ from: '2026-11-01', to: '2026-12-25', format: 'pdf' }))).toBe(
      'date-in-future to',
    );
  });

  it('keeps a year-end checklist with its evidence', async () => {
    backend.clock.set('2027-10-05');
    const empty = expectOk(await backend.fund['yearEnd.checklist']({ fiscalYear: 2027 }));
    expect(empty.yearEnd).toBe('2027-09-30');
    expect(empty.items.filter((item) => item.done).map((item) => item.key)).toEqual(['trialBalanceZero']);
    expect(
      failed(await backend.fund['yearEnd.recordCashCount']({ requestId: 'count-bad-01', countedOn: '2027-10-06', countedSatang: 1 })),
    ).toBe('date-in-future countedOn');
    expectOk(await backend.fund['yearEnd.recordCashCount']({ requestId: 'count-000001', countedOn: '2027-09-30', countedSatang: 380_000 }));
    const start = expectOk(await backend.fund['bankReconciliations.start']({ accountCode: bank, statementDate: '2027-09-30' }));
    expectOk(
      await backend.fund['bankReconciliations.record']({
        requestId: 'reconcile-year',
        accountCode: bank,
        statementDate: '2027-09-30',
        statementBalanceSatang: start.bookBalanceSatang,
        ticked: start.lines.map((line) => ({ entryId: line.entryId, lineNo: line.lineNo })),
      }),
    );
    expectOk(await backend.fund['exports.section10']({ asOf: '2027-09-30', format: 'pdf' }));
    expectOk(await backend.fund['periods.lock']({ through: '2027-09-30' }));
    const list = expectOk(await backend.fund['yearEnd.checklist']({ fiscalYear: 2027 }));
    const done = Object.fromEntries(list.items.map((item) => [item.key, item.done]));
    expect(done).toEqual({
      cashCounted: true,
      banksReconciled: true,
      trialBalanceZero: true,
      section10Printed: true,
      statusFormPrinted: false,
      yearLocked: true,
    });
    expect(list.items[0]?.evidence).toMatchObject({ date: '2027-09-30', amountSatang: 380_000, bookSatang: 380_000 });
    expect(failed(await backend.fund['yearEnd.checklist']({ fiscalYear: 2030 }))).toBe('fiscal-year-outside fiscalYear');
  });
});
