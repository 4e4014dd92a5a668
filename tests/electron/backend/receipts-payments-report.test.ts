import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../shared/api/fund-types';
import type { ReceiptsPaymentsReport } from '../../../shared/api/report-types';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { fundWithAMonthOfMoney } from '../../support/month-of-money';

const fundName = 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์';

const amount = (report: ReceiptsPaymentsReport, key: string) =>
  [report.receipts, report.income, report.payments, report.expenses].flatMap((group) => group.lines).find((line) => line.key === key)
    ?.amountSatang;

/** Issue 16: the receipts & payments statement for a period, §10's lines for what moved in it. */
describe('receipts & payments statement', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = createTestBackend('2026-11-25');
    await fundWithAMonthOfMoney(backend);
  });
  afterEach(() => backend.close());

  async function saved(file: ProducedFile): Promise<string> {
    const location = join(backend.home, file.fileName);
    expectOk(await backend.app['files.save']({ fileId: file.fileId, location }));
    return location;
  }

  const identity = (report: ReceiptsPaymentsReport) =>
    report.moneyAtStart.totalSatang + report.receiptsTotalSatang - report.paymentsTotalSatang;

  it('shows what moved in a period between the money at its start and at its end', async () => {
    const report = expectOk(await backend.fund['reports.receiptsPayments']({ from: '2026-10-05', to: '2026-10-20' }));
    expect(report.moneyAtStart).toEqual({ cashSatang: 500_000, bankSatang: 2_000_000, totalSatang: 2_500_000 });
    expect(amount(report, 'receipts.contributions')).toBe(105_000);
    expect(report.receiptsTotalSatang).toBe(105_000);
    expect(report.openingSatang).toBe(0);
    expect(amount(report, 'assets.welfare-member')).toBe(40_000);
    expect(amount(report, 'assets.other')).toBe(60_050);
    expect(report.paymentsTotalSatang).toBe(100_050);
    // The transfer to the bank moves money between cash and bank: neither a receipt nor a payment.
    expect(report.moneyAtEnd).toEqual({ cashSatang: 404_950, bankSatang: 2_100_000, totalSatang: 2_504_950 });
    expect(identity(report)).toBe(report.moneyAtEnd.totalSatang);
    expect(report.differenceSatang).toBe(0);
  });

  it('reads partial months at both ends: a range inside October leaves out the days around it', async () => {
    const report = expectOk(await backend.fund['reports.receiptsPayments']({ from: '2026-10-06', to: '2026-10-08' }));
    expect(report.moneyAtStart.totalSatang).toBe(2_605_000);
    expect(report.receiptsTotalSatang).toBe(0);
    expect(report.paymentsTotalSatang).toBe(40_000);
    expect(report.moneyAtEnd.totalSatang).toBe(2_565_000);
    expect(report.differenceSatang).toBe(0);
    // Since long before the fund, through today: the opening balances come in on their own line.
    const all = expectOk(await backend.fund['reports.receiptsPayments']({ from: '2000-01-01', to: '2026-11-25' }));
    expect(all.moneyAtStart.totalSatang).toBe(0);
    expect(all.openingSatang).toBe(2_500_000);
    expect(identity(all)).toBe(all.moneyAtEnd.totalSatang);
    expect(all.moneyAtEnd.totalSatang).toBe(2_504_950);
    // The same day both ends: a single day's movements.
    const day = expectOk(await backend.fund['reports.receiptsPayments']({ from: '2026-10-09', to: '2026-10-09' }));
    expect(day.paymentsTotalSatang).toBe(60_050);
  });

  it('prints the statement on A4 and writes it to a workbook, writing nothing', async () => {
    const counts = tableCounts(backend.db());
    const pdf = expectOk(await backend.fund['exports.receiptsPayments']({ from: '2026-10-01', to: '2026-10-31', format: 'pdf' }));
    expect(pdf.fileName).toBe('งบรายรับ-รายจ่าย 2569-10-01 ถึง 2569-10-31.pdf');
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain(fundName);
    expect(text).toContain('งบรายรับ-รายจ่ายกองทุนสวัสดิการชุมชน');
    expect(text).toContain('เงินคงเหลือปลายงวด');
    const workbook = expectOk(await backend.fund['exports.receiptsPayments']({ from: '2026-10-05', to: '2026-10-20', format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain('เงินคงเหลือต้นงวด');
    expect(cells).toContain('รวมรายจ่ายในงวด');
    // 25,000 baht at the start, 1,050 received, 1,000 baht 50 satang paid, 25,049 baht 50 satang at the end.
    expect(cells).toContain(25_000);
    expect(cells).toContain(1_050);
    expect(cells).toContain(1_000);
    expect(cells).toContain(25_049);
    expect(cells).toContain('50');
    expect(tableCounts(backend.db())).toEqual(counts);
  });

  it('refuses a bad range, naming the field, in Thai and English', async () => {
    const cases = [
      [await backend.fund['reports.receiptsPayments']({ from: '2026-10-20', to: '2026-10-05' }), 'date-range-inverted to'],
      [await backend.fund['reports.receiptsPayments']({ from: '2026-10-01', to: '2026-11-26' }), 'date-in-future to'],
      [await backend.fund['reports.receiptsPayments']({ from: '2026-02-30', to: '2026-10-05' }), 'bad-input from'],
      [await backend.fund['exports.receiptsPayments']({ from: '2026-10-01', to: '2569-01-01', format: 'pdf' }), 'bad-input to'],
      [await backend.fund['exports.receiptsPayments']({ from: '2026-11-01', to: '2026-10-01', format: 'xlsx' }), 'date-range-inverted to'],
    ] as const;
    for (const [result, expected] of cases) {
      expect(result.ok ? 'ok' : `${result.error.code} ${result.error.field}`).toBe(expected);
      expect(result.ok ? '' : result.error.message.th).not.toBe('');
      expect(result.ok ? '' : result.error.message.en).not.toBe('');
    }
  });
});
