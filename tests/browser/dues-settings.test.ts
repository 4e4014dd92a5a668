import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 14, item 10: Decision 7's settings on the settings page, by keyboard, with a refusal on its field. */
describe('dues settings in the browser', () => {
  let session: WebSession;
  let memberId = 0;
  beforeAll(async () => {
    session = await startWebSession();
    const { host } = session;
    expect((await host.dispatch('app', 'funds.create', fundInput('dues-settings.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    const member = await host.dispatch('fund', 'members.register', memberInput(1, { appliedOn: '2026-02-25', approvedOn: '2026-03-02' }));
    if (!member.ok) throw new Error(member.error.message.en);
    memberId = (member.value as { id: number }).id;
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-dues-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  const settings = async () => {
    const result = await session.host.dispatch('fund', 'fund.duesSettings', {});
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  };

  it('counts dues from the application month and a due day typed into the select', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-settings').click();
    const card = page.getByTestId('dues-settings');
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => card.textContent()).toContain('เดือนที่คณะกรรมการอนุมัติ (ค่าเริ่มต้น)');
    await expect.poll(() => card.getByTestId('due-day').textContent()).toContain('วันสุดท้ายของเดือน');
    await card.getByText('เดือนที่ยื่นใบสมัคร').click();
    // The select takes typing: "15" chooses the 15th.
    await card.getByRole('combobox', { name: 'วันครบกำหนดส่งเงินสมทบ' }).click();
    await page.keyboard.type('15');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByTestId('due-day').textContent()).toContain('วันที่ 15 ของเดือน');
    await screenshot(page, '60-dues-settings');
    await card.getByTestId('dues-settings-save').click();
    await expect.poll(settings).toEqual({ duesFrom: 'application', dueDay: 15 });
    const statement = await session.host.dispatch('fund', 'contributions.statement', { memberId });
    expect(statement.ok && (statement.value as { duesStart: string }).duesStart).toBe('2026-02');
  });

  it('refuses counting from approval again while a month before approval is paid, on the field, in Thai', async () => {
    const { page } = session;
    const paid = await session.host.dispatch('fund', 'contributions.record', {
      accountCode: '3100',
      requestId: 'browser-february',
      memberId,
      receivedOn: '2026-03-02',
      monthCount: 1,
      amountSatang: 3000,
      numbering: { kind: 'app' },
    });
    expect(paid.ok).toBe(true);
    const card = page.getByTestId('dues-settings');
    await card.getByText('เดือนที่คณะกรรมการอนุมัติ (ค่าเริ่มต้น)').click();
    await card.getByTestId('dues-settings-save').click();
    const error = card.locator('.ant-form-item-explain-error');
    await expect.poll(() => error.textContent(), { timeout: 5000 }).toContain('ชำระเดือน ก.พ. 2569 ไว้แล้ว');
    await screenshot(page, '61-dues-settings-refused');
    expect(await settings()).toEqual({ duesFrom: 'application', dueDay: 15 });
  });
});
