import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Community welfare (status form §7): pay disaster relief, print the voucher, see the cash go out. */
describe('community welfare in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    expect((await session.host.dispatch('app', 'funds.create', fundInput('community.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    // Money leaves only from an account that holds it (Decision 13): the fund opened with 10,000 baht in cash.
    const opening = await session.host.dispatch('fund', 'ledger.recordOpeningBalances', {
      requestId: 'community-opening-0001',
      balances: [{ accountCode: '3100', amountSatang: 1_000_000 }],
    });
    expect(opening.ok).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('records a payment and prints its voucher with the amount in words and three signatures', async () => {
    const { page } = session;
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-community').click();
    await page.getByTestId('community-category').click();
    await page.getByTitle('ช่วยเหลือผู้ประสบภัยพิบัติ', { exact: true }).click();
    await page.locator('[data-testid="community-count"] input, input[data-testid="community-count"]').first().fill('12');
    await page.getByTestId('community-description').fill('ช่วยเหลือผู้ประสบอุทกภัย หมู่ 4');
    await page.locator('[data-testid="community-amount"] input, input[data-testid="community-amount"]').first().fill('6,000');
    await page.getByTestId('community-payee').fill('นายสมชาย ใจดี');
    await screenshot(page, '21-community-form');
    await page.getByTestId('community-submit').click();
    await expect.poll(() => page.getByTestId('voucher-words').textContent()).toBe('(หกพันบาทถ้วน)');
    expect(await page.getByTestId('voucher-number').textContent()).toMatch(/PV\d{4}-000001/);
    expect(await page.getByTestId('voucher-paper').textContent()).toContain('พยาน');
    await screenshot(page, '22-voucher');
    await page.getByTestId('menu-cashbook').click();
    await expect.poll(() => page.getByTestId('cash-book').textContent()).toContain('6,000.00');

    // Paid in error: reversed on a date with a reason; the voucher keeps its number and prints as cancelled.
    await page.getByTestId('menu-community').click();
    await page.locator('[data-testid^="community-reverse-"]').first().click();
    await page.getByTestId('reverse-reason').fill('จ่ายซ้ำกับรายการเดิม');
    await page.getByTestId('reverse-confirm').click();
    await expect.poll(() => page.getByTestId('community-list').textContent(), { timeout: 5000 }).toContain('กลับรายการแล้ว');
    await page.getByTestId('community-list').locator('.ant-table-row').first().click();
    await expect.poll(() => page.getByTestId('voucher-void-note').textContent(), { timeout: 5000 }).toContain('จ่ายซ้ำกับรายการเดิม');
  });
});
