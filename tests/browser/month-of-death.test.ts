import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput, memberInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 14, item 5, as the treasurer meets it: November was paid on collection day, then the member died in
 * November. The death is recorded on the status tab without voiding the correct receipt, and the statement shows
 * November paid and nothing owed.
 */
describe('a death in a month already paid, in the browser', () => {
  let session: WebSession;
  let memberId = 0;
  beforeAll(async () => {
    session = await startWebSession();
    const { host } = session;
    const call = async (side: 'app' | 'fund', method: string, input: unknown) => {
      const result = await host.dispatch(side, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message.en}`);
      return result.value as { id: number };
    };
    await call('app', 'funds.create', fundInput('month-of-death.swfund', { openedOn: '2024-01-01' }));
    memberId = (await call('fund', 'members.register', memberInput(4))).id;
    await call('fund', 'contributions.record', {
      accountCode: '3100',
      requestId: 'death-browser-dues',
      memberId,
      receivedOn: '2024-01-25',
      monthCount: 34,
      amountSatang: 102000,
      numbering: { kind: 'app' },
    });
    const batch = await call('fund', 'collection.createBatch', { collectedOn: '2026-11-20', collector: 'เหรัญญิก' });
    await call('fund', 'collection.setLine', { batchId: batch.id, memberId, monthCount: 1, amountSatang: 3000 });
    await call('fund', 'collection.post', { accountCode: '3100', batchId: batch.id, requestId: 'death-browser-post' });
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-death-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('records the death on the status tab and shows November paid', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-members').click();
    await page.getByText(memberInput(4).lastName).first().click();
    await page.getByRole('tab', { name: 'สถานะ' }).click();
    await page.getByTestId('status-kind').click();
    await page.getByTitle('เสียชีวิต').click();
    const date = page.locator('[data-testid="status-date"] input, input[data-testid="status-date"]').first();
    await date.fill('24/11/2569');
    await page.getByTestId('status-reason').fill('ป่วย');
    await page.getByTestId('status-submit').click();
    await expect
      .poll(async () => {
        const member = await session.host.dispatch('fund', 'members.get', { memberId });
        return member.ok ? (member.value as { status: string }).status : '';
      })
      .toBe('deceased');
    await page.getByRole('tab', { name: 'เงินสมทบ' }).click();
    await expect.poll(() => page.getByTestId('member-arrears').textContent()).toContain('0');
    const november = page.getByText('พ.ย. 2569', { exact: true }).first();
    await november.scrollIntoViewIfNeeded();
    await screenshot(page, '62-death-in-paid-month');
    const statement = await session.host.dispatch('fund', 'contributions.statement', { memberId });
    expect(statement.ok && (statement.value as { months: { period: string; state: string }[] }).months.at(-1)).toEqual({
      period: '2026-11',
      state: 'paid',
      receiptNo: 'RC2570-000001',
    });
  });
});
