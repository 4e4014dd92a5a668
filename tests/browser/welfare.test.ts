import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 3's flow in the browser: rules from a template → claim → explanation → approve → pay → voucher → cash book. */
describe('welfare claims in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    const { host } = session;
    expect((await host.dispatch('app', 'funds.create', fundInput('welfare.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    const member = await host.dispatch('fund', 'members.register', memberInput(1));
    expect(member.ok).toBe(true);
    const memberId = member.ok ? (member.value as { id: number }).id : 0;
    const dues = await host.dispatch('fund', 'contributions.record', { requestId: 'dues-000001', memberId, receivedOn: '2024-12-20', monthCount: 14, amountSatang: 42000, numbering: { kind: 'app' } });
    expect(dues.ok).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('explains a hospital claim before it is recorded, then approves and pays it by voucher', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    await page.getByTestId('menu-welfare').click();
    await page.getByTestId('welfare-template').click();
    await page.getByTestId('claim-member').click();
    await page.keyboard.type('00001');
    await page.locator('.ant-select-item-option').filter({ hasText: '00001' }).first().click();
    await page.getByTestId('claim-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'โรงพยาบาล' }).first().click();
    await page.locator('[data-testid="claim-date"] input, input[data-testid="claim-date"]').first().fill('01/03/2568');
    await page.locator('[data-testid="claim-units"] input, input[data-testid="claim-units"]').first().fill('2');
    await page.getByTestId('claim-documents').click();
    for (const name of ['ใบรับรองแพทย์', 'สำเนาบัตรประจำตัวประชาชน']) await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
    await page.keyboard.press('Escape');
    await page.getByTestId('claim-check').click();
    await expect.poll(() => page.getByTestId('claim-explanation').textContent(), { timeout: 5000 }).toContain('400.00');
    await screenshot(page, '31-welfare-explanation');
    await page.getByTestId('claim-record').click();
    const approve = page.locator('[data-testid^="claim-approve-"]').first();
    await approve.click();
    await page.getByTestId('claim-prompt-text').fill('มติคณะกรรมการ 3/2568');
    await page.getByTestId('claim-confirm').click();
    const pay = page.locator('[data-testid^="claim-pay-"]').first();
    await pay.click();
    await page.getByTestId('claim-prompt-text').fill('นายสมหญิง รักษ์ไทย1');
    await page.getByTestId('claim-confirm').click();
    await expect.poll(() => page.getByTestId('voucher-words').textContent(), { timeout: 5000 }).toBe('(สี่ร้อยบาทถ้วน)');
    await screenshot(page, '32-welfare-voucher');
    await page.getByTestId('menu-welfare').click();
    await expect.poll(() => page.getByTestId('welfare-summary').textContent(), { timeout: 5000 }).toContain('400.00');
    await screenshot(page, '33-welfare-summary');
    await page.getByTestId('menu-cashbook').click();
    await expect.poll(() => page.getByTestId('cash-book').textContent()).toContain('400.00');
  });
});
