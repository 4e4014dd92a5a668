import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 20 §1, the audit trail page in the browser: newest first a page at a time, filtered by keyboard, a bad
 * range refused on its field, printed on A4 and exported to Excel for the filter shown.
 */
describe('the audit trail page', () => {
  let session: WebSession;
  let folder: string;
  const members = 53;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-trail-'));
    expect((await session.host.dispatch('app', 'funds.create', fundInput('trail.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    for (let serial = 1; serial <= members; serial += 1)
      expect((await session.host.dispatch('fund', 'members.register', memberInput(serial))).ok).toBe(true);
    const update = await session.host.dispatch('fund', 'fund.setAdminCost', { percent: 12 });
    if (!update.ok) throw new Error(update.error.message.en);
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-trail-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function download(page: Page, testId: string): Promise<{ path: string; name: string }> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(testId).click()]);
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    return { path, name: file.suggestedFilename() };
  }

  const tableRows = (page: Page) => page.getByTestId('audit-table').locator('tbody tr.ant-table-row');

  it('lists newest first 50 at a time, filters by keyboard, refuses a reversed range, prints A4 and exports', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-auditTrail').click();
    await expect.poll(() => tableRows(page).count()).toBe(50);
    await expect.poll(() => tableRows(page).first().textContent()).toContain('ตั้งเกณฑ์ค่าใช้จ่ายในการบริหาร');
    await screenshot(page, 'trail-01-newest-first');
    await page.getByTestId('audit-more').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tableRows(page).count()).toBeGreaterThan(50);
    await expect.poll(() => page.getByTestId('audit-more').count()).toBe(0);

    // By keyboard: what was done, then a reversed range, refused on its field.
    await page.getByTestId('audit-method').locator('input').focus();
    await page.keyboard.type('ลงทะเบียนสมาชิก');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.getByTestId('audit-from').focus();
    await page.keyboard.type('30/11/2569');
    await page.keyboard.press('Tab');
    await page.keyboard.type('01/11/2569');
    expect(await page.getByTestId('audit-from').inputValue()).toBe('30/11/2569');
    expect(await page.getByTestId('audit-to').inputValue()).toBe('01/11/2569');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ant-form-item-explain-error').textContent()).toContain('ต้องไม่ก่อนวันเริ่มต้น');
    await screenshot(page, 'trail-02-range-refused');
    await page.getByTestId('audit-to').fill('');
    await page.getByTestId('audit-from').fill('01/01/2567');
    await page.getByTestId('audit-from').press('Enter');
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count()).toBe(0);
    await expect.poll(() => tableRows(page).first().textContent()).toContain('ลงทะเบียนสมาชิก');
    expect(await tableRows(page).count()).toBe(50);
    expect(await tableRows(page).first().textContent()).toContain('เหรัญญิก');
    await screenshot(page, 'trail-03-filtered');

    const pdf = await download(page, 'audit-export-pdf');
    expect(pdf.name).toMatch(/^ประวัติการบันทึก .*\.pdf$/);
    const sizes = await pdfPageSizes(pdf.path);
    expect(sizes.every(([width, height]) => width === 842 && height === 595)).toBe(true);
    const text = (await pdfPages(pdf.path)).flat().join(' ');
    expect(text).toContain('สิ่งที่ทำ: ลงทะเบียนสมาชิก');
    expect(text).toContain(`รวม ${members} รายการ`);
    expect(text).not.toContain('ตั้งเกณฑ์ค่าใช้จ่ายในการบริหาร');
    // The pages as a person sees them, kept beside the screenshots to look at.
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, join(artifactsFolder, 'trail-04-pdf')]);

    const excel = await download(page, 'audit-export-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(excel.path);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat());
    expect(cells.filter((cell) => cell === 'ลงทะเบียนสมาชิก')).toHaveLength(members);
  });
});
