import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../shared/api/people-types';
import { fundInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/**
 * Issue 20 §2 in the browser: the treasurer adds a second person with a PIN on the people page, hands the PC to her
 * (wrong PIN refused, then the right one), her name is on the screen, and an action of the treasurer's is refused.
 */
describe('people and roles in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    expect((await session.host.dispatch('app', 'funds.create', fundInput('people.swfund', { openedOn: '2024-01-01' }))).ok).toBe(true);
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-people-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds a secretary with a PIN, switches to her, shows her name, and refuses her the lock date', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    // A one-person fund never asks: its treasurer of old is on the screen.
    await expect.poll(() => page.getByTestId('current-person').textContent()).toContain('เหรัญญิก');
    await page.getByTestId('menu-people').click();
    await page.getByTestId('people-add').click();
    await page.getByTestId('person-name').fill('นางสาวสมหญิง ขยันดี');
    await page.getByTestId('person-role-secretary').check();
    await page.getByTestId('person-pin').fill('4826');
    await screenshot(page, 'people-01-add');
    await page.getByTestId('person-save').click();
    await expect.poll(() => page.getByTestId('people-table').textContent()).toContain('นางสาวสมหญิง ขยันดี');
    await screenshot(page, 'people-02-list');
    const people = await session.host.dispatch('fund', 'people.list', {});
    const somying = (people.ok ? (people.value as Person[]) : []).find((person) => person.displayName === 'นางสาวสมหญิง ขยันดี');
    expect(somying).toMatchObject({ roles: ['secretary'], hasPin: true });

    await page.getByTestId('switch-person').click();
    await page.getByTestId(`choose-person-${somying?.id ?? 0}`).click();
    await page.getByTestId('choose-person-pin').fill('1111');
    await page.getByTestId('choose-person-confirm').click();
    await expect.poll(() => page.getByTestId('choose-person-problem').textContent()).toContain('ไม่ถูกต้อง');
    await screenshot(page, 'people-03-wrong-pin');
    await page.getByTestId('choose-person-pin').fill('4826');
    await page.getByTestId('choose-person-confirm').click();
    await expect.poll(() => page.getByTestId('current-person').textContent()).toContain('นางสาวสมหญิง ขยันดี');
    // The people page is the treasurer's: it leaves her menu.
    expect(await page.getByTestId('menu-people').count()).toBe(0);

    await page.getByTestId('menu-settings').click();
    const card = page.getByTestId('period-lock');
    await card.scrollIntoViewIfNeeded();
    await card.getByTestId('period-lock-date').fill('31/10/2569');
    await card.getByTestId('period-lock-save').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => card.getByTestId('period-lock-problem').textContent()).toContain('เหรัญญิก');
    await screenshot(page, 'people-04-refused');
    expect(await session.host.dispatch('fund', 'periods.status', {})).toEqual({ ok: true, value: { lockedThrough: null } });
  });
});
