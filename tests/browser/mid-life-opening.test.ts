import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput } from '../support/builders';
import { pdfPageSizes, pdfPages } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const fundName = 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์';

/** Issue 16 §4–5 on screen: a fund opening mid-life types its last paper §10, sees it balanced, and prints the status form. */
describe('a mid-life opening typed line by line, and the status form on paper and in Excel', () => {
  let session: WebSession;
  let folder: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-opening-'));
    const created = await session.host.dispatch('app', 'funds.create', fundInput('opening.swfund'));
    expect(created.ok).toBe(true);
    const bank = await session.host.dispatch('fund', 'bankAccounts.add', {
      bankName: 'ธ.ก.ส.',
      branch: 'ท่าแซะ',
      accountNo: '012-3-45678-9',
      accountType: 'savings',
    });
    expect(bank.ok).toBe(true);
  });
  afterAll(async () => session?.close());

  async function download(page: Page, testId: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(testId).click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return path;
  }

  it('enters the paper §10 line by line, is told the difference until it balances, and §10 shows the paper', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-settings').click();
    // Money on hand, then the rest of the paper: 80,000 contributions + 2,070.50 interest
    // = 12,070.50 cash + 50,000 bank + 18,000 welfare + 2,000 transport.
    await page.getByTestId('opening-cash').fill('12070.50');
    await page.getByTestId('opening-3201').fill('50000');
    await page.getByTestId('opening-line-1100').fill('80000');
    await page.getByTestId('opening-line-2300').fill('2070.50');
    await page.getByTestId('opening-line-5000').fill('18000');
    await page.getByTestId('opening-line-4200').fill('200');
    await expect.poll(() => page.getByTestId('opening-balance').textContent()).toContain('ต่างกัน 1,800.00 บาท');
    await page.getByTestId('opening-balance').scrollIntoViewIfNeeded();
    await screenshot(page, '80-opening-unbalanced');
    // Saving it anyway is refused, naming the difference, and nothing is written.
    await page.getByTestId('opening-submit').click();
    await expect.poll(() => page.getByTestId('opening-problem').textContent()).toContain('ต่างกัน 1,800.00 บาท');
    const none = await session.host.dispatch('fund', 'ledger.openingBalances', {});
    expect(none).toMatchObject({ ok: true, value: { recorded: false } });

    await page.getByTestId('opening-line-4200').fill('2000');
    await expect.poll(() => page.getByTestId('opening-balance').textContent()).toContain('สองด้านเท่ากัน: 82,070.50 บาท');
    await page.getByTestId('opening-submit').click();
    await expect.poll(() => page.getByTestId('opening-recorded-lines').count()).toBe(1);
    expect(await page.getByTestId('opening-recorded-lines').textContent()).toContain('80,000.00');
    await screenshot(page, '81-opening-recorded');

    await page.getByTestId('menu-reports').click();
    const tab = page.getByRole('tab', { name: /§10/ });
    await tab.focus();
    await tab.press('Enter');
    const receipts = page.getByTestId('section10-receipts');
    await expect.poll(() => receipts.textContent()).toContain('80,000');
    const payments = await page.getByTestId('section10-payments').textContent();
    expect(payments).toContain('50,000');
    expect(payments).toContain('18,000');
    expect(await receipts.textContent()).toContain('82,070');
    expect(payments).toContain('82,070');
    await screenshot(page, '82-opening-section10');
  });

  it('prints the status form of the year to A4 and writes it to Excel from its tab', async () => {
    const { page } = session;
    const tab = page.getByRole('tab', { name: /แบบแสดงสถานะกองทุน/ });
    await tab.focus();
    await tab.press('Enter');
    await expect.poll(() => page.getByTestId('status-form-year').textContent()).toContain('ปีงบประมาณ 2570');
    await screenshot(page, '83-status-form-tab');
    const pdf = await download(page, 'status-form-export-pdf');
    expect((await pdfPageSizes(pdf))[0]).toEqual([595, 842]);
    const text = (await pdfPages(pdf)).flat().join(' ');
    expect(text).toContain('แบบแสดงสถานะกองทุนสวัสดิการชุมชน');
    expect(text).toContain(fundName);
    expect(text).toContain('10. รายงานฐานะการเงิน');
    expect(text).toContain('ยังไม่ได้กรอก');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', pdf, join(artifactsFolder, '84-status-form-pdf')]);
    const workbook = await download(page, 'status-form-export-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    expect(book.worksheets[0]?.name).toBe('1. ข้อมูลกองทุน');
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain(fundName);
    expect(cells).toContain(80_000);
  });
});

/** An opening recorded the old way (money on hand against ยอดยกมา) spread over the paper §10 on the same screen. */
describe('reclassifying an old opening in the settings', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    expect((await session.host.dispatch('app', 'funds.create', fundInput('old-opening.swfund'))).ok).toBe(true);
    const opening = await session.host.dispatch('fund', 'ledger.recordOpeningBalances', {
      requestId: 'browser-old-opening',
      balances: [{ accountCode: '3100', amountSatang: 6_207_050 }],
    });
    expect(opening.ok).toBe(true);
  });
  afterAll(async () => session?.close());

  it('spreads 62,070.50 baht of ยอดยกมา over the lines, told what is left until it is all spread', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-settings').click();
    await expect.poll(() => page.getByTestId('opening-reclassify').count()).toBe(1);
    await page.getByTestId('reclassify-1100').fill('80000');
    await page.getByTestId('reclassify-2300').fill('2070.50');
    await page.getByTestId('reclassify-5000').fill('18000');
    await expect.poll(() => page.getByTestId('reclassify-balance').textContent()).toContain('ต่างกัน 2,000.00 บาท');
    await page.getByTestId('reclassify-4200').fill('2000');
    await expect.poll(() => page.getByTestId('reclassify-balance').textContent()).toContain('แยกได้ครบ 62,070.50 บาท');
    await page.getByTestId('reclassify-balance').scrollIntoViewIfNeeded();
    await screenshot(page, '85-opening-reclassify');
    await page.getByTestId('reclassify-submit').click();
    await expect.poll(() => page.getByTestId('opening-reclassify').count()).toBe(0);
    expect(await page.getByTestId('opening-recorded-lines').textContent()).toContain('80,000.00');
    const section10 = await session.host.dispatch('fund', 'reports.section10', {});
    expect(section10).toMatchObject({ ok: true, value: { openingSatang: 0, differenceSatang: 0, receiptsTotalSatang: 8_207_050 } });
  });
});
