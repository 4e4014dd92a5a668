import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput } from '../support/builders';
import { pdfPages } from '../support/pdf-text';
import { artifactsFolder, screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Thai as pdf.js gives it back from Chromium's PDF: spaces and some vowel and tone marks dropped on both sides. */
function skeleton(text: string): string {
  return text.replace(/\u0E33/g, '\u0E32').replace(/[\s\u0000\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '');
}

/**
 * Issue 16 §3 on screen: a donation received into the bank on a receipt, then a transport expense paid from cash
 * that passes Decision 14's 20 % limit: the form shows the warning with its figures, the treasurer confirms, and the
 * voucher prints on A4 in Thai.
 */
describe('other income and expenses in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    expect((await session.host.dispatch('app', 'funds.create', fundInput('other-money.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    const bank = await session.host.dispatch('fund', 'bankAccounts.add', {
      bankName: 'ธนาคารออมสิน',
      branch: 'ท่าแซะ',
      accountNo: '020-1-22222-2',
      accountType: 'savings',
    });
    expect(bank.ok).toBe(true);
    // 5,000 baht in cash from the opening date: an opening balance, not this year's income.
    const opening = await session.host.dispatch('fund', 'ledger.recordOpeningBalances', {
      requestId: 'other-money-opening-0001',
      balances: [{ accountCode: '3100', amountSatang: 500_000 }],
    });
    expect(opening.ok).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('records a donation into the bank and an expense from cash with the administration-cost warning, and prints the voucher', async () => {
    const { page } = session;
    await page.goto(session.fundUrl());
    // The menu by keyboard: the entry takes focus and Enter opens the page.
    await page.getByTestId('menu-otherMoney').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('income-kind').waitFor();

    // A donation of 10,000 baht into the bank account.
    await page.getByTestId('income-kind').click();
    await page.getByTitle('เงินบริจาค', { exact: true }).click();
    await page.locator('[data-testid="income-amount"] input, input[data-testid="income-amount"]').first().fill('10,000');
    await page.getByTestId('income-description').fill('บริจาคเข้ากองทุนสวัสดิการ');
    await page.getByTestId('income-payer').fill('ร้านค้าชุมชนบ้านทรัพย์อนันต์');
    await page.getByTestId('income-account').click();
    await page.locator('.ant-select-item-option', { hasText: '020-1-22222-2' }).click();
    await screenshot(page, 'other-money-01-donation');
    await page.getByTestId('income-submit').click();
    await expect.poll(() => page.getByTestId('income-receipt-words').textContent()).toBe('(หนึ่งหมื่นบาทถ้วน)');
    expect(await page.getByTestId('income-receipt-number').textContent()).toContain('RC2570-000001');
    expect(await page.getByTestId('income-receipt-into').textContent()).toContain('020-1-22222-2');
    await screenshot(page, 'other-money-02-receipt');

    // An expense: a category is required before anything is sent.
    await page.getByTestId('income-receipt-back').click();
    await page.getByRole('tab', { name: 'จ่ายค่าใช้จ่ายบริหาร' }).click();
    await page.getByTestId('expense-description').fill('ค่าพาหนะไปประชุมเครือข่ายอำเภอ');
    await page.getByTestId('expense-payee').fill('นายสมชาย ใจดี');
    await page.locator('[data-testid="expense-amount"] input, input[data-testid="expense-amount"]').first().fill('1,500');
    // Within the limit: 20 % of 10,000 baht is 2,000.
    await expect.poll(() => page.getByTestId('admin-cost-info').textContent()).toContain('2,000.00');
    await page.getByTestId('expense-submit').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').first().textContent()).toBe('ต้องกรอก');
    await page.getByTestId('expense-category').click();
    await page.getByTitle('ค่าเดินทาง/ค่าพาหนะ', { exact: true }).click();
    // 2,500 baht passes it: the warning says by how much, with the limit, spent so far, this voucher, the total after.
    await page.locator('[data-testid="expense-amount"] input, input[data-testid="expense-amount"]').first().fill('2,500');
    await expect.poll(() => page.getByTestId('admin-cost-warning').textContent()).toContain('เกิน 500.00 บาท');
    const figures = await page.getByTestId('admin-cost-figures').textContent();
    expect(figures).toContain('2,000.00');
    expect(figures).toContain('2,500.00');
    await screenshot(page, 'other-money-03-expense-warning');
    await page.getByTestId('expense-submit').click();
    await page.getByTestId('admin-cost-confirm').waitFor();
    // Each figure in the confirmation stays on one line (they were set a digit to a line in four narrow columns).
    for (const cell of await page.getByTestId('admin-cost-confirm').locator('.ant-descriptions-item-content').all())
      expect((await cell.boundingBox())?.height ?? 99).toBeLessThan(45);
    await screenshot(page, 'other-money-04-expense-confirm');
    await page.getByTestId('admin-cost-ok').click();
    await expect.poll(() => page.getByTestId('voucher-words').textContent()).toBe('(สองพันห้าร้อยบาทถ้วน)');
    expect(await page.getByTestId('voucher-number').textContent()).toContain('PV2570-000001');
    await screenshot(page, 'other-money-05-voucher');

    // The voucher on A4, as the print dialog would make it.
    const pdf = join(artifactsFolder, 'print-expense-voucher.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(artifactsFolder, 'print-expense-voucher')]);
    const printed = skeleton((await pdfPages(pdf)).flat().join(''));
    for (const text of ['ใบสำคัญจ่าย', 'สองพันห้าร้อยบาทถ้วน', 'ค่าพาหนะไปประชุมเครือข่ายอำเภอ', 'นายสมชาย ใจดี', 'PV2570-000001'])
      expect(printed).toContain(skeleton(text));

    // Cash paid it; the bank still holds the donation.
    const accounts = await session.host.dispatch('fund', 'moneyAccounts.list', {});
    if (!accounts.ok) throw new Error('no accounts');
    const balances = (accounts.value as { accounts: { accountCode: string; balanceSatang: number }[] }).accounts.map(
      (a) => a.balanceSatang,
    );
    expect(balances).toEqual([250_000, 1_000_000]);
    await page.getByRole('button', { name: /กลับ/ }).first().click();
    await expect.poll(() => page.getByTestId('expense-list').textContent()).toContain('ค่าเดินทาง/ค่าพาหนะ');
  });
});
