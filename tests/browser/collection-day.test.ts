import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** A collector enters a collection day at keyboard speed and posts it as a job with a progress bar. */
describe('collection day in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    const created = await session.host.dispatch('app', 'funds.create', fundInput('collection.swfund', { openedOn: '2024-01-01' }));
    expect(created.ok).toBe(true);
    for (const serial of [1, 2, 3]) expect((await session.host.dispatch('fund', 'members.register', memberInput(serial))).ok).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('types three lines with the keyboard, posts them, and opens a line’s receipt', async () => {
    const { page } = session;
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-collection').click();
    await page.getByTestId('batch-create').click();
    const member = page.getByTestId('batch-member').locator('input');
    await member.waitFor();
    for (const memberNo of ['00001', '00002', '00003']) {
      await member.fill(memberNo);
      await page.locator('.ant-select-item-option').filter({ hasText: memberNo }).first().waitFor();
      await member.press('Enter');
      // The focus moves by itself: member → months → amount, each confirmed with Enter.
      const focusedIn = (testId: string) => () =>
        page.evaluate(
          (id) =>
            document.activeElement?.closest(`[data-testid="${id}"]`) !== null || document.activeElement?.getAttribute('data-testid') === id,
          testId,
        );
      await expect.poll(focusedIn('batch-months'), { timeout: 5000 }).toBe(true);
      await page.keyboard.press('Enter');
      const amount = page.locator('[data-testid="batch-amount"] input, input[data-testid="batch-amount"]').first();
      await expect.poll(() => amount.inputValue(), { timeout: 5000 }).toBe('30.00');
      await expect.poll(focusedIn('batch-amount'), { timeout: 5000 }).toBe(true);
      if (memberNo === '00003') {
        // A new member pays the entry fee with the first month: the quote adds the plan's 20 baht.
        await page.getByTestId('batch-entry-fee').click();
        await expect.poll(() => amount.inputValue(), { timeout: 5000 }).toBe('50.00');
        await amount.focus();
      }
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('batch-lines').textContent(), { timeout: 5000 }).toContain(memberNo);
    }
    await expect.poll(() => page.getByTestId('batch-total').textContent()).toContain('110.00');
    await screenshot(page, '11-collection-entry');
    await page.getByTestId('batch-post').click();
    await expect.poll(() => page.getByTestId('batch-receipts').textContent()).toMatch(/RC\d{4}-000001 – RC\d{4}-000003/);
    await screenshot(page, '12-collection-posted');
    await page.getByTestId('batch-receipt-00002').click();
    await expect.poll(() => page.getByTestId('receipt-words').textContent()).toBe('(สามสิบบาทถ้วน)');
    await page.getByTestId('menu-cashbook').click();
    // One cash-book line per credited account: the contributions (90) and the entry fee (20).
    await expect.poll(() => page.getByTestId('cash-book').textContent()).toContain('90.00');
    expect(await page.getByTestId('cash-book').textContent()).toContain('20.00');
    await screenshot(page, '13-cash-book-batch');
  });
});
