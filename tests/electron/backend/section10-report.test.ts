import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProducedFile } from '../../../shared/api/fund-types';
import type { Section10Report } from '../../../shared/api/report-types';
import { tableCounts } from '../../support/ledger-checks';
import { pdfPages } from '../../support/pdf-text';
import { createTestBackend, expectOk, type TestBackend } from '../../support/test-backend';
import { fundWithAMonthOfMoney } from '../../support/month-of-money';

const fundName = 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์';

const amount = (report: Section10Report, key: string) =>
  [report.receipts, report.income, report.assets, report.expenses].flatMap((group) => group.lines).find((line) => line.key === key)
    ?.amountSatang;

/** Issue 16 §5: the §10 financial position report, cumulative and balanced, from the monthly totals. */
describe('§10 financial position report', () => {
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

  it('balances its two sides, each line what was posted, and agrees with the trial balance', async () => {
    const report = expectOk(await backend.fund['reports.section10']({}));
    expect(report.asOf).toBe('2026-11-25');
    expect(report.openingSatang).toBe(2_500_000);
    expect(amount(report, 'receipts.contributions')).toBe(105_000);
    expect(report.receipts.subtotalSatang).toBe(105_000);
    expect(report.income.subtotalSatang).toBe(0);
    // Cash: 5,000 + 1,050 − 400 (welfare) − 600.50 (community) − 1,000 (to the bank); the bank 20,000 + 1,000.
    expect(amount(report, 'assets.cash')).toBe(500_000 + 105_000 - 40_000 - 60_050 - 100_000);
    expect(amount(report, 'assets.bank')).toBe(2_100_000);
    expect(amount(report, 'assets.welfare-member')).toBe(40_000);
    expect(amount(report, 'assets.other')).toBe(60_050);
    expect(report.expenses.subtotalSatang).toBe(0);
    expect(report.receiptsTotalSatang).toBe(2_605_000);
    expect(report.paymentsTotalSatang).toBe(2_605_000);
    expect(report.differenceSatang).toBe(0);

    // The trial balance's debits are the payments side and its credits the receipts side.
    const trial = expectOk(await backend.fund['ledger.trialBalance']({}));
    const net = trial.map((row) => row.debitSatang - row.creditSatang);
    expect(net.filter((value) => value > 0).reduce((sum, value) => sum + value, 0)).toBe(report.paymentsTotalSatang);
    expect(-net.filter((value) => value < 0).reduce((sum, value) => sum + value, 0)).toBe(report.receiptsTotalSatang);
  });

  it('reads an earlier day without what was posted after it in the same month', async () => {
    const report = expectOk(await backend.fund['reports.section10']({ asOf: '2026-10-08' }));
    expect(amount(report, 'assets.cash')).toBe(500_000 + 105_000 - 40_000);
    expect(amount(report, 'assets.bank')).toBe(2_000_000);
    expect(amount(report, 'assets.other')).toBe(0);
    expect(report.differenceSatang).toBe(0);
    expect(report.receiptsTotalSatang).toBe(2_605_000);
  });

  it('prints §10 on A4 and writes it to a workbook, writing only the note that it went out (the year-end checklist reads it)', async () => {
    const counts = tableCounts(backend.db());
    const pdf = expectOk(await backend.fund['exports.section10']({ format: 'pdf' }));
    expect(pdf.fileName).toBe('รายงานฐานะการเงิน ณ 2569-11-25.pdf');
    const text = (await pdfPages(await saved(pdf))).flat().join(' ');
    expect(text).toContain(fundName);
    expect(text).toContain('รายงานฐานะการเงินกองทุนสวัสดิการชุมชน');
    expect(text).toContain('ยอดยกมา');
    const workbook = expectOk(await backend.fund['exports.section10']({ asOf: '2026-11-01', format: 'xlsx' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await saved(workbook));
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain('รายการรับ');
    expect(cells).toContain('รวมยอดบัญชีรายจ่าย');
    // 26,050 baht on both totals; 4,049 baht 50 satang of cash.
    expect(cells.filter((value) => value === 26_050).length).toBeGreaterThanOrEqual(2);
    expect(cells).toContain(4_049);
    expect(cells).toContain('50');
    // Each side's subtotals are bold on their own side only: an ordinary line facing one reads as a line.
    const fontOf = (label: string) => {
      let bold: boolean | undefined;
      book.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cell.value === label && (bold = Boolean(cell.font?.bold))));
      return bold;
    };
    expect(fontOf('รวมสินทรัพย์/เงินคงเหลือ')).toBe(true);
    expect(fontOf('อื่น ๆ')).toBe(false);
    expect(fontOf('ค่าตอบแทนคนทำงาน')).toBe(false);
    const after = tableCounts(backend.db());
    expect(after.produced_documents).toBe(2);
    expect({ ...after, produced_documents: 0, audit_events: 0, chain_links: 0 }).toEqual({
      ...counts,
      produced_documents: 0,
      audit_events: 0,
      chain_links: 0,
    });
  });

  it('refuses a day after today and a malformed date, naming the field', async () => {
    const cases = [
      [await backend.fund['reports.section10']({ asOf: '2026-11-26' }), 'date-in-future asOf'],
      [await backend.fund['reports.section10']({ asOf: '2026-02-30' }), 'bad-input asOf'],
      [await backend.fund['exports.section10']({ asOf: '2569-01-01', format: 'pdf' }), 'bad-input asOf'],
      [await backend.fund['exports.section10']({ asOf: '2027-01-01', format: 'xlsx' }), 'date-in-future asOf'],
    ] as const;
    for (const [result, expected] of cases) {
      expect(result.ok ? 'ok' : `${result.error.code} ${result.error.field}`).toBe(expected);
      expect(result.ok ? '' : result.error.message.th).not.toBe('');
    }
  });
});
