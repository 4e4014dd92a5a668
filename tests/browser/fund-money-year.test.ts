import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const fundName = 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์';
const bankNo = '020-1-55555-5';

/**
 * Issue 16's own browser test: a treasurer's money for a year, typed in the UI at 1366×768 — a local-government
 * grant received into the bank, a transfer from the bank to cash, an expense from cash and a welfare payment of an
 * approved claim from cash — then §10 (both sides equal, agreeing with the trial balance), the status form, the
 * Excel files read back and the PDFs' text. Only the members, contributions, welfare types and the claim are set up
 * through the host. The fund's year starts in April, so the books' default period is read from the fund, not assumed.
 */
describe("a fund's money for a year in the browser", () => {
  let session: WebSession;
  let folder: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-money-year-'));
    const { host } = session;
    const value = <T>(result: { ok: boolean; value?: unknown }): T => {
      expect(result.ok).toBe(true);
      return result.value as T;
    };
    value(await host.dispatch('app', 'funds.create', fundInput('money-year.swfund', { foundedOn: '2020-06-01', fiscalYearStartMonth: 4 })));
    value(
      await host.dispatch('fund', 'bankAccounts.add', {
        bankName: 'ธนาคารออมสิน',
        branch: 'ท่าแซะ',
        accountNo: bankNo,
        accountType: 'savings',
      }),
    );
    const types = value<{ id: number; code: string }[]>(
      await host.dispatch('fund', 'welfare.applyTemplate', { templateKey: 'one-baht-a-day', effectiveFrom: '2024-01-01' }),
    );
    const memberId = value<{ id: number }>(await host.dispatch('fund', 'members.register', memberInput(1))).id;
    // 1,050 baht of contributions in cash.
    value(
      await host.dispatch('fund', 'contributions.record', {
        requestId: 'money-year-dues-01',
        memberId,
        receivedOn: '2024-01-25',
        monthCount: 35,
        amountSatang: 105_000,
        numbering: { kind: 'app' },
        accountCode: '3100',
      }),
    );
    const claim = value<{ id: number }>(
      await host.dispatch('fund', 'welfare.recordClaim', {
        requestId: 'money-year-claim-01',
        typeId: types.find((type) => type.code === 'hospital')?.id ?? 0,
        memberId,
        eventDate: '2026-11-01',
        units: 2,
        recipient: { kind: 'member' },
      }),
    );
    value(await host.dispatch('fund', 'welfare.approveClaim', { claimId: claim.id, meetingRef: 'มติ 11/2569' }));
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-money-year-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** A dropdown chosen as a treasurer does at the keyboard: focus it, type part of the choice, Enter. */
  async function choose(page: Page, field: Locator, typed: string): Promise<void> {
    await field.click();
    await page.keyboard.type(typed);
    await expect
      .poll(() =>
        page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active').first().textContent(),
      )
      .toContain(typed);
    await page.keyboard.press('Enter');
  }

  /** A field by its test id, whether the id sits on the input itself or on its wrapper. */
  function input(page: Page, testId: string): Locator {
    return page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`).first();
  }

  async function openTab(page: Page, name: RegExp): Promise<void> {
    const tab = page.getByRole('tab', { name });
    await tab.focus();
    await tab.press('Enter');
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  }

  async function download(page: Page, testId: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(testId).click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return path;
  }

  async function excelValues(path: string): Promise<unknown[]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    return book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat(2));
  }

  it('adds a local-government grant and receives it into the bank', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    const menu = page.getByTestId('menu-grants');
    await menu.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('grants-page').waitFor();
    await page.getByTestId('grant-add').click();
    await choose(page, page.getByTestId('grant-source'), 'องค์กรปกครอง');
    await page.getByTestId('grant-subject').fill('เงินอุดหนุนจาก อบต.ทรัพย์อนันต์ ปี 2570');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ทอ 123/2569');
    await input(page, 'grant-amount-requested').fill('20,000');
    await screenshot(page, 'money-year-01-grant-add');
    await page.getByTestId('grant-add-submit').click();
    await expect.poll(() => page.getByTestId('grants-table').textContent()).toContain('เงินอุดหนุนจาก อบต.ทรัพย์อนันต์ ปี 2570');

    await page.locator('[data-testid^="grant-receive-"]').first().click();
    await choose(page, page.getByTestId('grant-receive-account'), bankNo);
    await input(page, 'grant-receive-amount').fill('20,000');
    await screenshot(page, 'money-year-02-grant-receive');
    await page.getByTestId('grant-receive-submit').click();
    await expect.poll(() => page.getByTestId('grant-status-received').count()).toBe(1);
    await screenshot(page, 'money-year-03-grant-received');
  });

  it('moves 5,000 baht from the bank to cash, with the books on the fund’s own fiscal year', async () => {
    const { page } = session;
    await page.getByTestId('menu-cashbook').click();
    await page.getByTestId('cash-transfer').click();
    await choose(page, page.getByTestId('transfer-from'), bankNo);
    await choose(page, page.getByTestId('transfer-to'), 'เงินสด');
    await input(page, 'transfer-amount').fill('5,000');
    await page.getByTestId('transfer-note').fill('ถอนเงินจากธนาคารมาจ่ายสวัสดิการ');
    await screenshot(page, 'money-year-04-transfer');
    await page.getByTestId('transfer-submit').click();
    await expect.poll(() => page.getByTestId('transfer-submit').count()).toBe(0);
    await expect.poll(() => page.getByTestId('cash-book').textContent()).toContain('5,000.00');
    await screenshot(page, 'money-year-05-cash-book');
    // With no "from", the cash book on paper starts on the fiscal year's first day (1 April 2569), not 1 January.
    const book = await download(page, 'money-book-export-pdf');
    const bookText = (await pdfPages(book)).flat().join(' ');
    expect(bookText).toContain('1 เม.ย. 2569');
    expect(bookText).not.toContain('1 ม.ค. 2569');
    // The journal's period opens on the same day.
    await openTab(page, /สมุดรายวันทั่วไป/);
    await expect.poll(() => input(page, 'journal-from').inputValue()).toBe('01/04/2569');
  });

  it('pays an administration expense from cash', async () => {
    const { page } = session;
    await page.getByTestId('menu-otherMoney').click();
    await page.getByRole('tab', { name: 'จ่ายค่าใช้จ่ายบริหาร' }).click();
    await choose(page, page.getByTestId('expense-category'), 'เอกสาร');
    await input(page, 'expense-amount').fill('1,500');
    await page.getByTestId('expense-description').fill('ค่าถ่ายเอกสารรายงานประจำปี');
    await page.getByTestId('expense-payee').fill('ร้านถ่ายเอกสารท่าแซะ');
    await choose(page, page.getByTestId('expense-account'), 'เงินสด');
    await expect.poll(() => page.getByTestId('admin-cost-info').textContent()).toContain('4,000.00');
    await screenshot(page, 'money-year-06-expense');
    await page.getByTestId('expense-submit').click();
    await expect.poll(() => page.getByTestId('voucher-words').textContent()).toBe('(หนึ่งพันห้าร้อยบาทถ้วน)');
    await screenshot(page, 'money-year-07-expense-voucher');
  });

  it('pays the approved claim from cash', async () => {
    const { page } = session;
    await page.getByTestId('menu-welfare').click();
    await page.locator('[data-testid^="claim-pay-"]').first().click();
    await expect.poll(() => page.getByTestId('pay-plan').textContent()).toContain('400.00');
    await choose(page, page.getByTestId('pay-account'), 'เงินสด');
    await screenshot(page, 'money-year-08-welfare-pay');
    await page.getByTestId('pay-confirm').click();
    await expect.poll(() => page.getByTestId('voucher-words').textContent()).toBe('(สี่ร้อยบาทถ้วน)');
  });

  it('runs §10 with both sides equal and agreeing with the trial balance', async () => {
    const { page } = session;
    // Contributions 1,050 and the grant 20,000 came in; cash 4,150, the bank 15,000, welfare 400 and the expense 1,500.
    await page.getByTestId('menu-reports').click();
    await openTab(page, /§10/);
    const receipts = page.getByTestId('section10-receipts');
    const payments = page.getByTestId('section10-payments');
    await expect.poll(() => receipts.textContent()).toContain('21,050');
    const paid = (await payments.textContent()) ?? '';
    for (const figure of ['21,050', '4,150', '15,000', '400', '1,500']) expect(paid).toContain(figure);
    expect(await receipts.textContent()).toContain('20,000');
    await screenshot(page, 'money-year-09-section10');
    const section10Pdf = await download(page, 'section10-export-pdf');
    expect((await pdfPageSizes(section10Pdf))[0]).toEqual([595, 842]);
    expect((await pdfPages(section10Pdf)).flat().join(' ')).toContain(fundName);
    execFileSync('pdftoppm', ['-png', '-r', '70', section10Pdf, join(artifactsFolder, 'money-year-10-section10-pdf')]);
    const section10Excel = await excelValues(await download(page, 'section10-export-xlsx'));
    for (const figure of [1050, 20_000, 4150, 15_000, 400, 1500]) expect(section10Excel).toContain(figure);

    await page.getByTestId('menu-cashbook').click();
    // The cash book names the member and the payee in narrow description cells: each name's words stay whole.
    const names = page.getByTestId('cash-book').locator('.name-word', { hasText: 'นายสมหญิง' });
    await expect.poll(() => names.count()).toBe(2);
    for (const box of await names.all()) expect((await box.boundingBox())?.height ?? 99).toBeLessThan(30);
    await screenshot(page, 'money-year-11-cash-book-names');
    await openTab(page, /งบทดลอง/);
    await expect.poll(() => page.getByTestId('trial-state').textContent()).toContain('0.00');
    const trial = (await page.getByTestId('trial-table').textContent()) ?? '';
    expect(trial).toContain('21,050.00');
    await screenshot(page, 'money-year-11-trial-balance');
  });

  it('prints the status form on A4 and writes it to Excel', async () => {
    const { page } = session;
    await page.getByTestId('menu-reports').click();
    await openTab(page, /แบบแสดงสถานะกองทุน/);
    await page.getByTestId('status-form-export-pdf').waitFor();
    await screenshot(page, 'money-year-12-status-form');
    const pdf = await download(page, 'status-form-export-pdf');
    expect((await pdfPageSizes(pdf))[0]).toEqual([595, 842]);
    const text = (await pdfPages(pdf)).flat().join(' ');
    expect(text).toContain(fundName);
    expect(text).toContain('แบบแสดงสถานะกองทุนสวัสดิการชุมชน');
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(artifactsFolder, 'money-year-13-status-form-pdf')]);
    const values = await excelValues(await download(page, 'status-form-export-xlsx'));
    for (const figure of [20_000, 400, 1500]) expect(values).toContain(figure);
  });
});
