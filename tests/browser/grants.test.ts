import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

const fundName = 'กองทุนสวัสดิการชุมชนตำบลทรัพย์อนันต์';

/**
 * Issue 16 §3 on screen: a government matching grant through CODI recorded with its round, received into a bank
 * account (a bad amount refused on its field first), the bank book showing it, the matching list counting the
 * members once more, and the matching-grant proposal printed on A4 and written to Excel.
 */
describe('grants in the browser', () => {
  let session: WebSession;
  let folder: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-grants-'));
    const { host } = session;
    const value = <T>(result: { ok: boolean; value?: unknown }): T => {
      expect(result.ok).toBe(true);
      return result.value as T;
    };
    value(await host.dispatch('app', 'funds.create', fundInput('grants.swfund', { foundedOn: '2020-06-01' })));
    for (const serial of [1, 2]) value(await host.dispatch('fund', 'members.register', memberInput(serial)));
    value(
      await host.dispatch('fund', 'bankAccounts.add', {
        bankName: 'ธนาคารออมสิน',
        branch: 'ท่าแซะ',
        accountNo: '020-1-23456-7',
        accountType: 'savings',
      }),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(page: Page, testId: string): Promise<{ path: string; name: string }> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId(testId).click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return { path, name: file.suggestedFilename() };
  }

  it('records a government matching grant with its round and receives it into the bank account', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    // The page is on the side menu, reached with the keyboard.
    const menu = page.getByTestId('menu-grants');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('grants-page').count()).toBe(1);

    await page.getByTestId('grant-add').click();
    await page.getByTestId('grant-round-no').fill('1');
    await page.getByTestId('grant-cutoff-year').click();
    await page.getByTitle('30 ก.ย. 2568').click();
    await page.getByTestId('grant-subject').fill('งบสมทบจากรัฐบาลผ่าน พอช. ปี 2569');
    await page.getByTestId('grant-reference').fill('พอช. 123/2569');
    await page.getByTestId('grant-amount-requested').fill('730');
    await screenshot(page, '90-grant-add');
    await page.getByTestId('grant-add-submit').click();
    await expect.poll(() => page.getByTestId('grants-table').textContent()).toContain('งบสมทบจากรัฐบาลผ่าน พอช. ปี 2569');
    expect(await page.getByTestId('rounds-table').textContent()).toContain('30 ก.ย. 2568');

    const receive = page.locator('[data-testid^="grant-receive-"]').first();
    await receive.click();
    await page.getByTestId('grant-receive-account').click();
    await page.locator('.ant-select-item-option', { hasText: '020-1-23456-7' }).click();
    // Nothing is received for no money: the amount's own field says so, in Thai.
    await page.getByTestId('grant-receive-amount').fill('0');
    await page.getByTestId('grant-receive-submit').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').allTextContents())
      .toContainEqual(expect.stringContaining('จำนวนเงิน'));
    await screenshot(page, '91-grant-receive-refused');
    await page.getByTestId('grant-receive-amount').fill('730');
    await page.getByTestId('grant-receive-submit').click();
    await expect.poll(() => page.getByTestId('grant-status-received').count()).toBe(1);
    await screenshot(page, '92-grant-received');
    // The round's members, as the eligibility list at 30 September 2568 counted them.
    await page.getByTestId('round-open-1').click();
    await expect.poll(() => page.getByTestId('round-members').textContent()).toContain(memberInput(2).lastName);
    expect(await page.getByTestId('round-summary').textContent()).toContain('2 คน');
    await screenshot(page, '92-grant-round-members');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('round-members').count()).toBe(0);
  });

  it('shows the grant in the bank book and counts its members as matched once', async () => {
    const { page } = session;
    await page.getByTestId('menu-cashbook').click();
    await page.getByTestId('cash-account').click();
    await page.locator('.ant-select-item-option', { hasText: '020-1-23456-7' }).click();
    const book = page.getByTestId('cash-book');
    await expect.poll(() => book.textContent()).toContain('รับเงินสนับสนุน งบสมทบจากรัฐบาลผ่าน พอช. ปี 2569');
    expect(await book.textContent()).toContain('730.00');
    await screenshot(page, '93-grant-bank-book-a');

    await page.getByTestId('menu-reports').click();
    const tab = page.getByRole('tab', { name: /สิทธิ์ขอรับการสมทบ/ });
    await tab.focus();
    await tab.press('Enter');
    // The list is a virtual table: its rows and cells are not <tr>/<td>.
    const row = page.getByTestId('matching-table').locator('.ant-table-row', { hasText: memberInput(1).lastName });
    await expect.poll(() => row.locator('.ant-table-cell').last().textContent()).toBe('1');
    await screenshot(page, '93-grant-matching-list');
  });

  it('prints the matching-grant proposal on A4 in Thai and writes it to Excel', async () => {
    const { page } = session;
    await page.getByTestId('menu-grants').click();
    const card = page.getByTestId('proposal-card');
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('proposal-rounds').textContent()).toContain('730.00');
    await expect.poll(() => page.getByTestId('proposal-amount').textContent()).toBe('730.00');
    await screenshot(page, '94-grant-proposal');
    const pdf = await download(page, 'proposal-export-pdf');
    expect(pdf.name).toBe('แบบเสนอขอรับการสนับสนุนงบสมทบ ปี 2569.pdf');
    expect((await pdfPageSizes(pdf.path))[0]).toEqual([595, 842]);
    const text = (await pdfPages(pdf.path)).flat().join(' ');
    expect(text).toContain(fundName);
    expect(text).toContain('แบบเสนอเพื่อรับการสนับสนุนกองทุนสวัสดิการชุมชน');
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf.path, join(artifactsFolder, '95-grant-proposal-pdf')]);
    const excel = await download(page, 'proposal-export-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(excel.path);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells).toContain('การได้รับงบสมทบจากรัฐบาลรอบที่ผ่านมา');
    expect(cells).toContain(730);
  });
});
