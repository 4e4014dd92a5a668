import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { pdfPages, pdfPageSizes } from '../support/pdf-text';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Whether the keyboard's focus is in the field with this test id (antd puts the id on a wrapper or the input). */
function focusedIn(page: Page, testId: string) {
  return () =>
    page.evaluate(
      (id) =>
        document.activeElement?.closest(`[data-testid="${id}"]`) !== null || document.activeElement?.getAttribute('data-testid') === id,
      testId,
    );
}

/** The focused input's value and whether all of it is selected, so the next key typed replaces it. */
function focusedSelection(page: Page) {
  return page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement | null;
    return { value: input?.value ?? '', selected: input?.selectionStart === 0 && input.selectionEnd === input.value.length };
  });
}

/** A collector enters a collection day at keyboard speed and posts it as a job with a progress bar. */
describe('collection day in the browser', () => {
  let session: WebSession;
  let folder: string;
  beforeAll(async () => {
    session = await startWebSession();
    folder = mkdtempSync(join(tmpdir(), 'swf-day-sheet-'));
    const created = await session.host.dispatch('app', 'funds.create', fundInput('collection.swfund', { openedOn: '2024-01-01' }));
    expect(created.ok).toBe(true);
    for (const serial of [1, 2, 3]) expect((await session.host.dispatch('fund', 'members.register', memberInput(serial))).ok).toBe(true);
    // Two members approved in October 2569: their dues start that month, so two months are ต.ค.–พ.ย. 2569.
    for (const serial of [4, 5])
      expect(
        (
          await session.host.dispatch(
            'fund',
            'members.register',
            memberInput(serial, { appliedOn: '2026-10-01', approvedOn: '2026-10-05' }),
          )
        ).ok,
      ).toBe(true);
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-collection-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function chooseMember(memberNo: string, focusTo = 'batch-months') {
    const { page } = session;
    const member = page.getByTestId('batch-member').locator('input');
    await member.fill(memberNo);
    await page.locator('.ant-select-item-option').filter({ hasText: memberNo }).first().waitFor();
    await member.press('Enter');
    await expect.poll(focusedIn(page, focusTo), { timeout: 5000 }).toBe(true);
  }

  const amountInput = () => session.page.locator('[data-testid="batch-amount"] input, input[data-testid="batch-amount"]').first();

  it('types three lines with the keyboard, posts them, and opens a line’s receipt', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-collection').click();
    await page.getByTestId('batch-collector').fill('นางมาลี ศรีสุข');
    await page.getByTestId('batch-create').click();
    await page.getByTestId('batch-member').locator('input').waitFor();
    for (const memberNo of ['00001', '00002', '00003']) {
      // The focus moves by itself: member → months → amount, each confirmed with Enter.
      await chooseMember(memberNo);
      await page.keyboard.press('Enter');
      await expect.poll(() => amountInput().inputValue(), { timeout: 5000 }).toBe('30.00');
      await expect.poll(focusedIn(page, 'batch-amount'), { timeout: 5000 }).toBe(true);
      if (memberNo === '00003') {
        // A new member pays the entry fee with the first month: the quote adds the plan's 20 baht.
        await page.getByTestId('batch-entry-fee').click();
        await expect.poll(() => amountInput().inputValue(), { timeout: 5000 }).toBe('50.00');
        await amountInput().focus();
      }
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('batch-lines').textContent(), { timeout: 5000 }).toContain(memberNo);
    }
    await expect.poll(() => page.getByTestId('batch-total').textContent()).toContain('110.00');
    await screenshot(page, '11-collection-entry');
    // Posting asks once, with the day's figures: lines, members, months, and the total in figures and in words.
    await page.getByTestId('batch-post').click();
    const summary = page.getByTestId('batch-post-summary');
    await expect.poll(() => summary.textContent()).toContain('110.00');
    const asked = (await summary.textContent()) ?? '';
    expect(asked).toContain('หนึ่งร้อยสิบบาทถ้วน');
    expect(asked).toMatch(/3\s*รายการ/);
    expect(asked).toMatch(/สมาชิก\s*3\s*คน/);
    expect(asked).toMatch(/3\s*เดือน/);
    // The picture only: the dialog's opening animation has ended.
    await page.waitForTimeout(600);
    await screenshot(page, '11b-collection-post-confirm');
    await page.getByTestId('batch-post-ok').click();
    await expect.poll(() => page.getByTestId('batch-receipts').textContent()).toMatch(/RC2570-000001 – RC2570-000003/);
    // A fund numbering receipts by fiscal year says which one, once, where the numbers are shown.
    expect(await page.getByTestId('batch-receipts').textContent()).toContain('ปีงบประมาณ 2570');
    await screenshot(page, '12-collection-posted');
    await page.getByTestId('batch-receipt-00002').click();
    await expect.poll(() => page.getByTestId('receipt-words').textContent()).toBe('(สามสิบบาทถ้วน)');
    await page.getByTestId('menu-cashbook').click();
    // One cash-book line per credited account: the contributions (90) and the entry fee (20).
    await expect.poll(() => page.getByTestId('cash-book').textContent()).toContain('90.00');
    const cashBook = (await page.getByTestId('cash-book').textContent()) ?? '';
    expect(cashBook).toContain('20.00');
    // The entry fee was one receipt: its line names that receipt alone, not "RC… – RC… (1 ราย)".
    expect(cashBook).toContain('ค่าธรรมเนียมแรกเข้า ใบเสร็จ RC2570-000003');
    expect(cashBook).not.toContain('RC2570-000003 – RC2570-000003');
    await screenshot(page, '13-cash-book-batch');
  });

  it('offers every receipt of the posted day to print, one after another in number order, and a day sheet for the committee', async () => {
    const { page } = session;
    await page.getByTestId('menu-collection').click();
    await page.getByTestId('batch-list').locator('.ant-table-row').first().click();
    await page.getByTestId('batch-print-receipts').click();
    await expect.poll(() => page.getByTestId('receipt-paper').count()).toBe(3);
    const numbers = await page.getByTestId('receipt-number').allTextContents();
    expect(numbers.map((text) => /RC\d{4}-\d{6}/.exec(text)?.[0])).toEqual(['RC2570-000001', 'RC2570-000002', 'RC2570-000003']);
    await screenshot(page, '14-collection-receipts');
    // Printed on A4 (the fund's default), one receipt to a sheet.
    const receiptsPdf = join(folder, 'receipts.pdf');
    await page.pdf({ path: receiptsPdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(await pdfPageSizes(receiptsPdf)).toEqual([
      [595, 842],
      [595, 842],
      [595, 842],
    ]);
    const receiptPages = await pdfPages(receiptsPdf);
    expect(receiptPages.map((texts) => /RC\d{4}-\d{6}/.exec(texts.join(' '))?.[0])).toEqual([
      'RC2570-000001',
      'RC2570-000002',
      'RC2570-000003',
    ]);

    await page.getByTestId('batch-receipts-back').click();
    await page.getByTestId('batch-day-sheet-pdf').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByTestId('batch-day-sheet-pdf').click(),
    ]);
    const sheet = join(folder, download.suggestedFilename());
    await download.saveAs(sheet);
    expect(download.suggestedFilename()).toBe('สรุปการเก็บเงินสมทบ 2569-11-25.pdf');
    expect(await pdfPageSizes(sheet)).toEqual([[595, 842]]);
    const text = (await pdfPages(sheet)).flat().join(' ');
    for (const expected of ['นางมาลี ศรีสุข', 'RC2570-000001', 'RC2570-000003', '110.00', 'หนึ่งร้อยสิบบาทถ้วน', 'ลงชื่อ', 'ผู้เก็บเงิน'])
      expect(text).toContain(expected);
    expect(text).toContain(memberInput(2).lastName);
  });

  it('selects the months field on entry, so a typed 2 means two months, and shows the months and amount before saving', async () => {
    const { page } = session;
    await page.getByTestId('menu-collection').click();
    await page.getByTestId('batch-create').click();
    await page.getByTestId('batch-member').locator('input').waitFor();
    await chooseMember('00004');
    expect(await focusedSelection(page)).toEqual({ value: '1', selected: true });
    await page.keyboard.type('2');
    await expect.poll(() => page.getByTestId('batch-preview').textContent(), { timeout: 5000 }).toContain('ต.ค. – พ.ย. 2569');
    expect(await page.getByTestId('batch-preview').textContent()).toContain('60.00');
    await page.keyboard.press('Enter');
    await expect.poll(focusedIn(page, 'batch-amount'), { timeout: 5000 }).toBe(true);
    await expect.poll(() => focusedSelection(page)).toEqual({ value: '60.00', selected: true });
    await page.waitForTimeout(600);
    await screenshot(page, '15-collection-preview');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('batch-total').textContent(), { timeout: 5000 }).toContain('60.00');
  });

  it('says when a member is already on the day, and adds the months or replaces the line as the collector chooses', async () => {
    const { page } = session;
    // The line already holds two months: the collector sees it, on the entry and on the line itself, and the
    // keyboard goes to the choice first.
    await chooseMember('00004', 'batch-mode');
    await expect.poll(() => page.getByTestId('batch-duplicate').textContent(), { timeout: 5000 }).toContain('2 เดือน');
    expect(await page.getByTestId('batch-duplicate').textContent()).toContain('60.00');
    expect(await page.locator('.batch-line-duplicate').count()).toBe(1);
    // Passing the choice by: Enter to the months, the amount, and saving is refused, the line as it was.
    await page.keyboard.press('Enter');
    await expect.poll(focusedIn(page, 'batch-months'), { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('batch-problem').textContent(), { timeout: 5000 }).toMatch(/เพิ่ม|แทน/);
    expect(await page.getByTestId('batch-total').textContent()).toContain('60.00');
    await expect.poll(focusedIn(page, 'batch-mode'), { timeout: 5000 }).toBe(true);
    await screenshot(page, '16-collection-duplicate');

    // Space takes the first choice, "add": the line will hold three months, and this entry brings 30.00.
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(focusedIn(page, 'batch-months'), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.getByTestId('batch-preview').textContent(), { timeout: 5000 }).toContain('ต.ค. – ธ.ค. 2569');
    expect(await page.getByTestId('batch-preview').textContent()).toContain('90.00');
    await expect.poll(() => amountInput().inputValue()).toBe('30.00');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('batch-total').textContent(), { timeout: 5000 }).toContain('90.00');
    expect(await page.getByTestId('batch-count').textContent()).toContain('1');
    expect(await page.getByTestId('batch-lines').textContent()).toMatch(/3\s*90\.00/);

    // The arrow key takes "replace": the line becomes this entry's one month.
    await chooseMember('00004', 'batch-mode');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('batch-mode-replace').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('batch-preview').textContent(), { timeout: 5000 }).toContain('ต.ค. 2569');
    await expect.poll(() => amountInput().inputValue()).toBe('30.00');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('batch-total').textContent(), { timeout: 5000 }).toContain('30.00');
    expect(await page.getByTestId('batch-count').textContent()).toContain('1');
    expect(await page.locator('.batch-line-duplicate').count()).toBe(0);
  });
});
