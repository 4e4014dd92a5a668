import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fundInput } from '../support/builders';
import { screenshot, startWebSession, type WebSession } from '../support/web-launcher';

/** Issue 18 §2: the key's fingerprint on the settings page, in groups a treasurer reads aloud on the phone. */
describe('the sync key fingerprint in the browser', () => {
  let session: WebSession;
  beforeAll(async () => {
    session = await startWebSession();
    expect((await session.host.dispatch('app', 'funds.create', fundInput('sync-identity.swfund'))).ok).toBe(true);
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (session) await screenshot(session.page, `failed-sync-identity-${context.task.name.slice(0, 40)}`);
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the fingerprint the backend answers, six groups of five digits, with the Thai line to read it by', async () => {
    const identity = await session.host.dispatch('fund', 'sync.identity', {});
    if (!identity.ok) throw new Error(identity.error.message.en);
    const { fingerprint, fundUuid } = identity.value as { fingerprint: string; fundUuid: string };
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.fundUrl());
    await page.getByTestId('menu-settings').click();
    const card = page.getByTestId('sync-identity-card');
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => card.textContent()).toContain('อ่านเลขนี้ให้เจ้าหน้าที่ภาคฟังทางโทรศัพท์');
    const groups = card.getByTestId('sync-identity-fingerprint').locator('.ant-typography');
    await expect.poll(() => groups.allTextContents()).toEqual(fingerprint.split(' '));
    expect(await card.textContent()).toContain(fundUuid);
    expect(await card.getByTestId('sync-identity-demo').count()).toBe(0);
    await screenshot(page, '90-sync-identity');
  });
});
