import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../shared/api/fund-types';
import { fundInput } from '../../support/builders';
import { tableCounts } from '../../support/ledger-checks';
import { inCash, openWithMoney } from '../../support/money-accounts';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';

/** Issue 16 §5: the committee's monthly income-and-expense sheet, on screen, on A4 and in Excel, from the books. */
describe('the monthly income-and-expense sheet', () => {
  let backend: TestBackend;
  let bank: string;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    expectOk(await backend.app['funds.create'](fundInput(join(backend.home, 'fund.swfund'))));
    bank = (await openWithMoney(backend.fund, { cashSatang: 100_000, bankSatang: 5_000_000 })).bankAccountCode;
    const { fund } = backend;
    // October: a donation into the bank. November: interest into the bank, cash to a meeting, cash from the bank.
    const income = (requestId: string, receivedOn: string, kind: 'donations' | 'interest', amountSatang: number) =>
      fund['income.record']({ requestId, receivedOn, kind, payerName: 'ผู้บริจาค', description: 'รับเงิน', amountSatang, accountCode: bank });
    expectOk(await income('sheet-income-1', '2026-10-15', 'donations', 200_000));
    expectOk(await income('sheet-income-2', '2026-11-05', 'interest', 1_250));
    expectOk(
      await fund['money.transfer']({
        requestId: 'sheet-transfer-1',
        fromAccountCode: bank,
        toAccountCode: '3100',
        transferredOn: '2026-11-06',
        amountSatang: 50_000,
      }),
    );
    expectOk(
      await fund['expenses.record']({
        ...inCash,
        requestId: 'sheet-expense-1',
        paidOn: '2026-11-10',
        expenseCategory: 'meetings',
        payeeName: 'ร้านอาหาร',
        description: 'ค่าอาหารประชุมกรรมการ',
        amountSatang: 30_050,
      }),
    );
  });
  afterEach(() => backend.close());

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  it('shows the month on §10’s lines with each money account’s start, takings, payments and end', async () => {
    const sheet = expectOk(await backend.fund['reports.monthlySheet']({ period: '2026-11' }));
    expect(sheet).toMatchObject({ from: '2026-11-01', to: '2026-11-25', receiptsTotalSatang: 1_250, paymentsTotalSatang: 30_050 });
    expect(sheet.receipts.filter((line) => line.amountSatang !== 0)).toEqual([{ key: 'income.interest', amountSatang: 1_250 }]);
    expect(sheet.payments.filter((line) => line.amountSatang !== 0)).toEqual([{ key: 'expenses.meetings', amountSatang: 30_050 }]);
    expect(
      sheet.accounts.map((account) => [
        account.accountCode,
        account.openingSatang,
        account.inSatang,
        account.outSatang,
        account.closingSatang,
      ]),
    ).toEqual([
      ['3100', 100_000, 50_000, 30_050, 119_950],
      [bank, 5_200_000, 1_250, 50_000, 5_151_250],
    ]);
    expect(sheet.openingTotalSatang + sheet.receiptsTotalSatang - sheet.paymentsTotalSatang).toBe(sheet.closingTotalSatang);
    // The year's administration costs against 20 % of its receipts and income (2,012.50 baht → 402.50).
    expect(sheet.adminCost).toMatchObject({ fiscalYear: 2027, spentSatang: 30_050, limitSatang: 40_250 });
    const october = expectOk(await backend.fund['reports.monthlySheet']({ period: '2026-10' }));
    expect(october).toMatchObject({ to: '2026-10-31', receiptsTotalSatang: 200_000, paymentsTotalSatang: 0 });
  });

  it('prints on A4 and writes a workbook, writing nothing; a month after today is refused by its field', async () => {
    const counts = tableCounts(backend.db());
    const pdf = expectOk(await backend.fund['exports.monthlySheet']({ period: '2026-11', format: 'pdf' }));
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain('รายงานรับ-จ่ายประจำเดือน');
    expect(text).toContain('ดอกเบี้ยเงินฝากธนาคาร');
    // The footer pins the audit chain's head at printing (issue 20 §1): its first 12 hex digits and its row count.
    const head = backend
      .db()
      .prepare("SELECT link FROM chain_links WHERE chain = 'audit' ORDER BY row_id DESC LIMIT 1")
      .pluck()
      .get() as string;
    const rows = backend.db().prepare("SELECT count(*) FROM chain_links WHERE chain = 'audit'").pluck().get() as number;
    const footer = `สายประวัติการบันทึก ${head.slice(0, 12)} (${rows} รายการ)`;
    expect(text).toContain(footer);
    const workbook = expectOk(await backend.fund['exports.monthlySheet']({ period: '2026-11', format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain('ค่ากิจกรรม/ประชุม');
    expect(cells).toContain(300.5);
    expect(cells).toContain(1_199.5);
    expect(book.worksheets[0]?.headerFooter.oddFooter).toContain(footer);
    expect(tableCounts(backend.db())).toEqual(counts);
    const future = await backend.fund['reports.monthlySheet']({ period: '2026-12' });
    expect(future).toMatchObject({ ok: false, error: { code: 'date-in-future', field: 'period' } });
    const bad = await backend.fund['reports.monthlySheet']({ period: '2026-13' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'period' } });
  });
});
