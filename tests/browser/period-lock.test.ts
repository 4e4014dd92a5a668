import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 16 §4: lock the books through a date on the settings page; nothing is posted on or before it. */
describe('the lock date in the browser', () => {
  let session: WebSession;
  let memberId = 0;
  beforeAll(async () => {
    session = await startWebSession();
    const { host } = session;
    expect((await host.dispatch('app', 'funds.create', fundInput('period-lock.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
    const member = await host.dispatch('fund', 'members.register', memberInput(1));
    if (!member.ok) throw new Error(member.error.message.en);
    memberId = (member.value as { id: number }).id;
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-lock-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  const pay = (receivedOn: string, requestId: string) =>
    session.host.dispatch('fund', 'contributions.record', {
      requestId,
      memberId,
      receivedOn,
      monthCount: 1,
      amountSatang: 3000,
      numbering: { kind: 'app' },
      accountCode: '3100',
    });

  it('refuses a date that is not one and a day after today on the field, then locks through a day after confirming', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-settings').click();
    const card = page.getByTestId('period-lock');
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => card.getByTestId('period-lock-status').textContent()).toContain('ยังไม่เคยปิดงวด');

    const date = card.getByTestId('period-lock-date');
    await date.fill('31/13/2569');
    await card.getByTestId('period-lock-save').click();
    await expect.poll(() => card.locator('.ant-form-item-explain-error').textContent()).toBeTruthy();
    // A day after today (25 Nov 2569) is refused by the backend, on the field, with nothing locked.
    await date.fill('30/11/2569');
    await card.getByTestId('period-lock-save').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => card.locator('.ant-form-item-explain-error').textContent()).toMatch(/\S/);
    await screenshot(page, '76-period-lock-refused');
    expect(await session.host.dispatch('fund', 'periods.status', {})).toEqual({ ok: true, value: { lockedThrough: null } });

    await date.fill('31/10/2569');
    await card.getByTestId('period-lock-save').click();
    await expect.poll(() => page.locator('.ant-modal-confirm').textContent()).toContain('31 ต.ค. 2569');
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => card.getByTestId('period-lock-status').textContent()).toContain('ปิดงวดแล้วถึงวันที่ 31 ต.ค. 2569');
    await screenshot(page, '77-period-locked');

    // Nothing is posted on or before the lock date; the open period takes it.
    const locked = await pay('2026-10-15', 'lock-pay-0001');
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.error.code).toBe('period-locked');
    expect((await pay('2026-11-20', 'lock-pay-0002')).ok).toBe(true);
  });
});
